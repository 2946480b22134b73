import { AuditEvent, ParseResult } from '../audit-event';
import { LogBatch, LogRecord } from '../log-batch';
import { ServiceFilter, readOnlyVerdict } from './event-filter';
import { EnrichedRecord, enrichedRecords } from './enriched-record';
import { TagCache } from './tag-cache';
import { ResolveStats, resolveTags } from './tag-resolver';
import { ResourceRef, TagLookup, TagStatus } from './tags';
import { OutputLine } from './write-batches';

/** One audit record as read from a log line: the normalized event and the raw record it came from. */
export interface ParsedRecord {
  readonly event: AuditEvent;
  readonly raw: Readonly<Record<string, unknown>>;
}

/** Cloud adapter: one log line's record. `line` gives the line's own delivery time (a fallback for the event time). */
export type RecordParser = (message: string, line?: LogRecord) => ParseResult<ParsedRecord>;

/** Cloud adapter: the resources an audit record names (see the README's resource-identity table). */
export type ResourceIdentifier = (record: ParsedRecord) => ResourceRef[];

export interface WriteSummary {
  readonly written: number;
  readonly calls: number;
  /** Lines the store refused or that were too large, with the reason. */
  readonly rejected: number;
}

/** Writes enriched lines to the target store; throws when a call fails after retries. */
export interface EnrichedLineWriter {
  write(lines: readonly OutputLine[]): Promise<WriteSummary>;
}

export interface EnrichmentOptions {
  /** Services to keep (empty: all). */
  readonly services: readonly string[];
  /** Write records whose resource has no tags (or no identifiable resource). Failed look-ups are always written. */
  readonly writeUntagged: boolean;
  /** Resources per event written as records; the rest are counted in `resourceCount` only. */
  readonly maxResourcesPerEvent: number;
}

export { DEFAULT_MAX_RESOURCES_PER_EVENT } from './settings';

export interface EnrichmentDeps {
  readonly parse: RecordParser;
  readonly identify: ResourceIdentifier;
  readonly lookup: TagLookup;
  readonly cache: TagCache;
  readonly writer: EnrichedLineWriter;
  readonly options: EnrichmentOptions;
  /** @default Date.now */
  readonly now?: () => number;
  /** Called once per skipped (malformed) record. */
  readonly onMalformed?: (index: number, error: string) => void;
}

export interface EnrichmentReport {
  readonly received: number;
  readonly malformed: number;
  readonly readOnlyDropped: number;
  readonly serviceDropped: number;
  /** Write events kept after filtering. */
  readonly writeEvents: number;
  readonly untaggedDropped: number;
  readonly tags: ResolveStats;
  readonly written: number;
  readonly writeCalls: number;
  readonly rejected: number;
}

/**
 * The whole consumer, cloud-neutral: parse each line, keep write events of the chosen services, identify
 * resources, resolve their tags (cache, de-duplicated, failures isolated) and write the enriched records in
 * batches. A malformed line is skipped and counted; it never loses the rest of the batch.
 */
export async function enrichLogBatch(batch: LogBatch, deps: EnrichmentDeps): Promise<EnrichmentReport> {
  const now = deps.now ?? Date.now;
  const serviceFilter = new ServiceFilter(deps.options.services);
  let malformed = batch.malformed.length;
  for (const bad of batch.malformed) deps.onMalformed?.(bad.index, bad.error);
  let readOnlyDropped = 0;
  let serviceDropped = 0;

  const kept: { record: ParsedRecord; resources: ResourceRef[]; total: number }[] = [];
  batch.records.forEach((line, index) => {
    let parsed: ParseResult<ParsedRecord>;
    try {
      parsed = deps.parse(line.message, line);
    } catch (error) {
      parsed = { ok: false, error: (error as Error).message };
    }
    if (!parsed.ok) {
      malformed++;
      deps.onMalformed?.(index, parsed.error);
      return;
    }
    const verdict = readOnlyVerdict(parsed.value.event);
    if (verdict.readOnly) {
      readOnlyDropped++;
      return;
    }
    if (!serviceFilter.keeps(parsed.value.event.service)) {
      serviceDropped++;
      return;
    }
    let resources: ResourceRef[];
    try {
      resources = deps.identify(parsed.value);
    } catch {
      // An identifier bug on one odd record must not drop it: write it without a resource.
      resources = [];
    }
    kept.push({
      record: parsed.value,
      resources: resources.slice(0, deps.options.maxResourcesPerEvent),
      total: resources.length,
    });
  });

  const resolved = await resolveTags(
    kept.flatMap((k) => k.resources),
    deps.cache,
    deps.lookup,
  );
  const lookedUpAt = new Date(now()).toISOString();

  let untaggedDropped = 0;
  const lines: OutputLine[] = [];
  for (const { record, resources, total } of kept) {
    const verdict = readOnlyVerdict(record.event);
    for (const enriched of enrichedRecords(record.event, verdict, resources, resolved.results, lookedUpAt)) {
      // A failed look-up is always written: dropping it would hide the failure along with the event.
      if (
        !deps.options.writeUntagged &&
        Object.keys(enriched.tags).length === 0 &&
        enriched.tagStatus !== TagStatus.ERROR
      ) {
        untaggedDropped++;
        continue;
      }
      const withCount: EnrichedRecord = total > resources.length ? { ...enriched, resourceCount: total } : enriched;
      lines.push({ timestamp: Date.parse(record.event.time), message: JSON.stringify(withCount) });
    }
  }

  const summary = lines.length > 0 ? await deps.writer.write(lines) : { written: 0, calls: 0, rejected: 0 };
  return {
    received: batch.records.length + batch.malformed.length,
    malformed,
    readOnlyDropped,
    serviceDropped,
    writeEvents: kept.length,
    untaggedDropped,
    tags: resolved.stats,
    written: summary.written,
    writeCalls: summary.calls,
    rejected: summary.rejected,
  };
}
