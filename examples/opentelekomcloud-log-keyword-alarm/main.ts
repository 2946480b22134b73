/**
 * Open Telekom Cloud log keyword alarm, deployable with `cdktf deploy opentelekomcloud-log-keyword-alarm` once the
 * OTC credentials are in the environment (see ../opentelekomcloud-login-audit/provider.ts): a new LTS log group and
 * stream (or existing ones), a FunctionGraph function on an LTS trigger, an SMN topic for the alerts and an
 * encrypted OBS bucket for the archive.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { LogKeywordAlarm, NotificationEndpoint } from '../../src/opentelekomcloud';
import { envList, exampleTags } from '../env';
import { useRelativeLocalState } from '../local-state';
import { otcProvider } from '../opentelekomcloud-login-audit/provider';

export class OpentelekomcloudLogKeywordAlarmStack extends TerraformStack {
  public readonly alarm: LogKeywordAlarm;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    const region = process.env.TRAILWATCH_OTC_REGION ?? 'eu-de';
    otcProvider(this, region);
    const keywords = envList('TRAILWATCH_KEYWORDS', '');
    this.alarm = new LogKeywordAlarm(this, 'LogKeywordAlarm', {
      region,
      // Set both to watch a stream that already receives logs; by default a new group and stream are created.
      existingLogGroupId: process.env.TRAILWATCH_LTS_GROUP_ID,
      existingLogStreamId: process.env.TRAILWATCH_LTS_STREAM_ID,
      // Default: WARN, WRN, WARNING, ERROR, ERR, FATAL as whole words.
      keywords: keywords.length > 0 ? keywords : undefined,
      subscriptions: envList('TRAILWATCH_ALERT_EMAILS', 'ops@example.com').map((e) => NotificationEndpoint.email(e)),
      tags: exampleTags('opentelekomcloud-log-keyword-alarm'),
    });
  }
}

export function createOpentelekomcloudLogKeywordAlarmStack(app: App): TerraformStack {
  return new OpentelekomcloudLogKeywordAlarmStack(app, 'opentelekomcloud-log-keyword-alarm');
}

if (require.main === module) {
  const app = new App();
  createOpentelekomcloudLogKeywordAlarmStack(app);
  useRelativeLocalState(app);
  app.synth();
}
