/**
 * CloudTrail log file integrity (digest) verification, as the CloudTrail user guide's "custom implementations of
 * log file integrity validation" and `aws cloudtrail validate-logs` do it:
 * - a digest file (`…/CloudTrail-Digest/<region>/YYYY/MM/DD/…json.gz`) is signed: the S3 object's
 *   `x-amz-meta-signature` is an RSA PKCS#1 v1.5 SHA-256 signature (hex) over
 *   `digestEndTime \n digestS3Bucket/digestS3Object \n hex(sha256(inflated digest)) \n previousDigestSignature`
 *   (`null` for the first digest of a chain), made with the region's CloudTrail key whose fingerprint the digest
 *   names (`ListPublicKeys`, DER PKCS#1);
 * - each log file the digest lists has `hashValue` = hex(sha256(inflated log file)).
 * - the chain: a digest that names a previous one (`previousDigestSignature` not null) is checked against it: the
 *   previous digest object (`previousDigestS3Bucket`/`previousDigestS3Object`) must still exist and carry exactly that
 *   signature, so a deleted or replaced digest breaks the chain visibly instead of being trusted.
 * Everything the digest names is checked against what the function was told: the digest's own location must be the
 * notified object, and listed log files and the previous digest must be in the same bucket (nothing is fetched from a
 * bucket or region the digest content picks).
 *
 * Verification runs when a digest file arrives, that is after the log files it covers were ingested (CloudTrail
 * delivers a digest about an hour after its files): it detects tampering, it does not hold records back.
 */
import { createHash, createPublicKey, verify } from 'crypto';
import { gunzipSync } from 'zlib';

/** The fields of a digest file that verification reads. */
export interface CloudTrailDigest {
  readonly digestStartTime: string;
  readonly digestEndTime: string;
  readonly digestS3Bucket: string;
  readonly digestS3Object: string;
  readonly digestPublicKeyFingerprint: string;
  readonly digestSignatureAlgorithm?: string;
  readonly previousDigestSignature: string | null;
  readonly previousDigestS3Bucket?: string | null;
  readonly previousDigestS3Object?: string | null;
  readonly logFiles: readonly { s3Bucket: string; s3Object: string; hashValue: string; hashAlgorithm?: string }[];
}

const DIGEST_KEY_TAIL =
  /^AWSLogs\/(o-[a-z0-9]{10,32}\/)?\d{12}\/CloudTrail-Digest\/([a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d)\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.json\.gz$/;

/** Digest files are a few KB; anything far larger is not one. */
export const MAX_DIGEST_BYTES = 16 * 1024 * 1024;

/** The region of a digest file key under `keyPrefix` (a well-formed AWS region), or undefined if it is not one. */
export function digestKeyRegion(key: string, keyPrefix = ''): string | undefined {
  if (!key.startsWith(`${keyPrefix}AWSLogs/`)) return undefined;
  return DIGEST_KEY_TAIL.exec(key.slice(keyPrefix.length))?.[2];
}

/** The string CloudTrail signs for a digest (`inflated` is the decompressed digest file). */
export function digestStringToSign(digest: CloudTrailDigest, inflated: Buffer): string {
  return [
    digest.digestEndTime,
    `${digest.digestS3Bucket}/${digest.digestS3Object}`,
    createHash('sha256').update(inflated).digest('hex'),
    digest.previousDigestSignature ?? 'null',
  ].join('\n');
}

/** A CloudTrail public key: `ListPublicKeys` gives DER PKCS#1 (base64 in the JSON answer). */
export interface CloudTrailPublicKey {
  readonly fingerprint: string;
  readonly der: Buffer;
}

function publicKeyOf(der: Buffer): ReturnType<typeof createPublicKey> {
  try {
    return createPublicKey({ key: der, format: 'der', type: 'pkcs1' });
  } catch {
    // Some tools hand the key on still base64-encoded.
    return createPublicKey({ key: Buffer.from(der.toString('ascii'), 'base64'), format: 'der', type: 'pkcs1' });
  }
}

/** True when the hex signature is CloudTrail's signature of the digest. */
export function verifyDigestSignature(
  digest: CloudTrailDigest,
  inflated: Buffer,
  signatureHex: string,
  key: CloudTrailPublicKey,
): boolean {
  if (!/^[0-9a-f]+$/i.test(signatureHex) || signatureHex.length % 2 !== 0) return false;
  return verify(
    'sha256',
    Buffer.from(digestStringToSign(digest, inflated), 'utf8'),
    publicKeyOf(key.der),
    Buffer.from(signatureHex, 'hex'),
  );
}

/** What verification reads: the digest object and its metadata, each listed file's hash, the region's keys. */
export interface DigestVerificationIo {
  getObject(bucket: string, key: string): Promise<{ body: Buffer; metadata: Record<string, string | undefined> }>;
  /** hex(sha256) of the decompressed object. */
  inflatedSha256(bucket: string, key: string): Promise<string>;
  publicKeys(region: string, start: Date, end: Date): Promise<readonly CloudTrailPublicKey[]>;
}

export interface DigestVerdict {
  readonly valid: boolean;
  /** Each reason the digest or a log file it lists failed; empty when valid. */
  readonly problems: readonly string[];
  readonly logFilesChecked: number;
}

function parseDigest(inflated: Buffer): CloudTrailDigest | undefined {
  try {
    const digest = JSON.parse(inflated.toString('utf8')) as Partial<CloudTrailDigest>;
    const strings = [
      'digestStartTime',
      'digestEndTime',
      'digestS3Bucket',
      'digestS3Object',
      'digestPublicKeyFingerprint',
    ];
    if (!strings.every((k) => typeof digest[k as keyof CloudTrailDigest] === 'string')) return undefined;
    if (!Array.isArray(digest.logFiles)) return undefined;
    return { ...digest, previousDigestSignature: digest.previousDigestSignature ?? null } as CloudTrailDigest;
  } catch {
    return undefined;
  }
}

/**
 * Verifies one digest file: its signature with the region's key, and the hash of every log file it lists. A log
 * file that no longer exists or was changed is a problem; so is a digest that names another location than the one
 * notified.
 */
export async function verifyDigestFile(
  bucket: string,
  key: string,
  keyPrefix: string,
  io: DigestVerificationIo,
): Promise<DigestVerdict> {
  const at = `s3://${bucket}/${key}`;
  const region = digestKeyRegion(key, keyPrefix);
  if (!region) return { valid: false, problems: [`${at} is not a CloudTrail digest file key`], logFilesChecked: 0 };
  const object = await io.getObject(bucket, key);
  if (object.body.length > MAX_DIGEST_BYTES) {
    return { valid: false, problems: [`${at} is larger than ${MAX_DIGEST_BYTES} bytes`], logFilesChecked: 0 };
  }
  let inflated: Buffer;
  try {
    inflated = gunzipSync(object.body, { maxOutputLength: MAX_DIGEST_BYTES });
  } catch {
    return { valid: false, problems: [`${at} is not gzip`], logFilesChecked: 0 };
  }
  const digest = parseDigest(inflated);
  if (!digest) return { valid: false, problems: [`${at} is not a digest file`], logFilesChecked: 0 };
  if (digest.digestS3Bucket !== bucket || digest.digestS3Object !== key) {
    return {
      valid: false,
      problems: [`${at} says it is s3://${digest.digestS3Bucket}/${digest.digestS3Object}`],
      logFilesChecked: 0,
    };
  }
  const signature = object.metadata.signature;
  const keys = await io.publicKeys(region, new Date(digest.digestStartTime), new Date(digest.digestEndTime));
  const publicKey = keys.find((k) => k.fingerprint === digest.digestPublicKeyFingerprint);
  const problems: string[] = [];
  if (!signature) problems.push(`${at} has no signature metadata`);
  else if (!publicKey)
    problems.push(`${at}: no CloudTrail public key ${digest.digestPublicKeyFingerprint} in ${region}`);
  else if (!verifyDigestSignature(digest, inflated, signature, publicKey))
    problems.push(`${at}: signature verification failed`);
  if (problems.length > 0) return { valid: false, problems, logFilesChecked: 0 };
  const chainProblem = await previousDigestProblem(digest, bucket, keyPrefix, io);
  if (chainProblem) problems.push(`${at}: ${chainProblem}`);
  for (const file of digest.logFiles) {
    const fileAt = `s3://${file.s3Bucket}/${file.s3Object}`;
    if (file.s3Bucket !== bucket) {
      problems.push(`${fileAt}: listed in another bucket than the digest, not fetched`);
      continue;
    }
    try {
      const hash = await io.inflatedSha256(file.s3Bucket, file.s3Object);
      if (hash !== file.hashValue)
        problems.push(`${fileAt}: changed since delivery (SHA-256 ${hash}, digest ${file.hashValue})`);
    } catch (error) {
      problems.push(`${fileAt}: could not be read (${(error as Error).message})`);
    }
  }
  return { valid: problems.length === 0, problems, logFilesChecked: digest.logFiles.length };
}

/**
 * Why the digest's link to the previous one does not hold, or undefined when it does (or there is no previous one:
 * the first digest after logging started). The signature the digest quotes is the one it was signed over, so a
 * previous object that is gone, moved or re-signed shows here.
 */
async function previousDigestProblem(
  digest: CloudTrailDigest,
  bucket: string,
  keyPrefix: string,
  io: DigestVerificationIo,
): Promise<string | undefined> {
  const signature = digest.previousDigestSignature;
  if (signature === null) return undefined;
  const previousBucket = digest.previousDigestS3Bucket;
  const previousKey = digest.previousDigestS3Object;
  if (!previousBucket || !previousKey) return 'names a previous digest signature but no previous digest object';
  const previousAt = `s3://${previousBucket}/${previousKey}`;
  if (previousBucket !== bucket) return `previous digest ${previousAt} is in another bucket, not fetched`;
  if (!digestKeyRegion(previousKey, keyPrefix)) return `previous digest ${previousAt} is not a digest file key`;
  let metadata: Record<string, string | undefined>;
  try {
    metadata = (await io.getObject(previousBucket, previousKey)).metadata;
  } catch (error) {
    return `previous digest ${previousAt} could not be read (${(error as Error).message}): the chain is broken`;
  }
  if (metadata.signature?.toLowerCase() !== signature.toLowerCase())
    return `previous digest ${previousAt} does not carry the signature this digest names: the chain is broken`;
  return undefined;
}
