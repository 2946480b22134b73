import { createHash } from 'crypto';
import { Construct } from 'constructs';

/**
 * A name for a cloud resource that is unique per construct path and stable across synths: readable path parts
 * plus a short hash of the full path, cut to the service's limit.
 * @internal
 */
export function uniqueResourceName(scope: Construct, maxLength: number, separator = '-', salt = ''): string {
  const parts = scope.node.scopes
    .slice(1)
    .map((s) => s.node.id)
    .filter((id) => id !== '' && id !== 'Default');
  // `salt` separates account-wide names of otherwise identical stacks (e.g. the region of a Huawei agency).
  const hash = createHash('sha256')
    .update(salt ? `${scope.node.path}@${salt}` : scope.node.path)
    .digest('hex')
    .slice(0, 8);
  const readable = parts
    .join(separator)
    .replace(/[^A-Za-z0-9_-]/g, '')
    .replace(/^[^A-Za-z]+/, '');
  const room = maxLength - hash.length - 1;
  const head = (readable || 'trailwatch').slice(0, room).replace(/[-_]+$/, '');
  return `${head}${separator}${hash}`;
}
