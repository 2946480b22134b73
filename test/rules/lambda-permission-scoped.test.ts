import { fragment } from './fragment';
import { lambdaPermissionScoped } from './lambda-permission-scoped';

const check = lambdaPermissionScoped.check;
const base = { action: 'lambda:InvokeFunction', function_name: '${aws_lambda_function.F.function_name}' };

describe('lambda-permission-scoped', () => {
  test('flags a permission without source_arn, with a wildcard one, or for anyone', () => {
    const findings = check(
      fragment({
        resource: {
          aws_lambda_permission: {
            NoSource: { ...base, principal: 'events.amazonaws.com' },
            AnyAccount: {
              ...base,
              principal: 'logs.amazonaws.com',
              source_arn: 'arn:aws:logs:eu-west-1:*:log-group:x:*',
            },
            Anyone: { ...base, principal: '*', source_arn: '${aws_cloudwatch_event_rule.R.arn}' },
            S3NoAccount: { ...base, principal: 's3.amazonaws.com', source_arn: '${aws_s3_bucket.B.arn}' },
            Scoped: { ...base, principal: 'events.amazonaws.com', source_arn: '${aws_cloudwatch_event_rule.R.arn}' },
          },
        },
      }),
    );
    expect(findings.map((f) => f.address)).toEqual([
      'aws_lambda_permission.NoSource',
      'aws_lambda_permission.AnyAccount',
      'aws_lambda_permission.Anyone',
      'aws_lambda_permission.S3NoAccount',
    ]);
  });
});
