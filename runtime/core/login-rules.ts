import { ActorType, AuditEvent, Outcome } from './audit-event';
import { IpAllowList, IpVerdict } from './allow-list';

/** The reasons a console sign-in is reported. */
export enum LoginFinding {
  IP_NOT_ALLOWED = 'ip-not-allowed',
  SOURCE_IP_INVALID = 'source-ip-invalid',
  LOGIN_FAILED = 'login-failed',
  ROOT_LOGIN = 'root-login',
  NO_MFA = 'no-mfa',
}

export interface LoginRuleSettings {
  readonly allowList: IpAllowList;
  /** Action names that are watched, compared case-insensitively and whole (never `"login" or "logout"` truthiness). */
  readonly watchedActions: readonly string[];
  readonly alertOnFailure: boolean;
  readonly alertOnRoot: boolean;
  readonly alertOnMissingMfa: boolean;
}

export interface LoginEvaluation {
  readonly watched: boolean;
  readonly findings: readonly LoginFinding[];
}

export function isWatchedAction(action: string, watchedActions: readonly string[]): boolean {
  const wanted = action.toLowerCase();
  return watchedActions.some((a) => a.toLowerCase() === wanted);
}

/** Applies the login rules to one normalized event. Pure: no I/O, no clock. */
export function evaluateLogin(event: AuditEvent, settings: LoginRuleSettings): LoginEvaluation {
  if (!isWatchedAction(event.action, settings.watchedActions)) return { watched: false, findings: [] };
  const findings: LoginFinding[] = [];
  const verdict = settings.allowList.check(event.sourceIp);
  if (verdict === IpVerdict.NOT_ALLOWED) findings.push(LoginFinding.IP_NOT_ALLOWED);
  if (verdict === IpVerdict.INVALID) findings.push(LoginFinding.SOURCE_IP_INVALID);
  if (settings.alertOnFailure && event.outcome === Outcome.FAILURE) findings.push(LoginFinding.LOGIN_FAILED);
  if (settings.alertOnRoot && event.actor.type === ActorType.ROOT) findings.push(LoginFinding.ROOT_LOGIN);
  // Only IAM users carry an MFA flag of their own; SSO, federated and role sessions authenticate elsewhere and
  // would be false positives (the CIS 3.2 pattern restricted to IAMUser).
  if (
    settings.alertOnMissingMfa &&
    event.outcome === Outcome.SUCCESS &&
    (event.actor.type === ActorType.USER || event.actor.type === ActorType.ROOT) &&
    event.mfaUsed === false
  ) {
    findings.push(LoginFinding.NO_MFA);
  }
  return { watched: true, findings };
}

export const FINDING_TEXT: Record<LoginFinding, string> = {
  [LoginFinding.IP_NOT_ALLOWED]: 'source IP is outside the allow-list',
  [LoginFinding.SOURCE_IP_INVALID]: 'source IP is missing or not an IP address',
  [LoginFinding.LOGIN_FAILED]: 'sign-in failed',
  [LoginFinding.ROOT_LOGIN]: 'account root / owner signed in',
  [LoginFinding.NO_MFA]: 'signed in without MFA',
};
