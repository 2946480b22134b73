import { TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AlertTopic, TopicEncryption } from '../../../src/aws/alert-topic';
import { LogKeywordAlarm, LogKeywordAlarmProps } from '../../../src/aws/log-keyword-alarm';
import { SecureBucket } from '../../../src/aws/secure-bucket';
import { NotificationEndpoint } from '../../../src/core/notification-endpoint';
import { SynthesizedStack, onlyResource, resourcesOf, synthJson } from '../../helpers/synth';

function build(props: LogKeywordAlarmProps | ((stack: TerraformStack) => LogKeywordAlarmProps) = {}): {
  json: SynthesizedStack;
  alarm: LogKeywordAlarm;
} {
  const stack = new TerraformStack(Testing.app(), 'test');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  const alarm = new LogKeywordAlarm(stack, 'Alarm', typeof props === 'function' ? props(stack) : props);
  return { json: synthJson(stack), alarm };
}

interface Statement {
  readonly sid?: string;
  readonly actions: string[];
  readonly resources: string[];
}
function roleStatements(json: SynthesizedStack): Statement[] {
  const docs = json.data?.aws_iam_policy_document ?? {};
  const entry = Object.entries(docs).find(([name]) => name.startsWith('Alarm_Function_Policy'));
  return (entry?.[1].statement ?? []) as Statement[];
}
/** The archive bucket's own resource of a type (the bucket may log its access to a bucket of its own). */
function archiveResource(json: SynthesizedStack, type: string): Record<string, unknown> | undefined {
  return Object.entries(resourcesOf(json, type)).find(
    ([name]) => /^Alarm_ArchiveBucket_[A-Za-z]*_?[A-F0-9]{8}$/.test(name) && !name.includes('AccessLogs'),
  )?.[1];
}
function watchedGroup(json: SynthesizedStack): Record<string, unknown> | undefined {
  return Object.entries(resourcesOf(json, 'aws_cloudwatch_log_group')).find(([name]) =>
    name.startsWith('Alarm_LogGroup'),
  )?.[1];
}

describe('AWS LogKeywordAlarm with defaults', () => {
  const { json, alarm } = build({ subscriptions: [NotificationEndpoint.email('ops@example.com')] });

  test('creates the watched log group, the topic and the archive bucket', () => {
    expect(watchedGroup(json)).toMatchObject({ retention_in_days: 365 });
    expect(String(watchedGroup(json)?.name)).toMatch(/^\/trailwatch\//);
    expect(onlyResource(json, 'aws_sns_topic_subscription')).toMatchObject({
      protocol: 'email',
      endpoint: 'ops@example.com',
    });
    expect(archiveResource(json, 'aws_s3_bucket_public_access_block')).toMatchObject({
      block_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(alarm.alertTopic).toBeDefined();
    expect(alarm.archiveBucket).toBeDefined();
  });

  test('an empty filter pattern sends every event to the function, after the invoke permission exists', () => {
    const filter = onlyResource(json, 'aws_cloudwatch_log_subscription_filter');
    const fn = onlyResource(json, 'aws_lambda_function');
    const permission = onlyResource(json, 'aws_lambda_permission');
    expect(filter).toMatchObject({
      filter_pattern: '',
      destination_arn: `\${aws_lambda_function.${fn.logicalId}.arn}`,
    });
    expect(filter.depends_on).toEqual([`aws_lambda_permission.${permission.logicalId}`]);
  });

  test('CloudWatch Logs may invoke the function for this log group only', () => {
    const permission = onlyResource(json, 'aws_lambda_permission');
    expect(permission).toMatchObject({ action: 'lambda:InvokeFunction' });
    expect(permission.principal).toBe('logs.amazonaws.com');
    expect(permission.source_arn).toMatch(/^\$\{aws_cloudwatch_log_group\.Alarm_LogGroup_[A-F0-9]+\.arn\}:\*$/);
    expect(permission.source_account).toMatch(/aws_caller_identity/);
  });

  test('the role may publish to the topic and put objects under the prefix, nothing more', () => {
    const statements = roleStatements(json);
    expect(statements.map((s) => s.sid)).toEqual([
      'WriteOwnLogs',
      'DeadLetter',
      'WriteTraces',
      'PublishAlerts',
      'WriteArchive',
    ]);
    const archive = statements.find((s) => s.sid === 'WriteArchive');
    expect(archive?.actions).toEqual(['s3:PutObject']);
    expect(archive?.resources).toEqual([
      expect.stringMatching(
        /^arn:\$\{data\.aws_partition\..+\}:s3:::\$\{aws_s3_bucket\..+\.bucket\}\/log-keyword-alarm\/\*$/,
      ),
    ]);
    expect(statements.find((s) => s.sid === 'PublishAlerts')?.actions).toEqual(['sns:Publish']);
    expect(statements.flatMap((s) => s.actions).some((a) => a.includes('*'))).toBe(false);
  });

  test('the function gets its settings and a dead-letter queue', () => {
    const fn = onlyResource(json, 'aws_lambda_function');
    expect((fn.environment as { variables: Record<string, string> }).variables).toMatchObject({
      TRAILWATCH_KEYWORDS: 'WARN,WARNING,ERROR,ERR,FATAL',
      TRAILWATCH_KEYWORDS_CASE_SENSITIVE: 'true',
      TRAILWATCH_ALERT_MAX_LINES: '20',
      TRAILWATCH_ARCHIVE_PREFIX: 'log-keyword-alarm',
    });
    expect(fn.timeout).toBe(60);
    expect(fn.dead_letter_config).toEqual({ target_arn: expect.stringMatching(/aws_sqs_queue/) });
    expect(onlyResource(json, 'aws_sqs_queue')).toMatchObject({ sqs_managed_sse_enabled: true });
  });
});

describe('AWS LogKeywordAlarm with existing resources', () => {
  test('an existing log group, topic ARN and bucket name: nothing of those is created', () => {
    const { json } = build((stack) => ({
      existingLogGroupName: '/app/payments',
      alertTopic: AlertTopic.fromTopicArn(stack, 'Topic', 'arn:aws:sns:eu-west-1:111122223333:security-alerts'),
      archiveBucket: SecureBucket.fromBucketName(stack, 'Bucket', 'acme-archive'),
      archivePrefix: 'logs/keyword/',
      keywords: ['ERROR', 'OOM_KILLED'],
      filterPattern: '?ERROR ?OOM_KILLED',
    }));
    expect(watchedGroup(json)).toBeUndefined();
    expect(resourcesOf(json, 'aws_sns_topic')).toEqual({});
    expect(resourcesOf(json, 'aws_s3_bucket')).toEqual({});
    const permission = onlyResource(json, 'aws_lambda_permission');
    expect(permission.source_arn).toMatch(
      /^arn:\$\{data\.aws_partition\..+\}:logs:\$\{data\.aws_region\..+\}:\$\{data\.aws_caller_identity\..+\}:log-group:\/app\/payments:\*$/,
    );
    expect(onlyResource(json, 'aws_cloudwatch_log_subscription_filter')).toMatchObject({
      log_group_name: '/app/payments',
      filter_pattern: '?ERROR ?OOM_KILLED',
    });
    const statements = roleStatements(json);
    expect(statements.find((s) => s.sid === 'PublishAlerts')?.resources).toEqual([
      'arn:aws:sns:eu-west-1:111122223333:security-alerts',
    ]);
    expect(statements.find((s) => s.sid === 'WriteArchive')?.resources).toEqual([
      expect.stringMatching(/:s3:::acme-archive\/logs\/keyword\/\*$/),
    ]);
  });

  test('composes with an AlertTopic and a SecureBucket built elsewhere (customer key grants included)', () => {
    const keyArn = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    let topic: AlertTopic | undefined;
    let bucket: SecureBucket | undefined;
    const { json, alarm } = build((stack) => ({
      alertTopic: (topic = new AlertTopic(stack, 'Topic', { encryption: TopicEncryption.customerManagedKey(keyArn) })),
      archiveBucket: (bucket = new SecureBucket(stack, 'Bucket', { kmsKeyArn: keyArn })),
      archiveKmsKeyArn: keyArn,
    }));
    expect(alarm.alertTopic).toBe(topic);
    expect(alarm.archiveBucket).toBe(bucket);
    expect(Object.keys(resourcesOf(json, 'aws_sns_topic'))).toHaveLength(1);
    const statements = roleStatements(json);
    expect(statements.find((s) => s.sid === 'EncryptAlerts')?.resources).toEqual([keyArn]);
    expect(statements.find((s) => s.sid === 'EncryptArchive')).toEqual(
      expect.objectContaining({ actions: ['kms:GenerateDataKey'], resources: [keyArn] }),
    );
    const fn = onlyResource(json, 'aws_lambda_function');
    expect((fn.environment as { variables: Record<string, string> }).variables.TRAILWATCH_ARCHIVE_KMS_KEY_ID).toBe(
      keyArn,
    );
  });
});

test("the CMK props: logGroupKmsKeyArn encrypts the watched group, logKmsKeyArn the function's own", () => {
  const watchedKey = 'arn:aws:kms:eu-west-1:111122223333:key/11111111-1111-1111-1111-111111111111';
  const functionKey = 'arn:aws:kms:eu-west-1:111122223333:key/22222222-2222-2222-2222-222222222222';
  const { json } = build({ logGroupKmsKeyArn: watchedKey, logKmsKeyArn: functionKey, logGroupRetentionDays: 90 });
  expect(watchedGroup(json)).toMatchObject({ kms_key_id: watchedKey, retention_in_days: 90 });
  const own = Object.entries(resourcesOf(json, 'aws_cloudwatch_log_group')).find(([name]) =>
    name.startsWith('Alarm_Function_LogGroup'),
  )?.[1];
  expect(own).toMatchObject({ kms_key_id: functionKey });
});

describe('AWS LogKeywordAlarm validation', () => {
  const topicArn = 'arn:aws:sns:eu-west-1:111122223333:t';
  test.each<[string, LogKeywordAlarmProps | ((stack: TerraformStack) => LogKeywordAlarmProps), RegExp]>([
    ['empty keywords', { keywords: [] }, /^test\/Alarm\.keywords: the keyword list is empty/],
    ['keyword with a space', { keywords: ['ERROR', 'bad word'] }, /Alarm\.keywords: .*letters, digits or "_"/],
    ['duplicate keywords', { keywords: ['ERROR', 'ERROR'] }, /Alarm\.keywords: keyword "ERROR" repeats/],
    ['case-insensitive duplicates', { keywords: ['Error', 'ERROR'], caseSensitive: false }, /repeats "Error"/],
    ['zero alert lines', { alertMaxLines: 0 }, /^test\/Alarm\.alertMaxLines/],
    ['unsafe prefix', { archivePrefix: 'logs/../x y' }, /Alarm\.archivePrefix/],
    [
      'two log group sources',
      { existingLogGroupName: '/a', logGroupName: '/b' },
      /^test\/Alarm\.existingLogGroupName: cannot be combined with test\/Alarm\.logGroupName/,
    ],
    [
      'bad log group name',
      { existingLogGroupName: 'no spaces allowed' },
      /^test\/Alarm\.existingLogGroupName: .*not a CloudWatch Logs log group name/,
    ],
    [
      'bad retention',
      { logGroupRetentionDays: 2 },
      /^test\/Alarm\.logGroupRetentionDays: 2 is not a CloudWatch Logs retention/,
    ],
    ['bad function log key', { logKmsKeyArn: 'alias/x' }, /^test\/Alarm\.logKmsKeyArn: .*not a KMS key ARN/],
    [
      'bad topic ARN',
      (stack) => ({ alertTopic: AlertTopic.fromTopicArn(stack, 'T', 'security-alerts') }),
      /not an SNS topic ARN/,
    ],
    [
      'bad bucket name',
      (stack) => ({ archiveBucket: SecureBucket.fromBucketName(stack, 'B', 'Bad_Bucket') }),
      /not a valid S3 bucket name/,
    ],
    [
      'subscriptions on a given topic',
      (stack) => ({
        alertTopic: AlertTopic.fromTopicArn(stack, 'T', topicArn),
        subscriptions: [NotificationEndpoint.email('a@example.com')],
      }),
      /^test\/Alarm\.subscriptions: subscriptions apply only/,
    ],
  ])('%s is rejected at synth', (_name, props, message) => {
    expect(() => build(props)).toThrow(message);
  });
});

test('tags reach every taggable resource created here', () => {
  const tags = { Project: 'audit', Owner: 'secops' };
  const { json } = build({ tags });
  expect(watchedGroup(json)).toMatchObject({ tags });
  expect(onlyResource(json, 'aws_sns_topic')).toMatchObject({ tags });
  expect(archiveResource(json, 'aws_s3_bucket')).toMatchObject({ tags });
});
