/**
 * Issue 13, "allow-lists at enterprise scale", runtime part: managed sources (S3, SSM, EC2 prefix lists, OBS) read at
 * cold start, cached with a TTL, and a clear alert (not silence) when a source cannot be read.
 */
import { IncomingHttpHeaders, createServer } from 'http';
import { AddressInfo } from 'net';
import { S3Client } from '@aws-sdk/client-s3';
import { awsAllowListSource } from '../../../runtime/aws/allow-list-sources';
import { IpVerdict } from '../../../runtime/core/allow-list';
import {
  AllowListSource,
  LoginAllowList,
  ManagedAllowList,
  allowListProblemAlert,
  allowListSourceSettings,
  parseAllowListSourceRef,
  parseAllowListText,
} from '../../../runtime/core/allow-list-source';
import { obsAllowListSource } from '../../../runtime/huaweicloud/obs';

describe('allow-list text and source references', () => {
  test('one entry per line, commas, comments and JSON arrays', () => {
    expect(parseAllowListText('# office\n203.0.113.0/24  # HQ\n198.51.100.7, 2001:db8::/32\n\n')).toEqual([
      '203.0.113.0/24',
      '198.51.100.7',
      '2001:db8::/32',
    ]);
    expect(parseAllowListText('["10.0.0.0/8", " 192.0.2.1 "]')).toEqual(['10.0.0.0/8', '192.0.2.1']);
    expect(() => parseAllowListText('[1,2]')).toThrow(/array of strings/);
  });

  test('source references', () => {
    expect(parseAllowListSourceRef('s3://my-bucket/lists/office.txt')).toMatchObject({
      kind: 's3',
      target: 'my-bucket',
      key: 'lists/office.txt',
    });
    expect(parseAllowListSourceRef('obs://audit-lists/allow.txt')).toMatchObject({
      kind: 'obs',
      target: 'audit-lists',
      key: 'allow.txt',
    });
    expect(parseAllowListSourceRef('ssm:/trailwatch/allow-list')).toMatchObject({
      kind: 'ssm',
      target: '/trailwatch/allow-list',
    });
    expect(parseAllowListSourceRef('ec2-prefix-list:pl-0123456789abcdef0')).toMatchObject({
      kind: 'ec2-prefix-list',
      target: 'pl-0123456789abcdef0',
    });
    for (const bad of [
      'https://evil.example/list',
      's3://Bad_Bucket/x',
      'ssm:',
      'ec2-prefix-list:sg-123',
      'obs://bucket',
    ]) {
      expect(() => parseAllowListSourceRef(bad)).toThrow(/is not one of/);
    }
    expect(
      allowListSourceSettings(
        (n) => ({ TRAILWATCH_ALLOW_LIST_SOURCES: 'ssm:/a, s3://bkt/k', TRAILWATCH_ALLOW_LIST_TTL_SECONDS: '60' })[n],
      ),
    ).toMatchObject({ ttlMs: 60_000, refs: [{ kind: 'ssm' }, { kind: 's3' }] });
  });
});

describe('ManagedAllowList', () => {
  function source(name: string, answers: (string | string[] | Error)[]): AllowListSource & { reads: number } {
    const s = {
      name,
      reads: 0,
      read: async () => {
        const answer = answers[Math.min(s.reads++, answers.length - 1)];
        if (answer instanceof Error) throw answer;
        return answer;
      },
    };
    return s;
  }

  test('read at cold start, cached for the TTL, read again after it', async () => {
    let now = 0;
    const office = source('s3://b/office', ['203.0.113.0/24', '198.51.100.0/24']);
    const list = new ManagedAllowList({ inline: ['192.0.2.1'], sources: [office], ttlMs: 300_000, now: () => now });
    const first = await list.get();
    expect(first).toMatchObject({ refreshed: true, problems: [] });
    expect(first.list.check('203.0.113.9')).toBe(IpVerdict.ALLOWED);
    expect(first.list.check('192.0.2.1')).toBe(IpVerdict.ALLOWED);
    now = 299_000;
    expect((await list.get()).refreshed).toBe(false);
    expect(office.reads).toBe(1);
    now = 300_000;
    const second = await list.get();
    expect(second.refreshed).toBe(true);
    expect(office.reads).toBe(2);
    expect(second.list.check('203.0.113.9')).toBe(IpVerdict.NOT_ALLOWED);
    expect(second.list.check('198.51.100.9')).toBe(IpVerdict.ALLOWED);
  });

  test('an unreadable source is a problem, never silence; its last good entries are kept', async () => {
    let now = 0;
    const office = source('ssm:/office', [
      ['203.0.113.0/24'],
      new Error('AccessDeniedException: not authorized to perform ssm:GetParameter'),
    ]);
    const list = new ManagedAllowList({ inline: [], sources: [office], ttlMs: 1000, now: () => now });
    expect((await list.get()).problems).toEqual([]);
    now = 1000;
    const stale = await list.get();
    expect(stale.problems).toEqual([
      expect.stringMatching(/ssm:\/office could not be read \(AccessDeniedException.*last good 1 entries are used/),
    ]);
    expect(stale.list.check('203.0.113.9')).toBe(IpVerdict.ALLOWED);
    const alert = allowListProblemAlert(stale.problems, 99);
    expect(alert.subject).toBe('[TrailWatch] Allow-list source unreadable (1 problem)');
    expect(alert.body).toContain('AccessDeniedException');
  });

  test('a source never read adds nothing (fails closed) and says so; bad entries are named and skipped', async () => {
    const broken = source('s3://b/missing', [new Error('NoSuchKey')]);
    const sloppy = source('obs://b/list', ['10.0.0.0/8\nnot-an-ip\n10.1/8']);
    const snapshot = await new ManagedAllowList({ inline: [], sources: [broken, sloppy], ttlMs: 1000 }).get();
    expect(snapshot.problems).toEqual([
      expect.stringMatching(/s3:\/\/b\/missing could not be read \(NoSuchKey\); none of its entries are used/),
      'allow-list source obs://b/list has 2 entries that are not IP addresses or CIDR blocks, skipped: "not-an-ip", "10.1/8"',
    ]);
    expect(snapshot.list.check('10.2.3.4')).toBe(IpVerdict.ALLOWED);
  });

  test('concurrent invocations share one read', async () => {
    const office = source('s3://b/office', ['203.0.113.0/24']);
    const list = new ManagedAllowList({ inline: [], sources: [office], ttlMs: 1000 });
    await Promise.all([list.get(), list.get(), list.get()]);
    expect(office.reads).toBe(1);
  });
});

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Stands in for S3, SSM and EC2 (and OBS) on 127.0.0.1. */
async function fakeAws() {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.headers['x-amz-target'] === 'AmazonSSM.GetParameter') {
        const name = (JSON.parse(body) as { Name: string }).Name;
        if (name === '/denied') {
          res.writeHead(400, { 'Content-Type': 'application/x-amz-json-1.1' });
          return res.end('{"__type":"AccessDeniedException","message":"not authorized"}');
        }
        res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1' });
        return res.end(
          JSON.stringify({ Parameter: { Name: name, Type: 'StringList', Value: '203.0.113.0/24,198.51.100.7' } }),
        );
      }
      if (body.includes('Action=GetManagedPrefixListEntries')) {
        const second = body.includes('NextToken=page2');
        res.writeHead(200, { 'Content-Type': 'text/xml' });
        return res.end(
          `<GetManagedPrefixListEntriesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><entrySet>` +
            (second
              ? '<item><cidr>2001:db8::/32</cidr></item>'
              : '<item><cidr>10.0.0.0/8</cidr><description>vpn</description></item><item><cidr>192.0.2.0/24</cidr></item>') +
            `</entrySet>${second ? '' : '<nextToken>page2</nextToken>'}</GetManagedPrefixListEntriesResponse>`,
        );
      }
      if (req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        return res.end('# from the bucket\n203.0.113.0/24\n');
      }
      res.writeHead(404);
      return res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('cloud sources against local servers', () => {
  let aws: Awaited<ReturnType<typeof fakeAws>>;
  const credentials = async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'session' });
  beforeAll(async () => {
    aws = await fakeAws();
  });
  afterAll(() => aws.close());
  beforeEach(() => {
    aws.seen.length = 0;
  });

  test('SSM parameter: SigV4-signed GetParameter with decryption', async () => {
    const source = awsAllowListSource(parseAllowListSourceRef('ssm:/trailwatch/allow'), {
      region: 'eu-west-1',
      endpoint: aws.url,
      credentials,
    });
    expect(parseAllowListText(String(await source.read()))).toEqual(['203.0.113.0/24', '198.51.100.7']);
    expect(JSON.parse(aws.seen[0].body)).toEqual({ Name: '/trailwatch/allow', WithDecryption: true });
    expect(aws.seen[0].headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/ssm\/aws4_request/,
    );
    expect(aws.seen[0].headers['x-amz-security-token']).toBe('session');
  });

  test('SSM refusal surfaces as a readable error', async () => {
    const source = awsAllowListSource(parseAllowListSourceRef('ssm:/denied'), {
      region: 'eu-west-1',
      endpoint: aws.url,
      credentials,
    });
    await expect(source.read()).rejects.toThrow(/HTTP 400.*AccessDeniedException/);
  });

  test('EC2 managed prefix list: every page of entries', async () => {
    const source = awsAllowListSource(parseAllowListSourceRef('ec2-prefix-list:pl-0123456789abcdef0'), {
      region: 'eu-west-1',
      endpoint: aws.url,
      credentials,
    });
    expect(await source.read()).toEqual(['10.0.0.0/8', '192.0.2.0/24', '2001:db8::/32']);
    expect(aws.seen).toHaveLength(2);
    expect(aws.seen[0].headers.authorization).toMatch(/\/eu-west-1\/ec2\/aws4_request/);
  });

  test('S3 object and OBS object', async () => {
    const client = new S3Client({
      region: 'eu-west-1',
      endpoint: aws.url,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    const s3 = awsAllowListSource(parseAllowListSourceRef('s3://lists-bucket/office.txt'), {
      region: 'eu-west-1',
      s3: client,
    });
    expect(parseAllowListText(String(await s3.read()))).toEqual(['203.0.113.0/24']);
    expect(aws.seen[0].url).toMatch(/^\/lists-bucket\/office.txt/);
    const obs = obsAllowListSource(
      parseAllowListSourceRef('obs://lists-bucket/office.txt'),
      { endpoint: aws.url, region: 'cn-north-4' },
      () => ({ accessKeyId: 'AK', secretAccessKey: 'SK' }),
    );
    expect(parseAllowListText(String(await obs.read()))).toEqual(['203.0.113.0/24']);
    expect(aws.seen[1].url).toMatch(/^\/lists-bucket\/office.txt/);
  });
});

describe('LoginAllowList (what a login alarm handler calls)', () => {
  test('inline plus sources; one alert per refresh with problems, none while cached', async () => {
    const published: string[] = [];
    const failing: AllowListSource = {
      name: 'ssm:/office',
      read: async () => Promise.reject(new Error('ParameterNotFound')),
    };
    const lists = new LoginAllowList((ref) =>
      ref.kind === 'ssm' ? failing : { name: ref.text, read: async () => '198.51.100.0/24' },
    );
    const settings = (n: string) =>
      ({ TRAILWATCH_ALLOW_LIST: '203.0.113.0/24', TRAILWATCH_ALLOW_LIST_SOURCES: 'ssm:/office,s3://lists/k' })[n];
    const logged: string[] = [];
    const publish = async (subject: string) => {
      published.push(subject);
      return 'm-1';
    };
    const list = await lists.current(settings, publish, 99, (_level, message) => void logged.push(message));
    expect(list.check('198.51.100.5')).toBe(IpVerdict.ALLOWED);
    expect(list.check('203.0.113.5')).toBe(IpVerdict.ALLOWED);
    expect(published).toEqual(['[TrailWatch] Allow-list source unreadable (1 problem)']);
    expect(logged).toEqual(['allow-list sources have problems']);
    await lists.current(settings, publish, 99, () => undefined);
    expect(published).toHaveLength(1);
  });
});
