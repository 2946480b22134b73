import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api';
import { Apigatewayv2Authorizer } from '@cdktf/provider-aws/lib/apigatewayv2-authorizer';
import { Apigatewayv2Integration } from '@cdktf/provider-aws/lib/apigatewayv2-integration';
import { Apigatewayv2Route } from '@cdktf/provider-aws/lib/apigatewayv2-route';
import { Apigatewayv2Stage } from '@cdktf/provider-aws/lib/apigatewayv2-stage';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { TRAIL_QUERY_ROUTES, apiGatewayRouteKey } from '../../../runtime/aws/trail-query/routes';
import { TrailQuerySettings } from '../../../runtime/core/setting-names';
import { BundledHandler } from '../../core/handler-asset';
import { uniqueResourceName } from '../../core/naming';
import { propPath } from '../../core/validation';
import { BundledFunction, LambdaRuntime } from '../bundled-function';
import { DEFAULT_LOG_RETENTION_DAYS } from '../log-group';
import { ApiAuthorization, ApiAuthorizationType, validateJwtIssuer } from './api-authorization';
import { TrailQueryTable } from './trail-query-table';

export interface ApiThrottling {
  /** Requests per second across the API (steady state). */
  readonly rateLimit: number;
  readonly burstLimit: number;
}

export interface TrailQueryHttpApiProps {
  readonly table: TrailQueryTable;
  readonly authorization: ApiAuthorization;
  readonly maxWindowDays: number;
  readonly runtime?: LambdaRuntime;
  /** @default { rateLimit: 50, burstLimit: 100 } */
  readonly throttling?: ApiThrottling;
  /** Browser origins allowed by CORS (e.g. a dashboard). @default none: no CORS headers */
  readonly corsAllowedOrigins?: readonly string[];
  /** Days the access log and the function log keep entries. @default 365 */
  readonly logRetentionDays?: number;
  readonly provider?: TerraformProvider;
}

/** Access log fields, one JSON object per request (who called what, and how it ended). */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  time: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  caller: '$context.identity.userArn',
  subject: '$context.authorizer.claims.sub',
  route: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
  bytes: '$context.responseLength',
  error: '$context.error.message',
  integrationError: '$context.integrationErrorMessage',
});

/**
 * API Gateway HTTP API → the query function. One route per entry of the route table shared with the handler
 * and the OpenAPI document, plus `$default` so unknown paths get the handler's JSON 404; every route carries the
 * chosen authorization.
 */
export class TrailQueryHttpApi extends Construct {
  public readonly api: Apigatewayv2Api;
  public readonly stage: Apigatewayv2Stage;
  public readonly function: BundledFunction;
  public readonly routes: Apigatewayv2Route[];
  public readonly authorizer?: Apigatewayv2Authorizer;
  public readonly accessLogGroup: CloudwatchLogGroup;
  /** Base URL of the API (the `$default` stage). */
  public readonly url: string;
  /** For IAM policies of callers: `execute-api:Invoke` on `<executionArn>/*`. */
  public readonly executionArn: string;

  public constructor(scope: Construct, id: string, props: TrailQueryHttpApiProps) {
    super(scope, id);
    validateJwtIssuer(propPath(this, 'authorization'), props.authorization);
    const provider = props.provider;
    this.function = this.createFunction(props);

    const origins = props.corsAllowedOrigins ?? [];
    this.api = new Apigatewayv2Api(this, 'Api', {
      name: uniqueResourceName(this, 128),
      protocolType: 'HTTP',
      description: 'TrailWatch trail query API: who did what, and when, from CloudTrail',
      corsConfiguration:
        origins.length > 0
          ? {
              allowOrigins: [...origins],
              allowMethods: ['GET'],
              allowHeaders: ['authorization', 'content-type', 'x-amz-date', 'x-amz-security-token'],
              maxAge: 3600,
            }
          : undefined,
      provider,
    });
    this.url = this.api.apiEndpoint;
    this.executionArn = this.api.executionArn;
    [this.routes, this.authorizer] = this.createRoutes(props);
    [this.accessLogGroup, this.stage] = this.createStage(props);

    new LambdaPermission(this, 'InvokePermission', {
      statementId: 'AllowTrailQueryHttpApi',
      action: 'lambda:InvokeFunction',
      functionName: this.function.function.functionName,
      principal: 'apigateway.amazonaws.com',
      sourceArn: `${this.api.executionArn}/*`,
      provider,
    });
  }

  private createFunction(props: TrailQueryHttpApiProps): BundledFunction {
    return new BundledFunction(this, 'Function', {
      handler: BundledHandler.AWS_TRAIL_QUERY_API,
      runtime: props.runtime,
      // API Gateway gives up after 30 s; the engine's per-page Query budget keeps pages well under that.
      timeoutSeconds: 29,
      memorySize: 512,
      logRetentionDays: props.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS,
      statements: [
        {
          sid: 'QueryTrailTable',
          actions: ['dynamodb:Query'],
          resources: [props.table.tableArn, props.table.indexArns],
        },
      ],
      environment: {
        [TrailQuerySettings.TABLE_NAME]: props.table.tableName,
        [TrailQuerySettings.MAX_WINDOW_DAYS]: String(props.maxWindowDays),
      },
      provider: props.provider,
    });
  }

  /** One route per entry of the shared route table plus `$default`, each with the chosen authorization. */
  private createRoutes(props: TrailQueryHttpApiProps): [Apigatewayv2Route[], Apigatewayv2Authorizer | undefined] {
    const provider = props.provider;
    const integration = new Apigatewayv2Integration(this, 'Integration', {
      apiId: this.api.id,
      integrationType: 'AWS_PROXY',
      integrationMethod: 'POST',
      integrationUri: this.function.function.invokeArn,
      payloadFormatVersion: '2.0',
      timeoutMilliseconds: 30_000,
      provider,
    });
    const auth = props.authorization;
    const authorizer =
      auth.type === ApiAuthorizationType.JWT && auth.jwt
        ? new Apigatewayv2Authorizer(this, 'JwtAuthorizer', {
            apiId: this.api.id,
            name: 'jwt',
            authorizerType: 'JWT',
            identitySources: ['$request.header.Authorization'],
            jwtConfiguration: { issuer: auth.jwt.issuer, audience: [...auth.jwt.audience] },
            provider,
          })
        : undefined;
    const routeKeys = [...TRAIL_QUERY_ROUTES.map(apiGatewayRouteKey), '$default'];
    const routes = routeKeys.map(
      (routeKey, i) =>
        new Apigatewayv2Route(this, `Route${i}`, {
          apiId: this.api.id,
          routeKey,
          target: `integrations/${integration.id}`,
          authorizationType: auth.type,
          authorizerId: authorizer?.id,
          authorizationScopes: auth.jwt?.scopes ? [...auth.jwt.scopes] : undefined,
          provider,
        }),
    );
    return [routes, authorizer];
  }

  private createStage(props: TrailQueryHttpApiProps): [CloudwatchLogGroup, Apigatewayv2Stage] {
    const accessLogGroup = new CloudwatchLogGroup(this, 'AccessLog', {
      name: `/aws/apigateway/${uniqueResourceName(this, 200)}`,
      retentionInDays: props.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS,
      provider: props.provider,
    });
    const throttling = props.throttling ?? { rateLimit: 50, burstLimit: 100 };
    const stage = new Apigatewayv2Stage(this, 'Stage', {
      apiId: this.api.id,
      name: '$default',
      autoDeploy: true,
      accessLogSettings: { destinationArn: accessLogGroup.arn, format: ACCESS_LOG_FORMAT },
      defaultRouteSettings: {
        throttlingRateLimit: throttling.rateLimit,
        throttlingBurstLimit: throttling.burstLimit,
        detailedMetricsEnabled: true,
      },
      provider: props.provider,
    });
    return [accessLogGroup, stage];
  }
}
