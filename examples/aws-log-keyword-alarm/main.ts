/**
 * AWS log keyword alarm, deployable with `cdktf deploy aws-log-keyword-alarm` with AWS credentials in the
 * environment: a new CloudWatch Logs log group (or an existing one), a subscription filter to the bundled Lambda
 * handler, an encrypted SNS topic for the alerts and a private, encrypted S3 bucket for the archive.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { LogKeywordAlarm, NotificationEndpoint } from '../../src/aws';
import { useRelativeLocalState } from '../local-state';
import { envList, exampleTags } from '../env';

export class AwsLogKeywordAlarmStack extends TerraformStack {
  public readonly alarm: LogKeywordAlarm;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    // Credentials come from the usual AWS environment (profile, SSO, instance role), never from code.
    new AwsProvider(this, 'aws', {
      region: process.env.AWS_REGION ?? 'us-east-1',
      // Every taggable resource gets the example's tags (Security Hub CloudTrail.9, SNS.3, SQS.2, Lambda.6, DynamoDB.5).
      defaultTags: [{ tags: exampleTags('aws-log-keyword-alarm') }],
    });
    this.alarm = new LogKeywordAlarm(this, 'LogKeywordAlarm', {
      // Set it to watch a log group that already receives logs; by default a new one is created.
      existingLogGroupName: process.env.TRAILWATCH_LOG_GROUP_NAME,
      keywords: envList('TRAILWATCH_KEYWORDS', 'WARN,WARNING,ERROR,ERR,FATAL'),
      subscriptions: envList('TRAILWATCH_ALERT_EMAILS', 'ops@example.com').map((e) => NotificationEndpoint.email(e)),
    });
  }
}

export function createAwsLogKeywordAlarmStack(app: App): TerraformStack {
  return new AwsLogKeywordAlarmStack(app, 'aws-log-keyword-alarm');
}

if (require.main === module) {
  const app = new App();
  createAwsLogKeywordAlarmStack(app);
  useRelativeLocalState(app);
  app.synth();
}
