/** OBS rules Huawei Cloud and Open Telekom Cloud share: bucket names and the TLS-only bucket policy. */
import { BucketNameRules, validateBucketNameRules } from '../bucket-name';

/** OBS naming rules on top of the S3 ones. @internal */
export const OBS_BUCKET_NAME_RULES: BucketNameRules = {
  service: 'OBS',
  extraProblems: (name) => (/\.\.|\.-|-\./.test(name) ? ['"." must not be next to "." or "-"'] : []),
  example: 'acme-audit-traces',
};

/** OBS bucket naming rules (the ones that can be checked offline). @internal */
export function validateObsBucketName(field: string, name: string | undefined): void {
  validateBucketNameRules(field, name, OBS_BUCKET_NAME_RULES);
}

/**
 * An OBS-syntax bucket policy (Principal `ID`, bare resource names) that refuses every request not made over TLS:
 * `SecureTransport` false → Deny, for the bucket and every object.
 * @internal
 */
export function tlsOnlyObsPolicy(bucketName: string): string {
  return JSON.stringify({
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: { ID: ['*'] },
        Action: ['*'],
        Resource: [bucketName, `${bucketName}/*`],
        Condition: { Bool: { SecureTransport: ['false'] } },
      },
    ],
  });
}
