import { App, TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { ExecutionRole } from '../../../src/aws/execution-role';
import { TagEnrichment, TagEnrichmentProps, WRITE_EVENTS_FILTER_PATTERN } from '../../../src/aws/tag-enrichment';
import { onlyResource, resourcesOf, synthJson } from '../../helpers/synth';

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
  const docs = Object.entries(json.data?.aws_iam_policy_document ?? {}).filter(([id]) =>
    id.includes('Consumer_Policy'),
  );
  return docs.flatMap(([, doc]) => doc.statement as Statement[]);
}

describe('AWS TagEnrichment construct', () => {
  test('subscribes a consumer to the source group and writes to a new target group with retention', () => {
    const json = synthJson(stackWith());
    const filter = onlyResource(json, 'aws_cloudwatch_log_subscription_filter');
    expect(filter).toMatchObject({
      log_group_name: 'aws-cloudtrail-logs',
      filter_pattern: WRITE_EVENTS_FILTER_PATTERN,
    });
    expect(String(filter.destination_arn)).toContain('aws_lambda_function.');
    expect(filter.depends_on).toEqual([expect.stringContaining('aws_lambda_permission.')]);
    const permission = onlyResource(json, 'aws_lambda_permission');
    expect(permission).toMatchObject({ principal: 'logs.amazonaws.com', action: 'lambda:InvokeFunction' });
    expect(String(permission.source_arn)).toMatch(/:log-group:aws-cloudtrail-logs:\*$/);
    const groups = Object.values(resourcesOf(json, 'aws_cloudwatch_log_group'));
    expect(groups).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          retention_in_days: 365,
          name: expect.stringMatching(/^\/trailwatch\/.+\/enriched$/),
        }),
      ]),
    );
  });

  test('least privilege: tag:GetResources on "*", log writes on the target group only, no wildcard actions', () => {
    const all = statements(stackWith());
    expect(all.find((s) => s.sid === 'ReadTags')).toEqual(
      expect.objectContaining({ actions: ['tag:GetResources'], resources: ['*'] }),
    );
    const write = all.find((s) => s.sid === 'WriteEnrichedRecords');
    expect(write?.actions).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    expect(write?.resources).toEqual([
      expect.stringMatching(/^\$\{aws_cloudwatch_log_group\.Enrich_TargetLogGroup_[A-F0-9]+\.arn\}:\*$/),
    ]);
    expect(all.flatMap((s) => s.actions).some((a) => a.includes('*'))).toBe(false);
    expect(all.some((s) => s.actions.includes('sts:AssumeRole'))).toBe(false);
  });

  test('member accounts: sts:AssumeRole only on the named role, in the listed accounts', () => {
    const all = statements(
      stackWith({ memberAccountRoleName: 'TrailWatchTagReader', memberAccountIds: ['111122223333'] }),
    );
    expect(all.find((s) => s.sid === 'AssumeMemberTagReaders')).toEqual(
      expect.objectContaining({
        actions: ['sts:AssumeRole'],
        resources: [expect.stringMatching(/^arn:\$\{.+\}:iam::111122223333:role\/TrailWatchTagReader$/)],
      }),
    );
  });

  test('an existing target group is used as is, and KMS applies to a created one', () => {
    const existing = synthJson(stackWith({ existingTargetLogGroupName: 'enriched' }));
    expect(Object.values(resourcesOf(existing, 'aws_cloudwatch_log_group')).map((g) => g.name)).toEqual([
      expect.stringMatching(/^\/aws\/lambda\//),
    ]);
    const kms = synthJson(
      stackWith({ targetKmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abc', targetRetentionDays: 90 }),
    );
    expect(Object.values(resourcesOf(kms, 'aws_cloudwatch_log_group'))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/abc', retention_in_days: 90 }),
      ]),
    );
  });

  test('saved Logs Insights queries: changes by each business tag, by user, by service', () => {
    const json = synthJson(stackWith({ businessTagKeys: ['cost-center'] }));
    const queries = Object.values(resourcesOf(json, 'aws_cloudwatch_query_definition'));
    const names = queries.map((q) => String(q.name).split('/').pop());
    expect(names).toEqual([
      'changes-by-cost_center',
      'changes-by-user',
      'changes-by-service',
      'recent-changes',
      'changes-to-untagged-resources',
    ]);
    expect(queries[0].query_string).toContain('by tag_cost_center');
    expect(queries.every((q) => (q.log_group_names as string[])[0].includes('Enrich_TargetLogGroup'))).toBe(true);
    expect(
      Object.keys(resourcesOf(synthJson(stackWith({ saveQueries: false })), 'aws_cloudwatch_query_definition')),
    ).toHaveLength(0);
  });

  test('the handler settings reach the function environment', () => {
    const json = synthJson(
      stackWith({
        services: ['ec2', 's3.amazonaws.com'],
        writeUntaggedEvents: false,
        cacheTtlSeconds: 60,
        memberAccountRoleName: 'Reader',
        memberAccountIds: ['111122223333'],
      }),
    );
    const fn = onlyResource(json, 'aws_lambda_function') as unknown as {
      environment: { variables: Record<string, string> };
    };
    expect(fn.environment.variables).toMatchObject({
      TRAILWATCH_ENRICH_SERVICES: 'ec2,s3.amazonaws.com',
      TRAILWATCH_WRITE_UNTAGGED: 'false',
      TRAILWATCH_TAG_CACHE_TTL_SECONDS: '60',
      TRAILWATCH_MEMBER_ROLE_NAME: 'Reader',
    });
  });

  test.each([
    [
      { sourceLogGroupName: 'bad name!' },
      'test/Enrich.sourceLogGroupName: "bad name!" is not a CloudWatch Logs log group name',
    ],
    [
      { existingTargetLogGroupName: 'x', targetRetentionDays: 30 },
      'test/Enrich.existingTargetLogGroupName: cannot be combined with test/Enrich.targetRetentionDays',
    ],
    [{ targetRetentionDays: 42 }, 'test/Enrich.targetRetentionDays: 42 is not a CloudWatch Logs retention'],
    [
      { existingTargetLogGroupName: 'aws-cloudtrail-logs' },
      'test/Enrich.existingTargetLogGroupName: is the source log group',
    ],
    [
      { cacheTtlSeconds: 7200 },
      'test/Enrich.cacheTtlSeconds: 7200 is out of range. Give a whole number from 0 to 3600',
    ],
    [{ maxResourcesPerEvent: 0 }, 'test/Enrich.maxResourcesPerEvent: 0 is out of range'],
    [
      { memberAccountRoleName: 'arn:aws:iam::1:role/x', memberAccountIds: ['111122223333'] },
      'test/Enrich.memberAccountRoleName: "arn:aws:iam::1:role/x" is not an IAM role name',
    ],
    [{ memberAccountIds: ['111122223333'] }, 'test/Enrich.memberAccountIds: is set without memberAccountRoleName'],
    [
      { memberAccountRoleName: 'Reader' },
      'test/Enrich.memberAccountIds: is empty, so the function could use an identity named memberAccountRoleName in any account',
    ],
    [
      { memberAccountRoleName: 'R', memberAccountIds: ['12'] },
      'test/Enrich.memberAccountIds[0]: "12" is not an AWS account id',
    ],
    [{ services: ['ec2 instances'] }, 'test/Enrich.services[0]: "ec2 instances" is not a service name'],
    [{ businessTagKeys: ['Project', ''] }, 'test/Enrich.businessTagKeys[1]: "" is not a tag key'],
    [
      { businessTagKeys: ['cost-center', 'cost_center'] },
      'test/Enrich.businessTagKeys[1]: "cost_center" becomes the same record field (tag_cost_center) as businessTagKeys[0]',
    ],
    [{ logKmsKeyArn: 'alias/logs' }, 'test/Enrich.logKmsKeyArn: "alias/logs" is not a KMS key ARN'],
  ] as [Partial<TagEnrichmentProps>, string][])(
    'rejects bad props naming the construct path (%o)',
    (props, message) => {
      expect(() => stackWith(props)).toThrow(message);
    },
  );

  test('a part of a pattern: the error names the path the user built', () => {
    const stack = new TerraformStack(Testing.app() as App, 'audit');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    const pattern = new Construct(stack, 'Audit');
    expect(
      () => new TagEnrichment(pattern, 'TagEnrichment', { sourceLogGroupName: 'trail', cacheTtlSeconds: -1 }),
    ).toThrow(/^audit\/Audit\/TagEnrichment\.cacheTtlSeconds: -1 is out of range/);
  });

  test('a given role and the function-log key reach the function', () => {
    const stack = new TerraformStack(Testing.app() as App, 'role');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    const key = 'arn:aws:kms:eu-west-1:111122223333:key/abc';
    new TagEnrichment(stack, 'Enrich', {
      sourceLogGroupName: 'trail',
      role: ExecutionRole.fromRoleArn(stack, 'Role', 'arn:aws:iam::111122223333:role/enricher'),
      logKmsKeyArn: key,
    });
    const json = synthJson(stack);
    expect(resourcesOf(json, 'aws_iam_role')).toEqual({});
    expect(onlyResource(json, 'aws_lambda_function').role).toBe('arn:aws:iam::111122223333:role/enricher');
    expect(Object.values(resourcesOf(json, 'aws_cloudwatch_log_group'))).toEqual(
      expect.arrayContaining([expect.objectContaining({ kms_key_id: key })]),
    );
  });
});

test('tags reach the target log group', () => {
  const tags = { Project: 'audit' };
  const groups = Object.entries(resourcesOf(synthJson(stackWith({ tags })), 'aws_cloudwatch_log_group'));
  expect(groups.find(([id]) => id.startsWith('Enrich_TargetLogGroup'))?.[1]).toMatchObject({ tags });
});

test('failed batches land in a dead-letter queue of its own, or in the target given (issue 13: every async invocation)', () => {
  const json = synthJson(stackWith());
  const queue = onlyResource(json, 'aws_sqs_queue');
  expect(queue).toMatchObject({ sqs_managed_sse_enabled: true, message_retention_seconds: 14 * 86_400 });
  const fn = onlyResource(json, 'aws_lambda_function');
  expect(fn.dead_letter_config).toEqual({ target_arn: `\${aws_sqs_queue.${queue.logicalId}.arn}` });
  expect(statements(stackWith()).find((s) => s.sid === 'DeadLetter')?.actions).toEqual(['sqs:SendMessage']);
  const given = synthJson(stackWith({ deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:111122223333:failed-batches' }));
  expect(resourcesOf(given, 'aws_sqs_queue')).toEqual({});
  expect(onlyResource(given, 'aws_lambda_function').dead_letter_config).toEqual({
    target_arn: 'arn:aws:sqs:eu-west-1:111122223333:failed-batches',
  });
});
