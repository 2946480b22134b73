/**
 * What a cloud's tag look-up adapter (`runtime/<cloud>/tags.ts`) takes from the core, in one import: the record
 * accessors, the concurrency limit and the look-up contract with its results.
 * @internal
 */
export { isRecord, text } from '../audit-event';
export { mapWithConcurrency } from './concurrency';
export type { ParsedRecord } from './pipeline';
export type { ResourceRef, TagLookup, TagResult } from './tags';
export { TagStatus, failedLookup, tagResult, tagsFromList } from './tags';
