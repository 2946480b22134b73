/** The doc-block extractor: directives, preamble placement, import mapping and line mapping. */
import { join } from 'path';
import { REPO, blockModule, extractBlocks, mapSpecifier } from './code-blocks';

const MARKDOWN = [
  '# Page', // 1
  '', // 2
  "<!-- preamble: const stack = new TerraformStack(new App(), 'docs'); -->", // 3
  '<!-- postamble: console.log(stack); -->', // 4
  '```ts', // 5
  "import { App, TerraformStack } from 'cdktf';", // 6
  'import {', // 7
  '  NotificationEndpoint,', // 8
  "} from 'cdktf-trailwatch/huaweicloud';", // 9
  '', // 10
  "NotificationEndpoint.email('a@example.com');", // 11
  '```', // 12
  '', // 13
  '<!-- doc-test: jest -->', // 14
  '```typescript', // 15
  "test('x', () => undefined);", // 16
  '```', // 17
  '```sh', // 18
  'npm test', // 19
  '```', // 20
].join('\n');

test('finds the TypeScript blocks with their directives, not the shell ones', () => {
  const blocks = extractBlocks('page.md', MARKDOWN);
  expect(blocks.map((b) => [b.where, b.mode])).toEqual([
    ['page.md:5', 'synth'],
    ['page.md:15', 'jest'],
  ]);
  expect(blocks[0].preamble).toBe("const stack = new TerraformStack(new App(), 'docs');");
  expect(blocks[0].postamble).toBe('console.log(stack);');
});

test('the preamble goes after the block imports; lines map back to the Markdown', () => {
  const [block] = extractBlocks('page.md', MARKDOWN);
  const module = blockModule(block);
  const lines = module.source.split('\n');
  expect(lines[4]).toBe("const stack = new TerraformStack(new App(), 'docs');");
  expect(lines[3]).toContain(join(REPO, 'src', 'huaweicloud'));
  expect(lines[0]).toMatch(/from '.*node_modules\/cdktf\//);
  expect(module.markdownLine(0)).toBe(6);
  expect(module.markdownLine(3)).toBe(9);
  expect(module.markdownLine(4)).toBeUndefined();
  expect(module.markdownLine(6)).toBe(11);
  expect(lines[7]).toBe('console.log(stack);');
  expect(module.markdownLine(7)).toBeUndefined();
});

test("a preamble's imports go to the top of the module", () => {
  const [block] = extractBlocks(
    'page.md',
    [
      "<!-- preamble: import { App, TerraformStack } from 'cdktf'; import { Fn } from 'cdktf';",
      "const stack = new TerraformStack(new App(), 'docs'); -->",
      '```ts',
      "import { Testing } from 'cdktf';",
      'Testing.synth(stack);',
      '```',
    ].join('\n'),
  );
  const module = blockModule(block);
  const lines = module.source.split('\n');
  expect(lines.slice(0, 3).every((l) => l.startsWith('import '))).toBe(true);
  expect(lines[3]).toBe("const stack = new TerraformStack(new App(), 'docs');");
  expect(lines[4]).toBe('Testing.synth(stack);');
  expect([0, 1, 2, 3, 4].map((n) => module.markdownLine(n))).toEqual([undefined, undefined, 4, undefined, 5]);
});

test('cdktn names map to their cdktf equivalents', () => {
  expect(mapSpecifier('cdktf-trailwatch/cdktn/aws')).toBe(join(REPO, 'src', 'aws'));
  expect(mapSpecifier('cdktf-trailwatch')).toBe(join(REPO, 'src'));
  expect(mapSpecifier('cdktn')).toBe(mapSpecifier('cdktf'));
  expect(mapSpecifier('@cdktn/provider-aws/lib/provider')).toBe(mapSpecifier('@cdktf/provider-aws/lib/provider'));
  expect(mapSpecifier('node:fs')).toBeUndefined();
});
