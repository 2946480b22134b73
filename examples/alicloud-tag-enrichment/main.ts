/**
 * Alibaba Cloud tag enrichment, deployable with `cdktf deploy alicloud-tag-enrichment` once Alibaba credentials are
 * set for the provider (ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET, or a profile): an ActionTrail
 * trail delivering write events to a new SLS project, a Function Compute 3.0 function on an SLS trigger of the
 * trail's logstore that adds each resource's tags (member accounts through a reader role), and a target logstore
 * indexed by the business tag keys with a dashboard. The function itself holds no keys: it runs as its RAM role.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AlicloudProvider } from '../../src/alicloud/generated/providers/alicloud/provider';
import { TagEnrichment } from '../../src/alicloud/tag-enrichment';
import { useRelativeLocalState } from '../local-state';
import { envList, exampleTags } from '../env';

export class AlicloudTagEnrichmentStack extends TerraformStack {
  public readonly enrichment: TagEnrichment;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    const region = process.env.TRAILWATCH_ALICLOUD_REGION ?? 'cn-hangzhou';
    // Credentials come from the environment or a profile, never from code.
    new AlicloudProvider(this, 'alicloud', { region });
    const memberAccountIds = envList('TRAILWATCH_MEMBER_ACCOUNT_IDS', '');
    this.enrichment = new TagEnrichment(this, 'TagEnrichment', {
      region,
      tags: exampleTags('alicloud-tag-enrichment'),
      services: envList('TRAILWATCH_SERVICES', 'Ecs,Rds,Slb,Oss,Vpc'),
      businessTagKeys: envList('TRAILWATCH_BUSINESS_TAG_KEYS', 'Project,Owner'),
      targetRetentionDays: Number(process.env.TRAILWATCH_RETENTION_DAYS ?? 180),
      ...(memberAccountIds.length > 0
        ? { memberAccountIds, memberAccountRoleName: process.env.TRAILWATCH_MEMBER_ROLE_NAME ?? 'TrailWatchTagReader' }
        : {}),
    });
  }
}

export function createAlicloudTagEnrichmentStack(app: App): TerraformStack {
  return new AlicloudTagEnrichmentStack(app, 'alicloud-tag-enrichment');
}

if (require.main === module) {
  const app = new App();
  createAlicloudTagEnrichmentStack(app);
  useRelativeLocalState(app);
  app.synth();
}
