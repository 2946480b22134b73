import { gunzipSync } from 'zlib';
import { ParseResult, fail, isRecord, ok, text } from '../core/audit-event';
import { LogBatch, LogRecord } from '../core/log-batch';

/**
 * Decodes a CloudWatch Logs subscription event: `{"awslogs":{"data":"<base64 gzip JSON>"}}` with
 * `{owner, logGroup, logStream, subscriptionFilters, messageType, logEvents:[{id, timestamp, message}]}`.
 * CONTROL_MESSAGE batches come back with `control: true` and no records.
 */
export function decodeCloudWatchLogsEvent(event: unknown): ParseResult<LogBatch> {
  if (!isRecord(event) || !isRecord(event.awslogs) || typeof event.awslogs.data !== 'string') {
    return fail('event has no awslogs.data (is this a CloudWatch Logs subscription?)');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8'));
  } catch (error) {
    return fail(`awslogs.data is not base64 gzip of JSON: ${(error as Error).message}`);
  }
  if (!isRecord(payload)) return fail('awslogs.data does not decode to a JSON object');
  const control = payload.messageType === 'CONTROL_MESSAGE';
  const records: LogRecord[] = [];
  const malformed: { index: number; error: string }[] = [];
  const events = Array.isArray(payload.logEvents) ? payload.logEvents : [];
  if (!control) {
    events.forEach((logEvent: unknown, index) => {
      if (!isRecord(logEvent) || typeof logEvent.message !== 'string') {
        malformed.push({ index, error: 'log event has no message' });
        return;
      }
      const timestamp = Number(logEvent.timestamp);
      records.push({
        message: logEvent.message,
        timestamp: Number.isFinite(timestamp) ? timestamp : Date.now(),
        id: text(logEvent.id),
      });
    });
  }
  return ok({
    group: text(payload.logGroup) ?? 'unknown',
    stream: text(payload.logStream) ?? 'unknown',
    owner: text(payload.owner),
    records,
    malformed,
    control,
  });
}
