/**
 * The opaque pagination cursor: where the next page starts (day bucket + DynamoDB ExclusiveStartKey), the window
 * resolved on the first page (so "the last 7 days" does not slide between pages) and a fingerprint of the query
 * it belongs to (a cursor replayed with other filters is refused instead of returning a wrong page).
 */
import { createHash } from 'crypto';
import { ParseResult, fail, isRecord, ok } from '../../core/audit-event';

export interface CursorState {
  /** Fingerprint of the query. */
  readonly f: string;
  /** Resolved window [fromMs, toMs] (event queries). */
  readonly w?: readonly [number, number];
  /** Day bucket to resume in (event queries). */
  readonly d?: string;
  /** ExclusiveStartKey within that bucket / list. */
  readonly k?: Readonly<Record<string, string>>;
}

const MAX_CURSOR_CHARS = 4096;

export function fingerprintOf(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ v: 1, ...state }), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string, fingerprint: string): ParseResult<CursorState> {
  const invalid = 'cursor is not one this API returned: pass the `cursor` of the previous page unchanged';
  if (raw.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(raw)) return fail(invalid);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return fail(invalid);
  }
  if (!isRecord(value) || value.v !== 1 || typeof value.f !== 'string') return fail(invalid);
  if (value.f !== fingerprint) {
    return fail(
      'cursor belongs to a different query: repeat the exact query (route, from, to, filters) of the page that returned it',
    );
  }
  const state: { f: string; w?: [number, number]; d?: string; k?: Record<string, string> } = { f: value.f };
  if (value.w !== undefined) {
    if (!Array.isArray(value.w) || value.w.length !== 2 || !value.w.every((n) => Number.isFinite(n)))
      return fail(invalid);
    state.w = [Number(value.w[0]), Number(value.w[1])];
  }
  if (value.d !== undefined) {
    if (typeof value.d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.d)) return fail(invalid);
    state.d = value.d;
  }
  if (value.k !== undefined) {
    const key = value.k;
    if (!isRecord(key) || Object.keys(key).length > 4 || !Object.values(key).every((v) => typeof v === 'string'))
      return fail(invalid);
    state.k = key as Record<string, string>;
  }
  return ok(state);
}
