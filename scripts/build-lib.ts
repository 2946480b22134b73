/**
 * Compiles the constructs into the two flavours the package ships:
 *
 * - `lib/`: the cdktf flavour, `tsc -p tsconfig.json` (CommonJS + declarations), imports `cdktf` and
 *   `@cdktf/provider-aws`.
 * - `lib-cdktn/`: the CDK Terrain flavour, the same compiled files with the module specifiers of the framework and
 *   of the prebuilt AWS provider mapped (`cdktf` → `cdktn`, `@cdktf/provider-aws/lib/…` → `@cdktn/provider-aws/lib/…`).
 *   CDK Terrain is a rename of cdktf (same classes, same synthesized JSON), and the generated Huawei Cloud and
 *   Alibaba Cloud bindings only use cdktf's public base classes, so the mapped files are what a cdktn compile of
 *   the same source produces. `test/consumer/cdktn.test.ts` type-checks the mapped declarations against cdktn 0.24
 *   and `@cdktn/provider-aws` 25 (`skipLibCheck: false`) and compares the synthesized output with the cdktf flavour.
 *
 * Both are rebuilt from scratch (no stale files from renamed sources end up in the package).
 *
 *   npm run build:lib
 */
import { spawnSync } from 'child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const root = resolve(__dirname, '..');

/** The packages a cdktn app uses instead of the cdktf ones; anything not listed keeps its specifier. */
export const CDKTN_MODULE_MAP: readonly { readonly from: string; readonly to: string; readonly prefix: boolean }[] = [
  { from: 'cdktf', to: 'cdktn', prefix: false },
  { from: '@cdktf/provider-aws', to: '@cdktn/provider-aws', prefix: true },
];

/**
 * Compiled folders left out of the cdktn flavour: constructs built on a prebuilt cdktf provider package that has no
 * `@cdktn/*` counterpart (no `@cdktn/provider-opentelekomcloud` exists).
 */
export const CDKTF_ONLY = ['src/opentelekomcloud/'];

/** Module specifiers in compiled CommonJS and declarations: require("x"), from "x", import("x"). */
const SPECIFIER = /(\brequire\(\s*|\bfrom\s+|\bimport\(\s*)(["'])([^"'\n]+)\2/g;

export function mapSpecifier(specifier: string): string {
  for (const { from, to, prefix } of CDKTN_MODULE_MAP) {
    if (specifier === from) return to;
    if (prefix && specifier.startsWith(`${from}/`)) return to + specifier.slice(from.length);
  }
  return specifier;
}

/** Rewrites the module specifiers of one compiled file (.js or .d.ts) for the cdktn flavour. */
export function toCdktn(code: string): string {
  return code.replace(
    SPECIFIER,
    (_m, head: string, quote: string, spec: string) => `${head}${quote}${mapSpecifier(spec)}${quote}`,
  );
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Writes `to` from `from` with the specifiers mapped; returns how many files changed. */
export function writeCdktnFlavour(from: string, to: string): number {
  rmSync(to, { recursive: true, force: true });
  let mapped = 0;
  for (const file of files(from)) {
    if (!/\.(js|d\.ts|json)$/.test(file) || file.endsWith('.build-stamp')) continue;
    if (CDKTF_ONLY.some((dir) => relative(from, file).startsWith(dir))) continue;
    const target = join(to, relative(from, file));
    mkdirSync(dirname(target), { recursive: true });
    const code = readFileSync(file, 'utf8');
    const out = file.endsWith('.json') ? code : toCdktn(code);
    if (out !== code) mapped++;
    writeFileSync(target, out);
  }
  return mapped;
}

function main(): void {
  const lib = join(root, 'lib');
  const libCdktn = join(root, 'lib-cdktn');
  rmSync(lib, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  // Declarations keep `@internal` members: `stripInternal` removes a declaration but not the imports of it in other
  // files, which breaks consumers that type-check libraries (`skipLibCheck: false`). The `exports` map keeps internal
  // modules out of reach anyway; the API report (tsconfig.api.json) still strips them.
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json'), '--stripInternal', 'false'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const mapped = writeCdktnFlavour(lib, libCdktn);
  writeFileSync(join(lib, '.build-stamp'), `${new Date().toISOString()}\n`);
  console.log(`lib: cdktf flavour; lib-cdktn: ${mapped} files with cdktf imports mapped to cdktn`);
}

if (require.main === module) main();
