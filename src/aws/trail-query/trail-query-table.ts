import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import { TRAIL_TABLE_DEFINITION } from '../../../runtime/aws/trail-query/table-model';
import { uniqueResourceName } from '../../core/naming';
import { TrailWatchValidationError, isUnresolved, propPath } from '../../core/validation';

export interface TrailQueryTableProps {
  /** @default a unique name derived from the construct path */
  readonly tableName?: string;
  /** Turn on DynamoDB TTL on `expiresAt` (ingestion sets it from eventTime + the retention). @default false */
  readonly enableTtl?: boolean;
  /** Refuse `terraform destroy` / deletion of the table. @default true */
  readonly deletionProtection?: boolean;
  /** Customer managed KMS key ARN. @default DynamoDB's AWS owned key */
  readonly kmsKeyArn?: string;
  readonly tags?: Record<string, string>;
  readonly provider?: TerraformProvider;
}

/**
 * The DynamoDB table of the trail query API, created from the layout the handlers use
 * (runtime/aws/trail-query/table-model.ts): on-demand, point-in-time recovery, encrypted, deletion-protected.
 */
export class TrailQueryTable extends Construct {
  public readonly table: DynamodbTable;
  public readonly tableName: string;
  public readonly tableArn: string;
  /** `<table ARN>/index/*`: the table's GSIs, for Query permissions. */
  public readonly indexArns: string;

  public constructor(scope: Construct, id: string, props: TrailQueryTableProps = {}) {
    super(scope, id);
    const name = props.tableName;
    if (name !== undefined && !isUnresolved(name) && !/^[A-Za-z0-9_.-]{3,255}$/.test(name)) {
      throw new TrailWatchValidationError(
        propPath(this, 'tableName'),
        `"${name}" is not a DynamoDB table name`,
        'Use 3 to 255 letters, digits, "_", "-" or "."',
      );
    }
    const def = TRAIL_TABLE_DEFINITION;
    this.table = new DynamodbTable(this, 'Table', {
      name: name ?? uniqueResourceName(this, 255),
      billingMode: 'PAY_PER_REQUEST',
      hashKey: def.partitionKey,
      rangeKey: def.sortKey,
      attribute: def.attributes.map((a) => ({ name: a.name, type: a.type })),
      globalSecondaryIndex: def.globalSecondaryIndexes.map((index) => ({
        name: index.name,
        hashKey: index.partitionKey,
        rangeKey: index.sortKey,
        projectionType: 'INCLUDE',
        nonKeyAttributes: [...index.nonKeyAttributes],
      })),
      pointInTimeRecovery: { enabled: true },
      serverSideEncryption: props.kmsKeyArn ? { enabled: true, kmsKeyArn: props.kmsKeyArn } : undefined,
      ttl: props.enableTtl ? { attributeName: def.ttlAttribute, enabled: true } : undefined,
      deletionProtectionEnabled: props.deletionProtection ?? true,
      tags: props.tags,
      provider: props.provider,
    });
    this.tableName = this.table.name;
    this.tableArn = this.table.arn;
    this.indexArns = `${this.table.arn}/index/*`;
  }
}
