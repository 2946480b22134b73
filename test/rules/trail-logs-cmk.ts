/**
 * Audit trails encrypt their log files with a customer-managed key (Security Hub CloudTrail.2, CIS 3.5; CTS: `kms_id`),
 * so reading the trail needs a key grant as well as bucket access.
 */
import type { Finding, Rule, StackUnderTest } from './types';
import { constructPath, isSet, resources } from './terraform';

const ID = 'trail-logs-cmk';
const KEY_ATTRIBUTE: Record<string, string> = { aws_cloudtrail: 'kms_key_id', huaweicloud_cts_tracker: 'kms_id' };

function check(stack: StackUnderTest): Finding[] {
  return Object.entries(KEY_ATTRIBUTE).flatMap(([type, attribute]) =>
    resources(stack, type)
      .filter((trail) => !isSet(trail.block[attribute]))
      .map((trail) => ({
        rule: ID,
        stack: stack.name,
        address: trail.address,
        message: `${constructPath(trail)} has no ${attribute}: its log files are not encrypted with a customer-managed key`,
      })),
  );
}

export const trailLogsCmk: Rule = {
  id: ID,
  description: 'Trails and CTS trackers encrypt log files with a customer-managed key.',
  check,
};
