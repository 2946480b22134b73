import { TerraformProvider, Token } from 'cdktf';
import { literalProviderRegion } from './aws-context';
import { TrailWatchValidationError } from '../core/validation';

/** Where root sign-ins and IAM-user sign-ins through the global endpoint are recorded (commercial partition). @internal */
export const SIGN_IN_HUB_REGION = 'us-east-1';
/** Where IAM-user sign-ins through the global endpoint are recorded when the browser has an account-alias cookie. @internal */
export const ALIAS_COOKIE_SIGN_IN_REGIONS = ['us-east-2', 'eu-north-1', 'ap-southeast-2'];

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** Partitions other than aws (China, GovCloud, ISO, European Sovereign Cloud) have no us-east-1 hub. */
const OTHER_PARTITION = /^(cn|us-gov|us-iso|us-isob|eusc)-/;

/**
 * A region whose console sign-in events are forwarded to the alarm's region. Either a region name, placed with
 * the `region` argument of the alarm's own provider (hashicorp/aws 6 or later), or an aliased AWS provider.
 */
export class SignInRegion {
  /** A region by name, e.g. "us-east-1"; the rule is placed there by the `region` argument. */
  public static of(region: string): SignInRegion {
    if (Token.isUnresolved(region) || !REGION.test(region)) {
      throw new TrailWatchValidationError(
        'SignInRegion.of(region)',
        `"${region}" is not an AWS region name`,
        'Write a literal region such as "us-east-1" or "eu-north-1"',
      );
    }
    return new SignInRegion(region, undefined);
  }

  /** The region of an aliased provider (`new AwsProvider(this, 'use1', { alias: 'use1', region: 'us-east-1' })`). */
  public static fromProvider(provider: TerraformProvider): SignInRegion {
    // Read structurally (literalProviderRegion), not by instanceof: a second copy of the provider package still works.
    return new SignInRegion(literalProviderRegion(provider, provider), provider);
  }

  private constructor(
    /** The region name, when known at synth time. */
    public readonly region: string | undefined,
    /** The provider that places the rule; undefined to use the alarm's provider with `region`. */
    public readonly provider: TerraformProvider | undefined,
  ) {}

  /** The region name, or "provider <path>" when a provider's region is not written literally. */
  public get label(): string {
    return this.region ?? `provider ${this.provider?.node.path ?? 'unknown'}`;
  }
}

/**
 * Every region that records console sign-ins of the commercial partition through the global endpoint: the hub
 * (root, IAM users) and the account-alias cookie regions (IAM users; CloudTrail user guide, "AWS console sign-in
 * events").
 * @internal
 */
export const GLOBAL_SIGN_IN_REGIONS: readonly string[] = [SIGN_IN_HUB_REGION, ...ALIAS_COOKIE_SIGN_IN_REGIONS];

/**
 * The regions to forward from: the given ones after checks, or by default every global sign-in region but the
 * alarm's own when the alarm lives in the commercial partition.
 * @internal
 */
export function resolveSignInRegions(
  field: string,
  given: readonly SignInRegion[] | undefined,
  homeRegion: string | undefined,
): SignInRegion[] {
  if (given === undefined) {
    if (homeRegion === undefined) {
      throw new TrailWatchValidationError(
        field,
        "the alarm's region cannot be read at synth time (the AWS provider has no literal region), so the default forwarding from the sign-in regions cannot be decided",
        `Set region on the AwsProvider, or give signInRegions explicitly, e.g. ${GLOBAL_SIGN_IN_REGIONS.map((r) => `SignInRegion.of("${r}")`).join(', ')} less the alarm's own region`,
      );
    }
    if (OTHER_PARTITION.test(homeRegion)) return [];
    return GLOBAL_SIGN_IN_REGIONS.filter((region) => region !== homeRegion).map((region) => SignInRegion.of(region));
  }
  const seen = new Set<string>();
  given.forEach((placement, i) => {
    if (!(placement instanceof SignInRegion)) {
      throw new TrailWatchValidationError(
        `${field}[${i}]`,
        'is not a SignInRegion',
        'Make it with SignInRegion.of("us-east-1") or SignInRegion.fromProvider(provider)',
      );
    }
    if (placement.region !== undefined && placement.region === homeRegion) {
      throw new TrailWatchValidationError(
        `${field}[${i}]`,
        `${placement.region} is the alarm's own region, whose rule already receives its sign-ins`,
        'Remove it from signInRegions',
      );
    }
    if (seen.has(placement.label)) {
      throw new TrailWatchValidationError(
        `${field}[${i}]`,
        `${placement.label} is listed twice`,
        'List each region once',
      );
    }
    seen.add(placement.label);
  });
  return [...given];
}
