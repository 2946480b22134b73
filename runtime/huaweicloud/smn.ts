import { HTTP_TIMEOUT_MS, HttpError, isRetryableHttpError, withRetry } from '../core/retry';
import { truncateUtf8 } from '../core/message';
import { HuaweiCloudSettings } from '../core/setting-names';
import { SettingLookup, requireSetting } from '../core/settings';
import { FunctionGraphContext, HuaweiEndpoints, agencyToken, projectIdOf } from './functiongraph';
import { EndpointPolicy, HUAWEI_CLOUD, assertTrustedUrl } from './regions';

export interface SmnTarget {
  /** e.g. https://smn.cn-north-4.myhuaweicloud.com */
  readonly endpoint: string;
  readonly projectId: string;
  readonly topicUrn: string;
  /** The cloud whose SMN hosts may receive the token. @default Huawei Cloud */
  readonly policy?: EndpointPolicy;
}

/** SMN text messages are limited to 256 KB; subjects to 512 bytes. */
export const SMN_MAX_MESSAGE_BYTES = 256 * 1024;
export const SMN_MAX_SUBJECT_BYTES = 512;

/**
 * Publishes a text message through the SMN REST API (`POST /v2/{project_id}/notifications/topics/{topic_urn}/publish`)
 * with the agency's project-scoped IAM token. Returns SMN's message id.
 */
export async function publishToSmn(
  target: SmnTarget,
  token: string,
  subject: string,
  message: string,
): Promise<string> {
  // The URN comes from a setting; encoded, it stays one path segment whatever it holds (its ":" separators are
  // valid in a path segment and kept as SMN documents them).
  const urn = encodeURIComponent(target.topicUrn).replace(/%3A/gi, ':');
  const url = `${target.endpoint}/v2/${encodeURIComponent(target.projectId)}/notifications/topics/${urn}/publish`;
  const body = JSON.stringify({
    subject: truncateUtf8(subject, SMN_MAX_SUBJECT_BYTES),
    message: truncateUtf8(message, SMN_MAX_MESSAGE_BYTES - 1024),
  });
  // Last line before the token is sent: https on a service host of the cloud (or loopback with the test switch).
  assertTrustedUrl(url, target.policy ?? { cloud: HUAWEI_CLOUD }, 'SMN publish URL');
  return withRetry(
    async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json;charset=UTF-8' },
        body,
        signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
      });
      const text = await response.text();
      if (!response.ok) throw new HttpError(response.status, text, 'SMN publish');
      try {
        return String((JSON.parse(text) as { message_id?: unknown }).message_id ?? '');
      } catch {
        return '';
      }
    },
    { attempts: 3, baseDelayMs: 200, isRetryable: isRetryableHttpError },
  );
}

/**
 * Publishing to the topic the function's settings name (`TRAILWATCH_SMN_TOPIC_URN`) with the agency's token: the
 * one SMN wiring both Huawei functions use. The host (the configured region's SMN, or the checked
 * `TRAILWATCH_SMN_ENDPOINT`) is checked now, before anything is read or sent; the topic and project when an alert
 * is due, so a missing one fails the invocation that would have published, and the platform retries it.
 */
export function smnPublisher(
  settings: SettingLookup,
  context: FunctionGraphContext | undefined,
  endpoint: string = HuaweiEndpoints.fromSettings(settings).smn(),
  policy: EndpointPolicy = HuaweiEndpoints.fromSettings(settings).policy,
): (subject: string, body: string) => Promise<string> {
  return async (subject, body) => {
    const target: SmnTarget = {
      endpoint,
      policy,
      projectId: projectIdOf(settings, context),
      topicUrn: requireSetting(settings, HuaweiCloudSettings.SMN_TOPIC_URN),
    };
    return publishToSmn(target, agencyToken(context), subject, body);
  };
}
