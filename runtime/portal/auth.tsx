/**
 * Sign-in with the OAuth 2.0 authorization code flow and PKCE (RFC 7636) against the sign-in domain (Cognito's
 * hosted UI): a public client, no secret in the browser. Tokens live in sessionStorage (gone with the tab).
 */
import { PortalConfig } from './portal-config';

const TOKENS = 'trailwatch.tokens';
const PENDING = 'trailwatch.pkce';

export interface Tokens {
  readonly accessToken: string;
  readonly idToken?: string;
  /** Epoch ms. */
  readonly expiresAt: number;
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

function redirectUri(): string {
  return `${location.origin}/`;
}

export function currentTokens(): Tokens | undefined {
  try {
    const tokens = JSON.parse(sessionStorage.getItem(TOKENS) ?? 'null') as Tokens | null;
    return tokens && tokens.expiresAt > Date.now() + 30_000 ? tokens : undefined;
  } catch {
    return undefined;
  }
}

export function forgetTokens(): void {
  sessionStorage.removeItem(TOKENS);
}

/** The user's name from the ID token (display only: the API checks the access token itself). */
export function signedInUser(): string | undefined {
  const token = currentTokens()?.idToken ?? currentTokens()?.accessToken;
  if (!token) return undefined;
  try {
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as Record<
      string,
      unknown
    >;
    return String(claims.email ?? claims['cognito:username'] ?? claims.username ?? claims.sub ?? '');
  } catch {
    return undefined;
  }
}

/** Goes to the sign-in page; comes back to `returnTo` (path and query of this app). */
export async function signIn(config: PortalConfig, returnTo: string): Promise<void> {
  const verifier = randomText(48);
  const state = randomText(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: (config.scopes ?? ['openid', 'email']).join(' '),
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  });
  location.assign(`${config.signInUrl}/oauth2/authorize?${params.toString()}`);
}

/**
 * On the redirect back (`?code=…&state=…`): checks the state, exchanges the code with the verifier, stores the
 * tokens and returns the path to show. Undefined when the URL is not a sign-in callback.
 */
export async function completeSignIn(config: PortalConfig): Promise<string | undefined> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) return undefined;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as {
    verifier: string;
    state: string;
    returnTo: string;
  } | null;
  sessionStorage.removeItem(PENDING);
  if (error) throw new Error(`Sign-in failed: ${params.get('error_description') ?? error}`);
  if (!pending || pending.state !== params.get('state'))
    throw new Error('Sign-in failed: the answer does not belong to this sign-in. Sign in again.');
  const response = await fetch(`${config.signInUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code: code!,
      redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: the sign-in service answered ${response.status}. Sign in again.`);
  const body = (await response.json()) as { access_token: string; id_token?: string; expires_in?: number };
  const tokens: Tokens = {
    accessToken: body.access_token,
    idToken: body.id_token,
    expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
  return pending.returnTo || '/';
}

export function signOut(config: PortalConfig): void {
  forgetTokens();
  const params = new URLSearchParams({ client_id: config.clientId, logout_uri: redirectUri() });
  location.assign(`${config.signInUrl}/logout?${params.toString()}`);
}
