import { SettingLookup, boolSetting, requireSetting } from '../core/settings';
import { HuaweiCloudSettings } from '../core/setting-names';
import {
  EndpointPolicy,
  HUAWEI_CLOUD,
  checkedRegion,
  cloudProfile,
  endpointOrOverride,
  regionalEndpoint,
} from './regions';

/**
 * The parts of the FunctionGraph Node.js `context` the handlers use. Method names follow the FunctionGraph
 * SDK table exactly (`getRequestID`, capital ID); there are no official typings.
 */
export interface FunctionGraphContext {
  getRequestID?(): string;
  getUserData?(key: string): string | undefined;
  /** IAM token of the function's agency, project-scoped. */
  getToken?(): string | undefined;
  getProjectID?(): string | undefined;
  getSecurityAccessKey?(): string | undefined;
  getSecuritySecretKey?(): string | undefined;
  getSecurityToken?(): string | undefined;
  getLogger?(): { info(...args: unknown[]): void; warn?(...args: unknown[]): void; error(...args: unknown[]): void };
}

/** User data set on the function wins; process.env (which FunctionGraph also fills) is the fallback. */
export function settingsFrom(context: FunctionGraphContext | undefined): SettingLookup {
  return (name) => {
    const fromUserData = context?.getUserData?.(name);
    return fromUserData !== undefined && fromUserData !== '' ? fromUserData : process.env[name];
  };
}

/**
 * The project the function runs in: the TRAILWATCH_PROJECT_ID setting, else the runtime's own (context or
 * RUNTIME_PROJECT_ID). Empty values are skipped: an empty id would make every request URL wrong.
 */
export function projectIdOf(settings: SettingLookup, context: FunctionGraphContext | undefined): string {
  const candidates = [
    settings(HuaweiCloudSettings.PROJECT_ID),
    context?.getProjectID?.(),
    settings('RUNTIME_PROJECT_ID'),
  ];
  const found = candidates.map((c) => c?.trim()).find((c) => c !== undefined && c !== '');
  if (!found)
    throw new Error(`setting ${HuaweiCloudSettings.PROJECT_ID} is missing and the runtime reports no project id`);
  return found;
}

export function agencyToken(context: FunctionGraphContext | undefined): string {
  const token = context?.getToken?.();
  if (!token) {
    throw new Error(
      'the function has no agency token: set an agency on the function (TrailWatch creates one by default)',
    );
  }
  return token;
}

export { log } from '../core/log';

/**
 * The regional host of a service of a configured region, e.g. https://smn.cn-north-4.myhuaweicloud.com. The region
 * must be in the cloud's table and an override must pass the endpoint policy (https on the cloud's domains, or
 * loopback with the local-test switch); anything else throws.
 */
export function serviceEndpoint(
  service: string,
  region: string,
  override?: string,
  policy: EndpointPolicy = { cloud: HUAWEI_CLOUD },
): string {
  return endpointOrOverride(
    () => regionalEndpoint(policy.cloud, service, region),
    override,
    policy,
    `${service} endpoint override`,
  );
}

/**
 * Every host a Huawei-stack function talks to, built once from its settings: the cloud (TRAILWATCH_CLOUD), the
 * configured region (checked against the cloud's table), the `*_ENDPOINT` overrides (checked) and the local-test
 * switch. Nothing here reads event content.
 */
export class HuaweiEndpoints {
  public static fromSettings(settings: SettingLookup): HuaweiEndpoints {
    const cloud = cloudProfile(settings(HuaweiCloudSettings.CLOUD));
    const policy: EndpointPolicy = {
      cloud,
      allowLocal: boolSetting(settings, HuaweiCloudSettings.ALLOW_LOCAL_ENDPOINTS, false),
    };
    const region = checkedRegion(
      cloud,
      requireSetting(settings, HuaweiCloudSettings.REGION),
      `setting ${HuaweiCloudSettings.REGION}`,
    );
    return new HuaweiEndpoints(settings, policy, region);
  }

  private constructor(
    private readonly settings: SettingLookup,
    public readonly policy: EndpointPolicy,
    /** The function's own region, known to the cloud's table. */
    public readonly region: string,
  ) {}

  /** A service host of the function's region, or the override in `settingName`. */
  public service(service: string, settingName?: string, port?: number): string {
    return endpointOrOverride(
      () => regionalEndpoint(this.policy.cloud, service, this.region, port),
      settingName ? this.settings(settingName) : undefined,
      this.policy,
      `setting ${settingName}`,
    );
  }

  public smn(): string {
    return this.service('smn', HuaweiCloudSettings.SMN_ENDPOINT);
  }

  public obs(): string {
    return this.service('obs', HuaweiCloudSettings.OBS_ENDPOINT);
  }

  /** LTS log reporting host (LTS "Collecting Logs Using APIs"; the Huawei LTS Go SDK): lts-access.<region>…:8102. */
  public ltsIngest(): string {
    return this.service('lts-access', HuaweiCloudSettings.LTS_INGEST_ENDPOINT, 8102);
  }
}
