/**
 * The AWS hosts the functions' signed requests may go to, for the shared check of `runtime/core/trusted-url.ts`:
 * `<service>.<region>.amazonaws.com` (and `.amazonaws.com.cn`, the dual-stack `.api.aws`, `-fips`), the global STS,
 * IAM and S3 hosts, and VPC interface endpoints `vpce-….<service>.<region>.vpce.amazonaws.com`. API Gateway stages,
 * load balancers, instances, S3 websites and function URLs are hosts anyone can own there, and are refused.
 */
import { TrustedUrlPolicy } from '../core/trusted-url';

/** The domains AWS service endpoints live on: commercial and GovCloud, China, and the dual-stack api.aws. */
export const AWS_SERVICE_DOMAINS: readonly string[] = ['amazonaws.com', 'amazonaws.com.cn', 'api.aws'];

/** The AWS services the functions call (and the clients their settings may point elsewhere). */
export const AWS_TRUSTED_SERVICES: readonly string[] = [
  'cloudtrail',
  'dynamodb',
  'ec2',
  'iam',
  'kms',
  'lambda',
  'logs',
  'monitoring',
  's3',
  'secretsmanager',
  'sns',
  'sqs',
  'ssm',
  'sts',
  'tagging',
];

/** us-east-1, cn-northwest-1, us-gov-west-1, eu-isoe-west-1, …: a region label, never a host part. */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

const VPC_ENDPOINT = new RegExp(
  `^vpce-[a-z0-9-]+\\.(${AWS_TRUSTED_SERVICES.join('|')})\\.[a-z]{2}(-[a-z]+)+-\\d{1,2}\\.vpce\\.amazonaws\\.com(\\.cn)?$`,
);

/** The policy for the AWS functions; `allowLocal` is the TRAILWATCH_ALLOW_LOCAL_ENDPOINTS switch. */
export function awsTrustedUrlPolicy(allowLocal: boolean): TrustedUrlPolicy {
  return {
    cloudName: 'AWS',
    domains: AWS_SERVICE_DOMAINS,
    services: AWS_TRUSTED_SERVICES,
    isRegion: (label) => AWS_REGION.test(label),
    globalServices: ['sts', 'iam', 's3'],
    otherHosts: [VPC_ENDPOINT],
    allowLocal,
  };
}
