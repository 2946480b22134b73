/** The portal's pure modules and its build: URL state, CSV export, config, key events, deterministic assets. */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { csvCell, toCsv } from '../../../runtime/portal/csv';
import { DEFAULT_KEY_EVENTS, keyEventCounts, parsePortalConfig } from '../../../runtime/portal/portal-config';
import {
  SearchKind,
  View,
  parseViewState,
  resolveViewWindow,
  serializeViewState,
  timelineKeys,
  timelineUnit,
} from '../../../runtime/portal/view-state';
import { buildPortal } from '../../../scripts/build-portal';

describe('view state in the URL', () => {
  test('round-trips presets, custom ranges and searches; unknown values fall back', () => {
    const search = parseViewState(
      '?view=search&range=15d&kind=service&name=ec2&eventName=Run*&param=instanceType&value=m5.large',
    );
    expect(search).toMatchObject({
      view: View.SEARCH,
      range: '15d',
      kind: SearchKind.SERVICE,
      name: 'ec2',
      eventName: 'Run*',
      filters: [{ name: 'instanceType', value: 'm5.large' }],
    });
    expect(parseViewState(serializeViewState(search))).toEqual(search);
    expect(parseViewState('?range=forever')).toMatchObject({ view: View.DASHBOARD, range: '24h' });
    const custom = parseViewState('?from=2026-01-01T00:00:00Z&to=2026-01-02T12:00:59.999Z');
    expect(serializeViewState(custom)).toBe('?from=2026-01-01T00%3A00%3A00Z&to=2026-01-02T12%3A00%3A59.999Z');
    expect(resolveViewWindow(custom, 0)).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-01-02T12:00:59.999Z',
      lengthMs: 129_659_999,
    });
  });

  test('presets end at the current minute; hours up to two days, days beyond; every bucket listed', () => {
    const now = Date.parse('2026-03-10T10:20:30Z');
    const window = resolveViewWindow(parseViewState('?range=6h'), now);
    expect(window).toEqual({
      from: '2026-03-10T04:21:00.000Z',
      to: '2026-03-10T10:20:59.999Z',
      lengthMs: 6 * 3_600_000,
    });
    expect(timelineUnit(window.lengthMs)).toBe('hour');
    expect(timelineKeys(window, 'hour')).toHaveLength(7);
    const month = resolveViewWindow(parseViewState('?range=30d'), now);
    expect(timelineUnit(month.lengthMs)).toBe('day');
    expect(timelineKeys(month, 'day')[0]).toBe('2026-02-08');
    expect(timelineKeys(month, 'day')).toHaveLength(31);
  });
});

describe('CSV export', () => {
  test('quotes per RFC 4180 and neutralises spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell(undefined)).toBe('');
    expect(
      toCsv(
        [{ eventTime: 't', user: 'u', eventName: 'n', eventID: 'i' }],
        ['eventTime', 'user', 'eventName', 'eventID'],
      ),
    ).toBe('eventTime,user,eventName,eventID\r\nt,u,n,i\r\n');
  });
});

describe('runtime configuration', () => {
  test('requires the API, sign-in URL and client id; trims trailing slashes', () => {
    expect(
      parsePortalConfig({ apiUrl: 'https://api.example.com/', signInUrl: 'https://auth.example.com', clientId: 'abc' }),
    ).toMatchObject({ apiUrl: 'https://api.example.com' });
    expect(() => parsePortalConfig({ apiUrl: 'https://api.example.com' })).toThrow(/"signInUrl" is missing/);
  });

  test('key events: exact names and prefixes', () => {
    const groups = [
      { key: 'CreateFunction20150331', count: 3 },
      { key: 'CreateFunction20150331v2', count: 1 },
      { key: 'RunInstances', count: 5 },
    ];
    expect(keyEventCounts(['RunInstances', 'CreateFunction*', 'DeleteTrail'], groups)).toEqual([
      { name: 'RunInstances', count: 5 },
      { name: 'CreateFunction*', count: 4 },
      { name: 'DeleteTrail', count: 0 },
    ]);
    expect(DEFAULT_KEY_EVENTS).toContain('CreateDBInstance');
  });
});

test('the portal build is deterministic and self-contained (no CDN, no inline script)', () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'tw-portal-')), mkdtempSync(join(tmpdir(), 'tw-portal-'))];
  try {
    const first = buildPortal(a);
    const second = buildPortal(b);
    expect(second).toEqual(first);
    const html = readFileSync(join(a, 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" src="\/app-[A-Z0-9]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script>|<style>|https?:\/\//);
    const js = readFileSync(join(a, first.find((f) => f.path.endsWith('.js'))!.path), 'utf8');
    expect(js).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);
    expect(first.map((f) => f.path)).toEqual(expect.arrayContaining(['index.html', 'THIRD_PARTY_LICENSES.txt']));
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
