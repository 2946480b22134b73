/**
 * Issue 13 (low): alert text strips control and bidi characters from user-controlled values; log lines pass a
 * redaction step (secret-looking fields always, plus a hook).
 */
import { ActorType, AuditEvent, Cloud, Outcome } from '../../../runtime/core/audit-event';
import { formatKeywordAlert, scanBatch } from '../../../runtime/core/keyword-alert';
import { KeywordMatcher } from '../../../runtime/core/keyword-matcher';
import { log, redactPatterns, setLogRedactor } from '../../../runtime/core/log';
import { cleanText, formatAuditAlert, safeJson } from '../../../runtime/core/message';

const RLO = '\u202e';
const event = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  cloud: Cloud.AWS,
  traceId: 'e-1',
  action: 'ConsoleLogin',
  service: 'signin',
  time: '2024-05-01T10:00:00Z',
  region: 'us-east-1',
  sourceIp: '198.51.100.7',
  actor: { name: 'alice', type: ActorType.USER, accountId: '111122223333' },
  resource: {},
  outcome: Outcome.SUCCESS,
  ...overrides,
});

/** Every character a user-controlled value must not bring into alert text raw. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe('alert text', () => {
  test('a user name with a newline cannot forge an alert line; bidi overrides are shown, not applied', () => {
    const forged = `mallory\nSource IP: 10.0.0.1 (allowed)\n${RLO}gnp.exe\u0007\u001b[2J\u2066x\u2069\u200b`;
    const { subject, body } = formatAuditAlert({
      title: 'Console login outside allow-list',
      reasons: ['source IP not in allow-list'],
      event: event({ actor: { name: forged, type: ActorType.USER } }),
    });
    const textPart = body.slice(0, body.indexOf('Detail (JSON):'));
    expect(textPart).not.toMatch(UNSAFE);
    expect(textPart.split('\n').filter((l) => l.startsWith('Source IP:'))).toEqual(['Source IP: 198.51.100.7']);
    expect(textPart).toContain(
      'mallory\\u000aSource IP: 10.0.0.1 (allowed)\\u000a\\u202egnp.exe\\u0007\\u001b[2J\\u2066x\\u2069\\u200b',
    );
    expect(body).not.toMatch(UNSAFE);
    expect(subject).toMatch(/^[\x20-\x7e]+$/);
    // The JSON detail stays valid JSON and keeps the exact value.
    const detail = JSON.parse(body.slice(body.indexOf('Detail (JSON):') + 'Detail (JSON):'.length)) as AuditEvent;
    expect(detail.actor.name).toBe(forged);
  });

  test('every user-controlled field is cleaned: action, IP, region, account, trace id', () => {
    const { body } = formatAuditAlert({
      title: `Console login${RLO} needs attention`,
      reasons: [`reason\u2028two`],
      event: event({
        action: `Console${RLO}Login`,
        sourceIp: `1.2.3.4\u0085`,
        region: `us-east-1\u200f`,
        traceId: `e\u00001`,
        actor: { name: 'a', type: ActorType.USER, accountId: `1\u061c2` },
      }),
    });
    expect(body).not.toMatch(UNSAFE);
  });

  test('cleanText and safeJson', () => {
    expect(cleanText('plain text, ümlaut 日本')).toBe('plain text, ümlaut 日本');
    expect(cleanText(`a${RLO}b\tc`)).toBe('a\\u202eb\\u0009c');
    expect(safeJson({ a: `x${RLO}\u2028\n` }, 2)).toBe('{\n  "a": "x\\u202e\\u2028\\n"\n}');
    expect(JSON.parse(safeJson({ a: `x${RLO}` }))).toEqual({ a: `x${RLO}` });
  });

  test('keyword alerts clean the matched lines and the group/stream names', () => {
    const batch = {
      group: `g${RLO}`,
      stream: 's\n',
      records: [{ message: `ERROR ${RLO}evil\u001b[31m\ttabbed`, timestamp: 1 }],
      malformed: [],
      control: false,
    };
    const alert = formatKeywordAlert(scanBatch(batch, KeywordMatcher.create(['ERROR'])), {
      source: 'test',
      maxBodyBytes: 10_000,
      subjectMaxLength: 99,
    });
    expect(alert.body).not.toMatch(UNSAFE);
    expect(alert.body).toContain('ERROR \\u202eevil\\u001b[31m tabbed');
  });
});

describe('log redaction', () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    jest.spyOn(console, 'log').mockImplementation((l: string) => void lines.push(l));
    jest.spyOn(console, 'warn').mockImplementation((l: string) => void lines.push(l));
    jest.spyOn(console, 'error').mockImplementation((l: string) => void lines.push(l));
  });
  afterEach(() => {
    setLogRedactor();
    jest.restoreAllMocks();
  });

  test('secret-looking fields are never written, at any depth', () => {
    log('info', 'request', {
      headers: { 'X-Auth-Token': 'MIIEhgYJKoZIhvc', 'Content-Type': 'json' },
      sessionToken: 'FwoGZXIvYXdz',
      nested: [{ password: 'hunter2' }],
      tokens: 3,
    });
    expect(lines[0]).not.toMatch(/MIIEhgYJKoZIhvc|FwoGZXIvYXdz|hunter2/);
    expect(JSON.parse(lines[0])).toMatchObject({
      logger: 'trailwatch',
      headers: { 'X-Auth-Token': '[redacted]', 'Content-Type': 'json' },
      tokens: 3,
    });
  });

  test('a redaction hook rewrites every line; the marker, level and message cannot be replaced', () => {
    setLogRedactor(redactPatterns([/[\w.+-]+@[\w-]+\.[\w.]+/, /\b\d{12}\b/]));
    log('warn', 'sign-in', {
      user: 'alice@example.com',
      account: 'acct 111122223333',
      list: ['bob@example.org'],
      logger: 'other',
      level: 'info',
      message: 'forged',
    });
    const entry = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(entry).toEqual({
      logger: 'trailwatch',
      level: 'warn',
      message: 'sign-in',
      user: '[redacted]',
      account: 'acct [redacted]',
      list: ['[redacted]'],
    });
    expect(lines[0].startsWith('{"logger":"trailwatch",')).toBe(true);
  });

  test('a failing hook drops the fields, not the line', () => {
    setLogRedactor(() => {
      throw new Error('bad hook');
    });
    log('error', 'boom', { secretish: 'value' });
    expect(JSON.parse(lines[0])).toEqual({
      logger: 'trailwatch',
      level: 'error',
      message: 'boom',
      redactionError: 'bad hook',
    });
  });
});
