import { OptionProblem } from '../../runtime/core/option-problem';
import { HUAWEI_CLOUD, isKnownRegion } from '../../runtime/huaweicloud/regions';
import { isUnresolved } from '../core/validation';

/**
 * A Huawei Cloud region prop, checked against the same region table the handlers build their hosts from: a region
 * the table does not know would only fail at deploy time, or send requests to a host nobody checked.
 * @internal
 */
export function regionProblems(field: string, region: string | undefined): OptionProblem[] {
  if (region === undefined || isUnresolved(region) || isKnownRegion(HUAWEI_CLOUD, region)) return [];
  return [
    {
      field,
      problem: `"${region}" is not a Huawei Cloud region`,
      fix: 'Give a region id such as "cn-north-4" or "ap-southeast-3"',
    },
  ];
}
