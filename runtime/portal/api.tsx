/** Calls of the trail query API with the bearer token; a 401 becomes SessionExpired (sign in again). */
import { currentTokens, forgetTokens } from './auth';
import { PortalConfig } from './portal-config';

export class SessionExpired extends Error {
  public constructor() {
    super('Your session has expired. Sign in again to continue.');
    this.name = 'SessionExpired';
  }
}

export class ApiFailure extends Error {
  public constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export interface StatsGroup {
  readonly key: string;
  readonly count: number;
  readonly errors: number;
  readonly split?: Record<string, number>;
}

export interface Stats {
  readonly from: string;
  readonly to: string;
  readonly total: number;
  readonly errors: number;
  readonly groupCount: number;
  readonly groups: StatsGroup[];
  /** With several `by` groupings: each one, by name. */
  readonly results?: Record<string, { groupCount: number; groups: StatsGroup[] }>;
}

export type TrailEvent = Record<string, unknown> & {
  eventID: string;
  eventTime: string;
  eventName: string;
  user: string;
  service: string;
};

export interface EventPage {
  readonly items: TrailEvent[];
  readonly cursor?: string;
}

export class TrailApi {
  public constructor(private readonly config: PortalConfig) {}

  public async get<T>(path: string, query: Record<string, string | readonly string[] | undefined>): Promise<T> {
    const tokens = currentTokens();
    if (!tokens) throw new SessionExpired();
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      for (const v of typeof value === 'string' ? [value] : value) params.append(name, v);
    }
    let response: Response;
    try {
      response = await fetch(`${this.config.apiUrl}${path}?${params.toString()}`, {
        headers: { authorization: `Bearer ${tokens.accessToken}` },
      });
    } catch {
      throw new ApiFailure(0, 'The trail API cannot be reached. Check your connection and try again.');
    }
    if (response.status === 401) {
      forgetTokens();
      throw new SessionExpired();
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const message = (body as { message?: string } | undefined)?.message;
      throw new ApiFailure(
        response.status,
        `The trail API answered ${response.status}${message ? `: ${message}` : ''}.`,
      );
    }
    return body as T;
  }
}

/** `/users/alice`, `/services/ec2`: path segments encoded, the slash of role sessions kept encoded too. */
export function entityPath(kind: 'users' | 'services', name: string): string {
  return `/${kind}/${encodeURIComponent(name)}`;
}
