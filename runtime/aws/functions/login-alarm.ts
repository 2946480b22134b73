/**
 * Lambda entry: EventBridge console sign-in event (CloudTrail record in `detail`) → login rules → SNS alert.
 * Handler setting: `index.handler`.
 */
import { LoginAlarmResult, loginAlert, readLoginRuleSettings } from '../../core/login-alarm';
import { evaluateLogin } from '../../core/login-rules';
import { AwsSettings } from '../../core/setting-names';
import { envLookup, requireSetting } from '../../core/settings';
import { normalizeCloudTrailRecord, recordFromEventBridgeEvent } from '../cloudtrail-record';
import { SNS_MAX_SUBJECT_LENGTH, publishToSns, snsClient, topicRegion } from '../sns';
import { log } from '../../core/log';

/** CloudTrail sign-in event names watched by default (AWS records no console logout event). */
export const DEFAULT_AWS_LOGIN_ACTIONS = ['ConsoleLogin'];

/** The part of the Lambda context this handler reads. */
export interface LambdaContext {
  readonly awsRequestId?: string;
}

let malformedEvents = 0;


export async function handler(event: unknown, context?: LambdaContext): Promise<LoginAlarmResult> {
  const settings = envLookup();
  const record = recordFromEventBridgeEvent(event);
  const normalized = record.ok ? normalizeCloudTrailRecord(record.value) : record;
  if (!normalized.ok) {
    malformedEvents++;
    log('error', 'malformed sign-in event skipped', { error: normalized.error, malformedEvents, requestId: context?.awsRequestId });
    return { status: 'error', error: normalized.error };
  }
  const auditEvent = normalized.value;
  const rules = readLoginRuleSettings(settings, {
    watchedActions: DEFAULT_AWS_LOGIN_ACTIONS,
    alertOnFailure: true,
    alertOnRoot: true,
    alertOnMissingMfa: true,
  });
  const evaluation = evaluateLogin(auditEvent, rules);
  if (!evaluation.watched) return { status: 'ignored', traceId: auditEvent.traceId };
  if (evaluation.findings.length === 0) return { status: 'allowed', traceId: auditEvent.traceId };

  // A configuration or delivery failure is thrown, not returned: the invocation then fails, and Lambda's
  // asynchronous retries and finally the dead-letter queue keep the alert instead of losing it silently.
  const topicArn = requireSetting(settings, AwsSettings.SNS_TOPIC_ARN);
  const region = topicRegion(topicArn) ?? requireSetting(settings, 'AWS_REGION');
  const message = loginAlert(auditEvent, evaluation, SNS_MAX_SUBJECT_LENGTH);
  const messageId = await publishToSns(snsClient(region, settings(AwsSettings.AWS_ENDPOINT)), topicArn, message.subject, message.body);
  log('info', 'login alert published', { traceId: auditEvent.traceId, findings: evaluation.findings, messageId, requestId: context?.awsRequestId });
  return { status: 'alerted', traceId: auditEvent.traceId, findings: evaluation.findings, messageId };
}
