import { SettingLookup } from '../core/settings';
import { HuaweiCloudSettings } from '../core/setting-names';

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
  const candidates = [settings(HuaweiCloudSettings.PROJECT_ID), context?.getProjectID?.(), settings('RUNTIME_PROJECT_ID')];
  const found = candidates.map((c) => c?.trim()).find((c) => c !== undefined && c !== '');
  if (!found) throw new Error(`setting ${HuaweiCloudSettings.PROJECT_ID} is missing and the runtime reports no project id`);
  return found;
}

export function agencyToken(context: FunctionGraphContext | undefined): string {
  const token = context?.getToken?.();
  if (!token) {
    throw new Error('the function has no agency token: set an agency on the function (TrailWatch creates one by default)');
  }
  return token;
}

export { log } from '../core/log';

/** The regional host of a Huawei Cloud service, e.g. https://smn.cn-north-4.myhuaweicloud.com. */
export function serviceEndpoint(service: string, region: string, override?: string): string {
  if (override && override.trim() !== '') return override.trim().replace(/\/+$/, '');
  const domain = region === 'eu-west-101' ? 'myhuaweicloud.eu' : region === 'cn-north-2' ? 'myhuaweicloud.cn' : 'myhuaweicloud.com';
  return `https://${service}.${region}.${domain}`;
}
