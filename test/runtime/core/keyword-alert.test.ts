import { archiveBody, archiveObjectKey, normalizeKeyPrefix, safeKeySegment } from '../../../runtime/core/archive-key';
import { MAX_ALERT_LINE_CHARS, formatKeywordAlert, scanBatch } from '../../../runtime/core/keyword-alert';
import { KeywordMatcher } from '../../../runtime/core/keyword-matcher';
import { LogBatch } from '../../../runtime/core/log-batch';
import { log } from '../../../runtime/core/log';

const T0 = Date.UTC(2024, 5, 10, 6, 13, 20, 123);

function batch(messages: string[], extra: Partial<LogBatch> = {}): LogBatch {
  return {
    group: 'app-group',
    stream: 'app-stream',
    owner: '123456789012',
    records: messages.map((message, i) => ({ message, timestamp: T0 + i * 1000, id: String(i) })),
    malformed: [],
    control: false,
    ...extra,
  };
}

const options = { source: 'AWS CloudWatch Logs', maxBodyBytes: 64 * 1024, subjectMaxLength: 99 };

describe('scanBatch', () => {
  test('counts matches per keyword and the time range of the matching lines', () => {
    const scan = scanBatch(batch(['ok', '[ERROR] a', 'WARN b', 'TERRAIN', 'ERROR c']), KeywordMatcher.create());
    expect(scan.scanned).toBe(5);
    expect(scan.matched.map((m) => m.keyword)).toEqual(['ERROR', 'WARN', 'ERROR']);
    expect(scan.counts).toEqual({ ERROR: 2, WARN: 1 });
    expect(scan.firstTimestamp).toBe(T0 + 1000);
    expect(scan.lastTimestamp).toBe(T0 + 4000);
  });
});

describe('formatKeywordAlert', () => {
  test('one alert for the whole batch: count, group/stream, time range, lines', () => {
    const scan = scanBatch(batch(['[ERROR] db down', 'fine', 'WARN slow']), KeywordMatcher.create());
    const alert = formatKeywordAlert(scan, { ...options, archive: { location: 's3://b/k.jsonl' } });
    expect(alert.subject).toBe('[TrailWatch] AWS CloudWatch Logs: 2 log lines matched ERROR/WARN in app-group');
    expect(alert.subject.length).toBeLessThan(100);
    expect(alert.body).toContain('Log group:   app-group');
    expect(alert.body).toContain('Log stream:  app-stream');
    expect(alert.body).toContain('Matched:     2 of 3 lines (ERROR 1, WARN 1)');
    expect(alert.body).toContain('First line:  2024-06-10T06:13:20.123Z');
    expect(alert.body).toContain('Last line:   2024-06-10T06:13:22.123Z');
    expect(alert.body).toContain('Archive:     s3://b/k.jsonl');
    expect(alert.body).toContain(
      'Matching lines (2):\n2024-06-10T06:13:20.123Z  [ERROR] db down\n2024-06-10T06:13:22.123Z  WARN slow\n',
    );
    expect(alert).toMatchObject({ shownLines: 2, omittedLines: 0 });
  });

  test('only the first N lines are shown; the rest are counted', () => {
    const scan = scanBatch(batch(Array.from({ length: 250 }, (_, i) => `ERROR line ${i}`)), KeywordMatcher.create());
    const alert = formatKeywordAlert(scan, { ...options, maxLines: 20, archive: { location: 's3://b/k' } });
    expect(alert).toMatchObject({ shownLines: 20, omittedLines: 230 });
    expect(alert.body).toContain('First 20 of 250 matching lines:');
    expect(alert.body).toContain('ERROR line 19\n');
    expect(alert.body).not.toContain('ERROR line 20\n');
    expect(alert.body).toContain('230 more matching lines not shown; all of them are in the archive.');
  });

  test('an oversize batch is cut to the byte budget with the count of omitted lines', () => {
    const long = 'x'.repeat(900);
    const scan = scanBatch(batch(Array.from({ length: 500 }, (_, i) => `FATAL ${i} ${long}`)), KeywordMatcher.create());
    const alert = formatKeywordAlert(scan, { ...options, maxLines: 1000, maxBodyBytes: 8 * 1024 });
    expect(Buffer.byteLength(alert.body)).toBeLessThanOrEqual(8 * 1024);
    expect(alert.shownLines).toBeGreaterThan(0);
    expect(alert.shownLines + alert.omittedLines).toBe(500);
    expect(alert.body).toContain(`${alert.omittedLines} more matching lines not shown.`);
    expect(alert.body).not.toContain('[truncated]');
  });

  test('one huge line is shortened, multi-line messages are flattened, multi-byte text stays valid', () => {
    const scan = scanBatch(
      batch([`ERROR ${'é'.repeat(5000)}`, 'ERROR first\n  at stack frame']),
      KeywordMatcher.create(),
    );
    const alert = formatKeywordAlert(scan, options);
    expect(alert.body).toContain(`more characters]`);
    expect(alert.body).toContain('ERROR first \u21b5   at stack frame');
    expect(alert.body).not.toContain('\uFFFD');
    const firstLine = alert.body.split('\n').find((l) => l.includes('ERROR é')) ?? '';
    expect(firstLine.length).toBeLessThan(MAX_ALERT_LINE_CHARS + 80);
  });

  test('unreadable records and archive failures are stated in the alert', () => {
    const scan = scanBatch(
      batch(['ERROR x'], { malformed: [{ index: 1, error: 'log line has no message' }] }),
      KeywordMatcher.create(),
    );
    const alert = formatKeywordAlert(scan, { ...options, archive: { error: 'AccessDenied' } });
    expect(alert.body).toContain('Unreadable:  1 record(s)');
    expect(alert.body).toContain('Archive:     NOT WRITTEN (AccessDenied)');
  });
});

describe('archive keys', () => {
  test('layout: prefix/YYYY/MM/DD/group/stream/iso-time-requestId.jsonl', () => {
    expect(
      archiveObjectKey({
        prefix: 'logs/alarm/',
        group: '/app/payments',
        stream: 'i-0abc/app.log',
        timestamp: T0,
        uniqueId: 'c0ffee-1234',
      }),
    ).toBe('logs/alarm/2024/06/10/app_payments/i-0abc_app.log/2024-06-10T061320.123Z-c0ffee-1234.jsonl');
  });

  test('only safe characters, no path tricks, bounded length', () => {
    const key = archiveObjectKey({
      prefix: '../x//y ',
      group: '..',
      stream: 'a b?c#d%e&f',
      timestamp: T0,
      uniqueId: '../../etc',
    });
    expect(key).toMatch(/^[A-Za-z0-9._/-]+$/);
    expect(key.split('/')).not.toContain('..');
    expect(key).toBe('x/y/2024/06/10/unknown/a_b_c_d_e_f/2024-06-10T061320.123Z-etc.jsonl');
    expect(safeKeySegment('g'.repeat(500))).toHaveLength(100);
    expect(normalizeKeyPrefix('')).toBe('');
    expect(archiveObjectKey({ prefix: '', group: 'g', stream: 's', timestamp: T0, uniqueId: 'r' })).toBe(
      '2024/06/10/g/s/2024-06-10T061320.123Z-r.jsonl',
    );
  });

  test('unique per invocation: a random id when there is no request id', () => {
    const parts = { prefix: 'p', group: 'g', stream: 's', timestamp: T0 };
    const keys = new Set(Array.from({ length: 50 }, () => archiveObjectKey(parts)));
    expect(keys.size).toBe(50);
    // The same request id and first line give the same key, so a retried invocation overwrites, not duplicates.
    expect(archiveObjectKey({ ...parts, uniqueId: 'req-1' })).toBe(archiveObjectKey({ ...parts, uniqueId: 'req-1' }));
  });

  test('an unusable timestamp falls back to now instead of throwing', () => {
    expect(archiveObjectKey({ prefix: 'p', group: 'g', stream: 's', timestamp: 1e20, uniqueId: 'r' })).toMatch(
      /^p\/\d{4}\/\d{2}\/\d{2}\/g\/s\//,
    );
  });

  test('archive body: one JSON object per line, multi-line messages kept intact', () => {
    const body = archiveBody(
      [
        { message: 'ERROR a\n  at b', timestamp: T0, keyword: 'ERROR', id: '7' },
        { message: 'WARN c', timestamp: T0 + 1, keyword: 'WARN' },
      ],
      { group: 'g', stream: 's' },
    );
    const lines = body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        time: '2024-06-10T06:13:20.123Z',
        keyword: 'ERROR',
        group: 'g',
        stream: 's',
        id: '7',
        message: 'ERROR a\n  at b',
      },
      { time: '2024-06-10T06:13:20.124Z', keyword: 'WARN', group: 'g', stream: 's', message: 'WARN c' },
    ]);
  });
});

describe('the alarm never alerts on its own log lines', () => {
  test('a line the alarm wrote (naming the keyword it counted) is skipped, other lines still match', () => {
    const spy = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    log('info', 'keyword alert published', { counts: { ERROR: 1 } });
    const ownLine = String(spy.mock.calls[0][0]);
    spy.mockRestore();
    expect(ownLine).toContain('"ERROR":1');
    const batch = {
      group: 'g',
      stream: 's',
      records: [
        { message: ownLine, timestamp: 1 },
        { message: 'ERROR disk full', timestamp: 2 },
      ],
      malformed: [],
      control: false,
    };
    const scan = scanBatch(batch, KeywordMatcher.create(['ERROR']), { group: 'g' });
    expect(scan.matched.map((m) => m.message)).toEqual(['ERROR disk full']);
  });
});
