import { IncomingHttpHeaders, createServer } from 'http';
import { AddressInfo } from 'net';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface LocalServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Status codes to answer with, in order; 200 once they run out. */
  statuses: number[];
  responseBody: string;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 standing in for a cloud API; it records every request. */
export async function startLocalServer(responseBody = '{}'): Promise<LocalServer> {
  const state: { requests: RecordedRequest[]; statuses: number[]; responseBody: string } = {
    requests: [],
    statuses: [],
    responseBody,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const status = state.statuses.shift() ?? 200;
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(status === 200 ? state.responseBody : '{"error_code":"SMN.0001","error_msg":"test failure"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get statuses() {
      return state.statuses;
    },
    set statuses(v: number[]) {
      state.statuses = v;
    },
    get responseBody() {
      return state.responseBody;
    },
    set responseBody(v: string) {
      state.responseBody = v;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
