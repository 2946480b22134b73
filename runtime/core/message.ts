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
 * Subject limits differ: SNS wants < 100 printable ASCII characters, SMN 512 bytes. Both are met by
 * squeezing to printable ASCII and cutting at the limit.
 */
export function toSubject(text: string, maxLength: number): string {
  const ascii = text.replace(/\s+/g, ' ').replace(/[^\x20-\x7e]/g, '?').trim();
  return ascii.length <= maxLength ? ascii : `${ascii.slice(0, maxLength - 3)}...`;
}

/** Readable subject and body with the full event as JSON detail. */
export function formatAuditAlert(alert: AlertText, subjectMaxLength = 99): AlertMessage {
  const e = alert.event;
  const who = e.actor.name || e.actor.id || 'unknown user';
  const where = [e.cloud, e.region].filter(Boolean).join(' ');
  const subject = toSubject(`[TrailWatch] ${alert.title}: ${who} from ${e.sourceIp ?? 'unknown IP'} (${where})`, subjectMaxLength);
  const lines = [
    `${alert.title}.`,
    '',
    ...alert.reasons.map((r) => `- ${r}`),
    '',
    `User:      ${who} (${e.actor.type}${e.actor.accountId ? `, account ${e.actor.accountId}` : ''})`,
    `Action:    ${e.service} ${e.action} (${e.outcome})`,
    `Source IP: ${e.sourceIp ?? 'unknown'}`,
    `Time:      ${e.time}`,
    `Region:    ${e.region ?? 'unknown'}`,
    `Trace id:  ${e.traceId}`,
    '',
    'Detail (JSON):',
    JSON.stringify(e, null, 2),
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
