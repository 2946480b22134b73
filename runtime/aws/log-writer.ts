import {
  CloudWatchLogsClient,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  PutLogEventsCommandOutput,
} from '@aws-sdk/client-cloudwatch-logs';
import { isRecord, text } from '../core/audit-event';
import { EnrichedLineWriter, WriteSummary } from '../core/enrichment/pipeline';
import { CLOUDWATCH_LIMITS, OutputLine, cloudWatchTimestamp, planBatches } from '../core/enrichment/write-batches';
import { withRetry } from '../core/retry';
import { isRetryableAwsError } from './tagging';
import { log } from '../core/log';

/** The two calls the writer makes; aws-sdk-client-mock or a fake stands in for it in tests. */
export interface LogsClient {
  send(command: PutLogEventsCommand): Promise<PutLogEventsCommandOutput>;
  send(command: CreateLogStreamCommand): Promise<unknown>;
}

export interface CloudWatchLogsLineWriterOptions {
  readonly logGroupName: string;
  /** Streams are named `<prefix>/<yyyy>/<mm>/<dd>/<instance id>`. @default "enriched" */
  readonly streamPrefix?: string;
  /** Distinguishes concurrent function instances, which must not share a stream. */
  readonly instanceId: string;
  /** @default a CloudWatchLogsClient for the function's region (endpoint override honoured) */
  readonly client?: LogsClient;
  readonly endpoint?: string;
  readonly now?: () => number;
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Writes enriched lines with PutLogEvents into one stream per day and function instance, created on first use
 * (an existing stream is fine). Batches respect the PutLogEvents limits; throttling and server errors are retried
 * with backoff, and a call that still fails throws so the invocation fails and is retried by Lambda.
 */
export class CloudWatchLogsLineWriter implements EnrichedLineWriter {
  public putCalls = 0;
  private readonly client: LogsClient;
  private readonly readyStreams = new Set<string>();

  public constructor(private readonly options: CloudWatchLogsLineWriterOptions) {
    this.client = options.client ?? (new CloudWatchLogsClient({ endpoint: options.endpoint }) as LogsClient);
  }

  public streamName(at: number): string {
    const day = new Date(at).toISOString().slice(0, 10).replace(/-/g, '/');
    return `${this.options.streamPrefix ?? 'enriched'}/${day}/${this.options.instanceId}`;
  }

  public async write(lines: readonly OutputLine[]): Promise<WriteSummary> {
    const now = (this.options.now ?? Date.now)();
    const plan = planBatches(
      lines.map((l) => ({ timestamp: cloudWatchTimestamp(l.timestamp, now), message: l.message })),
      CLOUDWATCH_LIMITS,
    );
    for (const { bytes } of plan.oversized) log('warn', 'enriched record too large, skipped', { bytes });
    const stream = this.streamName(now);
    let written = 0;
    let rejected = plan.oversized.length;
    for (const batch of plan.batches) {
      const answer = await this.put(stream, batch);
      const refused = refusedCount(answer, batch.length);
      rejected += refused;
      written += batch.length - refused;
    }
    return { written, calls: plan.batches.length, rejected };
  }

  private async put(stream: string, batch: readonly OutputLine[]): Promise<PutLogEventsCommandOutput> {
    await this.ensureStream(stream);
    const send = (): Promise<PutLogEventsCommandOutput> =>
      this.retry(() => {
        this.putCalls++;
        return this.client.send(
          new PutLogEventsCommand({
            logGroupName: this.options.logGroupName,
            logStreamName: stream,
            logEvents: batch.map((l) => ({ timestamp: l.timestamp, message: l.message })),
          }),
        );
      });
    try {
      return await send();
    } catch (error) {
      // The stream was deleted behind our back (or the day rolled over in another instance): create it again.
      if (errorName(error) !== 'ResourceNotFoundException') throw error;
      this.readyStreams.delete(stream);
      await this.ensureStream(stream);
      return send();
    }
  }

  private async ensureStream(stream: string): Promise<void> {
    if (this.readyStreams.has(stream)) return;
    try {
      await this.retry(() =>
        this.client.send(
          new CreateLogStreamCommand({ logGroupName: this.options.logGroupName, logStreamName: stream }),
        ),
      );
    } catch (error) {
      if (errorName(error) !== 'ResourceAlreadyExistsException') throw error;
    }
    this.readyStreams.add(stream);
  }

  private retry<T>(fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, {
      attempts: this.options.attempts ?? 5,
      baseDelayMs: this.options.baseDelayMs ?? 200,
      isRetryable: isRetryableAwsError,
      sleep: this.options.sleep,
    });
  }
}

function errorName(error: unknown): string | undefined {
  return isRecord(error) ? text(error.name) : undefined;
}

/** Events PutLogEvents accepted the call for but refused (too old, too new, past retention). */
function refusedCount(answer: PutLogEventsCommandOutput | undefined, size: number): number {
  const info = answer?.rejectedLogEventsInfo;
  if (!info) return 0;
  const old = Math.max(info.tooOldLogEventEndIndex ?? 0, info.expiredLogEventEndIndex ?? 0);
  const tooNew = info.tooNewLogEventStartIndex !== undefined ? size - info.tooNewLogEventStartIndex : 0;
  return Math.min(size, old + tooNew);
}
