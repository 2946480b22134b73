/**
 * Issue 13, managed allow-lists end to end: both login alarm handlers read their managed sources (AWS: SSM
 * parameter, EC2 prefix list; Huawei Cloud: OBS object) from local servers, judge sign-ins against them, and publish
 * a clear alert, never silence, when a source cannot be read.
 */
import { IncomingHttpHeaders, createServer } from 'http';
import { AddressInfo } from 'net';
import { handler as awsHandler } from '../../runtime/aws/functions/login-alarm';
import { handler as huaweiHandler } from '../../runtime/huaweicloud/functions/login-alarm';
import { FunctionGraphContext } from '../../runtime/huaweicloud/functiongraph';
import { eventBridgeEnvelope, iamUserWithMfa } from '../src/aws/fixtures/signin-events';
import { loginTrace } from '../fixtures/huaweicloud/cts-events';

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** SSM, EC2, SNS, OBS and SMN on one loopback server. `denied` names the parameters/objects it refuses. */
async function fakeCloud(denied: Set<string>) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = req.url ?? '';
      seen.push({ method: req.method ?? '', url, headers: req.headers, body });
      if (req.headers['x-amz-target'] === 'AmazonSSM.GetParameter') {
        const name = (JSON.parse(body) as { Name: string }).Name;
        if (denied.has(name)) {
          res.writeHead(400, { 'Content-Type': 'application/x-amz-json-1.1' });
          return res.end('{"__type":"AccessDeniedException","message":"not authorized to perform ssm:GetParameter"}');
        }
        res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1' });
        return res.end(JSON.stringify({ Parameter: { Name: name, Value: '# office\n198.51.100.0/24\n' } }));
      }
      if (body.includes('Action=GetManagedPrefixListEntries')) {
        res.writeHead(200, { 'Content-Type': 'text/xml' });
        return res.end(
          '<GetManagedPrefixListEntriesResponse><entrySet><item><cidr>192.0.2.0/24</cidr></item></entrySet></GetManagedPrefixListEntriesResponse>',
        );
      }
      if (body.includes('Action=Publish')) {
        res.writeHead(200, { 'Content-Type': 'text/xml' });
        return res.end(
          '<PublishResponse><PublishResult><MessageId>sns-1</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>',
        );
      }
      if (url.includes('/publish')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end('{"message_id":"smn-1"}');
      }
      if (req.method === 'GET' && url.startsWith('/acme-lists/')) {
        const key = url.split('?')[0].slice('/acme-lists/'.length);
        if (denied.has(key)) {
          res.writeHead(403, { 'Content-Type': 'application/xml' });
          return res.end('<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
        }
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        return res.end('203.0.113.0/24\n');
      }
      res.writeHead(404);
      return res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const denied = new Set<string>();
let cloud: Awaited<ReturnType<typeof fakeCloud>>;
const savedEnv = { ...process.env };

beforeAll(async () => {
  cloud = await fakeCloud(denied);
});
afterAll(async () => {
  process.env = savedEnv;
  await cloud.close();
});
beforeEach(() => {
  cloud.seen.length = 0;
  denied.clear();
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('AWS login alarm with managed sources', () => {
  let n = 0;
  function configure(sources: string, extra: Record<string, string> = {}): void {
    n++;
    process.env = {
      ...savedEnv,
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      TRAILWATCH_SNS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:111122223333:alerts',
      TRAILWATCH_AWS_ENDPOINT: cloud.url,
      TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
      // A distinct TTL per test gives each its own cache, as a fresh function instance would have.
      TRAILWATCH_ALLOW_LIST_TTL_SECONDS: String(300 + n),
      TRAILWATCH_ALLOW_LIST_SOURCES: sources,
      TRAILWATCH_ALLOW_LIST: '',
      ...extra,
    };
  }
  const publishes = () => cloud.seen.filter((s) => s.body.includes('Action=Publish'));
  const signIn = (ip: string) => eventBridgeEnvelope({ ...iamUserWithMfa, sourceIPAddress: ip });

  test('sources only (no inline list): read once, then cached; sign-ins judged against them', async () => {
    configure('ssm:/office/allow-list,ec2-prefix-list:pl-0123456789abcdef0');
    expect(await awsHandler(signIn('198.51.100.7'))).toMatchObject({ status: 'allowed' });
    expect(await awsHandler(signIn('192.0.2.44'))).toMatchObject({ status: 'allowed' });
    expect(await awsHandler(signIn('203.0.113.9'))).toMatchObject({ status: 'alerted', messageId: 'sns-1' });
    expect(cloud.seen.filter((s) => s.headers['x-amz-target'] === 'AmazonSSM.GetParameter')).toHaveLength(1);
    expect(cloud.seen.filter((s) => s.body.includes('GetManagedPrefixListEntries'))).toHaveLength(1);
    expect(publishes()).toHaveLength(1);
  });

  test('an unreadable source is published as an alert of its own, and the alarm fails closed', async () => {
    denied.add('/office/allow-list');
    configure('ssm:/office/allow-list');
    const result = await awsHandler(signIn('198.51.100.7'));
    expect(result).toMatchObject({ status: 'alerted' });
    const subjects = publishes().map((p) => new URLSearchParams(p.body).get('Subject'));
    expect(subjects[0]).toBe('[TrailWatch] Allow-list source unreadable (1 problem)');
    expect(new URLSearchParams(publishes()[0].body).get('Message')).toMatch(
      /ssm:\/office\/allow-list could not be read .*AccessDeniedException/,
    );
    expect(subjects[1]).toMatch(/outside allow-list/);
  });

  test('inline list and sources together; neither refuses to run', async () => {
    configure('ssm:/office/allow-list', { TRAILWATCH_ALLOW_LIST: '203.0.113.0/24' });
    expect(await awsHandler(signIn('203.0.113.9'))).toMatchObject({ status: 'allowed' });
    expect(await awsHandler(signIn('198.51.100.9'))).toMatchObject({ status: 'allowed' });
    configure('');
    await expect(awsHandler(signIn('203.0.113.9'))).rejects.toThrow(/TRAILWATCH_ALLOW_LIST is missing/);
  });

  test('the endpoint override must be https on an AWS domain unless the local-test switch is on', async () => {
    configure('ssm:/office/allow-list', { TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'false' });
    await expect(awsHandler(signIn('198.51.100.7'))).rejects.toThrow(
      /setting TRAILWATCH_AWS_ENDPOINT="http:\/\/127\.0\.0\.1:\d+" is not https/,
    );
    expect(cloud.seen).toHaveLength(0);
  });
});

describe('Huawei login alarm with an OBS allow-list object', () => {
  let userData: Record<string, string>;
  const context = (): FunctionGraphContext => ({
    getRequestID: () => 'req-1',
    getUserData: (key) => userData[key],
    getToken: () => 'agency-token',
    getSecurityAccessKey: () => 'AK',
    getSecuritySecretKey: () => 'SK',
    getSecurityToken: () => 'session-token',
  });
  let n = 0;
  function configure(key: string, extra: Record<string, string> = {}): void {
    n++;
    userData = {
      TRAILWATCH_REGION: 'cn-north-4',
      TRAILWATCH_PROJECT_ID: '0123456789abcdef0123456789abcdef',
      TRAILWATCH_SMN_TOPIC_URN: 'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:alerts',
      TRAILWATCH_SMN_ENDPOINT: cloud.url,
      TRAILWATCH_OBS_ENDPOINT: cloud.url,
      TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
      TRAILWATCH_ALLOW_LIST_SOURCES: `obs://acme-lists/${key}`,
      TRAILWATCH_ALLOW_LIST_TTL_SECONDS: String(300 + n),
      ...extra,
    };
  }

  test('the object is read with the agency credentials from the region endpoint and cached', async () => {
    configure('login/allow.txt');
    expect(await huaweiHandler({ cts: loginTrace({ source_ip: '203.0.113.5' }) }, context())).toMatchObject({
      status: 'allowed',
    });
    expect(await huaweiHandler({ cts: loginTrace({ source_ip: '198.51.100.5' }) }, context())).toMatchObject({
      status: 'alerted',
      messageId: 'smn-1',
    });
    const reads = cloud.seen.filter((s) => s.method === 'GET');
    expect(reads).toHaveLength(1);
    expect(reads[0].url).toMatch(/^\/acme-lists\/login\/allow\.txt/);
    expect(reads[0].headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AK\/\d{8}\/cn-north-4\/s3\//);
    expect(reads[0].headers['x-amz-security-token']).toBe('session-token');
  });

  test('an unreadable object raises a clear SMN alert, then the sign-in is judged without it', async () => {
    denied.add('login/denied.txt');
    configure('login/denied.txt');
    expect(await huaweiHandler({ cts: loginTrace({ source_ip: '203.0.113.5' }) }, context())).toMatchObject({
      status: 'alerted',
    });
    const published = cloud.seen
      .filter((s) => s.url.includes('/publish'))
      .map((s) => JSON.parse(s.body) as { subject: string; message: string });
    expect(published[0].subject).toBe('[TrailWatch] Allow-list source unreadable (1 problem)');
    expect(published[0].message).toMatch(/obs:\/\/acme-lists\/login\/denied\.txt could not be read/);
    expect(published[1].subject).toMatch(/outside allow-list/);
  });
});
