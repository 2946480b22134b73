import { App, TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { literalProviderRegion } from '../../../src/aws/aws-context';

/** What a second copy of @cdktf/provider-aws makes: an `aws` provider that is not an instance of our AwsProvider. */
class OtherCopyAwsProvider extends TerraformProvider {
  public constructor(
    scope: Construct,
    id: string,
    public readonly region?: string,
  ) {
    super(scope, id, { terraformResourceType: 'aws', terraformProviderSource: 'hashicorp/aws' });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { region: this.region };
  }
}

function stack(): TerraformStack {
  return new TerraformStack(Testing.app() as App, 'stack');
}

describe('literalProviderRegion', () => {
  test("reads the default provider's literal region", () => {
    const s = stack();
    new AwsProvider(s, 'aws', { region: 'eu-west-1' });
    expect(literalProviderRegion(s)).toBe('eu-west-1');
  });

  test('recognises an AWS provider of another copy of the binding package (no instanceof)', () => {
    const s = stack();
    const provider = new OtherCopyAwsProvider(s, 'aws', 'ap-southeast-2');
    expect(literalProviderRegion(s)).toBe('ap-southeast-2');
    expect(literalProviderRegion(s, provider)).toBe('ap-southeast-2');
  });

  test('undefined for a region from the environment or an aliased provider only', () => {
    const s = stack();
    new AwsProvider(s, 'aws', {});
    expect(literalProviderRegion(s)).toBeUndefined();
    const aliased = stack();
    new AwsProvider(aliased, 'other', { region: 'us-east-1', alias: 'use1' });
    expect(literalProviderRegion(aliased)).toBeUndefined();
  });
});
