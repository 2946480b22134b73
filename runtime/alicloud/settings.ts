import { TagEnrichmentSettings } from '../core/setting-names';

/**
 * Function settings of the Alibaba Cloud functions. The names shared with the other clouds come from
 * `TagEnrichmentSettings` (core/setting-names); these are Alibaba's own.
 */
export const AlicloudSettings = {
  /** Region of the function, the source and target projects, STS and the default tag region. */
  REGION: 'TRAILWATCH_REGION',
  /** The account that runs the function (resources of other accounts need a member role). */
  ACCOUNT_ID: 'TRAILWATCH_ACCOUNT_ID',
  /** Target SLS project and logstore of the enriched records. */
  TARGET_PROJECT: 'TRAILWATCH_TARGET_PROJECT',
  TARGET_LOGSTORE: 'TRAILWATCH_TARGET_LOGSTORE',
  /** "true" (default): SLS over the region's intranet host `<project>.<region>-intranet.log.aliyuncs.com`. */
  SLS_INTRANET: 'TRAILWATCH_SLS_INTRANET',
  /** Comma-separated regions whose resources are looked up (default: the function's region). */
  TAG_REGIONS: TagEnrichmentSettings.TAG_REGIONS,
  /**
   * Local tests only: one http(s) endpoint on 127.0.0.1 / ::1 / localhost for SLS, Tag and STS. Honoured only
   * with ALLOW_LOCAL_ENDPOINTS=true; without it the function refuses to start.
   */
  LOCAL_ENDPOINT: 'TRAILWATCH_LOCAL_ENDPOINT',
  ALLOW_LOCAL_ENDPOINTS: 'TRAILWATCH_ALLOW_LOCAL_ENDPOINTS',
} as const;

/** The source the trigger may name; an event naming another project or logstore is refused. */
export const AlicloudSourceSettings = {
  SOURCE_PROJECT: 'TRAILWATCH_SOURCE_PROJECT',
  SOURCE_LOGSTORE: 'TRAILWATCH_SOURCE_LOGSTORE',
} as const;
