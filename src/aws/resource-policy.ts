import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import {
  DataAwsIamPolicyDocument,
  DataAwsIamPolicyDocumentStatement,
} from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { TrailWatchValidationError, propPath } from '../core/validation';

export interface ResourcePolicyDocumentProps {
  /** Statements present from the start. */
  readonly statements?: readonly DataAwsIamPolicyDocumentStatement[];
  readonly provider?: TerraformProvider;
}

/**
 * A resource policy (bucket, topic, queue) whose statements can be added after creation, rendered by a single
 * `aws_iam_policy_document`. One document per resource matters: two `aws_s3_bucket_policy` (or topic/queue
 * policy) resources on the same target overwrite each other on every apply.
 */
export class ResourcePolicyDocument extends Construct {
  public readonly document: DataAwsIamPolicyDocument;
  private readonly statements: DataAwsIamPolicyDocumentStatement[];

  public constructor(scope: Construct, id: string, props: ResourcePolicyDocumentProps = {}) {
    super(scope, id);
    this.statements = [...(props.statements ?? [])];
    this.document = new DataAwsIamPolicyDocument(this, 'Document', {
      statement: [...this.statements],
      provider: props.provider,
    });
  }

  /** The rendered policy JSON (a Terraform reference). */
  public get json(): string {
    return this.document.json;
  }

  /** Adds a statement; a statement id (`sid`) must be unique within the policy. */
  public addStatement(statement: DataAwsIamPolicyDocumentStatement): void {
    if (statement.sid && this.statements.some((s) => s.sid === statement.sid)) {
      throw new TrailWatchValidationError(
        propPath(this, 'addStatement'),
        `a statement with sid "${statement.sid}" is already in this policy`,
        'Give each statement its own sid',
      );
    }
    this.statements.push(statement);
    this.document.putStatement([...this.statements]);
  }

  /** The statements added so far, in order. */
  public get statementList(): readonly DataAwsIamPolicyDocumentStatement[] {
    return [...this.statements];
  }
}

/**
 * Denies every request that does not use TLS. The action list is the service's own wildcard (`s3:*`, `sqs:*`)
 * or a named action: a Deny grants nothing, and a partial list would leave plain-HTTP gaps.
 * @internal
 */
export function denyInsecureTransport(
  actions: readonly string[],
  resources: readonly string[],
): DataAwsIamPolicyDocumentStatement {
  return {
    sid: 'DenyInsecureTransport',
    effect: 'Deny',
    principals: [{ type: '*', identifiers: ['*'] }],
    actions: [...actions],
    resources: [...resources],
    condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
  };
}
