/**
 * Names of the environment variables that constructs set and handlers read: one list, so the two sides
 * cannot drift apart.
 */
export const LoginAlarmSettings = {
  ALLOW_LIST: 'TRAILWATCH_ALLOW_LIST',
  WATCHED_ACTIONS: 'TRAILWATCH_WATCHED_ACTIONS',
  ALERT_ON_FAILURE: 'TRAILWATCH_ALERT_ON_FAILURE',
  ALERT_ON_ROOT: 'TRAILWATCH_ALERT_ON_ROOT',
  ALERT_ON_MISSING_MFA: 'TRAILWATCH_ALERT_ON_MISSING_MFA',
  /**
   * Managed allow-list sources, comma-separated: s3://<bucket>/<key>, ssm:<parameter name>, ec2-prefix-list:pl-<id>
   * (AWS); obs://<bucket>/<key> (Huawei Cloud / OTC). Read at cold start, cached for ALLOW_LIST_TTL_SECONDS.
   */
  ALLOW_LIST_SOURCES: 'TRAILWATCH_ALLOW_LIST_SOURCES',
  /** How long managed allow-list entries are cached (seconds). @default 300 */
  ALLOW_LIST_TTL_SECONDS: 'TRAILWATCH_ALLOW_LIST_TTL_SECONDS',
  /**
   * "true" when the construct's `allowAnySourceAddress` acknowledges blocks of every address; otherwise such entries
   * read from a managed source are skipped and reported, as the construct refuses them inline.
   */
  ALLOW_ANY_SOURCE_ADDRESS: 'TRAILWATCH_ALLOW_ANY_SOURCE_ADDRESS',
} as const;

/** Where Huawei Cloud handlers send requests; every endpoint can be overridden (tests point them at localhost). */
export const HuaweiCloudSettings = {
  REGION: 'TRAILWATCH_REGION',
  PROJECT_ID: 'TRAILWATCH_PROJECT_ID',
  SMN_TOPIC_URN: 'TRAILWATCH_SMN_TOPIC_URN',
  SMN_ENDPOINT: 'TRAILWATCH_SMN_ENDPOINT',
  OBS_ENDPOINT: 'TRAILWATCH_OBS_ENDPOINT',
  LTS_INGEST_ENDPOINT: 'TRAILWATCH_LTS_INGEST_ENDPOINT',
  /** Which Huawei-stack cloud (region table and domains): "huaweicloud" (default) or "otc". */
  CLOUD: 'TRAILWATCH_CLOUD',
  /**
   * Local tests only: "true" lets endpoint overrides be http(s) on 127.0.0.1/::1/localhost. Otherwise every
   * override must be https on the cloud's own domains.
   */
  ALLOW_LOCAL_ENDPOINTS: 'TRAILWATCH_ALLOW_LOCAL_ENDPOINTS',
} as const;

export const AwsSettings = {
  SNS_TOPIC_ARN: 'TRAILWATCH_SNS_TOPIC_ARN',
  /**
   * Optional endpoint override for every AWS client (VPC endpoints; tests). Like every `*_ENDPOINT` setting it must
   * be https on amazonaws.com, amazonaws.com.cn or api.aws (runtime/aws/endpoints.ts).
   */
  AWS_ENDPOINT: 'TRAILWATCH_AWS_ENDPOINT',
  /** Local tests only: "true" also lets endpoint overrides be http(s) on 127.0.0.1/::1/localhost. */
  ALLOW_LOCAL_ENDPOINTS: 'TRAILWATCH_ALLOW_LOCAL_ENDPOINTS',
} as const;

/** The log keyword alarm (LTS / CloudWatch Logs → alert + archive). */
export const LogKeywordAlarmSettings = {
  /** Comma-separated keywords, letters/digits/_ only. */
  KEYWORDS: 'TRAILWATCH_KEYWORDS',
  /** "true" (default) or "false". */
  KEYWORDS_CASE_SENSITIVE: 'TRAILWATCH_KEYWORDS_CASE_SENSITIVE',
  /** How many matching lines one alert shows. */
  ALERT_MAX_LINES: 'TRAILWATCH_ALERT_MAX_LINES',
  /** Bucket (S3 or OBS) that receives one object of matching lines per invocation. */
  ARCHIVE_BUCKET: 'TRAILWATCH_ARCHIVE_BUCKET',
  ARCHIVE_PREFIX: 'TRAILWATCH_ARCHIVE_PREFIX',
  /** AWS only: KMS key for SSE-KMS on archive objects (otherwise the bucket's default encryption applies). */
  ARCHIVE_KMS_KEY_ID: 'TRAILWATCH_ARCHIVE_KMS_KEY_ID',
  /**
   * The function's own log group (Huawei Cloud: LTS group id; AWS: defaults to AWS_LAMBDA_LOG_GROUP_NAME). Only the
   * function's own JSON log lines from this group are skipped by the keyword alarm.
   */
  OWN_LOG_GROUP: 'TRAILWATCH_OWN_LOG_GROUP',
  /** Huawei Cloud: the function's own LTS stream id (AWS: unset, Lambda writes one stream per instance). */
  OWN_LOG_STREAM: 'TRAILWATCH_OWN_LOG_STREAM',
} as const;

/** Trail query API (CloudTrail files → DynamoDB → HTTP API): table, ingestion filters, query limits, endpoints. */
export const TrailQuerySettings = {
  TABLE_NAME: 'TRAILWATCH_TRAIL_TABLE',
  /** Key prefix before `AWSLogs/` in the trail bucket ('' for none). */
  KEY_PREFIX: 'TRAILWATCH_TRAIL_KEY_PREFIX',
  /** Comma-separated eventName prefixes not stored; absent = Get,List,Describe,Head; empty = store everything. */
  SKIP_EVENT_NAME_PREFIXES: 'TRAILWATCH_SKIP_EVENT_NAME_PREFIXES',
  TTL_DAYS: 'TRAILWATCH_TTL_DAYS',
  MAX_WINDOW_DAYS: 'TRAILWATCH_MAX_WINDOW_DAYS',
  /** Endpoint overrides per client; each falls back to AwsSettings.AWS_ENDPOINT. */
  DYNAMODB_ENDPOINT: 'TRAILWATCH_DYNAMODB_ENDPOINT',
  S3_ENDPOINT: 'TRAILWATCH_S3_ENDPOINT',
  /**
   * "true": verify each CloudTrail digest file (signature with the region's CloudTrail key, hash of every log file it
   * lists); a digest that fails is a failed message (SQS retries, then the dead-letter queue and its alarm).
   */
  VERIFY_DIGESTS: 'TRAILWATCH_VERIFY_DIGESTS',
} as const;

/** Tag-enrichment consumer (both clouds). */
export const TagEnrichmentSettings = {
  /** AWS: target log group name. Huawei Cloud: target LTS log group id. */
  TARGET_LOG_GROUP: 'TRAILWATCH_TARGET_LOG_GROUP',
  /** AWS: prefix of the log streams created per day and function instance. Huawei Cloud: target LTS stream id. */
  TARGET_LOG_STREAM: 'TRAILWATCH_TARGET_LOG_STREAM',
  /** Comma-separated services to keep (empty: all). */
  SERVICES: 'TRAILWATCH_ENRICH_SERVICES',
  WRITE_UNTAGGED: 'TRAILWATCH_WRITE_UNTAGGED',
  CACHE_TTL_SECONDS: 'TRAILWATCH_TAG_CACHE_TTL_SECONDS',
  MAX_RESOURCES_PER_EVENT: 'TRAILWATCH_MAX_RESOURCES_PER_EVENT',
  /** AWS: role name assumed in member accounts. Huawei Cloud: agency name in member accounts. Empty: off. */
  MEMBER_ROLE_NAME: 'TRAILWATCH_MEMBER_ROLE_NAME',
  /**
   * Comma-separated member account ids: the only accounts whose role (AWS, Alibaba Cloud) the function assumes,
   * checked before any STS call. Empty: none.
   */
  MEMBER_ACCOUNT_IDS: 'TRAILWATCH_MEMBER_ACCOUNT_IDS',
  /** Huawei Cloud: one host for every per-service tag API (tests, proxies). */
  TAG_ENDPOINT: 'TRAILWATCH_TAG_ENDPOINT',
  /** Huawei Cloud: IAM host for member-account agency tokens. */
  IAM_ENDPOINT: 'TRAILWATCH_IAM_ENDPOINT',
  /** Huawei Cloud: ask TMS for resource types without a per-service tag API (needs a domain-scoped token). */
  TMS_FALLBACK: 'TRAILWATCH_TMS_FALLBACK',
  TMS_ENDPOINT: 'TRAILWATCH_TMS_ENDPOINT',
  /**
   * Huawei Cloud: comma-separated regions whose resources are looked up (default: the function's region). Traces
   * naming any other region are counted and logged, never fetched: the host comes from this list, not the trace.
   */
  TAG_REGIONS: 'TRAILWATCH_TAG_REGIONS',
} as const;
