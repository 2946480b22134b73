/**
 * The AWS side of digest verification: the digest object and its signature metadata from S3, the SHA-256 of a
 * decompressed log file (streamed), and the region's CloudTrail public keys (`ListPublicKeys`, SigV4-signed).
 */
import { createHash } from 'crypto';
import { Readable } from 'stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SignedCallOptions, signedCall } from '../signed-request';
import { CloudTrailPublicKey, DigestVerificationIo, MAX_DIGEST_BYTES } from './digest';
import { inflatedChunks } from './log-file';

/** CloudTrail's JSON 1.1 target for ListPublicKeys. */
const LIST_PUBLIC_KEYS = 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.ListPublicKeys';

/** The region's CloudTrail public keys valid between `start` and `end` (every page). */
export async function listCloudTrailPublicKeys(
  region: string,
  start: Date,
  end: Date,
  options: Omit<SignedCallOptions, 'region'> = {},
): Promise<CloudTrailPublicKey[]> {
  const keys: CloudTrailPublicKey[] = [];
  let token: string | undefined;
  for (let page = 0; page < 20; page++) {
    const body = JSON.stringify({
      StartTime: Math.floor(start.getTime() / 1000),
      EndTime: Math.ceil(end.getTime() / 1000),
      ...(token ? { NextToken: token } : {}),
    });
    const answer = JSON.parse(
      await signedCall(
        'cloudtrail',
        { ...options, region },
        { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': LIST_PUBLIC_KEYS },
        body,
      ),
    ) as { PublicKeyList?: { Value?: string; Fingerprint?: string }[]; NextToken?: string };
    for (const key of answer.PublicKeyList ?? []) {
      if (key.Value && key.Fingerprint)
        keys.push({ fingerprint: key.Fingerprint, der: Buffer.from(key.Value, 'base64') });
    }
    token = answer.NextToken;
    if (!token) break;
  }
  return keys;
}

async function bodyBytes(body: unknown, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as Readable) {
    size += (chunk as Buffer).length;
    if (size > max) throw new Error(`the object is larger than ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Digest verification over S3 and CloudTrail; keys are cached per region for the instance's life. */
export function awsDigestVerificationIo(
  s3: S3Client,
  options: Omit<SignedCallOptions, 'region'> = {},
): DigestVerificationIo {
  const keyCache = new Map<string, readonly CloudTrailPublicKey[]>();
  return {
    async getObject(bucket, key) {
      const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return { body: await bodyBytes(output.Body, MAX_DIGEST_BYTES), metadata: output.Metadata ?? {} };
    },
    async inflatedSha256(bucket, key) {
      const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const hash = createHash('sha256');
      // The log files' streaming reader: bad gzip, the size cap and S3 stream errors all end up thrown here.
      for await (const chunk of inflatedChunks(output.Body as Readable)) hash.update(chunk);
      return hash.digest('hex');
    },
    async publicKeys(region, start, end) {
      // Keys rotate: cache per region and day of the digests asking.
      const cacheKey = `${region} ${start.toISOString().slice(0, 10)}`;
      const cached = keyCache.get(cacheKey);
      if (cached && cached.length > 0) return cached;
      const keys = await listCloudTrailPublicKeys(region, start, end, options);
      keyCache.set(cacheKey, keys);
      return keys;
    },
  };
}
