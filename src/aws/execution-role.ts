import { Construct } from 'constructs';
import { propPath } from '../core/validation';
import { roleNameFromArn, validateRoleArn } from './arn-validation';

/** The IAM role a Lambda function runs as: created by BundledFunction or imported with `ExecutionRole.fromRoleArn`. */
export interface IExecutionRole {
  readonly roleArn: string;
  /** Undefined when the ARN is a reference (the name cannot be read from it). */
  readonly roleName?: string;
}

/** Importers of execution roles. */
export abstract class ExecutionRole {
  /**
   * An existing role, checked to be an IAM role ARN (`arn:aws:iam::<account>:role/<path/><name>`; a user ARN or a
   * bare name is refused). TrailWatch grants it nothing: its owner gives it what the function needs.
   */
  public static fromRoleArn(scope: Construct, id: string, roleArn: string): IExecutionRole {
    return new ImportedExecutionRole(scope, id, roleArn);
  }
}

/** @internal */
export class ImportedExecutionRole extends Construct implements IExecutionRole {
  public readonly roleArn: string;
  public readonly roleName?: string;

  public constructor(scope: Construct, id: string, roleArn: string) {
    super(scope, id);
    validateRoleArn(propPath(this, 'roleArn'), roleArn);
    this.roleArn = roleArn;
    this.roleName = roleNameFromArn(roleArn);
  }
}
