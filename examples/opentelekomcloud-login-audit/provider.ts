import { Construct } from 'constructs';
import { OpentelekomcloudProvider } from '../../src/opentelekomcloud';

/**
 * The Open Telekom Cloud provider of an example stack, in the example's region. Everything else comes from the
 * environment at deploy time, never from code (the provider reads these variables itself):
 * - OS_AUTH_URL: `https://iam.eu-de.otc.t-systems.com/v3` (public cloud) or `https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3` (Swiss)
 * - OS_DOMAIN_NAME: the account (domain) name, e.g. `OTC-EU-DE-00000000001000000001`
 * - OS_PROJECT_NAME: the project, `eu-de` or `eu-de_<name>` (OBS encryption keys must be in the base project `eu-de`)
 * - OS_ACCESS_KEY / OS_SECRET_KEY (or OS_USERNAME / OS_PASSWORD, or OS_TOKEN)
 */
export function otcProvider(scope: Construct, region: string): OpentelekomcloudProvider {
  return new OpentelekomcloudProvider(scope, 'opentelekomcloud', { region });
}
