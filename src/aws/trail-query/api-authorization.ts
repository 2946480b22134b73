import { TrailWatchValidationError, isUnresolved, validateUrl } from '../../core/validation';

/** How callers of the trail query API authenticate (API Gateway route `authorization_type`). */
export enum ApiAuthorizationType {
  /** SigV4-signed requests; allow `execute-api:Invoke` on the API in the callers' IAM policies. */
  IAM = 'AWS_IAM',
  /** A bearer JWT checked by an API Gateway JWT authorizer (Cognito, Okta, Entra ID, Auth0...). */
  JWT = 'JWT',
  /** Anyone who can reach the endpoint. */
  NONE = 'NONE',
}

export interface JwtAuthorizationOptions {
  /** Token issuer (`iss`), an https URL with its OpenID configuration, e.g. `https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC`. */
  readonly issuer: string;
  /** Accepted audiences (`aud`, or `client_id` for Cognito access tokens): at least one. */
  readonly audience: readonly string[];
  /** OAuth scopes every route requires. @default none */
  readonly scopes?: readonly string[];
}

export interface CognitoAuthorizationOptions {
  readonly userPoolId: string;
  /** Region of the user pool. */
  readonly region: string;
  /** App client ids whose tokens are accepted. */
  readonly appClientIds: readonly string[];
  /** @default none */
  readonly scopes?: readonly string[];
}

/** Saying it in code: the API answers anyone who can reach it. */
export interface UnauthenticatedAcknowledgement {
  readonly acknowledgeUnauthenticated: true;
}

/**
 * The authorization of every route: `ApiAuthorization.iam()` (the default), `.jwt({...})` / `.cognito({...})`, or
 * `.none({ acknowledgeUnauthenticated: true })`. CloudTrail data tells who did what in the account, so an open API
 * must be asked for in so many words.
 */
export class ApiAuthorization {
  public static iam(): ApiAuthorization {
    return new ApiAuthorization(ApiAuthorizationType.IAM);
  }

  public static jwt(options: JwtAuthorizationOptions): ApiAuthorization {
    if (!isUnresolved(options.issuer)) {
      // Plain http is refused by the API that uses the authorization, naming its path (TrailQueryHttpApi).
      validateUrl('ApiAuthorization.jwt(options).issuer', options.issuer, true);
    }
    if (options.audience.length === 0) {
      throw new TrailWatchValidationError(
        'ApiAuthorization.jwt(options).audience',
        'no audience is given, so API Gateway would accept no token',
        'Give the client id(s) or API identifier your tokens carry in "aud"',
      );
    }
    options.audience.forEach((audience, i) => {
      if (!isUnresolved(audience) && audience.trim() === '') {
        throw new TrailWatchValidationError(
          `ApiAuthorization.jwt(options).audience[${i}]`,
          'the audience is empty',
          'Give the client id or API identifier',
        );
      }
    });
    return new ApiAuthorization(ApiAuthorizationType.JWT, {
      issuer: options.issuer,
      audience: [...options.audience],
      scopes: options.scopes ? [...options.scopes] : undefined,
    });
  }

  /** A JWT authorizer for a Cognito user pool (ID or access tokens of the given app clients). */
  public static cognito(options: CognitoAuthorizationOptions): ApiAuthorization {
    if (!isUnresolved(options.region) && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(options.region)) {
      throw new TrailWatchValidationError(
        'ApiAuthorization.cognito(options).region',
        `"${options.region}" is not an AWS region`,
        "Give the user pool's region, e.g. eu-west-1",
      );
    }
    return ApiAuthorization.jwt({
      issuer: `https://cognito-idp.${options.region}.amazonaws.com/${options.userPoolId}`,
      audience: options.appClientIds,
      scopes: options.scopes,
    });
  }

  public static none(acknowledgement: UnauthenticatedAcknowledgement): ApiAuthorization {
    if (acknowledgement?.acknowledgeUnauthenticated !== true) {
      throw new TrailWatchValidationError(
        'ApiAuthorization.none(acknowledgement)',
        'an unauthenticated API lets anyone who finds the URL read who did what in your account',
        'Use ApiAuthorization.iam() or .jwt(), or pass { acknowledgeUnauthenticated: true } if that is really wanted',
      );
    }
    return new ApiAuthorization(ApiAuthorizationType.NONE);
  }

  private constructor(
    public readonly type: ApiAuthorizationType,
    public readonly jwt?: JwtAuthorizationOptions,
  ) {}
}

/**
 * The issuer of a JWT authorization must be https: API Gateway reads its OpenID configuration and keys over TLS only,
 * and a token issuer reached in clear could be impersonated. Named by the API that uses it. @internal
 */
export function validateJwtIssuer(field: string, authorization: ApiAuthorization | undefined): void {
  const issuer = authorization?.jwt?.issuer;
  if (issuer === undefined) return;
  validateUrl(
    field,
    issuer,
    false,
    'Give ApiAuthorization.jwt({ issuer }) the https:// URL of the token issuer (the tokens\' "iss"), e.g. https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC',
  );
}
