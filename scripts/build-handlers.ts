/**
 * Bundles every function entry (`runtime/<cloud>/functions/<name>.ts`) with esbuild into
 * `assets/<cloud>/<name>/index.js` and a byte-stable `assets/<cloud>/<name>.zip` shipped with the package,
 * so consumers of the package never run esbuild at synth time.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'fs';
import { join, relative, resolve } from 'path';
import { deterministicZip } from '../src/core/deterministic-zip';

const root = resolve(__dirname, '..');
const assetsDir = join(root, 'assets');

export function handlerEntries(): { cloud: string; name: string; entry: string }[] {
  const entries: { cloud: string; name: string; entry: string }[] = [];
  for (const cloud of ['aws', 'huaweicloud']) {
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

function main(): void {
  rmSync(assetsDir, { recursive: true, force: true });
  for (const { cloud, name, entry } of handlerEntries()) {
    const outDir = join(assetsDir, cloud, name);
    mkdirSync(outDir, { recursive: true });
    const result = buildSync({
      entryPoints: [entry],
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
      outfile: join(outDir, 'index.js'),
      logLevel: 'warning',
    });
    const code = Buffer.from(result.outputFiles[0].contents);
    if (code.includes(Buffer.from(root))) {
      throw new Error(`bundle of ${relative(root, entry)} contains the build machine's path ${root}`);
    }
    writeFileSync(join(outDir, 'index.js'), code);
    const zip = deterministicZip([{ name: 'index.js', data: code }]);
    writeFileSync(join(assetsDir, cloud, `${name}.zip`), zip);
    console.log(`${cloud}/${name}: index.js ${code.length} B, zip ${zip.length} B`);
  }
}

if (require.main === module) main();
