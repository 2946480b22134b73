import { OptionProblem } from '../../../runtime/core/option-problem';
import { isUnresolved } from '../validation';
import { EnrichmentTargetOptions } from './props';

/**
 * An existing target needs both ids and no names of a new one, and must not be the source stream (every record
 * would trigger the consumer again).
 * @internal
 */
export function enrichmentTargetProblems(
  at: (prop: string) => string,
  props: EnrichmentTargetOptions,
  source: { readonly logGroupId: string; readonly logStreamId: string },
): OptionProblem[] {
  const problems: OptionProblem[] = [];
  if (Boolean(props.existingTargetGroupId) !== Boolean(props.existingTargetStreamId)) {
    problems.push({
      field: at('existingTargetStreamId'),
      problem: 'an existing target needs both its log group id and its stream id',
      fix: 'Give existingTargetGroupId and existingTargetStreamId together',
    });
  }
  if (
    props.existingTargetGroupId &&
    (props.targetGroupName || props.targetStreamName || props.targetRetentionDays !== undefined)
  ) {
    problems.push({
      field: at('existingTargetGroupId'),
      problem: 'cannot be combined with targetGroupName, targetStreamName or targetRetentionDays',
      fix: 'Either name a new target or pass an existing one',
    });
  }
  const { logGroupId, logStreamId } = source;
  if (
    !isUnresolved(logStreamId) &&
    (logStreamId === props.existingTargetStreamId ||
      (props.existingTargetStreamId === undefined && logGroupId === props.existingTargetGroupId))
  ) {
    problems.push({
      field: at('existingTargetStreamId'),
      problem: 'is the source stream, so every record would trigger the consumer again',
      fix: 'Write to a separate stream',
    });
  }
  return problems;
}
