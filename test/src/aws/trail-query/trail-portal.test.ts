/** The TrailPortal construct and TrailQueryApi's `portal` option: what is deployed, and every prop error. */
import { Testing, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TRAIL_QUERY_ROUTES } from '../../../../runtime/aws/trail-query/routes';
import { TrailQueryApi } from '../../../../src/aws/trail-query/trail-query-api';
import { ApiAuthorization } from '../../../../src/aws/trail-query/api-authorization';
import { PortalMfa, TrailPortal, TrailPortalProps } from '../../../../src/aws/trail-query/trail-portal';
import { portalAssetManifest } from '../../../../src/aws/trail-query/portal-assets';
import { SecureBucket } from '../../../../src/aws/secure-bucket';
import { SynthesizedStack, onlyResource, resourcesOf, synthJson } from '../../../helpers/synth';

function newStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  return stack;
}

function withApi(portal: TrailPortalProps = {}): SynthesizedStack {
  const stack = newStack();
  new TrailQueryApi(stack, 'TrailQuery', {
    trailBucket: SecureBucket.fromBucketName(stack, 'TrailBucket', 'acme-trail'),
    portal,
  });
  return synthJson(stack);
}

function standalone(props: TrailPortalProps): SynthesizedStack {
  const stack = newStack();
  new TrailPortal(stack, 'Portal', props);
  return synthJson(stack);
}

type Block = Record<string, unknown>;

describe('TrailQueryApi({ portal })', () => {
  const json = withApi({});

  test('private bucket: every public access blocked, owner-enforced, encrypted, TLS only, read by this distribution only (OAC)', () => {
    expect(onlyResource(json, 'aws_s3_bucket_public_access_block')).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(onlyResource(json, 'aws_s3_bucket_ownership_controls')).toMatchObject({
      rule: { object_ownership: 'BucketOwnerEnforced' },
    });
    expect(JSON.stringify(onlyResource(json, 'aws_s3_bucket_server_side_encryption_configuration'))).toContain(
      'AES256',
    );
    const documents = Object.entries(json.data?.aws_iam_policy_document ?? {}).filter(([id]) => id.includes('Portal'));
    const statements = documents.flatMap(([, doc]) => doc.statement as Block[]);
    expect(statements.find((s) => s.sid === 'DenyInsecureTransport')).toMatchObject({
      effect: 'Deny',
      condition: [{ variable: 'aws:SecureTransport', values: ['false'] }],
    });
    const read = statements.find((s) => s.sid === 'AllowThisDistributionToRead')!;
    expect(read).toMatchObject({
      effect: 'Allow',
      actions: ['s3:GetObject'],
      principals: [{ type: 'Service', identifiers: ['cloudfront.amazonaws.com'] }],
    });
    expect(read.condition).toEqual([
      {
        test: 'StringEquals',
        variable: 'AWS:SourceArn',
        values: [expect.stringMatching(/^\$\{aws_cloudfront_distribution\.\w+\.arn\}$/)],
      },
    ]);
    expect(statements.some((s) => JSON.stringify(s.principals).includes('"*"') && s.effect === 'Allow')).toBe(false);
    const oac = onlyResource(json, 'aws_cloudfront_origin_access_control');
    expect(oac).toMatchObject({
      origin_access_control_origin_type: 's3',
      signing_behavior: 'always',
      signing_protocol: 'sigv4',
    });
    const distribution = onlyResource(json, 'aws_cloudfront_distribution');
    expect((distribution.origin as Block[])[0].origin_access_control_id).toBe(
      `\${aws_cloudfront_origin_access_control.${oac.logicalId}.id}`,
    );
    expect(distribution.default_cache_behavior).toMatchObject({
      viewer_protocol_policy: 'redirect-to-https',
      allowed_methods: ['GET', 'HEAD'],
    });
    // SPA fallback.
    expect(distribution.custom_error_response).toEqual([
      expect.objectContaining({ error_code: 403, response_code: 200, response_page_path: '/index.html' }),
      expect.objectContaining({ error_code: 404, response_code: 200, response_page_path: '/index.html' }),
    ]);
  });

  test('response headers: strict CSP naming only the API region and the sign-in domain, HSTS, no framing', () => {
    const policy = onlyResource(json, 'aws_cloudfront_response_headers_policy');
    const security = policy.security_headers_config as Block;
    const csp = String((security.content_security_policy as Block).content_security_policy);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*\.amazonaws\.com[^/]|https:\s|http:/);
    const connect = /connect-src ([^;]+)/.exec(csp)![1].split(' ');
    expect(connect).toEqual([
      "'self'",
      expect.stringMatching(/^https:\/\/\*\.execute-api\.\$\{data\.aws_region\.\w+\.region\}\.amazonaws\.com$/),
      expect.stringMatching(
        /^https:\/\/\$\{aws_cognito_user_pool_domain\.\w+\.domain\}\.auth\..+\.amazoncognito\.com$/,
      ),
    ]);
    expect(security.strict_transport_security).toMatchObject({
      access_control_max_age_sec: 63072000,
      include_subdomains: true,
      override: true,
    });
    expect(security.frame_options).toMatchObject({ frame_option: 'DENY' });
    // The page itself narrows connect-src to the exact API.
    const index = Object.values(resourcesOf(json, 'aws_s3_object')).find((o) => o.key === 'index.html')!;
    expect(String(index.content)).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="connect-src 'self' \$\{aws_apigatewayv2_api\.\w+\.api_endpoint\} https:\/\/\$\{aws_cognito_user_pool_domain/,
    );
  });

  test('Cognito: admin-created users, optional MFA, password policy, deletion protection; app client with code + PKCE and no secret', () => {
    const pool = onlyResource(json, 'aws_cognito_user_pool');
    expect(pool).toMatchObject({
      admin_create_user_config: { allow_admin_create_user_only: true },
      mfa_configuration: 'OPTIONAL',
      deletion_protection: 'ACTIVE',
    });
    expect(pool.password_policy).toMatchObject({ minimum_length: 12, require_symbols: true, require_numbers: true });
    const client = onlyResource(json, 'aws_cognito_user_pool_client');
    expect(client).toMatchObject({
      generate_secret: false,
      allowed_oauth_flows: ['code'],
      allowed_oauth_flows_user_pool_client: true,
      supported_identity_providers: ['COGNITO'],
    });
    expect(client.allowed_oauth_flows).not.toContain('implicit');
    expect(client.callback_urls).toEqual([
      expect.stringMatching(/^https:\/\/\$\{aws_cloudfront_distribution\.\w+\.domain_name\}\/$/),
    ]);
    expect(client.logout_urls).toEqual(client.callback_urls);
    expect(onlyResource(json, 'aws_cognito_user_pool_domain').domain).toMatch(/^[a-z0-9-]+$/);
  });

  test('the API: a JWT authorizer on the pool and client on every route, CORS for the portal origin only', () => {
    const authorizer = onlyResource(json, 'aws_apigatewayv2_authorizer');
    expect(authorizer).toMatchObject({ authorizer_type: 'JWT' });
    expect(authorizer.jwt_configuration).toEqual({
      issuer: expect.stringMatching(/^https:\/\/\$\{aws_cognito_user_pool\.\w+\.endpoint\}$/),
      audience: [expect.stringMatching(/^\$\{aws_cognito_user_pool_client\.\w+\.id\}$/)],
    });
    const routes = Object.values(resourcesOf(json, 'aws_apigatewayv2_route'));
    expect(routes).toHaveLength(TRAIL_QUERY_ROUTES.length + 1);
    for (const route of routes)
      expect(route).toMatchObject({
        authorization_type: 'JWT',
        authorizer_id: `\${aws_apigatewayv2_authorizer.${authorizer.logicalId}.id}`,
      });
    expect(routes.map((r) => r.route_key)).toContain('GET /stats');
    const api = onlyResource(json, 'aws_apigatewayv2_api');
    expect((api.cors_configuration as Block).allow_origins).toEqual([
      expect.stringMatching(/^https:\/\/\$\{aws_cloudfront_distribution\.\w+\.domain_name\}$/),
    ]);
  });

  test('the runtime configuration object and every built file are in the bucket', () => {
    const objects = Object.values(resourcesOf(json, 'aws_s3_object'));
    const config = objects.find((o) => o.key === 'config.json')!;
    expect(config.content_type).toBe('application/json');
    const content = String(config.content);
    for (const ref of [
      'aws_apigatewayv2_api',
      'aws_cognito_user_pool_client',
      'aws_cognito_user_pool_domain',
      'data.aws_region',
    ])
      expect(content).toContain(ref);
    expect(objects.map((o) => o.key).sort()).toEqual(
      [...portalAssetManifest().map((e) => e.path), 'config.json'].sort(),
    );
    const bundle = objects.find((o) => /^app-.*\.js$/.test(String(o.key)))!;
    expect(bundle.cache_control).toMatch(/immutable/);
    expect(bundle.source_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('TrailPortal options', () => {
  test('custom domain, existing user pool, a given API URL (exact in the header), MFA required', () => {
    const json = standalone({
      domainName: 'audit.example.com',
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234',
      existingUserPool: { userPoolId: 'eu-west-1_AbC123', signInUrl: 'https://auth.example.com' },
      apiUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com',
    });
    expect(resourcesOf(json, 'aws_cognito_user_pool')).toEqual({});
    expect(onlyResource(json, 'aws_cognito_user_pool_client')).toMatchObject({
      user_pool_id: 'eu-west-1_AbC123',
      callback_urls: ['https://audit.example.com/'],
    });
    const distribution = onlyResource(json, 'aws_cloudfront_distribution');
    expect(distribution.aliases).toEqual(['audit.example.com']);
    expect(distribution.viewer_certificate).toMatchObject({
      ssl_support_method: 'sni-only',
      minimum_protocol_version: 'TLSv1.2_2021',
    });
    const csp = JSON.stringify(onlyResource(json, 'aws_cloudfront_response_headers_policy'));
    expect(csp).toContain(
      "connect-src 'self' https://abc123.execute-api.eu-west-1.amazonaws.com https://auth.example.com;",
    );
    expect(
      onlyResource(standalone({ mfa: PortalMfa.REQUIRED, selfSignUp: true }), 'aws_cognito_user_pool'),
    ).toMatchObject({ mfa_configuration: 'ON', admin_create_user_config: { allow_admin_create_user_only: false } });
  });

  test.each<[string, TrailPortalProps, RegExp]>([
    [
      'domainName',
      { domainName: 'Audit Example', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/x' },
      /^test\/Portal\.domainName: "Audit Example" is not a host name\. Give/,
    ],
    [
      'certificateArn missing',
      { domainName: 'audit.example.com' },
      /^test\/Portal\.certificateArn: a custom domainName needs a certificate.*us-east-1/,
    ],
    [
      'domainName missing',
      { certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/x' },
      /^test\/Portal\.domainName: a certificateArn is given without the name/,
    ],
    [
      'certificate region',
      { domainName: 'a.example.com', certificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/x' },
      /^test\/Portal\.certificateArn: .* not an ACM certificate ARN in us-east-1\. CloudFront only uses/,
    ],
    [
      'userPoolId',
      { existingUserPool: { userPoolId: 'pool', signInUrl: 'https://auth.example.com' } },
      /^test\/Portal\.existingUserPool\.userPoolId: "pool" is not a Cognito user pool id\. Give/,
    ],
    [
      'signInUrl',
      { existingUserPool: { userPoolId: 'eu-west-1_A1', signInUrl: 'http://auth.example.com' } },
      /^test\/Portal\.existingUserPool\.signInUrl: .* not the https base URL/,
    ],
    [
      'pool options with existing pool',
      { existingUserPool: { userPoolId: 'eu-west-1_A1', signInUrl: 'https://a.example.com' }, mfa: PortalMfa.OFF },
      /^test\/Portal\.mfa: applies to a user pool the portal creates/,
    ],
    [
      'signInDomainPrefix',
      { signInDomainPrefix: 'my-aws-login' },
      /^test\/Portal\.signInDomainPrefix: "my-aws-login" is not a usable Cognito domain prefix\. Use/,
    ],
    ['mfa', { mfa: 'SOMETIMES' as PortalMfa }, /^test\/Portal\.mfa: "SOMETIMES" is not an MFA setting\. Use PortalMfa/],
    [
      'passwordMinimumLength',
      { passwordMinimumLength: 6 },
      /^test\/Portal\.passwordMinimumLength: 6 is not a whole number from 8 to 99\. Cognito accepts/,
    ],
    [
      'tokenValidityMinutes',
      { tokenValidityMinutes: 2000 },
      /^test\/Portal\.tokenValidityMinutes: 2000 is not a whole number from 5 to 1440/,
    ],
    [
      'additionalOrigins',
      { additionalOrigins: ['https://ok.example.com', 'http://dev.example.com'] },
      /^test\/Portal\.additionalOrigins\[1\]: "http:\/\/dev\.example\.com" is not an origin\. Give scheme and host/,
    ],
    [
      'keyEvents',
      { keyEvents: ['RunInstances', 'Run Instances'] },
      /^test\/Portal\.keyEvents\[1\]: "Run Instances" is not an event name\. Give/,
    ],
    [
      'apiUrl',
      { apiUrl: 'http://api.example.com' },
      /^test\/Portal\.apiUrl: "http:\/\/api\.example\.com" is not an https URL\. Give/,
    ],
  ])('%s: the error names <construct path>.<prop> and the fix', (_name, props, message) => {
    expect(() => standalone(props)).toThrow(message);
  });

  test('TrailQueryApi refuses portal together with another authorization, naming the prop', () => {
    const stack = newStack();
    expect(
      () =>
        new TrailQueryApi(stack, 'TrailQuery', {
          trailBucket: SecureBucket.fromBucketName(stack, 'TrailBucket', 'acme-trail'),
          portal: {},
          authorization: ApiAuthorization.iam(),
        }),
    ).toThrow(/^test\/TrailQuery\.authorization: the portal signs people in with Cognito.*Leave authorization out/);
  });

  test("portal options are validated under the API's path", () => {
    const stack = newStack();
    expect(
      () =>
        new TrailQueryApi(stack, 'TrailQuery', {
          trailBucket: SecureBucket.fromBucketName(stack, 'TrailBucket', 'acme-trail'),
          portal: { passwordMinimumLength: 4 },
        }),
    ).toThrow(/^test\/TrailQuery\/Portal\.passwordMinimumLength:/);
  });
});
