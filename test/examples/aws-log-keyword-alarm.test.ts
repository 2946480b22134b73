import { App, Testing } from 'cdktf';
import { createAwsLogKeywordAlarmStack } from '../../examples/aws-log-keyword-alarm/main';
import { isolateEnv } from '../helpers/env';

// The example reads these; the snapshot is taken with its defaults.
isolateEnv(['AWS_REGION', 'TRAILWATCH_ALERT_EMAILS', 'TRAILWATCH_KEYWORDS', 'TRAILWATCH_LOG_GROUP_NAME']);

test('aws-log-keyword-alarm example synthesizes to the committed snapshot', () => {
  const stack = createAwsLogKeywordAlarmStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});
