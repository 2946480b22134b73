/**
 * A lean package: the tarball holds what is read at synth time (compiled code of both flavours, the handler zips,
 * the OpenAPI document, the portal's built files), the backfill CLI, README, CHANGELOG and package.json, and nothing
 * else: no unzipped handlers, no provider schemas, no sources or tests. Its packed size stays within the budget
 * (both are printed), and `npm publish --dry-run` is clean (no warnings).
 */
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { PackageBuild, REPO, childEnv, consumers, mb, runOk } from './fixture';

jest.setTimeout(600_000);

/** Budgets with some headroom over today's sizes (0.2.0: see CHANGELOG.md); raise them deliberately. */
const PACKED_BUDGET = 3.5 * 1024 * 1024;
const UNPACKED_BUDGET = 12 * 1024 * 1024;

let build: PackageBuild;
let entries: { path: string; size: number }[];

beforeAll(async () => {
  ({ build } = await consumers());
  const listing = execFileSync('tar', ['-tvzf', build.tarball]).toString().trim().split('\n');
  entries = listing.map((line) => {
    const parts = line.trim().split(/\s+/);
    return {
      size: Number(parts[2]),
      path: parts
        .slice(5)
        .join(' ')
        .replace(/^package\//, ''),
    };
  });
});

test('packed and unpacked size stay within the budget', () => {
  const packed = statSync(build.tarball).size;
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  console.log(
    `cdktf-trailwatch ${build.manifest.version}: packed ${mb(packed)} (${packed} B), unpacked ${mb(unpacked)} (${unpacked} B), ${entries.length} files`,
  );
  expect(packed).toBeLessThan(PACKED_BUDGET);
  expect(unpacked).toBeLessThan(UNPACKED_BUDGET);
});

test('only what is read at synth time ships (plus the CLI and the docs every package has)', () => {
  const allowed = [
    /^package\.json$/,
    /^README\.md$/,
    /^CHANGELOG\.md$/,
    /^LICENSE$/,
    /^lib(-cdktn)?\/.+\.(js|d\.ts)$/,
    /^assets\/[a-z]+\/[a-z-]+\.zip$/,
    /^assets\/aws\/trail-query-openapi\.json$/,
    /^assets\/portal\/[^/]+$/,
    /^bin\/trailwatch-backfill\.js$/,
  ];
  expect(entries.map((e) => e.path).filter((path) => !allowed.some((re) => re.test(path)))).toEqual([]);
});

test('every handler zip, the OpenAPI document and the portal files ship; no unzipped handler does', () => {
  const paths = new Set(entries.map((e) => e.path));
  const built = join(build.folder, 'assets');
  for (const cloud of readdirSync(built).filter((c) => c !== 'portal')) {
    for (const name of readdirSync(join(built, cloud))) {
      const path = `assets/${cloud}/${name}`;
      if (name.endsWith('.zip') || name.endsWith('.json'))
        expect(paths.has(path) ? path : `${path} missing`).toBe(path);
      else expect(paths.has(`${path}/index.js`) ? `${path}/index.js shipped` : 'not shipped').toBe('not shipped');
    }
  }
  if (existsSync(join(REPO, 'runtime', 'portal'))) expect(paths.has('assets/portal/manifest.json')).toBe(true);
  expect([...paths].filter((p) => p.startsWith('schema/') || p.startsWith('src/') || p.startsWith('test/'))).toEqual(
    [],
  );
});

test('npm publish --dry-run is clean', async () => {
  // The build ran when the tarball was packed; --ignore-scripts keeps the dry run from building again.
  const { stdout, stderr } = await runOk('npm', ['publish', '--dry-run', '--ignore-scripts'], build.folder, childEnv());
  expect(
    stderr
      .split('\n')
      .filter((line) => /\bwarn\b|\berr/i.test(line) && !/This operation will not publish|dry-run/i.test(line)),
  ).toEqual([]);
  expect(`${stdout}${stderr}`).toContain(`${build.manifest.name}@${build.manifest.version}`);
});
