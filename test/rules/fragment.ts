/** Small hand-written synthesized fragments for the rules' own tests. */
import type { StackUnderTest, TerraformJson } from './types';

export function fragment(json: TerraformJson, name = 'unit'): StackUnderTest {
  return { name, json };
}

/** An `aws_iam_policy_document` data source with the given statements, and the reference to its JSON. */
export function awsDocument(
  id: string,
  statement: Record<string, unknown>[],
): { data: Record<string, Record<string, unknown>>; ref: string } {
  return { data: { [id]: { statement } }, ref: `\${data.aws_iam_policy_document.${id}.json}` };
}

export const TLS_DENY_S3 = (bucket: string) => ({
  sid: 'DenyInsecureTransport',
  effect: 'Deny',
  actions: ['s3:*'],
  principals: [{ type: '*', identifiers: ['*'] }],
  resources: [`\${aws_s3_bucket.${bucket}.arn}`, `\${aws_s3_bucket.${bucket}.arn}/*`],
  condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
});

export const obsTlsPolicy = (bucket: string, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: { ID: ['*'] },
        Action: ['*'],
        Resource: [`\${huaweicloud_obs_bucket.${bucket}.bucket}`, `\${huaweicloud_obs_bucket.${bucket}.bucket}/*`],
        Condition: { Bool: { SecureTransport: ['false'] } },
        ...overrides,
      },
    ],
  });

export const huaweiPolicy = (...actions: string[][]) =>
  JSON.stringify({ Version: '1.1', Statement: actions.map((Action) => ({ Effect: 'Allow', Action })) });
