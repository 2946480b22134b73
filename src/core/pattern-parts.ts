import { IConstruct } from 'constructs';
import { propPath, validateExclusive } from './validation';

/** The topic props every pattern takes: a topic of the user's, or subscriptions to the one it creates. @internal */
export interface PatternTopicProps {
  readonly alertTopic?: unknown;
  readonly subscriptions?: readonly unknown[];
}

/**
 * Refuses `subscriptions` next to a given `alertTopic`: the pattern subscribes only to a topic it creates (the
 * owner of an existing topic manages its subscriptions).
 * @internal
 */
export function validatePatternTopic(scope: IConstruct, props: PatternTopicProps): void {
  validateExclusive(
    propPath(scope, 'alertTopic'),
    props.alertTopic,
    propPath(scope, 'subscriptions'),
    props.subscriptions,
  );
}

/** One builder per optional part, named as the pattern prop that includes it. @internal */
export type PartBuilders<P, R> = { readonly [K in keyof R & keyof P]-?: (options: NonNullable<P[K]>) => R[K] };

/**
 * The optional parts of a pattern: each built, in the builders' order, only when its prop is given, and returned
 * under the prop's name (a pattern exposes an included part as the property named like the prop).
 * @internal
 */
export function includeParts<P extends object, R>(props: P, builders: PartBuilders<P, R>): Partial<R> {
  const parts: Partial<R> = {};
  for (const name of Object.keys(builders) as (keyof R & keyof P)[]) {
    const options = props[name];
    if (options !== undefined && options !== null) parts[name] = builders[name](options as NonNullable<P[typeof name]>);
  }
  return parts;
}
