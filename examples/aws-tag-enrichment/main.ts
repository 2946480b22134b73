/**
 * AWS tag enrichment, deployable with `cdktf deploy aws-tag-enrichment` with AWS credentials in the environment:
 * a trail delivering to S3 and CloudWatch Logs, a Lambda subscribed to that log group which adds the resource
 * tags of each write event, a target log group for the enriched records, and saved Logs Insights queries.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AuditTrail, TagEnrichment } from '../../src/aws';
import { useRelativeLocalState } from '../local-state';
import { envList, exampleTags } from '../env';

export class AwsTagEnrichmentStack extends TerraformStack {
  public readonly trail?: AuditTrail;
  public readonly enrichment: TagEnrichment;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    // Credentials come from the usual AWS environment (profile, SSO, instance role), never from code.
    new AwsProvider(this, 'aws', {
      region: process.env.AWS_REGION ?? 'us-east-1',
      // Every taggable resource gets the example's tags (Security Hub CloudTrail.9, SNS.3, SQS.2, Lambda.6, DynamoDB.5).
      defaultTags: [{ tags: exampleTags('aws-tag-enrichment') }],
    });
    // Point it at an existing trail's log group, or let the example create a trail that delivers to one.
    let sourceLogGroupName = process.env.TRAILWATCH_SOURCE_LOG_GROUP;
    if (!sourceLogGroupName) {
      // The trail's log group keeps events for the default 365 days (CloudWatch.16).
      this.trail = new AuditTrail(this, 'Trail', { cloudWatchLogs: {} });
      sourceLogGroupName = this.trail.logGroup?.name as string;
    }
    const memberRole = process.env.TRAILWATCH_MEMBER_ROLE_NAME;
    this.enrichment = new TagEnrichment(this, 'TagEnrichment', {
      sourceLogGroupName,
      targetRetentionDays: Number(process.env.TRAILWATCH_RETENTION_DAYS ?? 365),
      services: envList('TRAILWATCH_SERVICES', ''),
      businessTagKeys: envList('TRAILWATCH_BUSINESS_TAG_KEYS', 'Project,Owner'),
      memberAccountRoleName: memberRole || undefined,
      memberAccountIds: memberRole ? envList('TRAILWATCH_MEMBER_ACCOUNT_IDS', '') : undefined,
    });
  }
}

export function createAwsTagEnrichmentStack(app: App): TerraformStack {
  return new AwsTagEnrichmentStack(app, 'aws-tag-enrichment');
}

if (require.main === module) {
  const app = new App();
  createAwsTagEnrichmentStack(app);
  useRelativeLocalState(app);
  app.synth();
}
