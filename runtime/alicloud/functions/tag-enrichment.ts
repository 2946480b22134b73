/**
 * Function Compute 3.0 entry: SLS trigger on the ActionTrail logstore → PullLogs of the shard's cursor range → keep
 * write events → Tag API ListTagResources (50 ARNs per call, cached, member accounts through STS AssumeRole) →
 * PutLogs of enriched records to the target logstore. Handler setting: `index.handler`.
 */
import { EnrichmentReport } from '../../core/enrichment/pipeline';
import { runEnrichment } from '../../core/enrichment/run';
import { memberAccountIds, memberRoleName, readCacheTtlMs } from '../../core/enrichment/settings';
import { TagCache } from '../../core/enrichment/tag-cache';
import { LogBatch, LogRecord } from '../../core/log-batch';
import { log } from '../../core/log';
import { SettingLookup, boolSetting, envLookup, listSetting, requireSetting } from '../../core/settings';
import { parseActionTrailContent } from '../actiontrail-event';
import { AlicloudCredentials, FcContext, credentialsFrom } from '../credentials';
import { AlicloudEndpoints } from '../endpoints';
import { HttpFetch } from '../http';
import { AlicloudSettings, AlicloudSourceSettings } from '../settings';
import { SlsClient } from '../sls-client';
import { SlsLogGroup } from '../sls-protobuf';
import { decodeSlsTriggerEvent } from '../sls-trigger';
import { SlsLineWriter } from '../sls-writer';
import { AlicloudTagLookup, actionTrailResources } from '../tags';

export interface TagEnrichmentResult {
  readonly status: 'enriched' | 'error';
  readonly report?: EnrichmentReport;
  readonly error?: string;
}

/** Replacements for the network and the clock, for tests and the benchmark. */
export interface AlicloudTagEnrichmentOverrides {
  readonly settings?: SettingLookup;
  readonly fetch?: HttpFetch;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The records of pulled log groups: each log's `event` value; logs without one are malformed, never fatal. */
export function batchFromLogGroups(groups: readonly SlsLogGroup[], project: string, logstore: string): LogBatch {
  const records: LogRecord[] = [];
  const malformed: { index: number; error: string }[] = [];
  let index = 0;
  for (const group of groups) {
    for (const entry of group.logs) {
      const event = entry.contents.find(([key]) => key === 'event');
      if (event) records.push({ message: event[1], timestamp: entry.time * 1000 });
      else malformed.push({ index, error: `log has no "event" field (topic ${group.topic ?? 'none'})` });
      index++;
    }
  }
  return { group: project, stream: logstore, records, malformed, control: false };
}

interface State {
  readonly cache: TagCache;
  readonly lookup: AlicloudTagLookup;
  readonly source: SlsClient;
  readonly writer: SlsLineWriter;
  readonly sourceProject: string;
  readonly sourceLogstore: string;
  readonly accountId: string;
  readonly region: string;
}

/** A handler whose cache, member-role credentials and clients live as long as the function instance. */
export function createTagEnrichmentHandler(overrides: AlicloudTagEnrichmentOverrides = {}) {
  let credentials: AlicloudCredentials | undefined;
  let state: State | undefined;
  const current = (): AlicloudCredentials => credentials!;

  const init = (settings: SettingLookup, context: FcContext | undefined): State => {
    const region = requireSetting(settings, AlicloudSettings.REGION);
    const accountId = settings(AlicloudSettings.ACCOUNT_ID)?.trim() || context?.accountId || '';
    if (!accountId)
      throw new Error(`setting ${AlicloudSettings.ACCOUNT_ID} is missing and the context has no accountId`);
    const local = settings(AlicloudSettings.LOCAL_ENDPOINT)?.trim() || undefined;
    const endpoints = new AlicloudEndpoints(
      local,
      boolSetting(settings, AlicloudSettings.ALLOW_LOCAL_ENDPOINTS, false),
    );
    const intranet = boolSetting(settings, AlicloudSettings.SLS_INTRANET, true);
    const common = { endpoints, fetch: overrides.fetch, now: overrides.now, sleep: overrides.sleep };
    const sourceProject = requireSetting(settings, AlicloudSourceSettings.SOURCE_PROJECT);
    const targetProject = requireSetting(settings, AlicloudSettings.TARGET_PROJECT);
    const source = new SlsClient({ ...common, project: sourceProject, region, intranet, credentials: current });
    const target =
      targetProject === sourceProject
        ? source
        : new SlsClient({ ...common, project: targetProject, region, intranet, credentials: current });
    return {
      region,
      accountId,
      sourceProject,
      sourceLogstore: requireSetting(settings, AlicloudSourceSettings.SOURCE_LOGSTORE),
      source,
      writer: new SlsLineWriter(
        target,
        requireSetting(settings, AlicloudSettings.TARGET_LOGSTORE),
        context?.function?.name ?? 'trailwatch',
      ),
      cache: new TagCache({ ttlMs: readCacheTtlMs(settings), now: overrides.now }),
      lookup: new AlicloudTagLookup({
        ...common,
        region,
        accountId,
        tagRegions: listSetting(settings, AlicloudSettings.TAG_REGIONS, [region]),
        credentials: current,
        memberRoleName: memberRoleName(settings),
        memberAccountIds: memberAccountIds(settings),
      }),
    };
  };

  return async function handler(event: unknown, context?: FcContext): Promise<TagEnrichmentResult> {
    const settings = overrides.settings ?? envLookup();
    const trigger = decodeSlsTriggerEvent(event);
    if (!trigger.ok) {
      log('error', 'not an SLS trigger event', { error: trigger.error, requestId: context?.requestId });
      return { status: 'error', error: trigger.error };
    }
    // FC hands out the role's STS keys per invocation; the clients read the current ones.
    credentials = credentialsFrom(context);
    state ??= init(settings, context);
    const t = trigger.value;
    if (t.project !== state.sourceProject || t.logstore !== state.sourceLogstore) {
      const error = `the trigger names ${t.project}/${t.logstore}, not the configured source ${state.sourceProject}/${state.sourceLogstore}`;
      log('error', 'unexpected trigger source', { error, requestId: context?.requestId });
      return { status: 'error', error };
    }
    // A failed pull or write throws: the trigger retries the range (maxRetryTime), so nothing is lost silently.
    const groups = await state.source.pullRange(t.logstore, t.shardId, t.beginCursor, t.endCursor);
    const batch = batchFromLogGroups(groups, t.project, t.logstore);
    const { accountId, region } = state;
    const report = await runEnrichment(batch, state, settings, {
      parse: parseActionTrailContent(),
      identify: (record) => actionTrailResources(record, accountId, region),
      malformedMessage: 'malformed log skipped',
      requestId: context?.requestId,
      now: overrides.now,
    });
    log('info', 'batch enriched', {
      project: t.project,
      logstore: t.logstore,
      shard: t.shardId,
      taskId: t.taskId,
      ...report,
      tagApiCalls: state.lookup.stats.tagCalls,
    });
    return { status: 'enriched', report };
  };
}

export const handler = createTagEnrichmentHandler();
