/**
 * Endpoint overrides of the AWS functions (`TRAILWATCH_AWS_ENDPOINT` and every other `*_ENDPOINT` setting): the
 * SDK sends the function's role credentials, signed, to whatever URL it is given, so an override must be https on
 * an AWS domain (VPC interface endpoints and FIPS hosts are). The local-test switch
 * `TRAILWATCH_ALLOW_LOCAL_ENDPOINTS=true` also admits http(s) on 127.0.0.1, ::1 or localhost, and nothing else:
 * even switched on by mistake, no request can leave the machine.
 */
import { cleanText } from '../core/message';
import { AwsSettings } from '../core/setting-names';
import { SettingLookup, boolSetting } from '../core/settings';
import { untrustedUrlReason } from '../core/trusted-url';
import { awsTrustedUrlPolicy } from './trusted-hosts';

/** The domains AWS service endpoints live on: commercial and GovCloud, China, and the dual-stack api.aws. */
export const AWS_ENDPOINT_DOMAINS: readonly string[] = ['amazonaws.com', 'amazonaws.com.cn', 'api.aws'];

/**
 * Why a URL may not receive the function's signed requests, or undefined when it may: the shared check
 * (`runtime/core/trusted-url.ts`) with the AWS service hosts of `./trusted-hosts` (no API Gateway, load balancer,
 * instance, S3 website or function URL host, which anyone can own on an AWS domain).
 */
export function untrustedAwsEndpointReason(url: string, allowLocal: boolean): string | undefined {
  return untrustedUrlReason(url, awsTrustedUrlPolicy(allowLocal));
}

/**
 * The checked override in `name` (falling back to `TRAILWATCH_AWS_ENDPOINT` when `fallbackToShared`), or undefined
 * for the SDK's own endpoint. Throws naming the setting when the URL is not trusted: a function with a bad override
 * fails at cold start instead of sending credentials somewhere else.
 */
export function awsEndpointOverride(
  settings: SettingLookup,
  name: string = AwsSettings.AWS_ENDPOINT,
  fallbackToShared = true,
): string | undefined {
  const own = settings(name)?.trim();
  const [settingName, value] =
    own || !fallbackToShared ? [name, own] : [AwsSettings.AWS_ENDPOINT, settings(AwsSettings.AWS_ENDPOINT)?.trim()];
  if (!value) return undefined;
  const allowLocal = boolSetting(settings, AwsSettings.ALLOW_LOCAL_ENDPOINTS, false);
  const reason = untrustedAwsEndpointReason(value, allowLocal);
  if (reason) {
    throw new Error(
      `setting ${settingName}="${cleanText(value.slice(0, 120))}" ${reason}: an endpoint override must be an https URL on ${AWS_ENDPOINT_DOMAINS.join(' or ')}` +
        (allowLocal ? '' : ` (local tests: set ${AwsSettings.ALLOW_LOCAL_ENDPOINTS}=true for 127.0.0.1)`),
    );
  }
  return value.replace(/\/+$/, '');
}
