/**
 * Synthesizes every example stack into cdktf.out/ (`npm run synth`, or `cdktf synth` through cdktf.json).
 * Each example folder also runs on its own: `npx tsx examples/<name>/main.ts`.
 */
import { App } from 'cdktf';
import { useRelativeLocalState } from './local-state';
import { createHuaweicloudLoginAuditStack } from './huaweicloud-login-audit/main';
import { createAwsLoginAuditStack } from './aws-login-audit/main';
import { createHuaweicloudLogKeywordAlarmStack } from './huaweicloud-log-keyword-alarm/main';
import { createAwsLogKeywordAlarmStack } from './aws-log-keyword-alarm/main';
import { createAwsTrailQueryStack } from './aws-trail-query/main';
import { createAwsTagEnrichmentStack } from './aws-tag-enrichment/main';
import { createHuaweicloudTagEnrichmentStack } from './huaweicloud-tag-enrichment/main';
import { createAlicloudTagEnrichmentStack } from './alicloud-tag-enrichment/main';
import { createOpentelekomcloudLoginAuditStack } from './opentelekomcloud-login-audit/main';
import { createOpentelekomcloudLogKeywordAlarmStack } from './opentelekomcloud-log-keyword-alarm/main';
import { createOpentelekomcloudTagEnrichmentStack } from './opentelekomcloud-tag-enrichment/main';

/** Builds the app with every example stack; `outdir` defaults to cdktf.out (or CDKTF_OUTDIR under the cdktf CLI). */
export function buildExampleApp(outdir?: string): App {
  const app = new App({ skipValidation: false, outdir });
  // Example stacks register themselves here, one line each.
  createHuaweicloudLoginAuditStack(app);
  createAwsLoginAuditStack(app);
  createHuaweicloudLogKeywordAlarmStack(app);
  createAwsLogKeywordAlarmStack(app);
  createAwsTrailQueryStack(app);
  createAwsTagEnrichmentStack(app);
  createHuaweicloudTagEnrichmentStack(app);
  createAlicloudTagEnrichmentStack(app);
  createOpentelekomcloudLoginAuditStack(app);
  createOpentelekomcloudLogKeywordAlarmStack(app);
  createOpentelekomcloudTagEnrichmentStack(app);
  useRelativeLocalState(app);
  return app;
}

if (require.main === module) buildExampleApp().synth();
