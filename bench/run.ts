/**
 * `npm run bench`: runs every benchmark in one process and prints figures and ratios measured in that run.
 * Benchmarks are never timed assertions in tests.
 */
import { readdirSync } from 'fs';
import { join } from 'path';

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
    .sort();
  for (const file of files) {
    const name = file.replace(/\.ts$/, '');
    if (only && name !== only) continue;
    console.log(`\n=== ${name} ===`);
    const bench = (await import(join(__dirname, file))) as { run: () => Promise<void> };
    await bench.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
