import { Testing, TerraformStack } from 'cdktf';

export interface SynthesizedStack {
  readonly resource: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
}

export function synthJson(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack)) as SynthesizedStack;
}

/** All resources of one type, by logical id. */
export function resourcesOf(json: SynthesizedStack, type: string): Record<string, Record<string, unknown>> {
  return json.resource[type] ?? {};
}

/** The single resource of a type (fails the test when there is not exactly one). */
export function onlyResource(json: SynthesizedStack, type: string): Record<string, unknown> & { logicalId: string } {
  const all = Object.entries(resourcesOf(json, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return { ...all[0][1], logicalId: all[0][0] };
}
