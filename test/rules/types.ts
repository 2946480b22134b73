import type { TerraformJson } from '../helpers/example-stacks';

export type { TerraformJson } from '../helpers/example-stacks';

/** One stack's synthesized JSON, named. */
export interface StackUnderTest {
  readonly name: string;
  readonly json: TerraformJson;
}

/** One violation: which stack, which Terraform address (`type.logicalId` or `data.type.logicalId`), what is wrong. */
export interface Finding {
  readonly rule: string;
  readonly stack: string;
  readonly address: string;
  readonly message: string;
}

/** A security invariant checked over a synthesized stack, in the manner of a cdk-nag rule. */
export interface Rule {
  /** kebab-case, the rule's file name. */
  readonly id: string;
  /** One line: what must hold and why (the control it stands for). */
  readonly description: string;
  readonly check: (stack: StackUnderTest) => Finding[];
}
