/**
 * The parts of a FunctionGraph function and trigger resource that are the same on every Huawei-family provider
 * (`huaweicloud_fgs_function` / `opentelekomcloud_fgs_function_v2`, and their trigger resources): the bundled zip
 * uploaded inline, the Node.js handler, and JSON-encoded trigger event data.
 */
import { Fn, TerraformAsset } from 'cdktf';

/** The sizing and description props both clouds' `BundledFunction` take. @internal */
export interface FunctionCodeProps<Runtime extends string> {
  readonly runtime?: Runtime;
  readonly timeoutSeconds?: number;
  readonly memorySize?: number;
  readonly description?: string;
}

/** Function arguments for a bundled handler zip (code type "zip", handler `index.handler`). @internal */
export function bundledCodeArguments<Runtime extends string>(
  asset: TerraformAsset,
  props: FunctionCodeProps<Runtime>,
  defaultRuntime: Runtime,
) {
  return {
    app: 'default',
    description: props.description ?? 'TrailWatch function',
    runtime: props.runtime ?? defaultRuntime,
    handler: 'index.handler',
    codeType: 'zip',
    codeFilename: 'index.zip',
    funcCode: Fn.filebase64(asset.path),
    memorySize: props.memorySize ?? 256,
    timeout: props.timeoutSeconds ?? 30,
  };
}

/** Trigger arguments: active, with the event data JSON-encoded as the trigger resources expect. @internal */
export function triggerArguments(functionUrn: string, type: string, eventData: Record<string, unknown>) {
  return { functionUrn, type, status: 'ACTIVE', eventData: Fn.jsonencode(eventData) };
}
