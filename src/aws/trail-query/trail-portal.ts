import { Fn, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { CognitoUserPool } from '@cdktf/provider-aws/lib/cognito-user-pool';
import { CognitoUserPoolClient } from '@cdktf/provider-aws/lib/cognito-user-pool-client';
import { CloudfrontDistribution } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { CloudfrontOriginAccessControl } from '@cdktf/provider-aws/lib/cloudfront-origin-access-control';
import { CloudfrontResponseHeadersPolicy } from '@cdktf/provider-aws/lib/cloudfront-response-headers-policy';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { uniqueResourceName } from '../../core/naming';
import { AwsContext } from '../aws-context';
import { ResourcePolicyDocument, denyInsecureTransport } from '../resource-policy';
import { ApiAuthorization } from './api-authorization';
import { PortalFiles } from './portal-assets';
import { PORTAL_STATIC_HEADERS, portalContentSecurityPolicy } from './portal-headers';
import { ExistingPortalUserPool, PortalMfa, PortalSignIn } from './portal-sign-in';
import { portalProblems } from './portal-validation';

export { PortalMfa } from './portal-sign-in';
export type { ExistingPortalUserPool } from './portal-sign-in';

const CHARSET_META = '<meta charset="utf-8" />';

/** CloudFront price classes (which edge locations serve the portal). */
export enum PortalPriceClass {
  /** North America and Europe. */
  PRICE_CLASS_100 = 'PriceClass_100',
  PRICE_CLASS_200 = 'PriceClass_200',
  ALL = 'PriceClass_All',
}

/** What `TrailQueryApi({ portal: {...} })` forwards to the portal. */
export interface TrailPortalOptions {
  /** Custom host name of the portal, e.g. `audit.example.com` (point a DNS alias at the distribution). @default the distribution's `*.cloudfront.net` name */
  readonly domainName?: string;
  /** ACM certificate for `domainName`, in us-east-1 (CloudFront's region). Required with `domainName`. @default none */
  readonly certificateArn?: string;
  /** An existing Cognito user pool and hosted domain; the portal adds its app client to it. @default a new user pool and hosted domain */
  readonly existingUserPool?: ExistingPortalUserPool;
  /** Prefix of the new pool's hosted domain (`<prefix>.auth.<region>.amazoncognito.com`). @default derived from the construct path */
  readonly signInDomainPrefix?: string;
  /** Let people create their own account on the sign-in page. @default false (administrators add users) */
  readonly selfSignUp?: boolean;
  /** @default PortalMfa.OPTIONAL */
  readonly mfa?: PortalMfa;
  /** Shortest password (upper and lower case, a digit and a symbol are always required). @default 12 */
  readonly passwordMinimumLength?: number;
  /** Refuse to delete the user pool (`deletion_protection`). @default true */
  readonly userPoolDeletionProtection?: boolean;
  /** Lifetime of access and ID tokens; the portal asks to sign in again after it. @default 60 */
  readonly tokenValidityMinutes?: number;
  /** Extra origins allowed as sign-in callbacks, e.g. `http://localhost:8080` while developing. @default none */
  readonly additionalOrigins?: readonly string[];
  /** Event names (a trailing `*` is a prefix) counted on the dashboard. @default ConsoleLogin, RunInstances, CreateDBInstance, CreateFunction*, … */
  readonly keyEvents?: readonly string[];
  /** @default PortalPriceClass.PRICE_CLASS_100 */
  readonly priceClass?: PortalPriceClass;
  /** Let `terraform destroy` delete the bucket with its files. @default true (the files are rebuilt from the package) */
  readonly forceDestroy?: boolean;
  /** Provider of the region the bucket and the user pool live in. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

export interface TrailPortalProps extends TrailPortalOptions {
  /**
   * Base URL of the trail query API. Given here, it is the only API host in the Content-Security-Policy header.
   * `TrailQueryApi` leaves it out and calls `connectApi` (its CORS rule needs the portal first).
   * @default set later with connectApi
   */
  readonly apiUrl?: string;
}

/**
 * The trail portal: a dashboard and search for the trail query API, served from a private S3 bucket through
 * CloudFront (Origin Access Control, strict security headers, SPA fallback), with Cognito sign-in (authorization
 * code + PKCE, no client secret). Point the API's JWT authorizer at `issuer` / `clientId` and allow `origin` by CORS
 * (`TrailQueryApi({ portal: {} })` does both).
 */
export class TrailPortal extends Construct {
  public readonly bucket: S3Bucket;
  public readonly distribution: CloudfrontDistribution;
  public readonly responseHeadersPolicy: CloudfrontResponseHeadersPolicy;
  /** The user pool the portal created (none with `existingUserPool`). */
  public readonly userPool?: CognitoUserPool;
  /** The portal's app client (public: code + PKCE, no secret). */
  public readonly userPoolClient: CognitoUserPoolClient;
  /** `https://<domain>`: the portal's address and the API's CORS origin. */
  public readonly origin: string;
  /** `iss` of the user pool's tokens, for the API's JWT authorizer. */
  public readonly issuer: string;
  /** App client id, the JWT authorizer's audience. */
  public readonly clientId: string;
  public readonly userPoolId: string;
  /** Base URL of the hosted sign-in UI. */
  public readonly signInUrl: string;
  private readonly signIn: PortalSignIn;
  private readonly props: TrailPortalProps;
  private readonly region: string;
  private files?: PortalFiles;

  public constructor(scope: Construct, id: string, props: TrailPortalProps = {}) {
    super(scope, id);
    portalProblems(this, props);
    this.props = props;
    const provider = props.provider;
    this.region = AwsContext.of(this, provider).region;
    this.bucket = this.createBucket();
    this.signIn = new PortalSignIn(this, 'SignIn', {
      existingUserPool: props.existingUserPool,
      selfSignUp: props.selfSignUp ?? false,
      mfa: props.mfa ?? PortalMfa.OPTIONAL,
      passwordMinimumLength: props.passwordMinimumLength ?? 12,
      deletionProtection: props.userPoolDeletionProtection ?? true,
      domainPrefix: props.signInDomainPrefix,
      tokenValidityMinutes: props.tokenValidityMinutes ?? 60,
      // The custom name is known now; the CloudFront name only after the distribution exists.
      origins: [props.domainName ? `https://${props.domainName}` : '', ...(props.additionalOrigins ?? [])].filter(
        (o) => o !== '',
      ),
      region: this.region,
      provider,
    });
    this.responseHeadersPolicy = this.createHeadersPolicy();
    this.distribution = this.createDistribution();
    this.origin = props.domainName ? `https://${props.domainName}` : `https://${this.distribution.domainName}`;
    if (!props.domainName) {
      const urls = [this.origin, ...(props.additionalOrigins ?? [])].map((origin) => `${origin}/`);
      this.signIn.client.callbackUrls = urls;
      this.signIn.client.logoutUrls = urls;
      this.signIn.client.defaultRedirectUri = urls[0];
    }
    this.userPool = this.signIn.userPool;
    this.userPoolClient = this.signIn.client;
    this.issuer = this.signIn.issuer;
    this.clientId = this.signIn.client.id;
    this.userPoolId = this.signIn.userPoolId;
    this.signInUrl = this.signIn.signInUrl;
    this.createBucketPolicy();
    if (props.apiUrl) this.connectApi(props.apiUrl);
  }

  /** The API authorization that accepts the portal's tokens: a JWT authorizer on the user pool and app client. */
  public apiAuthorization(): ApiAuthorization {
    return ApiAuthorization.jwt({ issuer: this.issuer, audience: [this.clientId] });
  }

  /** Writes the runtime configuration (API URL, sign-in domain, client id, region) and the pages into the bucket. */
  public connectApi(apiUrl: string): void {
    if (this.files) throw new Error(`${this.node.path}.connectApi: the portal is already connected to an API`);
    const config = Fn.jsonencode({
      apiUrl,
      signInUrl: this.signInUrl,
      clientId: this.clientId,
      region: this.region,
      scopes: ['openid', 'email'],
      ...(this.props.keyEvents ? { keyEvents: [...this.props.keyEvents] } : {}),
    });
    // The header policy cannot name an API whose CORS rule names this distribution (a dependency cycle), so the
    // page narrows connect-src to the exact API itself; a browser applies both policies.
    const meta = `<meta http-equiv="Content-Security-Policy" content="connect-src 'self' ${apiUrl} ${this.signInUrl}" />`;
    this.files = new PortalFiles(this, 'Files', {
      bucketName: this.bucket.bucket,
      configJson: config,
      indexHtml: (built) => {
        if (!built.includes(CHARSET_META))
          throw new Error(
            `cdktf-trailwatch: assets/portal/index.html has no ${CHARSET_META}; rebuild it with npm run build:portal`,
          );
        return built.replace(CHARSET_META, `${CHARSET_META}\n    ${meta}`);
      },
      provider: this.props.provider,
    });
  }

  private createBucket(): S3Bucket {
    const provider = this.props.provider;
    const bucket = new S3Bucket(this, 'Bucket', {
      bucketPrefix: `${uniqueResourceName(this, 37).toLowerCase().replace(/_/g, '-')}-`,
      forceDestroy: this.props.forceDestroy ?? true,
      provider,
    });
    new S3BucketPublicAccessBlock(this, 'PublicAccessBlock', {
      bucket: bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
      provider,
    });
    new S3BucketOwnershipControls(this, 'Ownership', {
      bucket: bucket.id,
      rule: { objectOwnership: 'BucketOwnerEnforced' },
      provider,
    });
    new S3BucketServerSideEncryptionConfigurationA(this, 'Encryption', {
      bucket: bucket.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
      provider,
    });
    new S3BucketVersioningA(this, 'Versioning', {
      bucket: bucket.id,
      versioningConfiguration: { status: 'Enabled' },
      provider,
    });
    return bucket;
  }

  private createBucketPolicy(): void {
    const policy = new ResourcePolicyDocument(this, 'BucketPolicyDocument', {
      statements: [
        denyInsecureTransport(['s3:*'], [this.bucket.arn, `${this.bucket.arn}/*`]),
        {
          sid: 'AllowThisDistributionToRead',
          effect: 'Allow',
          principals: [{ type: 'Service', identifiers: ['cloudfront.amazonaws.com'] }],
          actions: ['s3:GetObject'],
          resources: [`${this.bucket.arn}/*`],
          condition: [{ test: 'StringEquals', variable: 'AWS:SourceArn', values: [this.distribution.arn] }],
        },
      ],
      provider: this.props.provider,
    });
    new S3BucketPolicy(this, 'BucketPolicy', {
      bucket: this.bucket.id,
      policy: policy.json,
      provider: this.props.provider,
    });
  }

  private createHeadersPolicy(): CloudfrontResponseHeadersPolicy {
    const apiUrl = this.props.apiUrl;
    // Without the API's URL (TrailQueryApi connects it later), the API's region is as narrow as a header can be.
    const apiOrigin =
      apiUrl === undefined
        ? `https://*.execute-api.${this.region}.amazonaws.com`
        : Token.isUnresolved(apiUrl)
          ? apiUrl
          : new URL(apiUrl).origin;
    const csp = portalContentSecurityPolicy({ apiOrigins: [apiOrigin], signInOrigin: this.signIn.signInUrl });
    const extra = Object.entries(PORTAL_STATIC_HEADERS).filter(([name]) =>
      ['permissions-policy', 'cross-origin-opener-policy'].includes(name),
    );
    return new CloudfrontResponseHeadersPolicy(this, 'Headers', {
      name: uniqueResourceName(this, 128),
      comment: 'TrailWatch portal: strict CSP, HSTS, no framing',
      securityHeadersConfig: {
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        strictTransportSecurity: {
          accessControlMaxAgeSec: 63_072_000,
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        frameOptions: { frameOption: 'DENY', override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: 'no-referrer', override: true },
      },
      customHeadersConfig: { items: extra.map(([header, value]) => ({ header, value, override: true })) },
      provider: this.props.provider,
    });
  }

  private createDistribution(): CloudfrontDistribution {
    const provider = this.props.provider;
    const oac = new CloudfrontOriginAccessControl(this, 'OriginAccessControl', {
      name: uniqueResourceName(this, 64),
      description: 'TrailWatch portal bucket, signed requests only',
      originAccessControlOriginType: 's3',
      signingBehavior: 'always',
      signingProtocol: 'sigv4',
      provider,
    });
    const originId = 'portal-bucket';
    // SPA fallback: a deep link (or a path the bucket does not have) gets the app, which routes it.
    const fallback = [403, 404].map((errorCode) => ({
      errorCode,
      responseCode: 200,
      responsePagePath: '/index.html',
      errorCachingMinTtl: 0,
    }));
    return new CloudfrontDistribution(this, 'Distribution', {
      enabled: true,
      comment: 'TrailWatch trail portal',
      defaultRootObject: 'index.html',
      httpVersion: 'http2and3',
      isIpv6Enabled: true,
      priceClass: this.props.priceClass ?? PortalPriceClass.PRICE_CLASS_100,
      aliases: this.props.domainName ? [this.props.domainName] : undefined,
      origin: [{ originId, domainName: this.bucket.bucketRegionalDomainName, originAccessControlId: oac.id }],
      defaultCacheBehavior: {
        targetOriginId: originId,
        viewerProtocolPolicy: 'redirect-to-https',
        allowedMethods: ['GET', 'HEAD'],
        cachedMethods: ['GET', 'HEAD'],
        compress: true,
        // Managed policy "CachingOptimized": honours the objects' Cache-Control (immutable bundles, no-cache pages).
        cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
        responseHeadersPolicyId: this.responseHeadersPolicy.id,
      },
      customErrorResponse: fallback,
      restrictions: { geoRestriction: { restrictionType: 'none' } },
      viewerCertificate: this.props.certificateArn
        ? {
            acmCertificateArn: this.props.certificateArn,
            sslSupportMethod: 'sni-only',
            minimumProtocolVersion: 'TLSv1.2_2021',
          }
        : { cloudfrontDefaultCertificate: true },
      provider,
    });
  }
}
