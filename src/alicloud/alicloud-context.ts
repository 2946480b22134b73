import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DataAlicloudAccount } from './generated/providers/alicloud/data-alicloud-account';
import { OptionProblem } from '../../runtime/core/option-problem';
import { isUnresolved } from '../core/validation';
import { ALICLOUD_REGION } from '../../runtime/alicloud/endpoints';

const ACCOUNT_ID = 'TrailWatchAlicloudAccount';

/**
 * The id of the account the stack's alicloud provider deploys into, from one `data "alicloud_account"` per stack
 * (RAM, SLS and FC ARNs need it).
 * @internal
 */
export function accountIdOf(scope: Construct): string {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ACCOUNT_ID) as DataAlicloudAccount | undefined;
  return (existing ?? new DataAlicloudAccount(stack, ACCOUNT_ID, {})).id;
}

/** Alibaba Cloud account (UID) ids: 16 digits. */
export const ALICLOUD_ACCOUNT_ID = /^\d{16}$/;

/** Problems with a region id, by the functions' own rule (references are checked by the cloud). @internal */
export function regionProblems(field: string, region: string): OptionProblem[] {
  if (isUnresolved(region) || ALICLOUD_REGION.test(region)) return [];
  return [
    {
      field,
      problem: `"${region}" is not an Alibaba Cloud region id`,
      fix: 'Write a region id such as "cn-hangzhou" or "ap-southeast-1"',
    },
  ];
}
