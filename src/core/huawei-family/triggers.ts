/**
 * The `event_data` of FunctionGraph triggers on Huawei Cloud and Open Telekom Cloud (FunctionGraph API "Creating a
 * Trigger"; the providers' trigger resources take it as a JSON string).
 */
import { OptionProblem } from '../../../runtime/core/option-problem';

/** A CTS trigger selects at most 10 operations of one service resource; more actions get more triggers. @internal */
export const OPERATIONS_PER_CTS_TRIGGER = 10;

/** One CTS trigger's event data. @internal */
export interface CtsTriggerEventData {
  /** The CTS notification name: letters, digits and `_`, at most 64. */
  readonly name: string;
  /** `service:resource:operation;operation…`. */
  readonly operations: string[];
}

/**
 * The CTS triggers for IAM `user` operations: `IAM:user:<op>;<op>…`, ten operations per trigger, named
 * `<baseName>`, `<baseName>_2`, … (`baseName` is made of letters, digits and `_` here).
 * @internal
 */
export function iamUserCtsTriggers(baseName: string, actions: readonly string[]): CtsTriggerEventData[] {
  const name = baseName.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 60);
  const triggers: CtsTriggerEventData[] = [];
  for (let start = 0; start < actions.length; start += OPERATIONS_PER_CTS_TRIGGER) {
    const n = start / OPERATIONS_PER_CTS_TRIGGER;
    triggers.push({
      name: n === 0 ? name : `${name}_${n + 1}`,
      operations: [`IAM:user:${actions.slice(start, start + OPERATIONS_PER_CTS_TRIGGER).join(';')}`],
    });
  }
  return triggers;
}

/** LTS trigger event data: group and stream ids (LTS still calls the stream a "topic" here). @internal */
export function ltsTriggerEventData(logGroupId: string, logStreamId: string): Record<string, string> {
  return { log_group_id: logGroupId, log_topic_id: logStreamId };
}

/** CTS trace-file prefixes: 1-64 letters, digits, ".", "_" or "-". @internal */
export function ctsFilePrefixProblems(field: string, prefix: string | undefined): OptionProblem[] {
  if (prefix === undefined || /^[A-Za-z0-9._-]{1,64}$/.test(prefix)) return [];
  return [
    { field, problem: `"${prefix}" is not a valid CTS file prefix`, fix: 'Use 1-64 letters, digits, ".", "_" or "-"' },
  ];
}

/** Pairs of props that exclude each other, as problems naming the first of each pair given together. @internal */
export function exclusiveProblems<T extends object>(
  at: (prop: string) => string,
  props: T,
  pairs: readonly (readonly [keyof T & string, keyof T & string])[],
): OptionProblem[] {
  return pairs
    .filter(([a, b]) => props[a] !== undefined && props[b] !== undefined)
    .map(([a, b]) => ({
      field: at(a),
      problem: `cannot be combined with ${b}`,
      fix: `Give one of ${a} or ${b}, not both`,
    }));
}
