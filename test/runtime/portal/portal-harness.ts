/**
 * Everything the browser tests (and the bench) serve on 127.0.0.1: the built portal (assets/portal) with its
 * runtime config and the deployed security headers, the real query API handler over a local DynamoDB behind a
 * JWT check and CORS for the portal origin only (what API Gateway does), and the local identity provider.
 */
import { readFileSync, existsSync } from 'fs';
import { IncomingMessage, Server, ServerResponse, createServer } from 'http';
import { AddressInfo } from 'net';
import { extname, join, normalize, resolve } from 'path';
import { createTrailQueryApiHandler } from '../../../runtime/aws/functions/trail-query-api';
import { TrailStore } from '../../../runtime/aws/trail-query/trail-store';
import { PORTAL_STATIC_HEADERS, portalContentSecurityPolicy } from '../../../src/aws/trail-query/portal-headers';
import { LocalIdentity } from './local-identity';

export const PORTAL_ASSETS = resolve(__dirname, '../../../assets/portal');
const CLIENT_ID = 'local-portal-client';

export interface ApiRequestLog {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly status: number;
}

export interface PortalHarness {
  readonly portalUrl: string;
  readonly apiUrl: string;
  readonly signInUrl: string;
  readonly identity: LocalIdentity;
  /** Every API request answered (preflights excluded). */
  readonly apiRequests: ApiRequestLog[];
  /** The next requests whose path starts with `prefix` answer `status` with a JSON message (`times` of them). */
  failApi(prefix: string, status: number, times?: number): void;
  close(): Promise<void>;
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    try {
      handler(req, res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain',
};

export async function startPortalHarness(
  store: TrailStore,
  options: { keyEvents?: string[] } = {},
): Promise<PortalHarness> {
  if (!existsSync(join(PORTAL_ASSETS, 'index.html')))
    throw new Error('assets/portal is missing: run `npm run build:portal` (npm test builds it in pretest)');
  const api = createTrailQueryApiHandler({ store, options: { log: () => undefined } });
  const apiRequests: ApiRequestLog[] = [];
  const failures: { prefix: string; status: number; times: number }[] = [];
  const servers: Server[] = [];
  const urls = { portal: '', api: '', idp: '' };

  const idp = await listen((req, res) => {
    const url = new URL(req.url ?? '/', urls.idp);
    if (url.pathname === '/oauth2/authorize') {
      const answer = identity.authorize(url.searchParams);
      if (answer.location) res.writeHead(302, { location: answer.location }).end();
      else res.writeHead(400, { 'content-type': 'text/plain' }).end(answer.error);
    } else if (url.pathname === '/oauth2/token' && req.method === 'POST') {
      void readBody(req).then((body) => {
        const answer = identity.token(new URLSearchParams(body));
        res
          .writeHead(answer.status, { 'content-type': 'application/json', 'access-control-allow-origin': urls.portal })
          .end(JSON.stringify(answer.body));
      });
    } else if (url.pathname === '/logout') {
      res.writeHead(302, { location: url.searchParams.get('logout_uri') ?? urls.portal }).end();
    } else if (url.pathname === '/.well-known/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(identity.jwks()));
    } else res.writeHead(404).end();
  });
  servers.push(idp.server);
  urls.idp = idp.url;
  const identity = new LocalIdentity(idp.url, CLIENT_ID);

  const apiServer = await listen((req, res) => {
    const origin = req.headers.origin;
    const cors: Record<string, string> =
      origin === urls.portal ? { 'access-control-allow-origin': origin, vary: 'origin' } : {};
    if (req.method === 'OPTIONS') {
      res
        .writeHead(
          204,
          origin === urls.portal
            ? {
                ...cors,
                'access-control-allow-methods': 'GET',
                'access-control-allow-headers': 'authorization,content-type',
                'access-control-max-age': '3600',
              }
            : {},
        )
        .end();
      return;
    }
    const url = new URL(req.url ?? '/', urls.api);
    const log = (status: number) => apiRequests.push({ path: url.pathname, query: url.searchParams, status });
    if (!identity.verifyBearer(req.headers.authorization)) {
      log(401);
      res
        .writeHead(401, { 'content-type': 'application/json', ...cors })
        .end(JSON.stringify({ message: 'Unauthorized' }));
      return;
    }
    const failure = failures.find((f) => f.times > 0 && url.pathname.startsWith(f.prefix));
    if (failure) {
      failure.times--;
      log(failure.status);
      res
        .writeHead(failure.status, { 'content-type': 'application/json', ...cors })
        .end(JSON.stringify({ message: 'internal error: the query failed; the function log has the details' }));
      return;
    }
    void api({
      version: '2.0',
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      requestContext: {
        http: { method: req.method ?? 'GET', path: url.pathname },
        requestId: 'local',
        stage: '$default',
      },
    }).then((result) => {
      log(result.statusCode);
      res.writeHead(result.statusCode, { ...result.headers, ...cors }).end(result.body);
    });
  });
  servers.push(apiServer.server);
  urls.api = apiServer.url;

  const config = JSON.stringify({
    apiUrl: urls.api,
    signInUrl: urls.idp,
    clientId: CLIENT_ID,
    region: 'eu-west-1',
    keyEvents: options.keyEvents,
  });
  const headers = {
    ...PORTAL_STATIC_HEADERS,
    'content-security-policy': portalContentSecurityPolicy({ apiOrigins: [urls.api], signInOrigin: urls.idp }),
  };
  delete (headers as Record<string, string>)['strict-transport-security']; // plain http here
  const portal = await listen((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/config.json') {
      res.writeHead(200, { ...headers, 'content-type': 'application/json', 'cache-control': 'no-store' }).end(config);
      return;
    }
    const file = normalize(join(PORTAL_ASSETS, path));
    // SPA fallback, like the distribution's: unknown paths get index.html.
    const target =
      file.startsWith(PORTAL_ASSETS) && existsSync(file) && extname(file) !== ''
        ? file
        : join(PORTAL_ASSETS, 'index.html');
    res
      .writeHead(200, { ...headers, 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' })
      .end(readFileSync(target));
  });
  servers.push(portal.server);
  urls.portal = portal.url;

  return {
    portalUrl: urls.portal,
    apiUrl: urls.api,
    signInUrl: urls.idp,
    identity,
    apiRequests,
    failApi: (prefix, status, times = 1) => failures.push({ prefix, status, times }),
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((done) => {
              s.closeAllConnections();
              s.close(() => done());
            }),
        ),
      );
    },
  };
}
