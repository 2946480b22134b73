/**
 * The keyword alarm options both clouds' constructs accept, their synth-time checks and the function settings
 * they become. Pure (no cdktf), so the constructs and the handlers share one definition.
 */
import { normalizeKeyPrefix } from './archive-key';
import { DEFAULT_ARCHIVE_PREFIX } from './keyword-alarm';
import { DEFAULT_ALERT_MAX_LINES } from './keyword-alert';
import { DEFAULT_ALERT_KEYWORDS, keywordProblems } from './keyword-matcher';
import { LogKeywordAlarmSettings } from './setting-names';
import { rangeProblems } from './option-checks';
import { OptionProblem } from './option-problem';

export interface KeywordAlarmOptions {
  /**
   * Whole words that raise an alert: letters, digits and `_` only, no duplicates. A keyword matches where it is
   * not part of a longer word, so `ERR` matches `[ERR]` and `ERR:` but not `TERRAIN` or `ERRORS_TOTAL`.
   * @default ["WARN", "WARNING", "ERROR", "ERR", "FATAL"] on AWS; Huawei Cloud and Open Telekom Cloud add "WRN"
   * (`HUAWEI_FAMILY_ALERT_KEYWORDS`)
   */
  readonly keywords?: readonly string[];
  /** @default true (`error` in a sentence does not match `ERROR`) */
  readonly caseSensitive?: boolean;
  /** Matching lines shown in one alert; all of them are archived. @default 20 */
  readonly alertMaxLines?: number;
  /** Key prefix of the archive objects (`<prefix>/YYYY/MM/DD/<group>/<stream>/…`). @default "log-keyword-alarm" */
  readonly archivePrefix?: string;
}

/** Lambda environments and FunctionGraph user data both hold 4 KB; leave room for the other settings. */
const MAX_KEYWORD_SETTING_CHARS = 2048;

/**
 * Every problem with the options, named by field (`<construct path>.keywords` …); empty when they are usable.
 * `isUnresolved` tells deploy-time references (the constructs pass cdktf's token check).
 */
export function keywordOptionProblems(
  fieldPrefix: string,
  options: KeywordAlarmOptions,
  isUnresolved: (value: unknown) => boolean = () => false,
): OptionProblem[] {
  const problems: OptionProblem[] = [];
  if (options.keywords !== undefined) {
    const found = keywordProblems(options.keywords, options.caseSensitive ?? true);
    if (found.length > 0) {
      problems.push({
        field: `${fieldPrefix}.keywords`,
        problem: found.join('; '),
        fix: 'Give up to 50 distinct whole words such as ["ERROR", "FATAL", "OOM_KILLED"], or leave keywords out for the defaults',
      });
    }
  }
  if (options.keywords !== undefined && options.keywords.join(',').length > MAX_KEYWORD_SETTING_CHARS) {
    problems.push({
      field: `${fieldPrefix}.keywords`,
      problem: `the keywords take ${options.keywords.join(',').length} characters, more than the ${MAX_KEYWORD_SETTING_CHARS} that fit beside the other settings`,
      fix: 'Use fewer or shorter keywords (the function environment holds 4 KB on both clouds)',
    });
  }
  problems.push(...rangeProblems(`${fieldPrefix}.alertMaxLines`, options.alertMaxLines, 1, 500, isUnresolved));
  const prefix = options.archivePrefix;
  if (
    prefix !== undefined &&
    (normalizeKeyPrefix(prefix) !== prefix.replace(/^\/+|\/+$/g, '') || normalizeKeyPrefix(prefix) === '')
  ) {
    problems.push({
      field: `${fieldPrefix}.archivePrefix`,
      problem: `"${prefix}" is empty or has characters other than letters, digits, ".", "_", "-" and "/" separators`,
      fix: 'Use a prefix such as "security/log-keyword-alarm"',
    });
  }
  return problems;
}

/** The normalized archive prefix the function writes under (and the storage permission is scoped to). */
export function archivePrefixOf(options: KeywordAlarmOptions): string {
  return normalizeKeyPrefix(options.archivePrefix ?? DEFAULT_ARCHIVE_PREFIX);
}

/** The function settings for these options; `defaultKeywords` is the cloud's default when `keywords` is left out. */
export function keywordAlarmEnvironment(
  options: KeywordAlarmOptions,
  archiveBucket: string,
  defaultKeywords: readonly string[] = DEFAULT_ALERT_KEYWORDS,
): Record<string, string> {
  return {
    [LogKeywordAlarmSettings.KEYWORDS]: (options.keywords ?? defaultKeywords).join(','),
    [LogKeywordAlarmSettings.KEYWORDS_CASE_SENSITIVE]: String(options.caseSensitive ?? true),
    [LogKeywordAlarmSettings.ALERT_MAX_LINES]: String(options.alertMaxLines ?? DEFAULT_ALERT_MAX_LINES),
    [LogKeywordAlarmSettings.ARCHIVE_BUCKET]: archiveBucket,
    [LogKeywordAlarmSettings.ARCHIVE_PREFIX]: archivePrefixOf(options),
  };
}
