/**
 * Issue 13, item 6: the keyword alarm could be blinded by any line containing `"logger":"trailwatch"`. Only the
 * function's own JSON log lines, from its own log group (and stream), are skipped now.
 */
import { decodeCloudWatchLogsEvent } from '../../../runtime/aws/cloudwatch-logs-trigger';
import {
  KeywordAlarmStatus,
  ownLogSource,
  readKeywordAlarmConfig,
  runKeywordAlarm,
} from '../../../runtime/core/keyword-alarm';
import { isOwnLogLine, log } from '../../../runtime/core/log';
import { LogKeywordAlarmSettings } from '../../../runtime/core/setting-names';
import { handler } from '../../../runtime/huaweicloud/functions/log-keyword-alarm';
import { FunctionGraphContext } from '../../../runtime/huaweicloud/functiongraph';
import { LocalServer, startLocalServer } from '../../helpers/local-server';
import { cwlEvent, cwlPayload, ltsEvent, ltsLine } from '../../fixtures/log-keyword-alarm';

const T0 = Date.UTC(2024, 5, 10, 6, 13, 20, 123);
const OWN = { group: 'own-group-id', stream: 'own-stream-id' };
const APP = { group: 'app-group-id', stream: 'app-stream-id' };

/** What `log` really prints for an alert it published (it names the keyword it counted). */
function realOwnLine(): string {
  const spy = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  log('info', 'keyword alert published', { counts: { ERROR: 3 }, group: APP.group });
  const line = String(spy.mock.calls[0][0]);
  spy.mockRestore();
  return line;
}

const FORGED = [
  '{"logger":"trailwatch","level":"info","message":"ERROR card declined for order 42"}',
  'ERROR db down {"logger":"trailwatch"}',
  '2024-06-10 ERROR "logger":"trailwatch" payment service crashed',
];

let smn: LocalServer;
let obs: LocalServer;
let userData: Record<string, string>;
const context = (): FunctionGraphContext => ({
  getRequestID: () => 'req-1',
  getUserData: (key) => userData[key],
  getToken: () => 'agency-token',
  getSecurityAccessKey: () => 'AK',
  getSecuritySecretKey: () => 'SK',
  getSecurityToken: () => 'ST',
});

beforeAll(async () => {
  smn = await startLocalServer('{"message_id":"m-1"}');
  obs = await startLocalServer('');
});
afterAll(async () => {
  await smn.close();
  await obs.close();
});
beforeEach(() => {
  smn.requests.length = 0;
  obs.requests.length = 0;
  userData = {
    TRAILWATCH_REGION: 'cn-north-4',
    TRAILWATCH_PROJECT_ID: '0123456789abcdef0123456789abcdef',
    TRAILWATCH_SMN_TOPIC_URN: 'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:alerts',
    TRAILWATCH_SMN_ENDPOINT: smn.url,
    TRAILWATCH_OBS_ENDPOINT: obs.url,
    TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
    TRAILWATCH_ARCHIVE_BUCKET: 'archive',
    [LogKeywordAlarmSettings.OWN_LOG_GROUP]: OWN.group,
    [LogKeywordAlarmSettings.OWN_LOG_STREAM]: OWN.stream,
  };
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('Huawei Cloud handler', () => {
  test('lines that carry the marker in an application log still alert (the alarm cannot be blinded)', async () => {
    const result = await handler(
      ltsEvent(
        FORGED.map((m, i) => ltsLine(m, T0 + i, i)),
        APP,
      ),
      context(),
    );
    expect(result).toMatchObject({ status: KeywordAlarmStatus.ALERTED, matched: 3 });
    expect(smn.requests).toHaveLength(1);
  });

  test('a line the function really wrote, in another group, is matched like any line', async () => {
    const result = await handler(ltsEvent([ltsLine(realOwnLine(), T0)], APP), context());
    expect(result).toMatchObject({ status: KeywordAlarmStatus.ALERTED, matched: 1 });
  });

  test('in its own group and stream, its own JSON lines are skipped and other lines still match', async () => {
    const lines = [realOwnLine(), 'ERROR out of memory', ...FORGED.slice(1)];
    const result = await handler(
      ltsEvent(
        lines.map((m, i) => ltsLine(m, T0 + i, i)),
        OWN,
      ),
      context(),
    );
    expect(result).toMatchObject({ status: KeywordAlarmStatus.ALERTED, matched: 3 });
    const alert = JSON.parse(smn.requests[0].body) as { message: string };
    expect(alert.message).not.toContain('keyword alert published');
  });

  test('own group but another stream: nothing is skipped', async () => {
    const result = await handler(
      ltsEvent([ltsLine(realOwnLine(), T0)], { group: OWN.group, stream: 'other' }),
      context(),
    );
    expect(result).toMatchObject({ status: KeywordAlarmStatus.ALERTED, matched: 1 });
  });

  test('with no own group configured nothing is skipped', async () => {
    delete userData[LogKeywordAlarmSettings.OWN_LOG_GROUP];
    const result = await handler(ltsEvent([ltsLine(realOwnLine(), T0)], OWN), context());
    expect(result).toMatchObject({ status: KeywordAlarmStatus.ALERTED, matched: 1 });
  });
});

describe('AWS: the own group is the one Lambda names (AWS_LAMBDA_LOG_GROUP_NAME)', () => {
  const env: Record<string, string> = {
    AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/trailwatch-keyword-alarm',
    [LogKeywordAlarmSettings.ARCHIVE_BUCKET]: 'archive',
  };
  const lookup = (name: string) => env[name];
  const io = { archive: async () => 's3://archive/k', publish: async () => 'm-1' };
  const invocation = { source: 'AWS CloudWatch Logs', maxBodyBytes: 200_000, subjectMaxLength: 99 };
  const lambdaLine = (json: string) => `2024-06-10T06:13:20.123Z\t6f1e2c1a-0000-4000-8000-000000000001\tERROR\t${json}`;

  test("Lambda-formatted own lines are skipped only in the function's own group", async () => {
    const own = lambdaLine(realOwnLine());
    const config = readKeywordAlarmConfig(lookup);
    expect(config.ownLog).toEqual({ group: '/aws/lambda/trailwatch-keyword-alarm' });
    const inOwn = cwlPayload([own, 'ERROR real problem']);
    const ownResult = await runKeywordAlarm(
      decodeCloudWatchLogsEvent(cwlEvent({ ...inOwn, logGroup: env.AWS_LAMBDA_LOG_GROUP_NAME })),
      config,
      invocation,
      io,
      () => undefined,
    );
    expect(ownResult).toMatchObject({ status: KeywordAlarmStatus.ALERTED, matched: 1 });
    const elsewhere = await runKeywordAlarm(
      decodeCloudWatchLogsEvent(cwlEvent({ ...inOwn, logGroup: '/app/payments' })),
      config,
      invocation,
      io,
      () => undefined,
    );
    expect(elsewhere).toMatchObject({ status: KeywordAlarmStatus.ALERTED, matched: 2 });
  });

  test('the setting wins over the Lambda variable', () => {
    expect(ownLogSource((n) => ({ ...env, [LogKeywordAlarmSettings.OWN_LOG_GROUP]: 'g2' })[n])).toEqual({
      group: 'g2',
    });
    expect(ownLogSource(() => undefined)).toBeUndefined();
  });
});

describe('isOwnLogLine', () => {
  const from = { group: 'g', stream: 's' };
  test.each([
    [realOwnLine(), true],
    [`  ${realOwnLine()}  `, true],
    [lambdaLine(realOwnLine()), true],
    ['{"logger":"trailwatch","level":"info"}', false], // no message: not a line `log` writes
    ['{"logger":"trailwatch","level":"info","message":"x"} trailing', false],
    ['{"level":"info","logger":"trailwatch","message":"x"}', false],
    ['ERROR x {"logger":"trailwatch","level":"info","message":"x"}', false],
    ['{"logger":"trailwatch",', false],
  ])('%s → %s', (line, own) => {
    expect(isOwnLogLine(line, { group: 'g' }, from)).toBe(own);
  });
  function lambdaLine(json: string): string {
    return `2024-06-10T06:13:20.123Z\treq\tINFO\t${json}`;
  }
});
