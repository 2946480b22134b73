import { Construct } from 'constructs';
import { LogDashboard } from './generated/providers/alicloud/log-dashboard';
import { perBusinessTag } from '../core/business-tags';
import { uniqueResourceName } from '../core/naming';
import { ILogstore } from './logstore';

/** A saved SLS query over the enriched records (search `*` then SQL). */
export interface BusinessQuery {
  readonly name: string;
  readonly title: string;
  readonly query: string;
}

const q = (field: string) => `"${field}"`;

/**
 * The business questions: changes per business tag value (one per key), per user, per resource type, and changes
 * to resources without tags. The provider has no saved-search resource (v1.289.0), so they are dashboard tables.
 */
export function businessQueries(tagKeys: readonly string[]): BusinessQuery[] {
  return [
    ...perBusinessTag(tagKeys, ({ key, field, suffix }) => ({
      name: `changes-by-${suffix.toLowerCase().replace(/_/g, '-')}`,
      title: `Changes per ${key}`,
      query: `${q(field)}: * | SELECT ${q(field)} AS ${q(key)}, count(*) AS changes, approx_distinct(resourceId) AS resources, approx_distinct(actor) AS users GROUP BY ${q(field)} ORDER BY changes DESC LIMIT 100`,
    })),
    {
      name: 'changes-by-user',
      title: 'Changes per user',
      query:
        '* | SELECT actor, actorType, actorAccount, count(*) AS changes, approx_distinct(resourceId) AS resources GROUP BY actor, actorType, actorAccount ORDER BY changes DESC LIMIT 100',
    },
    {
      name: 'changes-by-resource-type',
      title: 'Changes per resource type',
      query:
        '* | SELECT resourceType, service, eventName, count(*) AS changes GROUP BY resourceType, service, eventName ORDER BY changes DESC LIMIT 100',
    },
    {
      name: 'changes-to-untagged-resources',
      title: 'Changes to untagged resources',
      query:
        'not tagStatus: found | SELECT resourceType, resourceId, tagStatus, count(*) AS changes, max(eventTime) AS lastChange GROUP BY resourceType, resourceId, tagStatus ORDER BY changes DESC LIMIT 100',
    },
  ];
}

export interface BusinessDashboardProps {
  /** The logstore of the enriched records. */
  readonly logstore: ILogstore;
  readonly businessTagKeys: readonly string[];
  /** @default a name unique per construct path */
  readonly dashboardName?: string;
}

/** An SLS dashboard with one table per business question (see `businessQueries`), over the last 7 days. */
export class BusinessDashboard extends Construct {
  public readonly dashboard: LogDashboard;
  public readonly queries: readonly BusinessQuery[];

  public constructor(scope: Construct, id: string, props: BusinessDashboardProps) {
    super(scope, id);
    this.queries = businessQueries(props.businessTagKeys);
    const charts = this.queries.map((query, i) => ({
      title: query.title,
      type: 'table',
      search: { logstore: props.logstore.logstoreName, topic: '', query: query.query, start: '-604800s', end: 'now' },
      display: {
        xAxis: [],
        yAxis: [],
        xPos: (i % 2) * 6,
        yPos: Math.floor(i / 2) * 8,
        width: 6,
        height: 8,
        displayName: query.title,
      },
    }));
    this.dashboard = new LogDashboard(this, 'Dashboard', {
      projectName: props.logstore.projectName,
      dashboardName: props.dashboardName ?? uniqueResourceName(this, 64).toLowerCase(),
      displayName: 'TrailWatch business view',
      attribute: JSON.stringify({ type: 'grid' }),
      charList: JSON.stringify(charts),
    });
  }
}
