import { Construct } from 'constructs';
import {
  LoginAlarmOptions,
  loginAlarmEnvironment,
  loginAlarmOptionProblems,
  watchedActionsOf,
} from '../../runtime/core/login-options';
import { HUAWEICLOUD_LOGIN_ALARM } from '../../runtime/core/login-profiles';
import { HuaweiCloudSettings } from '../../runtime/core/setting-names';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, propPath, throwFirstProblem } from '../core/validation';
import { IAgency } from './agency';
import { IAlertTopic, validateTopicRegion } from './alert-topic';
import { AllowListSource } from './allow-list-source';
import { validateObsBucketName } from './secure-bucket';
import { AgencyPermission, BundledFunction, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
import { FgsFunctionTrigger } from './generated/providers/huaweicloud/fgs-function-trigger';

/**
 * The IAM sign-in traces CTS records (operation names as CTS writes them); all are watched by default
 * (`HUAWEICLOUD_SIGN_IN_TRACES`).
 */
export enum HuaweiLoginAction {
  LOGIN = 'login',
  LOGOUT = 'logout',
  LOGIN_FAILED = 'loginFailed',
  /** The failure as Open Telekom Cloud's IAM table spells it. */
  LOGIN_FAILED_LOWER_CASE = 'loginfailed',
  SCAN_QR_CODE_LOGIN = 'scanQRCodeLogin',
  SCAN_QR_CODE_LOGIN_FAILED = 'scanQRCodeLoginFailed',
  OIDC_LOGIN_SUCCESS = 'oidcLoginSuccess',
  OIDC_LOGIN_FAILED = 'oidcLoginFailed',
  IAM_USER_SSO_LOGIN_SUCCESS = 'iamUserSsoLoginSuccess',
  IAM_USER_SSO_LOGIN_FAILED = 'iamUserSsoLoginFailed',
  FEDERATION_LOGIN_NO_PWD_SUCCESS = 'federationLoginNoPwdSuccess',
  FEDERATION_LOGIN_NO_PWD_FAILED = 'federationLoginNoPwdFailed',
  TSI_LOGIN = 'tsiLogin',
  TENANT_LOGIN_BY_SAML_SUCCESS = 'tenantLoginBySamlSuccess',
}

/**
 * The only region in which CTS records IAM (global service) traces, so the only region where a CTS trigger on
 * login/logout fires: cn-north-4 (Beijing 4) on the Chinese-mainland site, ap-southeast-1 (CN-Hong Kong) on the
 * international site.
 */
export enum IamTraceRegion {
  CHINESE_MAINLAND_SITE = 'cn-north-4',
  INTERNATIONAL_SITE = 'ap-southeast-1',
}

/**
 * What FunctionGraph needs to subscribe the function to CTS (a CTS trigger is a CTS key-event notification made
 * with the function's agency): the fine-grained CTS actions FunctionGraph's permission table lists for CTS triggers.
 * Huawei's best practice grants "CTS Administrator" instead; where a region still insists on it, pass an `agency`
 * of your own.
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

/** A CTS trigger selects at most 10 operations of one service; more actions get more triggers. */
const OPERATIONS_PER_TRIGGER = 10;

export interface LoginAlarmProps extends LoginAlarmOptions {
  /**
   * Managed allow-lists read next to `allowList`: OBS objects of `region` (`AllowListSource.obsObject`). The
   * function's execution agency may read exactly these objects; an unreadable one raises an alert of its own.
   * @default none (then `allowList` is required)
   */
  readonly allowListSources?: readonly AllowListSource[];
  /** Where CTS records IAM traces; the function and its trigger live there. */
  readonly region: IamTraceRegion;
  /** Where alerts are published (`new AlertTopic(…)` or `AlertTopic.fromTopicUrn(…)`); a topic of `region`. */
  readonly alertTopic: IAlertTopic;
  /** Project id of the region, used in the SMN publish URL. @default the function's own project (runtime) */
  readonly projectId?: string;
  /** @default FunctionGraphRuntime.NODEJS_20_15 */
  readonly runtime?: FunctionGraphRuntime;
  /** @default a unique name derived from the construct path */
  readonly functionName?: string;
  /**
   * Act with this existing agency (`Agency.fromAgencyName`); it needs smn:topic:publish, the CTS trigger rights
   * (`CTS_TRIGGER_ACTIONS`) and obs:object:GetObject on the `allowListSources`. @default a new least-privilege agency
   */
  readonly agency?: IAgency;
  /** Tags of the resources created here (the function). @default none */
  readonly tags?: Record<string, string>;
}

/**
 * The alarm function and its CTS trigger on IAM sign-in operations: a sign-in from outside the allow-list (or a
 * failed one, or the account owner's when asked) is published to the SMN topic.
 */
export class LoginAlarm extends Construct {
  public readonly function: BundledFunction;
  /** The first CTS trigger (one per 10 watched actions). */
  public readonly trigger: FgsFunctionTrigger;
  public readonly triggers: readonly FgsFunctionTrigger[];

  public constructor(scope: Construct, id: string, props: LoginAlarmProps) {
    super(scope, id);
    throwFirstProblem(loginAlarmOptionProblems(this.node.path, props, HUAWEICLOUD_LOGIN_ALARM, isUnresolved));
    if (!Object.values(IamTraceRegion).includes(props.region)) {
      throw new TrailWatchValidationError(
        propPath(this, 'region'),
        `"${props.region as string}" does not record IAM traces`,
        'Use IamTraceRegion.CHINESE_MAINLAND_SITE or IamTraceRegion.INTERNATIONAL_SITE',
      );
    }
    validateTopicRegion(propPath(this, 'alertTopic'), props.alertTopic, props.region);
    const permissions: AgencyPermission[] = [
      // SMN role-based policies are scoped by action; the topic is named in the function's settings.
      { actions: ['smn:topic:publish'] },
      { actions: CTS_TRIGGER_ACTIONS, trigger: true },
      ...this.allowListSourcePermissions(props.allowListSources ?? []),
    ];
    this.function = new BundledFunction(this, 'Function', {
      handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
      region: props.region,
      functionName: props.functionName,
      runtime: props.runtime,
      environment: {
        ...loginAlarmEnvironment(props, HUAWEICLOUD_LOGIN_ALARM),
        [HuaweiCloudSettings.REGION]: props.region,
        [HuaweiCloudSettings.SMN_TOPIC_URN]: props.alertTopic.topicUrn,
        ...(props.projectId ? { [HuaweiCloudSettings.PROJECT_ID]: props.projectId } : {}),
      },
      permissions,
      agency: props.agency,
      tags: props.tags,
      // Sign-ins the function could not judge after FunctionGraph's retries are reported, not dropped.
      failureTopicUrn: props.alertTopic.topicUrn,
      description: 'TrailWatch: alerts on IAM sign-ins from outside the allow-list',
    });
    this.triggers = this.createTriggers(watchedActionsOf(props, HUAWEICLOUD_LOGIN_ALARM));
    this.trigger = this.triggers[0];
  }

  /** Read rights on exactly the OBS objects named as managed allow-lists. */
  private allowListSourcePermissions(sources: readonly AllowListSource[]): AgencyPermission[] {
    return sources.flatMap((source, i) => {
      const field = propPath(this, `allowListSources[${i}]`);
      if (typeof (source as Partial<AllowListSource>).permissions !== 'function') {
        throw new TrailWatchValidationError(
          field,
          'is not an AllowListSource',
          'Make it with AllowListSource.obsObject(bucketName, key)',
        );
      }
      validateObsBucketName(`${field}.bucketName`, source.bucketName);
      return source.permissions();
    });
  }

  private createTriggers(actions: readonly string[]): FgsFunctionTrigger[] {
    // Unique per alarm: CTS notification names are letters, digits and "_".
    const name = uniqueResourceName(this, 60, '_').replace(/[^A-Za-z0-9_]/g, '_');
    const triggers: FgsFunctionTrigger[] = [];
    for (let start = 0; start < actions.length; start += OPERATIONS_PER_TRIGGER) {
      const n = start / OPERATIONS_PER_TRIGGER;
      triggers.push(
        this.function.addTrigger(n === 0 ? 'CtsTrigger' : `CtsTrigger${n + 1}`, FunctionGraphTriggerType.CTS, {
          name: n === 0 ? uniqueResourceName(this, 64, '_').replace(/[^A-Za-z0-9_]/g, '_') : `${name}_${n + 1}`,
          // service:resource:operation;operation — one entry for the IAM user resource.
          operations: [`IAM:user:${actions.slice(start, start + OPERATIONS_PER_TRIGGER).join(';')}`],
        }),
      );
    }
    return triggers;
  }
}
