/**
 * Bundles the trail portal (runtime/portal) with esbuild into static files under assets/portal/: index.html,
 * app-<hash>.js, app-<hash>.css, the third-party licences and manifest.json (what the TrailPortal construct
 * uploads, with content types and cache rules). Deterministic: the same sources give the same bytes and names.
 * No CDN at run time: everything the browser loads is in these files.
 */
import { buildSync } from 'esbuild';
import { createHash } from 'crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { basename, join, resolve } from 'path';

const root = resolve(__dirname, '..');
const source = join(root, 'runtime', 'portal');
export const PORTAL_ASSETS_DIR = join(root, 'assets', 'portal');

export interface PortalManifestEntry {
  readonly path: string;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly sha256: string;
  readonly bytes: number;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export function buildPortal(outDir: string = PORTAL_ASSETS_DIR): PortalManifestEntry[] {
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: [join(source, 'main.tsx')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    treeShaking: true,
    sourcemap: false,
    legalComments: 'none',
    charset: 'utf8',
    entryNames: 'app-[hash]',
    outdir: outDir,
    write: false,
    logLevel: 'warning',
  });
  const files = new Map<string, Buffer>();
  for (const output of result.outputFiles) {
    const data = Buffer.from(output.contents);
    if (data.includes(Buffer.from(root))) throw new Error(`${basename(output.path)} contains the build machine's path`);
    files.set(basename(output.path), data);
  }
  const js = [...files.keys()].find((name) => name.endsWith('.js'));
  const css = [...files.keys()].find((name) => name.endsWith('.css'));
  if (!js || !css) throw new Error('the portal build made no .js or no .css file');
  files.set(
    'index.html',
    Buffer.from(readFileSync(join(source, 'index.html'), 'utf8').replace('%JS%', js).replace('%CSS%', css)),
  );
  const licences = ['preact', 'uplot'].map(
    (name) => `${name}\n\n${readFileSync(join(root, 'node_modules', name, 'LICENSE'), 'utf8').trim()}\n`,
  );
  files.set('THIRD_PARTY_LICENSES.txt', Buffer.from(licences.join('\n---\n\n')));

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const manifest: PortalManifestEntry[] = [...files.keys()].sort().map((name) => {
    const data = files.get(name)!;
    writeFileSync(join(outDir, name), data);
    return {
      path: name,
      contentType: contentTypeOf(name),
      cacheControl: /^app-/.test(name) ? IMMUTABLE : REVALIDATE,
      sha256: createHash('sha256').update(data).digest('hex'),
      bytes: data.length,
    };
  });
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function contentTypeOf(name: string): string {
  if (name.endsWith('.html')) return 'text/html; charset=utf-8';
  if (name.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (name.endsWith('.css')) return 'text/css; charset=utf-8';
  if (name.endsWith('.json')) return 'application/json';
  return 'text/plain; charset=utf-8';
}

if (require.main === module) {
  for (const entry of buildPortal()) console.log(`portal/${entry.path}: ${entry.bytes} B`);
}
