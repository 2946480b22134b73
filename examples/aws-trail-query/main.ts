/**
 * Trail query API over an existing CloudTrail bucket, deployable with `cdktf deploy aws-trail-query` with AWS
 * credentials in the environment (none are needed to synthesize). Every value can be overridden by an environment
 * variable. Before deploying, turn on "Send notifications to Amazon EventBridge" on the trail bucket (see README).
 */
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AlertTopic, ApiAuthorization, SecureBucket, TrailQueryApi } from '../../src/aws';
import { useRelativeLocalState } from '../local-state';
import { envList, exampleTags } from '../env';

/**
 * TRAILWATCH_API_AUTH=portal (default: the trail portal, whose Cognito sign-in the API's JWT authorizer trusts),
 * iam, or jwt (with TRAILWATCH_JWT_ISSUER and TRAILWATCH_JWT_AUDIENCE).
 */
function authorizationFromEnvironment(): ApiAuthorization {
  const mode = (process.env.TRAILWATCH_API_AUTH ?? 'iam').toLowerCase();
  if (mode === 'jwt') {
    return ApiAuthorization.jwt({
      issuer: process.env.TRAILWATCH_JWT_ISSUER ?? 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_EXAMPLE',
      audience: envList('TRAILWATCH_JWT_AUDIENCE', 'example-app-client-id'),
    });
  }
  if (mode !== 'iam') throw new Error(`TRAILWATCH_API_AUTH="${mode}": use iam or jwt`);
  return ApiAuthorization.iam();
}

export class AwsTrailQueryStack extends TerraformStack {
  public readonly trailQuery: TrailQueryApi;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    // The bucket's region: EventBridge sees a bucket's "Object Created" events only there.
    new AwsProvider(this, 'aws', {
      region: process.env.AWS_REGION ?? 'eu-west-1',
      // Every taggable resource gets the example's tags (Security Hub CloudTrail.9, SNS.3, SQS.2, Lambda.6, DynamoDB.5).
      defaultTags: [{ tags: exampleTags('aws-trail-query') }],
    });
    const ttl = process.env.TRAILWATCH_TTL_DAYS ?? '400';
    const alarmTopicArn = process.env.TRAILWATCH_ALARM_TOPIC_ARN || undefined;
    const portal = (process.env.TRAILWATCH_API_AUTH ?? 'portal').toLowerCase() === 'portal';
    this.trailQuery = new TrailQueryApi(this, 'TrailQuery', {
      trailBucket: SecureBucket.fromBucketName(
        this,
        'TrailBucket',
        process.env.TRAILWATCH_TRAIL_BUCKET ?? 'acme-cloudtrail-logs',
      ),
      filePrefix: process.env.TRAILWATCH_TRAIL_PREFIX ?? '',
      trailKmsKeyArn: process.env.TRAILWATCH_TRAIL_KMS_KEY_ARN || undefined,
      authorization: portal ? undefined : authorizationFromEnvironment(),
      portal: portal
        ? {
            keyEvents: envList(
              'TRAILWATCH_PORTAL_KEY_EVENTS',
              'ConsoleLogin,RunInstances,CreateDBInstance,CreateFunction*,CreateLoadBalancer,CreateUser,CreateAccessKey,StopLogging',
            ),
          }
        : undefined,
      ttlDays: ttl === '' ? undefined : Number(ttl),
      skipEventNamePrefixes: envList('TRAILWATCH_SKIP_EVENT_NAME_PREFIXES', 'Get,List,Describe,Head'),
      alarmTopic: alarmTopicArn ? AlertTopic.fromTopicArn(this, 'AlarmTopic', alarmTopicArn) : undefined,
    });
    new TerraformOutput(this, 'api_url', {
      value: this.trailQuery.url,
      description: 'Base URL of the trail query API',
    });
    new TerraformOutput(this, 'table_name', {
      value: this.trailQuery.table.tableName,
      description: 'Table for trailwatch-backfill --table',
    });
    if (this.trailQuery.portal) {
      new TerraformOutput(this, 'portal_url', {
        value: this.trailQuery.portal.origin,
        description: 'The trail portal',
      });
      new TerraformOutput(this, 'portal_user_pool_id', {
        value: this.trailQuery.portal.userPoolId,
        description: 'Add portal users here (aws cognito-idp admin-create-user)',
      });
    }
    new TerraformOutput(this, 'dead_letter_queue_url', { value: this.trailQuery.ingestion.deadLetterQueue.url });
  }
}

export function createAwsTrailQueryStack(app: App): TerraformStack {
  return new AwsTrailQueryStack(app, 'aws-trail-query');
}

if (require.main === module) {
  const app = new App();
  createAwsTrailQueryStack(app);
  useRelativeLocalState(app);
  app.synth();
}
