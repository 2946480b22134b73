import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { Fcv3Function } from './generated/providers/alicloud/fcv3-function';
import { BundledHandler, bundledHandlerAsset } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { OptionProblem } from '../../runtime/core/option-problem';
import { isUnresolved, propPath, throwFirstProblem, validateIntegerRange } from '../core/validation';
import { IExecutionRole, PolicyStatement, ServiceRole } from './execution-role';

/**
 * Function Compute 3.0 Node.js runtimes (FC "Node.js" runtime page: nodejs20 is the newest, on Debian 10). The
 * bundled handlers are built for Node 20.
 */
export enum FunctionComputeRuntime {
  NODEJS_20 = 'nodejs20',
  NODEJS_18 = 'nodejs18',
}

/** The zip of the Alibaba Cloud tag-enrichment handler (`runtime/alicloud/functions/tag-enrichment.ts`). @internal */
export const ALICLOUD_TAG_ENRICHMENT_HANDLER = BundledHandler.ALICLOUD_TAG_ENRICHMENT;

export interface BundledFunctionProps {
  readonly handler: BundledHandler;
  /** @default a unique name derived from the construct path */
  readonly functionName?: string;
  /** @default FunctionComputeRuntime.NODEJS_20 */
  readonly runtime?: FunctionComputeRuntime;
  /** 1–86400 s (FC 3.0). @default 60 */
  readonly timeoutSeconds?: number;
  /** MB, a multiple of 64 from 128 to 32768. @default 256 */
  readonly memorySize?: number;
  /** Environment variables (settings only, never keys: FC hands the role's STS keys to each invocation). */
  readonly environment?: Record<string, string>;
  /** What a new role may do; a custom policy is made of exactly these statements. */
  readonly statements?: readonly PolicyStatement[];
  /** Run as this existing role instead (it must trust fc.aliyuncs.com); TrailWatch grants it nothing. @default a new role */
  readonly role?: IExecutionRole;
  /** SLS project and logstore for the function's own logs. @default none */
  readonly logProject?: string;
  readonly logLogstore?: string;
  /** @default "TrailWatch function" */
  readonly description?: string;
  /** Tags of the function (and of its role and policy when created here). @default none */
  readonly tags?: Record<string, string>;
}

const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;

/**
 * A Function Compute 3.0 function running one of the package's bundled handlers, as a RAM role trusted by
 * `fc.aliyuncs.com` that holds one custom policy made of `statements`. FC passes the role's STS keys to every
 * invocation (`context.credentials`): no AccessKey exists anywhere.
 */
export class BundledFunction extends Construct {
  public readonly function: Fcv3Function;
  public readonly role: IExecutionRole;
  /** The role TrailWatch created for the function; undefined when an existing role was given. */
  public readonly serviceRole?: IExecutionRole;
  public readonly functionName: string;
  private readonly createdRole?: ServiceRole;

  public constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    throwFirstProblem(bundledFunctionProblems(this, props));
    validateIntegerRange(propPath(this, 'timeoutSeconds'), props.timeoutSeconds, 1, 86400);
    this.functionName = props.functionName ?? uniqueResourceName(this, 64);
    if (props.role) {
      this.role = props.role;
    } else {
      this.createdRole = new ServiceRole(this, 'Role', {
        // RAM role names are account-wide and at most 64 characters of letters, digits, "." and "-".
        roleName: uniqueResourceName(this, 64).replace(/_/g, '-'),
        service: 'fc.aliyuncs.com',
        description: `Lets Function Compute function ${this.functionName} act with least privilege (TrailWatch)`,
        statements: props.statements ?? [],
        tags: props.tags,
      });
      this.serviceRole = this.createdRole;
      this.role = this.createdRole;
    }
    const asset = bundledHandlerAsset(this, 'Code', props.handler);
    this.function = new Fcv3Function(this, 'Function', {
      functionName: this.functionName,
      description: props.description ?? 'TrailWatch function',
      runtime: props.runtime ?? FunctionComputeRuntime.NODEJS_20,
      handler: 'index.handler',
      code: { zipFile: Fn.filebase64(asset.path) },
      memorySize: props.memorySize ?? 256,
      // FC 3.0 wants cpu:memory (GB) between 1:1 and 1:4 and cpu in steps of 0.05 vCPU: the smallest such cpu.
      cpu: Math.max(0.05, Math.ceil(((props.memorySize ?? 256) / 1024 / 4) * 20) / 20),
      diskSize: 512,
      timeout: props.timeoutSeconds ?? 60,
      role: this.role.roleArn,
      // Tag and STS are public endpoints; SLS is reached over the region's intranet host.
      internetAccess: true,
      environmentVariables: props.environment,
      logConfig:
        props.logProject && props.logLogstore
          ? { project: props.logProject, logstore: props.logLogstore, enableRequestMetrics: true }
          : undefined,
      dependsOn: this.createdRole ? [this.createdRole.attachment] : undefined,
      tags: props.tags,
    });
  }

  /** `acs:fc:<region>:<account>:functions/<name>`, the resource of `fc:InvokeFunction` (FC 3.0). */
  public functionArn(region: string, accountId: string): string {
    return `acs:fc:${region}:${accountId}:functions/${this.functionName}`;
  }
}

function bundledFunctionProblems(scope: Construct, props: BundledFunctionProps): OptionProblem[] {
  const problems: OptionProblem[] = [];
  if (
    props.functionName !== undefined &&
    !isUnresolved(props.functionName) &&
    !FUNCTION_NAME.test(props.functionName)
  ) {
    problems.push({
      field: propPath(scope, 'functionName'),
      problem: `"${props.functionName}" is not a Function Compute function name`,
      fix: 'Use 1 to 128 letters, digits, "_" or "-", starting with a letter or "_"',
    });
  }
  const memory = props.memorySize;
  if (memory !== undefined && (!Number.isInteger(memory) || memory < 128 || memory > 32768 || memory % 64 !== 0)) {
    problems.push({
      field: propPath(scope, 'memorySize'),
      problem: `${memory} MB is not a Function Compute memory size`,
      fix: 'Give a multiple of 64 from 128 to 32768',
    });
  }
  if (!props.role && (props.statements ?? []).length === 0) {
    problems.push({
      field: propPath(scope, 'statements'),
      problem: 'a new role needs at least one statement',
      fix: 'Give the statements the function needs, or an existing role',
    });
  }
  if ((props.logProject === undefined) !== (props.logLogstore === undefined)) {
    problems.push({
      field: propPath(scope, 'logLogstore'),
      problem: 'the function log needs both a project and a logstore',
      fix: 'Give logProject and logLogstore together',
    });
  }
  // FC caps the environment at 4 KB in all (FC "Environment variables").
  const envBytes = Object.entries(props.environment ?? {}).reduce(
    (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
    0,
  );
  if (envBytes > 4096) {
    problems.push({
      field: propPath(scope, 'environment'),
      problem: `takes ${envBytes} bytes, more than Function Compute's 4 KB`,
      fix: 'Pass fewer or shorter settings (e.g. fewer member accounts per function)',
    });
  }
  const keyLike = Object.keys(props.environment ?? {}).find((k) => /ACCESS_KEY|SECRET/i.test(k));
  if (keyLike) {
    problems.push({
      field: propPath(scope, `environment.${keyLike}`),
      problem: 'looks like a credential',
      fix: "Never pass keys: the function reads its role's STS keys from the invocation context",
    });
  }
  return problems;
}
