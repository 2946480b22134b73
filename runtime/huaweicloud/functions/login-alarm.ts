/**
 * FunctionGraph entry: CTS trigger on IAM sign-in traces → login rules → SMN alert. The allow-list is the inline
 * entries plus an OBS object (managed source) cached per function instance. Handler setting: `index.handler`.
 */
import { LoginAllowList } from '../../core/allow-list-source';
import { LoginAlarmResult, loginRuleSettingsWithSources, runLoginAlarm } from '../../core/login-alarm';
import { HUAWEICLOUD_LOGIN_ALARM } from '../../core/login-profiles';
import { HuaweiCloudSettings } from '../../core/setting-names';
import { auditEventFromCtsTrigger } from '../cts-trace';
import { FunctionGraphContext, HuaweiEndpoints, settingsFrom } from '../functiongraph';
import { agencyCredentials, obsAllowListSource } from '../obs';
import { SMN_MAX_SUBJECT_BYTES, smnPublisher } from '../smn';

/** The current invocation: OBS is read with its agency credentials, from its configured region's endpoint. */
let current: { context?: FunctionGraphContext; endpoints?: HuaweiEndpoints } = {};

const allowLists = new LoginAllowList((ref) => {
  const endpoints = current.endpoints as HuaweiEndpoints;
  return obsAllowListSource(ref, { endpoint: endpoints.obs(), region: endpoints.region }, () =>
    agencyCredentials(current.context),
  );
});

export async function handler(event: unknown, context?: FunctionGraphContext): Promise<LoginAlarmResult> {
  const settings = settingsFrom(context);
  const endpoints = HuaweiEndpoints.fromSettings(settings);
  current = { context, endpoints };
  const io = {
    publish: smnPublisher(settings, context, endpoints.smn()),
    subjectMaxLength: SMN_MAX_SUBJECT_BYTES,
    requestId: context?.getRequestID?.(),
  };
  const rules = await loginRuleSettingsWithSources(settings, HUAWEICLOUD_LOGIN_ALARM, allowLists, io);
  return runLoginAlarm(auditEventFromCtsTrigger(event, settings(HuaweiCloudSettings.REGION)), rules, io);
}
