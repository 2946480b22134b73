/**
 * FunctionGraph entry: LTS trigger on the CTS trace stream → keep write events → look up the tags of each
 * trace's resources (per-service tag APIs, cached) → report enriched lines to the target LTS stream.
 * Handler setting: `index.handler`.
 */
import { fail, isRecord, ok } from '../../core/audit-event';
import { EnrichmentReport, ParsedRecord, RecordParser } from '../../core/enrichment/pipeline';
import { runEnrichment } from '../../core/enrichment/run';
import { memberRoleName, readCacheTtlMs } from '../../core/enrichment/settings';
import { TagCache } from '../../core/enrichment/tag-cache';
import { TagEnrichmentSettings } from '../../core/setting-names';
import { SettingLookup, boolSetting, listSetting, requireSetting } from '../../core/settings';
import { normalizeCtsTrace, traceFromTriggerEvent } from '../cts-trace';
import { FunctionGraphContext, HuaweiEndpoints, agencyToken, log, settingsFrom, projectIdOf } from '../functiongraph';
import { decodeLtsTriggerEvent } from '../lts-trigger';
import { LtsLineWriter } from '../lts-writer';
import { FetchLike, HuaweiTagLookup, ctsResources } from '../tags';

export interface TagEnrichmentResult {
  readonly status: 'enriched' | 'error';
  readonly report?: EnrichmentReport;
  readonly error?: string;
}

/** Replacements for the network, for tests and the benchmark. */
export interface HuaweiTagEnrichmentOverrides {
  readonly settings?: SettingLookup;
  readonly fetch?: FetchLike;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Each LTS line of the CTS transfer is one trace as JSON. Also accepted: the trace as JSON text inside a JSON
 * string (double-encoded) and the CTS trigger's `{"cts": trace}` wrapper.
 */
export function parseCtsLine(region: string | undefined): RecordParser {
  return (message) => {
    let value: unknown;
    try {
      value = JSON.parse(message);
      if (typeof value === 'string') value = JSON.parse(value);
    } catch (error) {
      return fail(`log line is not JSON: ${(error as Error).message}`);
    }
    const trace = traceFromTriggerEvent(value);
    if (!trace.ok) return trace;
    const normalized = normalizeCtsTrace(trace.value, region);
    if (!normalized.ok) return normalized;
    return ok<ParsedRecord>({ event: normalized.value, raw: isRecord(trace.value) ? trace.value : {} });
  };
}

/** A handler whose cache and clients live as long as the function instance. */
export function createTagEnrichmentHandler(overrides: HuaweiTagEnrichmentOverrides = {}) {
  let token = '';
  let state:
    { cache: TagCache; lookup: HuaweiTagLookup; writer: LtsLineWriter; projectId: string; region: string } | undefined;

  return async function handler(event: unknown, context?: FunctionGraphContext): Promise<TagEnrichmentResult> {
    const settings = overrides.settings ?? settingsFrom(context);
    const batch = decodeLtsTriggerEvent(event);
    if (!batch.ok) {
      log('error', 'not an LTS trigger event', { error: batch.error, requestId: context?.getRequestID?.() });
      return { status: 'error', error: batch.error };
    }
    // Agency tokens are handed out per invocation; the clients read the current one.
    token = agencyToken(context);
    if (!state) {
      const endpoints = HuaweiEndpoints.fromSettings(settings);
      const region = endpoints.region;
      const projectId = projectIdOf(settings, context);
      const common = { fetch: overrides.fetch, now: overrides.now, sleep: overrides.sleep };
      state = {
        region,
        projectId,
        cache: new TagCache({ ttlMs: readCacheTtlMs(settings), now: overrides.now }),
        lookup: new HuaweiTagLookup({
          ...common,
          region,
          regions: listSetting(settings, TagEnrichmentSettings.TAG_REGIONS),
          policy: endpoints.policy,
          projectId,
          token: () => token,
          endpoint: settings(TagEnrichmentSettings.TAG_ENDPOINT),
          tmsFallback: boolSetting(settings, TagEnrichmentSettings.TMS_FALLBACK, false),
          tmsEndpoint: settings(TagEnrichmentSettings.TMS_ENDPOINT)?.trim() || undefined,
          memberAgencyName: memberRoleName(settings),
          iamEndpoint: settings(TagEnrichmentSettings.IAM_ENDPOINT)?.trim() || undefined,
        }),
        writer: new LtsLineWriter({
          ...common,
          endpoint: endpoints.ltsIngest(),
          policy: endpoints.policy,
          projectId,
          groupId: requireSetting(settings, TagEnrichmentSettings.TARGET_LOG_GROUP),
          streamId: requireSetting(settings, TagEnrichmentSettings.TARGET_LOG_STREAM),
          token: () => token,
        }),
      };
    }
    const { region, projectId } = state;
    const report = await runEnrichment(batch.value, state, settings, {
      parse: parseCtsLine(region),
      identify: (record) => ctsResources(record, projectId, region),
      malformedMessage: 'malformed log line skipped',
      requestId: context?.getRequestID?.(),
      now: overrides.now,
    });
    log('info', 'batch enriched', { logGroup: batch.value.group, logStream: batch.value.stream, ...report });
    return { status: 'enriched', report };
  };
}

export const handler = createTagEnrichmentHandler();
