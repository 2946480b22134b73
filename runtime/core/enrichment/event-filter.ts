import { AuditEvent } from '../audit-event';

/** How an event was judged read-only or not. */
export enum ReadOnlyBasis {
  /** The record's own flag (CloudTrail `readOnly`, CTS `read_only`). */
  FLAG = 'flag',
  /** The record has no flag: judged by the action name (see READ_ONLY_ACTION_PREFIXES). */
  ACTION_NAME = 'action-name',
}

/**
 * Action-name prefixes of read operations, for records without a read-only flag (older CTS traces, some
 * CloudTrail service events). Compared case-insensitively and only as a whole word: the prefix must be followed by
 * an upper-case letter, a digit, `_`, `:` or the end, so `GetObject`, `getUser`, `list_keys` and `Describe` are
 * reads, while `Getaway` or `checkout` are not.
 */
export const READ_ONLY_ACTION_PREFIXES: readonly string[] = [
  'Get',
  'BatchGet',
  'List',
  'Describe',
  'Head',
  'Show',
  'Query',
  'Check',
  'Search',
  'Lookup',
  'Scan',
  'Select',
  'Count',
  'View',
];

export interface ReadOnlyVerdict {
  readonly readOnly: boolean;
  readonly basis: ReadOnlyBasis;
}

export function isReadOnlyActionName(action: string): boolean {
  return READ_ONLY_ACTION_PREFIXES.some((prefix) => {
    if (action.length < prefix.length || action.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase())
      return false;
    const next = action.charAt(prefix.length);
    return next === '' || /[A-Z0-9_:]/.test(next);
  });
}

/** The record's flag when it has one; otherwise the action-name fallback. */
export function readOnlyVerdict(event: AuditEvent): ReadOnlyVerdict {
  if (event.readOnly !== undefined) return { readOnly: event.readOnly, basis: ReadOnlyBasis.FLAG };
  return { readOnly: isReadOnlyActionName(event.action), basis: ReadOnlyBasis.ACTION_NAME };
}

/**
 * Keeps the events of the listed services. Names compare case-insensitively, and a CloudTrail event source
 * matches with or without its `.amazonaws.com` suffix, so `ec2`, `EC2` and `ec2.amazonaws.com` are the same
 * service; CTS service types (`ECS`, `EVS`) compare as they are. An empty list keeps every service.
 */
export class ServiceFilter {
  private readonly wanted: ReadonlySet<string>;

  public constructor(services: readonly string[]) {
    this.wanted = new Set(services.map(canonicalService).filter((s) => s !== ''));
  }

  public get keepsAll(): boolean {
    return this.wanted.size === 0;
  }

  public keeps(service: string): boolean {
    return this.keepsAll || this.wanted.has(canonicalService(service));
  }
}

export function canonicalService(service: string): string {
  return service
    .trim()
    .toLowerCase()
    .replace(/\.amazonaws\.com(\.cn)?$/, '');
}
