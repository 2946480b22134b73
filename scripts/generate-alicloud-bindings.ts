/**
 * Generates the typed cdktf bindings of the alicloud provider (aliyun/alicloud) from the project's own schema
 * (schema/alicloud-provider-schema.json, written from the provider docs and pinned in
 * schema/alicloud-provider-schema.meta.json), without network access and without Terraform.
 *
 *   npm run generate:alicloud            # rewrites src/alicloud/generated
 */
import * as path from 'node:path';
import { ProviderBindingsConfig, REPO_ROOT, generateProviderBindings, runCli } from './provider-bindings';

export const ALICLOUD_BINDINGS: ProviderBindingsConfig = {
  name: 'alicloud',
  schemaFile: path.join(REPO_ROOT, 'schema', 'alicloud-provider-schema.json'),
  schemaMetaFile: path.join(REPO_ROOT, 'schema', 'alicloud-provider-schema.meta.json'),
  generatedDir: path.join(REPO_ROOT, 'src', 'alicloud', 'generated'),
  providerFqpn: 'registry.terraform.io/aliyun/alicloud',
};

export function generateAlicloudBindings(outDir: string): Promise<void> {
  return generateProviderBindings(ALICLOUD_BINDINGS, outDir);
}

if (require.main === module) runCli(ALICLOUD_BINDINGS);
