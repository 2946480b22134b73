/**
 * Open Telekom Cloud login audit, deployable with `cdktf deploy opentelekomcloud-login-audit` once the OTC
 * credentials are in the environment (OS_AUTH_URL, OS_DOMAIN_NAME, OS_PROJECT_NAME, OS_ACCESS_KEY / OS_SECRET_KEY:
 * see provider.ts). The TrailWatch form of OTC's best practice "Auditing and Analyzing Logins and Logouts with
 * FunctionGraph". Every value below can be overridden by an environment variable.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { IamTraceRegion, LoginAuditPattern, NotificationEndpoint } from '../../src/opentelekomcloud';
import { envList, exampleTags } from '../env';
import { useRelativeLocalState } from '../local-state';
import { otcProvider } from './provider';

export class OpentelekomcloudLoginAuditStack extends TerraformStack {
  public readonly pattern: LoginAuditPattern;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    const region = (process.env.TRAILWATCH_OTC_REGION ?? IamTraceRegion.PUBLIC_CLOUD) as IamTraceRegion;
    otcProvider(this, region);
    this.pattern = new LoginAuditPattern(this, 'LoginAudit', {
      region,
      // On every resource the pattern creates (its keyword alarm and tag enrichment take them unless given their own).
      tags: exampleTags('opentelekomcloud-login-audit'),
      allowList: envList('TRAILWATCH_ALLOW_LIST', '203.0.113.0/24,2001:db8::/32'),
      subscriptions: [
        ...envList('TRAILWATCH_ALERT_EMAILS', 'security@example.com').map((e) => NotificationEndpoint.email(e)),
        ...envList('TRAILWATCH_ALERT_PHONES', '').map((p) => NotificationEndpoint.sms(p)),
        ...envList('TRAILWATCH_ALERT_WEBHOOKS', '').map((u) => NotificationEndpoint.https(u)),
      ],
      retentionDays: Number(process.env.TRAILWATCH_RETENTION_DAYS ?? 180),
      // The guide's second function, done right: whole-word WARN/WRN/ERROR/ERR matching on an LTS stream, one alert
      // per invocation, the matching lines written to one new object of an encrypted bucket (no read-modify-write).
      logKeywordAlarm: process.env.TRAILWATCH_LOG_KEYWORD_ALARM === 'false' ? undefined : {},
      // The CIS monitoring pack: CTS key event notifications for Security Hub CloudWatch.1–14 (docs/cis-alarms.md).
      cisAlarms: {},
    });
  }
}

export function createOpentelekomcloudLoginAuditStack(app: App): TerraformStack {
  return new OpentelekomcloudLoginAuditStack(app, 'opentelekomcloud-login-audit');
}

if (require.main === module) {
  const app = new App();
  createOpentelekomcloudLoginAuditStack(app);
  useRelativeLocalState(app);
  app.synth();
}
