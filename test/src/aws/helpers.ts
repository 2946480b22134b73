import { App, TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SynthesizedStack, onlyResource, resourcesOf, synthJson } from '../../helpers/synth';

export { onlyResource, resourcesOf };
export type { SynthesizedStack };

/** A stack with an AWS provider in `region` (null: no literal region, as with AWS_REGION from the environment). */
export function awsStack(region: string | null = 'eu-west-1'): TerraformStack {
  const stack = new TerraformStack(Testing.app() as App, 'stack');
  new AwsProvider(stack, 'aws', region === null ? {} : { region });
  return stack;
}

/** Builds constructs in a fresh stack and returns the parsed synth output. */
export function synthAws(build: (stack: TerraformStack) => void, region?: string | null): SynthesizedStack {
  const stack = awsStack(region);
  build(stack);
  return synthJson(stack);
}

export interface PolicyStatementJson {
  readonly sid?: string;
  readonly effect?: string;
  readonly actions?: string[];
  readonly resources?: string[];
  readonly principals?: { type: string; identifiers: string[] }[];
  readonly condition?: { test: string; variable: string; values: string[] }[];
}

/** The statements of the `aws_iam_policy_document` a policy attribute (`${data.aws_iam_policy_document.X.json}`) points at. */
export function policyStatements(json: SynthesizedStack, reference: unknown): PolicyStatementJson[] {
  const match = /^\$\{data\.aws_iam_policy_document\.([A-Za-z0-9_]+)\.json\}$/.exec(String(reference));
  if (!match) throw new Error(`${String(reference)} is not a reference to an aws_iam_policy_document`);
  const document = json.data?.aws_iam_policy_document?.[match[1]];
  if (!document) throw new Error(`no aws_iam_policy_document ${match[1]}`);
  return document.statement as PolicyStatementJson[];
}

/** `${type.logicalId.attribute}` of the single resource of a type. */
export function ref(json: SynthesizedStack, type: string, attribute: string): string {
  return `\${${type}.${onlyResource(json, type).logicalId}.${attribute}}`;
}
