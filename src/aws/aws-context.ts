import { TerraformProvider, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';

/**
 * Account id, partition and region of one provider, read once per stack and provider: several constructs build
 * ARNs (trail, event bus) that must be known before the resource exists, to break dependency cycles.
 * @internal
 */
export class AwsContext extends Construct {
  /** The shared context of `provider` (default: the stack's default AWS provider). */
  public static of(scope: Construct, provider?: TerraformProvider): AwsContext {
    const stack = TerraformStack.of(scope);
    const id = provider ? `TrailWatchAwsContext-${provider.node.addr.slice(0, 10)}` : 'TrailWatchAwsContext';
    return (stack.node.tryFindChild(id) as AwsContext | undefined) ?? new AwsContext(stack, id, provider);
  }

  public readonly accountId: string;
  public readonly partition: string;
  public readonly region: string;

  private constructor(scope: Construct, id: string, provider?: TerraformProvider) {
    super(scope, id);
    this.accountId = new DataAwsCallerIdentity(this, 'Account', { provider }).accountId;
    this.partition = new DataAwsPartition(this, 'Partition', { provider }).partition;
    this.region = new DataAwsRegion(this, 'Region', { provider }).region;
  }
}

/**
 * The region a provider is configured with, when it is written literally; undefined when it comes from the
 * environment (AWS_REGION) or a token. With no provider given, the stack's default (un-aliased) AWS provider.
 * AWS providers are recognised by their Terraform type (`aws`), not `instanceof`, so that two copies of the provider
 * package (npm link, monorepos) still work.
 * @internal
 */
export function literalProviderRegion(scope: Construct, provider?: TerraformProvider): string | undefined {
  const candidate = provider ?? defaultAwsProvider(scope);
  if (!candidate || !isAwsProvider(candidate)) return undefined;
  const region = (candidate as TerraformProvider & { readonly region?: string }).region;
  return region !== undefined && !Token.isUnresolved(region) ? region : undefined;
}

/** A provider of the `hashicorp/aws` Terraform provider, whichever copy of the binding package made it. */
function isAwsProvider(candidate: unknown): candidate is TerraformProvider {
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    (candidate as { terraformResourceType?: unknown }).terraformResourceType === 'aws' &&
    'alias' in candidate
  );
}

function defaultAwsProvider(scope: Construct): TerraformProvider | undefined {
  const stack = TerraformStack.of(scope);
  return stack.node
    .findAll()
    .find((c): c is TerraformProvider => isAwsProvider(c) && (c.alias === undefined || c.alias === ''));
}
