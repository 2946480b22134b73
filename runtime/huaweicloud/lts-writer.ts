import { isRecord, text } from '../core/audit-event';
import { EnrichedLineWriter, WriteSummary } from '../core/enrichment/pipeline';
import { LTS_LIMITS, OutputLine, planBatches } from '../core/enrichment/write-batches';
import { HTTP_TIMEOUT_MS, HttpError, isRetryableHttpError, withRetry } from '../core/retry';
import { FetchLike } from './tags';
import { log } from '../core/log';
import { EndpointPolicy, HUAWEI_CLOUD, assertTrustedUrl, endpointOrOverride, regionalEndpoint } from './regions';

export interface LtsLineWriterOptions {
  /** LTS ingestion host, e.g. https://lts-access.cn-north-4.myhuaweicloud.com:8102 */
  readonly endpoint: string;
  readonly projectId: string;
  readonly groupId: string;
  readonly streamId: string;
  /** The agency token of the current invocation. */
  readonly token: () => string;
  /** LTS requires labels on every report. @default { source: "trailwatch-tag-enrichment" } */
  readonly labels?: Record<string, string>;
  readonly fetch?: FetchLike;
  readonly now?: () => number;
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Where the token may go. @default Huawei Cloud, no local endpoints */
  readonly policy?: EndpointPolicy;
}

/** The LTS ingestion host of a configured region (LTS "Collecting Logs Using APIs"; the Huawei LTS Go SDK), or the checked override. */
export function ltsIngestEndpoint(
  region: string,
  override?: string,
  policy: EndpointPolicy = { cloud: HUAWEI_CLOUD },
): string {
  return endpointOrOverride(
    () => regionalEndpoint(policy.cloud, 'lts-access', region, 8102),
    override,
    policy,
    'LTS ingest endpoint override',
  );
}

/**
 * Reports enriched lines with the LTS log reporting API
 * (`POST /v2/{project_id}/lts/groups/{group}/streams/{stream}/tenant/contents`) using the agency token. LTS files
 * line i of a call at `log_time_ns + i`, so lines carry the write time; the event time is the record's
 * `eventTime`. 429/5xx are retried with backoff; a call that still fails throws.
 */
export class LtsLineWriter implements EnrichedLineWriter {
  public calls = 0;

  public constructor(private readonly options: LtsLineWriterOptions) {
    // The token goes to this host on every call: check it once, up front.
    assertTrustedUrl(options.endpoint, options.policy ?? { cloud: HUAWEI_CLOUD }, 'LTS endpoint');
  }

  public async write(lines: readonly OutputLine[]): Promise<WriteSummary> {
    const plan = planBatches(lines, LTS_LIMITS);
    for (const { bytes } of plan.oversized) log('warn', 'enriched record too large, skipped', { bytes });
    const o = this.options;
    const url = `${o.endpoint.replace(/\/+$/, '')}/v2/${encodeURIComponent(o.projectId)}/lts/groups/${encodeURIComponent(o.groupId)}/streams/${encodeURIComponent(o.streamId)}/tenant/contents`;
    let written = 0;
    for (const batch of plan.batches) {
      const body = JSON.stringify({
        // Nanoseconds exceed Number precision: build the string from milliseconds.
        log_time_ns: `${Math.floor((o.now ?? Date.now)())}000000`,
        contents: batch.map((l) => l.message),
        labels: o.labels ?? { source: 'trailwatch-tag-enrichment' },
      });
      await withRetry(
        async () => {
          this.calls++;
          const response = await (o.fetch ?? (fetch as unknown as FetchLike))(url, {
            method: 'POST',
            headers: { 'X-Auth-Token': o.token(), 'Content-Type': 'application/json;charset=UTF-8' },
            body,
            signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
          });
          const answer = await response.text();
          if (!response.ok) throw new HttpError(response.status, answer, 'LTS log report');
          const refusal = refusalOf(answer);
          if (refusal) throw new Error(`LTS log report refused: ${refusal}`);
        },
        {
          attempts: o.attempts ?? 5,
          baseDelayMs: o.baseDelayMs ?? 200,
          isRetryable: isRetryableHttpError,
          sleep: o.sleep,
        },
      );
      written += batch.length;
    }
    return { written, calls: plan.batches.length, rejected: plan.oversized.length };
  }
}

/** LTS answers HTTP 200 with `errorCode`; success codes end in "200" (e.g. SVCSTG.ALS.200.200). */
function refusalOf(answer: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const code = text(parsed.errorCode) ?? text(parsed.error_code);
  if (!code || /200$/.test(code)) return undefined;
  return `${code} ${text(parsed.error_msg) ?? text(parsed.errorMessage) ?? ''}`.trim();
}
