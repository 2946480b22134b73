/**
 * The login alarm options every cloud's `LoginAlarm` accepts, their defaults, their synth-time checks and the
 * function settings they become. Pure (no cdktf, no cloud SDK): the constructs and the handlers share this one
 * definition, so a default or a limit cannot drift between them.
 */
import { IpAllowList, admitsEveryAddress, isAnyAddressBlock } from './allow-list';
import { AllowListSourceRef, DEFAULT_ALLOW_LIST_TTL_SECONDS, parseAllowListSourceRef } from './allow-list-source';
import { OptionProblem } from './option-problem';
import { LoginAlarmSettings } from './setting-names';

/**
 * A managed allow-list source as the contract sees it: its reference in the function's settings
 * (`s3://<bucket>/<key>`, `ssm:<name>`, `ec2-prefix-list:pl-<id>`, `obs://<bucket>/<key>`). Each cloud's
 * `AllowListSource` factories make them, with the read rights the construct grants.
 */
export interface AllowListSourceReference {
  /** The source as written in `TRAILWATCH_ALLOW_LIST_SOURCES`. */
  readonly reference: string;
}

export interface LoginAlarmOptions {
  /**
   * IPv4/IPv6 addresses and CIDR blocks sign-ins are expected from; a watched sign-in from any other source (or
   * without a readable source address) raises an alert. At most 3000 characters in all; a block of every address
   * (`0.0.0.0/0`, `::/0`) only with `allowAnySourceAddress`. Give this, `allowListSources` or both.
   * @default none (then `allowListSources` is required)
   */
  readonly allowList?: readonly string[];
  /**
   * Managed allow-lists read by the function next to `allowList`, at cold start and then every
   * `allowListCacheSeconds` (AWS: `AllowListSource.prefixList`, `.ssmParameter`, `.s3Object`; Huawei Cloud:
   * `AllowListSource.obsObject`). The construct grants the function read access to exactly these. When a source
   * cannot be read the function publishes an alert and keeps the source's last good entries.
   * @default none (then `allowList` is required)
   */
  readonly allowListSources?: readonly AllowListSourceReference[];
  /** How long the function caches what it read from `allowListSources`, in seconds (10 to 86400). @default 300 */
  readonly allowListCacheSeconds?: number;
  /**
   * Acknowledge that `allowList` holds a block of every address (`0.0.0.0/0`, `::/0`, `::ffff:0:0/96`), so no
   * sign-in is ever outside the allow-list (failed, root and MFA alerts still fire).
   * @default false (such an entry is refused at synth)
   */
  readonly allowAnySourceAddress?: boolean;
  /**
   * Sign-in actions to check, as the cloud's audit trail names them; others are ignored. AWS: CloudTrail event
   * names of `signin.amazonaws.com`. Huawei Cloud: CTS trace names of the IAM `user` resource.
   * @default the cloud's sign-in actions: AWS `["ConsoleLogin"]` (plus the IAM Identity Center sign-in events while
   * `identityCenterSignIns` is on); Huawei Cloud every documented IAM sign-in trace (`HUAWEICLOUD_SIGN_IN_TRACES`)
   */
  readonly watchedActions?: readonly string[];
  /** Alert on every failed sign-in, even from an allowed address. @default true */
  readonly alertOnFailedLogin?: boolean;
  /**
   * Alert on every sign-in of the account itself: the AWS root user, the Huawei Cloud / Open Telekom Cloud account
   * (domain) owner. Day-to-day work belongs to IAM users and roles, so an owner sign-in is worth a look on every cloud.
   * @default true
   */
  readonly alertOnRootLogin?: boolean;
}

/** The options of clouds whose sign-in records say whether MFA was used (AWS). */
export interface MfaLoginAlarmOptions extends LoginAlarmOptions {
  /**
   * Alert on IAM user and root sign-ins without MFA. Role, SSO (IAM Identity Center) and federated sessions carry
   * no IAM MFA flag and never raise this.
   * @default true
   */
  readonly alertOnMissingMfa?: boolean;
}

/** What differs between clouds: the default actions, how an action is spelled, how many fit, which switches exist. */
export interface LoginAlarmProfile {
  /** Watched when `watchedActions` is left out. */
  readonly defaultWatchedActions: readonly string[];
  /** What an action is called in errors, e.g. "a CloudTrail event name". */
  readonly actionKind: string;
  readonly actionSyntax: RegExp;
  /** Shown in the fix, e.g. `"ConsoleLogin"`. */
  readonly actionExample: string;
  /** Most actions the trigger can watch; undefined for no limit of its own. */
  readonly maxWatchedActions?: number;
  readonly defaultAlertOnFailedLogin: boolean;
  readonly defaultAlertOnRootLogin: boolean;
  /** Undefined where the cloud's sign-in records carry no MFA flag (the option is refused there). */
  readonly defaultAlertOnMissingMfa?: boolean;
  /** The managed allow-list sources the cloud's handler reads. */
  readonly allowListSourceKinds: readonly AllowListSourceRef['kind'][];
  /** Shown in the fix of a bad source, e.g. `AllowListSource.obsObject("bucket", "key")`. */
  readonly allowListSourceExample: string;
}

/** Most managed allow-list sources one function reads (each is read at every refresh). */
export const MAX_ALLOW_LIST_SOURCES = 10;

/** Lambda environments and FunctionGraph user data both hold 4 KB; leave room for the other settings. */
export const MAX_ALLOW_LIST_CHARS = 3000;

/** The actions watched with these options. */
export function watchedActionsOf(options: LoginAlarmOptions, profile: LoginAlarmProfile): readonly string[] {
  return options.watchedActions ?? profile.defaultWatchedActions;
}

/**
 * Every problem with the options, named by field (`<fieldPrefix>.allowList[2]` …); empty when they are usable.
 * `isUnresolved` tells which values are deploy-time references (the constructs pass cdktf's token check); those
 * are left to the cloud.
 */
export function loginAlarmOptionProblems(
  fieldPrefix: string,
  options: MfaLoginAlarmOptions,
  profile: LoginAlarmProfile,
  isUnresolved: (value: unknown) => boolean = () => false,
): OptionProblem[] {
  return [
    ...allowListPresenceProblems(fieldPrefix, options),
    ...(options.allowList === undefined
      ? []
      : allowListProblems(`${fieldPrefix}.allowList`, options.allowList, isUnresolved, {
          allowAnySourceAddress: options.allowAnySourceAddress,
          acknowledgementField: `${fieldPrefix}.allowAnySourceAddress`,
          hasSources: (options.allowListSources ?? []).length > 0,
        })),
    ...allowListSourceProblems(`${fieldPrefix}.allowListSources`, options.allowListSources, profile, isUnresolved),
    ...cacheSecondsProblems(`${fieldPrefix}.allowListCacheSeconds`, options, isUnresolved),
    ...actionProblems(`${fieldPrefix}.watchedActions`, options.watchedActions, profile, isUnresolved),
    ...mfaProblems(`${fieldPrefix}.alertOnMissingMfa`, options, profile),
  ];
}

/** How an allow-list check treats blocks of every address and an empty list. */
export interface AllowListCheckOptions {
  /** The acknowledgement that a block of every address is meant. @default false */
  readonly allowAnySourceAddress?: boolean;
  /** Where the acknowledgement is set, named in the fix. @default "allowAnySourceAddress" */
  readonly acknowledgementField?: string;
  /** Managed sources are given too, so an empty inline list is fine. @default false */
  readonly hasSources?: boolean;
}

/** Neither an inline list nor a managed source: every sign-in would raise an alert. */
function allowListPresenceProblems(fieldPrefix: string, options: LoginAlarmOptions): OptionProblem[] {
  if (options.allowList !== undefined || (options.allowListSources ?? []).length > 0) return [];
  return [
    {
      field: `${fieldPrefix}.allowList`,
      problem: 'no allow-list is given (neither allowList nor allowListSources), so every sign-in would raise an alert',
      fix: 'Give allowList (addresses or CIDR blocks, e.g. ["203.0.113.0/24"]), allowListSources (managed lists), or both',
    },
  ];
}

/** The allow-list's problems, named `<field>` and `<field>[i]`. */
export function allowListProblems(
  field: string,
  entries: readonly string[],
  isUnresolved: (value: unknown) => boolean,
  check: AllowListCheckOptions = {},
): OptionProblem[] {
  if (entries.length === 0 && !check.hasSources) {
    return [
      {
        field,
        problem: 'the allow-list is empty, so every sign-in would raise an alert',
        fix: 'Give at least one IPv4/IPv6 address or CIDR block, e.g. ["203.0.113.0/24", "2001:db8::/32"], or allowListSources',
      },
    ];
  }
  const problems: OptionProblem[] = [];
  entries.forEach((entry, i) => {
    if (isUnresolved(entry) || IpAllowList.isValidEntry(entry)) return;
    problems.push({
      field: `${field}[${i}]`,
      problem: `"${entry}" is not an IPv4/IPv6 address or CIDR block`,
      fix: 'Write an address such as 203.0.113.10 or 2001:db8::1, or a block such as 203.0.113.0/24',
    });
  });
  entries.forEach((entry, i) => {
    if (check.allowAnySourceAddress === true || isUnresolved(entry) || !isAnyAddressBlock(entry)) return;
    problems.push({
      field: `${field}[${i}]`,
      problem: `"${entry}" admits every address, so no sign-in would ever be outside the allow-list`,
      fix: `List the networks sign-ins really come from, or set ${check.acknowledgementField ?? 'allowAnySourceAddress'}: true to accept that`,
    });
  });
  const literal = entries.filter((entry) => !isUnresolved(entry));
  if (check.allowAnySourceAddress !== true && !literal.some(isAnyAddressBlock) && admitsEveryAddress(literal)) {
    problems.push({
      field,
      problem:
        'the entries together admit every IPv4 or IPv6 address (e.g. 0.0.0.0/1 and 128.0.0.0/1), so no sign-in would ever be outside the allow-list',
      fix: `List the networks sign-ins really come from, or set ${check.acknowledgementField ?? 'allowAnySourceAddress'}: true to accept that`,
    });
  }
  if (entries.join(',').length > MAX_ALLOW_LIST_CHARS) {
    problems.push({
      field,
      problem: `the list is longer than ${MAX_ALLOW_LIST_CHARS} characters and would not fit in the function's settings (4 KB)`,
      fix: 'Merge addresses into CIDR blocks',
    });
  }
  return problems;
}

/** Each source must be one of the cloud's kinds, well formed, and listed once. */
function allowListSourceProblems(
  field: string,
  sources: readonly AllowListSourceReference[] | undefined,
  profile: LoginAlarmProfile,
  isUnresolved: (value: unknown) => boolean,
): OptionProblem[] {
  if (sources === undefined) return [];
  const problems: OptionProblem[] = [];
  const references = sources.map((s) => s.reference);
  references.forEach((reference, i) => {
    if (isUnresolved(reference)) return;
    let ref: AllowListSourceRef | undefined;
    try {
      ref = parseAllowListSourceRef(reference);
    } catch {
      ref = undefined;
    }
    if (ref === undefined || !profile.allowListSourceKinds.includes(ref.kind) || /,/.test(reference)) {
      problems.push({
        field: `${field}[${i}]`,
        problem: `"${reference}" is not a managed allow-list this cloud's function can read`,
        fix: `Make it with ${profile.allowListSourceExample}`,
      });
    } else if (references.indexOf(reference) !== i) {
      problems.push({
        field: `${field}[${i}]`,
        problem: `"${reference}" is listed twice`,
        fix: 'List each source once',
      });
    }
  });
  if (sources.length > MAX_ALLOW_LIST_SOURCES) {
    problems.push({
      field,
      problem: `${sources.length} sources are more than the ${MAX_ALLOW_LIST_SOURCES} a function reads at each refresh`,
      fix: 'Merge the lists into fewer sources',
    });
  }
  return problems;
}

function cacheSecondsProblems(
  field: string,
  options: LoginAlarmOptions,
  isUnresolved: (value: unknown) => boolean,
): OptionProblem[] {
  const seconds = options.allowListCacheSeconds;
  if (seconds === undefined || isUnresolved(seconds)) return [];
  if ((options.allowListSources ?? []).length === 0) {
    return [
      {
        field,
        problem: 'is set, but there is no managed source to cache',
        fix: 'Give allowListSources, or leave allowListCacheSeconds out',
      },
    ];
  }
  if (!Number.isInteger(seconds) || seconds < 10 || seconds > 86400) {
    return [{ field, problem: `${seconds} is out of range`, fix: 'Give a whole number of seconds from 10 to 86400' }];
  }
  return [];
}

function actionProblems(
  field: string,
  actions: readonly string[] | undefined,
  profile: LoginAlarmProfile,
  isUnresolved: (value: unknown) => boolean,
): OptionProblem[] {
  if (actions === undefined) return [];
  if (actions.length === 0) {
    return [
      {
        field,
        problem: 'is empty, so no sign-in would be checked',
        fix: `Leave it out to watch ${profile.defaultWatchedActions.join(', ')}`,
      },
    ];
  }
  const problems: OptionProblem[] = [];
  actions.forEach((action, i) => {
    if (!isUnresolved(action) && !profile.actionSyntax.test(action)) {
      problems.push({
        field: `${field}[${i}]`,
        problem: `"${action}" is not ${profile.actionKind}`,
        fix: `Give ${profile.actionExample}`,
      });
    } else if (actions.indexOf(action) !== i) {
      problems.push({ field: `${field}[${i}]`, problem: `"${action}" is listed twice`, fix: 'List each action once' });
    }
  });
  if (profile.maxWatchedActions !== undefined && actions.length > profile.maxWatchedActions) {
    problems.push({
      field,
      problem: `${actions.length} actions are more than the ${profile.maxWatchedActions} the trigger can watch`,
      fix: 'Watch fewer actions',
    });
  }
  return problems;
}

function mfaProblems(field: string, options: MfaLoginAlarmOptions, profile: LoginAlarmProfile): OptionProblem[] {
  if (options.alertOnMissingMfa === undefined || profile.defaultAlertOnMissingMfa !== undefined) return [];
  return [
    {
      field,
      problem: "this cloud's sign-in records carry no MFA flag, so the check could never fire",
      fix: 'Leave alertOnMissingMfa out',
    },
  ];
}

/** The function settings for these options (the allow-list, the actions and every switch the cloud has). */
export function loginAlarmEnvironment(
  options: MfaLoginAlarmOptions,
  profile: LoginAlarmProfile,
): Record<string, string> {
  const sources = (options.allowListSources ?? []).map((s) => s.reference);
  const environment: Record<string, string> = {
    ...(options.allowList !== undefined ? { [LoginAlarmSettings.ALLOW_LIST]: options.allowList.join(',') } : {}),
    ...(sources.length > 0
      ? {
          [LoginAlarmSettings.ALLOW_LIST_SOURCES]: sources.join(','),
          [LoginAlarmSettings.ALLOW_LIST_TTL_SECONDS]: String(
            options.allowListCacheSeconds ?? DEFAULT_ALLOW_LIST_TTL_SECONDS,
          ),
        }
      : {}),
    [LoginAlarmSettings.WATCHED_ACTIONS]: watchedActionsOf(options, profile).join(','),
    [LoginAlarmSettings.ALERT_ON_FAILURE]: String(options.alertOnFailedLogin ?? profile.defaultAlertOnFailedLogin),
    [LoginAlarmSettings.ALERT_ON_ROOT]: String(options.alertOnRootLogin ?? profile.defaultAlertOnRootLogin),
    ...(options.allowAnySourceAddress === true ? { [LoginAlarmSettings.ALLOW_ANY_SOURCE_ADDRESS]: 'true' } : {}),
  };
  if (profile.defaultAlertOnMissingMfa !== undefined) {
    environment[LoginAlarmSettings.ALERT_ON_MISSING_MFA] = String(
      options.alertOnMissingMfa ?? profile.defaultAlertOnMissingMfa,
    );
  }
  return environment;
}
