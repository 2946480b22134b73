/**
 * CSV export of events (RFC 4180 quoting). Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return at the start) get a leading apostrophe: event data comes from whoever made the calls.
 */

export const CSV_COLUMNS = [
  'eventTime',
  'user',
  'eventName',
  'service',
  'eventSource',
  'awsRegion',
  'sourceIPAddress',
  'errorCode',
  'eventID',
] as const;

export function csvCell(value: unknown): string {
  let text =
    value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(events: readonly Record<string, unknown>[], columns: readonly string[] = CSV_COLUMNS): string {
  const lines = [columns.join(',')];
  for (const event of events) lines.push(columns.map((column) => csvCell(event[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
