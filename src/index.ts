/**
 * cdktf-trailwatch: audit-trail security patterns for CDK for Terraform.
 *
 * The root entry point is cloud-neutral (it loads no cloud provider bindings). The constructs live in one entry
 * point per cloud: `cdktf-trailwatch/aws`, `cdktf-trailwatch/huaweicloud`, `cdktf-trailwatch/alicloud` and
 * `cdktf-trailwatch/opentelekomcloud`; `cdktf-trailwatch/cdktn[/<cloud>]` are the same for CDK Terrain
 * (docs/cdk-terrain.md).
 *
 * @packageDocumentation
 */
export { BundledHandler, NotificationEndpoint, NotificationProtocol, TrailWatchValidationError } from './core';
export type {
  AllowListSourceReference,
  HttpEndpointOptions,
  KeywordAlarmOptions,
  LoginAlarmOptions,
  MfaLoginAlarmOptions,
  TagEnrichmentOptions,
} from './core';
