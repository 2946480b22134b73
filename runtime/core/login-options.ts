/**
 * The login alarm options every cloud's `LoginAlarm` accepts, their defaults, their synth-time checks and the
 * function settings they become. Pure (no cdktf, no cloud SDK): the constructs and the handlers share this one
 * definition, so a default or a limit cannot drift between them.
 */
import { IpAllowList } from './allow-list';
import { OptionProblem } from './option-problem';
import { LoginAlarmSettings } from './setting-names';

export interface LoginAlarmOptions {
  /**
   * IPv4/IPv6 addresses and CIDR blocks sign-ins are expected from; a watched sign-in from any other source (or
   * without a readable source address) raises an alert. Required, non-empty, at most 3000 characters in all.
   */
  readonly allowList: readonly string[];
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
   * Alert on every sign-in of the account itself: the AWS root user, the Huawei Cloud account (domain) owner.
   * @default true on AWS; false on Huawei Cloud
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
}

/** Lambda environments and FunctionGraph user data both hold 4 KB; leave room for the other settings. */
export const MAX_ALLOW_LIST_CHARS = 3000;

/** CloudTrail console sign-in event names (AWS records no console logout event). */
export const AWS_LOGIN_ALARM: LoginAlarmProfile = {
  defaultWatchedActions: ['ConsoleLogin'],
  actionKind: 'a CloudTrail event name',
  // EventBridge matches event names exactly; the handler compares them case-insensitively.
  actionSyntax: /^[A-Za-z][A-Za-z0-9]{0,127}$/,
  actionExample: 'names such as "ConsoleLogin" or "CheckMfa"',
  defaultAlertOnFailedLogin: true,
  defaultAlertOnRootLogin: true,
  defaultAlertOnMissingMfa: true,
};

/**
 * IAM Identity Center sign-in events (`signin.amazonaws.com`, event type `AwsServiceEvent`, recorded in the
 * Identity Center instance's region; IAM Identity Center user guide, "Understanding IAM Identity Center sign-in
 * events"): `UserAuthentication` is a completed sign-in, `CredentialVerification` one answered challenge with
 * `serviceEventDetails.CredentialVerification` "Success" or "Failure". The construct forwards only failed
 * verifications, so a sign-in raises one alert, not one per factor; `CredentialChallenge` (a credential was asked
 * for) carries no outcome and is not watched.
 */
export const AWS_IDENTITY_CENTER_SIGN_IN_EVENTS: readonly string[] = ['UserAuthentication', 'CredentialVerification'];

/**
 * Every IAM sign-in trace CTS documents, successes and failures: password console sign-in and sign-out (the failure
 * is spelled `loginFailed` by Huawei Cloud and `loginfailed` by Open Telekom Cloud, so both are subscribed; the
 * handler compares case-insensitively), QR-code, OIDC, IAM-user SSO, password-less federation, TSI and SAML
 * tenant sign-in. Sources: Huawei IAM user guide "开通云审计服务" (IAM operations recorded by CTS) and the Open
 * Telekom Cloud IAM user guide "IAM operations that can be recorded by CTS".
 */
export const HUAWEICLOUD_SIGN_IN_TRACES: readonly string[] = [
  'login',
  'logout',
  'loginFailed',
  'loginfailed',
  'scanQRCodeLogin',
  'scanQRCodeLoginFailed',
  'oidcLoginSuccess',
  'oidcLoginFailed',
  'iamUserSsoLoginSuccess',
  'iamUserSsoLoginFailed',
  'federationLoginNoPwdSuccess',
  'federationLoginNoPwdFailed',
  'tsiLogin',
  'tenantLoginBySamlSuccess',
];

/**
 * CTS trace names of the IAM `user` resource. A CTS trigger lists `IAM:user:<op>;<op>…`, so `;` and `:` cannot
 * occur; the construct spreads more than 10 actions over several triggers.
 */
export const HUAWEICLOUD_LOGIN_ALARM: LoginAlarmProfile = {
  defaultWatchedActions: HUAWEICLOUD_SIGN_IN_TRACES,
  actionKind: 'a CTS trace name',
  actionSyntax: /^[A-Za-z][A-Za-z0-9_-]{0,63}$/,
  actionExample: 'names such as "login" or "loginFailed" (HuaweiLoginAction)',
  maxWatchedActions: 50,
  defaultAlertOnFailedLogin: true,
  defaultAlertOnRootLogin: false,
};

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
    ...allowListProblems(`${fieldPrefix}.allowList`, options.allowList, isUnresolved),
    ...actionProblems(`${fieldPrefix}.watchedActions`, options.watchedActions, profile, isUnresolved),
    ...mfaProblems(`${fieldPrefix}.alertOnMissingMfa`, options, profile),
  ];
}

/** The allow-list's problems, named `<field>` and `<field>[i]`. */
export function allowListProblems(
  field: string,
  entries: readonly string[],
  isUnresolved: (value: unknown) => boolean,
): OptionProblem[] {
  if (entries.length === 0) {
    return [
      {
        field,
        problem: 'the allow-list is empty, so every sign-in would raise an alert',
        fix: 'Give at least one IPv4/IPv6 address or CIDR block, e.g. ["203.0.113.0/24", "2001:db8::/32"]',
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
  if (entries.join(',').length > MAX_ALLOW_LIST_CHARS) {
    problems.push({
      field,
      problem: `the list is longer than ${MAX_ALLOW_LIST_CHARS} characters and would not fit in the function's settings (4 KB)`,
      fix: 'Merge addresses into CIDR blocks',
    });
  }
  return problems;
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
  const environment: Record<string, string> = {
    [LoginAlarmSettings.ALLOW_LIST]: options.allowList.join(','),
    [LoginAlarmSettings.WATCHED_ACTIONS]: watchedActionsOf(options, profile).join(','),
    [LoginAlarmSettings.ALERT_ON_FAILURE]: String(options.alertOnFailedLogin ?? profile.defaultAlertOnFailedLogin),
    [LoginAlarmSettings.ALERT_ON_ROOT]: String(options.alertOnRootLogin ?? profile.defaultAlertOnRootLogin),
  };
  if (profile.defaultAlertOnMissingMfa !== undefined) {
    environment[LoginAlarmSettings.ALERT_ON_MISSING_MFA] = String(
      options.alertOnMissingMfa ?? profile.defaultAlertOnMissingMfa,
    );
  }
  return environment;
}
