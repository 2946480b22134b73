import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { AwsContext } from './aws-context';

/** @internal */
export interface TrailKeyOptions {
  readonly trailName: string;
  /** The trail's ARN, known before the trail exists (no dependency cycle between key and trail). */
  readonly trailArn: string;
  readonly context: AwsContext;
  readonly tags?: Record<string, string>;
  readonly provider?: TerraformProvider;
}

/**
 * What the account's IAM principals may do with the key: manage it (Terraform creates, reads, updates and deletes
 * it) and decrypt the trail's log files. Named actions, no `kms:*`: a principal still needs an IAM policy too.
 */
/** @internal */
export const KEY_ADMIN_ACTIONS = [
  'kms:DescribeKey',
  'kms:GetKeyPolicy',
  'kms:PutKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:EnableKeyRotation',
  'kms:ListResourceTags',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateKeyDescription',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
];

/**
 * The customer-managed key of one trail's log files (Security Hub CloudTrail.2, CIS 3.5): rotated yearly, usable by
 * CloudTrail only for this trail (`aws:SourceArn` and the `aws:cloudtrail:arn` encryption context), decryptable by
 * the account's principals that IAM allows, for this trail's files only.
 * @internal
 */
export function createTrailKey(scope: Construct, options: TrailKeyOptions): KmsKey {
  const { context, provider, trailArn } = options;
  const account = [{ type: 'AWS', identifiers: [`arn:${context.partition}:iam::${context.accountId}:root`] }];
  const cloudTrail = [{ type: 'Service', identifiers: ['cloudtrail.amazonaws.com'] }];
  const fromThisTrail = { test: 'StringEquals', variable: 'aws:SourceArn', values: [trailArn] };
  const thisTrailsFiles = {
    test: 'StringEquals',
    variable: 'kms:EncryptionContext:aws:cloudtrail:arn',
    values: [trailArn],
  };
  const policy = new DataAwsIamPolicyDocument(scope, 'KeyPolicy', {
    statement: [
      { sid: 'AccountManagesKey', effect: 'Allow', principals: account, actions: KEY_ADMIN_ACTIONS, resources: ['*'] },
      {
        sid: 'CloudTrailEncrypts',
        effect: 'Allow',
        principals: cloudTrail,
        actions: ['kms:GenerateDataKey'],
        resources: ['*'],
        condition: [fromThisTrail, thisTrailsFiles],
      },
      {
        sid: 'CloudTrailDescribesKey',
        effect: 'Allow',
        principals: cloudTrail,
        actions: ['kms:DescribeKey'],
        resources: ['*'],
        condition: [fromThisTrail],
      },
      {
        sid: 'AccountDecryptsLogFiles',
        effect: 'Allow',
        principals: account,
        actions: ['kms:Decrypt'],
        resources: ['*'],
        condition: [
          { test: 'StringEquals', variable: 'kms:CallerAccount', values: [context.accountId] },
          thisTrailsFiles,
        ],
      },
    ],
    provider,
  });
  return new KmsKey(scope, 'Key', {
    description: `Encrypts the log files of CloudTrail trail ${options.trailName} (TrailWatch)`,
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    policy: policy.json,
    tags: options.tags,
    provider,
  });
}
