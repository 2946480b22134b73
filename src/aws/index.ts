// Public surface of `cdktf-trailwatch/aws`: constructs, their props and the types those props use. Helpers
// (ARN checks, log-group and dead-letter builders, resource-policy statements) stay internal.

// Cloud-neutral types the AWS constructs take, so an AWS stack needs only this entry point.
export { BundledHandler, NotificationEndpoint, NotificationProtocol, TrailWatchValidationError } from '../core';
export type {
  AllowListSourceReference,
  HttpEndpointOptions,
  KeywordAlarmOptions,
  LoginAlarmOptions,
  MfaLoginAlarmOptions,
  TagEnrichmentOptions,
} from '../core';

// Patterns
export { LoginAuditPattern } from './login-audit-pattern';
export type {
  IncludedLogKeywordAlarmProps,
  IncludedTagEnrichmentProps,
  LoginAuditPatternProps,
} from './login-audit-pattern';

// Parts
export {
  CisAlarms,
  type AwsCisControlOptions,
  type CisAlarmsOptions,
  type CisAlarmsProps,
  type CisControlId,
  type CisControlOptions,
  type IncludedCisAlarmsProps,
} from './cis-alarms';
export { AlertTopic, TopicEncryption } from './alert-topic';
export { AllowListSource } from './allow-list-source';
export type { EncryptedAllowListSourceOptions } from './allow-list-source';
export type { AlertTopicProps, IAlertTopic, ImportedAlertTopicOptions } from './alert-topic';
export { AuditTrail } from './audit-trail';
export type { AuditTrailProps, TrailCloudWatchLogsOptions, TrailOptions } from './audit-trail';
export { BundledFunction, DeadLetterService, LambdaRuntime } from './bundled-function';
export type { BundledFunctionProps, PolicyStatement } from './bundled-function';
export type { LambdaRuntimeOptions } from './lambda-options';
export { ExecutionRole } from './execution-role';
export type { IExecutionRole } from './execution-role';
export { LogKeywordAlarm } from './log-keyword-alarm';
export type { LogKeywordAlarmProps } from './log-keyword-alarm';
export { LoginAlarm } from './login-alarm';
export type { AwsLoginAlarmOptions, LoginAlarmProps } from './login-alarm';
export { ResourcePolicyDocument } from './resource-policy';
export type { ResourcePolicyDocumentProps } from './resource-policy';
export { ArchiveStorageClass, ObjectLockMode, SecureBucket } from './secure-bucket';
export type { ArchiveTransition, IAuditBucket, ObjectLockOptions, SecureBucketProps } from './secure-bucket';
export { SignInRegion } from './sign-in-region';
export { TagEnrichment } from './tag-enrichment';
export type { TagEnrichmentProps } from './tag-enrichment';

// Trail query API
export {
  ApiAuthorization,
  ApiAuthorizationType,
  PortalMfa,
  PortalPriceClass,
  TrailIngestion,
  TrailPortal,
  TrailQueryApi,
  TrailQueryHttpApi,
  TrailQueryTable,
} from './trail-query';
export type {
  ApiThrottling,
  CognitoAuthorizationOptions,
  ExistingPortalUserPool,
  JwtAuthorizationOptions,
  TrailIngestionProps,
  TrailLogLocation,
  TrailPortalOptions,
  TrailPortalProps,
  TrailQueryApiProps,
  TrailQueryHttpApiProps,
  TrailQueryTableProps,
  UnauthenticatedAcknowledgement,
} from './trail-query';
