/**
 * One JSON line per log entry (CloudWatch Logs Insights and LTS structuring read the fields), marked as
 * TrailWatch's own, so a keyword alarm watching a stream that also carries these lines never alerts on itself.
 */
export type LogLevel = 'info' | 'warn' | 'error';

const OWN_MARKER = '"logger":"trailwatch"';

export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ logger: 'trailwatch', level, message, ...fields });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}

/** True for a line this package's functions wrote. */
export function isOwnLogLine(line: string): boolean {
  return line.includes(OWN_MARKER);
}
