import { Construct } from 'constructs';
import { LogProject as LogProjectResource } from './generated/providers/alicloud/log-project';
import { OptionProblem } from '../../runtime/core/option-problem';
import { uniqueResourceName } from '../core/naming';
import { isUnresolved, propPath, throwFirstProblem } from '../core/validation';
import { accountIdOf } from './alicloud-context';

/** An SLS project: created by `LogProject` or imported with `LogProject.fromProjectName`. */
export interface ILogProject {
  readonly projectName: string;
}

const PROJECT_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/** Problems with an SLS project name (3–63 of a-z, 0-9 and "-", starting and ending with a letter or digit). @internal */
export function projectNameProblems(field: string, name: string | undefined): OptionProblem[] {
  if (name === undefined || isUnresolved(name) || PROJECT_NAME.test(name)) return [];
  return [
    {
      field,
      problem: `"${name}" is not an SLS project name`,
      fix: 'Use 3 to 63 lower-case letters, digits or "-", starting and ending with a letter or digit',
    },
  ];
}

export interface LogProjectProps {
  /** Globally unique across Alibaba Cloud. @default a name unique per construct path and account */
  readonly projectName?: string;
  /** @default "TrailWatch audit logs" */
  readonly description?: string;
  /** @default none */
  readonly tags?: Record<string, string>;
}

/** An SLS project for audit logs (ActionTrail delivery, enriched records). */
export class LogProject extends Construct implements ILogProject {
  /** An existing project; TrailWatch changes nothing on it. */
  public static fromProjectName(scope: Construct, id: string, projectName: string): ILogProject {
    return new ImportedLogProject(scope, id, projectName);
  }

  public readonly project: LogProjectResource;
  public readonly projectName: string;

  public constructor(scope: Construct, id: string, props: LogProjectProps = {}) {
    super(scope, id);
    throwFirstProblem(projectNameProblems(propPath(this, 'projectName'), props.projectName));
    this.project = new LogProjectResource(this, 'Project', {
      // Project names are global: the account id keeps two accounts' deployments of the same stack apart.
      projectName:
        props.projectName ?? `${uniqueResourceName(this, 46).toLowerCase().replace(/_/g, '-')}-${accountIdOf(this)}`,
      description: props.description ?? 'TrailWatch audit logs',
      tags: props.tags,
    });
    this.projectName = this.project.projectName;
  }
}

/** @internal */
export class ImportedLogProject extends Construct implements ILogProject {
  public constructor(
    scope: Construct,
    id: string,
    public readonly projectName: string,
  ) {
    super(scope, id);
    throwFirstProblem(projectNameProblems(propPath(this, 'projectName'), projectName));
  }
}
