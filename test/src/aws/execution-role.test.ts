import { ExecutionRole } from '../../../src/aws/execution-role';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { awsStack } from './helpers';

describe('ExecutionRole.fromRoleArn', () => {
  test.each([
    ['arn:aws:iam::111122223333:role/audit-function', 'audit-function'],
    ['arn:aws:iam::111122223333:role/service-role/team/audit-function', 'audit-function'],
    ['arn:aws-cn:iam::111122223333:role/a+b=c,d.e@f-g_h', 'a+b=c,d.e@f-g_h'],
  ])('accepts %s', (arn, name) => {
    expect(ExecutionRole.fromRoleArn(awsStack(), 'Role', arn)).toMatchObject({ roleArn: arn, roleName: name });
  });

  test.each([
    [
      'my-role',
      'stack/Existing.roleArn: "my-role" is not an IAM role ARN. Give the role ARN, e.g. arn:aws:iam::111122223333:role/audit-function',
    ],
    [
      'arn:aws:iam::111122223333:user/alice',
      'stack/Existing.roleArn: "arn:aws:iam::111122223333:user/alice" is not an IAM role ARN (it names an IAM user, not a role)',
    ],
    ['arn:aws:iam::111122223333:role/', 'stack/Existing.roleArn'],
    ['arn:aws:iam::1111:role/audit', 'stack/Existing.roleArn'],
    ['arn:aws:sts::111122223333:assumed-role/audit/session', 'stack/Existing.roleArn'],
  ])('rejects %s, naming the importer and the fix', (arn, message) => {
    const build = () => ExecutionRole.fromRoleArn(awsStack(), 'Existing', arn);
    expect(build).toThrow(TrailWatchValidationError);
    expect(build).toThrow(message);
  });
});
