import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { FgsFunctionV2 } from '@cdktf/provider-opentelekomcloud/lib/fgs-function-v2';
import { FgsTriggerV2 } from '@cdktf/provider-opentelekomcloud/lib/fgs-trigger-v2';
import { IdentityAgencyV3 } from '@cdktf/provider-opentelekomcloud/lib/identity-agency-v3';
import { IdentityRoleV3 } from '@cdktf/provider-opentelekomcloud/lib/identity-role-v3';
import { FgsAsyncInvokeConfigV2 } from '@cdktf/provider-opentelekomcloud/lib/fgs-async-invoke-config-v2';
import { LtsGroupV2 } from '@cdktf/provider-opentelekomcloud/lib/lts-group-v2';
import { LtsStreamV2 } from '@cdktf/provider-opentelekomcloud/lib/lts-stream-v2';

import { HuaweiCloudSettings } from '../../runtime/core/setting-names';
import { bundledHandlerAsset } from '../core/handler-asset';

import { bundledCodeArguments, triggerArguments } from '../core/huawei-family/function-code';
import {
  FunctionLogStream,
  asyncFailureArguments,
  createFunctionLogStream,
  failureTopicPermissions,
  logAndScaleArguments,
  ownLogSettings,
} from '../core/huawei-family/function-operations';
import { AgencyPermission, planPermissions, policyScopes } from '../core/huawei-family/permissions';
import { uniqueResourceName } from '../core/naming';
import { throwFirstProblem } from '../core/validation';
import { otcRegionProblems } from './region';
import { FamilyFunctionProps, familyFunctionProblems } from '../core/huawei-family/function-props';

/**
 * FunctionGraph Node.js runtimes of Open Telekom Cloud the bundled handlers run on (they are built for Node 20).
 * The user guide's runtime table ("Supported Runtimes") lists Node.js 20.15 as the newest; the API reference's enum
 * still stops at 18.15, which is kept as the fallback.
 */
export enum FunctionGraphRuntime {
  NODEJS_20_15 = 'Node.js20.15',
  NODEJS_18_15 = 'Node.js18.15',
}

/** Trigger types used by TrailWatch (FunctionGraph API `trigger_type_code`). */
export enum FunctionGraphTriggerType {
  CTS = 'CTS',
  LTS = 'LTS',
  TIMER = 'TIMER',
}

/** Props of an Open Telekom Cloud bundled function (the Huawei-family props with OTC's runtimes). */
export interface BundledFunctionProps extends FamilyFunctionProps<FunctionGraphRuntime> {
  /** Region of the function, its agency's project role and its triggers (the provider's region: OTC resources follow it). */
  readonly region: string;
}

/**
 * A FunctionGraph function on Open Telekom Cloud running one of the package's bundled Huawei-family handlers (the
 * same code as on Huawei Cloud, pointed at OTC's hosts by `TRAILWATCH_CLOUD=otc`). Trigger rights go to the
 * configuration agency (`agency`), runtime rights to the execution agency (`app_agency`) whose token and temporary
 * keys the code gets; each agency delegates to FunctionGraph (`op_svc_cff`) and holds custom policies only.
 */
export class BundledFunction extends Construct {
  public readonly function: FgsFunctionV2;
  /** The configuration agency (trigger rights); undefined when `agency` was given. */
  public readonly agency?: IdentityAgencyV3;
  /** The execution agency (runtime rights); the same as `agency` when the function needs only one kind of right. */
  public readonly appAgency?: IdentityAgencyV3;
  /** The custom policies of the agencies (project, OBS project and global, other global). */
  public readonly policies: readonly IdentityRoleV3[];
  public readonly agencyName: string;
  public readonly appAgencyName: string;
  public readonly functionUrn: string;
  public readonly functionName: string;
  /** The LTS group and stream of the function's logs (created here unless `logStream` was given). */
  public readonly logs: FunctionLogStream;
  public readonly logGroup?: LtsGroupV2;
  public readonly logStream?: LtsStreamV2;
  /** Where failed asynchronous invocations go; undefined without `failureTopicUrn`. */
  public readonly asyncInvokeConfig?: FgsAsyncInvokeConfigV2;

  public constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    throwFirstProblem(familyFunctionProblems(this, props, otcRegionProblems));
    this.functionName = props.functionName ?? uniqueResourceName(this, 60);
    const own = createFunctionLogStream(
      this.functionName,
      props,
      (logId, args) => new LtsGroupV2(this, logId, args),
      (logId, args) => new LtsStreamV2(this, logId, args),
    );
    [this.logGroup, this.logStream, this.logs] = [own.group, own.stream, own.logs];
    if (props.agency) {
      [this.agencyName, this.appAgencyName, this.policies] = [props.agency.agencyName, props.agency.agencyName, []];
    } else {
      // FunctionGraph delivers failed events with the configuration agency.
      const plan = planPermissions([...(props.permissions ?? []), ...failureTopicPermissions(props.failureTopicUrn)]);
      const policies: IdentityRoleV3[] = [];
      const runtime =
        plan.runtime.length > 0 ? this.createAgency('App', props.region, plan.runtime, 'run', policies) : undefined;
      const trigger =
        plan.trigger.length > 0
          ? this.createAgency('', props.region, plan.trigger, 'create its triggers', policies)
          : undefined;
      this.agency = trigger ?? runtime;
      this.appAgency = runtime ?? trigger;
      [this.agencyName, this.appAgencyName, this.policies] = [this.agency!.name, this.appAgency!.name, policies];
    }
    this.function = new FgsFunctionV2(this, 'Function', {
      ...bundledCodeArguments(
        bundledHandlerAsset(this, 'Code', props.handler),
        props,
        FunctionGraphRuntime.NODEJS_20_15,
      ),
      name: this.functionName,
      agency: this.agencyName,
      appAgency: this.appAgencyName,
      // The Huawei-family handlers pick OTC's region table and domains from TRAILWATCH_CLOUD; the keyword alarm tells
      // its own log lines apart by the function's log group and stream.
      userData: Fn.jsonencode({
        ...props.environment,
        [HuaweiCloudSettings.CLOUD]: 'otc',
        [HuaweiCloudSettings.REGION]: props.region,
        ...ownLogSettings(this.logs),
      }),
      ...logAndScaleArguments(this.logs, props.maxInstances),
      // OTC calls the log stream a topic.
      logTopicId: this.logs.streamId,
      logTopicName: this.logs.streamName,
      tags: props.tags,
    });
    this.functionUrn = this.function.urn;
    if (props.failureTopicUrn) {
      this.asyncInvokeConfig = new FgsAsyncInvokeConfigV2(
        this,
        'AsyncInvokeConfig',
        asyncFailureArguments(this.functionUrn, props.failureTopicUrn),
      );
    }
  }

  /** Subscribes the function to an event source (`eventData` as the FunctionGraph API documents it per type). */
  public addTrigger(id: string, type: FunctionGraphTriggerType, eventData: Record<string, unknown>): FgsTriggerV2 {
    return new FgsTriggerV2(this, id, triggerArguments(this.functionUrn, type, eventData));
  }

  /** One agency for FunctionGraph with its custom policies; `prefix` ("" or "App") keeps ids and names apart. */
  private createAgency(
    prefix: string,
    region: string,
    permissions: readonly AgencyPermission[],
    purpose: string,
    policies: IdentityRoleV3[],
  ): IdentityAgencyV3 {
    // Agencies and custom policies are account-wide: the region keeps two regions' deployments apart.
    const suffix = prefix ? `-${prefix.toLowerCase()}` : '';
    const name = (maxLength: number, tail = '') =>
      uniqueResourceName(this, maxLength - suffix.length - tail.length, '-', region) + suffix + tail;
    const scopes = policyScopes(permissions);
    const projectRoles: string[] = [];
    const domainRoles: string[] = [];
    const grant = (
      id: string,
      displayName: string,
      layer: 'project' | 'domain',
      statements: readonly AgencyPermission[],
    ) => {
      if (statements.length === 0) return;
      const role = this.customRole(`${prefix}${id}`, displayName, layer, statements);
      policies.push(role);
      (layer === 'project' ? projectRoles : domainRoles).push(role.displayName);
    };
    grant('Policy', name(64), 'project', scopes.regional);
    // OBS is a global service: IAM wants its statements in a global and a project policy of their own.
    grant('ObsProjectPolicy', name(64, '-obs-proj'), 'project', scopes.obs);
    grant('ObsGlobalPolicy', name(64, '-obs-glob'), 'domain', scopes.obs);
    grant('GlobalPolicy', name(64, '-global'), 'domain', scopes.global);
    return new IdentityAgencyV3(this, `${prefix}Agency`, {
      name: name(64),
      description: `Lets FunctionGraph function ${this.functionName} ${purpose} (TrailWatch)`,
      delegatedDomainName: 'op_svc_cff',
      projectRole: projectRoles.length > 0 ? [{ project: region, roles: projectRoles }] : undefined,
      domainRoles: domainRoles.length > 0 ? domainRoles : undefined,
    });
  }

  private customRole(
    id: string,
    displayName: string,
    layer: 'project' | 'domain',
    statements: readonly AgencyPermission[],
  ): IdentityRoleV3 {
    return new IdentityRoleV3(this, id, {
      displayName,
      description: `Least privilege of FunctionGraph function ${this.functionName} (TrailWatch)`,
      displayLayer: layer,
      statement: statements.map((p) => ({
        effect: 'Allow',
        action: [...p.actions],
        resource: p.resources && p.resources.length > 0 ? [...p.resources] : undefined,
      })),
    });
  }
}
