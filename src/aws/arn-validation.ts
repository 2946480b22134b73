import { TrailWatchValidationError, isUnresolved } from '../core/validation';

const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;
const KMS_KEY_OR_ALIAS_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[A-Za-z0-9-]+|alias\/[A-Za-z0-9/_-]+)$/;
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;

/**
 * A KMS key ARN given as a prop. Aliases only where the consuming service resolves them itself: an alias cannot be
 * granted to a role by ARN.
 */
export function validateKmsKeyArn(field: string, arn: string | undefined, options: { readonly allowAlias?: boolean } = {}): void {
  if (arn === undefined || isUnresolved(arn)) return;
  if (!(options.allowAlias ? KMS_KEY_OR_ALIAS_ARN : KMS_KEY_ARN).test(arn)) {
    throw new TrailWatchValidationError(
      field,
      `"${arn}" is not a KMS key ${options.allowAlias ? 'or alias ' : ''}ARN`,
      `Give the key ARN, e.g. arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab${options.allowAlias ? '' : ' (an alias cannot be granted by ARN)'}`,
    );
  }
}

export function validateSnsTopicArn(field: string, arn: string | undefined): void {
  if (arn === undefined || isUnresolved(arn)) return;
  if (!SNS_TOPIC_ARN.test(arn)) {
    throw new TrailWatchValidationError(field, `"${arn}" is not an SNS topic ARN`, 'Give the topic ARN, e.g. arn:aws:sns:eu-west-1:111122223333:security-alerts');
  }
}
