import { IConstruct } from 'constructs';
import { OptionProblem } from '../../../runtime/core/option-problem';
import { isUnresolved, propPath, throwFirstProblem } from '../../core/validation';
import type { TrailPortalProps } from './trail-portal';

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const KEY_EVENT = /^[A-Za-z0-9_.:-]{1,128}\*?$/;

/** Problems of the portal's props, each naming `<construct path>.<prop>` and the fix. @internal */
export function portalOptionProblems(scope: IConstruct, props: TrailPortalProps): OptionProblem[] {
  const problems: OptionProblem[] = [];
  const add = (prop: string, problem: string, fix: string) =>
    problems.push({ field: propPath(scope, prop), problem, fix });
  const literal = (value: string | undefined): value is string => value !== undefined && !isUnresolved(value);

  if (literal(props.domainName) && !HOST.test(props.domainName)) {
    add(
      'domainName',
      `"${props.domainName}" is not a host name`,
      "Give the portal's DNS name in lower case without scheme or path, e.g. audit.example.com",
    );
  }
  if (props.domainName !== undefined && props.certificateArn === undefined) {
    add(
      'certificateArn',
      'a custom domainName needs a certificate CloudFront can serve it with',
      'Give the ARN of an ACM certificate for that name, issued in us-east-1',
    );
  }
  if (props.certificateArn !== undefined && props.domainName === undefined) {
    add(
      'domainName',
      'a certificateArn is given without the name it is for',
      'Give domainName too (e.g. audit.example.com), or leave certificateArn out to use the *.cloudfront.net name',
    );
  }
  if (
    literal(props.certificateArn) &&
    !/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[A-Za-z0-9-]+$/.test(props.certificateArn)
  ) {
    add(
      'certificateArn',
      `"${props.certificateArn}" is not an ACM certificate ARN in us-east-1`,
      'CloudFront only uses certificates from us-east-1: request or import it there (arn:aws:acm:us-east-1:<account>:certificate/<id>)',
    );
  }
  const pool = props.existingUserPool;
  if (pool) {
    if (literal(pool.userPoolId) && !/^[a-z]{2}(-[a-z]+)+-\d_[A-Za-z0-9]+$/.test(pool.userPoolId)) {
      add(
        'existingUserPool.userPoolId',
        `"${pool.userPoolId}" is not a Cognito user pool id`,
        'Give the id as the console shows it, e.g. eu-west-1_AbCdEf123',
      );
    }
    if (literal(pool.signInUrl) && !/^https:\/\/[a-z0-9.-]+(:\d+)?\/?$/.test(pool.signInUrl)) {
      add(
        'existingUserPool.signInUrl',
        `"${pool.signInUrl}" is not the https base URL of a hosted sign-in domain`,
        'Give e.g. https://auth.example.com or https://myprefix.auth.eu-west-1.amazoncognito.com',
      );
    }
    for (const prop of [
      'signInDomainPrefix',
      'selfSignUp',
      'mfa',
      'passwordMinimumLength',
      'userPoolDeletionProtection',
    ] as const) {
      if (props[prop] !== undefined)
        add(
          prop,
          'applies to a user pool the portal creates, but existingUserPool is given',
          `Set it on the existing pool, or leave existingUserPool out`,
        );
    }
  }
  if (
    literal(props.signInDomainPrefix) &&
    (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(props.signInDomainPrefix) ||
      /aws|amazon|cognito/.test(props.signInDomainPrefix))
  ) {
    add(
      'signInDomainPrefix',
      `"${props.signInDomainPrefix}" is not a usable Cognito domain prefix`,
      'Use 1 to 63 lower-case letters, digits and hyphens, not starting or ending with a hyphen, without "aws", "amazon" or "cognito"',
    );
  }
  if (props.mfa !== undefined && !['OFF', 'OPTIONAL', 'ON'].includes(props.mfa)) {
    add(
      'mfa',
      `"${String(props.mfa)}" is not an MFA setting`,
      'Use PortalMfa.OFF, PortalMfa.OPTIONAL or PortalMfa.REQUIRED',
    );
  }
  const range = (prop: 'passwordMinimumLength' | 'tokenValidityMinutes', min: number, max: number, fix: string) => {
    const value = props[prop];
    if (value !== undefined && (!Number.isInteger(value) || value < min || value > max))
      add(prop, `${value} is not a whole number from ${min} to ${max}`, fix);
  };
  range('passwordMinimumLength', 8, 99, 'Cognito accepts 8 to 99; 12 or more is advised');
  range('tokenValidityMinutes', 5, 1440, 'Cognito accepts 5 minutes to 1 day for access and ID tokens');
  (props.additionalOrigins ?? []).forEach((origin, i) => {
    if (!literal(origin)) return;
    const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/.test(origin);
    if (!local && !/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/.test(origin)) {
      add(
        `additionalOrigins[${i}]`,
        `"${origin}" is not an origin`,
        'Give scheme and host (and port) only, https except for http://localhost, e.g. https://audit-staging.example.com',
      );
    }
  });
  (props.keyEvents ?? []).forEach((name, i) => {
    if (!KEY_EVENT.test(name))
      add(
        `keyEvents[${i}]`,
        `"${name}" is not an event name`,
        'Give a name such as RunInstances, or a prefix ending in * such as CreateFunction*',
      );
  });
  if (literal(props.apiUrl) && !/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(props.apiUrl)) {
    add(
      'apiUrl',
      `"${props.apiUrl}" is not an https URL`,
      "Give the API's base URL, e.g. https://abc123.execute-api.eu-west-1.amazonaws.com",
    );
  }
  return problems;
}

/** @internal */
export function portalProblems(scope: IConstruct, props: TrailPortalProps): void {
  throwFirstProblem(portalOptionProblems(scope, props));
}
