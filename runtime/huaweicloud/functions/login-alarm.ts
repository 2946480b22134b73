/**
 * FunctionGraph entry: CTS trigger on IAM login/logout → allow-list check → SMN alert.
 * Handler setting: `index.handler`.
 */
import { LoginAlarmResult, loginAlert, readLoginRuleSettings } from '../../core/login-alarm';
import { evaluateLogin } from '../../core/login-rules';
import { HuaweiCloudSettings } from '../../core/setting-names';
import { requireSetting } from '../../core/settings';
import { normalizeCtsTrace, traceFromTriggerEvent } from '../cts-trace';
import { FunctionGraphContext, agencyToken, log, serviceEndpoint, settingsFrom, projectIdOf } from '../functiongraph';
import { SMN_MAX_SUBJECT_BYTES, publishToSmn } from '../smn';

/** Huawei IAM console operations watched by default (CTS names; the failure name is matched case-insensitively). */
export const DEFAULT_HUAWEI_LOGIN_ACTIONS = ['login', 'logout', 'loginFailed'];

let malformedEvents = 0;

export async function handler(event: unknown, context?: FunctionGraphContext): Promise<LoginAlarmResult> {
  const settings = settingsFrom(context);
  const trace = traceFromTriggerEvent(event);
  const normalized = trace.ok ? normalizeCtsTrace(trace.value, settings(HuaweiCloudSettings.REGION)) : trace;
  if (!normalized.ok) {
    malformedEvents++;
    log('error', 'malformed CTS event skipped', { error: normalized.error, malformedEvents, requestId: context?.getRequestID?.() });
    return { status: 'error', error: normalized.error };
  }
  const auditEvent = normalized.value;
  const rules = readLoginRuleSettings(settings, {
    watchedActions: DEFAULT_HUAWEI_LOGIN_ACTIONS,
    alertOnFailure: true,
    alertOnRoot: false,
    alertOnMissingMfa: false,
  });
  const evaluation = evaluateLogin(auditEvent, rules);
  if (!evaluation.watched) return { status: 'ignored', traceId: auditEvent.traceId };
  if (evaluation.findings.length === 0) return { status: 'allowed', traceId: auditEvent.traceId };

  // A configuration or delivery failure is thrown, not returned: the invocation then counts as failed, and
  // FunctionGraph's asynchronous retry can deliver the alert later instead of losing it silently.
  const region = requireSetting(settings, HuaweiCloudSettings.REGION);
  const message = loginAlert(auditEvent, evaluation, SMN_MAX_SUBJECT_BYTES);
  const messageId = await publishToSmn(
    {
      endpoint: serviceEndpoint('smn', region, settings(HuaweiCloudSettings.SMN_ENDPOINT)),
      projectId:
        projectIdOf(settings, context),
      topicUrn: requireSetting(settings, HuaweiCloudSettings.SMN_TOPIC_URN),
    },
    agencyToken(context),
    message.subject,
    message.body,
  );
  log('info', 'login alert published', { traceId: auditEvent.traceId, findings: evaluation.findings, messageId });
  return { status: 'alerted', traceId: auditEvent.traceId, findings: evaluation.findings, messageId };
}
