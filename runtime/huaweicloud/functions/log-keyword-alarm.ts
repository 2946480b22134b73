/**
 * FunctionGraph entry: LTS trigger → whole-word keyword match → one OBS object + one SMN alert per invocation.
 * Handler setting: `index.handler`.
 */
import { KeywordAlarmResult, readKeywordAlarmConfig, runKeywordAlarm } from '../../core/keyword-alarm';
import { HUAWEI_FAMILY_ALERT_KEYWORDS } from '../../core/keyword-matcher';
import { FunctionGraphContext, HuaweiEndpoints, log, settingsFrom } from '../functiongraph';
import { decodeLtsTriggerEvent } from '../lts-trigger';
import { agencyCredentials, obsClient, putObsObject } from '../obs';
import { SMN_MAX_MESSAGE_BYTES, SMN_MAX_SUBJECT_BYTES, smnPublisher } from '../smn';

/** Room left under SMN's message limit for the JSON envelope and escaping of the body. */
const SMN_BODY_BUDGET = SMN_MAX_MESSAGE_BYTES - 8 * 1024;

export async function handler(event: unknown, context?: FunctionGraphContext): Promise<KeywordAlarmResult> {
  const settings = settingsFrom(context);
  const config = readKeywordAlarmConfig(settings, HUAWEI_FAMILY_ALERT_KEYWORDS);
  const endpoints = HuaweiEndpoints.fromSettings(settings);
  const region = endpoints.region;
  // Checked before anything is read or sent: a bad override fails the invocation instead of one write.
  const obsUrl = endpoints.obs();
  const smnUrl = endpoints.smn();
  return runKeywordAlarm(
    decodeLtsTriggerEvent(event),
    config,
    {
      // Huawei Cloud or Open Telekom Cloud: the same bundle serves both (TRAILWATCH_CLOUD).
      source: `${endpoints.policy.cloud.name} LTS`,
      requestId: context?.getRequestID?.(),
      maxBodyBytes: SMN_BODY_BUDGET,
      subjectMaxLength: SMN_MAX_SUBJECT_BYTES,
    },
    {
      archive: async (key, body) => {
        const client = obsClient(
          { endpoint: obsUrl, region, bucket: config.archiveBucket },
          agencyCredentials(context),
        );
        try {
          await putObsObject(client, config.archiveBucket, key, body, 'application/x-ndjson; charset=utf-8');
        } finally {
          client.destroy();
        }
        return `obs://${config.archiveBucket}/${key}`;
      },
      publish: smnPublisher(settings, context, smnUrl),
    },
    log,
  );
}
