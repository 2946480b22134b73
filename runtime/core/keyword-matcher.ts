/**
 * Whole-word keyword matching for log lines. A keyword matches only where it is bounded by characters that are
 * not word characters ([A-Za-z0-9_]) or by the line's ends: `ERR` matches `[ERR]`, `ERR:` and ` ERR `, never
 * `TERRAIN`, `ERRORS_TOTAL=0` or `ERR_`. All keywords are compiled into one regular expression.
 */

/** The severities most loggers print. */
export const DEFAULT_ALERT_KEYWORDS: readonly string[] = ['WARN', 'WARNING', 'ERROR', 'ERR', 'FATAL'];

/**
 * The default of the Huawei-family keyword alarm (Huawei Cloud and Open Telekom Cloud): the common severities plus
 * `WRN`. Both clouds' FunctionGraph guides alarm on WARN, WRN, ERROR and ERR lines, and the LTS trigger example of
 * Huawei's documentation logs `2018-08-08/08:08:08 [WRN] [test.go:08]This is a test message.`
 */
export const HUAWEI_FAMILY_ALERT_KEYWORDS: readonly string[] = ['WARN', 'WRN', 'WARNING', 'ERROR', 'ERR', 'FATAL'];

export const MAX_KEYWORDS = 50;
export const MAX_KEYWORD_LENGTH = 64;

const WORD_ONLY = /^[A-Za-z0-9_]+$/;

/**
 * What is wrong with a keyword list, one sentence per problem; empty when the list is usable. Shared by the
 * constructs (synth-time errors) and the handlers (a bad setting fails loudly instead of matching nothing).
 */
export function keywordProblems(keywords: readonly string[], caseSensitive = true): string[] {
  const problems: string[] = [];
  if (keywords.length === 0) problems.push('the keyword list is empty, so nothing would ever match');
  if (keywords.length > MAX_KEYWORDS)
    problems.push(`${keywords.length} keywords given, at most ${MAX_KEYWORDS} are allowed`);
  const seen = new Map<string, string>();
  keywords.forEach((keyword, i) => {
    if (typeof keyword !== 'string' || !WORD_ONLY.test(keyword)) {
      problems.push(
        `keyword ${i} ("${String(keyword)}") must be letters, digits or "_" only, with no spaces or punctuation`,
      );
      return;
    }
    if (keyword.length > MAX_KEYWORD_LENGTH)
      problems.push(`keyword ${i} ("${keyword}") is longer than ${MAX_KEYWORD_LENGTH} characters`);
    const folded = caseSensitive ? keyword : keyword.toUpperCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      problems.push(
        `keyword "${keyword}" repeats "${earlier}"${caseSensitive ? '' : ' (matching is case-insensitive)'}`,
      );
    } else {
      seen.set(folded, keyword);
    }
  });
  return problems;
}

export interface KeywordMatcherOptions {
  /** @default true (so `error` in a sentence does not match `ERROR`) */
  readonly caseSensitive?: boolean;
}

export class KeywordMatcher {
  /** Compiles the keywords; throws an Error listing every problem when the list is not usable. */
  public static create(
    keywords: readonly string[] = DEFAULT_ALERT_KEYWORDS,
    options: KeywordMatcherOptions = {},
  ): KeywordMatcher {
    const caseSensitive = options.caseSensitive ?? true;
    const problems = keywordProblems(keywords, caseSensitive);
    if (problems.length > 0) throw new Error(`invalid keywords: ${problems.join('; ')}`);
    // Longest first: with the boundaries the order cannot change what matches, but it saves backtracking
    // (WARNING is tried before WARN fails on the following "I").
    const alternatives = [...keywords].sort((a, b) => b.length - a.length || a.localeCompare(b));
    // Keywords are [A-Za-z0-9_]+ (validated above), so they need no escaping, and \b without the `u` flag uses
    // exactly the ASCII word class [A-Za-z0-9_], which is the documented boundary.
    const pattern = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, caseSensitive ? '' : 'i');
    return new KeywordMatcher([...keywords], caseSensitive, pattern);
  }

  private readonly canonical: Map<string, string>;

  private constructor(
    public readonly keywords: readonly string[],
    public readonly caseSensitive: boolean,
    private readonly pattern: RegExp,
  ) {
    this.canonical = new Map(keywords.map((k) => [caseSensitive ? k : k.toUpperCase(), k]));
  }

  public matches(line: string): boolean {
    return this.pattern.test(line);
  }

  /** The first keyword found in the line, spelled as configured; undefined when none matches. */
  public firstKeyword(line: string): string | undefined {
    const found = this.pattern.exec(line);
    if (!found) return undefined;
    const text = found[0];
    return this.canonical.get(this.caseSensitive ? text : text.toUpperCase()) ?? text;
  }

  /** The regular expression source, for logs and documentation. */
  public get source(): string {
    return this.pattern.source;
  }
}

/**
 * The approach this matcher replaces: plain substring search. Kept for the benchmark and for tests that show
 * its false positives (`TERRAIN` contains `ERR`).
 */
export function naiveKeywordMatch(line: string, keywords: readonly string[]): boolean {
  return keywords.some((keyword) => line.includes(keyword));
}
