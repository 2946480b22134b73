import { Construct } from 'constructs';
import { FgsTriggerV2 } from '@cdktf/provider-opentelekomcloud/lib/fgs-trigger-v2';
import {
  LoginAlarmOptions,
  loginAlarmEnvironment,
  loginAlarmOptionProblems,
  watchedActionsOf,
} from '../../runtime/core/login-options';
import { OPEN_TELEKOM_CLOUD_LOGIN_ALARM } from '../../runtime/core/login-profiles';
import { BundledHandler } from '../core/handler-asset';
import { AllowListSource } from '../core/huawei-family/allow-list-source';
import { smnPublishSettings } from '../core/huawei-family/function-settings';
import { AgencyPermission, LOGIN_ALARM_PERMISSIONS } from '../core/huawei-family/permissions';
import { FunctionGraphOptions, ResourceTagOptions } from '../core/huawei-family/props';
import { validateTopicIn } from '../core/huawei-family/smn';
import { iamUserCtsTriggers } from '../core/huawei-family/triggers';
import { uniqueResourceName } from '../core/naming';
import { isUnresolved, propPath, throwFirstProblem } from '../core/validation';
import { IAlertTopic } from './alert-topic';
import { BundledFunction, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
import { IamTraceRegion, validateIamTraceRegion } from './region';

/**
 * The IAM sign-in traces Open Telekom Cloud's CTS records (the OTC IAM user guide, "IAM operations that can be
 * recorded by CTS"), as CTS spells them; all are watched by default (`OPEN_TELEKOM_CLOUD_SIGN_IN_TRACES`).
 */
export enum OtcLoginAction {
  LOGIN = 'login',
  LOGOUT = 'logout',
  /** A failed password sign-in: all lower case on OTC (Huawei Cloud writes `loginFailed`). */
  LOGIN_FAILED = 'loginfailed',
  SCAN_QR_CODE_LOGIN = 'scanQRCodeLogin',
  SCAN_QR_CODE_LOGIN_FAILED = 'scanQRCodeLoginFailed',
  OIDC_LOGIN_SUCCESS = 'oidcLoginSuccess',
  OIDC_LOGIN_FAILED = 'oidcLoginFailed',
  IAM_USER_SSO_LOGIN_SUCCESS = 'iamUserSsoLoginSuccess',
  IAM_USER_SSO_LOGIN_FAILED = 'iamUserSsoLoginFailed',
  FEDERATION_LOGIN_NO_PWD_SUCCESS = 'federationLoginNoPwdSuccess',
  FEDERATION_LOGIN_NO_PWD_FAILED = 'federationLoginNoPwdFailed',
  TSI_LOGIN = 'tsiLogin',
}

/**
 * The login alarm on OTC. `agency`: an existing agency needs smn:topic:publish and the CTS trigger rights
 * (cts:notification:create/update/delete, cts:operation:list, cts:tracker:list, cts:trace:list).
 */
export interface LoginAlarmProps
  extends LoginAlarmOptions, FunctionGraphOptions<FunctionGraphRuntime>, ResourceTagOptions {
  /** Where CTS records IAM traces; the function and its triggers live there (the provider's region must be this one). */
  readonly region: IamTraceRegion;
  /** Where alerts are published (`new AlertTopic(…)` or `AlertTopic.fromTopicUrn(…)`); a topic of `region`. */
  readonly alertTopic: IAlertTopic;
}

/**
 * The alarm function on Open Telekom Cloud and its CTS triggers on IAM sign-in traces: a sign-in from outside the
 * allow-list (or a failed one, or the account owner's when asked) is published to the SMN topic. The function is
 * the Huawei Cloud login alarm's bundle, reading OTC's hosts.
 */
export class LoginAlarm extends Construct {
  public readonly function: BundledFunction;
  /** The first CTS trigger (one per 10 watched actions). */
  public readonly trigger: FgsTriggerV2;
  public readonly triggers: readonly FgsTriggerV2[];

  public constructor(scope: Construct, id: string, props: LoginAlarmProps) {
    super(scope, id);
    throwFirstProblem(loginAlarmOptionProblems(this.node.path, props, OPEN_TELEKOM_CLOUD_LOGIN_ALARM, isUnresolved));
    validateIamTraceRegion(propPath(this, 'region'), props.region);
    validateTopicIn(propPath(this, 'alertTopic'), props.alertTopic, props.region);
    this.function = new BundledFunction(this, 'Function', {
      ...props,
      handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
      environment: {
        ...loginAlarmEnvironment(props, OPEN_TELEKOM_CLOUD_LOGIN_ALARM),
        ...smnPublishSettings(props.alertTopic.topicUrn, props.projectId),
      },
      // Managed allow-lists (OBS objects): read rights on exactly those objects, for the running code.
      permissions: [...LOGIN_ALARM_PERMISSIONS, ...allowListSourceRights(props)],
      description: 'TrailWatch: alerts on IAM sign-ins from outside the allow-list',
      // A sign-in the function could not handle after FunctionGraph's retries is reported, not dropped.
      failureTopicUrn: props.alertTopic.topicUrn,
    });
    const actions = watchedActionsOf(props, OPEN_TELEKOM_CLOUD_LOGIN_ALARM);
    this.triggers = iamUserCtsTriggers(uniqueResourceName(this, 60, '_'), actions).map((eventData, n) =>
      this.function.addTrigger(n === 0 ? 'CtsTrigger' : `CtsTrigger${n + 1}`, FunctionGraphTriggerType.CTS, {
        ...eventData,
      }),
    );
    this.trigger = this.triggers[0];
  }
}

/** The read rights of the managed allow-list sources (`AllowListSource.obsObject`: the object, and its key). */
function allowListSourceRights(props: LoginAlarmOptions): AgencyPermission[] {
  return (props.allowListSources ?? []).flatMap((source) =>
    source instanceof AllowListSource ? source.permissions() : [],
  );
}
