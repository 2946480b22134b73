/**
 * One loopback HTTP server standing in for SLS (PullLogs / PutLogs), the Tag API (ListTagResources) and STS
 * (AssumeRole). It checks every signature with the secret of the key it names and records each request.
 */
import { createHash, createHmac } from 'crypto';
import { IncomingHttpHeaders, createServer } from 'http';
import { AddressInfo } from 'net';
import { deflateSync } from 'zlib';
import { rpcSignature } from '../../../runtime/alicloud/pop-rpc';
import { slsSignature } from '../../../runtime/alicloud/sls-client';
import { SlsLogGroup, decodeLogGroup, encodeLogGroupList } from '../../../runtime/alicloud/sls-protobuf';

export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** Form parameters of an RPC call. */
  readonly params: Record<string, string>;
  readonly signatureValid: boolean;
}

export interface FakeAlicloud {
  readonly url: string;
  readonly requests: FakeRequest[];
  /** Log groups per PullLogs page of the source, in cursor order ("c0" → page 0 …); the end cursor is `c<pages>`. */
  pages: SlsLogGroup[][];
  /** Tags per ARN. */
  tags: Record<string, Record<string, string>>;
  /** Answers queued per RPC action / SLS call ("ListTagResources", "AssumeRole", "PutLogs", "PullLogs"): status + body. */
  failures: Record<string, { status: number; body: string }[]>;
  /** Decoded LogGroups written with PutLogs. */
  readonly written: SlsLogGroup[];
  /** Secrets by AccessKeyId (the function's key and the member-role keys STS hands out). */
  readonly secrets: Record<string, string>;
  deflate: boolean;
  tagPageSize: number;
  /** ARNs the Tag API refuses: a call naming one answers 400 InvalidResourceArn. */
  invalidArns: string[];
  close(): Promise<void>;
  rpc(action: string): FakeRequest[];
}

export const FUNCTION_KEY = {
  accessKeyId: 'STS.function',
  accessKeySecret: 'function-secret',
  securityToken: 'function-token',
};

export async function startFakeAlicloud(): Promise<FakeAlicloud> {
  const state = {
    requests: [] as FakeRequest[],
    pages: [] as SlsLogGroup[][],
    tags: {} as Record<string, Record<string, string>>,
    failures: {} as Record<string, { status: number; body: string }[]>,
    written: [] as SlsLogGroup[],
    secrets: { [FUNCTION_KEY.accessKeyId]: FUNCTION_KEY.accessKeySecret } as Record<string, string>,
    deflate: true,
    tagPageSize: 1000,
    invalidArns: [] as string[],
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const query = Object.fromEntries(url.searchParams.entries());
      const isRpc = req.method === 'POST' && url.pathname === '/';
      const params = isRpc ? Object.fromEntries(new URLSearchParams(body.toString('utf8')).entries()) : {};
      let signatureValid = false;
      if (isRpc) {
        const { Signature, ...rest } = params;
        const secret = state.secrets[rest.AccessKeyId];
        signatureValid = secret !== undefined && rpcSignature('POST', rest, secret) === Signature;
      } else {
        const auth = String(req.headers.authorization ?? '');
        const keyId = auth.replace(/^LOG /, '').split(':')[0];
        const secret = state.secrets[keyId];
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
        const md5Ok =
          body.length === 0 || headers['content-md5'] === createHash('md5').update(body).digest('hex').toUpperCase();
        signatureValid =
          secret !== undefined &&
          md5Ok &&
          slsSignature(
            { method: req.method as 'GET' | 'POST', path: decodeURIComponent(url.pathname), query, headers },
            { accessKeyId: keyId, accessKeySecret: secret },
          ) === auth;
      }
      const request: FakeRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query,
        headers: req.headers,
        body,
        params,
        signatureValid,
      };
      state.requests.push(request);
      const kind = isRpc ? params.Action : req.method === 'GET' ? 'PullLogs' : 'PutLogs';
      const failure = state.failures[kind]?.shift();
      if (failure) {
        res.writeHead(failure.status, { 'content-type': 'application/json' });
        res.end(failure.body);
        return;
      }
      if (!signatureValid) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            errorCode: 'SignatureNotMatch',
            errorMessage: 'bad signature',
            Code: 'SignatureDoesNotMatch',
            Message: 'bad signature',
          }),
        );
        return;
      }
      if (
        kind === 'ListTagResources' &&
        Object.keys(params).some((k) => k.startsWith('ResourceARN.') && state.invalidArns.includes(params[k]))
      ) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ Code: 'InvalidResourceArn.Malformed', Message: 'The specified ResourceARN is invalid.' }),
        );
        return;
      }
      if (kind === 'PullLogs') {
        const at = Number(String(query.cursor).replace(/^c/, ''));
        const groups = state.pages[at] ?? [];
        const raw = encodeLogGroupList(groups);
        const out = state.deflate ? deflateSync(raw) : raw;
        const headers: Record<string, string> = {
          'content-type': 'application/x-protobuf',
          'x-log-cursor': `c${Math.min(at + 1, state.pages.length)}`,
          'x-log-count': String(groups.length),
          'x-log-bodyrawsize': String(raw.length),
        };
        if (state.deflate) headers['x-log-compresstype'] = 'deflate';
        res.writeHead(200, headers);
        res.end(out);
        return;
      }
      if (kind === 'PutLogs') {
        state.written.push(decodeLogGroup(body));
        res.writeHead(200, { 'x-log-requestid': 'req' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      if (kind === 'AssumeRole') {
        const account = /^acs:ram::(\d+):role\//.exec(params.RoleArn)?.[1] ?? 'x';
        const keyId = `STS.member-${account}`;
        state.secrets[keyId] = `secret-${account}`;
        res.end(
          JSON.stringify({
            RequestId: 'r',
            Credentials: {
              AccessKeyId: keyId,
              AccessKeySecret: `secret-${account}`,
              SecurityToken: `token-${account}`,
              Expiration: '2099-01-01T00:00:00Z',
            },
          }),
        );
        return;
      }
      if (kind === 'ListTagResources') {
        const arns = Object.keys(params)
          .filter((k) => k.startsWith('ResourceARN.'))
          .map((k) => params[k]);
        const pairs = arns.flatMap((arn) =>
          Object.entries(state.tags[arn] ?? {}).map(([Key, Value]) => ({ arn, Key, Value })),
        );
        const start = Number(params.NextToken ?? 0);
        const page = pairs.slice(start, start + state.tagPageSize);
        const next = start + state.tagPageSize < pairs.length ? String(start + state.tagPageSize) : '';
        const byArn = new Map<string, { Key: string; Value: string; Category: string }[]>();
        for (const p of page)
          byArn.set(p.arn, [...(byArn.get(p.arn) ?? []), { Key: p.Key, Value: p.Value, Category: 'Custom' }]);
        res.end(
          JSON.stringify({
            RequestId: 'r',
            NextToken: next,
            TagResources: [...byArn].map(([ResourceARN, Tags]) => ({ ResourceARN, Tags })),
          }),
        );
        return;
      }
      res.end(JSON.stringify({ Code: 'InvalidAction', Message: kind }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake = state as unknown as FakeAlicloud;
  Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    rpc: (action: string) => state.requests.filter((r) => r.params.Action === action),
  });
  return fake;
}

/** HMAC check helper for tests that inspect a signature by hand. */
export function hmacSha1(key: string, text: string): string {
  return createHmac('sha1', key).update(text).digest('base64');
}
