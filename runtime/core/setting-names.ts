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
} as const;

/** Where Huawei Cloud handlers send requests; every endpoint can be overridden (tests point them at localhost). */
export const HuaweiCloudSettings = {
  REGION: 'TRAILWATCH_REGION',
  PROJECT_ID: 'TRAILWATCH_PROJECT_ID',
  SMN_TOPIC_URN: 'TRAILWATCH_SMN_TOPIC_URN',
  SMN_ENDPOINT: 'TRAILWATCH_SMN_ENDPOINT',
  OBS_ENDPOINT: 'TRAILWATCH_OBS_ENDPOINT',
  LTS_ENDPOINT: 'TRAILWATCH_LTS_ENDPOINT',
  LTS_INGEST_ENDPOINT: 'TRAILWATCH_LTS_INGEST_ENDPOINT',
} as const;

export const AwsSettings = {
  SNS_TOPIC_ARN: 'TRAILWATCH_SNS_TOPIC_ARN',
  /** Optional endpoint override for every AWS client (tests, VPC endpoints, LocalStack). */
  AWS_ENDPOINT: 'TRAILWATCH_AWS_ENDPOINT',
} as const;
