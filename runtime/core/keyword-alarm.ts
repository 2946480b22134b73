/**
 * The cloud-neutral flow of the log keyword alarm: decoded batch → whole-word match → one archive object →
 * one alert. The handlers only decode their trigger and plug in their storage and topic clients.
 */
import { ParseResult } from './audit-event';
import { archiveBody, archiveObjectKey, normalizeKeyPrefix } from './archive-key';
import { DEFAULT_ALERT_MAX_LINES, formatKeywordAlert, scanBatch } from './keyword-alert';
import { DEFAULT_ALERT_KEYWORDS, KeywordMatcher } from './keyword-matcher';
import { LogBatch } from './log-batch';
import { LogSource } from './log';
import { LogKeywordAlarmSettings } from './setting-names';
import { SettingLookup, boolSetting, intSetting, listSetting, requireSetting } from './settings';

export const DEFAULT_ARCHIVE_PREFIX = 'log-keyword-alarm';
/** Malformed records logged one by one per invocation; the rest are only counted. */
const MALFORMED_DETAIL_LIMIT = 10;

export interface KeywordAlarmConfig {
  readonly matcher: KeywordMatcher;
  readonly maxLines: number;
  readonly archiveBucket: string;
  readonly archivePrefix: string;
  /** Where this function's own log lines land; only those are skipped (issue 13: the alarm cannot be blinded). */
  readonly ownLog?: LogSource;
}

let cachedMatcher: { readonly key: string; readonly matcher: KeywordMatcher } | undefined;

/**
 * Reads the settings; throws naming the setting when one is wrong (a bad deployment must not pass silently).
 * `defaultKeywords` apply when the keyword setting is absent (the cloud's default).
 */
export function readKeywordAlarmConfig(
  lookup: SettingLookup,
  defaultKeywords: readonly string[] = DEFAULT_ALERT_KEYWORDS,
): KeywordAlarmConfig {
  const keywords = listSetting(lookup, LogKeywordAlarmSettings.KEYWORDS, defaultKeywords);
  const caseSensitive = boolSetting(lookup, LogKeywordAlarmSettings.KEYWORDS_CASE_SENSITIVE, true);
  const key = `${caseSensitive}:${keywords.join(',')}`;
  if (cachedMatcher?.key !== key) {
    try {
      cachedMatcher = { key, matcher: KeywordMatcher.create(keywords, { caseSensitive }) };
    } catch (error) {
      throw new Error(`setting ${LogKeywordAlarmSettings.KEYWORDS}: ${(error as Error).message}`);
    }
  }
  const maxLines = intSetting(lookup, LogKeywordAlarmSettings.ALERT_MAX_LINES, DEFAULT_ALERT_MAX_LINES);
  if (maxLines < 1) throw new Error(`setting ${LogKeywordAlarmSettings.ALERT_MAX_LINES} must be at least 1`);
  return {
    matcher: cachedMatcher.matcher,
    maxLines,
    archiveBucket: requireSetting(lookup, LogKeywordAlarmSettings.ARCHIVE_BUCKET),
    archivePrefix: normalizeKeyPrefix(lookup(LogKeywordAlarmSettings.ARCHIVE_PREFIX) ?? DEFAULT_ARCHIVE_PREFIX),
    ownLog: ownLogSource(lookup),
  };
}

/**
 * The function's own log group/stream: the settings the construct writes (FunctionGraph's LTS group and stream ids),
 * else what Lambda sets for the function (AWS_LAMBDA_LOG_GROUP_NAME). Unknown: nothing is skipped as "own".
 */
export function ownLogSource(lookup: SettingLookup): LogSource | undefined {
  const group = lookup(LogKeywordAlarmSettings.OWN_LOG_GROUP)?.trim() || lookup('AWS_LAMBDA_LOG_GROUP_NAME')?.trim();
  if (!group) return undefined;
  const stream = lookup(LogKeywordAlarmSettings.OWN_LOG_STREAM)?.trim();
  return { group, ...(stream ? { stream } : {}) };
}

/** The two side effects, supplied by each cloud's handler. */
export interface KeywordAlarmIo {
  /** Writes one new object; returns a readable location such as `s3://bucket/key`. */
  archive(key: string, body: string): Promise<string>;
  /** Publishes the alert; returns the topic's message id. */
  publish(subject: string, body: string): Promise<string>;
}

export type KeywordAlarmLogger = (
  level: 'info' | 'warn' | 'error',
  message: string,
  fields?: Record<string, unknown>,
) => void;

export interface KeywordAlarmInvocation {
  /** e.g. "Huawei Cloud LTS"; starts the alert subject. */
  readonly source: string;
  readonly requestId?: string;
  /** Body budget under the topic's message limit. */
  readonly maxBodyBytes: number;
  readonly subjectMaxLength: number;
}

export enum KeywordAlarmStatus {
  /** The envelope could not be decoded at all. */
  ERROR = 'error',
  /** A CloudWatch Logs reachability check: nothing to do. */
  CONTROL = 'control',
  NO_MATCH = 'no-match',
  ALERTED = 'alerted',
}

export interface KeywordAlarmResult {
  readonly status: KeywordAlarmStatus;
  readonly scanned?: number;
  readonly matched?: number;
  readonly malformed?: number;
  readonly archiveLocation?: string;
  readonly archiveError?: string;
  readonly messageId?: string;
  readonly shownLines?: number;
  readonly omittedLines?: number;
  readonly error?: string;
}

/** Running totals for this function instance, logged with each problem so a trend shows in the function log. */
const totals = { malformedEvents: 0, malformedRecords: 0 };

/**
 * Archive first (so the alert can say where the lines are), then publish. An archive failure is logged and
 * written into the alert, not thrown: a retry would publish the alert twice. A publish failure is thrown, so the
 * platform's asynchronous retry can deliver the alert later; the retry rewrites the same archive key (same
 * request id, same first line), so it leaves no duplicate object.
 */
export async function runKeywordAlarm(
  decoded: ParseResult<LogBatch>,
  config: KeywordAlarmConfig,
  invocation: KeywordAlarmInvocation,
  io: KeywordAlarmIo,
  log: KeywordAlarmLogger,
): Promise<KeywordAlarmResult> {
  const requestId = invocation.requestId;
  if (!decoded.ok) {
    totals.malformedEvents++;
    log('error', 'malformed log trigger event skipped', {
      error: decoded.error,
      requestId,
      malformedEvents: totals.malformedEvents,
    });
    return { status: KeywordAlarmStatus.ERROR, error: decoded.error };
  }
  const batch = decoded.value;
  if (batch.control) {
    log('info', 'control message skipped', { group: batch.group, requestId });
    return { status: KeywordAlarmStatus.CONTROL, scanned: 0, matched: 0, malformed: 0 };
  }
  if (batch.malformed.length > 0) {
    totals.malformedRecords += batch.malformed.length;
    log('warn', 'unreadable log records skipped; the readable ones are still processed', {
      group: batch.group,
      stream: batch.stream,
      requestId,
      malformed: batch.malformed.length,
      details: batch.malformed.slice(0, MALFORMED_DETAIL_LIMIT),
      malformedRecords: totals.malformedRecords,
    });
  }

  const scan = scanBatch(batch, config.matcher, config.ownLog);
  if (scan.matched.length === 0) {
    return { status: KeywordAlarmStatus.NO_MATCH, scanned: scan.scanned, matched: 0, malformed: scan.malformed };
  }

  const key = archiveObjectKey({
    prefix: config.archivePrefix,
    group: scan.group,
    stream: scan.stream,
    timestamp: scan.firstTimestamp ?? Date.now(),
    uniqueId: requestId,
  });
  let archiveLocation: string | undefined;
  let archiveError: string | undefined;
  try {
    archiveLocation = await io.archive(key, archiveBody(scan.matched, scan));
  } catch (error) {
    archiveError = (error as Error).message || String(error);
    log('error', 'archive write failed; the alert is still sent', { key, requestId, error: archiveError });
  }

  const alert = formatKeywordAlert(scan, {
    source: invocation.source,
    maxLines: config.maxLines,
    maxBodyBytes: invocation.maxBodyBytes,
    subjectMaxLength: invocation.subjectMaxLength,
    archive: { location: archiveLocation, error: archiveError },
  });
  const messageId = await io.publish(alert.subject, alert.body);
  log('info', 'keyword alert published', {
    group: scan.group,
    stream: scan.stream,
    requestId,
    matched: scan.matched.length,
    counts: scan.counts,
    messageId,
    archiveLocation,
  });
  return {
    status: KeywordAlarmStatus.ALERTED,
    scanned: scan.scanned,
    matched: scan.matched.length,
    malformed: scan.malformed,
    archiveLocation,
    archiveError,
    messageId,
    shownLines: alert.shownLines,
    omittedLines: alert.omittedLines,
  };
}
