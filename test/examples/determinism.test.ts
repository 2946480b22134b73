import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { buildExampleApp } from '../../examples/app';

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

test('two synths of every example give byte-identical output', () => {
  const a = mkdtempSync(join(tmpdir(), 'tw-a-'));
  const b = mkdtempSync(join(tmpdir(), 'tw-b-'));
  try {
    buildExampleApp(a).synth();
    buildExampleApp(b).synth();
    const first = tree(a);
    expect(Object.keys(first).length).toBeGreaterThan(2);
    expect(tree(b)).toEqual(first);
    // Nothing in the output may depend on where the checkout lives.
    for (const file of Object.keys(first).filter((f) => f.endsWith('.json'))) {
      expect(readFileSync(join(a, file), 'utf8')).not.toContain(process.cwd());
    }
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
