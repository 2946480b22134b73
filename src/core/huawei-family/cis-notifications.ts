/**
 * The CIS monitoring pack as Huawei Cloud and Open Telekom Cloud share it: one CTS key event notification per
 * enabled control with an equivalent in the control table (runtime/core/cis-controls.ts), or the user's operations.
 * This module checks the props and decides what to create; each cloud's `CisAlarms` only maps a planned
 * notification onto its provider's resource (`huaweicloud_cts_notification`,
 * `opentelekomcloud_cts_event_notification_v3`) and adds what its cloud alone needs checked.
 */
import { Construct } from 'constructs';
import {
  CisControl,
  CisControlId,
  CtsCloud,
  CtsNotificationSpec,
  CtsOperation,
  ctsNotificationSpec,
} from '../../../runtime/core/cis-controls';
import { CisControlOptions, cisOptionProblems, enabledCisControls } from '../../../runtime/core/cis-options';
import { OptionProblem } from '../../../runtime/core/option-problem';
import { uniqueResourceName } from '../naming';
import { validateTopicIn } from './smn';
import { TrailWatchValidationError, isUnresolved, propPath, throwFirstProblem } from '../validation';

/** Per-control settings of a CTS pack, whatever the cloud names the type. @internal */
export interface CtsControlSettings extends CisControlOptions {
  readonly operations?: readonly CtsOperation[];
}

/** The props every Huawei-family pack takes (each cloud types `alertTopic` with its own interface). @internal */
export interface CtsPackProps {
  readonly controls?: Partial<Record<CisControlId, CtsControlSettings>>;
  readonly region: string;
  readonly alertTopic: { readonly topicUrn: string; readonly region?: string };
  readonly namePrefix?: string;
}

/** What one cloud's pack checks its own way. @internal */
export interface CtsPackCloud {
  /** Whose trace-name spellings the table gives. */
  readonly cloud: CtsCloud;
  /** The regions whose CTS records IAM (global-service) traces: the cloud's `IamTraceRegion` values. */
  readonly iamTraceRegions: readonly string[];
  /** The cloud's region check, against the region table the handlers use. */
  regionProblems(field: string, region: string): OptionProblem[];
  /** Checks of the cloud alone on one control's operations (`field` names them). @default none */
  operationProblems?(field: string, operations: readonly CtsOperation[]): OptionProblem[];
}

/** One notification to create: for `control`, named `name`, with construct id `Notification<number>`. @internal */
export interface PlannedNotification {
  readonly control: CisControl;
  readonly id: string;
  readonly name: string;
  readonly spec: CtsNotificationSpec;
  /** The spec's operations, `undefined` for a `complete` notification (every operation). */
  readonly operations?: readonly CtsOperation[];
  /** The spec's filter as the providers write it (`condition`, `rule`). */
  readonly filter?: { condition: string; rule: string[] };
}

/** What a pack made: the members both clouds' `CisAlarms` expose. @internal */
export interface CtsPack<Notification> {
  readonly controls: readonly CisControlId[];
  readonly notifications: Partial<Record<CisControlId, Notification>>;
  readonly skipped: Partial<Record<CisControlId, string>>;
  readonly namePrefix: string;
}

const PREFIX_MAX = 48;

/**
 * Checks the props (errors name `<scope path>.<prop>`), then calls `create` once per notification, in table order.
 * @internal
 */
export function buildCtsPack<Notification>(
  scope: Construct,
  cloud: CtsPackCloud,
  props: CtsPackProps,
  create: (planned: PlannedNotification) => Notification,
): CtsPack<Notification> {
  const specs = validatePack(scope, cloud, props);
  // Notification names: ≤64 characters of [A-Za-z0-9_] on both clouds; `<prefix>_cw14` stays within.
  const namePrefix = props.namePrefix ?? uniqueResourceName(scope, PREFIX_MAX, '_').replace(/-/g, '_');
  const controls: CisControlId[] = [];
  const notifications: Partial<Record<CisControlId, Notification>> = {};
  const skipped: Partial<Record<CisControlId, string>> = {};
  for (const [control, spec] of specs) {
    if ('noEquivalent' in spec) {
      skipped[control.id] = spec.noEquivalent;
      continue;
    }
    const number = control.id.split('.')[1];
    notifications[control.id] = create({
      control,
      id: `Notification${number}`,
      name: `${namePrefix}_cw${number}`,
      spec,
      operations: spec.operationType === 'customized' ? spec.operations : undefined,
      filter: spec.filter ? { condition: spec.filter.condition, rule: [...spec.filter.rules] } : undefined,
    });
    controls.push(control.id);
  }
  return { controls, notifications, skipped, namePrefix };
}

type Planned = [CisControl, CtsNotificationSpec | { readonly noEquivalent: string }];

/** Checks the props and returns the notification (or reason for none) of each enabled control. */
function validatePack(scope: Construct, cloud: CtsPackCloud, props: CtsPackProps): Planned[] {
  const at = (prop: string) => propPath(scope, prop);
  const problems: OptionProblem[] = [
    ...cisOptionProblems(scope.node.path, props),
    ...cloud.regionProblems(at('region'), props.region),
  ];
  if (props.namePrefix !== undefined && !new RegExp(`^[A-Za-z0-9_]{1,${PREFIX_MAX}}$`).test(props.namePrefix)) {
    problems.push({
      field: at('namePrefix'),
      problem: `"${props.namePrefix}" is not a usable notification name prefix`,
      fix: `Use 1-${PREFIX_MAX} letters, digits or "_"`,
    });
  }
  for (const [id, settings] of Object.entries(props.controls ?? {}) as [CisControlId, CtsControlSettings?][]) {
    const field = at(`controls["${id}"].operations`);
    const operations = settings?.operations;
    const shape = operationProblems(field, operations);
    problems.push(...shape);
    if (operations && shape.length === 0) problems.push(...(cloud.operationProblems?.(field, operations) ?? []));
  }
  throwFirstProblem(problems);
  validateTopicIn(at('alertTopic'), props.alertTopic, props.region);
  const specs = enabledCisControls(props).map((control): Planned => {
    const operations = props.controls?.[control.id]?.operations;
    const table = ctsNotificationSpec(control, cloud.cloud);
    const globalService = !('noEquivalent' in table) && table.globalService;
    return [control, operations ? { operationType: 'customized', operations, globalService } : table];
  });
  const global = specs.filter(([, spec]) => !('noEquivalent' in spec) && spec.globalService).map(([c]) => c.id);
  const regions = cloud.iamTraceRegions;
  if (global.length > 0 && !isUnresolved(props.region) && !regions.includes(props.region)) {
    throw new TrailWatchValidationError(
      at('region'),
      `CTS records IAM traces only in ${regions.join(' and ')}, so ${global.join(', ')} would never fire in ${props.region}`,
      `Create the pack in the IAM trace region of your site (IamTraceRegion), or turn them off: controls: { ${global.map((id) => `'${id}': { enabled: false }`).join(', ')} }`,
    );
  }
  return specs;
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
