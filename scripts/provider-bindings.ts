/**
 * Generates the typed cdktf bindings of one Terraform provider from the project's own schema of it
 * (`schema/<provider>-provider-schema.json`, written from the provider docs and pinned in the `.meta.json` beside it),
 * without network access and without Terraform. One generator for every provider; each provider has a thin script
 * (`scripts/generate-<provider>-bindings.ts`) naming its files.
 *
 * The output has the layout and content `cdktf get` produces with `codeMakerOutput: "src/<provider>/generated"` and
 * `terraformProviders: ["<namespace>/<provider>@= <version>"]`: the same generator, the same provider constraint,
 * the same `versions.json` / `constraints.json`. It is deterministic: same schema, same bytes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..');

/** Where one provider's schema, pin and bindings live. */
export interface ProviderBindingsConfig {
  /** Short name, e.g. "huaweicloud" (used in messages). */
  readonly name: string;
  readonly schemaFile: string;
  readonly schemaMetaFile: string;
  readonly generatedDir: string;
  /** e.g. registry.terraform.io/huaweicloud/huaweicloud */
  readonly providerFqpn: string;
}

interface SchemaMeta {
  provider: string;
  version: string;
}

/** The provider constraint as cdktf.json declares it (falls back to the pin of the schema meta file). */
function providerConstraint(config: ProviderBindingsConfig, meta: SchemaMeta): string {
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
        `cdktf.json declares "${declared}" but ${path.relative(REPO_ROOT, config.schemaMetaFile)} pins ${meta.version}; ` +
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
export async function generateProviderBindings(config: ProviderBindingsConfig, outDir: string): Promise<void> {
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

  const meta = JSON.parse(fs.readFileSync(config.schemaMetaFile, 'utf8')) as SchemaMeta;
  const schema = JSON.parse(fs.readFileSync(config.schemaFile, 'utf8'));
  if (!schema.provider_schemas?.[config.providerFqpn]) {
    throw new Error(`${config.schemaFile} has no provider_schemas["${config.providerFqpn}"]`);
  }
  // `terraform providers schema -json` does not carry the version; cdktf get adds it from `terraform version -json`.
  schema.provider_versions = { [config.providerFqpn]: meta.version };

  const constraint = new TerraformProviderConstraint(providerConstraint(config, meta));
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

/** The npm script's body: regenerate into a staging folder, then swap it in, so a failure leaves the tree as it was. */
export async function regenerateCommittedBindings(config: ProviderBindingsConfig): Promise<void> {
  const started = process.hrtime.bigint();
  fs.mkdirSync(path.dirname(config.generatedDir), { recursive: true });
  const staging = fs.mkdtempSync(path.join(path.dirname(config.generatedDir), '.generated-'));
  try {
    await generateProviderBindings(config, staging);
    fs.rmSync(config.generatedDir, { recursive: true, force: true });
    fs.renameSync(staging, config.generatedDir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
  console.log(`${config.name} bindings written to ${path.relative(REPO_ROOT, config.generatedDir)} in ${ms} ms`);
}

/** Runs `regenerateCommittedBindings` as a CLI, setting the exit code on failure. */
export function runCli(config: ProviderBindingsConfig): void {
  regenerateCommittedBindings(config).catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
