/**
 * The DynamoDB layout of the trail query table, in one place: the construct creates the table from
 * TRAIL_TABLE_DEFINITION, the tests create their local table from it, and the handlers build keys with the
 * functions below. Pure (no SDK import), because the construct library imports it.
 *
 * Layout (one table, three sparse GSIs, no Scan anywhere):
 * - event item:      pk `ALL#<day>`            sk `<eventTime>#<eventID>`
 *                    userPk `USER#<user>#<day>`, servicePk `SVC#<service>#<day>`, eventNamePk `EVT#<name>#<day>`
 *   Re-ingesting a record writes the same key, so duplicates overwrite themselves (idempotent on eventID).
 *   Day buckets keep a partition to one UTC day; a range query walks the buckets in order.
 * - day directory:   pk `DAYS#<dimension>[#<value>]`  sk `<day>`: which buckets hold data, so a long window
 *                    queries only the days that have events instead of every day in it.
 * - distinct values: pk `VALUES#<kind>`  sk `<value>`: one item per user / service / parameter name, written
 *                    with a conditional UpdateItem, never a read-modify-write list (no lost updates).
 */

export const TrailAttribute = {
  PARTITION_KEY: 'pk',
  SORT_KEY: 'sk',
  USER_PARTITION: 'userPk',
  SERVICE_PARTITION: 'servicePk',
  EVENT_NAME_PARTITION: 'eventNamePk',
  /** Epoch seconds; the table's TTL attribute when a retention is configured. */
  EXPIRES_AT: 'expiresAt',
} as const;

export enum TrailIndex {
  BY_USER = 'byUser',
  BY_SERVICE = 'byService',
  BY_EVENT_NAME = 'byEventName',
}

/** What an event query is keyed on. */
export enum Dimension {
  ALL = 'ALL',
  USER = 'USER',
  SERVICE = 'SVC',
  EVENT_NAME = 'EVT',
}

/** The distinct-value lists served by `/users`, `/services` and `/parameters`. */
export enum DistinctKind {
  USER = 'USER',
  SERVICE = 'SERVICE',
  PARAMETER = 'PARAMETER',
}

/** The attributes of an event item returned by the API (and projected into every GSI). */
export const EVENT_ATTRIBUTES = [
  'eventID',
  'eventTime',
  'eventName',
  'eventSource',
  'service',
  'user',
  'userType',
  'userArn',
  'accountId',
  'awsRegion',
  'sourceIPAddress',
  'userAgent',
  'errorCode',
  'errorMessage',
  'readOnly',
  'eventType',
  'requestParameters',
] as const;

export type EventAttribute = (typeof EVENT_ATTRIBUTES)[number];

export enum KeyAttributeType {
  STRING = 'S',
}

export interface TrailIndexDefinition {
  readonly name: TrailIndex;
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly nonKeyAttributes: readonly string[];
}

export interface TrailTableDefinition {
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly attributes: readonly { readonly name: string; readonly type: KeyAttributeType }[];
  readonly globalSecondaryIndexes: readonly TrailIndexDefinition[];
  readonly ttlAttribute: string;
}

const INDEX_PARTITION: Record<TrailIndex, string> = {
  [TrailIndex.BY_USER]: TrailAttribute.USER_PARTITION,
  [TrailIndex.BY_SERVICE]: TrailAttribute.SERVICE_PARTITION,
  [TrailIndex.BY_EVENT_NAME]: TrailAttribute.EVENT_NAME_PARTITION,
};

export const TRAIL_TABLE_DEFINITION: TrailTableDefinition = {
  partitionKey: TrailAttribute.PARTITION_KEY,
  sortKey: TrailAttribute.SORT_KEY,
  attributes: [
    TrailAttribute.PARTITION_KEY,
    TrailAttribute.SORT_KEY,
    TrailAttribute.USER_PARTITION,
    TrailAttribute.SERVICE_PARTITION,
    TrailAttribute.EVENT_NAME_PARTITION,
  ].map((name) => ({ name, type: KeyAttributeType.STRING })),
  // INCLUDE rather than ALL: the index holds exactly what the API returns (not TTL bookkeeping), and a new
  // stored attribute must be added here on purpose, which keeps GSI and base-table answers identical.
  globalSecondaryIndexes: Object.values(TrailIndex).map((name) => ({
    name,
    partitionKey: INDEX_PARTITION[name],
    sortKey: TrailAttribute.SORT_KEY,
    nonKeyAttributes: EVENT_ATTRIBUTES,
  })),
  ttlAttribute: TrailAttribute.EXPIRES_AT,
};

/** The CreateTable input for the definition (on-demand), used by tests, the bench and local setups. */
export function trailTableCreateInput(tableName: string): {
  TableName: string;
  BillingMode: 'PAY_PER_REQUEST';
  AttributeDefinitions: { AttributeName: string; AttributeType: 'S' }[];
  KeySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
  GlobalSecondaryIndexes: {
    IndexName: string;
    KeySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
    Projection: { ProjectionType: 'INCLUDE'; NonKeyAttributes: string[] };
  }[];
} {
  const def = TRAIL_TABLE_DEFINITION;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: def.attributes.map((a) => ({ AttributeName: a.name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: def.partitionKey, KeyType: 'HASH' },
      { AttributeName: def.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: def.globalSecondaryIndexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.nonKeyAttributes] },
    })),
  };
}

/** The index that serves a dimension (undefined: the base table). */
export function indexFor(dimension: Dimension): TrailIndex | undefined {
  switch (dimension) {
    case Dimension.USER:
      return TrailIndex.BY_USER;
    case Dimension.SERVICE:
      return TrailIndex.BY_SERVICE;
    case Dimension.EVENT_NAME:
      return TrailIndex.BY_EVENT_NAME;
    default:
      return undefined;
  }
}

/** The attribute holding the partition key of the table or index that serves a dimension. */
export function partitionAttributeFor(dimension: Dimension): string {
  const index = indexFor(dimension);
  return index ? INDEX_PARTITION[index] : TrailAttribute.PARTITION_KEY;
}

/** Partition value of one day bucket, e.g. `USER#alice#2024-05-01` or `ALL#2024-05-01`. */
export function bucketPartition(dimension: Dimension, value: string | undefined, day: string): string {
  return dimension === Dimension.ALL ? `${Dimension.ALL}#${day}` : `${dimension}#${value ?? ''}#${day}`;
}

/** Partition of the day directory of one dimension value, e.g. `DAYS#USER#alice`. */
export function directoryPartition(dimension: Dimension, value?: string): string {
  return dimension === Dimension.ALL ? `DAYS#${Dimension.ALL}` : `DAYS#${dimension}#${value ?? ''}`;
}

export function distinctPartition(kind: DistinctKind): string {
  return `VALUES#${kind}`;
}

/** Sort key of an event: ISO time (millisecond precision, so it sorts as text) then the eventID. */
export function eventSortKey(isoTime: string, eventId: string): string {
  return `${isoTime}#${eventId}`;
}

/** `YYYY-MM-DD` (UTC) of an epoch-milliseconds instant. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
