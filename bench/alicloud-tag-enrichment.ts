/**
 * Alibaba Cloud tag-enrichment benchmark: 10,000 ActionTrail events over 500 resources in 20 accounts (the function's
 * own and 19 Resource Directory members), replayed through the FC handler as SLS-trigger invocations of 1,000 events
 * each. An in-process fake answers PullLogs (protobuf, deflate), PutLogs, ListTagResources and AssumeRole, so the
 * figures are the handler's own work: decoding, signing, batching, caching. Prints Tag API calls against the
 * minimum, Σ over accounts of ⌈resources in the account / 50⌉, and events/s.
 */
import { deflateSync } from 'zlib';
import { createTagEnrichmentHandler } from '../runtime/alicloud/functions/tag-enrichment';
import { HttpFetch } from '../runtime/alicloud/http';
import { SlsLogGroup, decodeLogGroup, encodeLogGroupList } from '../runtime/alicloud/sls-protobuf';
import { ARNS_PER_CALL } from '../runtime/alicloud/tags';
import { seededRandom } from './lib/seeded-random';

const EVENTS = 10000;
const RESOURCES = 500;
const ACCOUNTS = 20;
const EVENTS_PER_INVOCATION = 1000;
const EVENTS_PER_GROUP = 100;
const REGION = 'cn-hangzhou';
const account = (a: number) => `15473532568${String(a).padStart(5, '0')}`;
const OWN = account(0);

function actionTrailEvent(resource: number, i: number): string {
  const acct = account(resource % ACCOUNTS);
  const id = `i-${resource.toString(16).padStart(16, '0')}`;
  return JSON.stringify({
    eventId: `ev-${i}`,
    eventVersion: 1,
    eventRW: i % 10 === 0 ? 'Read' : 'Write',
    eventType: 'ApiCall',
    serviceName: 'Ecs',
    eventName: i % 10 === 0 ? 'DescribeInstances' : 'StopInstance',
    acsRegion: REGION,
    eventTime: new Date(Date.UTC(2026, 10, 27, 6, 0, i % 3600)).toISOString(),
    sourceIpAddress: '192.0.2.7',
    userIdentity: { type: 'ram-user', accountId: acct, principalId: `u${i % 7}`, userName: `user${i % 7}` },
    referencedResources: { 'ACS::ECS::Instance': [id] },
    resourceType: 'ACS::ECS::Instance',
    resourceName: id,
    recipientAccountId: acct,
  });
}

interface Outcome {
  readonly seconds: number;
  readonly tagCalls: number;
  readonly stsCalls: number;
  readonly pullCalls: number;
  readonly putCalls: number;
  readonly written: number;
  readonly maxArnsPerCall: number;
}

async function replay(ttlSeconds: number): Promise<Outcome> {
  const random = seededRandom(42);
  const sequence = Array.from({ length: EVENTS }, () => Math.floor(random() * RESOURCES));
  const invocations: SlsLogGroup[][] = [];
  for (let start = 0; start < EVENTS; start += EVENTS_PER_INVOCATION) {
    const groups: SlsLogGroup[] = [];
    for (let g = start; g < start + EVENTS_PER_INVOCATION; g += EVENTS_PER_GROUP) {
      groups.push({
        topic: 'actiontrail_audit_event',
        logs: sequence
          .slice(g, g + EVENTS_PER_GROUP)
          .map((r, k) => ({ time: 1795760000, contents: [['event', actionTrailEvent(r, g + k)]] })),
      });
    }
    invocations.push(groups);
  }
  // One PullLogs page per invocation, served from memory: cursor "<invocation>" → the invocation's groups.
  const pages = invocations.map((groups) => deflateSync(encodeLogGroupList(groups)));
  const stats = { tagCalls: 0, stsCalls: 0, pullCalls: 0, putCalls: 0, written: 0, maxArnsPerCall: 0 };
  const ok = (body: Buffer | string, headers: Record<string, string> = {}) => ({
    status: 200,
    ok: true,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    arrayBuffer: async () => {
      const b = Buffer.isBuffer(body) ? body : Buffer.from(body);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    },
  });
  const fakeFetch: HttpFetch = async (url, init) => {
    const u = new URL(url);
    if (init.method === 'GET') {
      stats.pullCalls++;
      const at = Number(u.searchParams.get('cursor'));
      return ok(pages[at], { 'x-log-cursor': String(at + 1), 'x-log-compresstype': 'deflate' });
    }
    if (u.pathname !== '/') {
      stats.putCalls++;
      stats.written += decodeLogGroup(Buffer.from(init.body as Uint8Array)).logs.length;
      return ok('');
    }
    const params = new URLSearchParams(String(init.body));
    if (params.get('Action') === 'AssumeRole') {
      stats.stsCalls++;
      return ok(
        JSON.stringify({
          Credentials: {
            AccessKeyId: 'STS.m',
            AccessKeySecret: 's',
            SecurityToken: 't',
            Expiration: '2099-01-01T00:00:00Z',
          },
        }),
      );
    }
    stats.tagCalls++;
    const arns = [...params.keys()].filter((k) => k.startsWith('ResourceARN.')).map((k) => params.get(k)!);
    stats.maxArnsPerCall = Math.max(stats.maxArnsPerCall, arns.length);
    return ok(
      JSON.stringify({
        NextToken: '',
        TagResources: arns.map((ResourceARN) => ({
          ResourceARN,
          Tags: [{ Key: 'Project', Value: `p${ResourceARN.length % 9}` }],
        })),
      }),
    );
  };
  const members = Array.from({ length: ACCOUNTS - 1 }, (_, a) => account(a + 1));
  const settings: Record<string, string> = {
    TRAILWATCH_REGION: REGION,
    TRAILWATCH_ACCOUNT_ID: OWN,
    TRAILWATCH_SOURCE_PROJECT: 'audit-source',
    TRAILWATCH_SOURCE_LOGSTORE: 'actiontrail_bench',
    TRAILWATCH_TARGET_PROJECT: 'audit-source',
    TRAILWATCH_TARGET_LOGSTORE: 'enriched',
    TRAILWATCH_LOCAL_ENDPOINT: 'http://127.0.0.1:1',
    TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
    TRAILWATCH_MEMBER_ROLE_NAME: 'TrailWatchTagReader',
    TRAILWATCH_MEMBER_ACCOUNT_IDS: members.join(','),
    TRAILWATCH_TAG_CACHE_TTL_SECONDS: String(ttlSeconds),
  };
  const handler = createTagEnrichmentHandler({
    settings: (name) => settings[name],
    fetch: fakeFetch,
    sleep: async () => undefined,
  });
  const context = {
    requestId: 'bench',
    credentials: { accessKeyId: 'STS.fn', accessKeySecret: 'secret', securityToken: 'token' },
  };
  const { log } = console;
  console.log = () => undefined;
  const started = process.hrtime.bigint();
  try {
    for (let i = 0; i < invocations.length; i++) {
      const event = {
        source: {
          projectName: 'audit-source',
          logstoreName: 'actiontrail_bench',
          shardId: 0,
          beginCursor: String(i),
          endCursor: String(i + 1),
        },
      };
      await handler(Buffer.from(JSON.stringify(event)), context);
    }
  } finally {
    console.log = log;
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, ...stats };
}

/** Σ over accounts of ⌈distinct resources / 50⌉ for the write events in `indexes`, skipping resources in `seen`. */
function minimumCalls(sequence: readonly number[], indexes: readonly number[], seen = new Set<number>()): number {
  const perAccount = new Map<number, Set<number>>();
  for (const i of indexes) {
    const r = sequence[i];
    if (i % 10 === 0 || seen.has(r)) continue; // read events are dropped before any look-up
    perAccount.set(r % ACCOUNTS, (perAccount.get(r % ACCOUNTS) ?? new Set()).add(r));
  }
  for (const set of perAccount.values()) set.forEach((r) => seen.add(r));
  return [...perAccount.values()].reduce((sum, set) => sum + Math.ceil(set.size / ARNS_PER_CALL), 0);
}

export async function run(): Promise<void> {
  const random = seededRandom(42);
  const sequence = Array.from({ length: EVENTS }, () => Math.floor(random() * RESOURCES));
  const all = sequence.map((_, i) => i);
  const minimum = minimumCalls(sequence, all);
  // The trigger hands over one range at a time: a resource first named in invocation k cannot be looked up before it.
  const seen = new Set<number>();
  let streamingMinimum = 0;
  for (let start = 0; start < EVENTS; start += EVENTS_PER_INVOCATION)
    streamingMinimum += minimumCalls(sequence, all.slice(start, start + EVENTS_PER_INVOCATION), seen);
  const accounts = new Set(sequence.map((r) => r % ACCOUNTS)).size;
  console.log(
    `${EVENTS} ActionTrail events (10% reads), ${new Set(sequence).size} resources in ${accounts} accounts, ${EVENTS / EVENTS_PER_INVOCATION} SLS-trigger invocations of ${EVENTS_PER_INVOCATION}`,
  );
  await replay(300); // warm-up, not reported
  for (const ttl of [300, 0]) {
    const o = await replay(ttl);
    console.log(
      `cache ${ttl === 0 ? 'off' : `${ttl} s`}: ${o.tagCalls} ListTagResources calls; minimum ${minimum} = Σ⌈resources per account / ${ARNS_PER_CALL}⌉ (ratio ${(o.tagCalls / minimum).toFixed(2)}), ` +
        `${streamingMinimum} when each invocation can only ask for the resources it is the first to name (ratio ${(o.tagCalls / streamingMinimum).toFixed(2)}); ` +
        `≤${o.maxArnsPerCall} ARNs per call, ${o.stsCalls} AssumeRole calls (${ACCOUNTS - 1} member accounts), ${o.pullCalls} PullLogs, ${o.putCalls} PutLogs, ` +
        `${o.written} records written, ${Math.round(EVENTS / o.seconds)} events/s`,
    );
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
