/**
 * Bundles every function entry (`runtime/<cloud>/functions/<name>.ts`) with esbuild into
 * `assets/<cloud>/<name>/index.js` and a byte-stable `assets/<cloud>/<name>.zip` shipped with the package,
 * so consumers of the package never run esbuild at synth time.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { deterministicZip } from '../src/core/deterministic-zip';
import { writeOpenApiDocument } from './generate-openapi';
import { buildPortal } from './build-portal';

const root = resolve(__dirname, '..');
const assetsDir = join(root, 'assets');
const backfillCli = join(root, 'bin', 'trailwatch-backfill.js');

export function handlerEntries(): { cloud: string; name: string; entry: string }[] {
  const entries: { cloud: string; name: string; entry: string }[] = [];
  for (const cloud of ['aws', 'huaweicloud', 'alicloud']) {
    const dir = join(root, 'runtime', cloud, 'functions');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
        entries.push({ cloud, name: file.replace(/\.ts$/, ''), entry: join(dir, file) });
      }
    }
  }
  return entries;
}

/** The bundling options every shipped file shares: CommonJS for Node 20, minified, no build-machine paths. */
const COMMON = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  treeShaking: true,
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
} as const;

function bundle(entry: string, outfile: string, banner?: string): Buffer {
  const result = buildSync({ ...COMMON, entryPoints: [entry], outfile, banner: banner ? { js: banner } : undefined });
  const code = Buffer.from(result.outputFiles[0].contents);
  if (code.includes(Buffer.from(root))) {
    throw new Error(`bundle of ${relative(root, entry)} contains the build machine's path ${root}`);
  }
  return code;
}

function main(): void {
  rmSync(assetsDir, { recursive: true, force: true });
  for (const { cloud, name, entry } of handlerEntries()) {
    const outDir = join(assetsDir, cloud, name);
    mkdirSync(outDir, { recursive: true });
    const code = bundle(entry, join(outDir, 'index.js'));
    writeFileSync(join(outDir, 'index.js'), code);
    const zip = deterministicZip([{ name: 'index.js', data: code }]);
    writeFileSync(join(assetsDir, cloud, `${name}.zip`), zip);
    console.log(`${cloud}/${name}: index.js ${code.length} B, zip ${zip.length} B`);
  }
  // The trail query API's OpenAPI document, from the same route table the API serves.
  console.log(`openapi: ${relative(root, writeOpenApiDocument())}`);
  // `npx trailwatch-backfill`: the CLI runs the same ingestion code as the Lambda function.
  mkdirSync(dirname(backfillCli), { recursive: true });
  writeFileSync(
    backfillCli,
    bundle(join(root, 'runtime', 'aws', 'trail-query', 'backfill-cli.ts'), backfillCli, '#!/usr/bin/env node'),
    { mode: 0o755 },
  );
  console.log(`cli: ${relative(root, backfillCli)}`);
  console.log(
    `portal: ${buildPortal()
      .map((f) => `${f.path} ${f.bytes} B`)
      .join(', ')}`,
  );
}

if (require.main === module) main();
