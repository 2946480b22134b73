import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { FgsFunction } from './generated/providers/huaweicloud/fgs-function';
import { FgsFunctionTrigger } from './generated/providers/huaweicloud/fgs-function-trigger';
import { IdentityAgency } from './generated/providers/huaweicloud/identity-agency';
import { IdentityRole } from './generated/providers/huaweicloud/identity-role';
import { bundledHandlerAsset } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { throwFirstProblem } from '../core/validation';
import { FgsAsyncInvokeConfiguration } from './generated/providers/huaweicloud/fgs-async-invoke-configuration';
import { LtsGroup } from './generated/providers/huaweicloud/lts-group';
import { LtsStream } from './generated/providers/huaweicloud/lts-stream';
import { FunctionLogStream, asyncFailureToTopic, createFunctionLogStream } from './function-operations';
import { regionProblems } from './region';
import { FamilyFunctionProps, familyFunctionProblems } from '../core/huawei-family/function-props';
import {
  failureTopicPermissions,
  logAndScaleArguments,
  ownLogSettings,
} from '../core/huawei-family/function-operations';
import { AgencyPermission, planPermissions, policyScopes } from '../core/huawei-family/permissions';
import { bundledCodeArguments } from '../core/huawei-family/function-code';

/** FunctionGraph Node.js runtimes the bundled handlers run on (built for Node 20). */
export enum FunctionGraphRuntime {
  NODEJS_20_15 = 'Node.js20.15',
  NODEJS_22_18 = 'Node.js22.18',
}

/** Trigger types used by TrailWatch (FunctionGraph API "trigger_type_code"). */
export enum FunctionGraphTriggerType {
  CTS = 'CTS',
  LTS = 'LTS',
  TIMER = 'TIMER',
  OBS = 'OBS',
  SMN = 'SMN',
}

// One statement of an agency's custom policy, shared with Open Telekom Cloud (same IAM action names).
export type { AgencyPermission } from '../core/huawei-family/permissions';

/** Props of a Huawei Cloud bundled function (the Huawei-family props with Huawei Cloud's runtimes). */
export interface BundledFunctionProps extends FamilyFunctionProps<FunctionGraphRuntime> {
  /** Region of the function, its agency's project role and its triggers (checked against Huawei Cloud's regions). */
  readonly region: string;
}

/**
 * A FunctionGraph function running one of the package's bundled handlers, with an agency for FunctionGraph
 * (`op_svc_cff`) holding one custom, project-scoped policy built from `permissions`.
 */
export class BundledFunction extends Construct {
  public readonly function: FgsFunction;
  /**
   * The configuration agency created here (FunctionGraph uses it to create the triggers; it is the only agency when
   * no permission is a trigger right); undefined when `agency` was given.
   */
  public readonly agency?: IdentityAgency;
  /** The execution agency (`app_agency`) whose token the code gets, holding the runtime rights; made only when trigger rights are kept apart. */
  public readonly appAgency?: IdentityAgency;
  /**
   * The agency's custom policies: one project policy for the regional services, plus a project and a global policy
   * holding only the OBS statements (IAM wants OBS, a global service, granted in both scopes and alone). Empty when
   * no permissions were asked for or an existing agency is used.
   */
  public readonly policies: readonly IdentityRole[];
  public readonly agencyName: string;
  public readonly functionUrn: string;
  public readonly functionName: string;
  /** The LTS group and stream of the function's logs (created here unless `logStream` was given). */
  public readonly logs: FunctionLogStream;
  public readonly logGroup?: LtsGroup;
  public readonly logStream?: LtsStream;
  /** Where failed asynchronous invocations go; undefined without `failureTopicUrn`. */
  public readonly asyncInvokeConfig?: FgsAsyncInvokeConfiguration;
  private readonly region: string;
  /** Name of the execution agency (`app_agency`); undefined when the function has one agency. */
  private readonly appAgencyName?: string;

  public constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    validateProps(this, props);
    this.region = props.region;
    this.functionName = props.functionName ?? uniqueResourceName(this, 60);
    const own = createFunctionLogStream(this, props.region, this.functionName, props);
    [this.logGroup, this.logStream, this.logs] = [own.group, own.stream, own.logs];

    if (props.agency) {
      this.agencyName = props.agency.agencyName;
      this.policies = [];
    } else {
      const { trigger, runtime } = planPermissions([
        ...(props.permissions ?? []),
        // FunctionGraph delivers failed events with the configuration agency.
        ...failureTopicPermissions(props.failureTopicUrn),
      ]);
      // Trigger rights on the configuration agency, runtime rights on the execution agency the code's token comes from.
      const [agency, policies] =
        trigger.length > 0
          ? this.createAgency('', props.region, trigger, 'create its triggers')
          : this.createAgency('', props.region, runtime, 'act with least privilege');
      const [appAgency, appPolicies] =
        trigger.length > 0 && runtime.length > 0
          ? this.createAgency('App', props.region, runtime, 'run with least privilege')
          : [undefined, []];
      [this.agency, this.appAgency, this.policies] = [agency, appAgency, [...policies, ...appPolicies]];
      this.agencyName = agency.name;
      this.appAgencyName = appAgency?.name;
    }

    const asset = bundledHandlerAsset(this, 'Code', props.handler);
    this.function = new FgsFunction(this, 'Function', {
      region: props.region,
      name: this.functionName,
      ...bundledCodeArguments(asset, props, FunctionGraphRuntime.NODEJS_20_15),
      agency: this.agencyName,
      appAgency: this.appAgencyName,
      functiongraphVersion: 'v2',
      // The keyword alarm tells its own log lines apart by this group and stream.
      userData: Fn.jsonencode({
        ...props.environment,
        ...ownLogSettings(this.logs),
      }),
      ...logAndScaleArguments(this.logs, props.maxInstances),
      logStreamId: this.logs.streamId,
      logStreamName: this.logs.streamName,
      tags: props.tags,
    });
    this.functionUrn = this.function.urn;
    if (props.failureTopicUrn) {
      this.asyncInvokeConfig = asyncFailureToTopic(this, props.region, this.functionUrn, props.failureTopicUrn);
    }
  }

  /** A trigger of the given type; `eventData` is JSON-encoded as the trigger resource expects. */
  public addTrigger(
    id: string,
    type: FunctionGraphTriggerType,
    eventData: Record<string, unknown>,
  ): FgsFunctionTrigger {
    return new FgsFunctionTrigger(this, id, {
      region: this.region,
      functionUrn: this.functionUrn,
      type,
      status: 'ACTIVE',
      eventData: Fn.jsonencode(eventData),
    });
  }

  /** One agency for FunctionGraph with custom policies; `prefix` ("" or "App") keeps ids and names apart. */
  private createAgency(
    prefix: string,
    region: string,
    permissions: readonly AgencyPermission[],
    purpose: string,
  ): [IdentityAgency, IdentityRole[]] {
    // Agencies and custom policies are account-wide: the region keeps two regions' deployments apart.
    const suffix = prefix ? `-${prefix.toLowerCase()}` : '';
    const salted = (maxLength: number) => uniqueResourceName(this, maxLength - suffix.length, '-', region) + suffix;
    const name = salted(64);
    const { regional, obs, global } = policyScopes(permissions);
    const policies: IdentityRole[] = [];
    const projectRoles: string[] = [];
    const domainRoles: string[] = [];
    const grant = (
      policyId: string,
      policyName: string,
      type: 'AX' | 'XA',
      statements: readonly AgencyPermission[],
    ) => {
      const policy = this.customPolicy(`${prefix}${policyId}`, policyName, type, statements);
      policies.push(policy);
      // XA policies apply in the region's project named below; AX ones account-wide (global services).
      (type === 'XA' ? projectRoles : domainRoles).push(policy.name);
    };
    if (regional.length > 0) grant('Policy', name, 'XA', regional);
    if (obs.length > 0) {
      grant('ObsProjectPolicy', `${salted(55)}-obs-proj`, 'XA', obs);
      grant('ObsGlobalPolicy', `${salted(55)}-obs-glob`, 'AX', obs);
    }
    if (global.length > 0) grant('GlobalPolicy', `${salted(57)}-global`, 'AX', global);
    const agency = new IdentityAgency(this, `${prefix}Agency`, {
      name,
      description: `Lets FunctionGraph function ${this.functionName} ${purpose} (TrailWatch)`,
      // FunctionGraph's cloud-service principal.
      delegatedDomainName: 'op_svc_cff',
      duration: 'FOREVER',
      projectRole: projectRoles.length > 0 ? [{ project: region, roles: projectRoles }] : undefined,
      domainRoles: domainRoles.length > 0 ? domainRoles : undefined,
    });
    return [agency, policies];
  }

  private customPolicy(
    id: string,
    name: string,
    type: 'AX' | 'XA',
    statements: readonly AgencyPermission[],
  ): IdentityRole {
    return new IdentityRole(this, id, {
      name,
      description: `Least privilege of FunctionGraph function ${this.functionName} (TrailWatch)`,
      type,
      policy: JSON.stringify({
        Version: '1.1',
        Statement: statements.map((p) => ({
          Effect: 'Allow',
          Action: [...p.actions],
          ...(p.resources && p.resources.length > 0 ? { Resource: [...p.resources] } : {}),
        })),
      }),
    });
  }
}

function validateProps(scope: Construct, props: BundledFunctionProps): void {
  throwFirstProblem(familyFunctionProblems(scope, props, regionProblems));
}
