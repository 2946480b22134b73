/** A user-visible error of the Huawei Cloud pattern names the construct path the user gave (issue 14). */
import { App, TerraformStack, Testing } from 'cdktf';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { HuaweicloudProvider } from '../../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { AlertTopic } from '../../../src/huaweicloud/alert-topic';
import { IamTraceRegion } from '../../../src/huaweicloud/login-alarm';
import { LoginAuditPattern, LoginAuditPatternProps } from '../../../src/huaweicloud/login-audit-pattern';

const BASE = { region: IamTraceRegion.CHINESE_MAINLAND_SITE, allowList: ['203.0.113.0/24'] };

/** Two patterns in two stacks: the message must say which one failed. */
function errorOf(props: (stack: TerraformStack) => LoginAuditPatternProps): TrailWatchValidationError {
  const app: App = Testing.app();
  const ok = new TerraformStack(app, 'audit-ok');
  new HuaweicloudProvider(ok, 'hw', { region: 'cn-north-4' });
  new LoginAuditPattern(ok, 'Audit', BASE);
  const stack = new TerraformStack(app, 'audit-cn');
  new HuaweicloudProvider(stack, 'hw', { region: 'cn-north-4' });
  try {
    new LoginAuditPattern(stack, 'Audit', props(stack));
  } catch (error) {
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    return error as TrailWatchValidationError;
  }
  throw new Error('expected a validation error');
}

describe('LoginAuditPattern (Huawei Cloud) errors name the construct path', () => {
  test.each<[string, (stack: TerraformStack) => LoginAuditPatternProps, string]>([
    [
      'the allow-list, checked by the login alarm part',
      () => ({ ...BASE, allowList: [] }),
      'audit-cn/Audit/LoginAlarm.allowList',
    ],
    ['an allow-list entry', () => ({ ...BASE, allowList: ['10.0.0.0/40'] }), 'audit-cn/Audit/LoginAlarm.allowList[0]'],
    [
      'a tracker option, checked by the tracker part',
      () => ({ ...BASE, filePrefix: 'bad prefix' }),
      'audit-cn/Audit/Tracker.filePrefix',
    ],
    [
      'tag enrichment without the LTS transfer',
      () => ({ ...BASE, transferToLts: false, tagEnrichment: {} }),
      'audit-cn/Audit.transferToLts',
    ],
    [
      'a topic of another region',
      (stack) => ({
        ...BASE,
        alertTopic: AlertTopic.fromTopicUrn(
          stack,
          'Topic',
          'urn:smn:ap-southeast-1:0123456789abcdef0123456789abcdef:alerts',
        ),
      }),
      'audit-cn/Audit/LoginAlarm.alertTopic',
    ],
  ])('%s', (_what, props, field) => {
    const error = errorOf(props);
    expect(error.message).toContain(field);
    expect(error.field.startsWith('audit-cn/Audit')).toBe(true);
  });
});
