import { Construct } from 'constructs';
import { RamPolicy } from './generated/providers/alicloud/ram-policy';
import { RamRole } from './generated/providers/alicloud/ram-role';
import { RamRolePolicyAttachment } from './generated/providers/alicloud/ram-role-policy-attachment';
import { OptionProblem } from '../../runtime/core/option-problem';
import { isUnresolved, propPath, throwFirstProblem } from '../core/validation';

/** The RAM role a function (or a trigger) runs as: created by TrailWatch or imported with `ExecutionRole.fromRoleArn`. */
export interface IExecutionRole {
  /** `acs:ram::<account>:role/<name>` */
  readonly roleArn: string;
  /** Undefined when the ARN is a reference (the name cannot be read from it). */
  readonly roleName?: string;
}

/** One statement of a custom RAM policy (policy language Version 1). */
export interface PolicyStatement {
  /** RAM actions such as `log:PostLogStoreLogs`; never a wildcard. */
  readonly actions: readonly string[];
  /** `acs:<service>:<region>:<account>:<path>` resources; `"*"` only for actions without resource-level control. */
  readonly resources: readonly string[];
}

const ROLE_ARN = /^acs:ram::(\d{16}):role\/([A-Za-z0-9.-]{1,64})$/;
/** RAM role names: 1–64 letters, digits, "." and "-". */
export const RAM_ROLE_NAME = /^[A-Za-z0-9.-]{1,64}$/;

/** Problems with a RAM role ARN (references are checked by the cloud). @internal */
export function roleArnProblems(field: string, arn: string | undefined): OptionProblem[] {
  if (arn === undefined || isUnresolved(arn) || ROLE_ARN.test(arn)) return [];
  return [
    {
      field,
      problem: `"${arn}" is not a RAM role ARN`,
      fix: 'Write acs:ram::<16-digit account id>:role/<role name>, e.g. acs:ram::1234567890123456:role/trailwatch-enricher',
    },
  ];
}

/** Importers of RAM roles. */
export abstract class ExecutionRole {
  /**
   * An existing RAM role (`acs:ram::<account>:role/<name>`; a user ARN or a bare name is refused). TrailWatch grants it
   * nothing: its owner gives it what the function needs, and it must trust the service that assumes it.
   */
  public static fromRoleArn(scope: Construct, id: string, roleArn: string): IExecutionRole {
    const imported = new Construct(scope, id);
    throwFirstProblem(roleArnProblems(propPath(imported, 'roleArn'), roleArn));
    return { roleArn, roleName: ROLE_ARN.exec(roleArn)?.[2] };
  }
}

/** Problems with policy statements: wildcard or empty actions. @internal */
export function statementProblems(field: string, statements: readonly PolicyStatement[]): OptionProblem[] {
  return statements.flatMap((s, i) => {
    const wildcard = s.actions.find((a) => a.includes('*'));
    if (wildcard !== undefined)
      return [
        {
          field: `${field}[${i}].actions`,
          problem: `"${wildcard}" is a wildcard action`,
          fix: 'Name each RAM action, e.g. "log:PostLogStoreLogs"',
        },
      ];
    if (s.actions.length === 0 || s.resources.length === 0)
      return [
        {
          field: `${field}[${i}]`,
          problem: 'has no actions or no resources',
          fix: 'Give at least one action and one resource',
        },
      ];
    return [];
  });
}

export interface ServiceRoleProps {
  readonly roleName: string;
  /** The service principal that assumes the role, e.g. `fc.aliyuncs.com`. */
  readonly service: string;
  readonly description: string;
  readonly statements: readonly PolicyStatement[];
  /** Tags of the role and its policy. @default none */
  readonly tags?: Record<string, string>;
}

/**
 * A RAM role trusted by one service, with one custom policy holding exactly `statements`, attached.
 * @internal
 */
export class ServiceRole extends Construct implements IExecutionRole {
  public readonly role: RamRole;
  public readonly policy: RamPolicy;
  public readonly attachment: RamRolePolicyAttachment;
  public readonly roleArn: string;
  public readonly roleName: string;

  public constructor(scope: Construct, id: string, props: ServiceRoleProps) {
    super(scope, id);
    const policyDocument = JSON.stringify({
      Version: '1',
      Statement: props.statements.map((s) => ({ Effect: 'Allow', Action: [...s.actions], Resource: [...s.resources] })),
    });
    throwFirstProblem([
      ...statementProblems(propPath(this, 'statements'), props.statements),
      // RAM policy documents are at most 6144 bytes (alicloud_ram_policy docs).
      ...(policyDocument.length > 6144
        ? [
            {
              field: propPath(this, 'statements'),
              problem: `make a ${policyDocument.length}-byte policy, more than RAM's 6144`,
              fix: 'Grant fewer resources per role',
            },
          ]
        : []),
    ]);
    this.role = new RamRole(this, 'Role', {
      roleName: props.roleName,
      description: props.description,
      assumeRolePolicyDocument: JSON.stringify({
        Version: '1',
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: [props.service] } }],
      }),
      tags: props.tags,
    });
    this.policy = new RamPolicy(this, 'Policy', {
      policyName: props.roleName,
      description: props.description,
      policyDocument,
      tags: props.tags,
    });
    this.attachment = new RamRolePolicyAttachment(this, 'Attachment', {
      roleName: this.role.roleName,
      policyName: this.policy.policyName,
      policyType: 'Custom',
    });
    this.roleArn = this.role.arn;
    this.roleName = this.role.roleName;
  }
}
