/**
 * Every security rule over every example stack (examples/app.ts, synthesized with the examples' defaults).
 * A finding fails its rule × stack test unless exceptions.ts lists it with a reason.
 */
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { synthExampleStacks } from '../helpers/example-stacks';
import { RULE_EXCEPTIONS } from './exceptions';
import { RULES } from './index';
import { formatFindings, judge, runRules } from './runner';

const stacks = synthExampleStacks();
const verdict = judge(runRules(RULES, stacks), RULE_EXCEPTIONS);

test('the app synthesizes every example folder as a stack of the same name', () => {
  const examplesDir = join(__dirname, '../../examples');
  const folders = readdirSync(examplesDir).filter((name) => existsSync(join(examplesDir, name, 'main.ts')));
  expect(stacks.map((s) => s.name)).toEqual(folders.sort());
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  test.each(stacks.map((s) => s.name))('%s has no finding', (stack) => {
    const open = verdict.open.filter((f) => f.rule === rule.id && f.stack === stack);
    expect(formatFindings(open)).toBe('');
  });
});

describe('exceptions.ts', () => {
  test('every exception still matches a finding (remove the ones that were fixed)', () => {
    expect(verdict.stale).toEqual([]);
  });

  test('every exception names a rule and a stack that exist, and says why', () => {
    const ruleIds = RULES.map((r) => r.id);
    const stackNames = stacks.map((s) => s.name);
    for (const exception of RULE_EXCEPTIONS) {
      expect(ruleIds).toContain(exception.rule);
      expect(stackNames).toContain(exception.stack);
      expect(exception.reason).toMatch(/\S.{15,}/);
    }
  });
});
