/**
 * Open Telekom Cloud tag enrichment, deployable with `cdktf deploy opentelekomcloud-tag-enrichment` once the OTC
 * credentials are in the environment (see ../opentelekomcloud-login-audit/provider.ts): the project's CTS tracker
 * transferring traces to LTS, a FunctionGraph consumer on that stream which adds the resource tags of each write
 * trace, and a target LTS stream.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AuditTracker, TagEnrichment, TagEnrichmentSource } from '../../src/opentelekomcloud';
import { envList, exampleTags } from '../env';
import { useRelativeLocalState } from '../local-state';
import { otcProvider } from '../opentelekomcloud-login-audit/provider';

export class OpentelekomcloudTagEnrichmentStack extends TerraformStack {
  public readonly tracker?: AuditTracker;
  public readonly enrichment: TagEnrichment;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    const region = process.env.TRAILWATCH_OTC_REGION ?? 'eu-de';
    const tags = exampleTags('opentelekomcloud-tag-enrichment');
    otcProvider(this, region);
    // Existing LTS ids of the tracker's transfer (group "CTS", stream "system-trace"), or a tracker configured here.
    // The system tracker is one per project: give the ids when another stack (e.g. opentelekomcloud-login-audit) owns it.
    const groupId = process.env.TRAILWATCH_SOURCE_LOG_GROUP_ID;
    const streamId = process.env.TRAILWATCH_SOURCE_LOG_STREAM_ID;
    let source: TagEnrichmentSource;
    if (groupId && streamId) {
      source = TagEnrichmentSource.ltsStream(groupId, streamId);
    } else {
      this.tracker = new AuditTracker(this, 'Tracker', { region, transferToLts: true, tags });
      source = TagEnrichmentSource.ctsTracker(this.tracker);
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

export function createOpentelekomcloudTagEnrichmentStack(app: App): TerraformStack {
  return new OpentelekomcloudTagEnrichmentStack(app, 'opentelekomcloud-tag-enrichment');
}

if (require.main === module) {
  const app = new App();
  createOpentelekomcloudTagEnrichmentStack(app);
  useRelativeLocalState(app);
  app.synth();
}
