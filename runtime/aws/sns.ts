import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { toSubject, truncateUtf8 } from '../core/message';
import { AwsSettings } from '../core/setting-names';
import { SettingLookup, requireSetting } from '../core/settings';
import { awsEndpointOverride } from './endpoints';

/** SNS subjects: under 100 printable ASCII characters. */
export const SNS_MAX_SUBJECT_LENGTH = 99;
/** SNS messages are limited to 256 KB; keep room for the request's other fields. */
export const SNS_MAX_MESSAGE_BYTES = 256 * 1024 - 1024;

const clients = new Map<string, SNSClient>();

/**
 * One client per region and endpoint, reused across invocations of a warm function. The region comes from the
 * topic ARN (the topic may live outside the function's region); `endpoint` overrides the service URL.
 */
export function snsClient(region: string, endpoint?: string): SNSClient {
  const key = `${region} ${endpoint ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = new SNSClient({ region, ...(endpoint ? { endpoint } : {}) });
    clients.set(key, client);
  }
  return client;
}

/** The region of a topic ARN (`arn:<partition>:sns:<region>:<account>:<name>`), or undefined if it is not one. */
export function topicRegion(topicArn: string): string | undefined {
  const parts = topicArn.split(':');
  return parts.length === 6 && parts[0] === 'arn' && parts[2] === 'sns' && parts[3] !== '' ? parts[3] : undefined;
}

/**
 * Publishes one alert and returns SNS's message id. Errors are thrown (after the SDK's own retries) so the
 * invocation fails and Lambda's asynchronous retries, then the dead-letter queue, keep the alert.
 */
export async function publishToSns(
  client: SNSClient,
  topicArn: string,
  subject: string,
  message: string,
): Promise<string> {
  const response = await client.send(
    new PublishCommand({
      TopicArn: topicArn,
      Subject: toSubject(subject, SNS_MAX_SUBJECT_LENGTH),
      Message: truncateUtf8(message, SNS_MAX_MESSAGE_BYTES),
    }),
  );
  return response.MessageId ?? '';
}

/**
 * Publishing to the topic the function's settings name (`TRAILWATCH_SNS_TOPIC_ARN`), in the topic's own region,
 * through `TRAILWATCH_AWS_ENDPOINT` when set (checked: https on an AWS domain, see endpoints.ts). The settings are read when an alert is due, so a missing topic fails
 * the invocation that would have published (and Lambda's retries keep that event), not every invocation.
 */
export function snsPublisher(settings: SettingLookup): (subject: string, body: string) => Promise<string> {
  return async (subject, body) => {
    const topicArn = requireSetting(settings, AwsSettings.SNS_TOPIC_ARN);
    const region = topicRegion(topicArn) ?? requireSetting(settings, 'AWS_REGION');
    return publishToSns(snsClient(region, awsEndpointOverride(settings)), topicArn, subject, body);
  };
}
