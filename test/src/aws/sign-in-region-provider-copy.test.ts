/**
 * Issue 13: the AWS provider is recognised structurally, not by instanceof, so a provider made by a second copy of
 * @cdktf/provider-aws (npm link, monorepos) still places the login alarm's forwarding rules.
 */
import { App, TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { SignInRegion } from '../../../src/aws/sign-in-region';

class OtherCopyAwsProvider extends TerraformProvider {
  public constructor(
    scope: Construct,
    id: string,
    public readonly region: string,
    alias: string,
  ) {
    super(scope, id, { terraformResourceType: 'aws', terraformProviderSource: 'hashicorp/aws' });
    this.alias = alias;
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { region: this.region, alias: this.alias };
  }
}

test('SignInRegion.fromProvider reads the region of a provider from another copy of the binding package', () => {
  const stack = new TerraformStack(Testing.app() as App, 'stack');
  const provider = new OtherCopyAwsProvider(stack, 'use1', 'us-east-1', 'use1');
  const placement = SignInRegion.fromProvider(provider);
  expect(placement.region).toBe('us-east-1');
  expect(placement.label).toBe('us-east-1');
  expect(placement.provider).toBe(provider);
});
