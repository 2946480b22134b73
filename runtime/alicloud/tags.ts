/**
 * Resource tags from the Tag API (2018-08-28) `ListTagResources`: up to 50 `ResourceARN.N` per call, one region
 * and one account per call, paged by `NextToken` (https://www.alibabacloud.com/help/doc-detail/164374.htm).
 * Resources of member accounts are read with that account's role, assumed through STS `AssumeRole`.
 */
import {
  ParsedRecord,
  ResourceRef,
  TagLookup,
  TagResult,
  TagStatus,
  failedLookup,
  isRecord,
  mapWithConcurrency,
  tagResult,
  text,
} from '../core/enrichment/lookup-adapter';
import { cleanText } from '../core/message';
import { AlicloudCredentials } from './credentials';
import { ALICLOUD_REGION, UntrustedEndpointError } from './endpoints';
import { RpcError, RpcOptions, callRpc } from './pop-rpc';

/** ARNs per ListTagResources call (ResourceARN.N, N = 1–50). */
export const ARNS_PER_CALL = 50;
/** Tag pairs per page (PageSize ≤ 1000). */
const PAGE_SIZE = 1000;

/**
 * The Tag API ARN of an ActionTrail resource: `arn:acs:<product>:<region>:<account>:<type>/<id>` with product and
 * type lower-cased from `ACS::<Product>::<Type>` (Alibaba's OOS template ACS-TAG-TagResources builds them the same
 * way). Undefined for types that are not `ACS::X::Y` or ids with characters no resource id has.
 */
export function tagArn(resourceType: string, id: string, region: string, account: string): string | undefined {
  const parts = resourceType.split('::');
  if (parts.length !== 3 || parts[0].toUpperCase() !== 'ACS' || !parts[1] || !parts[2]) return undefined;
  if (!/^[\w.@:/-]{1,256}$/.test(id)) return undefined;
  return `arn:acs:${parts[1].toLowerCase()}:${region}:${account}:${parts[2].toLowerCase()}/${id}`;
}

/**
 * The resources of an ActionTrail event: the position-aligned `;`-lists `resourceType` / `resourceName`, plus
 * `referencedResources` (`{"ACS::ECS::Instance": ["i-…"]}`). The account is `recipientAccountId` (the account the
 * event happened in), else the caller's; the region is `acsRegion`.
 */
export function actionTrailResources(
  record: ParsedRecord,
  defaultAccount: string,
  defaultRegion: string,
): ResourceRef[] {
  const raw = record.raw;
  const account = text(raw.recipientAccountId) ?? record.event.actor.accountId ?? defaultAccount;
  const region = text(raw.acsRegion) ?? defaultRegion;
  const pairs: [string, string][] = [];
  const types = (text(raw.resourceType) ?? '').split(';');
  const names = (text(raw.resourceName) ?? '').split(';');
  types.forEach((type, i) => {
    const id = names[i]?.trim();
    if (type.trim() && id) pairs.push([type.trim(), id]);
  });
  if (isRecord(raw.referencedResources)) {
    for (const [type, ids] of Object.entries(raw.referencedResources)) {
      for (const id of Array.isArray(ids) ? ids : [ids]) {
        const value = text(id);
        if (value) pairs.push([type, value]);
      }
    }
  }
  const refs = new Map<string, ResourceRef>();
  for (const [type, id] of pairs) {
    const arn = tagArn(type, id, region, account);
    const key = arn ?? `${account}/${region}/${type}/${id}`;
    if (!refs.has(key)) refs.set(key, { key, id, type, account, region, api: arn ? 'tag' : undefined });
  }
  return [...refs.values()];
}

export interface AlicloudTagLookupOptions extends RpcOptions {
  /** The function's region (STS endpoint). */
  readonly region: string;
  /** The account the function runs in. */
  readonly accountId: string;
  /** Regions whose tags may be read; resources elsewhere are "unsupported" (hosts never come from events). */
  readonly tagRegions: readonly string[];
  /** The current invocation's credentials (the function's role). */
  readonly credentials: () => AlicloudCredentials;
  /** Role name assumed in member accounts; undefined: member resources are "unsupported". */
  readonly memberRoleName?: string;
  /** The only member accounts whose role is assumed. */
  readonly memberAccountIds?: readonly string[];
  /** Parallel Tag API calls. @default 4 */
  readonly concurrency?: number;
}

interface CachedCredentials {
  readonly credentials: AlicloudCredentials;
  readonly expiresAt: number;
}

/** Counters the tests and the benchmark read. */
export interface TagApiStats {
  tagCalls: number;
  stsCalls: number;
}

/** `TagLookup` over ListTagResources: grouped by account and region, 50 ARNs per call, member roles cached. */
export class AlicloudTagLookup implements TagLookup {
  public readonly stats: TagApiStats = { tagCalls: 0, stsCalls: 0 };
  private readonly memberCredentials = new Map<string, CachedCredentials>();
  private readonly assuming = new Map<string, Promise<AlicloudCredentials>>();
  private readonly tagCounter = { calls: 0 };
  private readonly stsCounter = { calls: 0 };

  /** Checks the region and every tag region up front: a bad TRAILWATCH_TAG_REGIONS fails the cold start, naming it. */
  public constructor(private readonly options: AlicloudTagLookupOptions) {
    for (const region of [options.region, ...options.tagRegions]) {
      if (!ALICLOUD_REGION.test(region))
        throw new UntrustedEndpointError(
          `setting TRAILWATCH_TAG_REGIONS (or TRAILWATCH_REGION) has "${cleanText(region.slice(0, 80))}", which is not an Alibaba Cloud region id`,
        );
    }
  }

  public async lookup(refs: readonly ResourceRef[]): Promise<ReadonlyMap<string, TagResult>> {
    const refused = refs.map((ref) => [ref, this.refusal(ref)] as const);
    const results = new Map<string, TagResult>(
      refused.flatMap(([ref, refusal]) => (refusal ? [[ref.key, refusal] as const] : [])),
    );
    const chunks = chunksByAccountAndRegion(refused.filter(([, refusal]) => !refusal).map(([ref]) => ref));
    await mapWithConcurrency(chunks, this.options.concurrency ?? 4, (chunk) => this.lookupChunk(chunk, results));
    this.stats.tagCalls = this.tagCounter.calls;
    this.stats.stsCalls = this.stsCounter.calls;
    return results;
  }

  /**
   * One call's resources. A call the API refuses for its parameters (an ARN of a type the Tag API does not know)
   * is split in halves, so one odd resource costs a few calls instead of the tags of up to 49 others.
   */
  private async lookupChunk(chunk: readonly ResourceRef[], results: Map<string, TagResult>): Promise<void> {
    try {
      const found = await this.listTagResources(chunk);
      for (const ref of chunk) results.set(ref.key, found.get(ref.key) ?? tagResult({}));
    } catch (error) {
      if (chunk.length > 1 && isParameterError(error)) {
        const half = Math.ceil(chunk.length / 2);
        await this.lookupChunk(chunk.slice(0, half), results);
        await this.lookupChunk(chunk.slice(half), results);
        return;
      }
      // A failed call marks only its own resources; the records are still written with the error.
      for (const ref of chunk) results.set(ref.key, failedLookup(error));
    }
  }

  /** Why a resource is not looked up, or undefined when it is. */
  private refusal(ref: ResourceRef): TagResult | undefined {
    const o = this.options;
    if (ref.api !== 'tag')
      return {
        status: TagStatus.UNSUPPORTED,
        tags: {},
        error: `no Tag API ARN for resource type ${ref.type ?? 'unknown'}`,
      };
    if (!ref.region || !o.tagRegions.includes(ref.region)) {
      return {
        status: TagStatus.UNSUPPORTED,
        tags: {},
        error: `region ${ref.region ?? 'unknown'} is not in the tag regions (${o.tagRegions.join(', ')})`,
      };
    }
    if (ref.account && ref.account !== o.accountId) {
      if (!o.memberRoleName)
        return {
          status: TagStatus.UNSUPPORTED,
          tags: {},
          error: `account ${ref.account} is another account and no member role is configured`,
        };
      if (!(o.memberAccountIds ?? []).includes(ref.account)) {
        return {
          status: TagStatus.UNSUPPORTED,
          tags: {},
          error: `account ${ref.account} is not one of the listed member accounts`,
        };
      }
    }
    return undefined;
  }

  private async listTagResources(chunk: readonly ResourceRef[]): Promise<Map<string, TagResult>> {
    const { account, region } = chunk[0];
    const credentials =
      account && account !== this.options.accountId ? await this.assumeMember(account) : this.options.credentials();
    // Matched case-insensitively: the answer may spell the product or type differently from the request.
    const byArn = new Map(chunk.map((ref) => [ref.key.toLowerCase(), ref.key]));
    const tags = new Map<string, Record<string, string>>();
    let nextToken: string | undefined;
    for (let page = 0; page < 100; page++) {
      const params: Record<string, string> = { RegionId: region!, PageSize: String(PAGE_SIZE), Category: 'Custom' };
      chunk.forEach((ref, i) => (params[`ResourceARN.${i + 1}`] = ref.key));
      if (nextToken) params.NextToken = nextToken;
      const answer = await callRpc(
        this.options.endpoints.tag(region!),
        'ListTagResources',
        '2018-08-28',
        params,
        credentials,
        this.options,
        this.tagCounter,
      );
      for (const [answered, key, value] of tagTriples(answer.TagResources)) {
        const arn = byArn.get(answered.toLowerCase());
        if (arn !== undefined) tags.set(arn, { ...(tags.get(arn) ?? {}), [key]: value });
      }
      nextToken = text(answer.NextToken);
      if (!nextToken) break;
    }
    return new Map(chunk.map((ref) => [ref.key, tagResult(tags.get(ref.key) ?? {})]));
  }

  /** The member account's role credentials, cached until five minutes before they expire; one AssumeRole in flight per account. */
  private async assumeMember(account: string): Promise<AlicloudCredentials> {
    const now = (this.options.now ?? Date.now)();
    const cached = this.memberCredentials.get(account);
    if (cached && cached.expiresAt - 5 * 60_000 > now) return cached.credentials;
    const pending =
      this.assuming.get(account) ?? this.assumeRole(account, now).finally(() => this.assuming.delete(account));
    this.assuming.set(account, pending);
    return pending;
  }

  private async assumeRole(account: string, now: number): Promise<AlicloudCredentials> {
    const answer = await callRpc(
      this.options.endpoints.sts(this.options.region),
      'AssumeRole',
      '2015-04-01',
      {
        RoleArn: `acs:ram::${account}:role/${this.options.memberRoleName}`,
        RoleSessionName: 'trailwatch-tag-enrichment',
        DurationSeconds: '3600',
      },
      this.options.credentials(),
      this.options,
      this.stsCounter,
    );
    const c = isRecord(answer.Credentials) ? answer.Credentials : {};
    const accessKeyId = text(c.AccessKeyId);
    const accessKeySecret = text(c.AccessKeySecret);
    if (!accessKeyId || !accessKeySecret)
      throw new RpcError('NoCredentials', `AssumeRole into ${account} answered without credentials`, 200);
    const expiration = Date.parse(text(c.Expiration) ?? '');
    const credentials = { accessKeyId, accessKeySecret, securityToken: text(c.SecurityToken) };
    this.memberCredentials.set(account, {
      credentials,
      expiresAt: Number.isFinite(expiration) ? expiration : now + 3600_000,
    });
    return credentials;
  }
}

/** A 4xx refusal of the request's parameters (not throttling, not a permission problem). */
function isParameterError(error: unknown): boolean {
  return (
    error instanceof RpcError &&
    error.status >= 400 &&
    error.status < 500 &&
    /^(Invalid|NotSupport|Unsupported|MissingParameter)|\.Invalid|NotFound/i.test(error.code)
  );
}

/** One call's worth of resources: same account, same region, at most ARNS_PER_CALL. */
function chunksByAccountAndRegion(refs: readonly ResourceRef[]): ResourceRef[][] {
  const chunks: ResourceRef[][] = [];
  const open = new Map<string, ResourceRef[]>();
  for (const ref of refs) {
    const key = `${ref.account}|${ref.region}`;
    let chunk = open.get(key);
    if (!chunk || chunk.length >= ARNS_PER_CALL) {
      chunk = [];
      open.set(key, chunk);
      chunks.push(chunk);
    }
    chunk.push(ref);
  }
  return chunks;
}

/**
 * (ARN, key, value) of a ListTagResources answer. Accepted shapes: `[{ResourceARN, Tags: [{Key, Value}]}]` (the
 * 2018-08-28 API doc), `{TagResource: [...]}` (XML-style wrapping) and flat `[{ResourceARN, TagKey, TagValue}]`.
 */
export function tagTriples(tagResources: unknown): [string, string, string][] {
  const list = isRecord(tagResources) ? tagResources.TagResource : tagResources;
  if (!Array.isArray(list)) return [];
  const out: [string, string, string][] = [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    const arn = text(item.ResourceARN) ?? text(item.ResourceArn);
    if (!arn) continue;
    const tags = isRecord(item.Tags) ? item.Tags.Tag : item.Tags;
    if (Array.isArray(tags)) {
      for (const tag of tags) {
        if (!isRecord(tag)) continue;
        const key = text(tag.Key) ?? text(tag.TagKey);
        if (key)
          out.push([
            arn,
            key,
            typeof tag.Value === 'string' ? tag.Value : typeof tag.TagValue === 'string' ? tag.TagValue : '',
          ]);
      }
    } else {
      const key = text(item.TagKey);
      if (key) out.push([arn, key, typeof item.TagValue === 'string' ? item.TagValue : '']);
    }
  }
  return out;
}
