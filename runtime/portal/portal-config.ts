/** The runtime configuration the deployment writes next to the app as `/config.json`. Pure. */

export interface PortalConfig {
  /** Base URL of the trail query API, without a trailing slash. */
  readonly apiUrl: string;
  /** Base URL of the OAuth 2.0 sign-in domain (Cognito hosted UI), without a trailing slash. */
  readonly signInUrl: string;
  readonly clientId: string;
  readonly region?: string;
  /** @default ['openid', 'email'] */
  readonly scopes?: readonly string[];
  /** Event names (or prefixes ending in `*`) counted on the dashboard. */
  readonly keyEvents?: readonly string[];
}

export const DEFAULT_KEY_EVENTS: readonly string[] = [
  'ConsoleLogin',
  'RunInstances',
  'CreateDBInstance',
  'CreateFunction*',
  'CreateLoadBalancer',
  'CreateUser',
  'CreateAccessKey',
  'DeleteTrail',
  'StopLogging',
  'PutBucketPolicy',
];

export function parsePortalConfig(value: unknown): PortalConfig {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (name: string): string => {
    const v = raw[name];
    if (typeof v !== 'string' || v.trim() === '') throw new Error(`config.json: "${name}" is missing`);
    return v.replace(/\/+$/, '');
  };
  const list = (name: string): string[] | undefined =>
    Array.isArray(raw[name]) ? (raw[name] as unknown[]).filter((v): v is string => typeof v === 'string') : undefined;
  return {
    apiUrl: text('apiUrl'),
    signInUrl: text('signInUrl'),
    clientId: text('clientId'),
    region: typeof raw.region === 'string' ? raw.region : undefined,
    scopes: list('scopes'),
    keyEvents: list('keyEvents'),
  };
}

/** Counts of the configured key events from `/stats?by=eventName` groups (a trailing `*` is a prefix). */
export function keyEventCounts(
  keyEvents: readonly string[],
  groups: readonly { key: string; count: number }[],
): { name: string; count: number }[] {
  return keyEvents.map((name) => {
    const prefix = name.endsWith('*') ? name.slice(0, -1) : undefined;
    const count = groups
      .filter((g) => (prefix === undefined ? g.key === name : g.key.startsWith(prefix)))
      .reduce((n, g) => n + g.count, 0);
    return { name, count };
  });
}
