import { Construct } from 'constructs';
import { TrailWatchValidationError, isUnresolved, propPath } from '../validation';

/**
 * The IAM agency a FunctionGraph function acts with (Huawei Cloud and Open Telekom Cloud): created by the cloud's
 * `BundledFunction` or imported with `Agency.fromAgencyName`.
 */
export interface IAgency {
  readonly agencyName: string;
}

/** Importers of agencies. */
export abstract class Agency {
  /**
   * An existing agency, checked against the IAM agency naming rules. TrailWatch grants it nothing: its owner gives
   * it what the function needs, and it must delegate to FunctionGraph (`op_svc_cff`).
   */
  public static fromAgencyName(scope: Construct, id: string, agencyName: string): IAgency {
    return new ImportedAgency(scope, id, agencyName);
  }
}

/** @internal */
export class ImportedAgency extends Construct implements IAgency {
  public readonly agencyName: string;

  public constructor(scope: Construct, id: string, agencyName: string) {
    super(scope, id);
    validateAgencyName(propPath(this, 'agencyName'), agencyName);
    this.agencyName = agencyName;
  }
}

/** IAM agency names: 1-64 letters, digits, "_", "-" or "." (no spaces). @internal */
export function validateAgencyName(field: string, name: string | undefined): void {
  if (name === undefined || isUnresolved(name)) return;
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name)) {
    throw new TrailWatchValidationError(
      field,
      `"${name}" is not a valid agency name`,
      'Give the agency name as IAM shows it: 1 to 64 letters, digits, "_", "-" or ".", without spaces',
    );
  }
}
