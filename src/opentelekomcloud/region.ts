import { OptionProblem } from '../../runtime/core/option-problem';
import { OPEN_TELEKOM_CLOUD, cloudDomains, untrustedUrlReason } from '../../runtime/huaweicloud/regions';
import { cloudRegionProblems } from '../core/huawei-family/region';
import { TrailWatchValidationError, isUnresolved } from '../core/validation';

/**
 * Where a login audit on Open Telekom Cloud lives: the region whose CTS records the IAM sign-in traces, so the only
 * region where a CTS trigger on login/logout fires.
 *
 * OTC does not document this region (its CTS and IAM guides say only that IAM is a global service). Huawei Cloud,
 * whose CTS OTC runs, records global-service traces in one region per site; on OTC's public cloud that is taken to
 * be eu-de, where IAM's endpoint and the base projects live, and on the separate Swiss site (own IAM) eu-ch2.
 * Check in the CTS console of your tenant (Trace List, service IAM) before relying on it.
 */
export enum IamTraceRegion {
  /** The public Open Telekom Cloud (eu-de and eu-nl share one IAM). */
  PUBLIC_CLOUD = 'eu-de',
  /** The Swiss site (Open Telekom Cloud Swiss, `*.eu-ch2.sc.otc.t-systems.com`, its own IAM). */
  SWISS_SITE = 'eu-ch2',
}

/** A region prop checked against the Open Telekom Cloud region table the handlers use. @internal */
export function otcRegionProblems(field: string, region: string | undefined): OptionProblem[] {
  return cloudRegionProblems(OPEN_TELEKOM_CLOUD, field, region);
}

/** Throws unless the region is an IAM trace region. @internal */
export function validateIamTraceRegion(field: string, region: string): void {
  if (!Object.values(IamTraceRegion).includes(region as IamTraceRegion)) {
    throw new TrailWatchValidationError(
      field,
      `"${region}" is not where Open Telekom Cloud records IAM traces`,
      'Use IamTraceRegion.PUBLIC_CLOUD (eu-de) or IamTraceRegion.SWISS_SITE (eu-ch2)',
    );
  }
}

/** An endpoint override the handlers will accept: https on one of OTC's own domains. @internal */
export function otcEndpointProblems(field: string, url: string | undefined): OptionProblem[] {
  if (url === undefined || isUnresolved(url)) return [];
  const reason = untrustedUrlReason(url, { cloud: OPEN_TELEKOM_CLOUD });
  if (!reason) return [];
  return [
    {
      field,
      problem: `"${url}" ${reason}`,
      fix: `Give an https URL on ${cloudDomains(OPEN_TELEKOM_CLOUD).join(' or ')}`,
    },
  ];
}
