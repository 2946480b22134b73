/**
 * The two SLS data-plane calls the enrichment function makes, signed with SLS signature v1 (`LOG <AccessKeyId>:<sig>`,
 * HMAC-SHA1 over VERB, Content-MD5, Content-Type, Date, the sorted x-log-/x-acs- headers and the resource;
 * https://help.aliyun.com/en/sls/developer-reference/request-signatures, aliyun-log-nodejs-sdk `_sign`) with the STS
 * token in `x-acs-security-token`:
 * - PullLogs `GET /logstores/{ls}/shards/{shard}?type=log&cursor=&count=&end_cursor=` → LogGroupList (protobuf,
 *   deflate-compressed when asked);
 * - PutLogs `POST /logstores/{ls}/shards/lb` with a LogGroup (protobuf).
 */
import { createHash, createHmac } from 'crypto';
import { inflateSync } from 'zlib';
import { AlicloudCredentials } from './credentials';
import { assertTrustedUrl } from './endpoints';
import { AlicloudHttpOptions, defaultFetch, send, withAlicloudRetry } from './http';
import { SlsLogGroup, decodeLogGroupList, encodeLogGroup } from './sls-protobuf';

export interface SlsRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
}

/** The `Authorization` value of an SLS v1 request whose headers already hold Date, Content-* and x-log-*. */
export function slsSignature(request: SlsRequest, credentials: AlicloudCredentials): string {
  const h = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = Object.keys(h)
    .filter((k) => k.startsWith('x-log-') || k.startsWith('x-acs-'))
    .sort()
    .map((k) => `${k}:${h[k].trim()}\n`)
    .join('');
  const query = Object.entries(request.query)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&');
  const resource = query ? `${request.path}?${query}` : request.path;
  const toSign = `${request.method}\n${h['content-md5'] ?? ''}\n${h['content-type'] ?? ''}\n${h.date}\n${canonicalHeaders}${resource}`;
  return `LOG ${credentials.accessKeyId}:${createHmac('sha1', credentials.accessKeySecret).update(toSign).digest('base64')}`;
}

export interface SlsClientOptions extends AlicloudHttpOptions {
  readonly project: string;
  readonly region: string;
  readonly intranet: boolean;
  /** The current invocation's credentials. */
  readonly credentials: () => AlicloudCredentials;
}

export interface PullPage {
  readonly groups: SlsLogGroup[];
  readonly nextCursor: string;
}

/** A signed SLS client for one project. */
export class SlsClient {
  public calls = 0;
  private readonly base: string;

  public constructor(private readonly options: SlsClientOptions) {
    this.base = options.endpoints.sls(options.project, options.region, options.intranet);
    assertTrustedUrl(this.base, options.endpoints);
  }

  /** One PullLogs page of at most `count` log groups starting at `cursor`, stopping before `endCursor`. */
  public async pullLogs(
    logstore: string,
    shard: number,
    cursor: string,
    endCursor: string,
    count = 100,
  ): Promise<PullPage> {
    const query = { type: 'log', cursor, count: String(count), end_cursor: endCursor };
    const answer = await this.request(
      {
        method: 'GET',
        path: `/logstores/${encodeURIComponent(logstore)}/shards/${shard}`,
        query,
        headers: { accept: 'application/x-protobuf', 'accept-encoding': 'deflate' },
      },
      'SLS PullLogs',
    );
    const compression = answer.headers.get('x-log-compresstype') ?? '';
    if (compression !== '' && compression !== 'deflate')
      throw new Error(`SLS PullLogs answered with unsupported compression "${compression}"`);
    const raw = compression === 'deflate' && answer.body.length > 0 ? inflateSync(answer.body) : answer.body;
    const nextCursor = answer.headers.get('x-log-cursor') ?? endCursor;
    return { groups: decodeLogGroupList(raw), nextCursor };
  }

  /** Every log group in [beginCursor, endCursor), page by page. */
  public async pullRange(
    logstore: string,
    shard: number,
    beginCursor: string,
    endCursor: string,
    pageSize = 100,
  ): Promise<SlsLogGroup[]> {
    const groups: SlsLogGroup[] = [];
    let cursor = beginCursor;
    // A page with no groups, or a cursor that stops moving, ends the range (SLS returns the same cursor at the end).
    for (let page = 0; page < 100_000 && cursor !== endCursor; page++) {
      const answer = await this.pullLogs(logstore, shard, cursor, endCursor, pageSize);
      groups.push(...answer.groups);
      if (answer.groups.length === 0 || answer.nextCursor === cursor) break;
      cursor = answer.nextCursor;
    }
    return groups;
  }

  /** PutLogs of one log group (load-balanced over the shards). */
  public async putLogs(logstore: string, group: SlsLogGroup): Promise<void> {
    const body = encodeLogGroup(group);
    await this.request(
      {
        method: 'POST',
        path: `/logstores/${encodeURIComponent(logstore)}/shards/lb`,
        query: {},
        headers: { 'content-type': 'application/x-protobuf', 'x-log-bodyrawsize': String(body.length) },
        body,
      },
      'SLS PutLogs',
    );
  }

  private async request(req: SlsRequest, what: string) {
    const o = this.options;
    return withAlicloudRetry(async () => {
      this.calls++;
      const credentials = o.credentials();
      const headers: Record<string, string> = {
        ...req.headers,
        date: new Date((o.now ?? Date.now)()).toUTCString(),
        'x-log-apiversion': '0.6.0',
        'x-log-signaturemethod': 'hmac-sha1',
      };
      if (req.body) headers['content-md5'] = createHash('md5').update(req.body).digest('hex').toUpperCase();
      if (credentials.securityToken) headers['x-acs-security-token'] = credentials.securityToken;
      headers.authorization = slsSignature({ ...req, headers }, credentials);
      const qs = new URLSearchParams(req.query).toString();
      const url = `${this.base}${req.path}${qs ? `?${qs}` : ''}`;
      return send(o.fetch ?? defaultFetch, url, { method: req.method, headers, body: req.body }, what);
    }, o);
  }
}
