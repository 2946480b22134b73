import { App, Testing } from 'cdktf';
import { createHuaweicloudLoginAuditStack } from '../../examples/huaweicloud-login-audit/main';

test('huaweicloud-login-audit example synthesizes to the committed snapshot', () => {
  const stack = createHuaweicloudLoginAuditStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});
