import { App, Testing } from 'cdktf';
import { createAwsLogKeywordAlarmStack } from '../../examples/aws-log-keyword-alarm/main';

test('aws-log-keyword-alarm example synthesizes to the committed snapshot', () => {
  const stack = createAwsLogKeywordAlarmStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});
