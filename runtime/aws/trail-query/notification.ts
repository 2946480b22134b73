/**
 * SQS message bodies that announce a new trail file. The construct routes S3 → EventBridge → SQS, whose body is
 * the EventBridge event (`detail.bucket.name`, `detail.object.key`, key not URL-encoded). A queue fed directly by
 * an S3 event notification is accepted too (`Records[].s3`, key URL-encoded with `+` for spaces).
 */
import { ParseResult, fail, isRecord, ok, text } from '../../core/audit-event';

export interface ObjectRef {
  readonly bucket: string;
  readonly key: string;
}

export interface SqsRecord {
  readonly messageId: string;
  readonly body: string;
}

export interface SqsEvent {
  readonly Records?: readonly SqsRecord[];
}

export interface SqsBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/** The objects a message announces; an S3 test event announces none. */
export function objectsOfMessage(body: string): ParseResult<ObjectRef[]> {
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch (error) {
    return fail(`message body is not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(message)) return fail('message body is not a JSON object');
  if (text(message.Event) === 's3:TestEvent') return ok([]);
  if (isRecord(message.detail)) {
    const bucket = isRecord(message.detail.bucket) ? text(message.detail.bucket.name) : undefined;
    const key =
      isRecord(message.detail.object) && typeof message.detail.object.key === 'string'
        ? message.detail.object.key
        : undefined;
    if (!bucket || !key)
      return fail(
        'EventBridge event has no detail.bucket.name / detail.object.key (is it an S3 "Object Created" event?)',
      );
    return ok([{ bucket, key }]);
  }
  if (Array.isArray(message.Records)) {
    const refs: ObjectRef[] = [];
    for (const record of message.Records) {
      const s3 = isRecord(record) && isRecord(record.s3) ? record.s3 : undefined;
      const bucket = s3 && isRecord(s3.bucket) ? text(s3.bucket.name) : undefined;
      const rawKey = s3 && isRecord(s3.object) && typeof s3.object.key === 'string' ? s3.object.key : undefined;
      if (!bucket || rawKey === undefined) return fail('S3 notification record has no s3.bucket.name / s3.object.key');
      let key: string;
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      } catch {
        return fail(`S3 notification key "${rawKey}" is not valid URL encoding`);
      }
      refs.push({ bucket, key });
    }
    return ok(refs);
  }
  return fail('message is neither an EventBridge S3 event nor an S3 event notification');
}
