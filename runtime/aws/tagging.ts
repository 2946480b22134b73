import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import {
  ParsedRecord,
  ResourceRef,
  TagLookup,
  TagResult,
  TagStatus,
  failedLookup,
  isRecord,
  mapWithConcurrency,
  tagResult,
  tagsFromList,
  text,
} from '../core/enrichment/lookup-adapter';
import { Remembered, remember } from '../core/remembered';
import { withRetry } from '../core/retry';

/** GetResources accepts 1 to 100 ARNs in ResourceARNList, each at most 1011 characters. */
export const MAX_ARNS_PER_CALL = 100;
const MAX_ARN_LENGTH = 1011;

/**
 * ARNs GetResources cannot answer: it does not support IAM users and roles, and S3 objects are not taggable
 * resources of the tagging API. Sending one would fail the whole call (InvalidParameterException) for the others.
 */
export function isTaggingApiArn(arn: string): boolean {
  if (arn.length > MAX_ARN_LENGTH) return false;
  const [, , service, , , resource = ''] = arn.split(':');
  if (service === 'iam' && /^(user|role)\//.test(resource)) return false;
  if (service === 's3' && resource.includes('/')) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Resource identity: which ARNs a CloudTrail record names.
// ---------------------------------------------------------------------------------------------------------------

type Fields = Record<string, unknown>;

interface ArnContext {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly request: Fields;
  readonly response: Fields;
}

const EC2_ID_TYPES: Record<string, string> = {
  i: 'instance',
  vol: 'volume',
  sg: 'security-group',
  vpc: 'vpc',
  subnet: 'subnet',
  snap: 'snapshot',
  ami: 'image',
  eni: 'network-interface',
  eipalloc: 'elastic-ip',
  nat: 'natgateway',
  rtb: 'route-table',
  igw: 'internet-gateway',
  acl: 'network-acl',
  lt: 'launch-template',
};
const EC2_ID_FIELDS = [
  'instanceId',
  'volumeId',
  'groupId',
  'vpcId',
  'subnetId',
  'snapshotId',
  'imageId',
  'networkInterfaceId',
  'allocationId',
  'natGatewayId',
  'routeTableId',
  'internetGatewayId',
  'networkAclId',
  'launchTemplateId',
];
const EC2_NESTED = [
  'vpc',
  'subnet',
  'networkInterface',
  'natGateway',
  'routeTable',
  'internetGateway',
  'networkAcl',
  'launchTemplate',
];

/** Per event source: ARNs derived from request and response fields (the README lists them). */
const DERIVED_ARNS: Record<string, (c: ArnContext) => (string | undefined)[]> = {
  ec2: (c) => {
    const ids = [
      ...itemIds(c.request.instancesSet, 'instanceId'),
      ...itemIds(c.response.instancesSet, 'instanceId'),
      ...itemIds(c.request.resourcesSet, 'resourceId'),
      ...EC2_ID_FIELDS.flatMap((f) => [text(c.request[f]), text(c.response[f])]),
      ...EC2_NESTED.flatMap((n) =>
        isRecord(c.response[n]) ? EC2_ID_FIELDS.map((f) => text((c.response[n] as Fields)[f])) : [],
      ),
    ];
    return ids.map((id) => ec2Arn(c, id));
  },
  s3: (c) => [text(c.request.bucketName) && `arn:${c.partition}:s3:::${text(c.request.bucketName)}`],
  iam: (c) => [
    nestedArn(c.response, 'role') ??
      (text(c.request.roleName) && `arn:${c.partition}:iam::${c.account}:role/${text(c.request.roleName)}`),
    nestedArn(c.response, 'user') ??
      (text(c.request.userName) && `arn:${c.partition}:iam::${c.account}:user/${text(c.request.userName)}`),
    text(c.request.policyArn) ?? nestedArn(c.response, 'policy'),
  ],
  lambda: (c) => [
    text(c.response.functionArn) ??
      named(text(c.request.functionName), (n) => `arn:${c.partition}:lambda:${c.region}:${c.account}:function:${n}`),
  ],
  rds: (c) => [
    text(c.response.dBInstanceArn) ??
      (text(c.request.dBInstanceIdentifier) &&
        `arn:${c.partition}:rds:${c.region}:${c.account}:db:${text(c.request.dBInstanceIdentifier)}`),
    text(c.response.dBClusterArn) ??
      (text(c.request.dBClusterIdentifier) &&
        `arn:${c.partition}:rds:${c.region}:${c.account}:cluster:${text(c.request.dBClusterIdentifier)}`),
  ],
  dynamodb: (c) => [
    (isRecord(c.response.tableDescription) ? text(c.response.tableDescription.tableArn) : undefined) ??
      named(text(c.request.tableName), (n) => `arn:${c.partition}:dynamodb:${c.region}:${c.account}:table/${n}`),
  ],
  sns: (c) => [text(c.request.topicArn) ?? text(c.response.topicArn)],
  sqs: (c) => [sqsArn(c, text(c.request.queueUrl) ?? text(c.response.queueUrl))],
  logs: (c) => [
    text(c.request.logGroupName) &&
      `arn:${c.partition}:logs:${c.region}:${c.account}:log-group:${text(c.request.logGroupName)}`,
  ],
  kms: (c) => [
    nestedArn(c.response, 'keyMetadata') ??
      named(text(c.request.keyId), (id) =>
        /^[0-9a-f-]{36}$/i.test(id) ? `arn:${c.partition}:kms:${c.region}:${c.account}:key/${id}` : undefined,
      ),
  ],
};

/** Services whose resources the tagging API serves from us-east-1 (their ARNs carry no region). */
const GLOBAL_SERVICES = new Set(['iam', 'cloudfront', 'route53', 'organizations']);

/**
 * The ARNs a CloudTrail record names: `resources[].ARN` first, then ARNs derived from the request and response
 * of common services (DERIVED_ARNS). Duplicates are dropped.
 */
export function cloudTrailResources(record: ParsedRecord): ResourceRef[] {
  const raw = record.raw;
  const region = text(raw.awsRegion) ?? record.event.region ?? 'us-east-1';
  const account = text(raw.recipientAccountId) ?? record.event.actor.accountId ?? '';
  const partition = partitionOf(region);
  const arns: { arn: string; type?: string; account?: string }[] = [];
  if (Array.isArray(raw.resources)) {
    for (const resource of raw.resources) {
      if (isRecord(resource) && text(resource.ARN)?.startsWith('arn:')) {
        arns.push({ arn: text(resource.ARN) as string, type: text(resource.type), account: text(resource.accountId) });
      }
    }
  }
  const source = (text(raw.eventSource) ?? '').replace(/\.amazonaws\.com(\.cn)?$/, '');
  const derive = DERIVED_ARNS[source];
  if (derive) {
    const context: ArnContext = {
      partition,
      region,
      account,
      request: isRecord(raw.requestParameters) ? raw.requestParameters : {},
      response: isRecord(raw.responseElements) ? raw.responseElements : {},
    };
    for (const arn of derive(context)) if (arn && arn.startsWith('arn:')) arns.push({ arn });
  }
  const seen = new Set<string>();
  const refs: ResourceRef[] = [];
  for (const { arn, type, account: owner } of arns) {
    if (seen.has(arn)) continue;
    seen.add(arn);
    const [, arnPartition, service, arnRegion, arnAccount] = arn.split(':');
    refs.push({
      key: arn,
      id: arn,
      type: type ?? arnType(service, arn),
      account: owner ?? (arnAccount || account || undefined),
      region:
        arnRegion ||
        (GLOBAL_SERVICES.has(service)
          ? arnPartition === 'aws-cn'
            ? 'cn-north-1'
            : arnPartition === 'aws-us-gov'
              ? 'us-gov-west-1'
              : 'us-east-1'
          : region),
    });
  }
  return refs;
}

/** `ec2:instance`, `s3:bucket`, `lambda:function`...: the resource-type part of an ARN. */
function arnType(service: string, arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  if (/[/:]/.test(resource)) return `${service}:${resource.split(/[/:]/)[0]}`;
  return `${service}:${SINGLE_SEGMENT_TYPES[service] ?? 'resource'}`;
}

const SINGLE_SEGMENT_TYPES: Record<string, string> = { s3: 'bucket', sns: 'topic', sqs: 'queue' };

function partitionOf(region: string): string {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

function itemIds(set: unknown, field: string): (string | undefined)[] {
  return isRecord(set) && Array.isArray(set.items)
    ? set.items.map((item: unknown) => (isRecord(item) ? text(item[field]) : undefined))
    : [];
}

function ec2Arn(c: ArnContext, id: string | undefined): string | undefined {
  const match = id ? /^([a-z]+)-[0-9a-f]+$/.exec(id) : null;
  const type = match ? EC2_ID_TYPES[match[1]] : undefined;
  if (!type) return undefined;
  // Images and snapshots have no account in their ARN.
  const owner = type === 'image' || type === 'snapshot' ? '' : c.account;
  return `arn:${c.partition}:ec2:${c.region}:${owner}:${type}/${id}`;
}

function nestedArn(fields: Fields, key: string): string | undefined {
  const nested = fields[key];
  return isRecord(nested) ? (text(nested.arn) ?? text(nested.Arn)) : undefined;
}

/** A name that may already be an ARN (Lambda, DynamoDB and KMS accept both). */
function named(value: string | undefined, build: (name: string) => string | undefined): string | undefined {
  if (!value) return undefined;
  if (value.startsWith('arn:')) return value.split(':').slice(0, 7).join(':');
  return build(value);
}

function sqsArn(c: ArnContext, queueUrl: string | undefined): string | undefined {
  const match = queueUrl ? /^https?:\/\/[^/]+\/(\d{12})\/([^/?]+)/.exec(queueUrl) : null;
  return match ? `arn:${c.partition}:sqs:${c.region}:${match[1]}:${match[2]}` : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Tag look-up: GetResources, 100 ARNs per call, per region and account.
// ---------------------------------------------------------------------------------------------------------------

/** The one call TrailWatch makes; a fake implements it in tests and the benchmark. */
export interface TaggingClient {
  send(
    command: GetResourcesCommand,
  ): Promise<{ ResourceTagMappingList?: { ResourceARN?: string; Tags?: { Key?: string; Value?: string }[] }[] }>;
}

export interface TemporaryCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration?: Date;
}

export interface AwsTagLookupOptions {
  /** Account the function runs in; resources of other accounts need `memberRoleName`. */
  readonly ownAccount?: string;
  /** Role assumed in member accounts as `arn:<partition>:iam::<account>:role/<name>`. @default off */
  readonly memberRoleName?: string;
  /**
   * The only accounts whose role is assumed (`TRAILWATCH_MEMBER_ACCOUNT_IDS`). The account comes from the record, so
   * any other account (or anything that is not 12 digits) is "unsupported" before an STS call is made. @default none
   */
  readonly memberAccountIds?: readonly string[];
  /** How long a failed AssumeRole is remembered (no STS call per event for a role that does not work). @default 300000 */
  readonly memberFailureTtlMs?: number;
  /** Endpoint override for the tagging and STS clients (tests, VPC endpoints). */
  readonly endpoint?: string;
  /** @default real clients */
  readonly clientFor?: (region: string, credentials?: TemporaryCredentials) => TaggingClient;
  readonly assumeRole?: (roleArn: string) => Promise<TemporaryCredentials>;
  /** @default 4 attempts, 250 ms base delay */
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/** Throttling (429, ThrottlingException and kin) and server errors are worth retrying. */
export function isRetryableAwsError(error: unknown): boolean {
  if (!isRecord(error)) return false;
  const name = text(error.name) ?? '';
  const status = isRecord(error.$metadata) ? Number(error.$metadata.httpStatusCode) : NaN;
  return (
    /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/i.test(name) ||
    status === 429 ||
    status >= 500 ||
    isRecord(error.$retryable)
  );
}

function isInvalidArnError(error: unknown): boolean {
  return isRecord(error) && /InvalidParameter|ValidationException/.test(text(error.name) ?? '');
}

/** us-east-1, cn-northwest-1, us-gov-west-1, ap-southeast-5, eu-isoe-west-1, …: never a host or a path. */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export class AwsTagLookup implements TagLookup {
  public calls = 0;
  private readonly clients = new Map<string, TaggingClient>();
  private readonly credentials = new Map<string, Remembered<TemporaryCredentials>>();

  public constructor(private readonly options: AwsTagLookupOptions = {}) {}

  public async lookup(refs: readonly ResourceRef[]): Promise<ReadonlyMap<string, TagResult>> {
    const results = new Map<string, TagResult>();
    const groups = new Map<string, ResourceRef[]>();
    for (const ref of refs) {
      const member = this.isMember(ref.account);
      // The region comes from the record (awsRegion, the ARN): only a well-formed AWS region may pick a client.
      // So does the account: only a listed member account may go into a role ARN.
      if (
        (member && !this.isListedMember(ref.account)) ||
        !isTaggingApiArn(ref.id) ||
        !AWS_REGION.test(ref.region ?? 'us-east-1')
      ) {
        results.set(ref.key, { status: TagStatus.UNSUPPORTED, tags: {} });
        continue;
      }
      const groupKey = `${member ? ref.account : ''}|${ref.region ?? 'us-east-1'}`;
      groups.set(groupKey, [...(groups.get(groupKey) ?? []), ref]);
    }
    const chunks: { account?: string; region: string; refs: ResourceRef[] }[] = [];
    for (const [groupKey, members] of groups) {
      const [account, region] = groupKey.split('|');
      for (let i = 0; i < members.length; i += MAX_ARNS_PER_CALL) {
        chunks.push({ account: account || undefined, region, refs: members.slice(i, i + MAX_ARNS_PER_CALL) });
      }
    }
    await mapWithConcurrency(chunks, 4, (chunk) => this.lookupChunk(chunk.region, chunk.account, chunk.refs, results));
    return results;
  }

  /** One GetResources call; an ARN the API rejects splits the chunk, so one bad ARN fails only itself. */
  private async lookupChunk(
    region: string,
    account: string | undefined,
    refs: ResourceRef[],
    results: Map<string, TagResult>,
  ): Promise<void> {
    try {
      const found = await this.getResources(
        region,
        account,
        refs.map((r) => r.id),
      );
      // ARNs that do not exist or were never tagged are left out of the answer.
      for (const ref of refs) results.set(ref.key, tagResult(found.get(ref.id) ?? {}));
    } catch (error) {
      if (refs.length > 1 && isInvalidArnError(error)) {
        const half = Math.ceil(refs.length / 2);
        await this.lookupChunk(region, account, refs.slice(0, half), results);
        await this.lookupChunk(region, account, refs.slice(half), results);
        return;
      }
      for (const ref of refs) results.set(ref.key, failedLookup(error));
    }
  }

  private isMember(account: string | undefined): boolean {
    return Boolean(this.options.ownAccount && account && account !== this.options.ownAccount);
  }

  private isListedMember(account: string | undefined): boolean {
    return (
      Boolean(this.options.memberRoleName) &&
      account !== undefined &&
      /^\d{12}$/.test(account) &&
      (this.options.memberAccountIds ?? []).includes(account)
    );
  }

  private async getResources(
    region: string,
    account: string | undefined,
    arns: string[],
  ): Promise<Map<string, Record<string, string>>> {
    const client = await this.client(region, account);
    const response = await withRetry(
      () => {
        this.calls++;
        return client.send(new GetResourcesCommand({ ResourceARNList: arns }));
      },
      {
        attempts: this.options.attempts ?? 4,
        baseDelayMs: this.options.baseDelayMs ?? 250,
        isRetryable: isRetryableAwsError,
        sleep: this.options.sleep,
      },
    );
    const found = new Map<string, Record<string, string>>();
    for (const mapping of response.ResourceTagMappingList ?? []) {
      if (mapping.ResourceARN) found.set(mapping.ResourceARN, tagsFromList(mapping.Tags));
    }
    return found;
  }

  private async client(region: string, account: string | undefined): Promise<TaggingClient> {
    const credentials = account ? await this.memberCredentials(account, region) : undefined;
    const cacheKey = `${account ?? ''}|${region}|${credentials?.accessKeyId ?? ''}`;
    let client = this.clients.get(cacheKey);
    if (!client) {
      client = this.options.clientFor
        ? this.options.clientFor(region, credentials)
        : new ResourceGroupsTaggingAPIClient({ region, endpoint: this.options.endpoint, credentials });
      this.clients.set(cacheKey, client);
    }
    return client;
  }

  /**
   * Member-account credentials, reused until five minutes before they expire. Concurrent look-ups for one account
   * share one AssumeRole call, and a failure is remembered for `memberFailureTtlMs`: one STS call per account, not
   * per event.
   */
  private memberCredentials(account: string, region: string): Promise<TemporaryCredentials> {
    const now = (this.options.now ?? Date.now)();
    const cached = this.credentials.get(account);
    if (cached && cached.until > now) return cached.answer;
    const partition = partitionOf(region);
    const roleArn = `arn:${partition}:iam::${account}:role/${this.options.memberRoleName}`;
    const answer = (this.options.assumeRole ?? ((arn) => assumeRoleWithSts(arn, this.options.endpoint)))(roleArn);
    // Reused until five minutes before the credentials expire; a failure for `memberFailureTtlMs`.
    this.credentials.set(
      account,
      remember(
        answer,
        () => (this.options.now ?? Date.now)(),
        (fresh) => (fresh.expiration ? fresh.expiration.getTime() - 5 * 60 * 1000 : Number.POSITIVE_INFINITY),
        this.options.memberFailureTtlMs,
      ),
    );
    return answer;
  }
}

async function assumeRoleWithSts(roleArn: string, endpoint?: string): Promise<TemporaryCredentials> {
  const sts = new STSClient({ endpoint });
  const answer = await sts.send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'trailwatch-tag-enrichment', DurationSeconds: 3600 }),
  );
  const c = answer.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
    throw new Error(`AssumeRole ${roleArn} returned no credentials`);
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration,
  };
}
