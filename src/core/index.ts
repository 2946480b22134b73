// The cloud-neutral public surface, re-exported by the package root and by each cloud's entry point.
// Helpers (validation functions, naming, handler assets, deterministic zips) stay internal: import them by file.
export { TrailWatchValidationError } from './validation';
export { NotificationEndpoint, NotificationProtocol } from './notification-endpoint';
export type { HttpEndpointOptions } from './notification-endpoint';
export { BundledHandler } from './handler-asset';
export type { KeywordAlarmOptions } from '../../runtime/core/keyword-options';
export type {
  AllowListSourceReference,
  LoginAlarmOptions,
  MfaLoginAlarmOptions,
} from '../../runtime/core/login-options';
export type { TagEnrichmentOptions } from '../../runtime/core/enrichment/options';
