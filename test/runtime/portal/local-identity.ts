/**
 * A local OAuth 2.0 / OpenID issuer standing in for Cognito: the hosted UI's authorize endpoint (signs the test
 * user in at once and records the PKCE challenge), the token endpoint (checks the code verifier), logout, and the
 * JWKS the API side verifies RS256 access tokens with. Node's crypto only.
 */
import { KeyObject, createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'crypto';

export interface AuthorizeRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly codeChallengeMethod: string;
  readonly state: string;
  readonly scope: string;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export class LocalIdentity {
  public readonly kid = 'local-key-1';
  public readonly authorizeRequests: AuthorizeRequest[] = [];
  public tokensIssued = 0;
  private readonly issued: string[] = [];
  private readonly revoked = new Set<string>();
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;
  private readonly codes = new Map<string, AuthorizeRequest>();
  private serial = 0;

  public constructor(
    public readonly issuer: string,
    public readonly clientId: string,
    public readonly userName = 'auditor@example.com',
  ) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicJwk = { ...pair.publicKey.export({ format: 'jwk' }), kid: this.kid, alg: 'RS256', use: 'sig' };
  }

  public jwks(): { keys: Record<string, unknown>[] } {
    return { keys: [this.publicJwk] };
  }

  /** `/oauth2/authorize`: the redirect back with a code, or an error text. */
  public authorize(query: URLSearchParams): { location?: string; error?: string } {
    const request: AuthorizeRequest = {
      clientId: query.get('client_id') ?? '',
      redirectUri: query.get('redirect_uri') ?? '',
      codeChallenge: query.get('code_challenge') ?? '',
      codeChallengeMethod: query.get('code_challenge_method') ?? '',
      state: query.get('state') ?? '',
      scope: query.get('scope') ?? '',
    };
    this.authorizeRequests.push(request);
    if (query.get('response_type') !== 'code' || request.clientId !== this.clientId)
      return { error: 'unauthorized_client' };
    if (request.codeChallengeMethod !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(request.codeChallenge))
      return { error: 'PKCE S256 required' };
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, request);
    const back = new URL(request.redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', request.state);
    return { location: back.toString() };
  }

  /** `/oauth2/token` (authorization_code grant, public client): tokens, or an OAuth error. */
  public token(form: URLSearchParams): { status: number; body: Record<string, unknown> } {
    const request = this.codes.get(form.get('code') ?? '');
    this.codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    if (
      form.get('grant_type') !== 'authorization_code' ||
      !request ||
      form.get('client_id') !== this.clientId ||
      form.get('redirect_uri') !== request.redirectUri ||
      b64url(createHash('sha256').update(verifier).digest()) !== request.codeChallenge
    ) {
      return { status: 400, body: { error: 'invalid_grant' } };
    }
    this.tokensIssued++;
    const now = Math.floor(Date.now() / 1000);
    const jti = `t${++this.serial}`;
    this.issued.push(jti);
    const base = { iss: this.issuer, sub: 'user-0001', iat: now, exp: now + 3600, jti };
    return {
      status: 200,
      body: {
        access_token: this.sign({
          ...base,
          token_use: 'access',
          client_id: this.clientId,
          scope: request.scope,
          username: this.userName,
        }),
        id_token: this.sign({ ...base, token_use: 'id', aud: this.clientId, email: this.userName }),
        token_type: 'Bearer',
        expires_in: 3600,
      },
    };
  }

  /** Every token issued so far is refused from now on, as if it had expired. */
  public expireIssuedTokens(): void {
    for (const jti of this.issued) this.revoked.add(jti);
  }

  private sign(claims: Record<string, unknown>): string {
    const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: this.kid }));
    const body = b64url(JSON.stringify(claims));
    return `${head}.${body}.${b64url(sign('sha256', Buffer.from(`${head}.${body}`), this.privateKey))}`;
  }

  /**
   * What API Gateway's JWT authorizer checks, against the JWKS: RS256 signature by a listed key, `iss`, `exp`,
   * and `client_id` (access token) or `aud` equal to the app client.
   */
  public verifyBearer(header: string | undefined): boolean {
    const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? '');
    if (!match) return false;
    const [, head, body, signature] = match;
    try {
      const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string; kid?: string };
      const jwk = this.jwks().keys.find((k) => k.kid === header.kid);
      if (header.alg !== 'RS256' || !jwk) return false;
      const key = createPublicKey({ key: jwk as never, format: 'jwk' });
      if (!verify('sha256', Buffer.from(`${head}.${body}`), key, Buffer.from(signature, 'base64url'))) return false;
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
      const now = Date.now() / 1000;
      return (
        claims.iss === this.issuer &&
        Number(claims.exp) > now &&
        !this.revoked.has(String(claims.jti)) &&
        (claims.client_id === this.clientId || claims.aud === this.clientId)
      );
    } catch {
      return false;
    }
  }
}
