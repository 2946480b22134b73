/**
 * Tag-enrichment benchmark: replays 10,000 audit events over 500 distinct resources through each cloud's handler
 * with a counting fake tag API, and prints events/s and tag-API calls against the minimum possible
 * (AWS: ceil(500 / 100) GetResources calls per cache period; Huawei Cloud: 500 per-resource calls).
 */
import { gzipSync } from 'zlib';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { TagEnrichmentSettings, HuaweiCloudSettings } from '../runtime/core/setting-names';
import { createTagEnrichmentHandler as createAwsHandler } from '../runtime/aws/functions/tag-enrichment';
import { createTagEnrichmentHandler as createHuaweiHandler } from '../runtime/huaweicloud/functions/tag-enrichment';
import { LogsClient } from '../runtime/aws/log-writer';
import { FetchLike } from '../runtime/huaweicloud/tags';
import { MAX_ARNS_PER_CALL } from '../runtime/aws/tagging';

const EVENTS = 10000;
const RESOURCES = 500;
const ACCOUNT = '123456789012';
const PROJECT = '0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d';

/** Deterministic pseudo-random resource order (mulberry32), so runs compare. */
function resourceSequence(seed = 42): number[] {
  let state = seed;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: EVENTS }, () => Math.floor(next() * RESOURCES));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const instanceId = (n: number) => `i-0${n.toString(16).padStart(16, '0')}`;

function cloudTrailRecord(n: number, i: number): string {
  return JSON.stringify({
    eventVersion: '1.08',
    userIdentity: {
      type: 'IAMUser',
      arn: `arn:aws:iam::${ACCOUNT}:user/u${i % 7}`,
      accountId: ACCOUNT,
      userName: `u${i % 7}`,
    },
    eventTime: new Date(Date.now() - 60000).toISOString(),
    eventSource: 'ec2.amazonaws.com',
    eventName: 'StopInstances',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.7',
    requestParameters: { instancesSet: { items: [{ instanceId: instanceId(n) }] } },
    responseElements: { instancesSet: { items: [{ instanceId: instanceId(n) }] } },
    eventID: `ev-${i}`,
    readOnly: false,
    recipientAccountId: ACCOUNT,
  });
}

function ctsTrace(n: number, i: number): string {
  return JSON.stringify({
    time: Date.now() - 60000,
    user: { name: `u${i % 7}`, id: 'u', domain: { name: 'acme', id: 'd' } },
    service_type: 'ECS',
    resource_type: 'ecs',
    resource_id: `srv-${n}`,
    trace_name: 'stopServer',
    trace_rating: 'normal',
    trace_type: 'ApiCall',
    trace_id: `t-${i}`,
    project_id: PROJECT,
    read_only: false,
  });
}

interface Outcome {
  readonly seconds: number;
  readonly tagCalls: number;
  readonly written: number;
}

async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const { log, warn } = console;
  console.log = () => undefined;
  console.warn = () => undefined;
  try {
    return await fn();
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

async function runAws(batchSize: number, ttlSeconds: number): Promise<Outcome> {
  let tagCalls = 0;
  let written = 0;
  const settings: Record<string, string> = {
    [TagEnrichmentSettings.TARGET_LOG_GROUP]: 'enriched',
    [TagEnrichmentSettings.CACHE_TTL_SECONDS]: String(ttlSeconds),
  };
  const logsClient = {
    send: async (command: { input: { logEvents?: unknown[] } }) => (
      (written += command.input.logEvents?.length ?? 0),
      {}
    ),
  } as unknown as LogsClient;
  const handler = createAwsHandler({
    settings: (name) => settings[name],
    logsClient,
    lookup: {
      clientFor: () => ({
        send: async (command: GetResourcesCommand) => {
          tagCalls++;
          const arns = command.input.ResourceARNList ?? [];
          if (arns.length > MAX_ARNS_PER_CALL) throw new Error('more than 100 ARNs in one call');
          return {
            ResourceTagMappingList: arns.map((arn) => ({
              ResourceARN: arn,
              Tags: [{ Key: 'Project', Value: `p${arn.length % 9}` }],
            })),
          };
        },
      }),
    },
  });
  const events = chunks(
    resourceSequence().map((n, i) => cloudTrailRecord(n, i)),
    batchSize,
  ).map((messages) => ({
    awslogs: {
      data: gzipSync(
        JSON.stringify({
          messageType: 'DATA_MESSAGE',
          owner: ACCOUNT,
          logGroup: 'trail',
          logStream: 's',
          subscriptionFilters: ['f'],
          logEvents: messages.map((message, i) => ({ id: String(i), timestamp: Date.now(), message })),
        }),
      ).toString('base64'),
    },
  }));
  const context = { invokedFunctionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:bench` };
  const started = process.hrtime.bigint();
  await quietly(async () => {
    for (const event of events) await handler(event, context);
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, tagCalls, written };
}

async function runHuawei(batchSize: number, ttlSeconds: number): Promise<Outcome> {
  let tagCalls = 0;
  let written = 0;
  const settings: Record<string, string> = {
    [HuaweiCloudSettings.REGION]: 'cn-north-4',
    [HuaweiCloudSettings.LTS_INGEST_ENDPOINT]: 'http://lts.invalid',
    [TagEnrichmentSettings.TAG_ENDPOINT]: 'http://tags.invalid',
    [TagEnrichmentSettings.TARGET_LOG_GROUP]: 'g',
    [TagEnrichmentSettings.TARGET_LOG_STREAM]: 's',
    [TagEnrichmentSettings.CACHE_TTL_SECONDS]: String(ttlSeconds),
  };
  const fakeFetch: FetchLike = async (url, init) => {
    let body = '{"errorCode":"SVCSTG.ALS.200.200"}';
    if (init.method === 'GET') {
      tagCalls++;
      body = JSON.stringify({ tags: [{ key: 'project', value: `p${url.length % 9}` }] });
    } else {
      written += (JSON.parse(init.body ?? '{}') as { contents: unknown[] }).contents.length;
    }
    return { status: 200, ok: true, text: async () => body, headers: { get: () => null } };
  };
  const handler = createHuaweiHandler({ settings: (name) => settings[name], fetch: fakeFetch });
  const events = chunks(
    resourceSequence().map((n, i) => ctsTrace(n, i)),
    batchSize,
  ).map((messages) => ({
    lts: {
      data: Buffer.from(
        JSON.stringify({
          logs: JSON.stringify(messages.map((message, i) => ({ message, time: Date.now(), line_no: i }))),
          owner: PROJECT,
          log_group_id: 'cts',
          log_topic_id: 'system-trace',
        }),
      ).toString('base64'),
    },
  }));
  const context = { getToken: () => 'token', getProjectID: () => PROJECT };
  const started = process.hrtime.bigint();
  await quietly(async () => {
    for (const event of events) await handler(event, context);
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, tagCalls, written };
}

function line(label: string, outcome: Outcome, minimum: number): string {
  const rate = Math.round(EVENTS / outcome.seconds).toLocaleString('en-US');
  return `${label.padEnd(48)} ${rate.padStart(9)} events/s   tag-API calls ${String(outcome.tagCalls).padStart(5)}   minimum ${minimum}   ratio ${(outcome.tagCalls / minimum).toFixed(2)}   written ${outcome.written}`;
}

export async function run(): Promise<void> {
  const awsMinimum = Math.ceil(RESOURCES / MAX_ARNS_PER_CALL);
  console.log(`${EVENTS} events over ${RESOURCES} distinct resources, counting fake tag APIs (one cache period)`);
  // Warm the JIT so the first printed figure is not the slowest by accident.
  await runAws(1000, 300);
  await runHuawei(1000, 300);
  for (const batch of [100, 1000, 10000]) {
    console.log(line(`AWS, ${batch} events per delivery, cache 300 s`, await runAws(batch, 300), awsMinimum));
  }
  console.log(line('AWS, 100 per delivery, no cache (dedupe only)', await runAws(100, 0), awsMinimum));
  for (const batch of [100, 1000]) {
    console.log(line(`Huawei, ${batch} lines per trigger, cache 300 s`, await runHuawei(batch, 300), RESOURCES));
  }
  console.log(line('Huawei, 100 per trigger, no cache (dedupe only)', await runHuawei(100, 0), RESOURCES));
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
