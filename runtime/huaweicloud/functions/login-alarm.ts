/**
 * FunctionGraph entry: CTS trigger on IAM sign-in traces → login rules → SMN alert.
 * Handler setting: `index.handler`.
 */
import { LoginAlarmResult, readLoginRuleSettings, runLoginAlarm } from '../../core/login-alarm';
import { HUAWEICLOUD_LOGIN_ALARM } from '../../core/login-options';
import { HuaweiCloudSettings } from '../../core/setting-names';
import { auditEventFromCtsTrigger } from '../cts-trace';
import { FunctionGraphContext, settingsFrom } from '../functiongraph';
import { SMN_MAX_SUBJECT_BYTES, smnPublisher } from '../smn';

export async function handler(event: unknown, context?: FunctionGraphContext): Promise<LoginAlarmResult> {
  const settings = settingsFrom(context);
  return runLoginAlarm(
    auditEventFromCtsTrigger(event, settings(HuaweiCloudSettings.REGION)),
    readLoginRuleSettings(settings, HUAWEICLOUD_LOGIN_ALARM),
    {
      publish: smnPublisher(settings, context),
      subjectMaxLength: SMN_MAX_SUBJECT_BYTES,
      requestId: context?.getRequestID?.(),
    },
  );
}
