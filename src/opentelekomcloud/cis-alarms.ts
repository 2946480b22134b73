import { Construct } from 'constructs';
import { CtsEventNotificationV3 } from '@cdktf/provider-opentelekomcloud/lib/cts-event-notification-v3';
import { CIS_CONTROLS, CisControlId, CtsOperation, ctsNotificationSpec } from '../../runtime/core/cis-controls';
import { CisAlarmsOptions, CisControlOptions } from '../../runtime/core/cis-options';
import { OptionProblem } from '../../runtime/core/option-problem';
import { CtsPackCloud, PlannedNotification, buildCtsPack } from '../core/huawei-family/cis-notifications';
import { IAlertTopic } from './alert-topic';
import { IamTraceRegion, otcRegionProblems } from './region';

export type { CisAlarmsOptions, CisControlId, CisControlOptions, CtsOperation };

/** Per-control settings of the Open Telekom Cloud pack. */
export interface OtcCisControlOptions extends CisControlOptions {
  /**
   * Watch these operations instead of the table's: OTC's trace names (OTC spells some apart from Huawei Cloud, e.g.
   * `loginfailed`), or a control the table has no equivalent for. @default the table's operations with OTC's spellings; none for a control without an equivalent
   */
  readonly operations?: readonly CtsOperation[];
}

export interface CisAlarmsProps extends CisAlarmsOptions<OtcCisControlOptions> {
  /** Settings per control id (`'CloudWatch.1'` … `'CloudWatch.14'`): `enabled`, `operations`. @default every control with an equivalent on, with the table's operations */
  readonly controls?: Partial<Record<CisControlId, OtcCisControlOptions>>;
  /**
   * The region of the stack's OTC provider, where the notifications are created (OTC's CTS resources have no region
   * argument). CTS records IAM traces (CloudWatch.4 and .6) only in the IAM trace region (`IamTraceRegion`); the
   * other controls watch the resources of this region.
   */
  readonly region: string;
  /** The SMN topic the notifications go to (in `region`): an `AlertTopic` or `AlertTopic.fromTopicUrn(...)`. */
  readonly alertTopic: IAlertTopic;
  /** Prefix of the notification names (`<prefix>_cw4`, within OTC's 64 characters): 1-48 letters, digits, "_". @default a unique name derived from the construct path */
  readonly namePrefix?: string;
}

/** The CIS pack as part of the login-audit pattern: in the pattern's region (an IAM trace region), to its topic. */
export type IncludedCisAlarmsProps = Omit<CisAlarmsProps, 'region' | 'alertTopic'>;

/** OTC's trace names of the table, by lower-case spelling: `loginfailed` for `loginFailed`. */
const OTC_TRACE_NAMES = new Map(
  CIS_CONTROLS.flatMap((control) => {
    const spec = ctsNotificationSpec(control, 'opentelekomcloud');
    return 'noEquivalent' in spec ? [] : spec.operations.flatMap((o) => o.traceNames);
  }).map((name) => [name.toLowerCase(), name]),
);

/** What the Open Telekom Cloud pack checks its own way: its region table, IAM trace regions and spellings. */
const OPEN_TELEKOM_CLOUD_PACK: CtsPackCloud = {
  cloud: 'opentelekomcloud',
  iamTraceRegions: Object.values(IamTraceRegion),
  regionProblems: otcRegionProblems,
  operationProblems: otcSpellingProblems,
};

/**
 * The CIS monitoring controls on Open Telekom Cloud: one CTS key event notification
 * (`opentelekomcloud_cts_event_notification_v3`) per control that has an equivalent, watching the operations of the
 * shared control table (runtime/core/cis-controls.ts, OTC's spellings) and sending to the alert topic. Controls
 * without an equivalent are listed in `skipped` with the reason.
 */
export class CisAlarms extends Construct {
  /** The controls watched by an `opentelekomcloud_cts_event_notification_v3`, in table order. */
  public readonly controls: readonly CisControlId[];
  /** Each watched control's key event notification. */
  public readonly notifications: Partial<Record<CisControlId, CtsEventNotificationV3>>;
  /** Enabled controls OTC's CTS has no equivalent for (and no `operations` given), with the reason. */
  public readonly skipped: Partial<Record<CisControlId, string>>;
  /** The prefix of the notification names (`<prefix>_cw<N>`). */
  public readonly namePrefix: string;

  public constructor(scope: Construct, id: string, props: CisAlarmsProps) {
    super(scope, id);
    const pack = buildCtsPack(this, OPEN_TELEKOM_CLOUD_PACK, props, (planned) => this.notify(planned, props));
    ({
      controls: this.controls,
      notifications: this.notifications,
      skipped: this.skipped,
      namePrefix: this.namePrefix,
    } = pack);
  }

  // OTC's resource: no region, no agency; `operations` entries keyed service_type/resource_type.
  private notify(planned: PlannedNotification, props: CisAlarmsProps): CtsEventNotificationV3 {
    return new CtsEventNotificationV3(this, planned.id, {
      notificationName: planned.name,
      operationType: planned.spec.operationType,
      topicId: props.alertTopic.topicUrn,
      status: 'enabled',
      operations: planned.operations?.map((o) => ({
        serviceType: o.service,
        resourceType: o.resourceType,
        traceNames: [...o.traceNames],
      })),
      filter: planned.filter,
    });
  }
}

/** A trace name the table knows in another case (`loginFailed`): OTC records it as the table spells it. */
function otcSpellingProblems(field: string, operations: readonly CtsOperation[]): OptionProblem[] {
  return operations.flatMap((o, i) =>
    o.traceNames.flatMap((name, j) => {
      const otc = OTC_TRACE_NAMES.get(name.toLowerCase());
      return otc === undefined || otc === name
        ? []
        : [
            {
              field: `${field}[${i}].traceNames[${j}]`,
              problem: `Open Telekom Cloud records "${name}" as "${otc}" (trace names are case-sensitive)`,
              fix: `Write "${otc}"`,
            },
          ];
    }),
  );
}
