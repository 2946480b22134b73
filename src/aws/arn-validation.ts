import { TrailWatchValidationError, isUnresolved } from '../core/validation';

const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;
const KMS_KEY_OR_ALIAS_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[A-Za-z0-9-]+|alias\/[A-Za-z0-9/_-]+)$/;
// Standard topics: up to 256 characters; FIFO topics end in ".fifo" (within the same limit).
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:([A-Za-z0-9_-]{1,256}|[A-Za-z0-9_-]{1,251}\.fifo)$/;
// IAM role ARNs: a path of "/"-separated segments, then the name (64 characters of [\w+=,.@-]).
const IAM_ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/([\x21-\x7e]{0,510}\/)?[\w+=,.@-]{1,64}$/;

/**
 * A KMS key ARN given as a prop. Aliases only where the consuming service resolves them itself: an alias cannot be
 * granted to a role by ARN.
 * @internal
 */
export function validateKmsKeyArn(
  field: string,
  arn: string | undefined,
  options: { readonly allowAlias?: boolean } = {},
): void {
  if (arn === undefined || isUnresolved(arn)) return;
  if (!(options.allowAlias ? KMS_KEY_OR_ALIAS_ARN : KMS_KEY_ARN).test(arn)) {
    throw new TrailWatchValidationError(
      field,
      `"${arn}" is not a KMS key ${options.allowAlias ? 'or alias ' : ''}ARN`,
      `Give the key ARN, e.g. arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab${options.allowAlias ? '' : ' (an alias cannot be granted by ARN)'}`,
    );
  }
}

/** An SNS topic ARN, standard or FIFO (`.fifo`). @internal */
export function validateSnsTopicArn(field: string, arn: string | undefined): void {
  if (arn === undefined || isUnresolved(arn)) return;
  if (!SNS_TOPIC_ARN.test(arn)) {
    throw new TrailWatchValidationError(
      field,
      `"${arn}" is not an SNS topic ARN`,
      'Give the topic ARN, e.g. arn:aws:sns:eu-west-1:111122223333:security-alerts',
    );
  }
}

/** An IAM role ARN (not a user, group or bare role name). @internal */
export function validateRoleArn(field: string, arn: string | undefined): void {
  if (arn === undefined || isUnresolved(arn)) return;
  if (!IAM_ROLE_ARN.test(arn)) {
    const hint = /^arn:aws[a-z-]*:iam::\d{12}:(user|group|policy)\//.test(arn)
      ? ` (it names an IAM ${arn.split(':')[5].split('/')[0]}, not a role)`
      : '';
    throw new TrailWatchValidationError(
      field,
      `"${arn}" is not an IAM role ARN${hint}`,
      'Give the role ARN, e.g. arn:aws:iam::111122223333:role/audit-function (a role name alone is not enough)',
    );
  }
}

/** The last path segment of a literal role ARN: the role name. Undefined for a reference. @internal */
export function roleNameFromArn(arn: string): string | undefined {
  if (isUnresolved(arn)) return undefined;
  return arn.slice(arn.lastIndexOf('/') + 1);
}
