import { log } from '../log';
import { LogBatch } from '../log-batch';
import { SettingLookup } from '../settings';
import { EnrichedLineWriter, EnrichmentReport, RecordParser, ResourceIdentifier, enrichLogBatch } from './pipeline';
import { readEnrichmentOptions } from './settings';
import { TagCache } from './tag-cache';
import { TagLookup } from './tags';

/** What a tag-enrichment handler keeps for the life of its function instance. @internal */
export interface EnrichmentInstance {
  readonly lookup: TagLookup;
  readonly cache: TagCache;
  readonly writer: EnrichedLineWriter;
}

/** How one cloud reads its records, and what its warnings carry. @internal */
export interface EnrichmentAdapter {
  readonly parse: RecordParser;
  readonly identify: ResourceIdentifier;
  /** The warning logged for each skipped record, in the cloud's words (`malformed log event skipped`). */
  readonly malformedMessage: string;
  /** The invocation's request id, logged with each warning. */
  readonly requestId?: string;
  /** @default Date.now */
  readonly now?: () => number;
}

/**
 * One invocation of a tag-enrichment handler, once decoded: the pipeline over the batch with the instance's
 * look-up, cache and writer and the options from the function settings; a skipped record is logged as a warning.
 * @internal
 */
export function runEnrichment(
  batch: LogBatch,
  instance: EnrichmentInstance,
  settings: SettingLookup,
  adapter: EnrichmentAdapter,
): Promise<EnrichmentReport> {
  return enrichLogBatch(batch, {
    parse: adapter.parse,
    identify: adapter.identify,
    lookup: instance.lookup,
    cache: instance.cache,
    writer: instance.writer,
    options: readEnrichmentOptions(settings),
    now: adapter.now,
    onMalformed: (index, error) =>
      log('warn', adapter.malformedMessage, { index, error, requestId: adapter.requestId }),
  });
}
