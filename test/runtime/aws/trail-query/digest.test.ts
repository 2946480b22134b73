/**
 * Issue 13 Low: optional CloudTrail digest verification in trail ingestion. A digest's signature is checked with the
 * region's CloudTrail public key and every log file it lists is hashed; a tampered or deleted file, a forged digest
 * or a digest that names another location fails its SQS message (retries, then the dead-letter queue and its alarm).
 */
import { createHash, generateKeyPairSync, sign } from 'crypto';
import { IncomingHttpHeaders, createServer } from 'http';
import { AddressInfo } from 'net';
import { PassThrough } from 'stream';
import { gunzipSync, gzipSync } from 'zlib';
import { S3Client } from '@aws-sdk/client-s3';
import { createTrailIngestHandler } from '../../../../runtime/aws/functions/trail-ingest';
import {
  CloudTrailDigest,
  DigestVerificationIo,
  digestKeyRegion,
  digestStringToSign,
  verifyDigestFile,
} from '../../../../runtime/aws/trail-query/digest';
import { awsDigestVerificationIo, listCloudTrailPublicKeys } from '../../../../runtime/aws/trail-query/digest-io';
import { inflatedChunks } from '../../../../runtime/aws/trail-query/log-file';
import { TrailStore } from '../../../../runtime/aws/trail-query/trail-store';

const BUCKET = 'acme-trail';
const DIGEST_KEY =
  'AWSLogs/111122223333/CloudTrail-Digest/eu-west-1/2024/05/01/111122223333_CloudTrail-Digest_eu-west-1_org_eu-west-1_20240501T130000Z.json.gz';
const LOG_KEY =
  'AWSLogs/111122223333/CloudTrail/eu-west-1/2024/05/01/111122223333_CloudTrail_eu-west-1_20240501T1255Z_abc.json.gz';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const der = publicKey.export({ type: 'pkcs1', format: 'der' });
const FINGERPRINT = createHash('md5').update(der).digest('hex');

const PREVIOUS_KEY = DIGEST_KEY.replace('20240501T130000Z', '20240501T120000Z');
const PREVIOUS_SIGNATURE = 'ab'.repeat(256);

function fixture(overrides: { log?: string; digest?: Partial<CloudTrailDigest>; signWith?: string } = {}) {
  const logContent = '{"Records":[]}';
  const digest: CloudTrailDigest = {
    digestStartTime: '2024-05-01T12:00:00Z',
    digestEndTime: '2024-05-01T13:00:00Z',
    digestS3Bucket: BUCKET,
    digestS3Object: DIGEST_KEY,
    digestPublicKeyFingerprint: FINGERPRINT,
    digestSignatureAlgorithm: 'SHA256withRSA',
    previousDigestSignature: null,
    logFiles: [
      {
        s3Bucket: BUCKET,
        s3Object: LOG_KEY,
        hashValue: createHash('sha256').update(logContent).digest('hex'),
        hashAlgorithm: 'SHA-256',
      },
    ],
    ...overrides.digest,
  };
  const inflated = Buffer.from(JSON.stringify(digest));
  const signature = sign('sha256', Buffer.from(overrides.signWith ?? digestStringToSign(digest, inflated)), privateKey);
  const objects = new Map<string, Buffer>([
    [DIGEST_KEY, gzipSync(inflated)],
    [LOG_KEY, gzipSync(overrides.log ?? logContent)],
    [PREVIOUS_KEY, gzipSync('{}')],
  ]);
  const io: DigestVerificationIo = {
    getObject: async (_bucket, key) => {
      const body = objects.get(key);
      if (!body) throw new Error('NoSuchKey');
      const signed = key === PREVIOUS_KEY ? PREVIOUS_SIGNATURE : signature.toString('hex');
      return { body, metadata: { signature: signed, 'signature-algorithm': 'SHA256withRSA' } };
    },
    inflatedSha256: async (_bucket, key) => {
      const body = objects.get(key);
      if (!body) throw new Error('NoSuchKey');
      return createHash('sha256').update(gunzipSync(body)).digest('hex');
    },
    publicKeys: async () => [{ fingerprint: FINGERPRINT, der }],
  };
  return { io, objects };
}

describe('digest verification', () => {
  test('digest keys and their region', () => {
    expect(digestKeyRegion(DIGEST_KEY)).toBe('eu-west-1');
    expect(digestKeyRegion(`trail/${DIGEST_KEY}`, 'trail/')).toBe('eu-west-1');
    expect(digestKeyRegion(LOG_KEY)).toBeUndefined();
    expect(digestKeyRegion(DIGEST_KEY.replace('eu-west-1/2024', 'evil.example/2024'))).toBeUndefined();
  });

  test('a genuine digest and unchanged log files are valid', async () => {
    expect(await verifyDigestFile(BUCKET, DIGEST_KEY, '', fixture().io)).toEqual({
      valid: true,
      problems: [],
      logFilesChecked: 1,
    });
  });

  test('a changed log file, a deleted one, a forged signature and a moved digest all fail', async () => {
    expect((await verifyDigestFile(BUCKET, DIGEST_KEY, '', fixture({ log: '{"Records":[{}]}' }).io)).problems).toEqual([
      expect.stringMatching(/111122223333_CloudTrail_eu-west-1_.*changed since delivery/),
    ]);
    const deleted = fixture();
    deleted.objects.delete(LOG_KEY);
    expect((await verifyDigestFile(BUCKET, DIGEST_KEY, '', deleted.io)).problems).toEqual([
      expect.stringMatching(/could not be read \(NoSuchKey\)/),
    ]);
    expect((await verifyDigestFile(BUCKET, DIGEST_KEY, '', fixture({ signWith: 'forged' }).io)).problems).toEqual([
      expect.stringMatching(/signature verification failed/),
    ]);
    expect(
      (await verifyDigestFile(BUCKET, DIGEST_KEY, '', fixture({ digest: { digestS3Bucket: 'other' } }).io)).problems,
    ).toEqual([expect.stringMatching(/says it is s3:\/\/other\//)]);
    const foreign = fixture({
      digest: { logFiles: [{ s3Bucket: 'attacker-bucket', s3Object: LOG_KEY, hashValue: 'x' }] },
    });
    expect((await verifyDigestFile(BUCKET, DIGEST_KEY, '', foreign.io)).problems).toEqual([
      expect.stringMatching(/attacker-bucket.*listed in another bucket than the digest, not fetched/),
    ]);
  });

  test('the chain: the previous digest must exist and carry the signature the digest names', async () => {
    const chained = {
      previousDigestSignature: PREVIOUS_SIGNATURE,
      previousDigestS3Bucket: BUCKET,
      previousDigestS3Object: PREVIOUS_KEY,
    };
    expect((await verifyDigestFile(BUCKET, DIGEST_KEY, '', fixture({ digest: chained }).io)).valid).toBe(true);
    const deleted = fixture({ digest: chained });
    deleted.objects.delete(PREVIOUS_KEY);
    expect((await verifyDigestFile(BUCKET, DIGEST_KEY, '', deleted.io)).problems).toEqual([
      expect.stringMatching(/previous digest .*T120000Z.json.gz could not be read \(NoSuchKey\): the chain is broken/),
    ]);
    const resigned = fixture({ digest: { ...chained, previousDigestSignature: 'cd'.repeat(256) } });
    expect((await verifyDigestFile(BUCKET, DIGEST_KEY, '', resigned.io)).problems).toEqual([
      expect.stringMatching(/does not carry the signature this digest names/),
    ]);
    const elsewhere = fixture({ digest: { ...chained, previousDigestS3Bucket: 'attacker-bucket' } });
    expect((await verifyDigestFile(BUCKET, DIGEST_KEY, '', elsewhere.io)).problems).toEqual([
      expect.stringMatching(/attacker-bucket.*in another bucket, not fetched/),
    ]);
    const unnamed = fixture({ digest: { previousDigestSignature: PREVIOUS_SIGNATURE } });
    expect((await verifyDigestFile(BUCKET, DIGEST_KEY, '', unnamed.io)).problems).toEqual([
      expect.stringMatching(/no previous digest object/),
    ]);
  });

  test('the ingestion handler fails the message of a digest that does not verify, when asked to verify', async () => {
    const message = (key: string) => ({
      messageId: key === DIGEST_KEY ? 'm-digest' : 'm-other',
      body: JSON.stringify({ detail: { bucket: { name: BUCKET }, object: { key } } }),
    });
    const store = {} as TrailStore;
    const settings = (values: Record<string, string>) => (name: string) => values[name];
    const tampered = fixture({ log: 'changed' }).io;
    const verifying = createTrailIngestHandler({
      settings: settings({ TRAILWATCH_VERIFY_DIGESTS: 'true' }),
      store,
      s3: {} as never,
      digests: tampered,
    });
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await verifying({ Records: [message(DIGEST_KEY)] })).toEqual({
      batchItemFailures: [{ itemIdentifier: 'm-digest' }],
    });
    const good = createTrailIngestHandler({
      settings: settings({ TRAILWATCH_VERIFY_DIGESTS: 'true' }),
      store,
      s3: {} as never,
      digests: fixture().io,
    });
    expect(await good({ Records: [message(DIGEST_KEY)] })).toEqual({ batchItemFailures: [] });
    // Off (the default): digest files are ignored as before.
    const off = createTrailIngestHandler({ settings: settings({}), store, s3: {} as never, digests: tampered });
    expect(await off({ Records: [message(DIGEST_KEY)] })).toEqual({ batchItemFailures: [] });
    jest.restoreAllMocks();
  });
});

describe('CloudTrail ListPublicKeys against a local server', () => {
  test('SigV4-signed JSON call, every page, keys decoded', async () => {
    const seen: { headers: IncomingHttpHeaders; body: string }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        seen.push({ headers: req.headers, body });
        const second = body.includes('NextToken');
        res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1' });
        res.end(
          JSON.stringify({
            PublicKeyList: [{ Value: der.toString('base64'), Fingerprint: second ? 'f2' : FINGERPRINT }],
            ...(second ? {} : { NextToken: 'page2' }),
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const keys = await listCloudTrailPublicKeys(
        'eu-west-1',
        new Date('2024-05-01T12:00:00Z'),
        new Date('2024-05-01T13:00:00Z'),
        {
          endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          credentials: async () => ({ accessKeyId: 'AKID', secretAccessKey: 'secret' }),
        },
      );
      expect(keys.map((k) => k.fingerprint)).toEqual([FINGERPRINT, 'f2']);
      expect(keys[0].der.equals(der)).toBe(true);
      expect(seen[0].headers['x-amz-target']).toBe(
        'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.ListPublicKeys',
      );
      expect(seen[0].headers.authorization).toMatch(/\/eu-west-1\/cloudtrail\/aws4_request/);
      expect(JSON.parse(seen[0].body)).toEqual({ StartTime: 1714564800, EndTime: 1714568400 });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('digest verification I/O against a local S3', () => {
  test('digest bytes with their signature metadata; the SHA-256 of a log file, decompressed as a stream', async () => {
    const logBody = gzipSync('{"Records":[{"eventName":"x"}]}');
    const server = createServer((req, res) => {
      const isDigest = (req.url ?? '').includes('CloudTrail-Digest');
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        ...(isDigest ? { 'x-amz-meta-signature': 'abcd', 'x-amz-meta-signature-algorithm': 'SHA256withRSA' } : {}),
      });
      res.end(isDigest ? gzipSync('{}') : logBody);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const s3 = new S3Client({
        region: 'eu-west-1',
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        forcePathStyle: true,
        credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
      });
      const io = awsDigestVerificationIo(s3);
      const digest = await io.getObject(BUCKET, DIGEST_KEY);
      expect(digest.metadata).toEqual({ signature: 'abcd', 'signature-algorithm': 'SHA256withRSA' });
      expect(gunzipSync(digest.body).toString()).toBe('{}');
      expect(await io.inflatedSha256(BUCKET, LOG_KEY)).toBe(
        createHash('sha256').update('{"Records":[{"eventName":"x"}]}').digest('hex'),
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('a log file that is not gzip is a problem of its digest: no unhandled rejection, the batch goes on', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.from('this is not gzip at all, but plain text '.repeat(200)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const s3 = new S3Client({
        region: 'eu-west-1',
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        forcePathStyle: true,
        credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
      });
      const io = awsDigestVerificationIo(s3);
      await expect(io.inflatedSha256(BUCKET, LOG_KEY)).rejects.toThrow(/not readable gzip/);
      // The handler: the digest whose log file is not gzip fails its own message; the next message still runs.
      const { io: fake } = fixture();
      const digests: DigestVerificationIo = {
        ...fake,
        inflatedSha256: (bucket, key) => io.inflatedSha256(bucket, key),
      };
      jest.spyOn(console, 'log').mockImplementation(() => undefined);
      jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const handler = createTrailIngestHandler({
        settings: (name: string) => ({ TRAILWATCH_VERIFY_DIGESTS: 'true' })[name as 'TRAILWATCH_VERIFY_DIGESTS'],
        store: {} as TrailStore,
        s3: {} as never,
        digests,
      });
      const message = (id: string, key: string) => ({
        messageId: id,
        body: JSON.stringify({ detail: { bucket: { name: BUCKET }, object: { key } } }),
      });
      expect(
        await handler({ Records: [message('m-digest', DIGEST_KEY), message('m-ignored', 'AWSLogs/other.txt')] }),
      ).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-digest' }] });
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      jest.restoreAllMocks();
      process.off('unhandledRejection', onUnhandled);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the streaming reader digest hashing shares', () => {
  test('the size cap and a source stream error end the loop with one error and release the source', async () => {
    const big = new PassThrough();
    big.end(gzipSync(Buffer.alloc(64 * 1024)));
    const capped = (async () => {
      for await (const chunk of inflatedChunks(big, { maxBytes: 1024 })) void chunk;
    })();
    await expect(capped).rejects.toThrow(/larger than 1024 bytes/);
    expect(big.destroyed).toBe(true);

    const broken = new PassThrough();
    broken.write(gzipSync('{"Records":[]}').subarray(0, 10));
    setImmediate(() => broken.destroy(new Error('socket hang up')));
    await expect(
      (async () => {
        for await (const chunk of inflatedChunks(broken)) void chunk;
      })(),
    ).rejects.toThrow(/not readable gzip: socket hang up/);
  });
});
