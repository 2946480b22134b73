/**
 * Managed allow-list sources on AWS: an S3 object, an SSM parameter (SecureString decrypted), an EC2 managed prefix
 * list. SSM and EC2 are called with SigV4-signed HTTPS requests (the SDK's own signer and credential chain), so the
 * function bundle needs no extra client package. Hosts come from the function's region, never from event content.
 */
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AllowListSource, AllowListSourceRef } from '../core/allow-list-source';
import { SignedCallOptions, signedCall } from './signed-request';

/** An allow-list object larger than this is refused (a list of 10,000 CIDRs is ~200 KB). */
export const MAX_ALLOW_LIST_OBJECT_BYTES = 4 * 1024 * 1024;

/** The function's region (SSM, EC2) and endpoint override (also for S3; checked by the handler). */
export interface AwsAllowListSourceOptions extends SignedCallOptions {
  readonly s3?: S3Client;
}

export function awsAllowListSource(ref: AllowListSourceRef, options: AwsAllowListSourceOptions): AllowListSource {
  switch (ref.kind) {
    case 's3':
      return {
        name: ref.text,
        read: () =>
          readS3Object(
            options.s3 ??
              new S3Client({
                region: options.region,
                // The list's bucket may be in another region than the function.
                followRegionRedirects: true,
                ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
              }),
            ref.target,
            ref.key as string,
          ),
      };
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
  if (Number(output.ContentLength ?? 0) > MAX_ALLOW_LIST_OBJECT_BYTES)
    throw new Error(`the object is larger than ${MAX_ALLOW_LIST_OBJECT_BYTES} bytes`);
  const text = await output.Body?.transformToString('utf-8');
  if (text === undefined) throw new Error('the object has no body');
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
    const params = new URLSearchParams({
      Action: 'GetManagedPrefixListEntries',
      Version: '2016-11-15',
      PrefixListId: id,
      MaxResults: '100',
    });
    if (token) params.set('NextToken', token);
    const xml = await signedCall(
      'ec2',
      options,
      { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      params.toString(),
    );
    for (const match of xml.matchAll(/<cidr>([^<]+)<\/cidr>/g)) cidrs.push(match[1].trim());
    token = /<nextToken>([^<]+)<\/nextToken>/.exec(xml)?.[1];
    if (!token) return cidrs;
  }
  throw new Error('the prefix list has more than 100 pages of entries');
}
