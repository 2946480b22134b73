/**
 * SMN topic URNs as Huawei Cloud and Open Telekom Cloud share them (`urn:smn:<region>:<project id>:<name>`); the
 * subscriptions are checked by the cloud-neutral `TopicSubscriptions` (core/subscriptions.ts).
 */
import { TrailWatchValidationError, isUnresolved } from '../validation';

const TOPIC_URN = /^urn:smn:([a-z0-9-]+):[0-9a-f]{32}:[A-Za-z0-9_-]{1,255}$/;

/** The region of a literal SMN topic URN; undefined for a reference or a malformed URN. @internal */
export function topicUrnRegion(urn: string): string | undefined {
  return isUnresolved(urn) ? undefined : TOPIC_URN.exec(urn)?.[1];
}

function regionMismatch(field: string, topicRegion: string, region: string): TrailWatchValidationError {
  return new TrailWatchValidationError(
    field,
    `the topic is in ${topicRegion}, the function in ${region}`,
    `Use a topic of ${region}, or leave the topic out to create one there`,
  );
}

/**
 * Checks an SMN topic URN: the handlers publish through the SMN endpoint of their own region, so a topic of another
 * region would only fail when the first alert is due. Give `region` to check the topic is there.
 * @internal
 */
export function validateTopicUrn(field: string, urn: string | undefined, region?: string): void {
  if (urn === undefined || isUnresolved(urn)) return;
  const match = TOPIC_URN.exec(urn);
  if (!match) {
    throw new TrailWatchValidationError(
      field,
      `"${urn}" is not an SMN topic URN`,
      'Give it as urn:smn:<region>:<project id>:<topic name>',
    );
  }
  if (region !== undefined && !isUnresolved(region) && match[1] !== region)
    throw regionMismatch(field, match[1], region);
}

/** A consumer's check that the topic it was given (URN and known region) is in its region. @internal */
export function validateTopicIn(field: string, topic: { topicUrn: string; region?: string }, region: string): void {
  validateTopicUrn(field, topic.topicUrn, region);
  if (topic.region !== undefined && !isUnresolved(topic.region) && !isUnresolved(region) && topic.region !== region) {
    throw regionMismatch(field, topic.region, region);
  }
}
