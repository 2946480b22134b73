/**
 * Review finding C: number tokens (`Token.asNumber(...)`, references resolved at deploy time) are not range-checked
 * at synth time, on any path: the shared validation helper, the pure contracts (given the constructs' token check)
 * and the Alibaba constructs that use the shared `rangeProblems`.
 */
import { App, TerraformStack, Testing, Token } from 'cdktf';
import { tagEnrichmentOptionProblems } from '../../../runtime/core/enrichment/options';
import { keywordOptionProblems } from '../../../runtime/core/keyword-options';
import { rangeProblems } from '../../../runtime/core/option-checks';
import { isUnresolved, validateIntegerRange } from '../../../src/core/validation';
import { AlicloudProvider } from '../../../src/alicloud/generated/providers/alicloud/provider';
import { LogProject } from '../../../src/alicloud/log-project';
import { Logstore } from '../../../src/alicloud/logstore';
import { TagEnrichment } from '../../../src/alicloud/tag-enrichment';

const NUMBER_TOKEN = Token.asNumber('${var.retention}');

describe('number tokens are references, not out-of-range numbers', () => {
  test('isUnresolved and validateIntegerRange', () => {
    expect(isUnresolved(NUMBER_TOKEN)).toBe(true);
    expect(isUnresolved(7)).toBe(false);
    expect(isUnresolved(undefined)).toBe(false);
    expect(() => validateIntegerRange('s/F.days', NUMBER_TOKEN, 1, 365)).not.toThrow();
    expect(() => validateIntegerRange('s/F.days', 400, 1, 365)).toThrow(/400 is out of range/);
  });

  test('the contracts take the constructs’ token check', () => {
    expect(rangeProblems('s/F.days', NUMBER_TOKEN, 1, 365)).toHaveLength(1);
    expect(rangeProblems('s/F.days', NUMBER_TOKEN, 1, 365, isUnresolved)).toEqual([]);
    expect(rangeProblems('s/F.days', 0, 1, 365, isUnresolved)).toHaveLength(1);
    expect(keywordOptionProblems('s/K', { alertMaxLines: NUMBER_TOKEN }, isUnresolved)).toEqual([]);
    expect(keywordOptionProblems('s/K', { alertMaxLines: 0 }, isUnresolved).map((p) => p.field)).toEqual([
      's/K.alertMaxLines',
    ]);
    const rules = {
      service: { pattern: /^[a-z]+$/, what: 'a service', fix: 'Use "ecs"' },
      memberIdentity: {
        prop: 'memberAccountRoleName',
        value: undefined,
        pattern: /^\w+$/,
        what: 'a role name',
        fix: 'Give the name',
      },
    };
    expect(
      tagEnrichmentOptionProblems(
        's/E',
        { cacheTtlSeconds: NUMBER_TOKEN, maxResourcesPerEvent: NUMBER_TOKEN },
        rules,
        isUnresolved,
      ),
    ).toEqual([]);
  });

  test('Alibaba constructs accept number tokens and still refuse literal numbers out of range', () => {
    const stack = new TerraformStack(Testing.app() as App, 'test');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    const project = new LogProject(stack, 'Project', {});
    expect(
      () =>
        new Logstore(stack, 'Store', {
          project,
          logstoreName: 'store',
          retentionDays: NUMBER_TOKEN,
          shardCount: NUMBER_TOKEN,
        }),
    ).not.toThrow();
    expect(() => new Logstore(stack, 'Bad', { project, logstoreName: 'bad', retentionDays: 0 })).toThrow(
      /test\/Bad\.retentionDays: 0 is out of range/,
    );
    expect(
      () =>
        new TagEnrichment(stack, 'Enrich', {
          region: 'cn-hangzhou',
          targetRetentionDays: NUMBER_TOKEN,
          cacheTtlSeconds: NUMBER_TOKEN,
          timeoutSeconds: NUMBER_TOKEN,
        }),
    ).not.toThrow();
  });
});
