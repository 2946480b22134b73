import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { handler } from '../../../runtime/aws/functions/log-keyword-alarm';
import { decodeCloudWatchLogsEvent } from '../../../runtime/aws/cloudwatch-logs-trigger';
import { KeywordAlarmStatus } from '../../../runtime/core/keyword-alarm';
import { CWL_CONTROL_PAYLOAD, DOCUMENTED_CWL_PAYLOAD, cwlEvent, cwlPayload } from '../../fixtures/log-keyword-alarm';

const TOPIC_ARN = 'arn:aws:sns:eu-west-1:123456789012:trailwatch-alerts';
const s3 = mockClient(S3Client);
const sns = mockClient(SNSClient);
const savedEnv = { ...process.env };

beforeEach(() => {
  s3.reset();
  sns.reset();
  s3.on(PutObjectCommand).resolves({ ETag: '"e"' });
  sns.on(PublishCommand).resolves({ MessageId: 'msg-1' });
  process.env = {
    ...savedEnv,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    TRAILWATCH_SNS_TOPIC_ARN: TOPIC_ARN,
    TRAILWATCH_ARCHIVE_BUCKET: 'audit-archive',
    TRAILWATCH_ARCHIVE_PREFIX: 'security/log-keyword-alarm',
  };
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  process.env = savedEnv;
  jest.restoreAllMocks();
});

const context = { awsRequestId: '6f1c2a3b-0000-4000-8000-000000000001' };

function publishInput(): { TopicArn?: string; Subject?: string; Message?: string } {
  return sns.commandCalls(PublishCommand)[0].args[0].input;
}
function putInput(): {
  Bucket?: string;
  Key?: string;
  Body?: unknown;
  ContentType?: string;
  ServerSideEncryption?: string;
  SSEKMSKeyId?: string;
} {
  return s3.commandCalls(PutObjectCommand)[0].args[0].input;
}

describe('CloudWatch Logs subscription decoding', () => {
  test('the documented payload, gzip + base64 as delivered', () => {
    const decoded = decodeCloudWatchLogsEvent(cwlEvent(DOCUMENTED_CWL_PAYLOAD));
    expect(decoded).toMatchObject({
      ok: true,
      value: {
        group: 'CloudTrail',
        stream: '123456789012_CloudTrail_us-east-1',
        owner: '123456789012',
        control: false,
        malformed: [],
      },
    });
    expect(decoded.ok && decoded.value.records[0]).toEqual({
      message: '{"eventVersion":"1.03","userIdentity":{"type":"Root"}',
      timestamp: 1432826855000,
      id: '31953106606966983378809025079804211143289615424298221568',
    });
  });
});

describe('AWS log keyword alarm handler', () => {
  test('the documented payload has no keyword: nothing is published or archived', async () => {
    const result = await handler(cwlEvent(DOCUMENTED_CWL_PAYLOAD), context);
    expect(result).toEqual({ status: KeywordAlarmStatus.NO_MATCH, scanned: 3, matched: 0, malformed: 0 });
    expect(sns.calls()).toHaveLength(0);
    expect(s3.calls()).toHaveLength(0);
  });

  test('the documented payload with keyword Root: one S3 object and one SNS message for three lines', async () => {
    process.env.TRAILWATCH_KEYWORDS = 'Root';
    const result = await handler(cwlEvent(DOCUMENTED_CWL_PAYLOAD), context);
    const key = `security/log-keyword-alarm/2015/05/28/CloudTrail/123456789012_CloudTrail_us-east-1/2015-05-28T152735.000Z-${context.awsRequestId}.jsonl`;
    expect(result).toMatchObject({
      status: 'alerted',
      matched: 3,
      messageId: 'msg-1',
      archiveLocation: `s3://audit-archive/${key}`,
    });
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(1);
    expect(putInput()).toMatchObject({
      Bucket: 'audit-archive',
      Key: key,
      ContentType: 'application/x-ndjson; charset=utf-8',
    });
    expect(putInput().ServerSideEncryption).toBeUndefined();
    expect(
      Buffer.from(putInput().Body as Uint8Array)
        .toString('utf8')
        .trimEnd()
        .split('\n'),
    ).toHaveLength(3);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect(publishInput().TopicArn).toBe(TOPIC_ARN);
    expect(publishInput().Subject).toBe('[TrailWatch] AWS CloudWatch Logs: 3 log lines matched Root in CloudTrail');
    expect(publishInput().Message).toContain('Log stream:  123456789012_CloudTrail_us-east-1');
  });

  test('a CONTROL_MESSAGE is skipped even if its text contains a keyword', async () => {
    const result = await handler(cwlEvent(CWL_CONTROL_PAYLOAD), context);
    expect(result.status).toBe(KeywordAlarmStatus.CONTROL);
    expect(sns.calls()).toHaveLength(0);
    expect(s3.calls()).toHaveLength(0);
  });

  test('one publish per invocation however many lines match; whole words only', async () => {
    const messages = Array.from({ length: 100 }, (_, i) =>
      i % 2 === 0 ? `ERROR payment ${i} declined` : `INFO ERRORS_TOTAL=0 TERRAIN ok ${i}`,
    );
    const result = await handler(cwlEvent(cwlPayload(messages)), context);
    expect(result).toMatchObject({ status: 'alerted', scanned: 100, matched: 50, shownLines: 20, omittedLines: 30 });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(1);
    expect(putInput().Key).toMatch(
      /^security\/log-keyword-alarm\/2024\/06\/10\/app_payments\/i-0abc_app.log\/2024-06-10T061320.000Z-6f1c2a3b/,
    );
    expect(publishInput().Message).toContain('30 more matching lines not shown; all of them are in the archive.');
  });

  test('an oversize batch stays under the SNS limit with the omitted count', async () => {
    process.env.TRAILWATCH_ALERT_MAX_LINES = '500';
    const messages = Array.from({ length: 2000 }, (_, i) => `FATAL ${i} ${'z'.repeat(990)}`);
    const result = await handler(cwlEvent(cwlPayload(messages)), context);
    expect(Buffer.byteLength(publishInput().Message ?? '')).toBeLessThan(256 * 1024);
    expect(result.shownLines).toBeGreaterThan(200);
    expect(result.shownLines).toBeLessThan(500);
    expect((result.shownLines ?? 0) + (result.omittedLines ?? 0)).toBe(2000);
    expect(publishInput().Message).toContain(`${result.omittedLines} more matching lines not shown`);
  });

  test('a batch with corrupt records: counted and logged, the good ones alerted and archived', async () => {
    const payload = cwlPayload(['ERROR good one', 'WARN good two']);
    const corrupt = {
      ...payload,
      logEvents: [payload.logEvents[0], { id: 'x', timestamp: 1 }, 'garbage', null, payload.logEvents[1]],
    };
    const result = await handler(cwlEvent(corrupt), context);
    expect(result).toMatchObject({ status: 'alerted', scanned: 2, matched: 2, malformed: 3 });
    expect(publishInput().Message).toContain('Unreadable:  3 record(s)');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"malformed":3'));
  });

  test('data that is not base64 gzip JSON is logged and skipped', async () => {
    const result = await handler({ awslogs: { data: Buffer.from('plain text').toString('base64') } }, context);
    expect(result).toMatchObject({ status: 'error', error: expect.stringMatching(/not base64 gzip of JSON/) });
    expect(sns.calls()).toHaveLength(0);
  });

  test('SSE-KMS with the configured key', async () => {
    process.env.TRAILWATCH_ARCHIVE_KMS_KEY_ID =
      'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    await handler(cwlEvent(cwlPayload(['ERROR x'])), context);
    expect(putInput()).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: process.env.TRAILWATCH_ARCHIVE_KMS_KEY_ID,
    });
  });

  test('an S3 failure still publishes the alert, which says the archive was not written', async () => {
    s3.on(PutObjectCommand).rejects(Object.assign(new Error('Access Denied'), { name: 'AccessDenied' }));
    const result = await handler(cwlEvent(cwlPayload(['ERROR x'])), context);
    expect(result).toMatchObject({ status: 'alerted', archiveError: 'Access Denied' });
    expect(publishInput().Message).toContain('Archive:     NOT WRITTEN (Access Denied)');
  });

  test('an SNS failure fails the invocation so Lambda retries it', async () => {
    sns.on(PublishCommand).rejects(new Error('throttled'));
    await expect(handler(cwlEvent(cwlPayload(['ERROR x'])), context)).rejects.toThrow('throttled');
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(1);
  });
});
