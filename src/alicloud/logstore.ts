import { Construct } from 'constructs';
import { LogStore } from './generated/providers/alicloud/log-store';
import { LogStoreIndex, LogStoreIndexFieldSearch } from './generated/providers/alicloud/log-store-index';
import { OptionProblem } from '../../runtime/core/option-problem';
import { isUnresolved, propPath, throwFirstProblem } from '../core/validation';
import { rangeProblems } from '../../runtime/core/option-checks';
import { ILogProject } from './log-project';

/** An SLS logstore: created by `Logstore` or imported with `Logstore.fromLogstoreName`. */
export interface ILogstore {
  readonly projectName: string;
  readonly logstoreName: string;
}

/** A logstore as a RAM policy resource: `acs:log:<region>:<account>:project/<project>/logstore/<logstore>`. @internal */
export function logstoreArn(logstore: ILogstore, region: string, account: string): string {
  return `acs:log:${region}:${account}:project/${logstore.projectName}/logstore/${logstore.logstoreName}`;
}

/** SLS index field types. */
export enum IndexFieldType {
  TEXT = 'text',
  LONG = 'long',
  DOUBLE = 'double',
  JSON = 'json',
}

/** One field of a logstore's field index. */
export interface IndexField {
  readonly name: string;
  readonly type: IndexFieldType;
}

/** Logstore encryption (SLS `encrypt_conf`): SLS-managed keys with AES (`default`) or SM4 (`m4`). */
export enum LogstoreEncryption {
  AES = 'default',
  SM4 = 'm4',
}

export interface LogstoreProps {
  readonly project: ILogProject;
  /** 3–63 of a-z, 0-9, "_" and "-". */
  readonly logstoreName: string;
  /** Days, 1–3650 (3650 keeps logs for ever). @default 180 */
  readonly retentionDays?: number;
  /** 1–256; SLS splits shards automatically up to `maxShardCount`. @default 2 */
  readonly shardCount?: number;
  /** Largest shard count auto-split may reach, 1–256. @default 64 */
  readonly maxShardCount?: number;
  /** Encryption at rest; it can be switched on later but never off. @default LogstoreEncryption.AES */
  readonly encryption?: LogstoreEncryption;
  /** Field index; a full-text index is always created with it. @default no index */
  readonly indexFields?: readonly IndexField[];
}

const LOGSTORE_NAME = /^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$/;

/** Problems with a logstore name. @internal */
export function logstoreNameProblems(field: string, name: string | undefined): OptionProblem[] {
  if (name === undefined || isUnresolved(name) || LOGSTORE_NAME.test(name)) return [];
  return [
    {
      field,
      problem: `"${name}" is not an SLS logstore name`,
      fix: 'Use 3 to 63 lower-case letters, digits, "_" or "-", starting and ending with a letter or digit',
    },
  ];
}

/** An encrypted SLS logstore with retention, automatic shard split and an optional field index. */
export class Logstore extends Construct implements ILogstore {
  /** An existing logstore; TrailWatch changes nothing on it (its index and retention stay yours). */
  public static fromLogstoreName(scope: Construct, id: string, projectName: string, logstoreName: string): ILogstore {
    return new ImportedLogstore(scope, id, projectName, logstoreName);
  }

  public readonly logstore: LogStore;
  public readonly index?: LogStoreIndex;
  public readonly projectName: string;
  public readonly logstoreName: string;

  public constructor(scope: Construct, id: string, props: LogstoreProps) {
    super(scope, id);
    const at = (prop: string) => propPath(this, prop);
    throwFirstProblem([
      ...logstoreNameProblems(at('logstoreName'), props.logstoreName),
      ...rangeProblems(at('retentionDays'), props.retentionDays, 1, 3650, isUnresolved),
      ...rangeProblems(at('shardCount'), props.shardCount, 1, 256, isUnresolved),
      ...rangeProblems(at('maxShardCount'), props.maxShardCount, 1, 256, isUnresolved),
      ...(props.indexFields ?? []).flatMap((f, i) =>
        /^[A-Za-z_][\w.-]{0,127}$/.test(f.name)
          ? []
          : [
              {
                field: at(`indexFields[${i}].name`),
                problem: `"${f.name}" is not an index field name`,
                fix: 'Use letters, digits, "_", "." or "-", starting with a letter or "_"',
              },
            ],
      ),
    ]);
    this.logstore = new LogStore(this, 'Logstore', {
      projectName: props.project.projectName,
      logstoreName: props.logstoreName,
      retentionPeriod: props.retentionDays ?? 180,
      shardCount: props.shardCount ?? 2,
      autoSplit: true,
      maxSplitShardCount: props.maxShardCount ?? 64,
      appendMeta: true,
      encryptConf: { enable: true, encryptType: props.encryption ?? LogstoreEncryption.AES },
    });
    this.projectName = this.logstore.projectName;
    this.logstoreName = this.logstore.logstoreName;
    if (props.indexFields && props.indexFields.length > 0) {
      this.index = new LogStoreIndex(this, 'Index', {
        project: this.projectName,
        logstore: this.logstoreName,
        fullText: { caseSensitive: false, includeChinese: true, token: ', \'";=()[]{}?@&<>/:\n\t\r' },
        fieldSearch: props.indexFields.map((f): LogStoreIndexFieldSearch => ({
          name: f.name,
          type: f.type,
          enableAnalytics: true,
          ...(f.type === IndexFieldType.TEXT || f.type === IndexFieldType.JSON
            ? { caseSensitive: false, token: ', \'";=()[]{}?@&<>/:\n\t\r' }
            : {}),
        })),
      });
    }
  }
}

/** @internal */
export class ImportedLogstore extends Construct implements ILogstore {
  public constructor(
    scope: Construct,
    id: string,
    public readonly projectName: string,
    public readonly logstoreName: string,
  ) {
    super(scope, id);
    throwFirstProblem(logstoreNameProblems(propPath(this, 'logstoreName'), logstoreName));
  }
}
