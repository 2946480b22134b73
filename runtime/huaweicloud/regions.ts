/**
 * The region table of a Huawei-family cloud and the only place request hosts are built. Hosts come from a
 * configured region that the table knows, never from event content; endpoint overrides must be https on one of
 * the cloud's own domains (a local-test switch lets tests use http://127.0.0.1). A token or signed request is only
 * ever sent to a URL that passes `assertTrustedUrl`.
 */
import { cleanText } from '../core/message';
import { TrustedUrlPolicy, untrustedUrlReason as untrustedReason } from '../core/trusted-url';

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
      `${settingName}="${cleanText(region.slice(0, 80))}" is not a ${cloud.name} region (known: ${cloud.regions.join(', ')})`,
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

/** Service hosts of the Huawei-family clouds that may receive the agency token or a signed request. */
export const HUAWEI_FAMILY_SERVICES: readonly string[] = [
  'smn',
  'obs',
  'lts',
  'lts-access',
  'iam',
  'ecs',
  'evs',
  'vpc',
  'elb',
  'rds',
  'tms',
  'cts',
  'fgs',
  'functiongraph',
  'kms',
];

/** The shared trusted-URL policy for a cloud: its service hosts on its own domains, regions from its table. */
export function trustedUrlPolicy(policy: EndpointPolicy): TrustedUrlPolicy {
  const cloud = policy.cloud;
  return {
    cloudName: cloud.name,
    domains: cloudDomains(cloud),
    services: HUAWEI_FAMILY_SERVICES,
    isRegion: (label) => isKnownRegion(cloud, label),
    globalServices: Object.keys(cloud.globalHosts),
    allowLocal: policy.allowLocal,
  };
}

/**
 * Why a URL may not receive the cloud's credentials, or undefined when it may: `<service>.<region>.<domain>` of a
 * known service and region (no bucket, website or API Gateway host), see `runtime/core/trusted-url.ts`.
 */
export function untrustedUrlReason(url: string, policy: EndpointPolicy): string | undefined {
  return untrustedReason(url, trustedUrlPolicy(policy));
}

/** Throws unless the URL is https on a service host of the cloud (or loopback with the local-test switch). */
export function assertTrustedUrl(url: string, policy: EndpointPolicy, what = 'request URL'): void {
  const reason = untrustedUrlReason(url, policy);
  if (reason) throw new Error(`${what} ${cleanText(url.slice(0, 120))} ${reason}: refusing to send credentials there`);
}

/**
 * An endpoint override (`*_ENDPOINT` setting) checked like any request URL; it names a host, so it is the URL's
 * origin (a trailing slash is fine) and a path, query or fragment is refused. The built-in regional host when the
 * override is empty.
 */
export function endpointOrOverride(
  fallback: () => string,
  override: string | undefined,
  policy: EndpointPolicy,
  settingName: string,
): string {
  const value = override?.trim();
  if (!value) return fallback();
  const reason =
    untrustedUrlReason(value, policy) ??
    (new URL(value).pathname.replace(/\/+$/, '') !== '' || /[?#]/.test(value)
      ? 'has a path, query or fragment (give the origin only)'
      : undefined);
  if (reason) {
    throw new Error(
      `setting ${settingName}="${cleanText(value.slice(0, 120))}" ${reason}: an endpoint override must be an https URL of a service host on ${cloudDomains(policy.cloud).join(' or ')}`,
    );
  }
  return new URL(value).origin;
}
