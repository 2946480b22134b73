/**
 * A Huawei-Cloud-only team installs the package with `cdktf` and `constructs` and nothing else: no cloud provider
 * package (the Huawei Cloud bindings ship inside the package), no `@cdktf/provider-aws`. Its stack synthesizes from
 * CommonJS and from ESM (`import { HuaweicloudProvider } from 'cdktf-trailwatch/huaweicloud'` in an .mjs file).
 * An AWS-only team installs `@cdktf/provider-aws` as well. The node_modules sizes are printed.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { consumerApp } from './apps';
import { ConsumerProject, consumers, folderBytes, mb, run, runOk, writeInto } from './fixture';

jest.setTimeout(600_000);

let huawei: ConsumerProject;
let awsOnly: ConsumerProject;

beforeAll(async () => {
  ({ huaweiOnly: huawei, awsOnly } = (await consumers()).projects);
  console.log(
    `consumer node_modules: Huawei-only ${mb(folderBytes(join(huawei.dir, 'node_modules')))}, ` +
      `AWS-only ${mb(folderBytes(join(awsOnly.dir, 'node_modules')))}`,
  );
});

function stackJson(project: ConsumerProject, outdir: string, stack: string): { resource: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(project.dir, outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')) as {
    resource: Record<string, unknown>;
  };
}

test('no cloud provider package is installed for a Huawei-only team', () => {
  expect(existsSync(join(huawei.dir, 'node_modules', '@cdktf', 'provider-aws'))).toBe(false);
  expect(existsSync(join(huawei.dir, 'node_modules', '@cdktf', 'provider-opentelekomcloud'))).toBe(false);
});

test('CommonJS: the Huawei Cloud stack synthesizes', async () => {
  const app = writeInto(huawei, 'app.cjs', consumerApp('cdktf', 'cjs', ['huaweicloud']));
  await runOk(process.execPath, [app, join(huawei.dir, 'out-cjs')], huawei.dir);
  expect(Object.keys(stackJson(huawei, 'out-cjs', 'huaweicloud').resource)).toContain('huaweicloud_cts_tracker');
});

test('ESM: named imports from cdktf-trailwatch/huaweicloud work in an .mjs file and give the same stack', async () => {
  const app = writeInto(huawei, 'app.mjs', consumerApp('cdktf', 'esm', ['huaweicloud']));
  expect(readFileSync(app, 'utf8')).toContain(
    "import { HuaweicloudProvider as _hw } from 'cdktf-trailwatch/huaweicloud'",
  );
  await runOk(process.execPath, [app, join(huawei.dir, 'out-esm')], huawei.dir);
  const cjs = join(huawei.dir, 'out-cjs');
  if (!existsSync(cjs))
    await runOk(
      process.execPath,
      [writeInto(huawei, 'app.cjs', consumerApp('cdktf', 'cjs', ['huaweicloud'])), cjs],
      huawei.dir,
    );
  expect(stackJson(huawei, 'out-esm', 'huaweicloud')).toEqual(stackJson(huawei, 'out-cjs', 'huaweicloud'));
});

test('the root and the Huawei Cloud entry point load without any cloud provider package; the AWS entry says what is missing', async () => {
  const script = writeInto(
    huawei,
    'entries.cjs',
    `require('cdktf-trailwatch'); require('cdktf-trailwatch/huaweicloud');
try { require('cdktf-trailwatch/aws'); console.log('loaded'); } catch (e) { console.log(e.code + ' ' + e.message.split('\\n')[0]); }`,
  );
  const { stdout } = await runOk(process.execPath, [script], huawei.dir);
  expect(stdout).toMatch(/^MODULE_NOT_FOUND Cannot find module '@cdktf\/provider-aws\//);
});

test('AWS-only: the AWS stack synthesizes from CommonJS and ESM', async () => {
  for (const system of ['cjs', 'esm'] as const) {
    const app = writeInto(awsOnly, `app.${system === 'cjs' ? 'cjs' : 'mjs'}`, consumerApp('cdktf', system, ['aws']));
    const result = await run(process.execPath, [app, join(awsOnly.dir, `out-${system}`)], awsOnly.dir);
    expect(result.stderr).not.toMatch(/Error/);
    expect(Object.keys(stackJson(awsOnly, `out-${system}`, 'aws').resource)).toContain('aws_cloudtrail');
  }
});
