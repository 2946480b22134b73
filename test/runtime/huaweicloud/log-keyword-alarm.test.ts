import { handler } from '../../../runtime/huaweicloud/functions/log-keyword-alarm';
import { FunctionGraphContext } from '../../../runtime/huaweicloud/functiongraph';
import { decodeLtsTriggerEvent } from '../../../runtime/huaweicloud/lts-trigger';
import { KeywordAlarmStatus } from '../../../runtime/core/keyword-alarm';
import { LocalServer, startLocalServer } from '../../helpers/local-server';
import {
  DOCUMENTED_LTS_EVENT,
  DOCUMENTED_LTS_GROUP,
  DOCUMENTED_LTS_STREAM,
  ltsEvent,
  ltsLine,
} from '../../fixtures/log-keyword-alarm';

const TOPIC_URN = 'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:trailwatch-alerts';
const PROJECT_ID = '0123456789abcdef0123456789abcdef';
const T0 = Date.UTC(2024, 5, 10, 6, 13, 20, 123);

let smn: LocalServer;
let obs: LocalServer;
let userData: Record<string, string>;

function context(requestId = 'req-7f3a'): FunctionGraphContext {
  return {
    getRequestID: () => requestId,
    getUserData: (key) => userData[key],
    getToken: () => 'agency-token-123',
    getSecurityAccessKey: () => 'TEMPAKEXAMPLE',
    getSecuritySecretKey: () => 'temp-secret-key',
    getSecurityToken: () => 'temp-security-token',
  };
}

function smnBody(index = 0): { subject: string; message: string } {
  return JSON.parse(smn.requests[index].body) as { subject: string; message: string };
}

beforeAll(async () => {
  smn = await startLocalServer('{"request_id":"r-1","message_id":"m-42"}');
  obs = await startLocalServer('');
});
afterAll(async () => {
  await smn.close();
  await obs.close();
});
beforeEach(() => {
  smn.requests.length = 0;
  smn.statuses = [];
  obs.requests.length = 0;
  obs.statuses = [];
  userData = {
    TRAILWATCH_REGION: 'cn-north-4',
    TRAILWATCH_PROJECT_ID: PROJECT_ID,
    TRAILWATCH_SMN_TOPIC_URN: TOPIC_URN,
    TRAILWATCH_SMN_ENDPOINT: smn.url,
    TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
    TRAILWATCH_OBS_ENDPOINT: obs.url,
    TRAILWATCH_ARCHIVE_BUCKET: 'audit-archive',
    TRAILWATCH_ARCHIVE_PREFIX: 'log-keyword-alarm',
  };
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('LTS trigger decoding', () => {
  test('the documented event: base64 JSON whose logs field is itself JSON text', () => {
    const decoded = decodeLtsTriggerEvent(DOCUMENTED_LTS_EVENT);
    expect(decoded).toEqual({
      ok: true,
      value: {
        group: DOCUMENTED_LTS_GROUP,
        stream: DOCUMENTED_LTS_STREAM,
        owner: '6280e170bd934f60a4d851cf5ca05129',
        records: [
          {
            message: '2018-08-08/08:08:08 [WRN] [test.go:08]This is a test message.',
            timestamp: 1530009653059,
            id: '1',
          },
        ],
        malformed: [],
        control: false,
      },
    });
  });
});

describe('Huawei log keyword alarm handler', () => {
  test('the documented event ([WRN]) raises an alert with the Huawei-family default keywords (WRN included)', async () => {
    const result = await handler(DOCUMENTED_LTS_EVENT, context());
    expect(result).toMatchObject({ status: KeywordAlarmStatus.ALERTED, scanned: 1, matched: 1 });
    expect(smn.requests).toHaveLength(1);
    expect(obs.requests).toHaveLength(1);
  });

  test('the documented event matches nothing when the keywords leave WRN out', async () => {
    userData.TRAILWATCH_KEYWORDS = 'WARN,WARNING,ERROR,ERR,FATAL';
    const result = await handler(DOCUMENTED_LTS_EVENT, context());
    expect(result).toEqual({ status: KeywordAlarmStatus.NO_MATCH, scanned: 1, matched: 0, malformed: 0 });
    expect(smn.requests).toHaveLength(0);
    expect(obs.requests).toHaveLength(0);
  });

  test('the documented event with keyword WRN: one OBS object and one SMN message', async () => {
    userData.TRAILWATCH_KEYWORDS = 'WRN';
    const result = await handler(DOCUMENTED_LTS_EVENT, context());
    const key = `log-keyword-alarm/2018/06/26/${DOCUMENTED_LTS_GROUP}/${DOCUMENTED_LTS_STREAM}/2018-06-26T104053.059Z-req-7f3a.jsonl`;
    expect(result).toMatchObject({
      status: KeywordAlarmStatus.ALERTED,
      matched: 1,
      messageId: 'm-42',
      archiveLocation: `obs://audit-archive/${key}`,
    });

    expect(obs.requests).toHaveLength(1);
    const put = obs.requests[0];
    expect(put.method).toBe('PUT');
    expect(put.url).toBe(`/audit-archive/${key}`);
    expect(put.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=TEMPAKEXAMPLE\/\d{8}\/cn-north-4\/s3\/aws4_request, SignedHeaders=[^,]*x-amz-security-token/,
    );
    expect(put.headers['x-amz-security-token']).toBe('temp-security-token');
    expect(put.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(put.headers['content-md5']).toBeDefined();
    expect(put.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(Object.keys(put.headers).filter((h) => h.startsWith('x-amz-checksum'))).toEqual([]);
    expect(JSON.parse(put.body)).toMatchObject({
      keyword: 'WRN',
      message: '2018-08-08/08:08:08 [WRN] [test.go:08]This is a test message.',
      id: '1',
    });

    expect(smn.requests).toHaveLength(1);
    const publish = smn.requests[0];
    expect(publish.method).toBe('POST');
    expect(publish.url).toBe(`/v2/${PROJECT_ID}/notifications/topics/${TOPIC_URN}/publish`);
    expect(publish.headers['x-auth-token']).toBe('agency-token-123');
    const { subject, message } = smnBody();
    expect(subject).toBe(`[TrailWatch] Huawei Cloud LTS: 1 log line matched WRN in ${DOCUMENTED_LTS_GROUP}`);
    expect(message).toContain(`Archive:     obs://audit-archive/${key}`);
  });

  test('many matching lines in one invocation: exactly one publish and one archive object', async () => {
    const lines = Array.from({ length: 60 }, (_, i) =>
      ltsLine(i % 3 === 0 ? `[ERROR] request ${i} failed` : `INFO TERRAIN tile ${i}`, T0 + i, i + 1),
    );
    const result = await handler(ltsEvent(lines), context());
    expect(result).toMatchObject({ status: 'alerted', scanned: 60, matched: 20, shownLines: 20, omittedLines: 0 });
    expect(smn.requests).toHaveLength(1);
    expect(obs.requests).toHaveLength(1);
    expect(obs.requests[0].body.trimEnd().split('\n')).toHaveLength(20);
    expect(smnBody().message).toContain('Matched:     20 of 60 lines (ERROR 20)');
  });

  test('an oversize batch: the alert shows the first lines and counts the rest', async () => {
    userData.TRAILWATCH_ALERT_MAX_LINES = '5';
    const lines = Array.from({ length: 300 }, (_, i) => ltsLine(`FATAL worker ${i} ${'y'.repeat(200)}`, T0 + i, i + 1));
    const result = await handler(ltsEvent(lines), context());
    expect(result).toMatchObject({ matched: 300, shownLines: 5, omittedLines: 295 });
    expect(smnBody().message).toContain('295 more matching lines not shown; all of them are in the archive.');
    expect(obs.requests[0].body.trimEnd().split('\n')).toHaveLength(300);
  });

  test('a batch with corrupt records: they are counted and logged, the good ones alerted and archived', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const event = ltsEvent([ltsLine('ERROR one', T0, 1), 42, { time: T0 }, null, ltsLine('WARN two', T0 + 5, 5)]);
    const result = await handler(event, context());
    expect(result).toMatchObject({ status: 'alerted', scanned: 2, matched: 2, malformed: 3 });
    expect(smnBody().message).toContain('Unreadable:  3 record(s)');
    expect(obs.requests[0].body.trimEnd().split('\n')).toHaveLength(2);
    const logged = JSON.parse(String(warn.mock.calls[0][0])) as { malformed: number; details: unknown[] };
    expect(logged.malformed).toBe(3);
    expect(logged.details).toHaveLength(3);
  });

  test('an envelope that is not base64 JSON is logged and skipped, nothing is sent', async () => {
    const result = await handler({ lts: { data: 'not base64 json' } }, context());
    expect(result.status).toBe(KeywordAlarmStatus.ERROR);
    expect(result.error).toMatch(/not base64 of JSON/);
    const badLogs = await handler({ lts: { data: Buffer.from('{"logs":"[oops"}').toString('base64') } }, context());
    expect(badLogs.error).toMatch(/logs is not a JSON array/);
    expect(smn.requests).toHaveLength(0);
    expect(obs.requests).toHaveLength(0);
  });

  test('an archive failure still sends the alert, which says the archive was not written', async () => {
    obs.statuses = [403];
    const result = await handler(ltsEvent([ltsLine('ERROR x', T0)]), context());
    expect(result.status).toBe('alerted');
    expect(result.archiveLocation).toBeUndefined();
    expect(result.archiveError).toBeDefined();
    expect(smn.requests).toHaveLength(1);
    expect(smnBody().message).toContain('Archive:     NOT WRITTEN');
  });

  test('a publish failure fails the invocation (so FunctionGraph retries) after the archive was written', async () => {
    smn.statuses = [403];
    await expect(handler(ltsEvent([ltsLine('ERROR x', T0)]), context())).rejects.toThrow(
      /SMN publish failed with HTTP 403/,
    );
    expect(obs.requests).toHaveLength(1);
  });

  test('case-insensitive keywords from the settings', async () => {
    userData.TRAILWATCH_KEYWORDS = 'error,timeout';
    userData.TRAILWATCH_KEYWORDS_CASE_SENSITIVE = 'false';
    const result = await handler(
      ltsEvent([ltsLine('Request Timeout after 3s', T0), ltsLine('ERRORS_TOTAL=0', T0)]),
      context(),
    );
    expect(result).toMatchObject({ status: 'alerted', matched: 1 });
  });

  test('bad keyword settings fail loudly, naming the setting', async () => {
    userData.TRAILWATCH_KEYWORDS = 'ERROR,bad word';
    await expect(handler(DOCUMENTED_LTS_EVENT, context())).rejects.toThrow(/TRAILWATCH_KEYWORDS/);
  });

  test('without an agency there are no temporary keys: the archive fails, the alert is still attempted', async () => {
    const ctx = { ...context(), getSecurityAccessKey: () => '', getSecuritySecretKey: () => '' };
    const result = await handler(ltsEvent([ltsLine('ERROR x', T0)]), ctx);
    expect(result.archiveError).toMatch(/set an agency/);
    expect(smn.requests).toHaveLength(1);
  });
});
