/**
 * API report, one per entry point of package.json `exports` (`.`, `./aws`, `./huaweicloud`, …), written to
 * api/<entry>.api.md (`root.api.md` for `.`).
 *
 *   npm run api        emits the declarations and updates api/*.api.md (review the diff like code)
 *   npm run api:check  fails when the public API differs from api/*.api.md (runs in `npm test`)
 *
 * The declarations come from `tsc -p tsconfig.api.json` (declarations only, `@internal` stripped) in .api-build/.
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const root = join(__dirname, '..');
const dtsDir = join(root, '.api-build', 'dts');

/**
 * Report name → entry declaration, relative to the emitted declarations: one per code entry of package.json
 * `exports` (`.` is "root", `./aws` is "aws"), so a new entry point gets its report without editing this file.
 */
export function apiEntryPoints(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { types?: string }>;
  };
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string' || !target.types) continue; // ./package.json
    // The CDK Terrain flavour (lib-cdktn/) is the same source with its imports rewritten: same API, no report of its own.
    if (!target.types.startsWith('./lib/')) continue;
    const name = subpath === '.' ? 'root' : subpath.replace(/^\.\//, '').replace(/\//g, '-');
    entries[name] = target.types.replace(/^\.?\/?lib\//, '');
  }
  return entries;
}

function emitDeclarations(): void {
  rmSync(dtsDir, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.api.json')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('api: tsc -p tsconfig.api.json failed');
}

function prepare(name: string, entry: string): ExtractorConfig {
  const configPath = join(root, 'api-extractor.json');
  const configObject = ExtractorConfig.loadFile(configPath);
  configObject.mainEntryPointFilePath = join(dtsDir, entry);
  configObject.apiReport = { ...configObject.apiReport!, enabled: true, reportFileName: name };
  return ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: configPath,
    packageJsonFullPath: join(root, 'package.json'),
  });
}

function main(): number {
  const update = process.argv.includes('--update');
  emitDeclarations();
  const configs = Object.entries(apiEntryPoints()).map(([name, entry]) => {
    if (!existsSync(join(dtsDir, entry))) throw new Error(`api: ${entry} was not emitted`);
    return { name, config: prepare(name, entry) };
  });
  // One compiler program for the three entry points.
  const compilerState = CompilerState.create(configs[0].config, {
    additionalEntryPoints: configs.map((c) => c.config.mainEntryPointFilePath),
  });
  const changed: string[] = [];
  let failed = false;
  for (const { name, config } of configs) {
    const result = Extractor.invoke(config, {
      localBuild: update,
      compilerState,
      messageCallback: (message) => {
        // Keep the output short: only warnings and errors, and never api-extractor's own "changed" advice,
        // which names a copy command; the hint below names the npm script instead.
        if (message.logLevel === ExtractorLogLevel.Info || message.logLevel === ExtractorLogLevel.Verbose) {
          message.logLevel = ExtractorLogLevel.None;
        }
        if (message.messageId === 'console-api-report-not-copied') message.logLevel = ExtractorLogLevel.None;
      },
    });
    if (result.apiReportChanged) changed.push(name);
    // Warnings (e.g. a type reachable but not exported) are written into the report itself; only errors fail.
    if (result.errorCount > 0) failed = true;
  }
  if (update) {
    const files = changed.map((n) => `api/${n}.api.md`).join(', ');
    console.log(changed.length > 0 ? `api: updated ${files}; review the diff` : 'api: api/*.api.md unchanged');
    return failed ? 1 : 0;
  }
  if (changed.length > 0) {
    for (const n of changed) {
      spawnSync('git', ['--no-pager', 'diff', '--no-index', `api/${n}.api.md`, `.api-build/report/${n}.api.md`], {
        cwd: root,
        stdio: 'inherit',
      });
    }
    console.error(
      `api: the public API differs from ${changed.map((n) => `api/${n}.api.md`).join(', ')} ` +
        '(the new reports are in .api-build/report/).\n' +
        '     If the change is intended, run `npm run api` and commit the updated report; otherwise fix the exports.',
    );
    return 1;
  }
  if (failed) {
    console.error('api: API Extractor reported errors (see above)');
    return 1;
  }
  console.log('api: public API matches api/*.api.md');
  return 0;
}

if (require.main === module) {
  try {
    process.exit(main());
  } catch (e) {
    const message = (e as Error).message;
    // stripInternal removed a declaration that a public one still names (e.g. an `@internal` base class).
    const missing = /Symbol not found for identifier: (\w+)/.exec(message);
    console.error(
      missing
        ? `api: "${missing[1]}" is marked @internal (so stripped from the declarations) but a public declaration ` +
            'extends it or names it in a signature. Remove the @internal tag, or stop exposing it.'
        : message,
    );
    process.exit(1);
  }
}
