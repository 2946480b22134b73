import { TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { LoginAuditPattern as AwsLoginAuditPattern } from '../../src/aws/login-audit-pattern';
import { HuaweicloudProvider } from '../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { IamTraceRegion } from '../../src/huaweicloud/login-alarm';
import { LoginAuditPattern as HuaweiLoginAuditPattern } from '../../src/huaweicloud/login-audit-pattern';
import { resourcesOf, synthJson } from '../helpers/synth';

// Issue 13, item 5: application log lines are archived in a bucket of their own, never into the audit-trail bucket.
describe('the keyword alarm of a login-audit pattern archives into its own bucket', () => {
  test('AWS', () => {
    const stack = new TerraformStack(Testing.app(), 'audit');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    const pattern = new AwsLoginAuditPattern(stack, 'Audit', { allowList: ['203.0.113.0/24'], logKeywordAlarm: {} });
    const alarm = pattern.logKeywordAlarm!;
    expect(pattern.bucket).toBeDefined();
    expect(alarm.archiveBucket).not.toBe(pattern.bucket);
    expect(alarm.archiveBucket.node.path).toBe('audit/Audit/LogKeywordAlarm/ArchiveBucket');
    const buckets = Object.keys(resourcesOf(synthJson(stack), 'aws_s3_bucket'));
    expect(buckets).toEqual(expect.arrayContaining([expect.stringMatching(/^Audit_LogKeywordAlarm_ArchiveBucket_/)]));
  });

  test('Huawei Cloud', () => {
    const stack = new TerraformStack(Testing.app(), 'audit');
    new HuaweicloudProvider(stack, 'huaweicloud', { region: 'cn-north-4' });
    const pattern = new HuaweiLoginAuditPattern(stack, 'Audit', {
      region: IamTraceRegion.CHINESE_MAINLAND_SITE,
      allowList: ['203.0.113.0/24'],
      logKeywordAlarm: {},
    });
    const alarm = pattern.logKeywordAlarm!;
    expect(alarm.archiveBucket.node.path).toBe('audit/Audit/LogKeywordAlarm/ArchiveBucket');
    const buckets = Object.keys(resourcesOf(synthJson(stack), 'huaweicloud_obs_bucket'));
    expect(buckets).toEqual(expect.arrayContaining([expect.stringMatching(/^Audit_LogKeywordAlarm_ArchiveBucket_/)]));
    expect(buckets.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a part built by a pattern names the path under the pattern and the prop as the user wrote it', () => {
  test('AWS', () => {
    const stack = new TerraformStack(Testing.app(), 'audit');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    expect(
      () =>
        new AwsLoginAuditPattern(stack, 'Audit', { allowList: ['203.0.113.0/24'], logKeywordAlarm: { keywords: [] } }),
    ).toThrow(/^audit\/Audit\/LogKeywordAlarm\.keywords: /);
    expect(
      () =>
        new AwsLoginAuditPattern(stack, 'Audit2', {
          allowList: ['203.0.113.0/24'],
          tagEnrichment: { cacheTtlSeconds: 7200 },
        }),
    ).toThrow(/^audit\/Audit2\/TagEnrichment\.cacheTtlSeconds: 7200 is out of range/);
  });

  test('Huawei Cloud', () => {
    const stack = new TerraformStack(Testing.app(), 'audit');
    new HuaweicloudProvider(stack, 'huaweicloud', { region: 'cn-north-4' });
    const base = { region: IamTraceRegion.CHINESE_MAINLAND_SITE, allowList: ['203.0.113.0/24'] };
    expect(
      () => new HuaweiLoginAuditPattern(stack, 'Audit', { ...base, logKeywordAlarm: { alertMaxLines: 0 } }),
    ).toThrow(/^audit\/Audit\/LogKeywordAlarm\.alertMaxLines: 0 is out of range/);
    // A stack of its own: CTS has one system tracker per region, and Audit already configures cn-north-4's.
    const other = new TerraformStack(Testing.app(), 'audit');
    new HuaweicloudProvider(other, 'huaweicloud', { region: 'cn-north-4' });
    expect(
      () =>
        new HuaweiLoginAuditPattern(other, 'Audit2', { ...base, tagEnrichment: { businessTagKeys: ['project', ''] } }),
    ).toThrow(/^audit\/Audit2\/TagEnrichment\.businessTagKeys\[1\]: "" is not a tag key/);
  });
});
