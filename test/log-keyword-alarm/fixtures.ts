import { gzipSync } from 'zlib';

/**
 * The LTS trigger event exactly as published in the FunctionGraph docs (Node.js runtime guide, "LTS Event
 * Source"; the same sample is the console's built-in LTS test event): base64 of JSON whose `logs` is JSON text.
 */
export const DOCUMENTED_LTS_EVENT = {
  lts: {
    data:
      'eyJsb2dzIjoiW3tcIm1lc3NhZ2VcIjpcIjIwMTgtMDgtMDgvMDg6MDg6MDggW1dSTl0gW3Rlc3QuZ286MDhdVGhpcyBpcyBhIHRlc3QgbWVzc2FnZS5cIixcInRpbWVcIjoxNTMwMDA5NjUzMDU5LFwiaG9zdF9uYW1lXCI6XCJlY3MtdGVzdFwiLFwiaXBcIjpcIjE5Mi4xNjguMS4xXCIsXCJwYXRoXCI6XCJ2YXIvbG9nL3Rlc3QubG9nXCIsXCJsb2dfdWlkXCI6XCI2NjNkNjkzMC03OTJkLTExZTgtOGIwOC0yODZlZDQ4OGNlNzBcIixcImxpbmVfbm9cIjoxfV0iLCJvd25lciI6IjYyODBlMTcwYmQ5MzRmNjBhNGQ4NTFjZjVjYTA1MTI5IiwibG9nX2dyb3VwX2lkIjoiOTdhOWQyODQtNDQ0OC0xMWU4LThmYTQtMjg2ZWQ0ODhjZTcwIiwibG9nX3RvcGljX2lkIjoiMWE5Njc1YTctNzg0ZC0xMWU4LTlmNzAtMjg2ZWQ0ODhjZTcwIn0=',
  },
};
export const DOCUMENTED_LTS_GROUP = '97a9d284-4448-11e8-8fa4-286ed488ce70';
export const DOCUMENTED_LTS_STREAM = '1a9675a7-784d-11e8-9f70-286ed488ce70';

export interface LtsLine {
  readonly message?: unknown;
  readonly time?: unknown;
  readonly [field: string]: unknown;
}

/** An LTS trigger event built the documented way: `logs` JSON-encoded, then the envelope base64-encoded. */
export function ltsEvent(lines: readonly (LtsLine | unknown)[], ids = { group: DOCUMENTED_LTS_GROUP, stream: DOCUMENTED_LTS_STREAM }): { lts: { data: string } } {
  const payload = {
    logs: JSON.stringify(lines),
    owner: '6280e170bd934f60a4d851cf5ca05129',
    log_group_id: ids.group,
    log_topic_id: ids.stream,
  };
  return { lts: { data: Buffer.from(JSON.stringify(payload), 'utf8').toString('base64') } };
}

/** An LTS line in the documented shape. */
export function ltsLine(message: string, time: number, lineNo = 1): LtsLine {
  return {
    message,
    time,
    host_name: 'ecs-test',
    ip: '192.168.1.1',
    path: 'var/log/test.log',
    log_uid: `uid-${lineNo}`,
    line_no: lineNo,
  };
}

/** The decoded CloudWatch Logs subscription payload from the CloudWatch Logs User Guide (SubscriptionFilters.md). */
export const DOCUMENTED_CWL_PAYLOAD = {
  owner: '123456789012',
  logGroup: 'CloudTrail',
  logStream: '123456789012_CloudTrail_us-east-1',
  subscriptionFilters: ['Destination'],
  messageType: 'DATA_MESSAGE',
  logEvents: [
    { id: '31953106606966983378809025079804211143289615424298221568', timestamp: 1432826855000, message: '{"eventVersion":"1.03","userIdentity":{"type":"Root"}' },
    { id: '31953106606966983378809025079804211143289615424298221569', timestamp: 1432826855000, message: '{"eventVersion":"1.03","userIdentity":{"type":"Root"}' },
    { id: '31953106606966983378809025079804211143289615424298221570', timestamp: 1432826855000, message: '{"eventVersion":"1.03","userIdentity":{"type":"Root"}' },
  ],
};

/**
 * A CONTROL_MESSAGE in the shape seen in the wild (Clever/amazon-kinesis-client-go splitter tests), with "ERROR"
 * appended to its text to show that control messages are never matched.
 */
export const CWL_CONTROL_PAYLOAD = {
  owner: 'CloudwatchLogs',
  logGroup: '',
  logStream: '',
  subscriptionFilters: [],
  messageType: 'CONTROL_MESSAGE',
  logEvents: [{ id: '', timestamp: 1498519943285, message: 'CWL CONTROL MESSAGE: Checking health of destination ERROR' }],
};

/** The real encoding: `{"awslogs":{"data": base64(gzip(JSON))}}`. */
export function cwlEvent(payload: unknown): { awslogs: { data: string } } {
  return { awslogs: { data: gzipSync(Buffer.from(JSON.stringify(payload), 'utf8')).toString('base64') } };
}

export function cwlPayload(messages: readonly (string | unknown)[], startMs = 1718000000000): typeof DOCUMENTED_CWL_PAYLOAD {
  return {
    ...DOCUMENTED_CWL_PAYLOAD,
    logGroup: '/app/payments',
    logStream: 'i-0abc/app.log',
    logEvents: messages.map((message, i) =>
      typeof message === 'string'
        ? { id: String(31953106606966983378809025079804211143289615424298221568n + BigInt(i)), timestamp: startMs + i * 1000, message }
        : (message as { id: string; timestamp: number; message: string }),
    ),
  };
}
