import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CognitoUserPool } from '@cdktf/provider-aws/lib/cognito-user-pool';
import { CognitoUserPoolClient } from '@cdktf/provider-aws/lib/cognito-user-pool-client';
import { CognitoUserPoolDomain } from '@cdktf/provider-aws/lib/cognito-user-pool-domain';
import { uniqueResourceName } from '../../core/naming';

/** Multi-factor authentication of portal users (Cognito `mfa_configuration`). */
export enum PortalMfa {
  OFF = 'OFF',
  /** Each user may turn on an authenticator app. */
  OPTIONAL = 'OPTIONAL',
  /** Every user must use an authenticator app. */
  REQUIRED = 'ON',
}

/** A Cognito user pool made elsewhere, with its hosted sign-in domain. */
export interface ExistingPortalUserPool {
  /** e.g. `eu-west-1_AbCdEf123`. */
  readonly userPoolId: string;
  /** Base URL of the pool's hosted UI, e.g. `https://auth.example.com` or `https://myprefix.auth.eu-west-1.amazoncognito.com`. */
  readonly signInUrl: string;
}

/** @internal */
export interface PortalSignInProps {
  readonly existingUserPool?: ExistingPortalUserPool;
  readonly selfSignUp: boolean;
  readonly mfa: PortalMfa;
  readonly passwordMinimumLength: number;
  readonly deletionProtection: boolean;
  readonly domainPrefix?: string;
  readonly tokenValidityMinutes: number;
  /** The portal's origin (`https://d123.cloudfront.net`), plus extra origins for local development. */
  readonly origins: readonly string[];
  readonly region: string;
  readonly provider?: TerraformProvider;
}

/**
 * Sign-in of the portal: a Cognito user pool (or an existing one), its hosted UI domain and a public app client
 * for the authorization code flow with PKCE (no client secret: a browser cannot keep one).
 * @internal
 */
export class PortalSignIn extends Construct {
  public readonly userPool?: CognitoUserPool;
  public readonly domain?: CognitoUserPoolDomain;
  public readonly client: CognitoUserPoolClient;
  public readonly userPoolId: string;
  /** Base URL of the hosted sign-in UI. */
  public readonly signInUrl: string;
  /** `iss` of the pool's tokens. */
  public readonly issuer: string;

  public constructor(scope: Construct, id: string, props: PortalSignInProps) {
    super(scope, id);
    const provider = props.provider;
    if (props.existingUserPool) {
      this.userPoolId = props.existingUserPool.userPoolId;
      this.signInUrl = props.existingUserPool.signInUrl.replace(/\/+$/, '');
      this.issuer = `https://cognito-idp.${this.userPoolId.split('_')[0]}.amazonaws.com/${this.userPoolId}`;
    } else {
      this.userPool = this.createPool(props);
      this.domain = new CognitoUserPoolDomain(this, 'Domain', {
        userPoolId: this.userPool.id,
        domain:
          props.domainPrefix ??
          uniqueResourceName(this, 63)
            .toLowerCase()
            .replace(/_/g, '-')
            .replace(/aws|amazon|cognito/g, 'x'),
        provider,
      });
      this.userPoolId = this.userPool.id;
      this.signInUrl = `https://${this.domain.domain}.auth.${props.region}.amazoncognito.com`;
      this.issuer = `https://${this.userPool.endpoint}`;
    }
    const urls = props.origins.map((origin) => `${origin}/`);
    this.client = new CognitoUserPoolClient(this, 'Client', {
      name: uniqueResourceName(this, 128),
      userPoolId: this.userPoolId,
      generateSecret: false,
      allowedOauthFlowsUserPoolClient: true,
      allowedOauthFlows: ['code'],
      allowedOauthScopes: ['openid', 'email'],
      callbackUrls: urls,
      logoutUrls: urls,
      defaultRedirectUri: urls[0],
      supportedIdentityProviders: ['COGNITO'],
      explicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      preventUserExistenceErrors: 'ENABLED',
      enableTokenRevocation: true,
      accessTokenValidity: props.tokenValidityMinutes,
      idTokenValidity: props.tokenValidityMinutes,
      refreshTokenValidity: 1,
      tokenValidityUnits: [{ accessToken: 'minutes', idToken: 'minutes', refreshToken: 'days' }],
      // The hosted domain must exist before the client's hosted UI can be used.
      dependsOn: this.domain ? [this.domain] : undefined,
      provider,
    });
  }

  private createPool(props: PortalSignInProps): CognitoUserPool {
    return new CognitoUserPool(this, 'UserPool', {
      name: uniqueResourceName(this, 128),
      // Who sees the trail is decided by an administrator, not by whoever finds the sign-in page.
      adminCreateUserConfig: { allowAdminCreateUserOnly: !props.selfSignUp },
      usernameAttributes: ['email'],
      autoVerifiedAttributes: ['email'],
      mfaConfiguration: props.mfa,
      softwareTokenMfaConfiguration: props.mfa === PortalMfa.OFF ? undefined : { enabled: true },
      passwordPolicy: {
        minimumLength: props.passwordMinimumLength,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSymbols: true,
        temporaryPasswordValidityDays: 3,
      },
      accountRecoverySetting: { recoveryMechanism: [{ name: 'verified_email', priority: 1 }] },
      deletionProtection: props.deletionProtection ? 'ACTIVE' : 'INACTIVE',
      provider: props.provider,
    });
  }
}
