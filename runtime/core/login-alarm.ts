/**
 * The cloud-neutral flow of the login alarm: decoded sign-in record → login rules → one alert. The cloud entry
 * files only decode their trigger and plug in their topic client.
 */
import { AuditEvent, ParseResult } from './audit-event';
import { IpAllowList } from './allow-list';
import { LoginAllowList } from './allow-list-source';
import { log } from './log';
import { AlertMessage, formatAuditAlert } from './message';
import { FINDING_TEXT, LoginEvaluation, LoginFinding, LoginRuleSettings, evaluateLogin } from './login-rules';
import { LoginAlarmProfile } from './login-options';
import { LoginAlarmSettings } from './setting-names';
import { SettingLookup, boolSetting, listSetting, requireSetting } from './settings';

/**
 * Reads and validates the login rules from the function's settings, with the cloud's defaults from the same
 * profile the construct used; throws naming the bad setting.
 */
export function readLoginRuleSettings(lookup: SettingLookup, profile: LoginAlarmProfile): LoginRuleSettings {
  const entries = listSetting(lookup, LoginAlarmSettings.ALLOW_LIST);
  // An inline list, managed sources, or both (the construct refuses neither).
  if (listSetting(lookup, LoginAlarmSettings.ALLOW_LIST_SOURCES).length === 0) {
    requireSetting(lookup, LoginAlarmSettings.ALLOW_LIST);
  }
  return {
    allowList: IpAllowList.parse(entries),
    watchedActions: listSetting(lookup, LoginAlarmSettings.WATCHED_ACTIONS, profile.defaultWatchedActions),
    alertOnFailure: boolSetting(lookup, LoginAlarmSettings.ALERT_ON_FAILURE, profile.defaultAlertOnFailedLogin),
    alertOnRoot: boolSetting(lookup, LoginAlarmSettings.ALERT_ON_ROOT, profile.defaultAlertOnRootLogin),
    alertOnMissingMfa: boolSetting(
      lookup,
      LoginAlarmSettings.ALERT_ON_MISSING_MFA,
      profile.defaultAlertOnMissingMfa ?? false,
    ),
  };
}

/**
 * The rules with the allow-list a handler judges with: the inline entries plus the managed sources
 * (`TRAILWATCH_ALLOW_LIST_SOURCES`), read through the function instance's `LoginAllowList` cache. A source that
 * cannot be read is published as an alert of its own through `io.publish` (see `LoginAllowList.current`).
 */
export async function loginRuleSettingsWithSources(
  lookup: SettingLookup,
  profile: LoginAlarmProfile,
  allowLists: LoginAllowList,
  io: Pick<LoginAlarmIo, 'publish' | 'subjectMaxLength' | 'requestId'>,
): Promise<LoginRuleSettings> {
  const rules = readLoginRuleSettings(lookup, profile);
  if (listSetting(lookup, LoginAlarmSettings.ALLOW_LIST_SOURCES).length === 0) return rules;
  const allowList = await allowLists.current(lookup, io.publish, io.subjectMaxLength, (level, message, fields) =>
    log(level, message, { ...fields, requestId: io.requestId }),
  );
  return { ...rules, allowList };
}

/** The alert for a sign-in with findings: a headline from the most serious finding, every reason listed. */
export function loginAlert(event: AuditEvent, evaluation: LoginEvaluation, subjectMaxLength: number): AlertMessage {
  const title = evaluation.findings.includes(LoginFinding.IP_NOT_ALLOWED)
    ? `Console ${event.action} outside allow-list`
    : `Console ${event.action} needs attention`;
  return formatAuditAlert({ title, reasons: evaluation.findings.map((f) => FINDING_TEXT[f]), event }, subjectMaxLength);
}

/** What a handler returns for one event: enough for a test or an operator reading the invocation log. */
export interface LoginAlarmResult {
  readonly status: 'alerted' | 'allowed' | 'ignored' | 'error';
  readonly traceId?: string;
  readonly findings?: readonly LoginFinding[];
  readonly messageId?: string;
  readonly error?: string;
}

/** The one side effect and the limits of each cloud's topic, supplied by its entry file. */
export interface LoginAlarmIo {
  /** Publishes the alert; returns the topic's message id. Throws when delivery failed. */
  publish(subject: string, body: string): Promise<string>;
  /** The topic's subject limit (SNS: 99 ASCII characters, SMN: 512 bytes). */
  readonly subjectMaxLength: number;
  /** Logged with every line, so an invocation can be found in the function log. */
  readonly requestId?: string;
}

/** Running total for this function instance, logged with each malformed event so a trend shows in the log. */
let malformedEvents = 0;

/**
 * Judges one decoded sign-in record and publishes one alert when it has findings. A malformed record is logged
 * and returned as an error, never thrown: a retry could not make it readable. A publish failure is thrown, so the
 * platform's asynchronous retries (and on AWS the dead-letter queue) keep the alert instead of losing it.
 */
export async function runLoginAlarm(
  decoded: ParseResult<AuditEvent>,
  settings: LoginRuleSettings,
  io: LoginAlarmIo,
): Promise<LoginAlarmResult> {
  const requestId = io.requestId;
  if (!decoded.ok) {
    malformedEvents++;
    log('error', 'malformed sign-in event skipped', { error: decoded.error, malformedEvents, requestId });
    return { status: 'error', error: decoded.error };
  }
  const event = decoded.value;
  const evaluation = evaluateLogin(event, settings);
  if (!evaluation.watched) return { status: 'ignored', traceId: event.traceId };
  if (evaluation.findings.length === 0) return { status: 'allowed', traceId: event.traceId };

  const message = loginAlert(event, evaluation, io.subjectMaxLength);
  const messageId = await io.publish(message.subject, message.body);
  log('info', 'login alert published', { traceId: event.traceId, findings: evaluation.findings, messageId, requestId });
  return { status: 'alerted', traceId: event.traceId, findings: evaluation.findings, messageId };
}
