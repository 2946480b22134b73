/**
 * Lambda entry: CloudWatch Logs subscription → whole-word keyword match → one S3 object + one SNS alert per
 * invocation. Handler setting: `index.handler`.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { KeywordAlarmResult, readKeywordAlarmConfig, runKeywordAlarm } from '../../core/keyword-alarm';
import { AwsSettings, LogKeywordAlarmSettings } from '../../core/setting-names';
import { envLookup, requireSetting } from '../../core/settings';
import { decodeCloudWatchLogsEvent } from '../cloudwatch-logs-trigger';
import { putArchiveObject, s3Client } from '../s3-archive';
import { SNS_MAX_MESSAGE_BYTES, SNS_MAX_SUBJECT_LENGTH, publishToSns, snsClient, topicRegion } from '../sns';
import { log } from '../../core/log';
import { LambdaContext } from '../lambda-context';
import { awsEndpointOverride } from '../endpoints';

/** Room left under SNS's message limit for JSON escaping of the body. */
const SNS_BODY_BUDGET = SNS_MAX_MESSAGE_BYTES - 8 * 1024;

const s3Clients = new Map<string, S3Client>();

function archiveClient(endpoint: string | undefined): S3Client {
  const key = endpoint ?? '';
  let client = s3Clients.get(key);
  if (!client) {
    client = s3Client(endpoint);
    s3Clients.set(key, client);
  }
  return client;
}

export async function handler(event: unknown, context?: LambdaContext): Promise<KeywordAlarmResult> {
  const settings = envLookup();
  const config = readKeywordAlarmConfig(settings);
  const topicArn = requireSetting(settings, AwsSettings.SNS_TOPIC_ARN);
  const endpoint = awsEndpointOverride(settings);
  return runKeywordAlarm(
    decodeCloudWatchLogsEvent(event),
    config,
    {
      source: 'AWS CloudWatch Logs',
      requestId: context?.awsRequestId,
      maxBodyBytes: SNS_BODY_BUDGET,
      subjectMaxLength: SNS_MAX_SUBJECT_LENGTH,
    },
    {
      archive: (key, body) =>
        putArchiveObject(
          archiveClient(endpoint),
          { bucket: config.archiveBucket, kmsKeyId: settings(LogKeywordAlarmSettings.ARCHIVE_KMS_KEY_ID) || undefined },
          key,
          body,
          'application/x-ndjson; charset=utf-8',
        ),
      publish: (subject, body) =>
        publishToSns(
          snsClient(topicRegion(topicArn) ?? requireSetting(settings, 'AWS_REGION'), endpoint),
          topicArn,
          subject,
          body,
        ),
    },
    log,
  );
}
