/**
 * Issue 13 Low items on the functions and the trail ingestion: Lambda active tracing, optional reserved concurrency
 * and environment CMK; Huawei functions with their own LTS log group/stream (their ids in the settings, for the
 * keyword alarm's self-skip), bounded instances and a failed-async destination; the ingestion dead-letter alarm
 * notifying a topic that can take it; optional CloudTrail digest verification.
 */
import { AlertTopic } from '../../src/aws/alert-topic';
import { LoginAlarm } from '../../src/aws/login-alarm';
import { SecureBucket } from '../../src/aws/secure-bucket';
import { TrailQueryApi } from '../../src/aws/trail-query/trail-query-api';
import { AlertTopic as HwAlertTopic } from '../../src/huaweicloud/alert-topic';
import { IamTraceRegion, LoginAlarm as HwLoginAlarm } from '../../src/huaweicloud/login-alarm';
import { onlyResource, policyStatements, resourcesOf, synthAws } from '../src/aws/helpers';
import { huaweiStack } from '../src/huaweicloud/helpers';
import { synthJson } from '../helpers/synth';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('AWS Lambda runtime options', () => {
  test('active tracing by default; reserved concurrency and an environment CMK when asked, with the role rights', () => {
    const plain = synthAws(
      (s) => new LoginAlarm(s, 'A', { allowList: ['192.0.2.1'], alertTopic: new AlertTopic(s, 'T', {}) }),
    );
    expect(onlyResource(plain, 'aws_lambda_function')).toMatchObject({ tracing_config: { mode: 'Active' } });
    expect(onlyResource(plain, 'aws_lambda_function').reserved_concurrent_executions).toBeUndefined();
    const json = synthAws(
      (s) =>
        new LoginAlarm(s, 'A', {
          allowList: ['192.0.2.1'],
          alertTopic: new AlertTopic(s, 'T', {}),
          reservedConcurrency: 5,
          environmentKmsKeyArn: KEY_ARN,
          tracing: false,
        }),
    );
    const fn = onlyResource(json, 'aws_lambda_function');
    expect(fn).toMatchObject({
      reserved_concurrent_executions: 5,
      kms_key_arn: KEY_ARN,
      tracing_config: { mode: 'PassThrough' },
    });
    const policy = Object.values(resourcesOf(json, 'aws_iam_role_policy')).find((p) => p.name === 'least-privilege');
    const sids = policyStatements(json, policy?.policy).map((s) => [s.sid, s.actions, s.resources]);
    expect(sids).toContainEqual(['DecryptEnvironment', ['kms:Decrypt'], [KEY_ARN]]);
    expect(sids.map((s) => s[0])).not.toContain('WriteTraces');
  });
});

describe('Huawei function operations', () => {
  test('own LTS group and stream, their ids in the settings, at most 100 instances, failures to the alert topic', () => {
    const stack = huaweiStack();
    const region = IamTraceRegion.CHINESE_MAINLAND_SITE;
    new HwLoginAlarm(stack, 'Alarm', {
      region,
      allowList: ['192.0.2.1'],
      alertTopic: new HwAlertTopic(stack, 'Alerts', { region }),
      tags: { team: 'sec' },
    });
    const json = synthJson(stack);
    const group = onlyResource(json, 'huaweicloud_lts_group');
    const stream = onlyResource(json, 'huaweicloud_lts_stream');
    expect(group).toMatchObject({ ttl_in_days: 365, tags: { team: 'sec' } });
    const fn = onlyResource(json, 'huaweicloud_fgs_function');
    expect(fn).toMatchObject({
      enable_lts_log: true,
      log_group_id: `\${huaweicloud_lts_group.${group.logicalId}.id}`,
      log_stream_id: `\${huaweicloud_lts_stream.${stream.logicalId}.id}`,
      max_instance_num: '100',
    });
    expect(fn.user_data).toContain(`"TRAILWATCH_OWN_LOG_GROUP" = huaweicloud_lts_group.${group.logicalId}.id`);
    expect(fn.user_data).toContain(`"TRAILWATCH_OWN_LOG_STREAM" = huaweicloud_lts_stream.${stream.logicalId}.id`);
    const async = onlyResource(json, 'huaweicloud_fgs_async_invoke_configuration');
    expect(async).toMatchObject({ max_async_retry_attempts: 3, max_async_event_age_in_seconds: 86400 });
    expect((async.on_failure as { destination: string; param: string }).destination).toBe('SMN');
    expect((async.on_failure as { param: string }).param).toContain('"topic_urn" = huaweicloud_smn_topic.');
  });
});

describe('trail ingestion', () => {
  function api(props: { verifyDigests?: boolean } = {}) {
    return synthAws((s) => {
      new TrailQueryApi(s, 'Q', { trailBucket: SecureBucket.fromBucketName(s, 'Trail', 'acme-trail'), ...props });
    });
  }

  test('the dead-letter alarm notifies a topic of its own, encrypted with a key that admits CloudWatch', () => {
    const json = api();
    const alarm = onlyResource(json, 'aws_cloudwatch_metric_alarm');
    const [topicId] = Object.keys(resourcesOf(json, 'aws_sns_topic'));
    expect(alarm.alarm_actions).toEqual([`\${aws_sns_topic.${topicId}.arn}`]);
    const topic = resourcesOf(json, 'aws_sns_topic')[topicId];
    expect(String(topic.kms_master_key_id)).toMatch(/^\$\{aws_kms_key\..*\.arn\}$/);
    const key = Object.values(resourcesOf(json, 'aws_kms_key')).find(
      (k) => k.kms_master_key_id === undefined && String(k.description).includes('alarm'),
    );
    expect(key).toMatchObject({ enable_key_rotation: true });
    const keyPolicy = policyStatements(json, key?.policy);
    expect(keyPolicy.find((s) => s.sid === 'CloudWatchAlarmsEncryptAlerts')?.condition?.[0].variable).toBe(
      'aws:SourceAccount',
    );
  });

  test('digest verification: the rule takes digest files, the role may read CloudTrail public keys, the function is told', () => {
    const off = api();
    expect(String(onlyResource(off, 'aws_cloudwatch_event_rule').event_pattern)).not.toContain('CloudTrail-Digest');
    const json = api({ verifyDigests: true });
    expect(String(onlyResource(json, 'aws_cloudwatch_event_rule').event_pattern)).toContain(
      'AWSLogs/*/CloudTrail-Digest/*.json.gz',
    );
    const ingest = Object.entries(resourcesOf(json, 'aws_lambda_function')).find(([id]) =>
      id.includes('Ingestion'),
    )![1] as {
      environment: { variables: Record<string, string> };
    };
    expect(ingest.environment.variables.TRAILWATCH_VERIFY_DIGESTS).toBe('true');
    const policies = Object.values(resourcesOf(json, 'aws_iam_role_policy')).flatMap((p) =>
      policyStatements(json, p.policy),
    );
    expect(policies.find((s) => s.sid === 'ReadCloudTrailPublicKeys')).toMatchObject({
      actions: ['cloudtrail:ListPublicKeys'],
      resources: ['*'],
    });
  });
});
