import { AuditEvent } from './audit-event';

export interface AlertMessage {
  readonly subject: string;
  /** Human-readable text followed by the JSON detail. */
  readonly body: string;
}

export interface AlertText {
  /** Short headline, e.g. "Console login outside allow-list". */
  readonly title: string;
  /** Reasons, one per line. */
  readonly reasons: readonly string[];
  readonly event: AuditEvent;
}

/**
 * Characters that can forge or hide alert text when they come from a user-controlled value: C0/C1 controls (a
 * newline starts a fake "Source IP:" line, ESC drives terminals), line/paragraph separators, zero-width characters
 * and the Unicode bidirectional controls (U+202E turns "exe.txt" into "txt.exe" on screen, Trojan Source).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function escapeChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A user-controlled value made safe for alert text: every unsafe character shown as a visible `\uXXXX` escape. */
export function cleanText(value: string): string {
  return value.replace(UNSAFE_TEXT, escapeChar);
}

/** The same set without C0, which JSON.stringify already escapes inside strings (raw newlines are layout). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** JSON whose strings carry no bidi, separator or C1 characters raw (JSON.stringify escapes only C0). Still valid JSON. */
export function safeJson(value: unknown, space?: number): string {
  return (JSON.stringify(value, null, space) ?? 'null').replace(UNSAFE_IN_JSON, escapeChar);
}

/**
 * Subject limits differ: SNS wants < 100 printable ASCII characters, SMN 512 bytes. Both are met by
 * squeezing to printable ASCII and cutting at the limit.
 */
export function toSubject(text: string, maxLength: number): string {
  const ascii = text
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim();
  return ascii.length <= maxLength ? ascii : `${ascii.slice(0, maxLength - 3)}...`;
}

/** Readable subject and body with the full event as JSON detail. Every event value is passed through `cleanText`. */
export function formatAuditAlert(alert: AlertText, subjectMaxLength = 99): AlertMessage {
  const e = alert.event;
  const c = (value: string | undefined, fallback: string) => (value ? cleanText(value) : fallback);
  const who = c(e.actor.name || e.actor.id, 'unknown user');
  const where = [e.cloud, e.region]
    .filter(Boolean)
    .map((v) => cleanText(String(v)))
    .join(' ');
  const title = cleanText(alert.title);
  const subject = toSubject(
    `[TrailWatch] ${title}: ${who} from ${c(e.sourceIp, 'unknown IP')} (${where})`,
    subjectMaxLength,
  );
  const lines = [
    `${title}.`,
    '',
    ...alert.reasons.map((r) => `- ${cleanText(r)}`),
    '',
    `User:      ${who} (${cleanText(String(e.actor.type))}${e.actor.accountId ? `, account ${cleanText(e.actor.accountId)}` : ''})`,
    `Action:    ${cleanText(e.service)} ${cleanText(e.action)} (${cleanText(String(e.outcome))})`,
    `Source IP: ${c(e.sourceIp, 'unknown')}`,
    `Time:      ${cleanText(e.time)}`,
    `Region:    ${c(e.region, 'unknown')}`,
    `Trace id:  ${cleanText(e.traceId)}`,
    '',
    'Detail (JSON):',
    safeJson(e, 2),
  ];
  return { subject, body: lines.join('\n') };
}

/** Cuts a message to at most `maxBytes` UTF-8 bytes without splitting a character, saying that it was cut. */
export function truncateUtf8(message: string, maxBytes: number): string {
  const bytes = Buffer.from(message, 'utf8');
  if (bytes.length <= maxBytes) return message;
  const marker = '\n[truncated]';
  let cut = bytes.subarray(0, Math.max(0, maxBytes - Buffer.byteLength(marker))).toString('utf8');
  // A split multi-byte sequence decodes to U+FFFD at the end; drop it.
  cut = cut.replace(/\uFFFD+$/, '');
  return cut + marker;
}
