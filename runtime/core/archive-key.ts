/**
 * Object keys for archived log lines: `<prefix>/YYYY/MM/DD/<group>/<stream>/<iso-time>-<id>.jsonl`.
 * Every invocation writes a new object (no read-modify-write of a shared file, so concurrent invocations
 * never overwrite each other), and every part is reduced to characters that are safe in S3 and OBS keys.
 */
import { randomUUID } from 'crypto';
import { toIsoTime } from './time';

/** A key segment longer than this is cut (S3 and OBS keys may be 1024 bytes in all). */
export const MAX_KEY_SEGMENT_LENGTH = 100;

/**
 * A value reduced to `[A-Za-z0-9._-]`: anything else becomes `_`, runs collapse, and `.`/`..` (path tricks)
 * or empty values become `unknown`.
 */
export function safeKeySegment(value: string): string {
  const cleaned = value
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.]+|_+$/g, '')
    .slice(0, MAX_KEY_SEGMENT_LENGTH);
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'unknown' : cleaned;
}

/** `logs/keyword-alarm/` → `logs/keyword-alarm`; each segment made safe, `.`/`..` dropped; empty stays empty. */
export function normalizeKeyPrefix(prefix: string): string {
  return prefix
    .split('/')
    .filter((part) => part.trim() !== '' && !/^\s*\.+\s*$/.test(part))
    .map(safeKeySegment)
    .join('/');
}

export interface ArchiveKeyParts {
  readonly prefix: string;
  readonly group: string;
  readonly stream: string;
  /**
   * Epoch ms that dates the object: the first matching line's time. A retried invocation (same request id,
   * same lines) therefore rewrites the same key instead of adding a duplicate.
   */
  readonly timestamp: number;
  /** The invocation's request id; a random UUID when there is none. */
  readonly uniqueId?: string;
}

export const ARCHIVE_KEY_SUFFIX = '.jsonl';

export function archiveObjectKey(parts: ArchiveKeyParts): string {
  const date = new Date(Number.isFinite(parts.timestamp) ? parts.timestamp : Date.now());
  const when = Number.isNaN(date.getTime()) ? new Date() : date;
  const yyyy = String(when.getUTCFullYear()).padStart(4, '0');
  const mm = String(when.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(when.getUTCDate()).padStart(2, '0');
  // ISO 8601 without colons (awkward in URLs and some file systems): 2024-06-10T061320.123Z.
  const time = when.toISOString().replace(/:/g, '');
  const id = safeKeySegment(parts.uniqueId && parts.uniqueId.trim() !== '' ? parts.uniqueId : randomUUID());
  const prefix = normalizeKeyPrefix(parts.prefix);
  return [
    ...(prefix ? [prefix] : []),
    yyyy,
    mm,
    dd,
    safeKeySegment(parts.group),
    safeKeySegment(parts.stream),
    `${time}-${id}${ARCHIVE_KEY_SUFFIX}`,
  ].join('/');
}

/** One JSON object per line: lossless for multi-line messages (stack traces), and readable by any log tool. */
export function archiveBody(
  lines: readonly {
    readonly message: string;
    readonly timestamp: number;
    readonly keyword: string;
    readonly id?: string;
  }[],
  source: { readonly group: string; readonly stream: string },
): string {
  return lines
    .map((line) =>
      JSON.stringify({
        time: toIsoTime(line.timestamp) ?? null,
        keyword: line.keyword,
        group: source.group,
        stream: source.stream,
        ...(line.id !== undefined ? { id: line.id } : {}),
        message: line.message,
      }),
    )
    .join('\n')
    .concat('\n');
}
