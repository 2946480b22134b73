import { App, Testing } from 'cdktf';
import { createHuaweicloudLogKeywordAlarmStack } from '../../examples/huaweicloud-log-keyword-alarm/main';

test('huaweicloud-log-keyword-alarm example synthesizes to the committed snapshot', () => {
  const stack = createHuaweicloudLogKeywordAlarmStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});
