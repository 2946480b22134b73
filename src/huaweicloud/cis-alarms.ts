import { Construct } from 'constructs';
import { CtsNotification } from './generated/providers/huaweicloud/cts-notification';
import {
  CisControl,
  CisControlId,
  CtsNotificationSpec,
  CtsOperation,
  ctsNotificationSpec,
} from '../../runtime/core/cis-controls';
import {
  CisAlarmsOptions,
  CisControlOptions,
  cisOptionProblems,
  enabledCisControls,
} from '../../runtime/core/cis-options';
import { OptionProblem } from '../../runtime/core/option-problem';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, propPath, throwFirstProblem } from '../core/validation';
import { IAlertTopic, validateTopicRegion } from './alert-topic';
import { IamTraceRegion } from './login-alarm';
import { regionProblems } from './region';

export type { CisAlarmsOptions, CisControlId, CisControlOptions, CtsOperation };

/** Per-control settings of the Huawei Cloud pack. */
export interface HuaweiCisControlOptions extends CisControlOptions {
  /**
   * Watch these operations instead of the table's (trace names of your site, or a control the table has no
   * equivalent for, such as network ACL changes). @default the table's operations; none for a control without an equivalent
   */
  readonly operations?: readonly CtsOperation[];
}

export interface CisAlarmsProps extends CisAlarmsOptions<HuaweiCisControlOptions> {
  /** Settings per control id (`'CloudWatch.1'` … `'CloudWatch.14'`): `enabled`, `operations`. @default every control with an equivalent on, with the table's operations */
  readonly controls?: Partial<Record<CisControlId, HuaweiCisControlOptions>>;
  /**
   * Where the notifications are created. CTS records IAM traces (CloudWatch.4 and .6) only in the IAM trace region
   * of the site (`IamTraceRegion`); the other controls watch the resources of this region.
   */
  readonly region: string;
  /** The SMN topic the notifications go to (in `region`): an `AlertTopic` or `AlertTopic.fromTopicUrn(...)`. */
  readonly alertTopic: IAlertTopic;
  /** Prefix of the notification names (`<prefix>_cw4`): letters, digits, "_". @default a unique name derived from the construct path */
  readonly namePrefix?: string;
}

/** The CIS pack as part of the login-audit pattern: in the pattern's region (an IAM trace region), to its topic. */
export type IncludedCisAlarmsProps = Omit<CisAlarmsProps, 'region' | 'alertTopic'>;

const IAM_TRACE_REGIONS: readonly string[] = Object.values(IamTraceRegion);

/**
 * The CIS monitoring controls on Huawei Cloud: one CTS key event notification per control that has an equivalent,
 * watching the operations of the shared control table (runtime/core/cis-controls.ts) and sending to the alert topic.
 * Controls without an equivalent are listed in `skipped` with the reason.
 */
export class CisAlarms extends Construct {
  /** The controls with a notification, in table order. */
  public readonly controls: readonly CisControlId[];
  /** The key event notification of each control created. */
  public readonly notifications: Partial<Record<CisControlId, CtsNotification>> = {};
  /** Enabled controls without a CTS equivalent (and no `operations` given), with the reason. */
  public readonly skipped: Partial<Record<CisControlId, string>> = {};
  /** The prefix of the notification names. */
  public readonly namePrefix: string;

  public constructor(scope: Construct, id: string, props: CisAlarmsProps) {
    super(scope, id);
    const specs = this.validate(props);
    this.namePrefix = props.namePrefix ?? uniqueResourceName(this, 48, '_').replace(/-/g, '_');
    const created: CisControlId[] = [];
    for (const [control, spec] of specs) {
      if ('noEquivalent' in spec) {
        this.skipped[control.id] = spec.noEquivalent;
      } else {
        this.notifications[control.id] = this.createNotification(control, spec, props);
        created.push(control.id);
      }
    }
    this.controls = created;
  }

  private createNotification(control: CisControl, spec: CtsNotificationSpec, props: CisAlarmsProps): CtsNotification {
    const number = control.id.split('.')[1];
    return new CtsNotification(this, `Notification${number}`, {
      region: props.region,
      name: `${this.namePrefix}_cw${number}`,
      operationType: spec.operationType,
      smnTopic: props.alertTopic.topicUrn,
      enabled: true,
      operations:
        spec.operationType === 'customized'
          ? spec.operations.map((o) => ({
              service: o.service,
              resource: o.resourceType,
              traceNames: [...o.traceNames],
            }))
          : undefined,
      filter: spec.filter ? { condition: spec.filter.condition, rule: [...spec.filter.rules] } : undefined,
    });
  }

  /** Checks the props and returns the notification (or reason for none) of each enabled control. */
  private validate(props: CisAlarmsProps): [CisControl, CtsNotificationSpec | { noEquivalent: string }][] {
    const at = (prop: string) => propPath(this, prop);
    const problems: OptionProblem[] = [
      ...cisOptionProblems(this.node.path, props),
      ...regionProblems(at('region'), props.region),
    ];
    if (props.namePrefix !== undefined && !/^[A-Za-z0-9_]{1,48}$/.test(props.namePrefix)) {
      problems.push({
        field: at('namePrefix'),
        problem: `"${props.namePrefix}" is not a usable notification name prefix`,
        fix: 'Use 1-48 letters, digits or "_"',
      });
    }
    for (const [id, settings] of Object.entries(props.controls ?? {}) as [
      CisControlId,
      HuaweiCisControlOptions | undefined,
    ][]) {
      problems.push(...operationProblems(at(`controls["${id}"].operations`), settings?.operations));
    }
    throwFirstProblem(problems);
    validateTopicRegion(at('alertTopic'), props.alertTopic, props.region);
    const specs = enabledCisControls(props).map(
      (control): [CisControl, CtsNotificationSpec | { noEquivalent: string }] => {
        const operations = props.controls?.[control.id]?.operations;
        const table = ctsNotificationSpec(control, 'huaweicloud');
        const global = !('noEquivalent' in table) && table.globalService;
        return [control, operations ? { operationType: 'customized', operations, globalService: global } : table];
      },
    );
    const global = specs.filter(([, spec]) => !('noEquivalent' in spec) && spec.globalService).map(([c]) => c.id);
    if (global.length > 0 && !isUnresolved(props.region) && !IAM_TRACE_REGIONS.includes(props.region)) {
      throw new TrailWatchValidationError(
        at('region'),
        `CTS records IAM traces only in ${IAM_TRACE_REGIONS.join(' and ')}, so ${global.join(', ')} would never fire in ${props.region}`,
        `Create the pack in the IAM trace region of your site (IamTraceRegion), or turn them off: controls: { ${global.map((id) => `'${id}': { enabled: false }`).join(', ')} }`,
      );
    }
    return specs;
  }
}

function operationProblems(field: string, operations: readonly CtsOperation[] | undefined): OptionProblem[] {
  if (operations === undefined) return [];
  if (operations.length === 0)
    return [
      { field, problem: 'is empty', fix: 'List at least one operation, or leave operations out to use the table' },
    ];
  return operations.flatMap((o, i) =>
    !o.service || !o.resourceType || o.traceNames.length === 0 || o.traceNames.some((t) => !t)
      ? [
          {
            field: `${field}[${i}]`,
            problem: 'needs a service, a resource type and at least one trace name',
            fix: 'Write it as { service: "VPC", resourceType: "vpc", traceNames: ["createVpc"] }',
          },
        ]
      : [],
  );
}
