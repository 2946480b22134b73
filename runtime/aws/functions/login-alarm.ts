/**
 * Lambda entry: EventBridge console sign-in event (CloudTrail record in `detail`) → login rules → SNS alert.
 * Handler setting: `index.handler`.
 */
import { LoginAlarmResult, readLoginRuleSettings, runLoginAlarm } from '../../core/login-alarm';
import { AWS_LOGIN_ALARM } from '../../core/login-options';
import { envLookup } from '../../core/settings';
import { auditEventFromEventBridge } from '../cloudtrail-record';
import { LambdaContext } from '../lambda-context';
import { SNS_MAX_SUBJECT_LENGTH, snsPublisher } from '../sns';

export async function handler(event: unknown, context?: LambdaContext): Promise<LoginAlarmResult> {
  const settings = envLookup();
  return runLoginAlarm(auditEventFromEventBridge(event), readLoginRuleSettings(settings, AWS_LOGIN_ALARM), {
    publish: snsPublisher(settings),
    subjectMaxLength: SNS_MAX_SUBJECT_LENGTH,
    requestId: context?.awsRequestId,
  });
}
