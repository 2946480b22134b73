import { OptionProblem } from '../../../runtime/core/option-problem';
import { CloudProfile, isKnownRegion } from '../../../runtime/huaweicloud/regions';
import { isUnresolved } from '../validation';

/**
 * A region prop of a Huawei-family cloud, checked against the same region table (runtime/huaweicloud/regions.ts)
 * the handlers build their hosts from: a region the table does not know would only fail at deploy time, or send
 * requests to a host nobody checked.
 * @internal
 */
export function cloudRegionProblems(cloud: CloudProfile, field: string, region: string | undefined): OptionProblem[] {
  if (region === undefined || isUnresolved(region) || isKnownRegion(cloud, region)) return [];
  return [
    {
      field,
      problem: `"${region}" is not a ${cloud.name} region`,
      fix: `Give one of ${cloud.regions.map((r) => `"${r}"`).join(', ')}`,
    },
  ];
}
