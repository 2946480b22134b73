/**
 * One alert per invocation for the log lines that matched a keyword: how many, which keywords, where from,
 * the time range, and the first lines, all within a byte budget that stays under the topic's message limit.
 */
import { LogBatch } from './log-batch';
import { KeywordMatcher } from './keyword-matcher';
import { AlertMessage, cleanText, toSubject, truncateUtf8 } from './message';
import { toIsoTime } from './time';
import { LogSource, isOwnLogLine } from './log';

export const DEFAULT_ALERT_MAX_LINES = 20;
/** One very long line (a JSON blob, a stack trace) must not crowd out the others. */
export const MAX_ALERT_LINE_CHARS = 1000;

export interface MatchedLine {
  readonly message: string;
  /** Epoch milliseconds. */
  readonly timestamp: number;
  readonly keyword: string;
  readonly id?: string;
}

export interface KeywordScan {
  readonly group: string;
  readonly stream: string;
  readonly owner?: string;
  /** Records read from the batch (malformed ones excluded). */
  readonly scanned: number;
  readonly matched: readonly MatchedLine[];
  /** Records the decoder could not read. */
  readonly malformed: number;
  /** Matches per keyword, as configured. */
  readonly counts: Readonly<Record<string, number>>;
  readonly firstTimestamp?: number;
  readonly lastTimestamp?: number;
}

/**
 * Runs the matcher over every readable record of the batch. `ownLog` is where the function's own log lines land:
 * only those lines, from that group, are skipped (see `isOwnLogLine`); without it nothing is skipped.
 */
export function scanBatch(batch: LogBatch, matcher: KeywordMatcher, ownLog?: LogSource): KeywordScan {
  const matched: MatchedLine[] = [];
  const counts: Record<string, number> = {};
  let first: number | undefined;
  let last: number | undefined;
  for (const record of batch.records) {
    // The alarm's own log lines name keywords ("counts":{"ERROR":1}); matching them would alert on itself.
    if (isOwnLogLine(record.message, ownLog, batch)) continue;
    const keyword = matcher.firstKeyword(record.message);
    if (keyword === undefined) continue;
    matched.push({ message: record.message, timestamp: record.timestamp, keyword, id: record.id });
    counts[keyword] = (counts[keyword] ?? 0) + 1;
    if (first === undefined || record.timestamp < first) first = record.timestamp;
    if (last === undefined || record.timestamp > last) last = record.timestamp;
  }
  return {
    group: batch.group,
    stream: batch.stream,
    owner: batch.owner,
    scanned: batch.records.length,
    matched,
    malformed: batch.malformed.length,
    counts,
    firstTimestamp: first,
    lastTimestamp: last,
  };
}

export interface KeywordAlertOptions {
  /** Cloud and log service, e.g. "Huawei Cloud LTS"; starts the subject. */
  readonly source: string;
  /** @default DEFAULT_ALERT_MAX_LINES */
  readonly maxLines?: number;
  /** Budget for the whole body in UTF-8 bytes (keep it under the topic's limit). */
  readonly maxBodyBytes: number;
  readonly subjectMaxLength: number;
  /** Where the full set of matching lines was written, or why it was not. */
  readonly archive?: { readonly location?: string; readonly error?: string };
}

export interface KeywordAlert extends AlertMessage {
  /** Matching lines shown in the body. */
  readonly shownLines: number;
  /** Matching lines left out (over maxLines or over the byte budget). */
  readonly omittedLines: number;
}

function iso(ms: number | undefined): string {
  return (ms === undefined ? undefined : toIsoTime(ms)) ?? 'unknown';
}

function lineText(line: MatchedLine): string {
  // Keep each shown line on one line of the alert: a multi-line message (stack trace) is flattened.
  // Other control and bidi characters are shown as \uXXXX escapes: a log line must not forge or hide alert text.
  const flat = cleanText(line.message.replace(/\r?\n/g, ' \u21b5 ').replace(/\t/g, ' '));
  const cut =
    flat.length > MAX_ALERT_LINE_CHARS
      ? `${flat.slice(0, MAX_ALERT_LINE_CHARS)}... [${flat.length - MAX_ALERT_LINE_CHARS} more characters]`
      : flat;
  return `${iso(line.timestamp)}  ${cut}`;
}

/**
 * The alert text for a scan with at least one match. Lines are added in delivery order until `maxLines` or the
 * byte budget is reached; the rest are counted as omitted, so the alert never silently loses them.
 */
export function formatKeywordAlert(scan: KeywordScan, options: KeywordAlertOptions): KeywordAlert {
  const total = scan.matched.length;
  const keywordSummary = Object.entries(scan.counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([keyword, count]) => `${keyword} ${count}`)
    .join(', ');
  const subject = toSubject(
    `[TrailWatch] ${options.source}: ${total} log line${total === 1 ? '' : 's'} matched ${Object.keys(scan.counts).sort().join('/')} in ${scan.group}`,
    options.subjectMaxLength,
  );
  const head = [
    `${total} log line${total === 1 ? '' : 's'} matched the watched keywords.`,
    '',
    `Source:      ${options.source}`,
    `Log group:   ${cleanText(scan.group)}`,
    `Log stream:  ${cleanText(scan.stream)}`,
    ...(scan.owner ? [`Owner:       ${cleanText(scan.owner)}`] : []),
    `Matched:     ${total} of ${scan.scanned} lines (${keywordSummary})`,
    `First line:  ${iso(scan.firstTimestamp)}`,
    `Last line:   ${iso(scan.lastTimestamp)}`,
    ...(scan.malformed > 0
      ? [`Unreadable:  ${scan.malformed} record(s) in this batch could not be decoded (see the function log)`]
      : []),
    ...(options.archive?.location ? [`Archive:     ${options.archive.location}`] : []),
    ...(options.archive?.error ? [`Archive:     NOT WRITTEN (${options.archive.error})`] : []),
    '',
  ].join('\n');

  const maxLines = options.maxLines ?? DEFAULT_ALERT_MAX_LINES;
  // Reserve room for the closing line, whose length depends on the omitted count (at most a few dozen bytes).
  const footerReserve = 160;
  let budget = options.maxBodyBytes - Buffer.byteLength(head) - footerReserve;
  const shown: string[] = [];
  for (const line of scan.matched) {
    if (shown.length >= maxLines) break;
    const text = `${lineText(line)}\n`;
    const size = Buffer.byteLength(text);
    if (size > budget) break;
    shown.push(text);
    budget -= size;
  }
  const omitted = total - shown.length;
  const linesHeader =
    shown.length === total ? `Matching lines (${total}):\n` : `First ${shown.length} of ${total} matching lines:\n`;
  const footer =
    omitted > 0
      ? `\n${omitted} more matching line${omitted === 1 ? '' : 's'} not shown${options.archive?.location ? '; all of them are in the archive' : ''}.\n`
      : '';
  const body = truncateUtf8(`${head}${linesHeader}${shown.join('')}${footer}`, options.maxBodyBytes);
  return { subject, body, shownLines: shown.length, omittedLines: omitted };
}
