/** Applies rules to stacks and sets the findings against the allow-list. */
import type { RuleException } from './exceptions';
import type { Finding, Rule, StackUnderTest } from './types';

export function runRule(rule: Rule, stack: StackUnderTest): Finding[] {
  return rule.check(stack);
}

export function runRules(rules: readonly Rule[], stacks: readonly StackUnderTest[]): Finding[] {
  return rules.flatMap((rule) => stacks.flatMap((stack) => runRule(rule, stack)));
}

export const exceptionMatches = (exception: RuleException, finding: Finding): boolean =>
  exception.rule === finding.rule && exception.stack === finding.stack && exception.address === finding.address;

export interface Verdict {
  /** Findings no exception covers: each fails the suite. */
  readonly open: Finding[];
  /** Findings an exception covers, with the exception. */
  readonly excepted: { finding: Finding; exception: RuleException }[];
  /** Exceptions that cover no finding any more: remove them. */
  readonly stale: RuleException[];
}

export function judge(findings: readonly Finding[], exceptions: readonly RuleException[]): Verdict {
  const open: Finding[] = [];
  const excepted: Verdict['excepted'] = [];
  for (const finding of findings) {
    const exception = exceptions.find((e) => exceptionMatches(e, finding));
    if (exception) excepted.push({ finding, exception });
    else open.push(finding);
  }
  const stale = exceptions.filter((e) => !findings.some((f) => exceptionMatches(e, f)));
  return { open, excepted, stale };
}

/** One line per finding, for failure messages and reports. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `[${f.rule}] ${f.stack} ${f.address}: ${f.message}`).join('\n');
}
