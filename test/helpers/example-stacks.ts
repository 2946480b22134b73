import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildExampleApp } from '../../examples/app';

/** The synthesized Terraform JSON of one stack (`cdk.tf.json`), as far as the tests read it. */
export interface TerraformJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly [key: string]: unknown;
}

export interface SynthesizedExampleStack {
  /** The stack's name, i.e. its folder under `cdktf.out/stacks/`. */
  readonly name: string;
  readonly json: TerraformJson;
}

/** Names the examples read from the environment (`examples/env.ts`): cleared so every run sees the defaults. */
function isExampleSetting(name: string): boolean {
  return name.startsWith('TRAILWATCH_') || name === 'AWS_REGION';
}

/** Runs `fn` with the examples' environment overrides removed, and puts them back afterwards. */
export function withExampleDefaults<T>(fn: () => T): T {
  const saved = Object.entries(process.env).filter(([name]) => isExampleSetting(name));
  saved.forEach(([name]) => delete process.env[name]);
  try {
    return fn();
  } finally {
    saved.forEach(([name, value]) => (process.env[name] = value));
  }
}

/**
 * Synthesizes the example app (`examples/app.ts`, every example stack, with its defaults) into a temporary folder
 * and returns each stack's `cdk.tf.json`, sorted by stack name.
 */
export function synthExampleStacks(): SynthesizedExampleStack[] {
  const outdir = mkdtempSync(join(tmpdir(), 'tw-rules-'));
  try {
    withExampleDefaults(() => buildExampleApp(outdir).synth());
    const stacksDir = join(outdir, 'stacks');
    return readdirSync(stacksDir)
      .sort()
      .map((name) => ({
        name,
        json: JSON.parse(readFileSync(join(stacksDir, name, 'cdk.tf.json'), 'utf8')) as TerraformJson,
      }));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
