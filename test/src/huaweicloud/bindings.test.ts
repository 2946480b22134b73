import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  GENERATED_DIR,
  PROVIDER_FQPN,
  SCHEMA_FILE,
  SCHEMA_META_FILE,
  generateHuaweicloudBindings,
} from '../../../scripts/generate-huaweicloud-bindings';

// Loading @cdktf/commons (used by the generator) runs `terraform version -json` in a child process, whose warning
// about a missing ~/.terraformrc would clutter the test output; the generator does not need the Terraform version.
jest.mock(require.resolve('@cdktf/commons/src/terraform'), () => ({
  terraformBinaryName: 'terraform',
  terraformVersion: Promise.resolve(undefined),
}));

/** Relative paths of every file under `dir`, sorted, with `/` separators. */
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
  'huaweicloud_cts_tracker',
  'huaweicloud_cts_notification',
  'huaweicloud_obs_bucket',
  'huaweicloud_obs_bucket_policy',
  'huaweicloud_obs_bucket_object',
  'huaweicloud_obs_bucket_acl',
  'huaweicloud_identity_agency',
  'huaweicloud_identity_role',
  'huaweicloud_smn_topic',
  'huaweicloud_smn_subscription',
  'huaweicloud_smn_topic_attributes',
  'huaweicloud_fgs_function',
  'huaweicloud_fgs_function_trigger',
  'huaweicloud_fgs_async_invoke_configuration',
  'huaweicloud_lts_group',
  'huaweicloud_lts_stream',
  'huaweicloud_lts_stream_index_configuration',
  'huaweicloud_lts_structuring_custom_configuration',
  'huaweicloud_kms_key',
];

describe('huaweicloud provider schema', () => {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const meta = JSON.parse(fs.readFileSync(SCHEMA_META_FILE, 'utf8'));
  const provider = schema.provider_schemas[PROVIDER_FQPN];

  test('is pinned to huaweicloud/huaweicloud 1.97.1, consistently with cdktf.json', () => {
    expect(meta.provider).toBe('huaweicloud/huaweicloud');
    expect(meta.version).toBe('1.97.1');
    expect(meta.source).toContain('v1.97.1');
    const cdktfJson = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../cdktf.json'), 'utf8'));
    expect(cdktfJson.terraformProviders).toContain('huaweicloud/huaweicloud@= 1.97.1');
    const versions = JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'versions.json'), 'utf8'));
    expect(versions).toEqual({ [PROVIDER_FQPN]: '1.97.1' });
  });

  test('has the terraform providers schema -json shape', () => {
    expect(schema.format_version).toBe('1.0');
    expect(Object.keys(schema.provider_schemas)).toEqual([PROVIDER_FQPN]);
    expect(provider.provider.block.attributes.region).toBeDefined();
    expect(provider.provider.block.block_types.assume_role).toBeDefined();
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
    for (const name of ['name', 'app', 'handler', 'code_type', 'runtime', 'memory_size', 'timeout']) {
      expect(attrs('huaweicloud_fgs_function')[name].required).toBe(true);
    }
    expect(attrs('huaweicloud_identity_agency').delegated_domain_name.required).toBe(true);
    expect(attrs('huaweicloud_fgs_function_trigger').event_data.required).toBe(true);
  });
});

describe('generated huaweicloud bindings', () => {
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-bindings-'));
    await generateHuaweicloudBindings(tmp);
  }, 60_000);

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('regenerating from the schema gives the committed tree, file for file and byte for byte', () => {
    const committed = listFiles(GENERATED_DIR);
    const fresh = listFiles(tmp);
    expect(fresh).toEqual(committed);
    const differing = committed.filter(
      (rel) => !fs.readFileSync(path.join(tmp, rel)).equals(fs.readFileSync(path.join(GENERATED_DIR, rel))),
    );
    // If this fails: run `npm run generate:huaweicloud` after changing the schema, and commit the result.
    expect(differing).toEqual([]);
  });

  test('has one class folder per schema type, in the cdktf get layout', () => {
    const dirs = fs
      .readdirSync(path.join(GENERATED_DIR, 'providers', 'huaweicloud'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    for (const dir of ['provider', 'cts-tracker', 'obs-bucket', 'fgs-function', 'fgs-function-trigger']) {
      expect(dirs).toContain(dir);
    }
    expect(dirs).toHaveLength(REQUIRED_RESOURCES.length + 1 /* data source */ + 1 /* provider */);
  });
});
