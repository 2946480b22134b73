import { Construct } from 'constructs';
import { ActiontrailTrail } from './generated/providers/alicloud/actiontrail-trail';
import { OptionProblem } from '../../runtime/core/option-problem';
import { uniqueResourceName } from '../core/naming';
import { isUnresolved, propPath, throwFirstProblem } from '../core/validation';
import { accountIdOf, regionProblems } from './alicloud-context';
import { roleArnProblems } from './execution-role';
import { ILogProject, LogProject } from './log-project';
import { ILogstore } from './logstore';

/** Which events a trail delivers (ActionTrail `event_rw`). */
export enum EventReadWrite {
  WRITE = 'Write',
  READ = 'Read',
  ALL = 'All',
}

export interface AuditTrailProps {
  /** Region of the SLS project the trail delivers to. */
  readonly region: string;
  /** SLS project to deliver to (it must exist before the trail). @default a new LogProject */
  readonly project?: ILogProject;
  /**
   * 6–36 lower-case letters, digits, "_" or "-", starting with a letter; ActionTrail creates the logstore
   * `actiontrail_<trailName>` from it. @default a name unique per construct path
   */
  readonly trailName?: string;
  /** @default EventReadWrite.WRITE (what the tag enrichment keeps; ActionTrail's own default is All) */
  readonly eventReadWrite?: EventReadWrite;
  /** A Resource Directory multi-account trail (create it in the management account). @default false */
  readonly organizationTrail?: boolean;
  /** Regions whose events the trail records. @default "All" */
  readonly trailRegion?: string;
  /**
   * Role ActionTrail assumes to write to SLS. For a project of another account (an organization trail into a log
   * account) give a role there that trusts `<management account>@actiontrail.aliyuncs.com`.
   * @default the service-linked role AliyunServiceRoleForActionTrail of this account
   */
  readonly deliveryRoleArn?: string;
  /** Tags of the SLS project created here (ActionTrail trails take no tags). @default none */
  readonly tags?: Record<string, string>;
}

const TRAIL_NAME = /^[a-z][a-z0-9_-]{5,35}$/;

/**
 * An ActionTrail trail delivering to SLS. ActionTrail creates and write-locks the logstore `actiontrail_<trailName>`
 * in the project itself (ActionTrail CreateTrail API), with its own index; `sourceLogstore` names it.
 */
export class AuditTrail extends Construct {
  public readonly trail: ActiontrailTrail;
  public readonly project: ILogProject;
  public readonly trailName: string;
  /** The logstore ActionTrail writes events to (created by ActionTrail, not by Terraform). */
  public readonly sourceLogstore: ILogstore;
  public readonly region: string;

  public constructor(scope: Construct, id: string, props: AuditTrailProps) {
    super(scope, id);
    throwFirstProblem(auditTrailProblems(this, props));
    this.region = props.region;
    this.project = props.project ?? new LogProject(this, 'Project', { tags: props.tags });
    this.trailName = props.trailName ?? uniqueResourceName(this, 36).toLowerCase();
    const account = accountIdOf(this);
    this.trail = new ActiontrailTrail(this, 'Trail', {
      trailName: this.trailName,
      slsProjectArn: `acs:log:${props.region}:${account}:project/${this.project.projectName}`,
      // The service-linked role's ARN as ActionTrail shows it (lower case).
      slsWriteRoleArn: props.deliveryRoleArn ?? `acs:ram::${account}:role/aliyunserviceroleforactiontrail`,
      eventRw: props.eventReadWrite ?? EventReadWrite.WRITE,
      trailRegion: props.trailRegion ?? 'All',
      isOrganizationTrail: props.organizationTrail ?? false,
      status: 'Enable',
    });
    this.sourceLogstore = { projectName: this.project.projectName, logstoreName: `actiontrail_${this.trailName}` };
  }
}

function auditTrailProblems(scope: Construct, props: AuditTrailProps): OptionProblem[] {
  const problems: OptionProblem[] = regionProblems(propPath(scope, 'region'), props.region);
  if (props.trailName !== undefined && !isUnresolved(props.trailName) && !TRAIL_NAME.test(props.trailName)) {
    problems.push({
      field: propPath(scope, 'trailName'),
      problem: `"${props.trailName}" is not a usable trail name`,
      fix: 'Use 6 to 36 lower-case letters, digits, "_" or "-", starting with a letter (it also names the logstore actiontrail_<trailName>)',
    });
  }
  return [...problems, ...roleArnProblems(propPath(scope, 'deliveryRoleArn'), props.deliveryRoleArn)];
}
