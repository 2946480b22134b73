import { AllowListSourceReference } from '../../runtime/core/login-options';
import { PolicyStatement } from './bundled-function';

/** Where a source's ARN is built: the function's account, partition and region. @internal */
export interface AllowListSourceContext {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
}

/** Options of an SSM parameter or S3 object source. */
export interface EncryptedAllowListSourceOptions {
  /**
   * The customer managed KMS key the parameter (SecureString) or object is encrypted with; the function may decrypt
   * with it. Not needed for the AWS managed keys (`aws/ssm`, `aws/s3`) or SSE-S3.
   * @default no KMS right granted
   */
  readonly kmsKeyArn?: string;
}

/**
 * A managed allow-list the AWS login alarm's function reads next to its inline `allowList`: an EC2 managed prefix
 * list, an SSM parameter or an S3 object (entries separated by commas, spaces or new lines, `#` comments, or a JSON
 * array of strings). The construct grants the function read access to exactly that list, parameter or object.
 */
export class AllowListSource implements AllowListSourceReference {
  /**
   * An EC2 managed prefix list of the function's region (your own, one shared with you through AWS RAM, or an
   * AWS-managed one): every CIDR entry is allowed. Grants `ec2:GetManagedPrefixListEntries` on that list.
   */
  public static prefixList(prefixListId: string): AllowListSource {
    return new AllowListSource(`ec2-prefix-list:${prefixListId}`, (c) => [
      {
        sid: 'ReadAllowListPrefixList',
        actions: ['ec2:GetManagedPrefixListEntries'],
        // Any owner: a list shared through RAM or managed by AWS belongs to another account.
        resources: [`arn:${c.partition}:ec2:${c.region}:*:prefix-list/${prefixListId}`],
      },
    ]);
  }

  /**
   * An SSM parameter of the function's region and account, by name (`/office/allow-list` or `office-allow-list`); a
   * String, StringList or SecureString (decrypted). Grants `ssm:GetParameter` on that parameter.
   */
  public static ssmParameter(parameterName: string, options: EncryptedAllowListSourceOptions = {}): AllowListSource {
    const path = parameterName.replace(/^\//, '');
    return new AllowListSource(
      `ssm:${parameterName}`,
      (c) => [
        {
          sid: 'ReadAllowListParameter',
          actions: ['ssm:GetParameter'],
          resources: [`arn:${c.partition}:ssm:${c.region}:${c.accountId}:parameter/${path}`],
        },
      ],
      options.kmsKeyArn,
    );
  }

  /** An S3 object (any region). Grants `s3:GetObject` on that object only. */
  public static s3Object(
    bucketName: string,
    key: string,
    options: EncryptedAllowListSourceOptions = {},
  ): AllowListSource {
    return new AllowListSource(
      `s3://${bucketName}/${key}`,
      (c) => [
        {
          sid: 'ReadAllowListObject',
          actions: ['s3:GetObject'],
          resources: [`arn:${c.partition}:s3:::${bucketName}/${key}`],
        },
      ],
      options.kmsKeyArn,
    );
  }

  private constructor(
    /** The source as the function's settings name it (`ec2-prefix-list:pl-…`, `ssm:…`, `s3://…`). */
    public readonly reference: string,
    private readonly grants: (context: AllowListSourceContext) => PolicyStatement[],
    /** The customer managed key the function may decrypt with, if any. @internal */
    public readonly kmsKeyArn?: string,
  ) {}

  /** What the function may do to read this source, and nothing more. @internal */
  public statements(context: AllowListSourceContext): PolicyStatement[] {
    return [
      ...this.grants(context),
      ...(this.kmsKeyArn ? [{ sid: 'DecryptAllowList', actions: ['kms:Decrypt'], resources: [this.kmsKeyArn] }] : []),
    ];
  }
}
