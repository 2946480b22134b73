/**
 * Checks the pure option contracts share, each returning the problems found (empty when the value is usable).
 * No cdktf here: the constructs pass their prop path as the field.
 */
import { OptionProblem } from './option-problem';

/**
 * A whole number from `min` to `max`; undefined (the default applies) is fine. `isUnresolved` tells deploy-time
 * references (the constructs pass cdktf's token check, so `Token.asNumber(...)` is left to the cloud).
 */
export function rangeProblems(
  field: string,
  value: number | undefined,
  min: number,
  max: number,
  isUnresolved: (value: unknown) => boolean = () => false,
): OptionProblem[] {
  if (value === undefined || isUnresolved(value) || (Number.isInteger(value) && value >= min && value <= max))
    return [];
  return [{ field, problem: `${value} is out of range`, fix: `Give a whole number from ${min} to ${max}` }];
}

/** A reference to another resource (a cdktf token): the cloud checks it at deploy time, not the contract. */
export function isReference(value: string): boolean {
  return value.includes('${') || value.includes('#{');
}
