/**
 * Audit timestamps arrive as epoch milliseconds, epoch seconds, ISO strings or CTS display strings such as
 * "2016/12/08 11:07:28 GMT+08:00"; all become ISO 8601 UTC, or undefined when unreadable.
 */
export function toIsoTime(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const raw = value.trim();
  if (raw === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw) > 0 ? fromEpoch(Number(raw)) : undefined;
  const display =
    /^(\d{4})\/(\d{2})\/(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\s*(?:GMT|UTC)\s*([+-]\d{2}):?(\d{2}))?$/.exec(raw);
  const iso = display
    ? `${display[1]}-${display[2]}-${display[3]}T${display[4]}:${display[5]}:${display[6]}${
        display[7] ? `${display[7]}:${display[8]}` : 'Z'
      }`
    : raw;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

// Ten digits or fewer is seconds (until the year 2286); more is milliseconds.
function fromEpoch(n: number): string | undefined {
  const ms = n < 1e11 ? n * 1000 : n;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
