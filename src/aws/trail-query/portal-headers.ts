/**
 * The trail portal's security headers, shared by the CloudFront response-headers policy and the local server
 * of the browser tests (so the tests run the app under the policy it is deployed with).
 * @internal
 */

export interface PortalCspSources {
  /** Origins (or CloudFront-style host wildcards) the app may call: the API. */
  readonly apiOrigins: readonly string[];
  /** Origin of the sign-in domain (token endpoint, and where sign-in forms post). */
  readonly signInOrigin: string;
}

/**
 * Strict CSP: scripts and styles from the portal itself only (no inline code, no eval), API and sign-in domain
 * as the only other hosts, no framing, no plugins, forms only to the sign-in domain.
 * @internal
 */
export function portalContentSecurityPolicy(sources: PortalCspSources): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${[...sources.apiOrigins, sources.signInOrigin].join(' ')}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    `form-action 'self' ${sources.signInOrigin}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** @internal */
export const PORTAL_STATIC_HEADERS: Readonly<Record<string, string>> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};
