/**
 * Issue 13, "bad input that is accepted today": each malformed prop fails at synth with a TrailWatchValidationError
 * whose message names `<construct path>.<prop>` (the path the user built, the prop as they spelled it), says what
 * is wrong, and says how to fix it. One table across clouds.
 */
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AlertTopic } from '../../src/aws/alert-topic';
import { AllowListSource } from '../../src/aws/allow-list-source';
import { BundledFunction } from '../../src/aws/bundled-function';
import { ExecutionRole } from '../../src/aws/execution-role';
import { LogKeywordAlarm } from '../../src/aws/log-keyword-alarm';
import { LoginAlarm } from '../../src/aws/login-alarm';
import { SecureBucket } from '../../src/aws/secure-bucket';
import { TagEnrichment } from '../../src/aws/tag-enrichment';
import { ApiAuthorization } from '../../src/aws/trail-query/api-authorization';
import { TrailQueryApi } from '../../src/aws/trail-query/trail-query-api';
import { BundledHandler } from '../../src/core/handler-asset';
import { TrailWatchValidationError } from '../../src/core/validation';
import { Agency } from '../../src/huaweicloud/agency';
import { AlertTopic as HwAlertTopic } from '../../src/huaweicloud/alert-topic';
import { AllowListSource as ObsAllowListSource } from '../../src/huaweicloud/allow-list-source';
import { AuditTracker } from '../../src/huaweicloud/audit-tracker';
import { BundledFunction as HwBundledFunction } from '../../src/huaweicloud/bundled-function';
import { HuaweicloudProvider } from '../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { LogKeywordAlarm as HwLogKeywordAlarm } from '../../src/huaweicloud/log-keyword-alarm';
import { IamTraceRegion, LoginAlarm as HwLoginAlarm } from '../../src/huaweicloud/login-alarm';
import { SecureBucket as HwSecureBucket } from '../../src/huaweicloud/secure-bucket';
import { TagEnrichment as HwTagEnrichment, TagEnrichmentSource } from '../../src/huaweicloud/tag-enrichment';
import { AlicloudProvider } from '../../src/alicloud/generated/providers/alicloud/provider';
import { LogProject } from '../../src/alicloud/log-project';

type Cloud = 'aws' | 'huaweicloud' | 'alicloud';

interface MalformedProp {
  /** What the user got wrong. */
  readonly name: string;
  readonly cloud: Cloud;
  /** Builds the construct with the bad prop in `stack`. */
  readonly build: (stack: TerraformStack) => unknown;
  /** `<construct path>.<prop>`, exactly. */
  readonly field: string;
  /** The problem, in the message. */
  readonly problem: RegExp;
  /** The fix, in the message. */
  readonly fix: RegExp;
}

const HW = IamTraceRegion.CHINESE_MAINLAND_SITE;
const awsTopic = (s: Construct) => new AlertTopic(s, 'Alerts', {});
const hwTopic = (s: Construct) => new HwAlertTopic(s, 'Alerts', { region: HW });

const CASES: MalformedProp[] = [
  // --- AWS: login alarm and its allow-list ---
  {
    name: 'allow-list entry that is not an address',
    cloud: 'aws',
    build: (s) => new LoginAlarm(s, 'Alarm', { allowList: ['203.0.113.0/24', 'office-vpn'], alertTopic: awsTopic(s) }),
    field: 'stack/Alarm.allowList[1]',
    problem: /"office-vpn" is not an IPv4\/IPv6 address or CIDR block/,
    fix: /Write an address such as 203\.0\.113\.10/,
  },
  {
    name: '0.0.0.0/0 in an allow-list without acknowledgement',
    cloud: 'aws',
    build: (s) => new LoginAlarm(s, 'Alarm', { allowList: ['0.0.0.0/0'], alertTopic: awsTopic(s) }),
    field: 'stack/Alarm.allowList[0]',
    problem: /admits every address/,
    fix: /set stack\/Alarm\.allowAnySourceAddress: true/,
  },
  {
    name: '::/0 in an allow-list without acknowledgement',
    cloud: 'aws',
    build: (s) => new LoginAlarm(s, 'Alarm', { allowList: ['2001:db8::/32', '::/0'], alertTopic: awsTopic(s) }),
    field: 'stack/Alarm.allowList[1]',
    problem: /"::\/0" admits every address/,
    fix: /allowAnySourceAddress: true/,
  },
  {
    name: 'two halves that together admit every IPv4 address',
    cloud: 'aws',
    build: (s) => new LoginAlarm(s, 'Alarm', { allowList: ['0.0.0.0/1', '128.0.0.0/1'], alertTopic: awsTopic(s) }),
    field: 'stack/Alarm.allowList',
    problem: /together admit every IPv4 or IPv6 address/,
    fix: /set stack\/Alarm\.allowAnySourceAddress: true/,
  },
  {
    name: 'neither an allow-list nor a managed source',
    cloud: 'aws',
    build: (s) => new LoginAlarm(s, 'Alarm', { alertTopic: awsTopic(s) }),
    field: 'stack/Alarm.allowList',
    problem: /no allow-list is given/,
    fix: /Give allowList .*allowListSources/,
  },
  {
    name: 'a security group id as a prefix list',
    cloud: 'aws',
    build: (s) =>
      new LoginAlarm(s, 'Alarm', {
        allowListSources: [AllowListSource.prefixList('sg-0123456789abcdef0')],
        alertTopic: awsTopic(s),
      }),
    field: 'stack/Alarm.allowListSources[0]',
    problem: /is not a managed allow-list/,
    fix: /AllowListSource\.prefixList\("pl-/,
  },
  {
    name: 'a KMS alias for an SSM allow-list key',
    cloud: 'aws',
    build: (s) =>
      new LoginAlarm(s, 'Alarm', {
        allowListSources: [AllowListSource.ssmParameter('/office', { kmsKeyArn: 'alias/office' })],
        alertTopic: awsTopic(s),
      }),
    field: 'stack/Alarm.allowListSources[0].kmsKeyArn',
    problem: /is not a KMS key ARN/,
    fix: /Give the key ARN/,
  },
  {
    name: 'a cache TTL of 1 second',
    cloud: 'aws',
    build: (s) =>
      new LoginAlarm(s, 'Alarm', {
        allowListSources: [AllowListSource.s3Object('acme-lists', 'allow.txt')],
        allowListCacheSeconds: 1,
        alertTopic: awsTopic(s),
      }),
    field: 'stack/Alarm.allowListCacheSeconds',
    problem: /1 is out of range/,
    fix: /from 10 to 86400/,
  },
  {
    name: 'a sign-in event name with a space',
    cloud: 'aws',
    build: (s) =>
      new LoginAlarm(s, 'Alarm', {
        allowList: ['192.0.2.1'],
        watchedActions: ['Console Login'],
        alertTopic: awsTopic(s),
      }),
    field: 'stack/Alarm.watchedActions[0]',
    problem: /"Console Login" is not a CloudTrail event name/,
    fix: /"ConsoleLogin"/,
  },
  {
    name: 'the same watched action twice',
    cloud: 'aws',
    build: (s) =>
      new LoginAlarm(s, 'Alarm', {
        allowList: ['192.0.2.1'],
        watchedActions: ['ConsoleLogin', 'ConsoleLogin'],
        alertTopic: awsTopic(s),
      }),
    field: 'stack/Alarm.watchedActions[1]',
    problem: /listed twice/,
    fix: /List each action once/,
  },
  // --- AWS: importers and parts ---
  {
    name: "existing role given as 'my-role'",
    cloud: 'aws',
    build: (s) => ExecutionRole.fromRoleArn(s, 'Role', 'my-role'),
    field: 'stack/Role.roleArn',
    problem: /"my-role" is not an IAM role ARN/,
    fix: /a role name alone is not enough/,
  },
  {
    name: 'existing role given as a user ARN',
    cloud: 'aws',
    build: (s) => ExecutionRole.fromRoleArn(s, 'Role', 'arn:aws:iam::111122223333:user/alice'),
    field: 'stack/Role.roleArn',
    problem: /names an IAM user, not a role/,
    fix: /Give the role ARN/,
  },
  {
    name: 'an SNS topic ARN of another service',
    cloud: 'aws',
    build: (s) => AlertTopic.fromTopicArn(s, 'Topic', 'arn:aws:sqs:eu-west-1:111122223333:alerts'),
    field: 'stack/Topic.topicArn',
    problem: /is not an SNS topic ARN/,
    fix: /arn:aws:sns:/,
  },
  {
    name: 'an S3 bucket name with capitals',
    cloud: 'aws',
    build: (s) => SecureBucket.fromBucketName(s, 'Bucket', 'Audit_Logs'),
    field: 'stack/Bucket.bucketName',
    problem: /is not a valid S3 bucket name/,
    fix: /Choose a name such as/,
  },
  {
    name: 'a Lambda function name with spaces',
    cloud: 'aws',
    build: (s) =>
      new BundledFunction(s, 'Fn', { handler: BundledHandler.AWS_LOGIN_ALARM, functionName: 'login alarm' }),
    field: 'stack/Fn.functionName',
    problem: /is not a valid name/,
    fix: /letters, digits, "-" or "_"/,
  },
  {
    name: 'a log retention CloudWatch does not offer',
    cloud: 'aws',
    build: (s) => new BundledFunction(s, 'Fn', { handler: BundledHandler.AWS_LOGIN_ALARM, logRetentionDays: 366 }),
    field: 'stack/Fn.logRetentionDays',
    problem: /366 is not a CloudWatch Logs retention/,
    fix: /Use one of .*365, 400/,
  },
  {
    name: 'a keyword with a space',
    cloud: 'aws',
    build: (s) => new LogKeywordAlarm(s, 'Keywords', { keywords: ['OUT OF MEMORY'] }),
    field: 'stack/Keywords.keywords',
    problem: /OUT OF MEMORY/,
    fix: /whole words such as/,
  },
  {
    name: 'the source log group as the enrichment target',
    cloud: 'aws',
    build: (s) =>
      new TagEnrichment(s, 'Enrich', {
        sourceLogGroupName: 'trail-events',
        existingTargetLogGroupName: 'trail-events',
      }),
    field: 'stack/Enrich.existingTargetLogGroupName',
    problem: /is the source log group/,
    fix: /separate log group/,
  },
  {
    name: 'a member-account role given as an ARN',
    cloud: 'aws',
    build: (s) =>
      new TagEnrichment(s, 'Enrich', {
        sourceLogGroupName: 'trail-events',
        memberAccountIds: ['444455556666'],
        memberAccountRoleName: 'arn:aws:iam::444455556666:role/TagReader',
      }),
    field: 'stack/Enrich.memberAccountRoleName',
    problem: /is not an IAM role name/,
    fix: /Give the role name only/,
  },
  // --- Huawei Cloud ---
  {
    name: 'a region where CTS records no IAM traces',
    cloud: 'huaweicloud',
    build: (s) =>
      new HwLoginAlarm(s, 'Alarm', {
        region: 'eu-west-101' as IamTraceRegion,
        allowList: ['192.0.2.1'],
        alertTopic: HwAlertTopic.fromTopicUrn(s, 'T', 'urn:smn:eu-west-101:0123456789abcdef0123456789abcdef:t'),
      }),
    field: 'stack/Alarm.region',
    problem: /does not record IAM traces/,
    fix: /IamTraceRegion\.CHINESE_MAINLAND_SITE/,
  },
  {
    name: '0.0.0.0/0 in a Huawei allow-list',
    cloud: 'huaweicloud',
    build: (s) => new HwLoginAlarm(s, 'Alarm', { region: HW, allowList: ['0.0.0.0/0'], alertTopic: hwTopic(s) }),
    field: 'stack/Alarm.allowList[0]',
    problem: /admits every address/,
    fix: /allowAnySourceAddress: true/,
  },
  {
    name: 'an MFA switch Huawei sign-in traces cannot honour',
    cloud: 'huaweicloud',
    build: (s) =>
      new HwLoginAlarm(s, 'Alarm', {
        region: HW,
        allowList: ['192.0.2.1'],
        alertOnMissingMfa: true,
        alertTopic: hwTopic(s),
      } as never),
    field: 'stack/Alarm.alertOnMissingMfa',
    problem: /no MFA flag/,
    fix: /Leave alertOnMissingMfa out/,
  },
  {
    name: 'an S3 object as a Huawei allow-list source',
    cloud: 'huaweicloud',
    build: (s) =>
      new HwLoginAlarm(s, 'Alarm', {
        region: HW,
        allowListSources: [AllowListSource.s3Object('acme-lists', 'allow.txt') as unknown as ObsAllowListSource],
        alertTopic: hwTopic(s),
      }),
    field: 'stack/Alarm.allowListSources[0]',
    problem: /is not a managed allow-list this cloud's function can read/,
    fix: /AllowListSource\.obsObject/,
  },
  {
    name: 'a topic of another region',
    cloud: 'huaweicloud',
    build: (s) =>
      new HwLoginAlarm(s, 'Alarm', {
        region: HW,
        allowList: ['192.0.2.1'],
        alertTopic: HwAlertTopic.fromTopicUrn(s, 'T', 'urn:smn:ap-southeast-3:0123456789abcdef0123456789abcdef:t'),
      }),
    field: 'stack/Alarm.alertTopic',
    problem: /the topic is in ap-southeast-3/,
    fix: /Use a topic of cn-north-4/,
  },
  {
    name: 'an agency name with spaces',
    cloud: 'huaweicloud',
    build: (s) => Agency.fromAgencyName(s, 'Agency', 'trail watch agency'),
    field: 'stack/Agency.agencyName',
    problem: /is not a valid agency name/,
    fix: /.+/,
  },
  {
    name: 'an OBS bucket name with ".." in it',
    cloud: 'huaweicloud',
    build: (s) => HwSecureBucket.fromBucketName(s, 'Bucket', 'audit..traces'),
    field: 'stack/Bucket.bucketName',
    problem: /is not a valid OBS bucket name/,
    fix: /Choose a name such as/,
  },
  {
    name: 'an OBS bucket name with upper case',
    cloud: 'huaweicloud',
    build: (s) => HwSecureBucket.fromBucketName(s, 'Bucket', 'Audit-Traces'),
    field: 'stack/Bucket.bucketName',
    problem: /is not a valid OBS bucket name/,
    fix: /Choose a name such as/,
  },
  {
    name: 'an SMN topic URN that is a bare name',
    cloud: 'huaweicloud',
    build: (s) => HwAlertTopic.fromTopicUrn(s, 'Topic', 'trailwatch-alerts'),
    field: 'stack/Topic.topicUrn',
    problem: /is not an SMN topic URN/,
    fix: /urn:smn:<region>/,
  },
  {
    name: 'an unknown region for the keyword alarm',
    cloud: 'huaweicloud',
    build: (s) => new HwLogKeywordAlarm(s, 'Keywords', { region: 'cn-north-99' }),
    field: 'stack/Keywords.region',
    problem: /"cn-north-99" is not a Huawei Cloud region/,
    fix: /cn-north-4/,
  },
  {
    name: 'an unknown tag look-up region',
    cloud: 'huaweicloud',
    build: (s) =>
      new HwTagEnrichment(s, 'Enrich', {
        region: 'cn-north-4',
        source: TagEnrichmentSource.ltsStream('group-id', 'stream-id'),
        tagRegions: ['cn-north-4', 'attacker.example'],
      }),
    field: 'stack/Enrich.tagRegions[1]',
    problem: /"attacker\.example" is not a Huawei Cloud region/,
    fix: /Give a region id/,
  },
  {
    name: 'a wildcard action on a function agency',
    cloud: 'huaweicloud',
    build: (s) =>
      new HwBundledFunction(s, 'Fn', {
        handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
        region: 'cn-north-4',
        permissions: [{ actions: ['smn:*'] }],
      }),
    field: 'stack/Fn.permissions[0].actions',
    problem: /"smn:\*" is a wildcard action/,
    fix: /Name each fine-grained action/,
  },
  {
    name: 'no concurrency reserved (0 stops the function)',
    cloud: 'aws',
    build: (s) => new BundledFunction(s, 'Fn', { handler: BundledHandler.AWS_LOGIN_ALARM, reservedConcurrency: 0 }),
    field: 'stack/Fn.reservedConcurrency',
    problem: /0 is not a concurrency to reserve \(0 stops every invocation\)/,
    fix: /at least 1/,
  },
  {
    name: 'an alias as the environment key',
    cloud: 'aws',
    build: (s) =>
      new BundledFunction(s, 'Fn', {
        handler: BundledHandler.AWS_LOGIN_ALARM,
        environmentKmsKeyArn: 'alias/aws/lambda',
      }),
    field: 'stack/Fn.environmentKmsKeyArn',
    problem: /is not a KMS key ARN/,
    fix: /Give the key ARN/,
  },
  {
    name: 'a JWT issuer over plain http',
    cloud: 'aws',
    build: (s) =>
      new TrailQueryApi(s, 'Api', {
        trailBucket: SecureBucket.fromBucketName(s, 'Trail', 'acme-trail'),
        authorization: ApiAuthorization.jwt({ issuer: 'http://idp.example.com/realms/audit', audience: ['portal'] }),
      }),
    field: 'stack/Api.authorization',
    problem: /"http:\/\/idp\.example\.com\/realms\/audit" is plain http/,
    fix: /ApiAuthorization\.jwt\(\{ issuer \}\) the https:\/\/ URL/,
  },
  {
    name: 'a CORS origin over plain http',
    cloud: 'aws',
    build: (s) =>
      new TrailQueryApi(s, 'Api', {
        trailBucket: SecureBucket.fromBucketName(s, 'Trail', 'acme-trail'),
        corsAllowedOrigins: ['http://audit.example.com'],
      }),
    field: 'stack/Api.corsAllowedOrigins[0]',
    problem: /is plain http/,
    fix: /^Give the https:\/\/ origin the dashboard is served from/,
  },
  {
    name: 'an alert topic in an unknown region',
    cloud: 'huaweicloud',
    build: (s) => new HwAlertTopic(s, 'Alerts', { region: 'cn-nort-4' }),
    field: 'stack/Alerts.region',
    problem: /"cn-nort-4" is not a Huawei Cloud region/,
    fix: /cn-north-4/,
  },
  {
    name: 'a bucket in an unknown region',
    cloud: 'huaweicloud',
    build: (s) => new HwSecureBucket(s, 'Bucket', { region: 'eu-west-9' }),
    field: 'stack/Bucket.region',
    problem: /"eu-west-9" is not a Huawei Cloud region/,
    fix: /Give a region id/,
  },
  {
    name: 'a tracker in an unknown region',
    cloud: 'huaweicloud',
    build: (s) => new AuditTracker(s, 'Tracker', { region: 'ap-southeast-99' }),
    field: 'stack/Tracker.region',
    problem: /is not a Huawei Cloud region/,
    fix: /Give a region id/,
  },
  {
    name: 'two system trackers in one region of one stack',
    cloud: 'huaweicloud',
    build: (s) => {
      new AuditTracker(s, 'First', { region: 'cn-north-4' });
      return new AuditTracker(s, 'Second', { region: 'cn-north-4' });
    },
    field: 'stack/Second.region',
    problem: /stack\/First already configures the CTS system tracker of cn-north-4/,
    fix: /Declare one AuditTracker per region/,
  },
  {
    name: 'a function bounded to 0 instances',
    cloud: 'huaweicloud',
    build: (s) =>
      new HwBundledFunction(s, 'Fn', {
        handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
        region: 'cn-north-4',
        permissions: [{ actions: ['smn:topic:publish'] }],
        maxInstances: 0,
      }),
    field: 'stack/Fn.maxInstances',
    problem: /0 is out of range/,
    fix: /from 1 to 1000/,
  },
  {
    name: 'function logs kept longer than LTS allows',
    cloud: 'huaweicloud',
    build: (s) =>
      new HwBundledFunction(s, 'Fn', {
        handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
        region: 'cn-north-4',
        permissions: [{ actions: ['smn:topic:publish'] }],
        logRetentionDays: 400,
      }),
    field: 'stack/Fn.logRetentionDays',
    problem: /400 is not an LTS retention/,
    fix: /from 1 to 365/,
  },
  // --- Alibaba Cloud ---
  {
    name: 'an SLS project name with upper case',
    cloud: 'alicloud',
    build: (s) => new LogProject(s, 'Project', { projectName: 'Audit_Logs' }),
    field: 'stack/Project.projectName',
    problem: /Audit_Logs/,
    fix: /.+/,
  },
];

function stackFor(cloud: Cloud): TerraformStack {
  const stack = new TerraformStack(Testing.app() as App, 'stack');
  if (cloud === 'aws') new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  if (cloud === 'huaweicloud') new HuaweicloudProvider(stack, 'hw', { region: 'cn-north-4' });
  if (cloud === 'alicloud') new AlicloudProvider(stack, 'ali', { region: 'cn-hangzhou' });
  return stack;
}

function errorOf(testCase: MalformedProp): TrailWatchValidationError {
  try {
    testCase.build(stackFor(testCase.cloud));
  } catch (error) {
    if (error instanceof TrailWatchValidationError) return error;
    throw error;
  }
  throw new Error(`${testCase.name}: accepted, but it should fail at synth`);
}

describe('malformed props fail at synth, naming the construct path, the prop and the fix', () => {
  test(`at least 30 cases across clouds (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.cloud)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  test.each(CASES.map((c) => [`${c.cloud}: ${c.name}`, c] as const))('%s', (_name, testCase) => {
    const error = errorOf(testCase);
    expect(error.field).toBe(testCase.field);
    expect(error.message.startsWith(`${testCase.field}: `)).toBe(true);
    expect(error.problem).toMatch(testCase.problem);
    expect(error.fix).toMatch(testCase.fix);
    expect(error.fix.length).toBeGreaterThan(10);
    expect(error.message).toBe(`${error.field}: ${error.problem}. ${error.fix}`);
  });
});
