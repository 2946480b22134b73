/**
 * The package's entry points (package.json `exports`): each maps to a source entry file, lists its exports
 * explicitly, and the cloud-neutral root loads no cloud provider bindings (a Huawei-only project does not install
 * @cdktf/provider-aws).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- jest.isolateModules loads a fresh module graph only through require() */
import { readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  types: string;
  exports: Record<string, string | { types: string; require: string }>;
};

/** `./lib/src/aws/index.js` (or the cdktn flavour's `./lib-cdktn/src/aws/index.js`) → `src/aws/index.ts`. */
function sourceOf(libPath: string): string {
  return libPath.replace(/^\.?\/?lib(-cdktn)?\//, '').replace(/\.d\.ts$|\.js$/, '.ts');
}

const entries = Object.entries(pkg.exports).filter(([subpath]) => subpath !== './package.json');

describe('package entry points', () => {
  test('exports ".", one entry per cloud and "./package.json", with types and CommonJS', () => {
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './aws', './huaweicloud', './package.json']));
    for (const [, target] of entries) {
      if (typeof target === 'string') throw new Error('every code entry has types and require conditions');
      expect(Object.keys(target)[0]).toBe('types'); // TypeScript reads the first matching condition
      expect(sourceOf(target.types)).toBe(sourceOf(target.require));
      expect(() => readFileSync(join(root, sourceOf(target.require)))).not.toThrow();
    }
    expect(sourceOf(pkg.main)).toBe('src/index.ts');
    expect(sourceOf(pkg.types)).toBe('src/index.ts');
  });

  test.each(entries.map(([subpath, target]) => [subpath, sourceOf((target as { require: string }).require)]))(
    '%s lists its exports explicitly (%s)',
    (_subpath, file) => {
      expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/export \*/);
    },
  );

  test('the root loads no cloud provider bindings', () => {
    const before = new Set(Object.keys(require.cache));
    jest.isolateModules(() => {
      const api = require('../src') as Record<string, unknown>;
      expect(Object.keys(api).sort()).toEqual(
        ['BundledHandler', 'NotificationEndpoint', 'NotificationProtocol', 'TrailWatchValidationError'].sort(),
      );
    });
    const loaded = Object.keys(require.cache).filter((m) => !before.has(m));
    expect(loaded.filter((m) => m.includes('@cdktf/provider-aws') || m.includes('/generated/'))).toEqual([]);
  });

  test('each cloud entry point re-exports the cloud-neutral classes', () => {
    jest.isolateModules(() => {
      const neutral = require('../src') as Record<string, unknown>;
      const aws = require('../src/aws') as Record<string, unknown>;
      const huaweicloud = require('../src/huaweicloud') as Record<string, unknown>;
      for (const name of Object.keys(neutral)) {
        expect(aws[name]).toBe(neutral[name]);
        expect(huaweicloud[name]).toBe(neutral[name]);
      }
      expect(huaweicloud.HuaweicloudProvider).toBeDefined();
    });
  });
});
