// Public surface of `cdktf-trailwatch/alicloud`: the Alibaba Cloud constructs and the provider, from the bindings
// generated into the package (src/alicloud/generated), so an Alibaba Cloud stack needs no provider package.
// Cloud-neutral types the Alibaba Cloud constructs take, so an Alibaba stack needs only this entry point.
export { BundledHandler, NotificationEndpoint, NotificationProtocol, TrailWatchValidationError } from '../core';
export type { TagEnrichmentOptions } from '../core';
export { AlicloudProvider } from './generated/providers/alicloud/provider';
export type { AlicloudProviderAssumeRole, AlicloudProviderConfig } from './generated/providers/alicloud/provider';

export { AuditTrail, AuditTrailProps, EventReadWrite } from './audit-trail';
export { BundledFunction, BundledFunctionProps, FunctionComputeRuntime } from './bundled-function';
export { BusinessDashboard, BusinessDashboardProps, BusinessQuery, businessQueries } from './business-view';
export { ExecutionRole, IExecutionRole, PolicyStatement } from './execution-role';
export { ILogProject, LogProject, LogProjectProps } from './log-project';
export { ILogstore, IndexField, IndexFieldType, Logstore, LogstoreEncryption, LogstoreProps } from './logstore';
export { ENRICHED_INDEX_FIELDS, TagEnrichment, TagEnrichmentProps } from './tag-enrichment';
