/**
 * A problem a pure options contract found in what the user wrote: the field (`<construct path>.<prop>`), what is
 * wrong and how to fix it. The constructs turn the first one into a synth-time error.
 */
export interface OptionProblem {
  readonly field: string;
  readonly problem: string;
  readonly fix: string;
}
