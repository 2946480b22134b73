/**
 * The options contract of the CIS monitoring pack (see cis-controls.ts for the control table): per-control
 * switches every cloud's pack accepts, the controls a pack creates and the synth-time checks of what the user wrote.
 */
import { CIS_CONTROLS, CIS_CONTROL_IDS, CisControl, CisControlId } from './cis-controls';
import { OptionProblem } from './option-problem';

/** Per-control settings every cloud's pack accepts. */
export interface CisControlOptions {
  /** @default true (every control with an equivalent on the cloud) */
  readonly enabled?: boolean;
}

/** The options contract of the CIS monitoring pack, shared by the clouds. */
export interface CisAlarmsOptions<T extends CisControlOptions = CisControlOptions> {
  /** Settings per control id (`'CloudWatch.1'` … `'CloudWatch.14'`). @default every control on, with its defaults */
  readonly controls?: Partial<Record<CisControlId, T>>;
}

/** The controls a pack creates: enabled, in table order. */
export function enabledCisControls(options: CisAlarmsOptions): CisControl[] {
  return CIS_CONTROLS.filter((c) => options.controls?.[c.id]?.enabled !== false);
}

/** Synth-time checks of the shared options: control ids as written, and at least one control left on. */
export function cisOptionProblems(fieldPrefix: string, options: CisAlarmsOptions): OptionProblem[] {
  const problems: OptionProblem[] = [];
  const controls = (options.controls ?? {}) as Record<string, CisControlOptions | undefined>;
  for (const id of Object.keys(controls)) {
    if (!(CIS_CONTROL_IDS as readonly string[]).includes(id)) {
      problems.push({
        field: `${fieldPrefix}.controls["${id}"]`,
        problem: `"${id}" is not a CIS control of the pack`,
        fix: `Use one of ${CIS_CONTROL_IDS.join(', ')} (spelled as Security Hub does)`,
      });
    }
  }
  if (problems.length === 0 && enabledCisControls(options).length === 0) {
    problems.push({
      field: `${fieldPrefix}.controls`,
      problem: 'every control is disabled, so the pack would create nothing',
      fix: 'Leave at least one control enabled, or leave the pack out',
    });
  }
  return problems;
}
