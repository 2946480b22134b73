import { Construct } from 'constructs';
import { CtsNotification } from './generated/providers/huaweicloud/cts-notification';
import { CisControlId, CtsOperation } from '../../runtime/core/cis-controls';
import { CisAlarmsOptions, CisControlOptions } from '../../runtime/core/cis-options';
import { CtsPackCloud, PlannedNotification, buildCtsPack } from '../core/huawei-family/cis-notifications';
import { IAlertTopic } from './alert-topic';
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

/** What the Huawei Cloud pack checks its own way: its region table and IAM trace regions. */
const HUAWEI_CLOUD_PACK: CtsPackCloud = {
  cloud: 'huaweicloud',
  iamTraceRegions: Object.values(IamTraceRegion),
  regionProblems,
};

/**
 * The CIS monitoring controls on Huawei Cloud: one CTS key event notification per control that has an equivalent,
 * watching the operations of the shared control table (runtime/core/cis-controls.ts) and sending to the alert topic.
 * Controls without an equivalent are listed in `skipped` with the reason.
 */
export class CisAlarms extends Construct {
  /** The controls with a notification, in table order. */
  public readonly controls: readonly CisControlId[];
  /** The key event notification of each control created. */
  public readonly notifications: Partial<Record<CisControlId, CtsNotification>>;
  /** Enabled controls without a CTS equivalent (and no `operations` given), with the reason. */
  public readonly skipped: Partial<Record<CisControlId, string>>;
  /** The prefix of the notification names. */
  public readonly namePrefix: string;

  public constructor(scope: Construct, id: string, props: CisAlarmsProps) {
    super(scope, id);
    const pack = buildCtsPack(this, HUAWEI_CLOUD_PACK, props, (planned) => this.createNotification(planned, props));
    this.controls = pack.controls;
    this.notifications = pack.notifications;
    this.skipped = pack.skipped;
    this.namePrefix = pack.namePrefix;
  }

  private createNotification(planned: PlannedNotification, props: CisAlarmsProps): CtsNotification {
    return new CtsNotification(this, planned.id, {
      region: props.region,
      name: planned.name,
      operationType: planned.spec.operationType,
      smnTopic: props.alertTopic.topicUrn,
      enabled: true,
      operations: planned.operations?.map((o) => ({
        service: o.service,
        resource: o.resourceType,
        traceNames: [...o.traceNames],
      })),
      filter: planned.filter,
    });
  }
}
