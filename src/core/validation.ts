import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { isIpOrCidr } from '../../runtime/core/allow-list';
import { allowListProblems } from '../../runtime/core/login-options';
import { OptionProblem } from '../../runtime/core/option-problem';

/**
 * A construct prop that cannot work. The message starts with the field: the construct path the user gave plus the
 * prop as they spelled it (`audit/Audit.allowList[2]`, see {@link propPath}), then the problem and the fix.
 */
export class TrailWatchValidationError extends Error {
  public constructor(
    /** Where: `<construct path>.<prop>` or a factory argument such as `NotificationEndpoint.email(address)`. */
    public readonly field: string,
    public readonly problem: string,
    public readonly fix: string,
  ) {
    super(`${field}: ${problem}. ${fix}`);
    this.name = 'TrailWatchValidationError';
  }
}

/**
 * The field name of a prop of a construct, as every synth-time error shows it: the construct path the user built
 * (`stack/Audit`, or `stack/Audit/LoginAlarm` for a part a pattern made) and the prop as written on it.
 * @internal
 */
export function propPath(scope: IConstruct, prop: string): string {
  return `${scope.node.path}.${prop}`;
}

/** Throws the first problem a contract found, if any. @internal */
export function throwFirstProblem(problems: readonly OptionProblem[]): void {
  const [first] = problems;
  if (first) throw new TrailWatchValidationError(first.field, first.problem, first.fix);
}

/**
 * Unresolved tokens (references to other resources) are checked by the cloud, not here: string tokens and number
 * tokens (`Token.asNumber(...)`, which look like huge negative numbers) alike.
 * @internal
 */
export function isUnresolved(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/** An IPv4/IPv6 address or CIDR block, exactly as the login alarm functions parse it. */
export { isIpOrCidr };

/** Throws the first problem of an allow-list (the login alarm contract's check). @internal */
export function validateAllowList(field: string, entries: readonly string[]): void {
  throwFirstProblem(allowListProblems(field, entries, isUnresolved));
}

// Practical RFC 5321 subset: local part of dot-atoms, a domain with a dot and a 2+ letter TLD.
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** @internal */
export function validateEmail(field: string, address: string): void {
  if (isUnresolved(address)) return;
  if (address.length > 254 || !EMAIL.test(address)) {
    throw new TrailWatchValidationError(field, `"${address}" is not an e-mail address`, 'Write it as name@example.com');
  }
}

/** E.164: a plus sign, a country code that does not start with 0, 8 to 15 digits in all. @internal */
export function validatePhoneNumber(field: string, phoneNumber: string): void {
  if (isUnresolved(phoneNumber)) return;
  if (!/^\+[1-9]\d{7,14}$/.test(phoneNumber)) {
    throw new TrailWatchValidationError(
      field,
      `"${phoneNumber}" is not a phone number in E.164 form`,
      'Write + country code and number without spaces, e.g. +8613800000000 or +14155550100',
    );
  }
}

/**
 * An absolute http(s) URL without user info; plain http only when `allowHttp`. `httpFix` is the fix shown for a
 * refused http URL: the way to an https URL, or to the opt-in, where the caller has one.
 * @internal
 */
export function validateUrl(field: string, url: string, allowHttp: boolean, httpFix = 'Use an https:// URL'): void {
  if (isUnresolved(url)) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TrailWatchValidationError(
      field,
      `"${url}" is not a URL`,
      'Write an absolute URL such as https://hooks.example.com/alerts',
    );
  }
  if (parsed.protocol === 'http:' && !allowHttp) {
    throw new TrailWatchValidationError(
      field,
      `"${url}" is plain http, so requests would cross the network unencrypted`,
      httpFix,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TrailWatchValidationError(field, `"${url}" has the scheme ${parsed.protocol}`, 'Use an https:// URL');
  }
  if (parsed.username || parsed.password) {
    throw new TrailWatchValidationError(
      field,
      'the URL embeds credentials, which would be stored in Terraform state in clear',
      'Put a token in a header or path segment your endpoint checks instead',
    );
  }
}

/** @internal */
export function validateIntegerRange(field: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined || isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TrailWatchValidationError(field, `${value} is out of range`, `Give a whole number from ${min} to ${max}`);
  }
}

/** Names used for cloud resources: letters, digits, `-` and `_`, starting with a letter. @internal */
export function validateName(field: string, name: string | undefined, maxLength: number): void {
  if (name === undefined || isUnresolved(name)) return;
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name) || name.length > maxLength) {
    throw new TrailWatchValidationError(
      field,
      `"${name}" is not a valid name`,
      `Use up to ${maxLength} letters, digits, "-" or "_", starting with a letter`,
    );
  }
}

/** Exactly one of two mutually exclusive props (the Solutions Constructs existingX / xProps rule). @internal */
export function validateExclusive(field: string, a: unknown, otherField: string, b: unknown): void {
  if (a !== undefined && b !== undefined) {
    throw new TrailWatchValidationError(
      field,
      `cannot be combined with ${otherField}`,
      `Give one of ${field} or ${otherField}, not both`,
    );
  }
}
