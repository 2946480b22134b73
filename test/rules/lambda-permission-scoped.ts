/**
 * Every Lambda permission names the one source allowed to invoke: a principal other than `*`, a `source_arn` that
 * is not a wildcard and, for principals whose source ARN carries no account (S3), a `source_account`
 * (Security Hub Lambda.1, checkov CKV_AWS_364: confused-deputy protection).
 */
import type { Finding, Rule, StackUnderTest } from './types';
import { constructPath, isSet, resources } from './terraform';

const ID = 'lambda-permission-scoped';
/** Services whose source ARNs have no account field, so only source_account ties them to this account. */
const ACCOUNTLESS_SOURCES = ['s3.amazonaws.com'];

function problems(block: Record<string, unknown>): string[] {
  const out: string[] = [];
  const principal = String(block.principal ?? '');
  const sourceArn = block.source_arn;
  if (principal === '*' || principal === '') out.push(`its principal is \`${principal || '(none)'}\``);
  if (isSet(block.function_url_auth_type) && block.function_url_auth_type !== 'AWS_IAM')
    out.push('it opens a function URL without IAM auth');
  if (!isSet(sourceArn)) {
    out.push('it has no source_arn');
  } else {
    const arn = String(sourceArn);
    // arn:partition:service:region:account:resource: a wildcard account or a bare wildcard resource lets any source in.
    const fields = arn.startsWith('arn:') ? arn.split(':') : [];
    if (arn === '*' || fields[4] === '*' || (fields.length >= 6 && fields.slice(5).join(':') === '*'))
      out.push(`its source_arn \`${arn}\` is a wildcard`);
  }
  if (ACCOUNTLESS_SOURCES.includes(principal) && !isSet(block.source_account))
    out.push(`${principal} needs a source_account as well`);
  return out;
}

function check(stack: StackUnderTest): Finding[] {
  return resources(stack, 'aws_lambda_permission').flatMap((permission) => {
    const found = problems(permission.block);
    return found.length
      ? [
          {
            rule: ID,
            stack: stack.name,
            address: permission.address,
            message: `${constructPath(permission)}: ${found.join('; ')}`,
          },
        ]
      : [];
  });
}

export const lambdaPermissionScoped: Rule = {
  id: ID,
  description: 'Every Lambda permission is scoped to its one source (source ARN, and account where the ARN has none).',
  check,
};
