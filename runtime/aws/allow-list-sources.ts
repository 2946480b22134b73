/**
 * Managed allow-list sources on AWS: an S3 object, an SSM parameter (SecureString decrypted), an EC2 managed prefix
 * list. SSM and EC2 are called with SigV4-signed HTTPS requests (the SDK's own signer and credential chain), so the
 * function bundle needs no extra client package. Hosts come from the function's region, never from event content.
 */
import { createHash, createHmac } from 'crypto';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { AllowListSource, AllowListSourceRef } from '../core/allow-list-source';
import { HTTP_TIMEOUT_MS, HttpError } from '../core/retry';

/** An allow-list object larger than this is refused (a list of 10,000 CIDRs is ~200 KB). */
export const MAX_ALLOW_LIST_OBJECT_BYTES = 4 * 1024 * 1024;

export interface AwsAllowListSourceOptions {
  /** The function's region (SSM, EC2). */
  readonly region: string;
  /** Endpoint override for S3, SSM and EC2 (tests, VPC endpoints). */
  readonly endpoint?: string;
  readonly s3?: S3Client;
  /** @default the SDK's credential chain (the function's role) */
  readonly credentials?: () => Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string }>;
}

/** Node's SHA-256 in the shape the SDK signer expects. */
class Sha256 {
  private hash: ReturnType<typeof createHash>;
  private readonly secret?: string | Uint8Array;
  public constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.secret = toBytes(secret);
    this.hash = this.fresh();
  }
  public update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(toBytes(data) as string | Uint8Array);
  }
  public async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  public reset(): void {
    this.hash = this.fresh();
  }
  private fresh(): ReturnType<typeof createHash> {
    return this.secret ? (createHmac('sha256', this.secret) as unknown as ReturnType<typeof createHash>) : createHash('sha256');
  }
}

function toBytes(data: string | ArrayBuffer | ArrayBufferView | undefined): string | Uint8Array | undefined {
  if (data === undefined || typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

export function awsAllowListSource(ref: AllowListSourceRef, options: AwsAllowListSourceOptions): AllowListSource {
  switch (ref.kind) {
    case 's3':
      return { name: ref.text, read: () => readS3Object(options.s3 ?? new S3Client({ region: options.region, ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}) }), ref.target, ref.key as string) };
    case 'ssm':
      return { name: ref.text, read: () => readSsmParameter(ref.target, options) };
    case 'ec2-prefix-list':
      return { name: ref.text, read: () => readPrefixList(ref.target, options) };
    default:
      throw new Error(`allow-list source ${ref.text} is not an AWS source`);
  }
}

async function readS3Object(s3: S3Client, bucket: string, key: string): Promise<string> {
  const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (Number(output.ContentLength ?? 0) > MAX_ALLOW_LIST_OBJECT_BYTES) throw new Error(`the object is larger than ${MAX_ALLOW_LIST_OBJECT_BYTES} bytes`);
  const text = await output.Body?.transformToString('utf-8');
  if (text === undefined) throw new Error('the object has no body');
  return text;
}

/** One SigV4-signed call; returns the response text. */
async function signedCall(service: 'ssm' | 'ec2', options: AwsAllowListSourceOptions, headers: Record<string, string>, body: string): Promise<string> {
  const base = new URL(options.endpoint ?? `https://${service}.${options.region}.amazonaws.com${options.region.startsWith('cn-') ? '.cn' : ''}`);
  const signer = new SignatureV4({ service, region: options.region, credentials: options.credentials ?? defaultProvider(), sha256: Sha256 });
  const request = await signer.sign({
    method: 'POST',
    protocol: base.protocol,
    hostname: base.hostname,
    port: base.port ? Number(base.port) : undefined,
    path: '/',
    headers: { host: base.host, ...headers },
    body,
  });
  const response = await fetch(`${base.origin}/`, { method: 'POST', headers: request.headers, body, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  const text = await response.text();
  if (!response.ok) throw new HttpError(response.status, text, `${service} call`);
  return text;
}

async function readSsmParameter(name: string, options: AwsAllowListSourceOptions): Promise<string> {
  const answer = await signedCall(
    'ssm',
    options,
    { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.GetParameter' },
    JSON.stringify({ Name: name, WithDecryption: true }),
  );
  const value = (JSON.parse(answer) as { Parameter?: { Value?: unknown } }).Parameter?.Value;
  if (typeof value !== 'string') throw new Error('GetParameter returned no value');
  return value;
}

async function readPrefixList(id: string, options: AwsAllowListSourceOptions): Promise<string[]> {
  const cidrs: string[] = [];
  let token: string | undefined;
  for (let page = 0; page < 100; page++) {
    const params = new URLSearchParams({ Action: 'GetManagedPrefixListEntries', Version: '2016-11-15', PrefixListId: id, MaxResults: '100' });
    if (token) params.set('NextToken', token);
    const xml = await signedCall('ec2', options, { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, params.toString());
    for (const match of xml.matchAll(/<cidr>([^<]+)<\/cidr>/g)) cidrs.push(match[1].trim());
    token = /<nextToken>([^<]+)<\/nextToken>/.exec(xml)?.[1];
    if (!token) return cidrs;
  }
  throw new Error('the prefix list has more than 100 pages of entries');
}
