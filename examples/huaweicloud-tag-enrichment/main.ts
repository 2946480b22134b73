/**
 * Huawei Cloud tag enrichment, deployable with `cdktf deploy huaweicloud-tag-enrichment` once HW_ACCESS_KEY /
 * HW_SECRET_KEY are set: the region's CTS tracker transferring traces to LTS, a FunctionGraph consumer on that
 * stream which adds the resource tags of each write trace, and a target LTS stream structured and indexed by tag.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AuditTracker, HuaweicloudProvider, TagEnrichment, TagEnrichmentSource } from '../../src/huaweicloud';
import { useRelativeLocalState } from '../local-state';
import { envList, exampleTags } from '../env';

export class HuaweicloudTagEnrichmentStack extends TerraformStack {
  public readonly tracker?: AuditTracker;
  public readonly enrichment: TagEnrichment;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    const region = process.env.TRAILWATCH_HW_REGION ?? 'cn-north-4';
    const tags = exampleTags('huaweicloud-tag-enrichment');
    // Credentials come from HW_ACCESS_KEY / HW_SECRET_KEY in the environment, never from code.
    new HuaweicloudProvider(this, 'huaweicloud', { region });
    // Existing LTS ids of the tracker's transfer (group "CTS", stream "system-trace"), or a tracker configured here.
    // The system tracker is one per region: give the ids when another stack (e.g. huaweicloud-login-audit) owns it.
    const groupId = process.env.TRAILWATCH_SOURCE_LOG_GROUP_ID;
    const streamId = process.env.TRAILWATCH_SOURCE_LOG_STREAM_ID;
    let source: TagEnrichmentSource;
    if (groupId && streamId) {
      source = TagEnrichmentSource.ltsStream(groupId, streamId);
    } else {
      this.tracker = new AuditTracker(this, 'Tracker', { region, transferToLts: true, tags });
      source = TagEnrichmentSource.ctsTracker(this.tracker.tracker);
    }
    this.enrichment = new TagEnrichment(this, 'TagEnrichment', {
      region,
      source,
      targetRetentionDays: Number(process.env.TRAILWATCH_RETENTION_DAYS ?? 180),
      services: envList('TRAILWATCH_SERVICES', ''),
      businessTagKeys: envList('TRAILWATCH_BUSINESS_TAG_KEYS', 'project,owner'),
      tags,
    });
  }
}

export function createHuaweicloudTagEnrichmentStack(app: App): TerraformStack {
  return new HuaweicloudTagEnrichmentStack(app, 'huaweicloud-tag-enrichment');
}

if (require.main === module) {
  const app = new App();
  createHuaweicloudTagEnrichmentStack(app);
  useRelativeLocalState(app);
  app.synth();
}
