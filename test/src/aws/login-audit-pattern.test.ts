import { TerraformStack } from 'cdktf';
import { AlertTopic, TopicEncryption } from '../../../src/aws/alert-topic';
import { LoginAuditPattern, LoginAuditPatternProps } from '../../../src/aws/login-audit-pattern';
import { ArchiveStorageClass, SecureBucket } from '../../../src/aws/secure-bucket';
import { NotificationEndpoint } from '../../../src/core/notification-endpoint';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { SynthesizedStack, awsStack, onlyResource, ref, resourcesOf, synthAws } from './helpers';

const ALLOW = ['203.0.113.0/24', '2001:db8::/32'];
const TRAIL_ARN = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail';
const TOPIC_ARN = 'arn:aws:sns:eu-west-1:111122223333:security-alerts';

/** Logical id of the trail's bucket (the other bucket is its access-log bucket). */
function trailBucketId(json: SynthesizedStack): string {
  return Object.keys(resourcesOf(json, 'aws_s3_bucket')).find(
    (id) => id.startsWith('LoginAudit_Trail_Bucket_') && !id.includes('AccessLogs'),
  )!;
}

/** Logical id of the access-log bucket made next to the trail's bucket. */
function accessLogBucketId(json: SynthesizedStack): string {
  return Object.keys(resourcesOf(json, 'aws_s3_bucket')).find((id) =>
    id.startsWith('LoginAudit_Trail_Bucket_AccessLogs_'),
  )!;
}

function buildError(props: LoginAuditPatternProps | ((stack: TerraformStack) => LoginAuditPatternProps)): Error {
  const stack = awsStack();
  try {
    new LoginAuditPattern(stack, 'LoginAudit', typeof props === 'function' ? props(stack) : props);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a validation error');
}

describe('LoginAuditPattern (AWS)', () => {
  test('one declaration creates trail, bucket, topic, function, rules and permission, wired by reference', () => {
    let pattern: LoginAuditPattern | undefined;
    const json = synthAws((stack) => {
      pattern = new LoginAuditPattern(stack, 'LoginAudit', {
        allowList: ALLOW,
        subscriptions: [NotificationEndpoint.email('security@example.com')],
      });
    });
    for (const type of [
      'aws_cloudtrail',
      'aws_kms_key',
      'aws_sns_topic',
      'aws_sns_topic_subscription',
      'aws_lambda_function',
      'aws_lambda_permission',
      'aws_s3_bucket_logging',
    ]) {
      expect(Object.keys(resourcesOf(json, type))).toHaveLength(1);
    }
    // The trail bucket and the access-log bucket made next to it, each with its policy.
    expect(Object.keys(resourcesOf(json, 'aws_s3_bucket'))).toHaveLength(2);
    expect(Object.keys(resourcesOf(json, 'aws_s3_bucket_policy'))).toHaveLength(2);
    // The alarm's rule plus one forwarding rule per default sign-in region (us-east-1 and the alias-cookie regions),
    // each with its dead-letter queue.
    expect(Object.keys(resourcesOf(json, 'aws_cloudwatch_event_rule'))).toHaveLength(5);
    expect(Object.keys(resourcesOf(json, 'aws_sqs_queue'))).toHaveLength(5);
    const trailBucket = trailBucketId(json);
    expect(onlyResource(json, 'aws_cloudtrail').s3_bucket_name).toBe(`\${aws_s3_bucket.${trailBucket}.bucket}`);
    expect(onlyResource(json, 'aws_cloudtrail').kms_key_id).toBe(ref(json, 'aws_kms_key', 'arn'));
    expect(onlyResource(json, 'aws_s3_bucket_logging')).toMatchObject({
      bucket: `\${aws_s3_bucket.${trailBucket}.id}`,
      target_bucket: `\${aws_s3_bucket.${accessLogBucketId(json)}.bucket}`,
    });
    expect(onlyResource(json, 'aws_sns_topic_subscription').topic_arn).toBe(ref(json, 'aws_sns_topic', 'arn'));
    const variables = (onlyResource(json, 'aws_lambda_function').environment as { variables: Record<string, string> })
      .variables;
    expect(variables.TRAILWATCH_SNS_TOPIC_ARN).toBe(ref(json, 'aws_sns_topic', 'arn'));
    expect(variables.TRAILWATCH_ALLOW_LIST).toBe('203.0.113.0/24,2001:db8::/32');
    expect(onlyResource(json, 'aws_lambda_permission').function_name).toBe(
      ref(json, 'aws_lambda_function', 'function_name'),
    );
    // Every created resource is exposed.
    expect(pattern?.trail?.trail).toBeDefined();
    expect((pattern?.bucket as SecureBucket).policy).toBeDefined();
    expect((pattern?.alertTopic as AlertTopic).topic).toBeDefined();
    expect((pattern?.alertTopic as AlertTopic).subscriptions).toHaveLength(1);
    expect(pattern?.function).toBe(pattern?.loginAlarm.function);
    expect(pattern?.role).toBe(pattern?.loginAlarm.function.executionRole);
    expect(pattern?.loginAlarm.rule).toBeDefined();
    expect(pattern?.loginAlarm.deadLetterQueue).toBeDefined();
  });

  test('trail options reach the trail and its bucket', () => {
    const json = synthAws(
      (stack) =>
        new LoginAuditPattern(stack, 'LoginAudit', {
          allowList: ALLOW,
          trailName: 'login-audit',
          bucketName: 'acme-login-audit',
          filePrefix: 'audit',
          retentionDays: 400,
          archiveTransition: { storageClass: ArchiveStorageClass.GLACIER_INSTANT_RETRIEVAL, afterDays: 30 },
          cloudWatchLogs: {},
          forceDestroyBucket: true,
          topicEncryption: TopicEncryption.unencrypted(),
          signInRegions: [],
        }),
    );
    expect(onlyResource(json, 'aws_cloudtrail')).toMatchObject({
      name: 'login-audit',
      s3_key_prefix: 'audit',
      cloud_watch_logs_role_arn: expect.any(String),
    });
    expect(resourcesOf(json, 'aws_s3_bucket')[trailBucketId(json)]).toMatchObject({
      bucket: 'acme-login-audit',
      force_destroy: true,
    });
    const lifecycle = Object.values(resourcesOf(json, 'aws_s3_bucket_lifecycle_configuration')).find(
      (l) => l.bucket === `\${aws_s3_bucket.${trailBucketId(json)}.id}`,
    );
    expect(lifecycle?.rule).toEqual([
      expect.objectContaining({ expiration: [{ days: 400 }], transition: [{ days: 30, storage_class: 'GLACIER_IR' }] }),
    ]);
    expect(onlyResource(json, 'aws_sns_topic').kms_master_key_id).toBeUndefined();
  });

  test('tags reach the trail, its buckets and key, and the created topic', () => {
    const tags = { team: 'security' };
    const json = synthAws((stack) => new LoginAuditPattern(stack, 'LoginAudit', { allowList: ALLOW, tags }));
    for (const type of ['aws_cloudtrail', 'aws_kms_key', 'aws_sns_topic']) {
      expect([type, onlyResource(json, type).tags]).toEqual([type, tags]);
    }
    expect(Object.values(resourcesOf(json, 'aws_s3_bucket')).map((b) => b.tags)).toEqual([tags, tags]);
  });

  test('with an existing trail, tags still reach the created topic', () => {
    const json = synthAws(
      (stack) =>
        new LoginAuditPattern(stack, 'LoginAudit', {
          allowList: ALLOW,
          existingTrailArn: TRAIL_ARN,
          tags: { team: 'security' },
        }),
    );
    expect(resourcesOf(json, 'aws_cloudtrail')).toEqual({});
    expect(onlyResource(json, 'aws_sns_topic').tags).toEqual({ team: 'security' });
  });

  test('an existing trail and topic: only the alarm is created', () => {
    let pattern: LoginAuditPattern | undefined;
    const json = synthAws((stack) => {
      pattern = new LoginAuditPattern(stack, 'LoginAudit', {
        allowList: ALLOW,
        existingTrailArn: TRAIL_ARN,
        alertTopic: AlertTopic.fromTopicArn(stack, 'Alerts', TOPIC_ARN),
      });
    });
    expect(resourcesOf(json, 'aws_cloudtrail')).toEqual({});
    expect(resourcesOf(json, 'aws_s3_bucket')).toEqual({});
    expect(resourcesOf(json, 'aws_sns_topic')).toEqual({});
    expect(pattern?.trailArn).toBe(TRAIL_ARN);
    expect(pattern?.topicArn).toBe(TOPIC_ARN);
    expect(
      (onlyResource(json, 'aws_lambda_function').environment as { variables: Record<string, string> }).variables
        .TRAILWATCH_SNS_TOPIC_ARN,
    ).toBe(TOPIC_ARN);
  });

  test.each([
    [{ allowList: [] }, 'LoginAudit/LoginAlarm.allowList: the allow-list is empty'],
    [
      { allowList: ['not-an-ip'] },
      'LoginAudit/LoginAlarm.allowList[0]: "not-an-ip" is not an IPv4/IPv6 address or CIDR block',
    ],
    [
      (stack: TerraformStack) => ({
        allowList: ALLOW,
        alertTopic: AlertTopic.fromTopicArn(stack, 'Existing', TOPIC_ARN),
        subscriptions: [NotificationEndpoint.email('a@example.com')],
      }),
      'LoginAudit.alertTopic: cannot be combined with stack/LoginAudit.subscriptions',
    ],
    [
      { allowList: ALLOW, existingTrailArn: TRAIL_ARN, retentionDays: 90 },
      'LoginAudit.existingTrailArn: cannot be combined with stack/LoginAudit.retentionDays',
    ],
    [
      { allowList: ALLOW, existingTrailArn: TRAIL_ARN, cloudWatchLogs: {} },
      'LoginAudit.existingTrailArn: cannot be combined with stack/LoginAudit.cloudWatchLogs',
    ],
    [
      { allowList: ALLOW, existingTrailArn: 'org-trail' },
      'LoginAudit.existingTrailArn: "org-trail" is not a CloudTrail trail ARN',
    ],
    [
      (stack: TerraformStack) => ({
        allowList: ALLOW,
        bucket: SecureBucket.fromBucketName(stack, 'Audit', 'acme-audit'),
        bucketName: 'other-audit',
      }),
      'LoginAudit/Trail.bucket: cannot be combined with stack/LoginAudit/Trail.bucketName',
    ],
    [
      (stack: TerraformStack) => ({
        allowList: ALLOW,
        alertTopic: AlertTopic.fromTopicArn(stack, 'Queue', 'arn:aws:sqs:eu-west-1:111122223333:q'),
      }),
      'Queue.topicArn',
    ],
    [{ allowList: ALLOW, watchedActions: ['console-login'] }, 'LoginAudit/LoginAlarm.watchedActions[0]'],
  ] as [LoginAuditPatternProps | ((stack: TerraformStack) => LoginAuditPatternProps), string][])(
    'rejects invalid props (case %#)',
    (props, message) => {
      const error = buildError(props);
      expect(error).toBeInstanceOf(TrailWatchValidationError);
      expect(error.message).toContain(message);
    },
  );
});

describe('LoginAuditPattern (AWS) can include the log keyword alarm', () => {
  test('it alerts through the pattern topic and archives into a bucket of its own, not the trail bucket', () => {
    let pattern: LoginAuditPattern | undefined;
    const json = synthAws((stack) => {
      pattern = new LoginAuditPattern(stack, 'LoginAudit', {
        allowList: ALLOW,
        logKeywordAlarm: { existingLogGroupName: '/app/payments', keywords: ['ERROR'] },
      });
    });
    expect(pattern?.logKeywordAlarm).toBeDefined();
    expect(pattern?.logKeywordAlarm?.archiveBucket).not.toBe(pattern?.bucket);
    expect(Object.keys(resourcesOf(json, 'aws_lambda_function'))).toHaveLength(2);
    expect(Object.keys(resourcesOf(json, 'aws_sns_topic'))).toHaveLength(1);
    const buckets = Object.keys(resourcesOf(json, 'aws_s3_bucket'));
    const archive = buckets.find(
      (id) => id.startsWith('LoginAudit_LogKeywordAlarm_ArchiveBucket_') && !id.includes('AccessLogs'),
    )!;
    expect(archive).toBeDefined();
    const keywordFunction = Object.entries(resourcesOf(json, 'aws_lambda_function')).find(([id]) =>
      id.includes('LogKeywordAlarm'),
    )![1];
    const variables = (keywordFunction.environment as { variables: Record<string, string> }).variables;
    expect(variables.TRAILWATCH_SNS_TOPIC_ARN).toBe(ref(json, 'aws_sns_topic', 'arn'));
    expect(Object.values(variables)).toContain(`\${aws_s3_bucket.${archive}.bucket}`);
    expect(onlyResource(json, 'aws_cloudwatch_log_subscription_filter').log_group_name).toBe('/app/payments');
  });

  test('its options are validated with the pattern', () => {
    expect(buildError({ allowList: ALLOW, logKeywordAlarm: { keywords: ['not a word'] } }).message).toContain(
      'LogKeywordAlarm.keywords',
    );
  });
});

describe('LoginAuditPattern (AWS) can include tag enrichment', () => {
  test('it turns on the trail CloudWatch Logs delivery and subscribes to that group', () => {
    let pattern: LoginAuditPattern | undefined;
    const json = synthAws((stack) => {
      pattern = new LoginAuditPattern(stack, 'LoginAudit', {
        allowList: ALLOW,
        tagEnrichment: { services: ['ec2.amazonaws.com'] },
      });
    });
    expect(pattern?.tagEnrichment).toBeDefined();
    const trail = onlyResource(json, 'aws_cloudtrail');
    expect(trail.cloud_watch_logs_group_arn).toBeDefined();
    const trailGroup = Object.entries(resourcesOf(json, 'aws_cloudwatch_log_group')).find(([id]) =>
      id.includes('Trail'),
    )!;
    expect(onlyResource(json, 'aws_cloudwatch_log_subscription_filter').log_group_name).toBe(
      `\${aws_cloudwatch_log_group.${trailGroup[0]}.name}`,
    );
  });

  test('an existing trail cannot feed it', () => {
    expect(buildError({ allowList: ALLOW, existingTrailArn: TRAIL_ARN, tagEnrichment: {} }).message).toContain(
      'LoginAudit.tagEnrichment',
    );
  });
});
