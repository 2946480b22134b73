/**
 * A tiny S3 stand-in on 127.0.0.1 (path-style): GetObject and ListObjectsV2 (prefix, delimiter, pagination) over
 * an in-memory bucket, so the handlers' real S3 client streams real HTTP bodies.
 */
import { createServer } from 'http';
import { AddressInfo } from 'net';
import { readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';

export interface FakeS3 {
  readonly endpoint: string;
  readonly objects: Map<string, Buffer>;
  /** Request paths (with query) received, for assertions. */
  readonly requests: string[];
  put(bucket: string, key: string, body: Buffer): void;
  close(): Promise<void>;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function startFakeS3(pageSize = 1000): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = rest.map(decodeURIComponent).join('/');
    if (key === '' && url.searchParams.get('list-type') === '2') {
      const prefix = url.searchParams.get('prefix') ?? '';
      const delimiter = url.searchParams.get('delimiter') ?? '';
      const after = url.searchParams.get('continuation-token') ?? '';
      const keys = [...objects.keys()]
        .filter((k) => k.startsWith(`${bucket}/`))
        .map((k) => k.slice(bucket.length + 1))
        .filter((k) => k.startsWith(prefix))
        .sort();
      const contents: string[] = [];
      const prefixes = new Set<string>();
      for (const k of keys) {
        const cut = delimiter ? k.indexOf(delimiter, prefix.length) : -1;
        if (cut >= 0) prefixes.add(k.slice(0, cut + delimiter.length));
        else contents.push(k);
      }
      const entries = [...contents.map((k) => ({ k, p: false })), ...[...prefixes].map((k) => ({ k, p: true }))].sort(
        (a, b) => (a.k < b.k ? -1 : 1),
      );
      const remaining = entries.filter((e) => e.k > after);
      const page = remaining.slice(0, pageSize);
      const truncated = remaining.length > page.length;
      const xml =
        `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>${truncated}</IsTruncated>` +
        (truncated ? `<NextContinuationToken>${escapeXml(page[page.length - 1].k)}</NextContinuationToken>` : '') +
        page
          .map((e) =>
            e.p
              ? `<CommonPrefixes><Prefix>${escapeXml(e.k)}</Prefix></CommonPrefixes>`
              : `<Contents><Key>${escapeXml(e.k)}</Key><Size>${objects.get(`${bucket}/${e.k}`)?.length ?? 0}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
          )
          .join('') +
        '</ListBucketResult>';
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(xml);
      return;
    }
    const body = objects.get(`${bucket}/${key}`);
    if (req.method === 'GET' && body) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
      res.end(body);
      return;
    }
    res.writeHead(404, { 'content-type': 'application/xml' });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${escapeXml(key)}</Key></Error>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    put: (bucket, key, body) => objects.set(`${bucket}/${key}`, body),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The documented CloudTrail records (see fixtures/cloudtrail-user-guide-records.json). */
export function documentedRecords(): unknown[] {
  const document = JSON.parse(readFileSync(join(__dirname, 'fixtures/cloudtrail-user-guide-records.json'), 'utf8')) as {
    Records: unknown[];
  };
  return document.Records;
}

/** A CloudTrail log file: `{"Records":[...]}`, gzip-compressed. */
export function gzipLogFile(records: readonly unknown[]): Buffer {
  return gzipSync(Buffer.from(JSON.stringify({ Records: records })));
}

/** A key as CloudTrail writes it. */
export function logKey(
  prefix: string,
  account: string,
  region: string,
  delivered: Date,
  unique = 'Mu0KsOhtH1ar15ZZ',
): string {
  const iso = delivered.toISOString();
  const day = iso.slice(0, 10).replace(/-/g, '/');
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
  return `${prefix}AWSLogs/${account}/CloudTrail/${region}/${day}/${account}_CloudTrail_${region}_${stamp}_${unique}.json.gz`;
}
