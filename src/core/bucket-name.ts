import { TrailWatchValidationError, isUnresolved } from './validation';

/** One cloud's object-storage naming rules beyond the shared ones. @internal */
export interface BucketNameRules {
  /** "S3", "OBS"… as the message names the service. */
  readonly service: string;
  /** The cloud's own rules: one sentence per broken rule. */
  readonly extraProblems: (name: string) => string[];
  /** A valid name for the fix, e.g. "acme-audit-logs-prod". */
  readonly example: string;
}

/**
 * Bucket names as S3 and OBS both define them (3-63 lower-case letters, digits, "." and "-", starting and ending
 * with a letter or digit, not an IP address), plus the cloud's own rules. Checks a literal name only.
 * @internal
 */
export function validateBucketNameRules(field: string, name: string | undefined, rules: BucketNameRules): void {
  if (name === undefined || isUnresolved(name)) return;
  const problems: string[] = [];
  if (name.length < 3 || name.length > 63) problems.push('it must be 3 to 63 characters long');
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) {
    problems.push(
      'it may hold only lower-case letters, digits, "." and "-", and must start and end with a letter or digit',
    );
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) problems.push('it must not look like an IP address');
  problems.push(...rules.extraProblems(name));
  if (problems.length > 0) {
    throw new TrailWatchValidationError(
      field,
      `"${name}" is not a valid ${rules.service} bucket name: ${problems.join('; ')}`,
      `Choose a name such as "${rules.example}", or leave it out to get a generated one`,
    );
  }
}
