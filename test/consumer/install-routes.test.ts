/**
 * Every install route a team uses gives a working package: the registry-style tarball (`npm pack`), a git URL
 * (`npm install git+file://…#<commit>`: npm clones, installs the devDependencies, runs `prepare`, packs) and a local
 * folder (`npm install --install-links <folder>`). Each consumer project `require`s every entry point its installed
 * peers allow and synthesizes a stack. The installs run in parallel and share one build (see fixture.ts).
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { consumerApp } from './apps';
import { ConsumerProject, PackageBuild, consumers, entryPoints, runOk, writeInto } from './fixture';

jest.setTimeout(600_000);

let build: PackageBuild;
let projects: Record<'tarball' | 'git' | 'folder', ConsumerProject>;

beforeAll(async () => {
  ({ build, projects } = await consumers());
});

/** Runs a script in the consumer that requires the given entry points and prints how many names each exports. */
async function requireAll(project: ConsumerProject, specifiers: string[]): Promise<Record<string, number>> {
  const script = writeInto(
    project,
    'require-all.js',
    `const out = {};\nfor (const s of ${JSON.stringify(specifiers)}) out[s] = Object.keys(require(s)).length;\nconsole.log(JSON.stringify(out));\n`,
  );
  return JSON.parse((await runOk(process.execPath, [script], project.dir)).stdout) as Record<string, number>;
}

async function synth(project: ConsumerProject, clouds: ('huaweicloud' | 'aws')[]): Promise<Record<string, unknown>> {
  const app = writeInto(project, 'app.js', consumerApp('cdktf', 'cjs', clouds));
  await runOk(process.execPath, [app, join(project.dir, 'cdktf.out')], project.dir);
  return Object.fromEntries(
    clouds.map((cloud) => [
      cloud,
      JSON.parse(readFileSync(join(project.dir, 'cdktf.out', 'stacks', cloud, 'cdk.tf.json'), 'utf8')) as unknown,
    ]),
  );
}

/** What every route must install: the compiled code of both flavours, the handler zips, the CLI. */
function expectBuiltPackage(project: ConsumerProject): void {
  const pkg = join(project.dir, 'node_modules', 'cdktf-trailwatch');
  for (const file of [
    'lib/src/index.js',
    'lib/src/huaweicloud/index.d.ts',
    'lib-cdktn/src/index.js',
    'assets/huaweicloud/login-alarm.zip',
    'assets/aws/login-alarm.zip',
    'bin/trailwatch-backfill.js',
  ]) {
    expect(existsSync(join(pkg, file)) ? file : `${file} is missing`).toBe(file);
  }
}

describe.each(['tarball', 'git', 'folder'] as const)('install route: %s', (route) => {
  test('installs the built package (lib/, lib-cdktn/, assets/, bin/)', () => {
    expectBuiltPackage(projects[route]);
  });

  test('every entry point its installed peers allow loads, and a Huawei Cloud stack synthesizes', async () => {
    const { cdktf } = entryPoints(build.manifest);
    // Only the tarball consumer installed the optional cloud provider packages.
    const loadable = route === 'tarball' ? cdktf : cdktf.filter((s) => !/\/(aws|opentelekomcloud)$/.test(s));
    const counts = await requireAll(projects[route], loadable);
    for (const specifier of loadable) expect(counts[specifier]).toBeGreaterThan(0);
    const out = (await synth(projects[route], ['huaweicloud'])) as {
      huaweicloud: { resource: Record<string, unknown> };
    };
    expect(Object.keys(out.huaweicloud.resource)).toEqual(
      expect.arrayContaining(['huaweicloud_cts_tracker', 'huaweicloud_fgs_function', 'huaweicloud_smn_topic']),
    );
  });
});

test('tarball route: an AWS stack synthesizes with the optional @cdktf/provider-aws installed', async () => {
  const out = (await synth(projects.tarball, ['aws'])) as { aws: { resource: Record<string, unknown> } };
  expect(Object.keys(out.aws.resource)).toEqual(expect.arrayContaining(['aws_cloudtrail', 'aws_lambda_function']));
});

test('the backfill CLI is installed as a bin', () => {
  expect(existsSync(join(projects.tarball.dir, 'node_modules', '.bin', 'trailwatch-backfill'))).toBe(true);
});
