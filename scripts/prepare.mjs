#!/usr/bin/env node
/**
 * The `prepare` lifecycle script: builds what the package ships (lib/, lib-cdktn/, assets/, bin/) when it is
 * missing or older than its sources, and always for `npm pack` / `npm publish`.
 *
 * Why `prepare` and not `prepack`: npm runs `prepare` for every install route that starts from the sources —
 * `npm install git+…` (npm clones the repo, installs its devDependencies, runs `prepare`, then packs it), a local
 * folder installed with `--install-links`, `npm pack` and `npm publish` — and also after `npm ci` / `npm install`
 * in the repo itself. Building only when something is missing or stale keeps a repeated `npm ci` fast; a fresh
 * clone (no lib/) builds once. Plain JavaScript with no dependencies, so it runs before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** Files whose absence means "not built". */
const OUTPUTS = [
  'lib/src/index.js',
  'lib/.build-stamp',
  'lib-cdktn/src/index.js',
  'assets/aws/login-alarm.zip',
  'assets/huaweicloud/login-alarm.zip',
  'bin/trailwatch-backfill.js',
];
/** What the outputs are built from. */
const SOURCES = ['src', 'runtime', 'scripts', 'package.json', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function reason() {
  const command = process.env.npm_command;
  if (command === 'pack' || command === 'publish') return `npm ${command}`;
  const missing = OUTPUTS.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} is missing`;
  const built = statSync(join(root, 'lib', '.build-stamp')).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(join(root, source)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}

function canBuild() {
  try {
    require.resolve('tsx/package.json');
    require.resolve('typescript/package.json');
    require.resolve('esbuild/package.json');
    return true;
  } catch {
    return false;
  }
}

const why = reason();
if (!why) {
  console.log('cdktf-trailwatch: build outputs are up to date (npm run build rebuilds them)');
  process.exit(0);
}
if (!canBuild()) {
  // e.g. `npm ci --omit=dev` in the repo: nothing can be built without the devDependencies.
  const built = OUTPUTS.every((file) => existsSync(join(root, file)));
  console.error(`cdktf-trailwatch: ${why}, but the devDependencies (tsx, typescript, esbuild) are not installed`);
  process.exit(built ? 0 : 1);
}
console.log(`cdktf-trailwatch: building (${why})`);
const npm = process.env.npm_execpath;
const result = npm
  ? spawnSync(process.execPath, [npm, 'run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
