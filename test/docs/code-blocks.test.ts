/**
 * Docs that run: every ```ts block of README.md and docs/*.md is type-checked (one TypeScript program over all
 * blocks) and synthesized (each block runs and must write at least one stack), or, for `<!-- doc-test: jest -->`
 * blocks, its tests run here. Directives and the import mapping: see code-blocks.ts.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the blocks are loaded with require() after being written */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as ts from 'typescript';
import { BlockModule, CodeBlock, REPO, blockFileName, blockModule, extractBlocks, markdownFiles } from './code-blocks';

const dir = mkdtempSync(join(tmpdir(), 'trailwatch-doc-blocks-'));
const blocks = markdownFiles().flatMap((file) => extractBlocks(file));
const files = new Map<string, CodeBlock & { module: BlockModule }>();
blocks.forEach((block, i) => {
  const file = join(dir, blockFileName(block, i));
  const module = blockModule(block);
  writeFileSync(file, module.source);
  files.set(file, { ...block, module });
});
const entries = [...files.entries()];

test('the docs have TypeScript blocks', () => {
  expect(blocks.length).toBeGreaterThan(0);
});

test('every block compiles (one program over all blocks)', () => {
  const program = ts.createProgram([...files.keys()], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2022.d.ts'],
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    experimentalDecorators: true,
    noEmit: true,
    types: ['node', 'jest'],
    typeRoots: [join(REPO, 'node_modules', '@types')],
  });
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => {
      const block = files.get(d.file!.fileName)!;
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      const markdownLine = block.module.markdownLine(line);
      const at = markdownLine ? `${block.file}:${markdownLine}` : `${block.where} (preamble/postamble)`;
      return `${at}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  expect(problems).toEqual([]);
});

const runnable = entries.filter(([, block]) => block.mode === 'synth');
if (runnable.length > 0) {
  test.each(runnable.map(([file, block]) => [block.where, file]))('%s synthesizes', (_where, file) => {
    const outdir = join(dir, `${file.replace(/\.ts$/, '')}.out`);
    mkdirSync(outdir, { recursive: true });
    const saved = process.env.CDKTF_OUTDIR;
    process.env.CDKTF_OUTDIR = outdir; // `new App()` in a block writes here, not into the repo's cdktf.out
    try {
      require(file);
    } finally {
      if (saved === undefined) delete process.env.CDKTF_OUTDIR;
      else process.env.CDKTF_OUTDIR = saved;
    }
    const stacks = join(outdir, 'stacks');
    const written = existsSync(stacks)
      ? readdirSync(stacks).filter((s) => existsSync(join(stacks, s, 'cdk.tf.json')))
      : [];
    expect(written.length).toBeGreaterThan(0);
  });
}

// Jest blocks define their own describe/test: loaded while this file's tests are collected, they run as part of it.
// Named by the Markdown file, not the line: snapshot names must not change when a page grows.
for (const [file, block] of entries.filter(([, b]) => b.mode === 'jest')) {
  describe(block.file, () => {
    require(file);
  });
}
