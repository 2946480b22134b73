/**
 * Trail query API against a real local DynamoDB (dynalite, in memory): ingestion throughput of generated
 * CloudTrail files through the production code path (stream-gunzip → normalize → BatchWriteItem), then every
 * route with and without filters, paged to the end, counting the DynamoDB calls each one made. The design goal
 * the figures show: Query calls only, zero Scans. Prints figures, never asserts.
 * Size: TRAILWATCH_BENCH_RECORDS (default 20000).
 */
import { Readable } from 'stream';
import { gunzipSync, gzipSync } from 'zlib';
import { createTrailQueryApiHandler } from '../runtime/aws/functions/trail-query-api';
import { emptyIngestStats, addIngestStats, ingestRecords, resetIngestCache } from '../runtime/aws/trail-query/ingest';
import { readLogFileRecords } from '../runtime/aws/trail-query/log-file';
import { DEFAULT_SKIP_EVENT_NAME_PREFIXES } from '../runtime/aws/trail-query/trail-item';
import { startLocalDynamo } from '../test/runtime/aws/trail-query/local-dynamodb';
import { seededRandom } from './lib/seeded-random';

const DAYS = 14;
const USERS = 50;
const SERVICES = ['ec2', 's3', 'iam', 'sts', 'lambda', 'rds', 'kms', 'dynamodb', 'sns', 'sqs', 'cloudtrail', 'signin'];
const ACTIONS = ['Create', 'Delete', 'Put', 'Update', 'Run', 'Attach', 'Describe', 'List', 'Get'];
const RECORDS_PER_FILE = 1000;
const END = Date.parse('2024-06-15T00:00:00Z');

const random = seededRandom;

function generateFiles(total: number): Buffer[] {
  const next = random(20240615);
  const files: Buffer[] = [];
  let records: unknown[] = [];
  for (let n = 0; n < total; n++) {
    const service = SERVICES[Math.floor(next() * SERVICES.length)];
    const action = ACTIONS[Math.floor(next() * ACTIONS.length)];
    const user = `user${String(Math.floor(next() * USERS)).padStart(2, '0')}`;
    const time = new Date(END - Math.floor(next() * DAYS * 86_400_000));
    records.push({
      eventVersion: '1.08',
      userIdentity: {
        type: 'IAMUser',
        principalId: `AIDA${user}`,
        arn: `arn:aws:iam::123456789012:user/${user}`,
        accountId: '123456789012',
        userName: user,
      },
      eventTime: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      eventSource: `${service}.amazonaws.com`,
      eventName: `${action}${service === 'ec2' ? 'Instances' : 'Resource'}`,
      awsRegion: next() < 0.5 ? 'eu-west-1' : 'us-east-1',
      sourceIPAddress: `198.51.100.${Math.floor(next() * 250)}`,
      userAgent: 'aws-cli/2.15.0 Python/3.11',
      requestParameters: { resourceName: `${service}-${Math.floor(next() * 100)}`, dryRun: next() < 0.1 },
      responseElements: null,
      eventID: `bench-${String(n).padStart(8, '0')}-4000-8000-000000000000`,
      readOnly: action === 'Describe' || action === 'List' || action === 'Get',
      eventType: 'AwsApiCall',
      recipientAccountId: '123456789012',
    });
    if (records.length === RECORDS_PER_FILE) {
      files.push(gzipSync(JSON.stringify({ Records: records })));
      records = [];
    }
  }
  if (records.length > 0) files.push(gzipSync(JSON.stringify({ Records: records })));
  return files;
}

export async function run(): Promise<void> {
  const total = Number(process.env.TRAILWATCH_BENCH_RECORDS ?? 20_000);
  const silence = console.log;
  const local = await startLocalDynamo();
  try {
    const store = await local.createTrailTable('bench-trail');
    const calls = new Map<string, number>();
    // Every DynamoDB command the handlers send, by name (QueryCommand, ScanCommand, BatchWriteItemCommand...).
    store.client.middlewareStack.add(
      (next, context) => async (args) => {
        calls.set(context.commandName ?? '?', (calls.get(context.commandName ?? '?') ?? 0) + 1);
        return next(args);
      },
      { step: 'initialize', name: 'trailwatchBenchCounter' },
    );

    const files = generateFiles(total);
    // Parsing alone: the streaming parse (one batch in memory) next to gunzip + JSON.parse of the whole file.
    const parseStart = process.hrtime.bigint();
    for (const file of files)
      if (!(await readLogFileRecords(Readable.from([file]))).ok) throw new Error('unreadable bench file');
    const streamed = Number(process.hrtime.bigint() - parseStart) / 1e9;
    const wholeStart = process.hrtime.bigint();
    let parsedRecords = 0;
    for (const file of files)
      parsedRecords += (JSON.parse(gunzipSync(file).toString('utf8')) as { Records: unknown[] }).Records.length;
    const whole = Number(process.hrtime.bigint() - wholeStart) / 1e9;
    const mb = files.reduce((sum, f) => sum + gunzipSync(f).length, 0) / 1024 / 1024;
    console.log(
      `parsing: streaming ${(mb / streamed).toFixed(1)} MB/s, whole-file JSON.parse ${(mb / whole).toFixed(1)} MB/s (${mb.toFixed(1)} MB decompressed, ${parsedRecords} records)`,
    );
    resetIngestCache();
    const stats = emptyIngestStats();
    const started = process.hrtime.bigint();
    for (const file of files) {
      const records = await readLogFileRecords(Readable.from([file]));
      if (!records.ok) throw new Error(records.error);
      addIngestStats(
        stats,
        await ingestRecords(store, records.value, { skipEventNamePrefixes: DEFAULT_SKIP_EVENT_NAME_PREFIXES }),
      );
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `ingestion: ${files.length} files, ${stats.records} records (${stats.stored} stored, ${stats.skipped} skipped as Get/List/Describe/Head) in ${seconds.toFixed(2)} s`,
    );
    console.log(
      `  ${Math.round(stats.records / seconds).toLocaleString('en-US')} records/s read, ${Math.round(stats.stored / seconds).toLocaleString('en-US')} records/s stored into the local DynamoDB`,
    );
    console.log(
      `  ${stats.batchCalls} BatchWriteItem calls, ${stats.distinctWrites} distinct-value UpdateItems, ${stats.directoryItems} day-directory items`,
    );
    console.log(`  DynamoDB calls: ${[...calls].map(([name, n]) => `${name} ${n}`).join(', ')}`);

    const api = createTrailQueryApiHandler({ store, options: { now: () => END, log: () => undefined } });
    const routes: [string, string][] = [
      ['/users', 'limit=20'],
      ['/services', ''],
      ['/parameters', ''],
      ['/scan', 'limit=500'],
      ['/scan', 'limit=500&order=desc'],
      ['/scan', 'eventName=RunInstances&limit=200'],
      ['/scan', 'eventName=Create*&limit=200'],
      ['/scan', 'param=awsRegion&value=eu-west-1&limit=500'],
      ['/scan', 'count=true'],
      ['/users/user07', 'limit=100'],
      ['/users/user07', 'eventName=DeleteResource'],
      ['/users/user07', 'param=resourceName&value=s3-42'],
      ['/users/user07', 'count=true'],
      ['/services/ec2', 'limit=200'],
      ['/services/ec2', 'eventName=RunInstances&limit=200'],
      ['/services/ec2', 'from=2024-06-01&to=2024-06-03&param=dryRun&value=true'],
      ['/services/ec2', 'count=true'],
    ];
    const rows: string[][] = [['route', 'pages', 'items/count', 'Query', 'Scan', 'ms']];
    let scans = 0;
    for (const [path, query] of routes) {
      calls.clear();
      const t0 = process.hrtime.bigint();
      let pages = 0;
      let found = 0;
      let cursor: string | undefined;
      do {
        const qs = [query, cursor ? `cursor=${cursor}` : ''].filter((s) => s !== '').join('&');
        const result = await api({ rawPath: path, rawQueryString: qs, requestContext: { http: { method: 'GET' } } });
        if (result.statusCode !== 200) throw new Error(`${path}?${qs}: ${result.statusCode} ${result.body}`);
        const body = JSON.parse(result.body) as { items?: unknown[]; count?: number; cursor?: string };
        found += body.items?.length ?? body.count ?? 0;
        cursor = body.cursor;
        pages++;
      } while (cursor);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      scans += calls.get('ScanCommand') ?? 0;
      rows.push([
        `${path}${query ? `?${query}` : ''}`,
        String(pages),
        String(found),
        String(calls.get('QueryCommand') ?? 0),
        String(calls.get('ScanCommand') ?? 0),
        ms.toFixed(0),
      ]);
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    console.log(
      `\nquery routes (default window: the 7 days before ${new Date(END).toISOString()}; every page followed):`,
    );
    for (const row of rows)
      console.log(
        `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}`,
      );
    console.log(`  Scan calls over all routes: ${scans}`);
  } finally {
    console.log = silence;
    await local.close();
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
