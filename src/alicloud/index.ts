export { AuditTrail, AuditTrailProps, EventReadWrite } from './audit-trail';
export { BundledFunction, BundledFunctionProps, FunctionComputeRuntime } from './bundled-function';
export { BusinessDashboard, BusinessDashboardProps, BusinessQuery, businessQueries } from './business-view';
export { ExecutionRole, IExecutionRole, PolicyStatement } from './execution-role';
export { ILogProject, LogProject, LogProjectProps } from './log-project';
export { ILogstore, IndexField, IndexFieldType, Logstore, LogstoreEncryption, LogstoreProps } from './logstore';
export { ENRICHED_INDEX_FIELDS, TagEnrichment, TagEnrichmentProps } from './tag-enrichment';
