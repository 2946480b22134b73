/** The cdktn flavour's module mapping (scripts/build-lib.ts): imports only, nothing else. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { CDKTF_ONLY, mapSpecifier, toCdktn } from '../../scripts/build-lib';

test('maps the framework and the prebuilt AWS provider, in CommonJS and in declarations', () => {
  const compiled = [
    'const cdktf_1 = require("cdktf");',
    'const s3_bucket_1 = require("@cdktf/provider-aws/lib/s3-bucket");',
    "import { Construct } from 'constructs';",
    "import * as cdktf from 'cdktf';",
    'readonly provider?: import("cdktf").TerraformProvider;',
    "export { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';",
  ].join('\n');
  expect(toCdktn(compiled)).toBe(
    [
      'const cdktf_1 = require("cdktn");',
      'const s3_bucket_1 = require("@cdktn/provider-aws/lib/s3-bucket");',
      "import { Construct } from 'constructs';",
      "import * as cdktf from 'cdktn';",
      'readonly provider?: import("cdktn").TerraformProvider;',
      "export { S3Bucket } from '@cdktn/provider-aws/lib/s3-bucket';",
    ].join('\n'),
  );
});

test('leaves everything else alone: other packages, look-alike names, strings that are not imports', () => {
  for (const specifier of [
    'cdktf-trailwatch',
    'cdktf-cli',
    '@cdktf/provider-opentelekomcloud/lib/provider',
    './cdktf',
  ]) {
    expect(mapSpecifier(specifier)).toBe(specifier);
  }
  const text = 'throw new Error("run cdktf synth"); const name = "cdktf";';
  expect(toCdktn(text)).toBe(text);
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
    peerDependencies: Record<string, string>;
    peerDependenciesMeta: Record<string, { optional?: boolean }>;
    scripts: Record<string, string>;
  };

  test('every cloud entry point has a cdktn twin, except the clouds built on a cdktf-only provider package', () => {
    const clouds = Object.keys(pkg.exports).filter((s) => /^\.\/[a-z]+$/.test(s) && s !== './cdktn');
    const twins = Object.keys(pkg.exports).filter((s) => s.startsWith('./cdktn/'));
    expect(twins.map((s) => s.replace('./cdktn/', './')).sort()).toEqual(
      clouds.filter((s) => !CDKTF_ONLY.includes(`src/${s.slice(2)}/`)).sort(),
    );
    expect(pkg.exports['./cdktn']).toBeDefined();
  });

  test('only constructs is a required peer: the framework and every cloud provider package are optional', () => {
    const optional = Object.keys(pkg.peerDependencies).filter((p) => pkg.peerDependenciesMeta[p]?.optional);
    expect(Object.keys(pkg.peerDependencies).filter((p) => !optional.includes(p))).toEqual(['constructs']);
    expect(optional).toEqual(expect.arrayContaining(['cdktf', 'cdktn', '@cdktf/provider-aws', '@cdktn/provider-aws']));
  });

  test('the build runs in prepare (git installs run it), not in prepack', () => {
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
    expect(pkg.scripts.prepack).toBeUndefined();
  });
});
