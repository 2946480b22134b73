/**
 * Everything that stores data says how it is encrypted at rest (Security Hub S3.4/SNS.1/SQS.1, checkov CKV_AWS_26/27/145,
 * OBS server-side encryption on Huawei Cloud and Open Telekom Cloud, SLS logstore and OSS encryption). Services that always encrypt with no switch to turn it off (DynamoDB, CloudWatch Logs,
 * LTS, SMN) are not listed; customer-managed keys are a separate question (see trail-logs-cmk).
 */
import type { Finding, Rule, StackUnderTest } from './types';
import { Block, Located, asList, constructPath, isSet, refersTo, resources } from './terraform';

const ID = 'encryption-at-rest';
const S3_ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];

function s3Algorithms(configuration: Block | undefined): string[] {
  return asList(configuration?.rule as Block | Block[] | undefined).flatMap((rule) =>
    asList(rule.apply_server_side_encryption_by_default as Block | Block[] | undefined).map((d) =>
      String(d.sse_algorithm),
    ),
  );
}

/** For each storing resource type: why a resource is not encrypted, or undefined when it is. */
const CHECKS: Record<string, (stack: StackUnderTest, target: Located) => string | undefined> = {
  aws_s3_bucket: (stack, target) => {
    const separate = resources(stack, 'aws_s3_bucket_server_side_encryption_configuration').filter((c) =>
      refersTo(c.block.bucket, target.address),
    );
    const inline = asList(target.block.server_side_encryption_configuration as Block | Block[] | undefined);
    const algorithms = [...separate.map((c) => c.block), ...inline].flatMap(s3Algorithms);
    if (!algorithms.length) return 'has no server-side encryption configuration';
    const bad = algorithms.filter((a) => !S3_ALGORITHMS.includes(a));
    return bad.length ? `has an unknown sse_algorithm ${bad.join(', ')}` : undefined;
  },
  aws_sns_topic: (_stack, target) => (isSet(target.block.kms_master_key_id) ? undefined : 'has no kms_master_key_id'),
  aws_sqs_queue: (_stack, target) =>
    target.block.sqs_managed_sse_enabled === true || isSet(target.block.kms_master_key_id)
      ? undefined
      : 'sets neither sqs_managed_sse_enabled = true nor kms_master_key_id',
  huaweicloud_obs_bucket: (_stack, target) => {
    if (target.block.encryption !== true) return 'does not set encryption = true';
    const algorithm = target.block.sse_algorithm;
    return algorithm === undefined || ['kms', 'AES256'].includes(String(algorithm))
      ? undefined
      : `has an unknown sse_algorithm ${String(algorithm)}`;
  },
  opentelekomcloud_obs_bucket: (_stack, target) => {
    const sse = asList(target.block.server_side_encryption as Block | Block[] | undefined)[0];
    if (!sse) return 'has no server_side_encryption block';
    return ['kms', 'AES256'].includes(String(sse.algorithm))
      ? undefined
      : `has an unknown algorithm ${String(sse.algorithm)}`;
  },
  opentelekomcloud_s3_bucket: (_stack, target) =>
    asList(target.block.server_side_encryption_configuration as Block | Block[] | undefined).flatMap(s3Algorithms)
      .length
      ? undefined
      : 'has no server-side encryption configuration',
  alicloud_log_store: (_stack, target) => {
    const conf = asList(target.block.encrypt_conf as Block | Block[] | undefined)[0];
    return conf?.enable === true ? undefined : 'does not set encrypt_conf { enable = true }';
  },
  alicloud_oss_bucket: (stack, target) => {
    const inline = asList(target.block.server_side_encryption_rule as Block | Block[] | undefined);
    const separate = resources(stack, 'alicloud_oss_bucket_server_side_encryption').filter((c) =>
      refersTo(c.block.bucket, target.address),
    );
    return [...inline, ...separate.map((c) => c.block)].some((r) => isSet(r.sse_algorithm))
      ? undefined
      : 'has no server-side encryption rule';
  },
};

function check(stack: StackUnderTest): Finding[] {
  return Object.entries(CHECKS).flatMap(([type, why]) =>
    resources(stack, type).flatMap((target) => {
      const problem = why(stack, target);
      return problem
        ? [{ rule: ID, stack: stack.name, address: target.address, message: `${constructPath(target)} ${problem}` }]
        : [];
    }),
  );
}

export const encryptionAtRest: Rule = {
  id: ID,
  description: 'Buckets, queues and topics are encrypted at rest.',
  check,
};
