/**
 * Local servers standing in for Open Telekom Cloud's SMN, LTS ingestion, IAM and tag APIs. The handlers build their
 * real OTC URLs (`https://smn.eu-de.otc.t-systems.com/...`); `routedFetch` records each URL (so a test can check the
 * host came from OTC's table) and sends the request, unchanged but for the origin, to the server of that service.
 */
import { IncomingHttpHeaders, createServer } from 'http';
import { AddressInfo } from 'net';
import { LocalServer, RecordedRequest, startLocalServer } from '../../helpers/local-server';

export interface OtcRequest {
  /** The URL the handler asked for (its real OTC host). */
  readonly url: string;
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface FakeOtc {
  readonly servers: Readonly<Record<string, LocalServer>>;
  /** Every request, in order, with the host it was meant for. */
  readonly requests: OtcRequest[];
  readonly fetch: (
    url: string,
    init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
  ) => Promise<Response>;
  reset(): void;
  close(): Promise<void>;
}

const realFetch = globalThis.fetch;

/**
 * OTC IAM on 127.0.0.1: `GET /v3/auth/projects` lists the function's own account's projects; `POST
 * /v3/auth/tokens` answers 201 with the new token in `X-Subject-Token`, as IAM does for an agency ("assume_role")
 * token.
 */
async function startFakeIam(
  token: string,
  ownProjects: readonly { id: string; domain_id: string }[],
): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (req.method === 'GET' && req.url === '/v3/auth/projects') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ projects: ownProjects }));
        return;
      }
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-Subject-Token': token });
      res.end('{"token":{}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    statuses: [],
    responseBody: '',
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * One local server per OTC service (the first label of the host: smn, lts-access, ecs, evs, vpc, tms), each
 * answering 200 with the body given; `iam` issues the agency token given.
 */
export async function startFakeOtc(
  responses: Record<string, string>,
  iam: { token: string; ownProjects: readonly { id: string; domain_id: string }[] },
): Promise<FakeOtc> {
  const servers: Record<string, LocalServer> = { iam: await startFakeIam(iam.token, iam.ownProjects) };
  for (const [service, body] of Object.entries(responses)) servers[service] = await startLocalServer(body);
  const requests: OtcRequest[] = [];
  const fetch = async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
    const target = new URL(url);
    const service = target.hostname.split('.')[0];
    const server = servers[service];
    if (!server) throw new Error(`no fake OTC service for ${target.hostname}`);
    const before = server.requests.length;
    const response = await realFetch(`${server.url}${target.pathname}${target.search}`, {
      method: init.method,
      headers: init.headers,
      body: init.body,
    });
    const seen = server.requests[before];
    requests.push({
      url,
      method: seen.method,
      host: target.host,
      path: seen.url,
      headers: seen.headers,
      body: seen.body,
    });
    return response;
  };
  return {
    servers,
    requests,
    fetch,
    reset: () => {
      requests.length = 0;
      for (const server of Object.values(servers)) {
        server.requests.length = 0;
        server.statuses = [];
      }
    },
    close: async () => {
      for (const server of Object.values(servers)) await server.close();
    },
  };
}
