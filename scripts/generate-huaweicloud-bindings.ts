/**
 * Generates the typed cdktf bindings of the huaweicloud provider from the project's own schema
 * (schema/huaweicloud-provider-schema.json, written from the provider docs and pinned in
 * schema/huaweicloud-provider-schema.meta.json), without network access and without Terraform.
 *
 * The output has the layout and content `cdktf get` produces with `codeMakerOutput: "src/huaweicloud/generated"`
 * and `terraformProviders: ["huaweicloud/huaweicloud@= 1.97.1"]` (cdktf.json): the same generator, the same
 * provider constraint, the same `versions.json` / `constraints.json`. It is deterministic: same schema, same bytes.
 *
 *   npm run generate:huaweicloud            # rewrites src/huaweicloud/generated
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'huaweicloud-provider-schema.json');
export const SCHEMA_META_FILE = path.join(REPO_ROOT, 'schema', 'huaweicloud-provider-schema.meta.json');
export const GENERATED_DIR = path.join(REPO_ROOT, 'src', 'huaweicloud', 'generated');
export const PROVIDER_FQPN = 'registry.terraform.io/huaweicloud/huaweicloud';

interface SchemaMeta {
  provider: string;
  version: string;
}

/** The provider constraint as cdktf.json declares it (falls back to the pin of the schema meta file). */
function providerConstraint(meta: SchemaMeta): string {
  const expected = `${meta.provider}@= ${meta.version}`;
  try {
    const cdktfJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'cdktf.json'), 'utf8')) as {
      terraformProviders?: unknown[];
    };
    const declared = (cdktfJson.terraformProviders ?? []).find(
      (p): p is string => typeof p === 'string' && p.split('@')[0].trim() === meta.provider,
    );
    if (declared && declared.replace(/\s+/g, '') !== expected.replace(/\s+/g, '')) {
      throw new Error(
        `cdktf.json declares "${declared}" but ${path.relative(REPO_ROOT, SCHEMA_META_FILE)} pins ${meta.version}; ` +
          'update both together',
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return expected;
}

/**
 * Writes the bindings into `outDir` (created if missing; existing files with the same names are overwritten,
 * other files are left alone: clear the directory first for an exact tree).
 */
export async function generateHuaweicloudBindings(outDir: string): Promise<void> {
  // Importing @cdktf/commons runs `terraform version -json` (if a terraform binary is on the PATH), which warns
  // when the CLI config file (TF_CLI_CONFIG_FILE or ~/.terraformrc) is missing. Pointing that child process at an
  // empty config file keeps it quiet; nothing here talks to Terraform or to a registry.
  const savedCliConfig = process.env.TF_CLI_CONFIG_FILE;
  if (!fs.existsSync(savedCliConfig ?? path.join(os.homedir(), '.terraformrc'))) {
    process.env.TF_CLI_CONFIG_FILE = os.devNull;
  }
  // Deep imports: the package index also loads the JSII pipeline of `cdktf get` (jsii-pacmak), not needed here.
  // codemaker and @cdktf/commons are resolved from the generator's own location, so they are the versions it uses.
  // Lazy require() on purpose: the modules must load after TF_CLI_CONFIG_FILE is set above.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const generatorDir = path.dirname(require.resolve('@cdktf/provider-generator/package.json'));
  const fromGenerator = (id: string): string => require.resolve(id, { paths: [generatorDir] });
  const { TerraformProviderGenerator } = require(
    path.join(generatorDir, 'lib', 'get', 'generator', 'provider-generator'),
  ) as typeof import('@cdktf/provider-generator/lib/get/generator/provider-generator');
  const { CodeMaker } = require(fromGenerator('codemaker')) as typeof import('codemaker');
  const { ConstructsMakerTarget, TerraformProviderConstraint, Language, DISPLAY_VERSION } = require(
    fromGenerator('@cdktf/commons'),
  ) as typeof import('@cdktf/commons');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // The child process has been spawned by now (at module load); restore the caller's environment.
  if (savedCliConfig === undefined) delete process.env.TF_CLI_CONFIG_FILE;
  else process.env.TF_CLI_CONFIG_FILE = savedCliConfig;

  const meta = JSON.parse(fs.readFileSync(SCHEMA_META_FILE, 'utf8')) as SchemaMeta;
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  if (!schema.provider_schemas?.[PROVIDER_FQPN]) {
    throw new Error(`${SCHEMA_FILE} has no provider_schemas["${PROVIDER_FQPN}"]`);
  }
  // `terraform providers schema -json` does not carry the version; cdktf get adds it from `terraform version -json`.
  schema.provider_versions = { [PROVIDER_FQPN]: meta.version };

  const constraint = new TerraformProviderConstraint(providerConstraint(meta));
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(ConstructsMakerTarget.from(constraint, Language.TYPESCRIPT));

  // The two bookkeeping files cdktf get writes next to providers/ (it skips regeneration when they match).
  code.openFile('versions.json');
  code.line(JSON.stringify(generator.versions, null, 2));
  code.closeFile('versions.json');
  code.openFile('constraints.json');
  code.line(JSON.stringify({ cdktf: DISPLAY_VERSION, providers: { [constraint.fqn]: constraint.version } }, null, 2));
  code.closeFile('constraints.json');

  fs.mkdirSync(outDir, { recursive: true });
  await code.save(outDir);
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  // Generate next to the target first, so a failure leaves the committed tree untouched.
  const staging = fs.mkdtempSync(path.join(path.dirname(GENERATED_DIR), '.generated-'));
  try {
    await generateHuaweicloudBindings(staging);
    fs.rmSync(GENERATED_DIR, { recursive: true, force: true });
    fs.renameSync(staging, GENERATED_DIR);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
  console.log(`huaweicloud bindings written to ${path.relative(REPO_ROOT, GENERATED_DIR)} in ${ms} ms`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
