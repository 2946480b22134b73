/**
 * Allow-lists from managed sources (AWS: EC2 managed prefix lists, an SSM parameter, an S3 object; Huawei Cloud /
 * OTC: an OBS object) next to the inline entries: read at cold start, cached for a TTL, and when a source cannot be
 * read the function says so loudly (a problem the handler turns into an alert), never silently. A source that fails
 * keeps its last good entries; one never read adds nothing, so the alarm fails closed (more alerts, not fewer).
 */
import { IpAllowList, isAnyAddressBlock } from './allow-list';
import { AlertMessage, cleanText, toSubject } from './message';
import { SettingLookup, boolSetting, intSetting, listSetting } from './settings';
import { LoginAlarmSettings } from './setting-names';

/** One managed source. `read` returns the entries (already split) or the raw text of an object / parameter. */
export interface AllowListSource {
  /** e.g. `s3://bucket/key`, `ssm:/trailwatch/allow-list`, `ec2-prefix-list:pl-0123`, `obs://bucket/key`. */
  readonly name: string;
  read(): Promise<string | readonly string[]>;
}

/** A source reference as written in TRAILWATCH_ALLOW_LIST_SOURCES. */
export interface AllowListSourceRef {
  readonly kind: 's3' | 'obs' | 'ssm' | 'ec2-prefix-list';
  /** Bucket (s3/obs), parameter name (ssm) or prefix-list id (ec2-prefix-list). */
  readonly target: string;
  /** Object key (s3/obs). */
  readonly key?: string;
  readonly text: string;
}

/** Parses `s3://bucket/key`, `obs://bucket/key`, `ssm:<parameter name>`, `ec2-prefix-list:pl-…`; throws naming the bad one. */
export function parseAllowListSourceRef(text: string): AllowListSourceRef {
  const value = text.trim();
  const object = /^(s3|obs):\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(value);
  if (object) return { kind: object[1] as 's3' | 'obs', target: object[2], key: object[3], text: value };
  const ssm = /^ssm:(\/?[A-Za-z0-9_.\-/]{1,1011})$/.exec(value);
  if (ssm) return { kind: 'ssm', target: ssm[1], text: value };
  const prefixList = /^ec2-prefix-list:(pl-[0-9a-f]{8,17})$/.exec(value);
  if (prefixList) return { kind: 'ec2-prefix-list', target: prefixList[1], text: value };
  throw new Error(
    `allow-list source "${cleanText(value)}" is not one of s3://<bucket>/<key>, obs://<bucket>/<key>, ssm:<parameter name>, ec2-prefix-list:pl-<id>`,
  );
}

/** The source references and cache TTL a function is configured with. */
export function allowListSourceSettings(lookup: SettingLookup): { refs: AllowListSourceRef[]; ttlMs: number } {
  const refs = listSetting(lookup, LoginAlarmSettings.ALLOW_LIST_SOURCES).map(parseAllowListSourceRef);
  const ttlSeconds = intSetting(lookup, LoginAlarmSettings.ALLOW_LIST_TTL_SECONDS, DEFAULT_ALLOW_LIST_TTL_SECONDS);
  return { refs, ttlMs: ttlSeconds * 1000 };
}

export const DEFAULT_ALLOW_LIST_TTL_SECONDS = 300;

/**
 * Entries of an object or parameter: separated by commas, whitespace or new lines; `#` starts a comment; a JSON array
 * of strings is accepted too.
 */
export function parseAllowListText(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed: unknown = JSON.parse(trimmed);
    if (!Array.isArray(parsed) || !parsed.every((e) => typeof e === 'string'))
      throw new Error('a JSON allow-list must be an array of strings');
    return parsed.map((e: string) => e.trim()).filter((e) => e !== '');
  }
  return trimmed
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, ''))
    .flatMap((line) => line.split(/[\s,]+/))
    .filter((e) => e !== '');
}

export interface AllowListSnapshot {
  readonly list: IpAllowList;
  /** Why a source could not be read or had bad entries; empty when all is well. */
  readonly problems: readonly string[];
  /** True when this call read the sources (cold start or TTL expiry). */
  readonly refreshed: boolean;
}

export interface ManagedAllowListOptions {
  readonly inline: readonly string[];
  readonly sources: readonly AllowListSource[];
  readonly ttlMs: number;
  readonly now?: () => number;
  /**
   * Keep blocks of every address (`0.0.0.0/0`, `::/0`) read from a source. Off, they are skipped and reported: the
   * construct refuses them inline without the same acknowledgement. @default false
   */
  readonly allowAnySourceAddress?: boolean;
}

/** Inline entries plus managed sources, cached for `ttlMs`. One instance per function instance. */
export class ManagedAllowList {
  private snapshot?: AllowListSnapshot;
  private loadedAt = 0;
  private loading?: Promise<AllowListSnapshot>;
  private readonly lastGood = new Map<string, readonly string[]>();

  public constructor(private readonly options: ManagedAllowListOptions) {
    IpAllowList.parse(options.inline); // a bad inline entry is a configuration error: fail the cold start
  }

  /** The current list; reads the sources when the cache is empty or older than the TTL. */
  public async get(): Promise<AllowListSnapshot> {
    const now = (this.options.now ?? Date.now)();
    if (this.snapshot && now - this.loadedAt < this.options.ttlMs) return { ...this.snapshot, refreshed: false };
    // Concurrent invocations of one instance share one refresh; only the caller that started it sees
    // `refreshed: true`, so the problems of one refresh are reported (alerted) once, not once per waiting caller.
    if (this.loading) return { ...(await this.loading), refreshed: false };
    this.loading = this.load(now).finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(now: number): Promise<AllowListSnapshot> {
    const problems: string[] = [];
    const entries = [...this.options.inline];
    const answers = await Promise.all(
      this.options.sources.map(async (source) => {
        try {
          const raw = await source.read();
          return { source, entries: typeof raw === 'string' ? parseAllowListText(raw) : [...raw] };
        } catch (error) {
          return { source, error: (error as Error).message || String(error) };
        }
      }),
    );
    for (const answer of answers) {
      const name = answer.source.name;
      if ('error' in answer) {
        const kept = this.lastGood.get(name);
        problems.push(
          `allow-list source ${name} could not be read (${answer.error}); ${kept ? `its last good ${kept.length} entries are used` : 'none of its entries are used, so sign-ins it would allow raise alerts'}`,
        );
        entries.push(...(kept ?? []));
        continue;
      }
      const wellFormed = answer.entries.filter((e) => IpAllowList.isValidEntry(e));
      const invalid = answer.entries.filter((e) => !IpAllowList.isValidEntry(e));
      const anyAddress = this.options.allowAnySourceAddress ? [] : wellFormed.filter((e) => isAnyAddressBlock(e));
      const valid = wellFormed.filter((e) => !anyAddress.includes(e));
      if (anyAddress.length > 0) {
        problems.push(
          `allow-list source ${name} has entries that admit every address, skipped (set allowAnySourceAddress on the construct to accept them): ${anyAddress
            .map((e) => `"${e}"`)
            .join(', ')}`,
        );
      }
      if (invalid.length > 0) {
        problems.push(
          `allow-list source ${name} has ${invalid.length} entries that are not IP addresses or CIDR blocks, skipped: ${invalid
            .slice(0, 5)
            .map((e) => `"${e}"`)
            .join(', ')}`,
        );
      }
      this.lastGood.set(name, valid);
      entries.push(...valid);
    }
    let list = IpAllowList.parse(entries);
    if (!this.options.allowAnySourceAddress && list.admitsEveryAddress && entries.length > this.options.inline.length) {
      // Blocks that only together cover everything (0.0.0.0/1 + 128.0.0.0/1) need the same acknowledgement.
      problems.push(
        "the allow-list sources together with the inline entries admit every address, so the sources' entries are skipped (set allowAnySourceAddress on the construct to accept that)",
      );
      list = IpAllowList.parse(this.options.inline);
    }
    const snapshot = { list, problems: problems.map((p) => cleanText(p)), refreshed: true };
    this.snapshot = snapshot;
    this.loadedAt = now;
    return snapshot;
  }
}

/** The alert sent when an allow-list source could not be read: the alarm must not go quiet about it. */
export function allowListProblemAlert(problems: readonly string[], subjectMaxLength: number): AlertMessage {
  return {
    subject: toSubject(
      `[TrailWatch] Allow-list source unreadable (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
      subjectMaxLength,
    ),
    body: [
      'The login alarm could not read part of its allow-list. Sign-ins are still judged, against the entries it has;',
      "addresses only the unreadable source allows now raise alerts. Check the source and the function's read permission.",
      '',
      ...problems.map((p) => `- ${p}`),
    ].join('\n'),
  };
}

/**
 * For a login alarm handler: the allow-list to judge with. Inline entries (TRAILWATCH_ALLOW_LIST) plus the managed
 * sources (TRAILWATCH_ALLOW_LIST_SOURCES, built into readers by the cloud's `toSource`), one cache per function
 * instance. When a refresh finds problems they are logged and published as one alert; a failed publish is logged, not
 * thrown, so the sign-in itself is still judged (and its own alert still attempted).
 */
export class LoginAllowList {
  private managed?: { key: string; list: ManagedAllowList };

  public constructor(private readonly toSource: (ref: AllowListSourceRef) => AllowListSource) {}

  public async current(
    lookup: SettingLookup,
    publish: (subject: string, body: string) => Promise<string>,
    subjectMaxLength: number,
    log: (level: 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void,
  ): Promise<IpAllowList> {
    const inline = listSetting(lookup, LoginAlarmSettings.ALLOW_LIST);
    const { refs, ttlMs } = allowListSourceSettings(lookup);
    const allowAnySourceAddress = boolSetting(lookup, LoginAlarmSettings.ALLOW_ANY_SOURCE_ADDRESS, false);
    const key = JSON.stringify([inline, refs.map((r) => r.text), ttlMs, allowAnySourceAddress]);
    if (this.managed?.key !== key) {
      this.managed = {
        key,
        list: new ManagedAllowList({ inline, sources: refs.map(this.toSource), ttlMs, allowAnySourceAddress }),
      };
    }
    const snapshot = await this.managed.list.get();
    if (snapshot.refreshed && snapshot.problems.length > 0) {
      log('warn', 'allow-list sources have problems', { problems: snapshot.problems });
      const alert = allowListProblemAlert(snapshot.problems, subjectMaxLength);
      try {
        await publish(alert.subject, alert.body);
      } catch (error) {
        log('error', 'the allow-list problem alert could not be published', { error: (error as Error).message });
      }
    }
    return snapshot.list;
  }
}
