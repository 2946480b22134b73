/**
 * `from` / `to` of the query API: ISO 8601 with or without a zone (no zone = UTC), date-only allowed.
 * The window is inclusive at both ends, and `to` includes the whole unit it names: `to=2024-05-01` runs to
 * 23:59:59.999 that day, `to=2024-05-01T10:15` to 10:15:59.999. Default: the last 7 days up to now.
 */
import { ParseResult, fail, ok } from '../../core/audit-event';
import { dayOf } from './table-model';

export const DAY_MS = 86_400_000;
export const DEFAULT_WINDOW_DAYS = 7;

export enum Bound {
  FROM = 'from',
  TO = 'to',
}

export interface TimeWindow {
  /** Epoch ms, inclusive. */
  readonly fromMs: number;
  /** Epoch ms, inclusive. */
  readonly toMs: number;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Parses one bound to epoch milliseconds; a `to` bound is pushed to the end of the unit it names. */
export function parseInstant(raw: string, bound: Bound): ParseResult<number> {
  // An unencoded "+02:00" in a query string arrives as " 02:00" (form decoding turns + into a space).
  const value = raw.trim().replace(/(T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?) (\d{2}:?\d{2})$/i, '$1+$2');
  const match = ISO.exec(value);
  const example =
    'Use ISO 8601, e.g. 2024-05-01, 2024-05-01T13:45:00, 2024-05-01T13:45:00Z or 2024-05-01T15:45:00+02:00';
  if (!match) return fail(`${bound}="${raw}" is not a date. ${example}`);
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(local);
  if (
    month < 1 ||
    month > 12 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return fail(`${bound}="${raw}" is not a real date or time. ${example}`);
  }
  let offsetMinutes = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const zh = Number(digits.slice(0, 2));
    const zm = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (zh > 18 || zm > 59) return fail(`${bound}="${raw}" has an impossible UTC offset ${zone}. ${example}`);
    offsetMinutes = sign * (zh * 60 + zm);
  }
  let ms = local - offsetMinutes * 60_000;
  if (bound === Bound.TO) ms += unitLength(h, s, fraction) - 1;
  return ok(ms);
}

/** Length of the unit the value names: a day, a minute (no seconds), a second, or the fraction's precision. */
function unitLength(hour?: string, second?: string, fraction?: string): number {
  if (hour === undefined) return DAY_MS;
  if (second === undefined) return 60_000;
  if (fraction === undefined) return 1000;
  return fraction.length >= 3 ? 1 : 10 ** (3 - fraction.length);
}

/** The window of a query; `maxDays` bounds its length (a query over years is a mistake more often than not). */
export function resolveWindow(
  from: string | undefined,
  to: string | undefined,
  nowMs: number,
  maxDays: number,
): ParseResult<TimeWindow> {
  let toMs = nowMs;
  if (to !== undefined) {
    const parsed = parseInstant(to, Bound.TO);
    if (!parsed.ok) return parsed;
    toMs = parsed.value;
  }
  let fromMs = toMs - DEFAULT_WINDOW_DAYS * DAY_MS;
  if (from !== undefined) {
    const parsed = parseInstant(from, Bound.FROM);
    if (!parsed.ok) return parsed;
    fromMs = parsed.value;
  }
  if (fromMs > toMs) {
    return fail(`from (${new Date(fromMs).toISOString()}) is after to (${new Date(toMs).toISOString()}): swap them`);
  }
  if (toMs - fromMs > maxDays * DAY_MS) {
    return fail(
      `the window from ${new Date(fromMs).toISOString()} to ${new Date(toMs).toISOString()} is longer than ${maxDays} days: split it into several queries`,
    );
  }
  return ok({ fromMs, toMs });
}

export function windowDays(window: TimeWindow): { readonly first: string; readonly last: string } {
  return { first: dayOf(window.fromMs), last: dayOf(window.toMs) };
}

/** ISO of an instant with milliseconds, the format of stored sort keys. */
export function isoMs(ms: number): string {
  return new Date(ms).toISOString();
}
