/**
 * The props of a bundled FunctionGraph function and their synth-time checks, the same on every Huawei-family cloud
 * (Huawei Cloud, Open Telekom Cloud); each cloud's `BundledFunction` adds only its runtime enum and region check.
 */
import { IConstruct } from 'constructs';
import { OptionProblem } from '../../../runtime/core/option-problem';
import { BundledHandler, bundledHandlerZipSize } from '../handler-asset';
import { propPath, validateIntegerRange, validateName } from '../validation';
import { IAgency } from './agency';
import { FunctionOperationOptions, functionOperationProblems } from './function-operations';
import { AgencyPermission, permissionProblems } from './permissions';

/** Props of a bundled FunctionGraph function; `Runtime` is the cloud's runtime enum. */
export interface FamilyFunctionProps<Runtime extends string> extends FunctionOperationOptions {
  readonly handler: BundledHandler;
  /** Region of the function, its agency's project role and its triggers. */
  readonly region: string;
  /** @default a unique name derived from the construct path */
  readonly functionName?: string;
  /** @default FunctionGraphRuntime.NODEJS_20_15 */
  readonly runtime?: Runtime;
  /** @default 30 */
  readonly timeoutSeconds?: number;
  /** @default 256 */
  readonly memorySize?: number;
  /** Function environment (FunctionGraph user data); the cloud and region settings are added. @default none */
  readonly environment?: Record<string, string>;
  /** What the agencies may do; custom policies are created from these, never a system admin role. @default none (then `agency` is required) */
  readonly permissions?: readonly AgencyPermission[];
  /**
   * An existing agency (`Agency.fromAgencyName`), used as both configuration and execution agency: nothing is
   * granted by TrailWatch, its owner grants what is needed.
   * @default agencies holding custom policies built from `permissions`
   */
  readonly agency?: IAgency;
  /** @default "TrailWatch function" */
  readonly description?: string;
  /** Tags of the function (and of its log group and stream). @default none */
  readonly tags?: Record<string, string>;
}

// FunctionGraph accepts a zip up to 40 MB in the create request; base64 grows it by a third.
const MAX_INLINE_ZIP_BYTES = 30 * 1024 * 1024;

/**
 * Every problem of the props, named `<construct path>.<prop>`; `regionProblems` is the cloud's region check.
 * @internal
 */
export function familyFunctionProblems<Runtime extends string>(
  scope: IConstruct,
  props: FamilyFunctionProps<Runtime>,
  regionProblems: (field: string, region: string) => OptionProblem[],
): OptionProblem[] {
  const at = (prop: string) => propPath(scope, prop);
  validateName(at('functionName'), props.functionName, 60);
  validateIntegerRange(at('timeoutSeconds'), props.timeoutSeconds, 3, 900);
  validateIntegerRange(at('memorySize'), props.memorySize, 128, 10240);
  const problems = [
    ...regionProblems(at('region'), props.region),
    ...functionOperationProblems(scope.node.path, props),
    ...permissionProblems(scope.node.path, props.permissions, props.agency !== undefined),
  ];
  if (bundledHandlerZipSize(props.handler) > MAX_INLINE_ZIP_BYTES) {
    problems.push({
      field: at('handler'),
      problem: `${props.handler} is too large to upload inline`,
      fix: 'Host it in OBS and use code_type "obs"',
    });
  }
  return problems;
}
