import {
  DEFAULT_ALERT_KEYWORDS,
  KeywordMatcher,
  keywordProblems,
  naiveKeywordMatch,
} from '../../../runtime/core/keyword-matcher';
import { keywordOptionProblems } from '../../../runtime/core/keyword-options';

describe('KeywordMatcher with the default keywords', () => {
  const matcher = KeywordMatcher.create();

  test('defaults are WARN, WARNING, ERROR, ERR, FATAL, case-sensitive', () => {
    expect(DEFAULT_ALERT_KEYWORDS).toEqual(['WARN', 'WARNING', 'ERROR', 'ERR', 'FATAL']);
    expect(matcher.caseSensitive).toBe(true);
  });

  test.each([
    ['[ERR] disk full', 'ERR'],
    ['ERR: disk full', 'ERR'],
    ['code ERR here', 'ERR'],
    ['ERR', 'ERR'],
    ['level=ERROR msg="boom"', 'ERROR'],
    ['2024-06-10 12:00:00 WARNING low memory', 'WARNING'],
    ['WARN|cache miss', 'WARN'],
    ['(FATAL)', 'FATAL'],
    ['"severity":"ERROR"', 'ERROR'],
    ['tab\tERROR\tend', 'ERROR'],
    ['ERROR.', 'ERROR'],
    ['x-ERROR-y', 'ERROR'],
    ['ÄERRÖ', 'ERR'], // non-ASCII letters are not word characters [A-Za-z0-9_]
  ])('%p matches %s', (line, keyword) => {
    expect(matcher.matches(line)).toBe(true);
    expect(matcher.firstKeyword(line)).toBe(keyword);
  });

  test.each([
    ['TERRAIN mapping done'],
    ['ERRORS_TOTAL=0'],
    ['ERR_CONNECTION_RESET handled'],
    ['_ERR'],
    ['ERR2'],
    ['WARNINGS: none'],
    ['FATALITY'],
    ['an error occurred'], // case-sensitive by default
    ['Warning: lower case'],
    [''],
  ])('%p does not match', (line) => {
    expect(matcher.matches(line)).toBe(false);
    expect(matcher.firstKeyword(line)).toBeUndefined();
  });

  test('the naive substring approach reports the false positives the matcher avoids', () => {
    const lines = ['TERRAIN mapping done', 'ERRORS_TOTAL=0', 'ERR_CONNECTION_RESET handled', 'WARNINGS: none'];
    expect(lines.filter((l) => naiveKeywordMatch(l, DEFAULT_ALERT_KEYWORDS))).toHaveLength(4);
    expect(lines.filter((l) => matcher.matches(l))).toHaveLength(0);
  });

  test('is stateless between calls (no global-flag lastIndex drift)', () => {
    for (let i = 0; i < 5; i++) expect(matcher.matches('[ERROR] again')).toBe(true);
  });

  test('the longest keyword is reported when a longer one matches (WARNING, not WARN)', () => {
    expect(matcher.firstKeyword('WARNING: x')).toBe('WARNING');
  });
});

describe('KeywordMatcher options', () => {
  test('case-insensitive matching reports the keyword as configured', () => {
    const matcher = KeywordMatcher.create(['ERROR', 'Timeout'], { caseSensitive: false });
    expect(matcher.firstKeyword('an error occurred')).toBe('ERROR');
    expect(matcher.firstKeyword('TIMEOUT after 3s')).toBe('Timeout');
    expect(matcher.matches('ErrorsTotal')).toBe(false);
  });

  test('custom keywords with digits and underscores', () => {
    const matcher = KeywordMatcher.create(['OOM_KILLED', 'E1001']);
    expect(matcher.matches('container OOM_KILLED')).toBe(true);
    expect(matcher.matches('code=E1001;')).toBe(true);
    expect(matcher.matches('E10011')).toBe(false);
  });

  test('one compiled regular expression with word boundaries', () => {
    expect(KeywordMatcher.create().source).toBe('\\b(?:WARNING|ERROR|FATAL|WARN|ERR)\\b');
  });
});

describe('keyword validation', () => {
  test.each([
    [[], /empty/],
    [['ERROR', 'bad word'], /letters, digits or "_"/],
    [['ERR.*'], /letters, digits or "_"/],
    [[''], /letters, digits or "_"/],
    [['ERROR', 'ERROR'], /repeats/],
    [['A'.repeat(65)], /longer than 64/],
    [Array.from({ length: 51 }, (_, i) => `K${i}`), /at most 50/],
  ])('%p is rejected', (keywords, problem) => {
    expect(keywordProblems(keywords).join('; ')).toMatch(problem);
    expect(() => KeywordMatcher.create(keywords)).toThrow(problem);
  });

  test('duplicates that differ in case are rejected only when matching is case-insensitive', () => {
    expect(keywordProblems(['Error', 'ERROR'], true)).toEqual([]);
    expect(keywordProblems(['Error', 'ERROR'], false).join()).toMatch(
      /repeats "Error" \(matching is case-insensitive\)/,
    );
  });
});

describe('construct option checks', () => {
  test('valid options have no problems', () => {
    expect(keywordOptionProblems('A', { keywords: ['ERROR'], alertMaxLines: 5, archivePrefix: 'logs/alarm/' })).toEqual(
      [],
    );
  });

  test('keywords that would not fit in the function environment are refused', () => {
    const keywords = Array.from({ length: 40 }, (_, i) => `K${i}_${'X'.repeat(60)}`);
    expect(
      keywordOptionProblems('A', { keywords })
        .map((p) => p.problem)
        .join(),
    ).toMatch(/more than the 2048/);
  });

  test.each([[''], ['/'], ['a b'], ['x/../y'], ['a//b']])('archive prefix %p is refused', (archivePrefix) => {
    expect(keywordOptionProblems('A', { archivePrefix }).map((p) => p.field)).toEqual(['A.archivePrefix']);
  });
});
