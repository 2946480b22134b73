/**
 * The rights of the tag-enrichment consumer on Huawei Cloud and Open Telekom Cloud: the same handler calls the
 * per-service tag APIs of runtime/huaweicloud/tags.ts on both clouds, but the clouds document different sets of
 * them (OTC has no security-group tag API, and its RDS tag action is not documented).
 */
import { SERVICE_APIS } from '../../../runtime/huaweicloud/tags';
import {
  AgencyPermission,
  IAM_ASSUME_ACTIONS,
  LTS_TRIGGER_ACTIONS,
  LTS_WRITE_ACTIONS,
  TMS_READ_ACTIONS,
} from './permissions';

/** One cloud's tag APIs: the IAM action of each, and which of them answer for a CTS service type. @internal */
export interface TagReadProfile {
  /** Tag API (the keys of `HUAWEI_TAG_APIS` in runtime/huaweicloud/tags.ts) → the IAM action of its `GET …/tags`. */
  readonly apiActions: Readonly<Record<string, string>>;
  /** CTS service type → the tag APIs the consumer may call for it. */
  readonly serviceApis: Readonly<Record<string, readonly string[]>>;
}

/** Huawei Cloud, as its policy-based authorization tables list each `GET …/tags` call. @internal */
export const HUAWEI_CLOUD_TAG_READS: TagReadProfile = {
  apiActions: {
    ecs: 'ecs:cloudServers:showServerTags', // GET /v1/{project}/cloudservers/{id}/tags
    evs: 'evs:volumeTags:getById', // GET /v2/{project}/cloudvolumes/{id}/tags
    vpc: 'vpc:vpcTags:get', // GET /v2.0/{project}/vpcs/{id}/tags
    subnet: 'vpc:subnetTags:get', // GET /v2.0/{project}/subnets/{id}/tags
    securityGroup: 'vpc:securityGroupTags:get', // GET /v2.0/{project}/security-groups/{id}/tags
    eip: 'vpc:publicipTags:get', // GET /v2.0/{project}/publicips/{id}/tags
    elb: 'elb:loadbalancerTags:get', // GET /v2.0/{project}/loadbalancers/{id}/tags
    // GET /v3/{project}/instances/{id}/tags: RDS lists no tag-read action of its own; its instance query covers it.
    rds: 'rds:instance:list',
  },
  // The handler's own routing table: the agency can read exactly what the consumer asks for.
  serviceApis: SERVICE_APIS,
};

/** The routing table without the tag APIs a cloud lacks (services left with none are dropped). */
function withoutApis(
  table: Readonly<Record<string, readonly string[]>>,
  missing: readonly string[],
): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(table)
      .map(([service, apis]) => [service, apis.filter((api) => !missing.includes(api))] as const)
      .filter(([, apis]) => apis.length > 0),
  );
}

const OTC_MISSING_TAG_APIS: readonly string[] = ['securityGroup', 'rds'];

/**
 * Open Telekom Cloud: the tag APIs of its ECS, EVS, VPC and ELB API references. There is no security-group tag API
 * (tags come in the VPC v3 security-group bodies) and no documented RDS tag action, so neither is granted; the EIP
 * action is Huawei's (OTC's VPC action table does not list one).
 * @internal
 */
export const OPEN_TELEKOM_CLOUD_TAG_READS: TagReadProfile = {
  apiActions: Object.fromEntries(
    Object.entries(HUAWEI_CLOUD_TAG_READS.apiActions).filter(([api]) => !OTC_MISSING_TAG_APIS.includes(api)),
  ),
  serviceApis: withoutApis(SERVICE_APIS, OTC_MISSING_TAG_APIS),
};

/** Read-only tag actions by CTS service type: what the consumer's agency gets for the services it keeps. @internal */
export function tagReadActions(profile: TagReadProfile): Readonly<Record<string, readonly string[]>> {
  return Object.fromEntries(
    Object.entries(profile.serviceApis).map(([service, apis]) => [service, apis.map((api) => profile.apiActions[api])]),
  );
}

/** What the consumer may do, apart from reading tags, and which services' tags it reads. @internal */
export interface TagConsumerNeeds {
  /** Kept services, upper case; empty: every service the profile knows. */
  readonly services: readonly string[];
  readonly tmsFallback?: boolean;
  readonly memberAccountAgencyName?: string;
}

/** The consumer's agency: subscribe to LTS (trigger), upload records, read the tags of the kept services. @internal */
export function tagConsumerPermissions(profile: TagReadProfile, needs: TagConsumerNeeds): AgencyPermission[] {
  const byService = tagReadActions(profile);
  const readServices = needs.services.length > 0 ? needs.services.filter((s) => byService[s]) : Object.keys(byService);
  const tagReads = [...new Set(readServices.flatMap((s) => byService[s]))];
  return [
    { actions: LTS_TRIGGER_ACTIONS, trigger: true },
    { actions: LTS_WRITE_ACTIONS },
    ...(tagReads.length > 0 ? [{ actions: tagReads }] : []),
    // TMS and IAM are global services: their actions take effect only in a global (AX) policy.
    ...(needs.tmsFallback ? [{ actions: TMS_READ_ACTIONS, global: true }] : []),
    // Member accounts: the consumer exchanges its token for one of the member's agency.
    ...(needs.memberAccountAgencyName ? [{ actions: IAM_ASSUME_ACTIONS, global: true }] : []),
  ];
}
