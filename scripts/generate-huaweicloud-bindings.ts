/**
 * Generates the typed cdktf bindings of the huaweicloud provider from the project's own schema
 * (schema/huaweicloud-provider-schema.json, written from the provider docs and pinned in
 * schema/huaweicloud-provider-schema.meta.json), without network access and without Terraform.
 *
 * The output has the layout and content `cdktf get` produces with `codeMakerOutput: "src/huaweicloud/generated"`
 * and `terraformProviders: ["huaweicloud/huaweicloud@= 1.97.1"]` (cdktf.json): the same generator, the same
 * provider constraint, the same `versions.json` / `constraints.json` (see scripts/provider-bindings.ts).
 *
 *   npm run generate:huaweicloud            # rewrites src/huaweicloud/generated
 */
import * as path from 'node:path';
import { ProviderBindingsConfig, REPO_ROOT, generateProviderBindings, runCli } from './provider-bindings';

export { REPO_ROOT };
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'huaweicloud-provider-schema.json');
export const SCHEMA_META_FILE = path.join(REPO_ROOT, 'schema', 'huaweicloud-provider-schema.meta.json');
export const GENERATED_DIR = path.join(REPO_ROOT, 'src', 'huaweicloud', 'generated');
export const PROVIDER_FQPN = 'registry.terraform.io/huaweicloud/huaweicloud';

export const HUAWEICLOUD_BINDINGS: ProviderBindingsConfig = {
  name: 'huaweicloud',
  schemaFile: SCHEMA_FILE,
  schemaMetaFile: SCHEMA_META_FILE,
  generatedDir: GENERATED_DIR,
  providerFqpn: PROVIDER_FQPN,
};

/**
 * Writes the bindings into `outDir` (created if missing; existing files with the same names are overwritten,
 * other files are left alone: clear the directory first for an exact tree).
 */
export function generateHuaweicloudBindings(outDir: string): Promise<void> {
  return generateProviderBindings(HUAWEICLOUD_BINDINGS, outDir);
}

if (require.main === module) runCli(HUAWEICLOUD_BINDINGS);
