import { AuditEvent } from './audit-event';
import { IpAllowList } from './allow-list';
import { AlertMessage, formatAuditAlert } from './message';
import { FINDING_TEXT, LoginEvaluation, LoginFinding, LoginRuleSettings } from './login-rules';
import { LoginAlarmSettings } from './setting-names';
import { SettingLookup, boolSetting, listSetting, requireSetting } from './settings';

export interface LoginAlarmDefaults {
  readonly watchedActions: readonly string[];
  readonly alertOnFailure: boolean;
  readonly alertOnRoot: boolean;
  readonly alertOnMissingMfa: boolean;
}

/** Reads and validates the login rules from the function's settings; throws naming the bad setting. */
export function readLoginRuleSettings(lookup: SettingLookup, defaults: LoginAlarmDefaults): LoginRuleSettings {
  const entries = listSetting(lookup, LoginAlarmSettings.ALLOW_LIST);
  requireSetting(lookup, LoginAlarmSettings.ALLOW_LIST);
  return {
    allowList: IpAllowList.parse(entries),
    watchedActions: listSetting(lookup, LoginAlarmSettings.WATCHED_ACTIONS, defaults.watchedActions),
    alertOnFailure: boolSetting(lookup, LoginAlarmSettings.ALERT_ON_FAILURE, defaults.alertOnFailure),
    alertOnRoot: boolSetting(lookup, LoginAlarmSettings.ALERT_ON_ROOT, defaults.alertOnRoot),
    alertOnMissingMfa: boolSetting(lookup, LoginAlarmSettings.ALERT_ON_MISSING_MFA, defaults.alertOnMissingMfa),
  };
}

/** The alert for a sign-in with findings: a headline from the most serious finding, every reason listed. */
export function loginAlert(event: AuditEvent, evaluation: LoginEvaluation, subjectMaxLength: number): AlertMessage {
  const title = evaluation.findings.includes(LoginFinding.IP_NOT_ALLOWED)
    ? `Console ${event.action} outside allow-list`
    : `Console ${event.action} needs attention`;
  return formatAuditAlert(
    { title, reasons: evaluation.findings.map((f) => FINDING_TEXT[f]), event },
    subjectMaxLength,
  );
}

/** What a handler returns for one event: enough for a test or an operator reading the invocation log. */
export interface LoginAlarmResult {
  readonly status: 'alerted' | 'allowed' | 'ignored' | 'error';
  readonly traceId?: string;
  readonly findings?: readonly LoginFinding[];
  readonly messageId?: string;
  readonly error?: string;
}
