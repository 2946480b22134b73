// Public surface of `cdktf-trailwatch/opentelekomcloud`: constructs, their props, the types those props use and the
// Open Telekom Cloud provider. Needs the optional peer dependency @cdktf/provider-opentelekomcloud (12.x); helpers
// (name/URN checks, permission tables) stay internal.

// Cloud-neutral types the OTC constructs take, so an OTC stack needs only this entry point.
export { BundledHandler, NotificationEndpoint, NotificationProtocol, TrailWatchValidationError } from '../core';
export type { HttpEndpointOptions, KeywordAlarmOptions, LoginAlarmOptions, TagEnrichmentOptions } from '../core';
export type { AllowListSourceReference } from '../../runtime/core/login-options';

// The Huawei-family building blocks (shared with Huawei Cloud): agencies, and the prop groups the props are made of.
export { Agency, type IAgency } from '../core/huawei-family/agency';
export { AllowListSource, type ObsAllowListSourceOptions } from '../core/huawei-family/allow-list-source';
export type { IAuditBucket } from '../core/huawei-family/audit-bucket';
export type { AgencyPermission } from '../core/huawei-family/permissions';
export type { FunctionLogStream, FunctionOperationOptions } from '../core/huawei-family/function-operations';
export type { FamilyFunctionProps } from '../core/huawei-family/function-props';
export type {
  AlertTopicOptions,
  ArchiveOptions,
  EnrichmentTargetOptions,
  FunctionGraphOptions,
  FunctionSizeOptions,
  LtsSourceOptions,
  ObsBucketOptions,
  PatternKeywordAlarmProps,
  PatternTagEnrichmentProps,
  ResourceTagOptions,
  SmnTopicOptions,
  TagLookupOptions,
} from '../core/huawei-family/props';

// The provider, from the prebuilt bindings (deep path: the package root loads all ~480 resources).
export {
  OpentelekomcloudProvider,
  type OpentelekomcloudProviderConfig,
} from '@cdktf/provider-opentelekomcloud/lib/provider';

// Patterns and parts
export {
  LoginAuditPattern,
  type IncludedLogKeywordAlarmProps,
  type IncludedTagEnrichmentProps,
  type LoginAuditPatternProps,
  type TrailOptions,
} from './login-audit-pattern';
export { AlertTopic, type AlertTopicProps, type IAlertTopic } from './alert-topic';
export { AuditTracker, type AuditTrackerProps } from './audit-tracker';
export {
  BundledFunction,
  FunctionGraphRuntime,
  FunctionGraphTriggerType,
  type BundledFunctionProps,
} from './bundled-function';
export {
  CisAlarms,
  type CisAlarmsOptions,
  type CisAlarmsProps,
  type CisControlId,
  type CisControlOptions,
  type CtsOperation,
  type IncludedCisAlarmsProps,
  type OtcCisControlOptions,
} from './cis-alarms';
export { LogKeywordAlarm, type LogKeywordAlarmProps } from './log-keyword-alarm';
export { LoginAlarm, OtcLoginAction, type LoginAlarmProps } from './login-alarm';
export { IamTraceRegion } from './region';
export { SecureBucket, type SecureBucketProps } from './secure-bucket';
export { TagEnrichment, TagEnrichmentSource, type TagEnrichmentProps } from './tag-enrichment';
