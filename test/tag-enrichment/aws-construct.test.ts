import { App, TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TagEnrichment, TagEnrichmentProps, WRITE_EVENTS_FILTER_PATTERN } from '../../src/aws/tag-enrichment';
import { onlyResource, resourcesOf, synthJson } from '../helpers/synth';

function stackWith(props: Partial<TagEnrichmentProps> = {}): TerraformStack {
  const stack = new TerraformStack(Testing.app() as App, 'test');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  new TagEnrichment(stack, 'Enrich', { sourceLogGroupName: 'aws-cloudtrail-logs', ...props });
  return stack;
}

interface Statement {
  sid?: string;
  actions: string[];
  resources: string[];
}

function statements(stack: TerraformStack): Statement[] {
  const json = synthJson(stack);
  const docs = Object.entries(json.data?.aws_iam_policy_document ?? {}).filter(([id]) => id.includes('Consumer_Policy'));
  return docs.flatMap(([, doc]) => doc.statement as Statement[]);
}

describe('AWS TagEnrichment construct', () => {
  test('subscribes a consumer to the source group and writes to a new target group with retention', () => {
    const json = synthJson(stackWith());
    const filter = onlyResource(json, 'aws_cloudwatch_log_subscription_filter');
    expect(filter).toMatchObject({ log_group_name: 'aws-cloudtrail-logs', filter_pattern: WRITE_EVENTS_FILTER_PATTERN });
    expect(String(filter.destination_arn)).toContain('aws_lambda_function.');
    expect(filter.depends_on).toEqual([expect.stringContaining('aws_lambda_permission.')]);
    const permission = onlyResource(json, 'aws_lambda_permission');
    expect(permission).toMatchObject({ principal: 'logs.amazonaws.com', action: 'lambda:InvokeFunction' });
    expect(String(permission.source_arn)).toMatch(/:log-group:aws-cloudtrail-logs:\*$/);
    const groups = Object.values(resourcesOf(json, 'aws_cloudwatch_log_group'));
    expect(groups).toEqual(expect.arrayContaining([expect.objectContaining({ retention_in_days: 365, name: expect.stringMatching(/^\/trailwatch\/.+\/enriched$/) })]));
  });

  test('least privilege: tag:GetResources on "*", log writes on the target group only, no wildcard actions', () => {
    const all = statements(stackWith());
    expect(all.find((s) => s.sid === 'ReadTags')).toEqual(expect.objectContaining({ actions: ['tag:GetResources'], resources: ['*'] }));
    const write = all.find((s) => s.sid === 'WriteEnrichedRecords');
    expect(write?.actions).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    expect(write?.resources).toEqual([expect.stringMatching(/^\$\{aws_cloudwatch_log_group\.Enrich_TargetLogGroup_[A-F0-9]+\.arn\}:\*$/)]);
    expect(all.flatMap((s) => s.actions).some((a) => a.includes('*'))).toBe(false);
    expect(all.some((s) => s.actions.includes('sts:AssumeRole'))).toBe(false);
  });

  test('member accounts: sts:AssumeRole only on the named role, in the listed accounts', () => {
    const all = statements(stackWith({ memberAccountRoleName: 'TrailWatchTagReader', memberAccountIds: ['111122223333'] }));
    expect(all.find((s) => s.sid === 'AssumeMemberTagReaders')).toEqual(
      expect.objectContaining({ actions: ['sts:AssumeRole'], resources: [expect.stringMatching(/^arn:\$\{.+\}:iam::111122223333:role\/TrailWatchTagReader$/)] }),
    );
  });

  test('an existing target group is used as is, and KMS applies to a created one', () => {
    const existing = synthJson(stackWith({ existingTargetLogGroupName: 'enriched' }));
    expect(Object.values(resourcesOf(existing, 'aws_cloudwatch_log_group')).map((g) => g.name)).toEqual([expect.stringMatching(/^\/aws\/lambda\//)]);
    const kms = synthJson(stackWith({ targetKmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abc', targetRetentionDays: 90 }));
    expect(Object.values(resourcesOf(kms, 'aws_cloudwatch_log_group'))).toEqual(
      expect.arrayContaining([expect.objectContaining({ kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/abc', retention_in_days: 90 })]),
    );
  });

  test('saved Logs Insights queries: changes by each business tag, by user, by service', () => {
    const json = synthJson(stackWith({ businessTagKeys: ['cost-center'] }));
    const queries = Object.values(resourcesOf(json, 'aws_cloudwatch_query_definition'));
    const names = queries.map((q) => String(q.name).split('/').pop());
    expect(names).toEqual(['changes-by-cost_center', 'changes-by-user', 'changes-by-service', 'recent-changes', 'changes-to-untagged-resources']);
    expect(queries[0].query_string).toContain('by tag_cost_center');
    expect(queries.every((q) => (q.log_group_names as string[])[0].includes('Enrich_TargetLogGroup'))).toBe(true);
    expect(Object.keys(resourcesOf(synthJson(stackWith({ saveQueries: false })), 'aws_cloudwatch_query_definition'))).toHaveLength(0);
  });

  test('the handler settings reach the function environment', () => {
    const json = synthJson(stackWith({ services: ['ec2', 's3.amazonaws.com'], writeUntaggedEvents: false, cacheTtlSeconds: 60, memberAccountRoleName: 'Reader', memberAccountIds: ['111122223333'] }));
    const fn = onlyResource(json, 'aws_lambda_function') as unknown as { environment: { variables: Record<string, string> } };
    expect(fn.environment.variables).toMatchObject({
      TRAILWATCH_ENRICH_SERVICES: 'ec2,s3.amazonaws.com',
      TRAILWATCH_WRITE_UNTAGGED: 'false',
      TRAILWATCH_TAG_CACHE_TTL_SECONDS: '60',
      TRAILWATCH_MEMBER_ROLE_NAME: 'Reader',
    });
  });

  test.each([
    [{ sourceLogGroupName: 'bad name!' }, 'sourceLogGroupName'],
    [{ existingTargetLogGroupName: 'x', targetRetentionDays: 30 }, 'existingTargetLogGroupName'],
    [{ targetRetentionDays: 42 }, 'targetRetentionDays'],
    [{ existingTargetLogGroupName: 'aws-cloudtrail-logs' }, 'is the source log group'],
    [{ cacheTtlSeconds: 7200 }, 'cacheTtlSeconds'],
    [{ memberAccountRoleName: 'arn:aws:iam::1:role/x' }, 'memberAccountRoleName'],
    [{ memberAccountIds: ['111122223333'] }, 'without memberAccountRoleName'],
    [{ memberAccountRoleName: 'Reader' }, 'memberAccountIds: is empty, so the consumer could assume a role of that name in any AWS account'],
    [{ memberAccountRoleName: 'R', memberAccountIds: ['12'] }, 'memberAccountIds[0]'],
    [{ services: ['ec2 instances'] }, 'services[0]'],
  ] as [Partial<TagEnrichmentProps>, string][])('rejects bad props (%o)', (props, message) => {
    expect(() => stackWith(props)).toThrow(message);
  });
});
