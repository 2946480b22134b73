/**
 * Huawei Cloud log keyword alarm, deployable with `cdktf deploy huaweicloud-log-keyword-alarm` once HW_ACCESS_KEY /
 * HW_SECRET_KEY are set: a new LTS log group and stream (or existing ones), a FunctionGraph function on an LTS
 * trigger, an SMN topic for the alerts and an encrypted OBS bucket for the archive.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { HuaweicloudProvider, LogKeywordAlarm, NotificationEndpoint } from '../../src/huaweicloud';
import { useRelativeLocalState } from '../local-state';
import { envList, exampleTags } from '../env';

export class HuaweicloudLogKeywordAlarmStack extends TerraformStack {
  public readonly alarm: LogKeywordAlarm;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    const region = process.env.TRAILWATCH_HW_REGION ?? 'cn-north-4';
    // Credentials come from HW_ACCESS_KEY / HW_SECRET_KEY in the environment, never from code.
    new HuaweicloudProvider(this, 'huaweicloud', { region });
    this.alarm = new LogKeywordAlarm(this, 'LogKeywordAlarm', {
      region,
      // Set both to watch a stream that already receives logs; by default a new group and stream are created.
      existingLogGroupId: process.env.TRAILWATCH_LTS_GROUP_ID,
      existingLogStreamId: process.env.TRAILWATCH_LTS_STREAM_ID,
      keywords: envList('TRAILWATCH_KEYWORDS', 'WARN,WARNING,ERROR,ERR,FATAL'),
      subscriptions: envList('TRAILWATCH_ALERT_EMAILS', 'ops@example.com').map((e) => NotificationEndpoint.email(e)),
      tags: exampleTags('huaweicloud-log-keyword-alarm'),
    });
  }
}

export function createHuaweicloudLogKeywordAlarmStack(app: App): TerraformStack {
  return new HuaweicloudLogKeywordAlarmStack(app, 'huaweicloud-log-keyword-alarm');
}

if (require.main === module) {
  const app = new App();
  createHuaweicloudLogKeywordAlarmStack(app);
  useRelativeLocalState(app);
  app.synth();
}
