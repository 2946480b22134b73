/**
 * Lambda entry: EventBridge console sign-in event (CloudTrail record in `detail`) → login rules → SNS alert. The
 * allow-list is the inline entries plus the managed sources (EC2 prefix lists, SSM parameter, S3 object) cached per
 * function instance. Handler setting: `index.handler`.
 */
import { LoginAllowList } from '../../core/allow-list-source';
import { LoginAlarmResult, loginRuleSettingsWithSources, runLoginAlarm } from '../../core/login-alarm';
import { AWS_LOGIN_ALARM } from '../../core/login-profiles';
import { SettingLookup, envLookup, requireSetting } from '../../core/settings';
import { awsAllowListSource } from '../allow-list-sources';
import { auditEventFromEventBridge } from '../cloudtrail-record';
import { awsEndpointOverride } from '../endpoints';
import { LambdaContext } from '../lambda-context';
import { SNS_MAX_SUBJECT_LENGTH, snsPublisher } from '../sns';

/** The settings of the current invocation: sources are built when the source list changes, with its endpoint. */
let current: SettingLookup = envLookup();

/** One cache per function instance; SSM and EC2 are called in the function's region. */
const allowLists = new LoginAllowList((ref) =>
  awsAllowListSource(ref, {
    region: requireSetting(current, 'AWS_REGION'),
    endpoint: awsEndpointOverride(current),
  }),
);

export async function handler(event: unknown, context?: LambdaContext): Promise<LoginAlarmResult> {
  const settings = envLookup();
  current = settings;
  // Checked before anything is read or sent: a bad override fails the invocation and names the setting.
  awsEndpointOverride(settings);
  const io = {
    publish: snsPublisher(settings),
    subjectMaxLength: SNS_MAX_SUBJECT_LENGTH,
    requestId: context?.awsRequestId,
  };
  const rules = await loginRuleSettingsWithSources(settings, AWS_LOGIN_ALARM, allowLists, io);
  return runLoginAlarm(auditEventFromEventBridge(event), rules, io);
}
