/**
 * Lambda entry: CloudWatch Logs subscription on the trail's log group → keep write events → look up the tags of
 * each event's resources (Resource Groups Tagging API, cached) → PutLogEvents into the target log group.
 * Handler setting: `index.handler`.
 */
import { randomUUID } from 'crypto';
import { fail, ok } from '../../core/audit-event';
import { EnrichmentReport, ParsedRecord, RecordParser } from '../../core/enrichment/pipeline';
import { runEnrichment } from '../../core/enrichment/run';
import { memberAccountIds, memberRoleName, readCacheTtlMs } from '../../core/enrichment/settings';
import { TagCache } from '../../core/enrichment/tag-cache';
import { TagEnrichmentSettings } from '../../core/setting-names';
import { SettingLookup, envLookup, requireSetting } from '../../core/settings';
import { normalizeCloudTrailRecord } from '../cloudtrail-record';
import { decodeCloudWatchLogsEvent } from '../cloudwatch-logs-trigger';
import { CloudWatchLogsLineWriter, LogsClient } from '../log-writer';
import { AwsTagLookup, AwsTagLookupOptions, cloudTrailResources } from '../tagging';
import { log } from '../../core/log';
import { LambdaContext } from '../lambda-context';
import { awsEndpointOverride } from '../endpoints';

export interface TagEnrichmentResult {
  readonly status: 'enriched' | 'control' | 'error';
  readonly report?: EnrichmentReport;
  readonly error?: string;
}

/** Replacements for the real clients, for tests and the benchmark. */
export interface AwsTagEnrichmentOverrides {
  readonly settings?: SettingLookup;
  readonly lookup?: Partial<AwsTagLookupOptions>;
  readonly logsClient?: LogsClient;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Each CloudWatch Logs message is one CloudTrail record as JSON. */
export const parseCloudTrailLine: RecordParser = (message) => {
  let raw: unknown;
  try {
    raw = JSON.parse(message);
  } catch (error) {
    return fail(`log event is not JSON: ${(error as Error).message}`);
  }
  const normalized = normalizeCloudTrailRecord(raw);
  if (!normalized.ok) return normalized;
  return ok<ParsedRecord>({ event: normalized.value, raw: raw as Record<string, unknown> });
};

/**
 * A handler with its own cache, tag look-up and writer, kept for the life of the function instance so that
 * cached tags and created streams carry over between invocations.
 */
export function createTagEnrichmentHandler(overrides: AwsTagEnrichmentOverrides = {}) {
  const instanceId = randomUUID();
  let state: { cache: TagCache; lookup: AwsTagLookup; writer: CloudWatchLogsLineWriter; owner?: string } | undefined;

  return async function handler(event: unknown, context?: LambdaContext): Promise<TagEnrichmentResult> {
    const settings = overrides.settings ?? envLookup();
    const batch = decodeCloudWatchLogsEvent(event);
    if (!batch.ok) {
      log('error', 'not a CloudWatch Logs subscription event', { error: batch.error });
      return { status: 'error', error: batch.error };
    }
    if (batch.value.control) return { status: 'control' };

    // The account the function runs in: from its ARN, else the owner of the subscribed log group.
    const owner = context?.invokedFunctionArn?.split(':')[4] || batch.value.owner;
    if (!state || state.owner !== owner) {
      const endpoint = awsEndpointOverride(settings);
      state = {
        owner,
        cache: state?.cache ?? new TagCache({ ttlMs: readCacheTtlMs(settings), now: overrides.now }),
        lookup: new AwsTagLookup({
          ownAccount: owner,
          memberRoleName: memberRoleName(settings),
          memberAccountIds: memberAccountIds(settings),
          endpoint,
          sleep: overrides.sleep,
          now: overrides.now,
          ...overrides.lookup,
        }),
        writer: new CloudWatchLogsLineWriter({
          logGroupName: requireSetting(settings, TagEnrichmentSettings.TARGET_LOG_GROUP),
          streamPrefix: settings(TagEnrichmentSettings.TARGET_LOG_STREAM)?.trim() || undefined,
          instanceId,
          client: overrides.logsClient,
          endpoint,
          now: overrides.now,
          sleep: overrides.sleep,
        }),
      };
    }

    const report = await runEnrichment(batch.value, state, settings, {
      parse: parseCloudTrailLine,
      identify: cloudTrailResources,
      malformedMessage: 'malformed log event skipped',
      requestId: context?.awsRequestId,
      now: overrides.now,
    });
    log('info', 'batch enriched', { logGroup: batch.value.group, ...report });
    return { status: 'enriched', report };
  };
}

export const handler = createTagEnrichmentHandler();
