import { isRecord } from '../core/audit-event';
import { EnrichedLineWriter, WriteSummary } from '../core/enrichment/pipeline';
import { BatchLimits, OutputLine, planBatches } from '../core/enrichment/write-batches';
import { log } from '../core/log';
import { SlsClient } from './sls-client';
import { SlsLog } from './sls-protobuf';

/**
 * SLS PutLogs: a LogGroup up to 5 MB (SLS "Log group"), `x-log-bodyrawsize` up to 3 MB (common request headers),
 * at most 4096 logs per call (aliyun-sdk's check). TrailWatch sends at most 4096 logs and 3 MB of content per call;
 * one record at most 1 MB.
 */
export const SLS_LIMITS: BatchLimits = {
  maxEvents: 4096,
  maxBytes: 3 * 1024 * 1024,
  // Per log: the Time field, the protobuf framing and the field names of the flattened record.
  perEventOverhead: 512,
  maxMessageBytes: 1024 * 1024,
};

export const ENRICHED_TOPIC = 'trailwatch_enriched_event';

/**
 * One SLS log per enriched record: every top-level field becomes a content key (objects such as `tags` as JSON
 * text), so the logstore's field index can name them (`tag_Project`, `eventName`, `tags` as json).
 */
export function enrichedLog(line: OutputLine, now: number = Date.now()): SlsLog {
  const record: unknown = JSON.parse(line.message);
  const contents: [string, string][] = [];
  if (isRecord(record)) {
    for (const [key, value] of Object.entries(record)) {
      if (value === undefined || value === null) continue;
      contents.push([key, typeof value === 'string' ? value : JSON.stringify(value)]);
    }
  }
  // Filed at the event time (the record keeps eventTime too); a missing or future time is filed at write time.
  const at = Number.isFinite(line.timestamp) && line.timestamp > 0 && line.timestamp <= now ? line.timestamp : now;
  return { time: Math.floor(at / 1000), contents };
}

/** Writes enriched lines to the target logstore in as few PutLogs calls as the limits allow. */
export class SlsLineWriter implements EnrichedLineWriter {
  public constructor(
    private readonly client: SlsClient,
    private readonly logstore: string,
    private readonly source = 'trailwatch',
  ) {}

  public async write(lines: readonly OutputLine[]): Promise<WriteSummary> {
    const plan = planBatches(lines, SLS_LIMITS);
    for (const { bytes } of plan.oversized) log('warn', 'enriched record too large, skipped', { bytes });
    let written = 0;
    for (const batch of plan.batches) {
      const now = Date.now();
      await this.client.putLogs(this.logstore, {
        logs: batch.map((line) => enrichedLog(line, now)),
        topic: ENRICHED_TOPIC,
        source: this.source,
      });
      written += batch.length;
    }
    return { written, calls: plan.batches.length, rejected: plan.oversized.length };
  }
}
