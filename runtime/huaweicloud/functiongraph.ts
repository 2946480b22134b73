import { SettingLookup } from '../core/settings';

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

export function agencyToken(context: FunctionGraphContext | undefined): string {
  const token = context?.getToken?.();
  if (!token) {
    throw new Error('the function has no agency token: set an agency on the function (TrailWatch creates one by default)');
  }
  return token;
}

/** One JSON log line per record, so LTS can index the fields. */
export function log(level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, message, ...fields });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}

/** The regional host of a Huawei Cloud service, e.g. https://smn.cn-north-4.myhuaweicloud.com. */
export function serviceEndpoint(service: string, region: string, override?: string): string {
  if (override && override.trim() !== '') return override.trim().replace(/\/+$/, '');
  const domain = region === 'eu-west-101' ? 'myhuaweicloud.eu' : region === 'cn-north-2' ? 'myhuaweicloud.cn' : 'myhuaweicloud.com';
  return `https://${service}.${region}.${domain}`;
}
