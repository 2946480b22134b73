/**
 * Extracts the TypeScript code blocks of the Markdown docs (README.md, docs/*.md) and turns each into a module
 * that compiles and runs against this repo's sources.
 *
 * Hidden directives, HTML comments on the lines right before a block (invisible on GitHub):
 * - `<!-- preamble: <code> -->` (may span lines): code the block assumes, e.g. the `app`/`stack` of a fragment.
 *   Its import declarations go to the top of the module, the rest after the block's own imports. Several add up.
 * - `<!-- postamble: <code> -->`: code appended, e.g. `app.synth();` after a fragment.
 * - `<!-- doc-test: jest -->`: the block is a jest test file (describe/test); its tests run in the doc test.
 * - `<!-- doc-test: compile-only (<why>) -->`: compiled, not run (e.g. a block that deploys or needs credentials).
 *
 * Import specifiers are mapped so the blocks run as written: `cdktf-trailwatch[/<entry>]` → `src[/<entry>]`;
 * the CDK Terrain names (`cdktn`, `@cdktn/provider-aws`, `cdktf-trailwatch/cdktn/<entry>`) → their cdktf
 * equivalents (same classes: see docs/cdk-terrain.md); relative paths (contributor snippets) → under src/; other
 * packages → the repo's node_modules.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, resolve } from 'path';

export const REPO = resolve(__dirname, '../..');

export type BlockMode = 'synth' | 'jest' | 'compile-only';

export interface CodeBlock {
  /** e.g. README.md:42 (the line of the opening fence). */
  readonly where: string;
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly preamble: string;
  readonly postamble: string;
  readonly mode: BlockMode;
}

export function markdownFiles(): string[] {
  const docs = join(REPO, 'docs');
  return [
    'README.md',
    ...(existsSync(docs)
      ? readdirSync(docs)
          .filter((f) => f.endsWith('.md'))
          .sort()
          .map((f) => `docs/${f}`)
      : []),
  ];
}

const FENCE_OPEN = /^```(ts|typescript|tsx)\s*$/;

/** The HTML comments directly above line `index` (blank lines between them allowed). */
function commentsAbove(lines: string[], index: number): string[] {
  const comments: string[] = [];
  let i = index - 1;
  while (i >= 0) {
    if (lines[i].trim() === '') {
      i--;
      continue;
    }
    if (!lines[i].trim().endsWith('-->')) break;
    let start = i;
    while (start >= 0 && !lines[start].includes('<!--')) start--;
    if (start < 0) break;
    comments.unshift(lines.slice(start, i + 1).join('\n'));
    i = start - 1;
  }
  return comments;
}

export function extractBlocks(file: string, text = readFileSync(join(REPO, file), 'utf8')): CodeBlock[] {
  const lines = text.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE_OPEN.test(lines[i])) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    const preambles: string[] = [];
    const postambles: string[] = [];
    let mode: BlockMode = 'synth';
    for (const comment of commentsAbove(lines, start)) {
      const inner = comment.replace(/^[\s\S]*?<!--\s*/, '').replace(/\s*-->\s*$/, '');
      const preamble = /^preamble:\s*([\s\S]*)$/.exec(inner);
      if (preamble) preambles.push(preamble[1]);
      const postamble = /^postamble:\s*([\s\S]*)$/.exec(inner);
      if (postamble) postambles.push(postamble[1]);
      const directive = /^doc-test:\s*(jest|compile-only)\b/.exec(inner);
      if (directive) mode = directive[1] as BlockMode;
    }
    blocks.push({
      where: `${file}:${start + 1}`,
      file,
      line: start + 1,
      code: body.join('\n'),
      preamble: preambles.join('\n'),
      postamble: postambles.join('\n'),
      mode,
    });
  }
  return blocks;
}

/** Maps one import specifier as described above; undefined leaves it alone (relative paths, node builtins). */
export function mapSpecifier(specifier: string): string | undefined {
  const trailwatch = /^cdktf-trailwatch(?:\/cdktn)?(?:\/(.+))?$/.exec(specifier);
  if (trailwatch) return join(REPO, 'src', trailwatch[1] ?? '');
  // Contributor snippets (docs/contributing.md) import by paths relative to src/.
  if (specifier.startsWith('.')) return join(REPO, 'src', specifier);
  if (specifier.startsWith('node:') || specifier.startsWith('/')) return undefined;
  const renamed =
    specifier === 'cdktn' ? 'cdktf' : specifier.replace(/^@cdktn\/provider-aws(?=\/|$)/, '@cdktf/provider-aws');
  try {
    const path = require.resolve(renamed, { paths: [REPO] });
    if (!path.startsWith('/')) return undefined; // a node builtin
    // Point at the file without its extension: TypeScript finds the .d.ts beside it, node/jest the .js.
    return path.replace(/\.(js|cjs)$/, '');
  } catch {
    return undefined; // left as written: the compile reports it
  }
}

/**
 * Where a block's leading import declarations end (line index): the preamble goes after them, so a preamble can
 * use what the block imports and the block's imports stay at the top of the module.
 */
function importLines(code: string): number {
  const lines = code.split('\n');
  let end = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('//')) {
      i++;
      continue;
    }
    if (!/^import\b/.test(line)) break;
    // An import may span lines: it ends at the line with its module specifier (or `import 'x';`).
    while (i < lines.length && !/(\bfrom\s*|^import\s+)['"][^'"]+['"];?\s*$/.test(lines[i].trim())) i++;
    i++;
    end = i;
  }
  return end;
}

/** One `import … from '…';` declaration (a preamble may hold several on one line). */
const IMPORT_DECLARATION = /import\s[^;]*?\sfrom\s*['"][^'"]+['"];?/g;

/** The module text of a block, and how to map a module line back to a Markdown line. */
export interface BlockModule {
  readonly source: string;
  /** Markdown line (1-based) of a module line (0-based), or undefined for a preamble/postamble line. */
  readonly markdownLine: (moduleLine: number) => number | undefined;
}

/**
 * The block's imports, then the preamble, the rest of the block and the postamble, with import specifiers mapped.
 */
export function blockModule(block: CodeBlock): BlockModule {
  const code = block.code.split('\n');
  const imports = importLines(block.code);
  // The preamble's own import declarations go first, the rest after the block's imports.
  const preambleImports = block.preamble.match(IMPORT_DECLARATION) ?? [];
  const preambleText = block.preamble.replace(IMPORT_DECLARATION, '').trim();
  const preambleRest = preambleText ? preambleText.split('\n') : [];
  const preamble = [...preambleImports, ...preambleRest];
  const postamble = block.postamble ? block.postamble.split('\n') : [];
  const lines = [...preambleImports, ...code.slice(0, imports), ...preambleRest, ...code.slice(imports), ...postamble];
  const mapped = lines
    .join('\n')
    .replace(
      /(\bfrom\s+|\bimport\s*\(\s*|\brequire\(\s*|^import\s+)(['"])([^'"\n]+)\2/gm,
      (whole, head: string, quote: string, spec: string) => {
        const to = mapSpecifier(spec);
        return to === undefined ? whole : `${head}${quote}${to}${quote}`;
      },
    );
  // Bare statements: a block is a module either way.
  const source = /^\s*(import|export)\s/m.test(mapped) ? `${mapped}\n` : `${mapped}\nexport {};\n`;
  const firstCodeLine = block.line + 1; // the line after the opening fence
  return {
    source,
    markdownLine: (n) => {
      const top = preambleImports.length;
      if (n < top) return undefined;
      if (n < top + imports) return firstCodeLine + n - top;
      if (n < imports + preamble.length) return undefined;
      if (n < code.length + preamble.length) return firstCodeLine + n - preamble.length;
      return undefined;
    },
  };
}

export function blockFileName(block: CodeBlock, index: number): string {
  return `${String(index).padStart(2, '0')}-${block.file.replace(/[^a-z0-9]+/gi, '-')}-${block.line}.ts`;
}

export { dirname };
