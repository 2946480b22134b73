import { Construct } from 'constructs';
import { AgencyPermission, BundledFunctionGraph, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
import { FgsFunctionTrigger } from './generated/providers/huaweicloud/fgs-function-trigger';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { validateTopicUrn } from './alert-topic';
import { TrailWatchValidationError, validateAllowList } from '../core/validation';
import { HuaweiCloudSettings, LoginAlarmSettings } from '../../runtime/core/setting-names';

/** The IAM console operations CTS records for sign-in (operation names as CTS writes them). */
export enum HuaweiLoginAction {
  LOGIN = 'login',
  LOGOUT = 'logout',
  LOGIN_FAILED = 'loginFailed',
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
 * Huawei's best practice grants "CTS Administrator" instead; where a region still insists on it, pass
 * `existingAgencyName`.
 */
export const CTS_TRIGGER_ACTIONS: readonly string[] = [
  'cts:notification:create',
  'cts:notification:update',
  'cts:notification:delete',
  'cts:operation:list',
  'cts:tracker:list',
  'cts:trace:list',
];

/** FunctionGraph user data holds 4 KB; leave room for the other settings. */
const MAX_ALLOW_LIST_CHARS = 3000;

export interface LoginAlarmProps {
  readonly region: IamTraceRegion;
  /** Source IPs (IPv4/IPv6 addresses or CIDR blocks) from which sign-ins are expected. */
  readonly allowList: readonly string[];
  readonly topicUrn: string;
  /** Project id of the region, used in the SMN publish URL. @default the function's own project (runtime) */
  readonly projectId?: string;
  /** @default login, logout and loginFailed */
  readonly watchedActions?: readonly HuaweiLoginAction[];
  /** Alert on every failed login, even from an allowed IP. @default true */
  readonly alertOnFailedLogin?: boolean;
  /** @default FunctionGraphRuntime.NODEJS_20_15 */
  readonly runtime?: FunctionGraphRuntime;
  /** @default a unique name */
  readonly functionName?: string;
  /** Use an existing agency (it needs smn:topic:publish on the topic). */
  readonly existingAgencyName?: string;
}

/**
 * The alarm function and its CTS trigger on IAM sign-in operations: a sign-in from outside the allow-list (or a
 * failed one) is published to the SMN topic.
 */
export class LoginAlarm extends Construct {
  public readonly function: BundledFunctionGraph;
  public readonly trigger: FgsFunctionTrigger;

  public constructor(scope: Construct, id: string, props: LoginAlarmProps) {
    super(scope, id);
    validateAllowList(`${id}.allowList`, props.allowList);
    if (props.allowList.join(',').length > MAX_ALLOW_LIST_CHARS) {
      throw new TrailWatchValidationError(`${id}.allowList`, `the list is longer than ${MAX_ALLOW_LIST_CHARS} characters and would not fit in the function's user data (4 KB)`, 'Merge addresses into CIDR blocks');
    }
    validateTopicUrn(`${id}.topicUrn`, props.topicUrn, props.region);
    const actions = props.watchedActions ?? [HuaweiLoginAction.LOGIN, HuaweiLoginAction.LOGOUT, HuaweiLoginAction.LOGIN_FAILED];
    if (actions.length === 0) {
      throw new TrailWatchValidationError(`${id}.watchedActions`, 'no action is watched, so the alarm would never fire', 'Leave it out for the default or name at least one HuaweiLoginAction');
    }
    if (!Object.values(IamTraceRegion).includes(props.region)) {
      throw new TrailWatchValidationError(`${id}.region`, `"${props.region as string}" does not record IAM traces`, 'Use IamTraceRegion.CHINESE_MAINLAND_SITE or IamTraceRegion.INTERNATIONAL_SITE');
    }
    const permissions: AgencyPermission[] = [
      // SMN role-based policies are scoped by action; the topic is named in the function's settings.
      { actions: ['smn:topic:publish'] },
      { actions: CTS_TRIGGER_ACTIONS },
    ];
    const environment: Record<string, string> = {
      [LoginAlarmSettings.ALLOW_LIST]: props.allowList.join(','),
      [LoginAlarmSettings.WATCHED_ACTIONS]: actions.join(','),
      [LoginAlarmSettings.ALERT_ON_FAILURE]: String(props.alertOnFailedLogin ?? true),
      [HuaweiCloudSettings.REGION]: props.region,
      [HuaweiCloudSettings.SMN_TOPIC_URN]: props.topicUrn,
      ...(props.projectId ? { [HuaweiCloudSettings.PROJECT_ID]: props.projectId } : {}),
    };
    this.function = new BundledFunctionGraph(this, 'Function', {
      handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
      region: props.region,
      functionName: props.functionName,
      runtime: props.runtime,
      environment,
      permissions,
      existingAgencyName: props.existingAgencyName,
      description: 'TrailWatch: alerts on IAM sign-ins from outside the allow-list',
    });
    this.trigger = this.function.addTrigger('CtsTrigger', FunctionGraphTriggerType.CTS, {
      // Unique per alarm: CTS notification names are letters, digits and "_".
      name: uniqueResourceName(this, 64, '_').replace(/[^A-Za-z0-9_]/g, '_'),
      // service:resource:operation;operation — one entry for the IAM user resource.
      operations: [`IAM:user:${actions.join(';')}`],
    });
  }
}
