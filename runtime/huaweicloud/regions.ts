/**
 * The region table of a Huawei-family cloud and the only place request hosts are built. Hosts come from a
 * configured region that the table knows, never from event content; endpoint overrides must be https on one of
 * the cloud's own domains (a local-test switch lets tests use http://127.0.0.1). A token or signed request is only
 * ever sent to a URL that passes `assertTrustedUrl`.
 */

/** A Huawei-stack cloud: its regions and the DNS domains its service hosts live under. */
export interface CloudProfile {
  /** e.g. "Huawei Cloud". */
  readonly name: string;
  /** The domain of most regions, e.g. myhuaweicloud.com. */
  readonly domain: string;
  /** Regions whose hosts use another domain of the same cloud. */
  readonly regionDomains: Readonly<Record<string, string>>;
  /** Every documented region id. */
  readonly regions: readonly string[];
  /** Global services and their host (e.g. TMS); the region-less form of `<service>.<domain>`. */
  readonly globalHosts: Readonly<Record<string, string>>;
}

/**
 * Huawei Cloud regions as listed by Huawei's own SDK (huaweicloud-sdk-nodejs-v3 `services/smn/v2/SmnRegion.ts` and
 * `services/ecs/v2/EcsRegion.ts`); cn-north-2 and eu-west-101 use their own domains there.
 */
export const HUAWEI_CLOUD: CloudProfile = {
  name: 'Huawei Cloud',
  domain: 'myhuaweicloud.com',
  regionDomains: { 'cn-north-2': 'myhuaweicloud.cn', 'eu-west-101': 'myhuaweicloud.eu' },
  regions: [
    'af-north-1',
    'af-south-1',
    'ae-ad-1',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'cn-east-2',
    'cn-east-3',
    'cn-east-4',
    'cn-east-5',
    'cn-north-1',
    'cn-north-2',
    'cn-north-4',
    'cn-north-9',
    'cn-north-11',
    'cn-north-12',
    'cn-south-1',
    'cn-south-2',
    'cn-south-4',
    'cn-southwest-2',
    'cn-southwest-3',
    'eu-west-0',
    'eu-west-101',
    'la-north-2',
    'la-south-2',
    'me-east-1',
    'my-kualalumpur-1',
    'na-mexico-1',
    'ru-moscow-1',
    'sa-brazil-1',
    'tr-west-1',
  ],
  globalHosts: { tms: 'tms.myhuaweicloud.com' },
};

/** Open Telekom Cloud (a Huawei-stack cloud): hosts are `<service>.<region>.otc.t-systems.com`. */
export const OPEN_TELEKOM_CLOUD: CloudProfile = {
  name: 'Open Telekom Cloud',
  domain: 'otc.t-systems.com',
  // The Swiss region lives under its own sub-domain of the same cloud.
  regionDomains: { 'eu-ch2': 'sc.otc.t-systems.com' },
  regions: ['eu-de', 'eu-nl', 'eu-ch2'],
  globalHosts: {},
};

/** Cloud profiles by the value of the TRAILWATCH_CLOUD setting. */
export const CLOUD_PROFILES: Readonly<Record<string, CloudProfile>> = {
  huaweicloud: HUAWEI_CLOUD,
  otc: OPEN_TELEKOM_CLOUD,
};

/** The profile named by a setting value; undefined/empty means Huawei Cloud. Throws for an unknown name. */
export function cloudProfile(name: string | undefined): CloudProfile {
  const key = (name ?? '').trim().toLowerCase();
  if (key === '') return HUAWEI_CLOUD;
  const profile = CLOUD_PROFILES[key];
  if (!profile) throw new Error(`unknown cloud "${name}": use one of ${Object.keys(CLOUD_PROFILES).join(', ')}`);
  return profile;
}

export function isKnownRegion(cloud: CloudProfile, region: string | undefined): region is string {
  return typeof region === 'string' && cloud.regions.includes(region);
}

/** Throws unless the region is in the cloud's table; the message names the setting it came from. */
export function checkedRegion(cloud: CloudProfile, region: string, settingName = 'region'): string {
  const trimmed = region.trim();
  if (!isKnownRegion(cloud, trimmed)) {
    throw new Error(
      `${settingName}="${printable(region)}" is not a ${cloud.name} region (known: ${cloud.regions.join(', ')})`,
    );
  }
  return trimmed;
}

/** The DNS domains of the cloud: the only hosts a token or a signed request may go to. */
export function cloudDomains(cloud: CloudProfile): string[] {
  return [...new Set([cloud.domain, ...Object.values(cloud.regionDomains)])];
}

/** `https://<service>.<region>.<domain>[:port]` for a region of the table (throws for any other region). */
export function regionalEndpoint(cloud: CloudProfile, service: string, region: string, port?: number): string {
  if (!/^[a-z][a-z0-9-]{0,30}$/.test(service)) throw new Error(`"${service}" is not a service host name`);
  const known = checkedRegion(cloud, region);
  const domain = cloud.regionDomains[known] ?? cloud.domain;
  return `https://${service}.${known}.${domain}${port ? `:${port}` : ''}`;
}

/** The host of a global service (TMS on Huawei Cloud) or, where the cloud has none, the regional host. */
export function globalEndpoint(cloud: CloudProfile, service: string, region: string): string {
  const host = cloud.globalHosts[service];
  return host ? `https://${host}` : regionalEndpoint(cloud, service, region);
}

export interface EndpointPolicy {
  readonly cloud: CloudProfile;
  /**
   * Local tests only: also accept http(s) URLs on 127.0.0.1, ::1 or localhost. Never anything else: even when
   * switched on by mistake in a deployment, nothing can leave the machine.
   */
  readonly allowLocal?: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Why a URL may not receive the cloud's credentials, or undefined when it may. */
export function untrustedUrlReason(url: string, policy: EndpointPolicy): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.username || parsed.password) return 'carries user info';
  const host = parsed.hostname.toLowerCase();
  if (policy.allowLocal && LOOPBACK_HOSTS.has(host) && (parsed.protocol === 'http:' || parsed.protocol === 'https:'))
    return undefined;
  if (parsed.protocol !== 'https:') return 'is not https';
  const domains = cloudDomains(policy.cloud);
  if (!domains.some((d) => host.endsWith(`.${d}`)))
    return `is not on a ${policy.cloud.name} domain (${domains.join(', ')})`;
  return undefined;
}

/** Throws unless the URL is https on the cloud's own domains (or loopback with the local-test switch). */
export function assertTrustedUrl(url: string, policy: EndpointPolicy, what = 'request URL'): void {
  const reason = untrustedUrlReason(url, policy);
  if (reason) throw new Error(`${what} ${printable(url)} ${reason}: refusing to send credentials there`);
}

/**
 * An endpoint override (`*_ENDPOINT` setting) checked like any request URL, trailing slashes and a path removed;
 * the built-in regional host when the override is empty.
 */
export function endpointOrOverride(
  fallback: () => string,
  override: string | undefined,
  policy: EndpointPolicy,
  settingName: string,
): string {
  const value = override?.trim();
  if (!value) return fallback();
  const reason = untrustedUrlReason(value, policy);
  if (reason) {
    throw new Error(
      `setting ${settingName}="${printable(value)}" ${reason}: an endpoint override must be an https URL on ${cloudDomains(policy.cloud).join(' or ')}`,
    );
  }
  return value.replace(/\/+$/, '');
}

/** Event text for a log line or error: control characters escaped, cut to a sane length. */
export function printable(value: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}...` : clean;
}
