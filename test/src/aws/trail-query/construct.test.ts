import { Testing, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TRAIL_QUERY_ROUTES, apiGatewayRouteKey } from '../../../../runtime/aws/trail-query/routes';
import { trailTableCreateInput } from '../../../../runtime/aws/trail-query/table-model';
import { ApiAuthorization, TrailQueryApi, TrailQueryApiProps } from '../../../../src/aws/trail-query';
import { AlertTopic } from '../../../../src/aws/alert-topic';
import { AuditTrail } from '../../../../src/aws/audit-trail';
import { SecureBucket } from '../../../../src/aws/secure-bucket';
import { SynthesizedStack, onlyResource, resourcesOf, synthJson } from '../../../helpers/synth';

type PropsOf = Partial<TrailQueryApiProps> | ((stack: TerraformStack) => Partial<TrailQueryApiProps>);

function stackWith(props: PropsOf = {}): { stack: TerraformStack; api: TrailQueryApi } {
  const stack = new TerraformStack(Testing.app(), 'test');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  const given = typeof props === 'function' ? props(stack) : props;
  const api = new TrailQueryApi(stack, 'TrailQuery', {
    trailBucket: SecureBucket.fromBucketName(stack, 'TrailBucket', 'acme-trail'),
    ...given,
  });
  return { stack, api };
}

function synth(props: PropsOf = {}): SynthesizedStack {
  return synthJson(stackWith(props).stack);
}

interface Statement {
  sid?: string;
  effect?: string;
  actions: string[];
  resources: string[];
}

/** The statements of the two functions' role policies (data sources named `...Function_Policy_...`). */
function roleStatements(json: SynthesizedStack): Record<string, Statement[]> {
  const documents = json.data?.aws_iam_policy_document ?? {};
  return Object.fromEntries(
    Object.entries(documents)
      .filter(([id]) => /Function_Policy_/.test(id))
      .map(([id, doc]) => [id.includes('Ingestion') ? 'ingest' : 'query', doc.statement as Statement[]]),
  );
}

describe('TrailQueryApi', () => {
  test('role policies: no wildcard actions, only the table, its indexes, the trail prefix, the queue and own logs', () => {
    const statements = roleStatements(synth({ filePrefix: 'audit/prod' }));
    expect(Object.keys(statements).sort()).toEqual(['ingest', 'query']);
    for (const statement of Object.values(statements).flat()) {
      expect(statement.actions.every((a) => !a.includes('*'))).toBe(true);
      expect(statement.effect).toBe('Allow');
    }
    const byId = (name: string) => Object.fromEntries(statements[name].map((s) => [s.sid, s]));
    expect(byId('query').QueryTrailTable).toMatchObject({
      actions: ['dynamodb:Query'],
      resources: [
        expect.stringMatching(/^\$\{aws_dynamodb_table\.\w+\.arn\}$/),
        expect.stringMatching(/^\$\{aws_dynamodb_table\.\w+\.arn\}\/index\/\*$/),
      ],
    });
    expect(Object.keys(byId('query')).sort()).toEqual(['QueryTrailTable', 'WriteOwnLogs', 'WriteTraces']);
    const ingest = byId('ingest');
    expect(ingest.ReadTrailLogFiles.actions).toEqual(['s3:GetObject']);
    expect(ingest.ReadTrailLogFiles.resources).toEqual([
      expect.stringMatching(
        /^arn:\$\{data\.aws_partition\.\w+\.partition\}:s3:::acme-trail\/audit\/prod\/AWSLogs\/\*$/,
      ),
    ]);
    expect(ingest.WriteTrailTable).toMatchObject({
      actions: ['dynamodb:BatchWriteItem', 'dynamodb:UpdateItem'],
      resources: [expect.stringMatching(/^\$\{aws_dynamodb_table\.\w+\.arn\}$/)],
    });
    expect(ingest.ConsumeTrailFileQueue.resources).toEqual([
      expect.stringMatching(/^\$\{aws_sqs_queue\.TrailQuery_Ingestion_Queue_\w+\.arn\}$/),
    ]);
    expect(ingest.DecryptTrailLogFiles).toBeUndefined();
  });

  test("the table: on-demand, PITR, deletion protection, the same keys and GSIs as the handlers' definition", () => {
    const table = onlyResource(synth({ ttlDays: 90 }), 'aws_dynamodb_table');
    const definition = trailTableCreateInput('x');
    expect(table).toMatchObject({
      billing_mode: 'PAY_PER_REQUEST',
      point_in_time_recovery: { enabled: true },
      deletion_protection_enabled: true,
      ttl: { attribute_name: 'expiresAt', enabled: true },
    });
    expect(table.hash_key).toBe(definition.KeySchema[0].AttributeName);
    expect(table.range_key).toBe(definition.KeySchema[1].AttributeName);
    expect((table.attribute as { name: string }[]).map((a) => a.name)).toEqual(
      definition.AttributeDefinitions.map((a) => a.AttributeName),
    );
    expect(
      (table.global_secondary_index as Record<string, unknown>[]).map((g) => [
        g.name,
        g.hash_key,
        g.range_key,
        g.projection_type,
        g.non_key_attributes,
      ]),
    ).toEqual(
      definition.GlobalSecondaryIndexes.map((g) => [
        g.IndexName,
        g.KeySchema[0].AttributeName,
        g.KeySchema[1].AttributeName,
        'INCLUDE',
        g.Projection.NonKeyAttributes,
      ]),
    );
  });

  test('ingestion: EventBridge rule on log-file keys only → SSE queue with redrive → function reporting item failures', () => {
    const json = synth({ maxReceiveCount: 3 });
    const rule = onlyResource(json, 'aws_cloudwatch_event_rule');
    expect(JSON.parse(rule.event_pattern as string)).toEqual({
      source: ['aws.s3'],
      'detail-type': ['Object Created'],
      detail: { bucket: { name: ['acme-trail'] }, object: { key: [{ wildcard: 'AWSLogs/*/CloudTrail/*.json.gz' }] } },
    });
    const queues = resourcesOf(json, 'aws_sqs_queue');
    const main = Object.entries(queues).find(([id]) => id.includes('_Queue_'))?.[1] as Record<string, unknown>;
    expect(main.sqs_managed_sse_enabled).toBe(true);
    expect(main.visibility_timeout_seconds).toBe(1800);
    expect(JSON.parse(main.redrive_policy as string)).toEqual({
      deadLetterTargetArn: expect.stringMatching(/DeadLetterQueue/),
      maxReceiveCount: 3,
    });
    const mapping = onlyResource(json, 'aws_lambda_event_source_mapping');
    expect(mapping).toMatchObject({
      function_response_types: ['ReportBatchItemFailures'],
      batch_size: 10,
      scaling_config: { maximum_concurrency: 5 },
    });
    expect(mapping.depends_on).toEqual([
      expect.stringMatching(/^aws_iam_role_policy\.TrailQuery_Ingestion_Function_RolePolicy/),
    ]);
    expect(onlyResource(json, 'aws_cloudwatch_event_target').dead_letter_config).toEqual({
      arn: expect.stringMatching(/DeadLetterQueue/),
    });
    // The construct never touches the bucket's notification configuration.
    expect(resourcesOf(json, 'aws_s3_bucket_notification')).toEqual({});
    const ingest = Object.values(resourcesOf(json, 'aws_lambda_function')).find((f) =>
      String(f.function_name).includes('Ingestion'),
    ) as { environment: { variables: Record<string, string> } };
    expect(ingest.environment.variables).toMatchObject({
      TRAILWATCH_TRAIL_KEY_PREFIX: '',
      TRAILWATCH_SKIP_EVENT_NAME_PREFIXES: 'Get,List,Describe,Head',
    });
  });

  test('IAM authorization by default on every route, $default included', () => {
    const json = synth();
    const routes = Object.values(resourcesOf(json, 'aws_apigatewayv2_route'));
    // One route per entry of the route table shared with the handler, plus $default.
    expect(routes.map((r) => r.route_key)).toEqual([...TRAIL_QUERY_ROUTES.map(apiGatewayRouteKey), '$default']);
    expect(routes.map((r) => r.route_key)).toEqual(
      expect.arrayContaining([
        'GET /parameters',
        'GET /scan',
        'GET /users',
        'GET /users/{user+}',
        'GET /services',
        'GET /services/{service}',
      ]),
    );
    expect(routes.every((r) => r.authorization_type === 'AWS_IAM')).toBe(true);
    expect(resourcesOf(json, 'aws_apigatewayv2_authorizer')).toEqual({});
    expect(onlyResource(json, 'aws_apigatewayv2_integration')).toMatchObject({
      integration_type: 'AWS_PROXY',
      payload_format_version: '2.0',
    });
    expect(onlyResource(json, 'aws_apigatewayv2_stage')).toMatchObject({
      name: '$default',
      auto_deploy: true,
      access_log_settings: { destination_arn: expect.any(String) },
    });
    expect(onlyResource(json, 'aws_lambda_permission').source_arn).toMatch(/execution_arn\}\/\*$/);
  });

  test('JWT (and Cognito) authorization attaches an authorizer to every route', () => {
    const json = synth({
      authorization: ApiAuthorization.cognito({
        userPoolId: 'eu-west-1_AbC',
        region: 'eu-west-1',
        appClientIds: ['client-1'],
        scopes: ['trail/read'],
      }),
    });
    expect(onlyResource(json, 'aws_apigatewayv2_authorizer')).toMatchObject({
      authorizer_type: 'JWT',
      identity_sources: ['$request.header.Authorization'],
      jwt_configuration: {
        issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC',
        audience: ['client-1'],
      },
    });
    for (const route of Object.values(resourcesOf(json, 'aws_apigatewayv2_route'))) {
      expect(route).toMatchObject({
        authorization_type: 'JWT',
        authorizer_id: expect.stringMatching(/aws_apigatewayv2_authorizer/),
        authorization_scopes: ['trail/read'],
      });
    }
  });

  test('an unauthenticated API must be acknowledged in code', () => {
    expect(() => ApiAuthorization.none({} as never)).toThrow(/acknowledgeUnauthenticated: true/);
    const json = synth({ authorization: ApiAuthorization.none({ acknowledgeUnauthenticated: true }) });
    expect(
      Object.values(resourcesOf(json, 'aws_apigatewayv2_route')).every((r) => r.authorization_type === 'NONE'),
    ).toBe(true);
  });

  test('a trail of this stack (bucket + prefix), a KMS key and TTL are wired through', () => {
    const json = synth({
      trailBucket: { bucketName: 'org-trail', filePrefix: 'trailwatch' },
      trailKmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abc',
      ttlDays: 30,
    });
    const ingest = Object.fromEntries(roleStatements(json).ingest.map((s) => [s.sid, s]));
    expect(ingest.ReadTrailLogFiles.resources[0]).toMatch(/:s3:::org-trail\/trailwatch\/AWSLogs\/\*$/);
    expect(ingest.DecryptTrailLogFiles).toMatchObject({
      actions: ['kms:Decrypt'],
      resources: ['arn:aws:kms:eu-west-1:111122223333:key/abc'],
    });
    const pattern = JSON.parse(onlyResource(json, 'aws_cloudwatch_event_rule').event_pattern as string) as {
      detail: { object: { key: { wildcard: string }[] } };
    };
    expect(pattern.detail.object.key[0].wildcard).toBe('trailwatch/AWSLogs/*/CloudTrail/*.json.gz');
    const fn = Object.values(resourcesOf(json, 'aws_lambda_function')).find((f) =>
      String(f.function_name).includes('Ingestion'),
    ) as { environment: { variables: Record<string, string> } };
    expect(fn.environment.variables).toMatchObject({
      TRAILWATCH_TRAIL_KEY_PREFIX: 'trailwatch/',
      TRAILWATCH_TTL_DAYS: '30',
    });
  });

  test.each<[string, PropsOf, RegExp]>([
    ['no bucket', { trailBucket: undefined }, /test\/TrailQuery\.trailBucket: no trail bucket is given/],
    [
      'bad bucket name',
      (stack) => ({ trailBucket: SecureBucket.fromBucketName(stack, 'Imported', 'Acme_Trail') }),
      /test\/Imported\.bucketName: "Acme_Trail" is not a valid S3 bucket name/,
    ],
    [
      'prefix differs from the trail',
      { trailBucket: { bucketName: 'x-trail', filePrefix: 'a' }, filePrefix: 'b' },
      /test\/TrailQuery\.filePrefix: "b" differs/,
    ],
    [
      'prefix with slashes',
      { filePrefix: '/audit/' },
      /test\/TrailQuery\.filePrefix: "\/audit\/" is not a usable CloudTrail key prefix/,
    ],
    ['prefix with AWSLogs', { filePrefix: 'audit/AWSLogs' }, /AWSLogs\/ part CloudTrail adds itself/],
    ['wildcard in prefix', { filePrefix: 'a*b' }, /not a usable CloudTrail key prefix/],
    [
      'bad skip prefix',
      { skipEventNamePrefixes: ['Get', 'List,Describe'] },
      /test\/TrailQuery\.skipEventNamePrefixes\[1\]/,
    ],
    ['ttl', { ttlDays: 0 }, /ttlDays/],
    ['window', { maxWindowDays: 100_000 }, /maxWindowDays/],
    ['CORS *', { corsAllowedOrigins: ['*'] }, /test\/TrailQuery\.corsAllowedOrigins\[0\]/],
    [
      'log retention',
      { logRetentionDays: 42 },
      /test\/TrailQuery\.logRetentionDays: 42 is not a CloudWatch Logs retention/,
    ],
    ['table name', { tableName: 'x' }, /test\/TrailQuery\/Table\.tableName: "x" is not a DynamoDB table name/],
    ['CORS http', { corsAllowedOrigins: ['http://dash.example.com'] }, /plain http/],
    ['throttling', { throttling: { rateLimit: 0, burstLimit: 10 } }, /throttling/],
  ])('%s fails at construction with the field and the fix', (_name, props, message) => {
    expect(() => stackWith(props)).toThrow(message);
  });

  test('JWT options are checked', () => {
    // Plain http is refused by the API using the authorization, naming its path and prop (issue 13).
    expect(() =>
      synth({ authorization: ApiAuthorization.jwt({ issuer: 'http://idp.example.com', audience: ['a'] }) }),
    ).toThrow(
      /\.authorization: "http:\/\/idp\.example\.com" is plain http.*ApiAuthorization\.jwt\(\{ issuer \}\) the https:\/\/ URL/,
    );
    expect(() => ApiAuthorization.jwt({ issuer: 'https://idp.example.com', audience: [] })).toThrow(
      /ApiAuthorization\.jwt\(options\)\.audience: no audience/,
    );
    expect(() => ApiAuthorization.cognito({ userPoolId: 'p', region: 'Ireland', appClientIds: ['a'] })).toThrow(
      /ApiAuthorization\.cognito\(options\)\.region: "Ireland" is not an AWS region/,
    );
  });

  test('CORS for a dashboard origin', () => {
    const api = onlyResource(
      synth({ corsAllowedOrigins: ['https://audit.example.com', 'http://localhost:8080'] }),
      'aws_apigatewayv2_api',
    );
    expect(api.cors_configuration).toMatchObject({
      allow_origins: ['https://audit.example.com', 'http://localhost:8080'],
      allow_methods: ['GET'],
    });
  });
});

describe('existing resources through importers', () => {
  test('an imported bucket creates nothing and gets no notification resource; an imported topic receives the dead-letter alarm', () => {
    const json = synth((stack) => ({
      alarmTopic: AlertTopic.fromTopicArn(stack, 'Alarms', 'arn:aws:sns:eu-west-1:111122223333:ops.fifo'),
    }));
    expect(resourcesOf(json, 'aws_s3_bucket')).toEqual({});
    expect(resourcesOf(json, 'aws_s3_bucket_notification')).toEqual({});
    expect(onlyResource(json, 'aws_cloudwatch_metric_alarm').alarm_actions).toEqual([
      'arn:aws:sns:eu-west-1:111122223333:ops.fifo',
    ]);
  });
});

describe('a trail bucket managed by TrailWatch', () => {
  test('gets its EventBridge notifications turned on, once', () => {
    const stack = new TerraformStack(Testing.app(), 'managed');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    const trail = new AuditTrail(stack, 'Trail', {});
    new TrailQueryApi(stack, 'Api', { trailBucket: trail });
    trail.enableEventBridgeNotifications();
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_s3_bucket_notification')).toMatchObject({ eventbridge: true });
    // The trail's customer-managed key: the ingest function may decrypt the log files.
    const ingest = Object.fromEntries(roleStatements(json).ingest.map((st) => [st.sid, st]));
    expect(ingest.DecryptTrailLogFiles).toMatchObject({
      actions: ['kms:Decrypt'],
      // The trail's key (the ingestion's alarm topic has a key of its own).
      resources: [
        `\${aws_kms_key.${Object.keys(resourcesOf(json, 'aws_kms_key')).find((id) => id.startsWith('Trail_'))}.arn}`,
      ],
    });
  });
});
