/**
 * The one allow-list of the security rules. Each entry exempts one rule on one resource of one example stack, with
 * the reason. "open: …" entries are known violations waiting for the fix the reason names: remove the entry with the
 * fix (example-stacks.test.ts fails on entries that no longer match a finding). Permanent entries need a reason that
 * says why the invariant does not apply.
 */
export interface RuleException {
  readonly rule: string;
  readonly stack: string;
  /** Terraform address, as in the finding. */
  readonly address: string;
  readonly reason: string;
}

export const RULE_EXCEPTIONS: readonly RuleException[] = [];
