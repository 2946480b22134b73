/**
 * The one check every cloud adapter makes before it sends a token, a signature or role credentials anywhere: the
 * URL must be https on a service host of the cloud, `<service>.<region>.<domain>` for a service of the cloud's list
 * (or one of the cloud's few other documented host shapes, such as AWS VPC endpoints). Being on the cloud's domain
 * is not enough: anyone can own a host there (an API Gateway stage, a load balancer, an S3 or OBS bucket or
 * website, a Lambda function URL), and a request to it would hand them the credentials. Those service labels are
 * refused even when a policy lists them. The explicit local-test switch admits http(s) on 127.0.0.1, ::1 or
 * localhost only: switched on by mistake, nothing can leave the machine.
 */

/** Where one cloud's credentials may go. */
export interface TrustedUrlPolicy {
  /** e.g. "Huawei Cloud", for the messages. */
  readonly cloudName: string;
  /** The DNS domains of the service hosts, e.g. amazonaws.com, myhuaweicloud.com. */
  readonly domains: readonly string[];
  /** Service labels that may receive credentials as `<service>.<region>.<domain>` (and `<service>-fips`). */
  readonly services: readonly string[];
  /** Whether a label is one of the cloud's regions. */
  readonly isRegion: (label: string) => boolean;
  /** Services with a region-less host `<service>.<domain>` (e.g. TMS on Huawei Cloud, STS on AWS). */
  readonly globalServices?: readonly string[];
  /** Other documented host shapes, matched against the whole host name (e.g. AWS VPC endpoints). */
  readonly otherHosts?: readonly RegExp[];
  /** Local tests only: also http(s) on 127.0.0.1, ::1 or localhost. */
  readonly allowLocal?: boolean;
}

/** Loopback host names the local-test switch admits, and nothing else. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Service labels whose hosts a customer can own (API Gateway stages, load balancers, instances' public names,
 * bucket websites, function URLs, app hosting). Refused whatever the policy lists.
 */
export const USER_OWNABLE_SERVICES: readonly string[] = [
  // AWS
  'execute-api',
  'elb',
  'compute',
  'compute-1',
  's3-website',
  'lambda-url',
  'on-aws',
  'cloudfront',
  'elasticbeanstalk',
  'awsapprunner',
  'amplifyapp',
  'appsync-api',
  // Huawei Cloud / Open Telekom Cloud
  'apig',
  'apic',
  'obs-website',
  // Alibaba Cloud
  'oss-website',
  'fcapp',
];

/** Why `url` may not receive the cloud's credentials, or undefined when it may. */
export function untrustedUrlReason(url: string, policy: TrustedUrlPolicy): string | undefined {
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
  const domain = [...policy.domains]
    .sort((a, b) => b.length - a.length)
    .find((d) => host.endsWith(`.${d.toLowerCase()}`));
  const a = /^[AEIOU]/.test(policy.cloudName) ? 'an' : 'a';
  if (!domain) return `is not on ${a} ${policy.cloudName} domain (${policy.domains.join(', ')})`;
  const labels = host.slice(0, -domain.length - 1).split('.');
  const owned = labels.find((label) => USER_OWNABLE_SERVICES.some((s) => label === s || label.startsWith(`${s}-`)));
  if (owned) return `is a ${owned} host, which any customer can own`;
  if (policy.otherHosts?.some((pattern) => pattern.test(host))) return undefined;
  const service = labels[0].replace(/-fips$/, '');
  const known = policy.services.includes(service);
  if (known && labels.length === 2 && policy.isRegion(labels[1])) return undefined;
  if (known && labels.length === 1 && (policy.globalServices ?? []).includes(service)) return undefined;
  return `is not ${a} ${policy.cloudName} service host (<service>.<region>.${domain} for ${policy.services.join(', ')})`;
}
