/**
 * The only place the Alibaba Cloud functions build request hosts: from a configured region and Alibaba's own domain
 * (aliyuncs.com), never from event content. A local-test switch lets tests send everything to http://127.0.0.1.
 * Credentials are only ever sent to a URL that passes `assertTrustedUrl` (the shared check of
 * `runtime/core/trusted-url.ts`).
 */
import { cleanText } from '../core/message';
import { LOOPBACK_HOSTS, TrustedUrlPolicy, untrustedUrlReason } from '../core/trusted-url';

/**
 * Alibaba Cloud region ids: lower-case words joined by "-", e.g. cn-hangzhou, ap-southeast-1, eu-central-1. The one
 * rule: the constructs check their region props with it too.
 */
export const ALICLOUD_REGION = /^[a-z]{2,}(-[a-z0-9]+){1,3}$/;
/** SLS project names: 3–63 of [a-z0-9-], starting and ending with a letter or digit. */
const PROJECT = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export class UntrustedEndpointError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'UntrustedEndpointError';
  }
}

export function assertRegion(region: string): string {
  if (!ALICLOUD_REGION.test(region)) throw new UntrustedEndpointError(`"${region}" is not an Alibaba Cloud region id`);
  return region;
}

/** Where requests go: the cloud's regional hosts, or (tests only) one local server. */
export class AlicloudEndpoints {
  /**
   * @param local  http(s)://127.0.0.1:<port> (or ::1 / localhost); only with `allowLocal`
   */
  public constructor(
    private readonly local?: string,
    allowLocal = false,
  ) {
    if (local !== undefined) {
      if (!allowLocal)
        throw new UntrustedEndpointError(
          'a local endpoint is set but local endpoints are not allowed (TRAILWATCH_ALLOW_LOCAL_ENDPOINTS)',
        );
      const url = new URL(local);
      if (!LOOPBACK_HOSTS.has(url.hostname) || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        throw new UntrustedEndpointError(`${local} is not a loopback http(s) URL`);
      }
      this.local = url.origin;
    }
  }

  /** SLS data plane of a project: `https://<project>.<region>[-intranet].log.aliyuncs.com`. */
  public sls(project: string, region: string, intranet: boolean): string {
    if (!PROJECT.test(project)) throw new UntrustedEndpointError(`"${project}" is not an SLS project name`);
    return this.local ?? `https://${project}.${assertRegion(region)}${intranet ? '-intranet' : ''}.log.aliyuncs.com`;
  }

  /** Tag API (2018-08-28) of a region. */
  public tag(region: string): string {
    return this.local ?? `https://tag.${assertRegion(region)}.aliyuncs.com`;
  }

  /** STS of a region. */
  public sts(region: string): string {
    return this.local ?? `https://sts.${assertRegion(region)}.aliyuncs.com`;
  }

  public get isLocal(): boolean {
    return this.local !== undefined;
  }
}

/** Service hosts of Alibaba Cloud that may receive credentials: the Tag API, STS and SLS project hosts. */
export const ALICLOUD_SERVICES: readonly string[] = ['tag', 'sts', 'log'];

/** SLS project hosts `<project>.<region>[-intranet].log.aliyuncs.com` (the project is a setting, never an event's). */
const SLS_PROJECT_HOST =
  /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]\.([a-z]{2,}(-[a-z0-9]+){1,3})(-intranet)?\.log\.aliyuncs\.com$/;

/** The shared trusted-URL policy for Alibaba Cloud (`runtime/core/trusted-url.ts`). */
export function alicloudTrustedUrlPolicy(allowLocal: boolean): TrustedUrlPolicy {
  return {
    cloudName: 'Alibaba Cloud',
    domains: ['aliyuncs.com'],
    services: ALICLOUD_SERVICES,
    isRegion: (label) => ALICLOUD_REGION.test(label),
    globalServices: ['sts'],
    otherHosts: [SLS_PROJECT_HOST],
    allowLocal,
  };
}

/** Refuses to send credentials anywhere but https on an Alibaba Cloud service host (or the allowed local server). */
export function assertTrustedUrl(url: string, endpoints: AlicloudEndpoints): void {
  const reason = untrustedUrlReason(url, alicloudTrustedUrlPolicy(endpoints.isLocal));
  if (reason) {
    throw new UntrustedEndpointError(
      `refusing to send signed requests to ${cleanText(url.slice(0, 120))}: it ${reason}`,
    );
  }
}
