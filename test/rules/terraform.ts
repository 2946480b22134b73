/**
 * Reading synthesized Terraform JSON: blocks by type, addresses, construct paths and `${…}` references.
 * Shared by the rules; knows nothing about any one rule.
 */
import type { StackUnderTest, TerraformJson } from './types';

export type Block = Record<string, unknown>;

export interface Located {
  /** Terraform address: `aws_s3_bucket.Logical_Id` or `data.aws_iam_policy_document.Logical_Id`. */
  readonly address: string;
  readonly type: string;
  readonly logicalId: string;
  readonly block: Block;
}

function blocks(section: TerraformJson['resource'], type: string, prefix: string): Located[] {
  return Object.entries(section?.[type] ?? {}).map(([logicalId, block]) => ({
    address: `${prefix}${type}.${logicalId}`,
    type,
    logicalId,
    block,
  }));
}

/** Every resource of a type. */
export function resources(stack: StackUnderTest, type: string): Located[] {
  return blocks(stack.json.resource, type, '');
}

/** Every data source of a type. */
export function dataSources(stack: StackUnderTest, type: string): Located[] {
  return blocks(stack.json.data, type, 'data.');
}

/** The block at an address (`type.id` or `data.type.id`), if the stack has it. */
export function lookup(stack: StackUnderTest, address: string): Located | undefined {
  const parts = address.split('.');
  const isData = parts[0] === 'data';
  const [type, logicalId] = isData ? parts.slice(1) : parts;
  const block = (isData ? stack.json.data : stack.json.resource)?.[type]?.[logicalId];
  return block ? { address, type, logicalId, block } : undefined;
}

/** The construct path cdktf records in the block's metadata, for messages a person can act on. */
export function constructPath(located: Located): string {
  const meta = (located.block['//'] as { metadata?: { path?: string } } | undefined)?.metadata;
  return meta?.path ?? located.address;
}

const WHOLE_REFERENCE = /^\$\{((?:data\.)?[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\.([A-Za-z0-9_]+)\}$/;

/**
 * A value that is exactly one attribute reference (`${aws_sqs_queue.Q.url}`, `${data.x.y.json}`):
 * the referenced address and attribute. Anything else (literals, expressions, interpolated text) gives undefined.
 */
export function wholeReference(value: unknown): { address: string; attribute: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = WHOLE_REFERENCE.exec(value);
  return match ? { address: match[1], attribute: match[2] } : undefined;
}

/** True when the string refers to the given address anywhere (`${aws_s3_bucket.B.arn}/*` refers to `aws_s3_bucket.B`). */
export function refersTo(value: unknown, address: string): boolean {
  return typeof value === 'string' && value.includes(`\${${address}.`);
}

/** Whether a string holds a Terraform expression (`${…}`). */
export function isToken(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** A block attribute that cdktf may emit as one object or as a one-element list. */
export function asList<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A set-of-strings attribute: undefined → [], a string → [string]. */
export function strings(value: unknown): string[] {
  return asList(value as string | string[] | undefined).filter((v): v is string => typeof v === 'string');
}

/** A non-empty string or a reference. */
export function isSet(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null && value !== false;
}
