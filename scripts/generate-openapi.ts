/**
 * Writes the trail query API's OpenAPI document, generated from the same route table as the deployed routes,
 * to `assets/aws/trail-query-openapi.json` (shipped with the package). Run after `build:handlers`, which empties
 * `assets/`: `tsx scripts/generate-openapi.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { buildOpenApiDocument } from '../runtime/aws/trail-query/openapi';

const root = resolve(__dirname, '..');
export const OPENAPI_OUTPUT = join(root, 'assets', 'aws', 'trail-query-openapi.json');

export function writeOpenApiDocument(path: string = OPENAPI_OUTPUT): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const text = `${JSON.stringify(buildOpenApiDocument({ version }), null, 2)}\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

if (require.main === module) {
  console.log(`wrote ${writeOpenApiDocument()}`);
}
