/**
 * One JSON line per log entry (CloudWatch Logs Insights and LTS structuring read the fields), marked as
 * TrailWatch's own (`"logger":"trailwatch"` first), so a keyword alarm that watches its own log group never alerts on
 * itself. Values are redacted before they are written: secret-looking fields always, plus an optional hook.
 */
import { isRecord } from './audit-event';

export type LogLevel = 'info' | 'warn' | 'error';

/** Rewrites one entry before it is written (mask e-mail addresses, customer ids, …). Gets a copy; returns the entry to write. */
export type LogRedactor = (entry: Record<string, unknown>) => Record<string, unknown>;

let redactor: LogRedactor | undefined;

/** Installs (or with no argument removes) the redaction hook applied to every log line of this function instance. */
export function setLogRedactor(hook?: LogRedactor): void {
  redactor = hook;
}

/** A redactor replacing every match of the patterns in string values (at any depth) with `[redacted]`. */
export function redactPatterns(patterns: readonly RegExp[]): LogRedactor {
  const global = patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`));
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return global.reduce((text, p) => text.replace(p, '[redacted]'), value);
    if (Array.isArray(value)) return value.map(walk);
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return (entry) => walk(entry) as Record<string, unknown>;
}

/** Field names whose values are never logged: tokens, keys, passwords, auth headers. */
const SECRET_KEY =
  /(token|secret|password|passwd|authorization|credential|cookie|signature|access[-_]?key|private[-_]?key)/i;

function maskSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8) return value;
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, depth + 1));
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      SECRET_KEY.test(k) && v !== undefined && v !== null && typeof v !== 'number' && typeof v !== 'boolean'
        ? '[redacted]'
        : maskSecrets(v, depth + 1),
    ]),
  );
}

export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  let entry = maskSecrets({ ...fields }) as Record<string, unknown>;
  if (redactor) {
    try {
      entry = redactor(entry);
    } catch (error) {
      // A broken hook must not drop the line nor leak it unredacted: only the message and the failure are kept.
      entry = { redactionError: (error as Error).message };
    }
  }
  // The marker comes first and no field may replace it, the level or the message.
  const rest = Object.fromEntries(
    Object.entries(entry).filter(([key]) => key !== 'logger' && key !== 'level' && key !== 'message'),
  );
  const line = JSON.stringify({ logger: 'trailwatch', level, message, ...rest });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}

/** Where a function's own log lines land: its log group (and, when fixed, stream). */
export interface LogSource {
  /** CloudWatch log group name / LTS log group id. */
  readonly group: string;
  /** LTS log stream id. Unset: any stream of the group (Lambda writes one stream per instance). */
  readonly stream?: string;
}

/** The prefix Lambda's text log format and FunctionGraph put before a console line: `<time> <request id> <LEVEL>`. */
const RUNTIME_PREFIX = /^\S+\s+\S+\s+(?:INFO|WARN|WARNING|ERROR|DEBUG)\s+/;
const OWN_START = '{"logger":"trailwatch",';

/**
 * True only for a line this function wrote itself: the batch comes from the function's own log group (and stream,
 * when set), and the line is, after the runtime's prefix, one whole JSON object written by `log`. Text containing
 * `"logger":"trailwatch"` anywhere else (an application log, another group) is matched like any line, so nobody can
 * blind the alarm by writing that marker.
 */
export function isOwnLogLine(
  line: string,
  own: LogSource | undefined,
  from: { readonly group: string; readonly stream: string },
): boolean {
  if (!own || own.group === '' || from.group !== own.group) return false;
  if (own.stream && from.stream !== own.stream) return false;
  let body = line.trim();
  const prefix = RUNTIME_PREFIX.exec(body);
  if (prefix && !body.startsWith('{')) body = body.slice(prefix[0].length);
  if (!body.startsWith(OWN_START)) return false;
  try {
    const parsed: unknown = JSON.parse(body);
    return (
      isRecord(parsed) &&
      parsed.logger === 'trailwatch' &&
      typeof parsed.level === 'string' &&
      typeof parsed.message === 'string'
    );
  } catch {
    return false;
  }
}
