import { App, Testing } from 'cdktf';
import { createHuaweicloudLoginAuditStack } from '../../examples/huaweicloud-login-audit/main';
import { isolateEnv } from '../helpers/env';

// The example reads these; the snapshot is taken with its defaults.
isolateEnv([
  'TRAILWATCH_HW_REGION',
  'TRAILWATCH_ALLOW_LIST',
  'TRAILWATCH_ALERT_EMAILS',
  'TRAILWATCH_ALERT_PHONES',
  'TRAILWATCH_ALERT_WEBHOOKS',
  'TRAILWATCH_RETENTION_DAYS',
  'TRAILWATCH_LOG_KEYWORD_ALARM',
]);

test('huaweicloud-login-audit example synthesizes to the committed snapshot', () => {
  const stack = createHuaweicloudLoginAuditStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});
