import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ALICLOUD_BINDINGS, generateAlicloudBindings } from '../../../scripts/generate-alicloud-bindings';

// Loading @cdktf/commons (used by the generator) runs `terraform version -json` in a child process; not needed here.
jest.mock(require.resolve('@cdktf/commons/src/terraform'), () => ({
  terraformBinaryName: 'terraform',
  terraformVersion: Promise.resolve(undefined),
}));

const { schemaFile, schemaMetaFile, generatedDir, providerFqpn } = ALICLOUD_BINDINGS;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

const REQUIRED_RESOURCES = [
  'alicloud_actiontrail_trail',
  'alicloud_log_project',
  'alicloud_log_store',
  'alicloud_log_store_index',
  'alicloud_log_dashboard',
  'alicloud_fcv3_function',
  'alicloud_fcv3_trigger',
  'alicloud_ram_role',
  'alicloud_ram_policy',
  'alicloud_ram_role_policy_attachment',
];

describe('alicloud provider schema', () => {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const meta = JSON.parse(fs.readFileSync(schemaMetaFile, 'utf8'));
  const provider = schema.provider_schemas[providerFqpn];

  test('is pinned to aliyun/alicloud 1.289.0', () => {
    expect(meta.provider).toBe('aliyun/alicloud');
    expect(meta.version).toBe('1.289.0');
    expect(meta.source).toContain('v1.289.0');
    const versions = JSON.parse(fs.readFileSync(path.join(generatedDir, 'versions.json'), 'utf8'));
    expect(versions).toEqual({ [providerFqpn]: '1.289.0' });
  });

  test('has the terraform providers schema -json shape', () => {
    expect(schema.format_version).toBe('1.0');
    expect(Object.keys(schema.provider_schemas)).toEqual([providerFqpn]);
    expect(provider.provider.block.attributes.region).toBeDefined();
    expect(provider.provider.block.block_types.assume_role.block.attributes.role_arn.required).toBe(true);
  });

  test.each(REQUIRED_RESOURCES)('contains %s (and the meta file lists it)', (type) => {
    expect(provider.resource_schemas[type]?.block?.attributes?.id).toBeDefined();
    expect(meta.resources).toContain(type);
  });

  test('meta lists exactly the schema types', () => {
    expect([...meta.resources].sort()).toEqual(Object.keys(provider.resource_schemas).sort());
    expect([...meta.data_sources].sort()).toEqual(Object.keys(provider.data_source_schemas).sort());
  });

  test('marks the arguments the docs call Required as required', () => {
    const attrs = (type: string) => provider.resource_schemas[type].block.attributes;
    expect(attrs('alicloud_fcv3_function').handler.required).toBe(true);
    expect(attrs('alicloud_fcv3_function').runtime.required).toBe(true);
    for (const name of ['function_name', 'qualifier', 'trigger_type'])
      expect(attrs('alicloud_fcv3_trigger')[name].required).toBe(true);
    for (const name of ['project_name', 'dashboard_name', 'char_list'])
      expect(attrs('alicloud_log_dashboard')[name].required).toBe(true);
    for (const name of ['policy_name', 'policy_type', 'role_name'])
      expect(attrs('alicloud_ram_role_policy_attachment')[name].required).toBe(true);
  });

  test('has no AccessKey resource', () => {
    expect(Object.keys(provider.resource_schemas).filter((t) => /access_key/.test(t))).toEqual([]);
  });
});

describe('generated alicloud bindings', () => {
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ali-bindings-'));
    await generateAlicloudBindings(tmp);
  }, 60_000);

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('regenerating from the schema gives the committed tree, file for file and byte for byte', () => {
    const committed = listFiles(generatedDir);
    expect(listFiles(tmp)).toEqual(committed);
    const differing = committed.filter(
      (rel) => !fs.readFileSync(path.join(tmp, rel)).equals(fs.readFileSync(path.join(generatedDir, rel))),
    );
    // If this fails: run `npm run generate:alicloud` after changing the schema, and commit the result.
    expect(differing).toEqual([]);
  });

  test('has one class folder per schema type, in the cdktf get layout', () => {
    const dirs = fs
      .readdirSync(path.join(generatedDir, 'providers', 'alicloud'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(dirs).toHaveLength(REQUIRED_RESOURCES.length + 1 /* data source */ + 1 /* provider */);
  });
});
