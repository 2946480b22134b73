import { ParseResult, fail, isRecord, ok, text } from '../core/audit-event';
import { LogBatch, LogRecord } from '../core/log-batch';

/**
 * Decodes an LTS trigger event: `{"lts":{"data":"<base64 JSON>"}}`, whose JSON is
 * `{"logs":"<JSON string of an array>","owner","log_group_id","log_topic_id"}` (`logs` is itself JSON text).
 * A bad envelope fails the whole event; a bad line only that line.
 */
export function decodeLtsTriggerEvent(event: unknown): ParseResult<LogBatch> {
  if (!isRecord(event) || !isRecord(event.lts) || typeof event.lts.data !== 'string') {
    return fail('event has no lts.data (is this an LTS trigger?)');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(event.lts.data, 'base64').toString('utf8'));
  } catch (error) {
    return fail(`lts.data is not base64 of JSON: ${(error as Error).message}`);
  }
  if (!isRecord(payload)) return fail('lts.data does not decode to a JSON object');
  let logs: unknown = payload.logs;
  if (typeof logs === 'string') {
    try {
      logs = JSON.parse(logs);
    } catch (error) {
      return fail(`lts.data.logs is not a JSON array: ${(error as Error).message}`);
    }
  }
  if (!Array.isArray(logs)) return fail('lts.data.logs is not an array');
  const records: LogRecord[] = [];
  const malformed: { index: number; error: string }[] = [];
  logs.forEach((line: unknown, index) => {
    if (!isRecord(line) || typeof line.message !== 'string') {
      malformed.push({ index, error: 'log line has no message' });
      return;
    }
    const time = Number(line.time);
    records.push({
      message: line.message,
      timestamp: Number.isFinite(time) && time > 0 ? time : Date.now(),
      id: text(line.line_no) ?? text(line.log_uid),
    });
  });
  return ok({
    group: text(payload.log_group_id) ?? 'unknown',
    // All documented samples say log_topic_id (the old name of a log stream); accept the new name too.
    stream: text(payload.log_stream_id) ?? text(payload.log_topic_id) ?? 'unknown',
    owner: text(payload.owner),
    records,
    malformed,
    control: false,
  });
}
