/** A user-visible error of the AWS pattern names the construct path the user gave (issue 14). */
import { App, TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AlertTopic } from '../../../src/aws/alert-topic';
import { LoginAuditPattern, LoginAuditPatternProps } from '../../../src/aws/login-audit-pattern';
import { NotificationEndpoint } from '../../../src/core/notification-endpoint';
import { TrailWatchValidationError } from '../../../src/core/validation';

const ALLOW = ['203.0.113.0/24'];
const TRAIL_ARN = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail';

/** Two patterns in two stacks: the message must say which one failed. */
function errorOf(props: (stack: TerraformStack) => LoginAuditPatternProps): TrailWatchValidationError {
  const app: App = Testing.app();
  const ok = new TerraformStack(app, 'audit-ok');
  new AwsProvider(ok, 'aws', { region: 'eu-west-1' });
  new LoginAuditPattern(ok, 'Audit', { allowList: ALLOW, signInRegions: [] });
  const stack = new TerraformStack(app, 'audit-eu');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  try {
    new LoginAuditPattern(stack, 'Audit', props(stack));
  } catch (error) {
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    return error as TrailWatchValidationError;
  }
  throw new Error('expected a validation error');
}

describe('LoginAuditPattern (AWS) errors name the construct path', () => {
  test.each<[string, (stack: TerraformStack) => LoginAuditPatternProps, string]>([
    [
      'the allow-list, checked by the login alarm part',
      () => ({ allowList: [] }),
      'audit-eu/Audit/LoginAlarm.allowList',
    ],
    ['an allow-list entry', () => ({ allowList: ['10.0.0.0/40'] }), 'audit-eu/Audit/LoginAlarm.allowList[0]'],
    [
      'a trail option, checked by the trail part',
      () => ({ allowList: ALLOW, filePrefix: '/bad/' }),
      'audit-eu/Audit/Trail.filePrefix',
    ],
    [
      'the existing trail ARN',
      () => ({ allowList: ALLOW, existingTrailArn: 'org-trail' }),
      'audit-eu/Audit.existingTrailArn',
    ],
    [
      'a trail option next to an existing trail',
      () => ({ allowList: ALLOW, existingTrailArn: TRAIL_ARN, retentionDays: 90 }),
      'audit-eu/Audit.existingTrailArn: cannot be combined with audit-eu/Audit.retentionDays',
    ],
    [
      'an existing topic next to subscriptions',
      (stack) => ({
        allowList: ALLOW,
        alertTopic: AlertTopic.fromTopicArn(stack, 'Topic', 'arn:aws:sns:eu-west-1:111122223333:security-alerts'),
        subscriptions: [NotificationEndpoint.email('soc@example.com')],
      }),
      'audit-eu/Audit.alertTopic: cannot be combined with audit-eu/Audit.subscriptions',
    ],
  ])('%s', (_what, props, field) => {
    const error = errorOf(props);
    expect(error.message).toContain(field);
    expect(error.field.startsWith('audit-eu/Audit')).toBe(true);
  });
});
