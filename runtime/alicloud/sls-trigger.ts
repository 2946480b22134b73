/**
 * The event of a Function Compute SLS (log) trigger: which shard and cursor range of the source logstore to read
 * (https://www.alibabacloud.com/help/doc-detail/60781.htm):
 *
 *   {"parameter":{}, "source":{"endpoint":"http://cn-shanghai-intranet.log.aliyuncs.com","projectName":"p",
 *    "logstoreName":"ls","shardId":0,"beginCursor":"…","endCursor":"…"}, "jobName":"…","taskId":"…","cursorTime":1529486425}
 *
 * FC hands the event to Node.js as a Buffer. `source.endpoint` is ignored: hosts come from the configured region.
 */
import { ParseResult, fail, isRecord, ok, text } from '../core/audit-event';

export interface SlsTriggerEvent {
  readonly project: string;
  readonly logstore: string;
  readonly shardId: number;
  readonly beginCursor: string;
  readonly endCursor: string;
  readonly jobName?: string;
  readonly taskId?: string;
  readonly cursorTime?: number;
  readonly parameter: Readonly<Record<string, unknown>>;
}

export function decodeSlsTriggerEvent(event: unknown): ParseResult<SlsTriggerEvent> {
  let value: unknown = event;
  try {
    if (Buffer.isBuffer(value) || value instanceof Uint8Array) value = Buffer.from(value).toString('utf8');
    if (typeof value === 'string') value = JSON.parse(value);
  } catch (error) {
    return fail(`the trigger event is not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value) || !isRecord(value.source))
    return fail('the trigger event has no "source" object (not an SLS trigger event)');
  const s = value.source;
  const project = text(s.projectName);
  const logstore = text(s.logstoreName);
  const beginCursor = text(s.beginCursor);
  const endCursor = text(s.endCursor);
  const shardId = typeof s.shardId === 'number' ? s.shardId : Number(text(s.shardId));
  if (!project || !logstore) return fail('the trigger event names no projectName/logstoreName');
  if (!beginCursor || !endCursor) return fail('the trigger event has no beginCursor/endCursor');
  if (!Number.isInteger(shardId) || shardId < 0) return fail('the trigger event has no valid shardId');
  const cursorTime = typeof value.cursorTime === 'number' ? value.cursorTime : undefined;
  return ok({
    project,
    logstore,
    shardId,
    beginCursor,
    endCursor,
    jobName: text(value.jobName),
    taskId: text(value.taskId),
    cursorTime,
    parameter: isRecord(value.parameter) ? value.parameter : {},
  });
}
