/**
 * Huawei Cloud login audit, deployable with `cdktf deploy huaweicloud-login-audit` once HW_ACCESS_KEY /
 * HW_SECRET_KEY are set. Every value below can be overridden by an environment variable.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { HuaweicloudProvider, IamTraceRegion, LoginAuditPattern, NotificationEndpoint } from '../../src/huaweicloud';
import { useRelativeLocalState } from '../local-state';
import { envList, exampleTags } from '../env';

export class HuaweicloudLoginAuditStack extends TerraformStack {
  public readonly pattern: LoginAuditPattern;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    const region = (process.env.TRAILWATCH_HW_REGION ?? IamTraceRegion.CHINESE_MAINLAND_SITE) as IamTraceRegion;
    // Credentials come from HW_ACCESS_KEY / HW_SECRET_KEY in the environment, never from code.
    new HuaweicloudProvider(this, 'huaweicloud', { region });
    const tags = exampleTags('huaweicloud-login-audit');
    this.pattern = new LoginAuditPattern(this, 'LoginAudit', {
      region,
      tags,
      allowList: envList('TRAILWATCH_ALLOW_LIST', '203.0.113.0/24,2001:db8::/32'),
      subscriptions: [
        ...envList('TRAILWATCH_ALERT_EMAILS', 'security@example.com').map((e) => NotificationEndpoint.email(e)),
        ...envList('TRAILWATCH_ALERT_PHONES', '').map((p) => NotificationEndpoint.sms(p)),
        ...envList('TRAILWATCH_ALERT_WEBHOOKS', '').map((u) => NotificationEndpoint.https(u)),
      ],
      retentionDays: Number(process.env.TRAILWATCH_RETENTION_DAYS ?? 180),
      // The tutorial's second function, done right: whole-word WARN/ERROR matching on a new LTS stream, one alert per
      // batch, matching lines archived under their own prefix of the trace bucket.
      logKeywordAlarm: process.env.TRAILWATCH_LOG_KEYWORD_ALARM === 'false' ? undefined : { tags },
      // CTS key event notifications for the CIS controls (Security Hub CloudWatch.1-14) that have an equivalent.
      cisAlarms: {},
    });
  }
}

export function createHuaweicloudLoginAuditStack(app: App): TerraformStack {
  return new HuaweicloudLoginAuditStack(app, 'huaweicloud-login-audit');
}

if (require.main === module) {
  const app = new App();
  createHuaweicloudLoginAuditStack(app);
  useRelativeLocalState(app);
  app.synth();
}
