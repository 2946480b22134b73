import { App, Testing } from 'cdktf';
import { createHuaweicloudLogKeywordAlarmStack } from '../../examples/huaweicloud-log-keyword-alarm/main';
import { isolateEnv } from '../helpers/env';

// The example reads these; the snapshot is taken with its defaults.
isolateEnv([
  'TRAILWATCH_HW_REGION',
  'TRAILWATCH_ALERT_EMAILS',
  'TRAILWATCH_KEYWORDS',
  'TRAILWATCH_LTS_GROUP_ID',
  'TRAILWATCH_LTS_STREAM_ID',
]);

test('huaweicloud-log-keyword-alarm example synthesizes to the committed snapshot', () => {
  const stack = createHuaweicloudLogKeywordAlarmStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});
