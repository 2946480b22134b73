/** The backfill CLI against a temp directory (and a local S3 stand-in) of gzip trail files and dynalite. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { main } from '../../../../runtime/aws/trail-query/backfill-cli';
import { resetIngestCache } from '../../../../runtime/aws/trail-query/ingest';
import { ProgressBar } from '../../../../runtime/aws/trail-query/progress-bar';
import { TrailStore } from '../../../../runtime/aws/trail-query/trail-store';
import { FakeS3, documentedRecords, gzipLogFile, logKey, startFakeS3 } from './fake-s3';
import { LocalDynamo, startLocalDynamo } from './local-dynamodb';

let dynamo: LocalDynamo;
let s3: FakeS3;
let store: TrailStore;
let dir: string;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t), isTTY: false },
      env: {},
    },
  };
}

/** Day `d` of May 2024: ten events of user `u`, delivered in one file shortly after. */
function dayFile(d: number, u: string): { key: string; body: Buffer } {
  const template = documentedRecords()[6] as Record<string, unknown>;
  const records = Array.from({ length: 10 }, (_, n) => ({
    ...template,
    userIdentity: { type: 'IAMUser', userName: u, accountId: '123456789012' },
    eventName: 'ConsoleLogin',
    eventTime: `2024-05-${String(d).padStart(2, '0')}T10:0${n}:00Z`,
    eventID: `bf-${u}-${d}-${n}`,
  }));
  return {
    key: logKey(
      '',
      '123456789012',
      'eu-west-1',
      new Date(Date.UTC(2024, 4, d, 10, 15)),
      `U${u}D${d}xxxxxxxxxx`.slice(0, 16),
    ),
    body: gzipLogFile(records),
  };
}

async function count(path: string): Promise<number> {
  const { createTrailQueryApiHandler } = await import('../../../../runtime/aws/functions/trail-query-api');
  const api = createTrailQueryApiHandler({ store, options: { maxWindowDays: 3000, log: () => undefined } });
  const result = await api({
    rawPath: path,
    rawQueryString: 'from=2024-04-01&to=2024-06-30&count=true',
    requestContext: { http: { method: 'GET' } },
  });
  return (JSON.parse(result.body) as { count: number }).count;
}

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  s3 = await startFakeS3(3); // small list pages: pagination of ListObjectsV2 is exercised
});

beforeEach(async () => {
  resetIngestCache();
  store = await dynamo.createTrailTable();
  dir = mkdtempSync(join(tmpdir(), 'tw-backfill-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

afterAll(async () => {
  await s3.close();
  await dynamo.close();
});

test('--dir: loads the files of the window concurrently, skips digests and earlier files, resumes from the state file', async () => {
  const trail = join(dir, 'trail');
  for (let d = 1; d <= 6; d++) {
    const file = dayFile(d, 'alice');
    mkdirSync(dirname(join(trail, file.key)), { recursive: true });
    writeFileSync(join(trail, file.key), file.body);
  }
  writeFileSync(
    join(
      trail,
      'AWSLogs/123456789012/CloudTrail/eu-west-1/2024/05/01/broken_CloudTrail_eu-west-1_20240501T1015Z_zzzzzzzzzzzzzzzz.json.gz',
    ),
    'not gzip',
  );
  mkdirSync(join(trail, 'AWSLogs/123456789012/CloudTrail-Digest'), { recursive: true });
  writeFileSync(join(trail, 'AWSLogs/123456789012/CloudTrail-Digest/d.json.gz'), 'digest');
  const state = join(dir, 'state.jsonl');
  const args = [
    '--dir',
    trail,
    '--from',
    '2024-05-02',
    '--to',
    '2024-05-05',
    '--table',
    store.tableName,
    '--endpoint',
    dynamo.endpoint,
    '--concurrency',
    '3',
    '--state',
    state,
  ];

  const first = io();
  expect(await main(args, first.io)).toBe(0);
  const summary = JSON.parse(first.out.join('')) as Record<string, number>;
  // Files delivered 05-02..05-06 (a day of slack after `to`); those of 05-01, the broken one included, are
  // delivered before `from` and cannot hold events of the window.
  expect(summary).toMatchObject({ files: 5, ingested: 5, failed: 0 });
  expect(await count('/users/alice')).toBe(40); // records of 05-06 are outside the window
  expect(summary.outsideWindow).toBe(10);
  expect(first.err.join('')).toMatch(/\[#{24}\] 100% 5\/5 files 50 records/);

  // Second run: the files wholly inside the window are in the state file; the one of 05-06 held only records
  // outside the window, so it is not finished and is read again.
  const second = io();
  expect(await main(args, second.io)).toBe(0);
  expect(JSON.parse(second.out.join(''))).toMatchObject({ files: 5, alreadyDone: 4, ingested: 1 });
  expect(readFileSync(state, 'utf8').trim().split('\n')).toHaveLength(4);

  // The next window, with the same state file, still gets the events of 05-06.
  const next = io();
  const nextArgs = args.map((a) => (a === '2024-05-02' ? '2024-05-06' : a === '2024-05-05' ? '2024-05-07' : a));
  expect(await main(nextArgs, next.io)).toBe(0);
  expect(await count('/users/alice')).toBe(50);
});

test('--dir: a failing file is reported (exit 1) and only it is retried once fixed', async () => {
  const bad = join(dir, 'x_CloudTrail_eu-west-1_20240503T1015Z_badbadbadbadbad1.json.gz');
  const good = dayFile(3, 'bob');
  writeFileSync(join(dir, 'good_CloudTrail_eu-west-1_20240503T1015Z_goodgoodgoodgood.json.gz'), good.body);
  writeFileSync(bad, 'not gzip');
  const state = join(dir, 'state.jsonl');
  const args = [
    '--dir',
    dir,
    '--from',
    '2024-05-01',
    '--to',
    '2024-05-31',
    '--table',
    store.tableName,
    '--endpoint',
    dynamo.endpoint,
    '--state',
    state,
  ];
  const run = io();
  expect(await main(args, run.io)).toBe(1);
  expect(run.err.join('')).toMatch(
    /failed: x_CloudTrail_eu-west-1_20240503T1015Z_badbadbadbadbad1.json.gz: log file is not readable gzip/,
  );
  writeFileSync(bad, dayFile(3, 'carol').body);
  const rerun = io();
  expect(await main(args, rerun.io)).toBe(0);
  expect(JSON.parse(rerun.out.join(''))).toMatchObject({ alreadyDone: 1, ingested: 1, stored: 10 });
  expect(await count('/users/carol')).toBe(10);
});

test('--bucket: lists only the days of the window under each account and region', async () => {
  for (const d of [1, 2, 3, 20]) {
    const file = dayFile(d, 'dave');
    s3.put('trail-bucket', `org/${file.key}`, file.body);
  }
  s3.put(
    'trail-bucket',
    'org/AWSLogs/o-abcdefghij/210987654321/CloudTrail/us-east-1/2024/05/02/210987654321_CloudTrail_us-east-1_20240502T1015Z_orgorgorgorgorg1.json.gz',
    dayFile(2, 'erin').body,
  );
  const args = [
    '--bucket',
    'trail-bucket',
    '--prefix',
    'org/',
    '--from',
    '2024-05-01',
    '--to',
    '2024-05-02T23:59:59Z',
    '--table',
    store.tableName,
    '--endpoint',
    dynamo.endpoint,
    '--s3-endpoint',
    s3.endpoint,
    '--state',
    join(dir, 's.jsonl'),
  ];
  const run = io();
  const before = s3.requests.length;
  expect(await main(args, run.io)).toBe(0);
  expect(JSON.parse(run.out.join(''))).toMatchObject({ files: 4, ingested: 4, stored: 30, outsideWindow: 10 });
  expect(await count('/users/dave')).toBe(20);
  expect(await count('/users/erin')).toBe(10);
  const listed = s3.requests.slice(before).filter((r) => r.includes('list-type=2'));
  expect(listed.some((r) => r.includes(encodeURIComponent('2024/05/02/')))).toBe(true);
  expect(listed.some((r) => r.includes(encodeURIComponent('2024/05/20/')))).toBe(false);
});

test('usage errors exit 2 with the usage text; --help exits 0', async () => {
  for (const args of [
    [],
    ['--dir', dir],
    ['--dir', dir, '--bucket', 'b', '--from', '2024-01-01', '--table', 't'],
    ['--dir', dir, '--from', 'yesterday', '--table', 't'],
    ['--dir', dir, '--from', '2024-01-01'],
    ['--nope'],
  ]) {
    const run = io();
    expect(await main(args, run.io)).toBe(2);
    expect(run.err.join('')).toMatch(/Usage: trailwatch-backfill/);
  }
  const help = io();
  expect(await main(['--help'], help.io)).toBe(0);
  expect(help.out.join('')).toMatch(/--concurrency N/);
});

test('the progress bar redraws in place on a terminal', () => {
  const writes: string[] = [];
  let now = 0;
  const bar = new ProgressBar({ write: (t: string) => writes.push(t), isTTY: true, columns: 100 }, () => now);
  now = 2000;
  bar.update({ done: 1, total: 4, records: 400, failed: 0 }, true);
  bar.finish({ done: 4, total: 4, records: 1600, failed: 1 });
  expect(writes[0]).toBe('\r[######..................]  25% 1/4 files 400 records 200 rec/s ETA 6s');
  expect(writes[1]).toContain('100% 4/4 files 1,600 records 800 rec/s 1 failed');
  expect(writes[2]).toBe('\n');
});
