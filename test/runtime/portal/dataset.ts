/**
 * A realistic, seeded CloudTrail dataset for the portal tests and the bench: IAM users and root, a dozen
 * services with their usual write calls, console sign-ins, denied calls, spread over the days before `end` with
 * a working-hours rhythm. Each event comes with what the portal must show for it, so tests count independently
 * of the API. Read-only names (Get/List/Describe/Head) are left out: ingestion skips them by default.
 */
import { DEFAULT_SKIP_EVENT_NAME_PREFIXES } from '../../../runtime/aws/trail-query/trail-item';
import { ingestRecords, resetIngestCache } from '../../../runtime/aws/trail-query/ingest';
import { TrailStore } from '../../../runtime/aws/trail-query/trail-store';
import { seededRandom } from '../../../bench/lib/seeded-random';

export interface ExpectedEvent {
  readonly eventID: string;
  readonly timeMs: number;
  readonly user: string;
  readonly service: string;
  readonly eventName: string;
  readonly error: boolean;
  readonly instanceType?: string;
}

export interface Dataset {
  readonly records: Record<string, unknown>[];
  readonly events: ExpectedEvent[];
}

const CALLS: Record<string, string[]> = {
  ec2: [
    'RunInstances',
    'TerminateInstances',
    'StartInstances',
    'StopInstances',
    'CreateSecurityGroup',
    'AuthorizeSecurityGroupIngress',
    'CreateKeyPair',
  ],
  s3: ['CreateBucket', 'PutBucketPolicy', 'DeleteBucket', 'PutObjectAcl', 'PutBucketEncryption'],
  iam: ['CreateUser', 'CreateAccessKey', 'AttachUserPolicy', 'CreateRole', 'PutRolePolicy', 'DeleteUser'],
  lambda: ['CreateFunction20150331', 'UpdateFunctionCode20150331v2', 'AddPermission20150331v2'],
  rds: ['CreateDBInstance', 'ModifyDBInstance', 'DeleteDBInstance'],
  elasticloadbalancing: ['CreateLoadBalancer', 'RegisterTargets'],
  kms: ['CreateKey', 'ScheduleKeyDeletion', 'Decrypt'],
  sts: ['AssumeRole'],
  cloudtrail: ['StopLogging', 'UpdateTrail'],
  dynamodb: ['CreateTable', 'UpdateTable'],
  sns: ['CreateTopic', 'Subscribe'],
  signin: ['ConsoleLogin'],
};
const SERVICES = Object.keys(CALLS);
const WEIGHTS = [30, 22, 8, 10, 4, 3, 6, 8, 1, 3, 2, 6];
const USERS = [
  'alice',
  'bob',
  'carol',
  'dave',
  'erin',
  'frank',
  'grace',
  'heidi',
  'ivan',
  'judy',
  'mallory',
  'ci-deployer',
  'root',
];
const INSTANCE_TYPES = ['t3.micro', 't3.small', 'm5.large', 'c6g.xlarge'];

function pick<T>(next: () => number, items: readonly T[], weights?: readonly number[]): T {
  if (!weights) return items[Math.floor(next() * items.length)];
  const total = weights.reduce((a, b) => a + b, 0);
  let r = next() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

/** `count` events over the `days` days before `endMs`, the newest first minute excluded (so "now" windows see them all). */
export function generateDataset(count: number, days: number, endMs: number, seed = 4242): Dataset {
  const next = seededRandom(seed);
  const records: Record<string, unknown>[] = [];
  const events: ExpectedEvent[] = [];
  const span = days * 86_400_000 - 120_000;
  for (let n = 0; n < count; n++) {
    // More events in working hours (UTC 7-19) than at night.
    let timeMs = endMs - 120_000 - Math.floor(next() * span);
    const hour = new Date(timeMs).getUTCHours();
    if ((hour < 7 || hour > 19) && next() < 0.6) timeMs = endMs - 120_000 - Math.floor(next() * span);
    const service = pick(next, SERVICES, WEIGHTS);
    const eventName = pick(next, CALLS[service]);
    const user = pick(
      next,
      USERS,
      USERS.map((_, i) => (i < 3 ? 6 : i === USERS.length - 1 ? 0.5 : 2)),
    );
    const denied = service !== 'signin' && next() < 0.06;
    const failedLogin = service === 'signin' && next() < 0.15;
    const instanceType = eventName === 'RunInstances' ? pick(next, INSTANCE_TYPES) : undefined;
    const eventID = `${String(seed).padStart(8, '0')}-${String(n).padStart(4, '0').slice(-4)}-4000-8000-${String(n).padStart(12, '0')}`;
    const identity =
      user === 'root'
        ? {
            type: 'Root',
            principalId: '123456789012',
            arn: 'arn:aws:iam::123456789012:root',
            accountId: '123456789012',
          }
        : {
            type: 'IAMUser',
            principalId: `AIDA${user.toUpperCase().replace(/-/g, '')}`,
            arn: `arn:aws:iam::123456789012:user/${user}`,
            accountId: '123456789012',
            userName: user,
          };
    records.push({
      eventVersion: '1.09',
      userIdentity: identity,
      eventTime: new Date(timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      eventSource: `${service}.amazonaws.com`,
      eventName,
      awsRegion: next() < 0.7 ? 'eu-west-1' : 'us-east-1',
      sourceIPAddress: `203.0.113.${1 + Math.floor(next() * 200)}`,
      userAgent: service === 'signin' ? 'Mozilla/5.0' : 'aws-cli/2.17.0 Python/3.12',
      requestParameters: instanceType
        ? { instanceType, minCount: 1, maxCount: 1 }
        : { resourceName: `${service}-${Math.floor(next() * 50)}` },
      ...(service === 'signin'
        ? {
            responseElements: { ConsoleLogin: failedLogin ? 'Failure' : 'Success' },
            additionalEventData: { MFAUsed: 'Yes' },
          }
        : {}),
      ...(denied
        ? { errorCode: 'AccessDenied', errorMessage: `User: arn:aws:iam::123456789012:user/${user} is not authorized` }
        : {}),
      ...(failedLogin ? { errorMessage: 'Failed authentication' } : {}),
      eventID,
      readOnly: false,
      eventType: service === 'signin' ? 'AwsConsoleSignIn' : 'AwsApiCall',
      recipientAccountId: '123456789012',
    });
    // Only errorCode counts as an error, as the API stores it (a failed console sign-in has errorMessage only).
    events.push({
      eventID,
      timeMs: Math.floor(timeMs / 1000) * 1000,
      user,
      service,
      eventName,
      error: denied,
      instanceType,
    });
  }
  return { records, events };
}

/** Ingests as CloudTrail delivers: time-ordered files of `perFile` records, through the production ingest path. */
export async function ingestDataset(store: TrailStore, dataset: Dataset, perFile = 250): Promise<void> {
  resetIngestCache();
  const order = dataset.records
    .map((r, i) => [Date.parse(String(r.eventTime)), i] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let start = 0; start < order.length; start += perFile) {
    const file = order.slice(start, start + perFile).map(([, i]) => dataset.records[i]);
    await ingestRecords(store, file, { skipEventNamePrefixes: DEFAULT_SKIP_EVENT_NAME_PREFIXES });
  }
}

/** The events of [fromMs, toMs] (inclusive), as the API windows them. */
export function eventsIn(dataset: Dataset, fromMs: number, toMs: number): ExpectedEvent[] {
  return dataset.events.filter((e) => e.timeMs >= fromMs && e.timeMs <= toMs);
}

export function countBy(events: readonly ExpectedEvent[], key: (e: ExpectedEvent) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(key(event), (counts.get(key(event)) ?? 0) + 1);
  return counts;
}
