// Public surface of `cdktf-trailwatch/huaweicloud`: constructs, their props, the types those props use and the
// Huawei Cloud provider. Helpers (name/URN checks, permission tables) stay internal; the other generated
// bindings are reachable as construct properties but not exported.

// Cloud-neutral types the Huawei Cloud constructs take, so a Huawei stack needs only this entry point.
export { BundledHandler, NotificationEndpoint, NotificationProtocol, TrailWatchValidationError } from '../core';
export type {
  AllowListSourceReference,
  HttpEndpointOptions,
  KeywordAlarmOptions,
  LoginAlarmOptions,
  MfaLoginAlarmOptions,
  TagEnrichmentOptions,
} from '../core';

// The provider, from the generated bindings (so no separate provider package is needed).
export { HuaweicloudProvider } from './generated/providers/huaweicloud/provider';
export type {
  HuaweicloudProviderAssumeRole,
  HuaweicloudProviderConfig,
} from './generated/providers/huaweicloud/provider';

// Patterns
export { LoginAuditPattern } from './login-audit-pattern';
export type {
  HuaweiLoginAlarmOptions,
  IncludedLogKeywordAlarmProps,
  IncludedTagEnrichmentProps,
  LoginAuditPatternProps,
} from './login-audit-pattern';

// Parts
export {
  CisAlarms,
  type CisAlarmsOptions,
  type CisAlarmsProps,
  type CisControlId,
  type CisControlOptions,
  type CtsOperation,
  type HuaweiCisControlOptions,
  type IncludedCisAlarmsProps,
} from './cis-alarms';
export { Agency } from './agency';
export { AllowListSource } from './allow-list-source';
export type { ObsAllowListSourceOptions } from './allow-list-source';
export type { IAgency } from './agency';
export { AlertTopic } from './alert-topic';
export type { AlertTopicProps, IAlertTopic } from './alert-topic';
export { AuditTracker } from './audit-tracker';
export type { AuditTrackerProps, TrailOptions } from './audit-tracker';
export { BundledFunction, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
export type { AgencyPermission, BundledFunctionProps } from './bundled-function';
export type { FunctionLogStream, FunctionOperationOptions } from '../core/huawei-family/function-operations';
export type { FamilyFunctionProps } from '../core/huawei-family/function-props';
export { LogKeywordAlarm } from './log-keyword-alarm';
export type { LogKeywordAlarmProps } from './log-keyword-alarm';
export { HuaweiLoginAction, IamTraceRegion, LoginAlarm } from './login-alarm';
export type { LoginAlarmProps } from './login-alarm';
export { SecureBucket } from './secure-bucket';
export type { IAuditBucket, SecureBucketProps } from './secure-bucket';
export { TagEnrichment, TagEnrichmentSource } from './tag-enrichment';
export type { TagEnrichmentProps } from './tag-enrichment';
