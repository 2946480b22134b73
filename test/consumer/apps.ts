/**
 * The consumer apps the consumer tests run, as source text: one minimal stack per cloud, written once and printed
 * for either flavour (cdktf or CDK Terrain) and either module system (CommonJS or ESM).
 */
export type Flavour = 'cdktf' | 'cdktn';
export type ModuleSystem = 'cjs' | 'esm';
export type Cloud = 'huaweicloud' | 'aws' | 'alicloud';

interface Names {
  readonly core: string;
  readonly entry: (cloud: Cloud) => string;
  readonly awsProvider: string;
}

function names(flavour: Flavour): Names {
  return flavour === 'cdktf'
    ? { core: 'cdktf', entry: (c) => `cdktf-trailwatch/${c}`, awsProvider: '@cdktf/provider-aws/lib/provider' }
    : { core: 'cdktn', entry: (c) => `cdktf-trailwatch/cdktn/${c}`, awsProvider: '@cdktn/provider-aws/lib/provider' };
}

const STACKS: Record<Cloud, (n: Names) => { imports: [string, string][]; body: string }> = {
  huaweicloud: (n) => ({
    imports: [['hw', n.entry('huaweicloud')]],
    body: `
{
  const stack = new TerraformStack(app, 'huaweicloud');
  new hw.HuaweicloudProvider(stack, 'hw', { region: 'cn-north-4' });
  new hw.LoginAuditPattern(stack, 'LoginAudit', {
    region: hw.IamTraceRegion.CHINESE_MAINLAND_SITE,
    allowList: ['203.0.113.0/24', '2001:db8::/32'],
    subscriptions: [hw.NotificationEndpoint.email('security@example.com')],
  });
}`,
  }),
  aws: (n) => ({
    imports: [
      ['aws', n.entry('aws')],
      ['awsProvider', n.awsProvider],
    ],
    body: `
{
  const stack = new TerraformStack(app, 'aws');
  new awsProvider.AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  new aws.LoginAuditPattern(stack, 'LoginAudit', {
    allowList: ['203.0.113.0/24', '2001:db8::/32'],
    subscriptions: [aws.NotificationEndpoint.email('security@example.com')],
  });
}`,
  }),
  alicloud: (n) => ({
    imports: [['ali', n.entry('alicloud')]],
    body: `
{
  const stack = new TerraformStack(app, 'alicloud');
  new ali.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
  new ali.TagEnrichment(stack, 'TagEnrichment', { region: 'cn-hangzhou', services: ['Ecs'], businessTagKeys: ['Project'] });
}`,
  }),
};

/** One named import per module, as a user writes it (`import { HuaweicloudProvider } from '…/huaweicloud'`). */
const NAMED: Record<string, string> = {
  hw: 'HuaweicloudProvider',
  aws: 'LoginAuditPattern',
  awsProvider: 'AwsProvider',
  ali: 'AlicloudProvider',
};

/**
 * A consumer app synthesizing one stack per cloud into the folder given as its first argument
 * (`<outdir>/stacks/<cloud>/cdk.tf.json`).
 */
export function consumerApp(flavour: Flavour, moduleSystem: ModuleSystem, clouds: Cloud[]): string {
  const plain = names(flavour);
  // The prebuilt provider packages have no `exports` map: ESM needs the file (…/lib/provider/index.js).
  const n: Names = moduleSystem === 'esm' ? { ...plain, awsProvider: `${plain.awsProvider}/index.js` } : plain;
  const stacks = clouds.map((cloud) => STACKS[cloud](n));
  const imports: [string, string][] = [['core', n.core], ...stacks.flatMap((s) => s.imports)];
  const head =
    moduleSystem === 'cjs'
      ? imports.map(([local, spec]) => `const ${local} = require('${spec}');`).join('\n')
      : imports.map(([local, spec]) => `import * as ${local} from '${spec}';`).join('\n');
  const named =
    moduleSystem === 'esm'
      ? // Named imports are what users write; they exercise Node's detection of the CommonJS exports.
        imports
          .filter(([local]) => local !== 'core')
          .map(
            ([local, spec]) =>
              `import { ${NAMED[local]} as _${local} } from '${spec}';\nif (!_${local}) throw new Error('named import of ${spec} is undefined');`,
          )
          .join('\n')
      : '';
  return `${head}
${named}
const { App, TerraformStack } = core;
const app = new App({ outdir: process.argv[2] });
${stacks.map((s) => s.body).join('\n')}
app.synth();
`;
}
