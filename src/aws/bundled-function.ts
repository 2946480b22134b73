import { Fn, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { BundledHandler, bundledHandlerAsset } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import {
  TrailWatchValidationError,
  isUnresolved,
  propPath,
  throwFirstProblem,
  validateIntegerRange,
  validateName,
} from '../core/validation';
import { CLOUDWATCH_LOG_RETENTION_DAYS, DEFAULT_LOG_RETENTION_DAYS, logRetentionProblems } from './log-group';
import { validateKmsKeyArn } from './arn-validation';
import { IExecutionRole } from './execution-role';
import {
  LambdaRuntimeOptions,
  lambdaRuntimeConfig,
  lambdaRuntimeOptionProblems,
  lambdaRuntimeStatements,
} from './lambda-options';

/** Lambda runtimes the bundled handlers are built for (Node 20 syntax, so any of these runs them). */
export enum LambdaRuntime {
  NODEJS_24_X = 'nodejs24.x',
  NODEJS_22_X = 'nodejs22.x',
}

/**
 * CloudWatch Logs retention values accepted by the API, in days (kept for consumers; the check is `logRetentionProblems`).
 * @internal
 */
export const LOG_RETENTION_DAYS: readonly number[] = CLOUDWATCH_LOG_RETENTION_DAYS;

/** Services that can receive a function's failed asynchronous invocations. */
export enum DeadLetterService {
  SQS = 'sqs',
  SNS = 'sns',
}

function deadLetterAction(field: string, arn: string, service: DeadLetterService | undefined): string {
  const resolved =
    service ?? (isUnresolved(arn) ? undefined : arn.includes(':sqs:') ? DeadLetterService.SQS : DeadLetterService.SNS);
  if (resolved === undefined) {
    throw new TrailWatchValidationError(
      field,
      'the dead-letter target is a reference, so its service cannot be read from it',
      'Set deadLetterTargetService to DeadLetterService.SQS or DeadLetterService.SNS',
    );
  }
  return resolved === DeadLetterService.SQS ? 'sqs:SendMessage' : 'sns:Publish';
}

/** One IAM policy statement granted to the function, always scoped to named resources. */
export interface PolicyStatement {
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly sid?: string;
}

export interface BundledFunctionProps extends LambdaRuntimeOptions {
  readonly handler: BundledHandler;
  /** @default a unique name derived from the construct path */
  readonly functionName?: string;
  /** @default LambdaRuntime.NODEJS_24_X */
  readonly runtime?: LambdaRuntime;
  /** @default 30 */
  readonly timeoutSeconds?: number;
  /** @default 256 */
  readonly memorySize?: number;
  readonly environment?: Record<string, string>;
  /** What the function may do besides writing its own logs. */
  readonly statements?: readonly PolicyStatement[];
  /** Days the function's log group keeps its events (a CloudWatch Logs retention value). @default 365 */
  readonly logRetentionDays?: number;
  /** KMS key ARN for the function's log group. @default AWS-managed encryption */
  readonly logKmsKeyArn?: string;
  /** ARN of an SQS queue or SNS topic for failed asynchronous invocations. @default none */
  readonly deadLetterTargetArn?: string;
  /**
   * Which service `deadLetterTargetArn` belongs to. Needed when the ARN is a reference to a resource of the same
   * stack (a token cannot be inspected).
   * @default read from a literal ARN
   */
  readonly deadLetterTargetService?: DeadLetterService;
  /**
   * An existing execution role (`ExecutionRole.fromRoleArn`): no role or policy is created, its owner grants what
   * the function needs. @default a role that may write its own logs plus `statements`
   */
  readonly role?: IExecutionRole;
  /** Description of the function. @default none */
  readonly description?: string;
  /** Tags of the function, its log group and the role created here. @default none */
  readonly tags?: Record<string, string>;
  /** Provider for a region other than the stack default. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/**
 * A Lambda function running one of the package's bundled handlers, with its own log group and a role that may
 * write only to that log group plus the statements given.
 */
export class BundledFunction extends Construct {
  public readonly function: LambdaFunction;
  public readonly logGroup: CloudwatchLogGroup;
  /** The role created here; undefined when `role` was given. */
  public readonly role?: IamRole;
  /** The created role's inline policy (undefined when `role` was given). */
  public readonly rolePolicy?: IamRolePolicy;
  /** The role the function runs as: the created one or the one given. */
  public readonly executionRole: IExecutionRole;
  public readonly roleArn: string;
  public readonly functionName: string;

  public constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    const retention = validateProps(this, props);
    this.functionName = props.functionName ?? uniqueResourceName(this, 64);
    const provider = props.provider;

    this.logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
      name: `/aws/lambda/${this.functionName}`,
      retentionInDays: retention,
      kmsKeyId: props.logKmsKeyArn,
      tags: props.tags,
      provider,
    });

    if (props.role) {
      this.executionRole = props.role;
    } else {
      [this.role, this.rolePolicy] = this.createRole(props);
      this.executionRole = { roleArn: this.role.arn, roleName: this.role.name };
    }
    this.roleArn = this.executionRole.roleArn;

    const asset = bundledHandlerAsset(this, 'Code', props.handler);
    this.function = new LambdaFunction(this, 'Function', {
      functionName: this.functionName,
      role: this.roleArn,
      runtime: props.runtime ?? LambdaRuntime.NODEJS_24_X,
      handler: 'index.handler',
      filename: asset.path,
      sourceCodeHash: Fn.filebase64sha256(asset.path),
      timeout: props.timeoutSeconds ?? 30,
      memorySize: props.memorySize ?? 256,
      architectures: ['arm64'],
      environment: props.environment ? { variables: { ...props.environment } } : undefined,
      deadLetterConfig: props.deadLetterTargetArn ? { targetArn: props.deadLetterTargetArn } : undefined,
      loggingConfig: { logFormat: 'Text', logGroup: this.logGroup.name },
      ...lambdaRuntimeConfig(props),
      description: props.description,
      tags: props.tags,
      // Lambda checks at creation that the role may send to the dead-letter target: attach the policy first.
      dependsOn: [this.logGroup, ...(this.rolePolicy && props.deadLetterTargetArn ? [this.rolePolicy] : [])],
      provider,
    });
  }

  private createRole(props: BundledFunctionProps): [IamRole, IamRolePolicy] {
    const provider = props.provider;
    const assume = new DataAwsIamPolicyDocument(this, 'AssumeRole', {
      statement: [
        { actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: ['lambda.amazonaws.com'] }] },
      ],
      provider,
    });
    const role = new IamRole(this, 'Role', {
      // Account-wide name: a prefix (Terraform adds a unique suffix) lets the same stack deploy in several regions.
      namePrefix: `${uniqueResourceName(this, 37)}-`,
      assumeRolePolicy: assume.json,
      description: `Execution role of ${this.functionName} (TrailWatch)`,
      tags: props.tags,
      provider,
    });
    const deadLetterField = propPath(this, 'deadLetterTargetService');
    const statements: PolicyStatement[] = [
      {
        sid: 'WriteOwnLogs',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [`${this.logGroup.arn}:*`],
      },
      ...(props.deadLetterTargetArn
        ? [
            {
              sid: 'DeadLetter',
              actions: [deadLetterAction(deadLetterField, props.deadLetterTargetArn, props.deadLetterTargetService)],
              resources: [props.deadLetterTargetArn],
            },
          ]
        : []),
      ...lambdaRuntimeStatements(props),
      ...(props.statements ?? []),
    ];
    const policy = new DataAwsIamPolicyDocument(this, 'Policy', {
      statement: statements.map((s) => ({
        sid: s.sid,
        effect: 'Allow',
        actions: [...s.actions],
        resources: [...s.resources],
      })),
      provider,
    });
    return [
      role,
      new IamRolePolicy(this, 'RolePolicy', {
        role: role.name,
        policy: policy.json,
        name: 'least-privilege',
        provider,
      }),
    ];
  }
}

/** Checks the props; returns the log retention in days. */
function validateProps(scope: Construct, props: BundledFunctionProps): number {
  validateName(propPath(scope, 'functionName'), props.functionName, 64);
  validateKmsKeyArn(propPath(scope, 'logKmsKeyArn'), props.logKmsKeyArn);
  validateIntegerRange(propPath(scope, 'timeoutSeconds'), props.timeoutSeconds, 1, 900);
  validateIntegerRange(propPath(scope, 'memorySize'), props.memorySize, 128, 10240);
  throwFirstProblem([
    ...logRetentionProblems(propPath(scope, 'logRetentionDays'), props.logRetentionDays),
    ...lambdaRuntimeOptionProblems(scope.node.path, props),
  ]);
  validateKmsKeyArn(propPath(scope, 'environmentKmsKeyArn'), props.environmentKmsKeyArn);
  return props.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS;
}
