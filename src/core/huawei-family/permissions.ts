/**
 * What a FunctionGraph function's agency may do, on Huawei Cloud and Open Telekom Cloud alike: both clouds share
 * the fine-grained IAM action names of the services TrailWatch uses (FunctionGraph, CTS, LTS, SMN, OBS, KMS and
 * the tag APIs), the split of trigger rights from runtime rights, and the rule that OBS (a global service) is
 * granted in a project and a global policy. The cloud constructs turn these statements into their own resources.
 */
import { OptionProblem } from '../../../runtime/core/option-problem';

/** One statement of the agency's custom policy (IAM policy syntax, Version 1.1). */
export interface AgencyPermission {
  /** Fine-grained actions such as `smn:topic:publish`; never a wildcard. */
  readonly actions: readonly string[];
  /** Resource paths such as `OBS:*:*:object:bucket/prefix/*`, for services that support them. @default all resources of the project */
  readonly resources?: readonly string[];
  /**
   * A global-service statement (e.g. `iam:agencies:assume`): granted in a global (AX) policy instead of the
   * project one. OBS statements need no flag: they are granted in both scopes, as IAM requires for OBS.
   * @default false
   */
  readonly global?: boolean;
  /**
   * Needed only to create the function's triggers (e.g. `cts:notification:*`, `lts:subscriptions:*`): granted on
   * the function's configuration agency (`agency`), never to the running code, which gets the others through its
   * execution agency (`app_agency`).
   * @default false
   */
  readonly trigger?: boolean;
}

/**
 * What FunctionGraph needs to subscribe a function to CTS (a CTS trigger is a CTS key-event notification made
 * with the function's agency): the CTS actions of FunctionGraph's permission table for CTS triggers (Huawei Cloud
 * and Open Telekom Cloud FunctionGraph user guides, "Permissions Management"). Both clouds' best practices grant
 * "CTS Administrator" or "Tenant Administrator" instead.
 * @internal
 */
export const CTS_TRIGGER_ACTIONS: readonly string[] = [
  'cts:notification:create',
  'cts:notification:update',
  'cts:notification:delete',
  'cts:operation:list',
  'cts:tracker:list',
  'cts:trace:list',
];

/**
 * What FunctionGraph needs from LTS to subscribe a function to a log stream (the FunctionGraph permissions table
 * for LTS triggers, minus the group/stream create and delete actions, which the trigger does not use). Both
 * clouds' console guides ask for "LTS FullAccess"; these fine-grained actions replace it.
 * @internal
 */
export const LTS_TRIGGER_ACTIONS: readonly string[] = [
  'lts:groups:get',
  'lts:groups:list',
  'lts:topics:get',
  'lts:logstreams:list',
  'lts:subscriptions:create',
  'lts:subscriptions:put',
  'lts:subscriptions:delete',
];

/**
 * KMS actions OBS needs from an uploader when the bucket encrypts with SSE-KMS (the minimum set documented for
 * uploading to and downloading from encrypted buckets, without the download-only ones).
 * @internal
 */
export const OBS_SSE_KMS_UPLOAD_ACTIONS: readonly string[] = [
  'kms:cmk:get',
  'kms:cmk:list',
  'kms:cmk:generate',
  'kms:dek:create',
  'kms:dek:crypto',
];

/** Publishing to an SMN topic (SMN permissions: "Publishing messages"). @internal */
export const SMN_PUBLISH_ACTIONS: readonly string[] = ['smn:topic:publish'];

/** Reporting log lines to a stream (LTS policy-based actions: "Upload logs"). @internal */
export const LTS_WRITE_ACTIONS: readonly string[] = ['lts:logs:upload'];

/** TMS, a global service: granted in the agency's global (AX) policy. @internal */
export const TMS_READ_ACTIONS: readonly string[] = ['tms:resourceTags:list'];

/** Assuming an agency of a member account (IAM, global). @internal */
export const IAM_ASSUME_ACTIONS: readonly string[] = ['iam:agencies:assume'];

/** `OBS:*:*:object:<bucket>/<prefix>/*`: the objects under a prefix, as IAM custom policies name them. @internal */
export function obsObjectsUnder(bucketName: string, prefix: string): string {
  return `OBS:*:*:object:${bucketName}/${prefix}/*`;
}

/** `KMS:*:*:KeyId:<id>`, or undefined (every key of the project) when no key id is known. @internal */
export function kmsKeyResources(keyId: string | undefined): string[] | undefined {
  return keyId ? [`KMS:*:*:KeyId:${keyId}`] : undefined;
}

/** The statements that let a function upload archive objects under a prefix of an SSE-KMS bucket. @internal */
export function obsUploadPermissions(bucketName: string, prefix: string, kmsKeyId?: string): AgencyPermission[] {
  return [
    { actions: OBS_SSE_KMS_UPLOAD_ACTIONS, resources: kmsKeyResources(kmsKeyId) },
    { actions: ['obs:object:PutObject'], resources: [obsObjectsUnder(bucketName, prefix)] },
  ];
}

/** The keyword alarm's agencies: publish, subscribe to the stream (trigger), upload its archive objects. @internal */
export function keywordAlarmPermissions(bucketName: string, prefix: string, kmsKeyId?: string): AgencyPermission[] {
  return [
    // SMN role-based policies are scoped by action only; the topic is fixed in the function's settings.
    { actions: SMN_PUBLISH_ACTIONS },
    { actions: LTS_TRIGGER_ACTIONS, trigger: true },
    ...obsUploadPermissions(bucketName, prefix, kmsKeyId),
  ];
}

/** The login alarm's agencies: publish, and subscribe to CTS (trigger). @internal */
export const LOGIN_ALARM_PERMISSIONS: readonly AgencyPermission[] = [
  { actions: SMN_PUBLISH_ACTIONS },
  { actions: CTS_TRIGGER_ACTIONS, trigger: true },
];

/** The statements of a function's agencies, by the agency and the policy scope that holds them. @internal */
export interface PermissionPlan {
  /** Rights only needed to create the triggers: the configuration agency (`agency`). */
  readonly trigger: readonly AgencyPermission[];
  /** Rights of the running code: the execution agency (`app_agency`). */
  readonly runtime: readonly AgencyPermission[];
}

/** Trigger rights apart from runtime rights. @internal */
export function planPermissions(permissions: readonly AgencyPermission[]): PermissionPlan {
  return {
    trigger: permissions.filter((p) => p.trigger === true),
    runtime: permissions.filter((p) => p.trigger !== true),
  };
}

/** One agency's statements by policy: regional (project), OBS (project and global), other global ones. @internal */
export interface PolicyScopes {
  readonly regional: readonly AgencyPermission[];
  readonly obs: readonly AgencyPermission[];
  readonly global: readonly AgencyPermission[];
}

/** Sorts one agency's statements into the policies IAM needs them in. @internal */
export function policyScopes(permissions: readonly AgencyPermission[]): PolicyScopes {
  const obs = permissions.filter((p) => p.actions.every((a) => a.startsWith('obs:')));
  const global = permissions.filter((p) => p.global === true && !obs.includes(p));
  const regional = permissions.filter((p) => !obs.includes(p) && !global.includes(p));
  return { regional, obs, global };
}

/**
 * Every problem with the statements of a new agency, named `<fieldPrefix>.permissions…`: none at all (IAM refuses
 * an agency without roles), a wildcard or empty action list, OBS actions mixed with others.
 * @internal
 */
export function permissionProblems(
  fieldPrefix: string,
  permissions: readonly AgencyPermission[] | undefined,
  hasAgency: boolean,
): OptionProblem[] {
  if (hasAgency) return [];
  if ((permissions ?? []).length === 0) {
    return [
      {
        field: `${fieldPrefix}.permissions`,
        problem: 'a new agency needs at least one permission (IAM refuses an agency without roles)',
        fix: 'Give the permissions the function needs, or an existing agency (Agency.fromAgencyName)',
      },
    ];
  }
  const problems: OptionProblem[] = [];
  (permissions ?? []).forEach((permission, i) => {
    const field = `${fieldPrefix}.permissions[${i}].actions`;
    const wildcard = permission.actions.find((a) => a.includes('*'));
    const obsActions = permission.actions.filter((a) => a.startsWith('obs:')).length;
    if (wildcard !== undefined || permission.actions.length === 0) {
      problems.push({
        field,
        problem: wildcard ? `"${wildcard}" is a wildcard action` : 'no actions given',
        fix: 'Name each fine-grained action, e.g. "smn:topic:publish"',
      });
    } else if (obsActions > 0 && obsActions < permission.actions.length) {
      problems.push({
        field,
        problem: "mixes OBS actions with other services' actions",
        fix: 'Put the OBS actions in a statement of their own: IAM grants OBS in separate global and project policies',
      });
    }
  });
  return problems;
}
