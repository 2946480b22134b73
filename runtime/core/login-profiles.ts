/**
 * Each cloud's login-alarm profile: its sign-in actions (CloudTrail events, CTS traces), their defaults and limits.
 * The contract in login-options.ts takes a profile, so a cloud's differences live here and nowhere else.
 */
import type { LoginAlarmProfile } from './login-options';

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
  allowListSourceKinds: ['ec2-prefix-list', 'ssm', 's3'],
  allowListSourceExample:
    'AllowListSource.prefixList("pl-0123456789abcdef0"), AllowListSource.ssmParameter("/office/ips") or AllowListSource.s3Object("bucket", "key")',
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
  defaultAlertOnRootLogin: true,
  allowListSourceKinds: ['obs'],
  allowListSourceExample: 'AllowListSource.obsObject("bucket", "allow-list.txt")',
};

/**
 * The IAM sign-in traces the Open Telekom Cloud IAM user guide lists ("IAM operations that can be recorded by
 * CTS"), spelled as OTC records them: a failed password sign-in is `loginfailed` (all lower case), and there is no
 * SAML tenant sign-in trace.
 */
export const OPEN_TELEKOM_CLOUD_SIGN_IN_TRACES: readonly string[] = [
  'login',
  'logout',
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
];

/** Open Telekom Cloud: the Huawei-family CTS trigger and trace names, with OTC's own sign-in traces. */
export const OPEN_TELEKOM_CLOUD_LOGIN_ALARM: LoginAlarmProfile = {
  ...HUAWEICLOUD_LOGIN_ALARM,
  defaultWatchedActions: OPEN_TELEKOM_CLOUD_SIGN_IN_TRACES,
  actionExample: 'names such as "login" or "loginfailed" (OtcLoginAction)',
};
