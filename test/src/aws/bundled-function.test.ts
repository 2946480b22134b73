import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { BundledFunction, DeadLetterService } from '../../../src/aws/bundled-function';
import { BundledHandler } from '../../../src/core/handler-asset';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { ExecutionRole } from '../../../src/aws/execution-role';
import { awsStack, onlyResource, policyStatements, synthAws } from './helpers';

describe('BundledFunction dead-letter grants', () => {
  test('a literal ARN tells the service; a reference needs deadLetterTargetService', () => {
    const json = synthAws((stack) => {
      new BundledFunction(stack, 'Fn', {
        handler: BundledHandler.AWS_LOGIN_ALARM,
        deadLetterTargetArn: 'arn:aws:sns:eu-west-1:111122223333:dead-letters',
      });
    });
    const statements = policyStatements(json, onlyResource(json, 'aws_iam_role_policy').policy);
    expect(statements.find((s) => s.sid === 'DeadLetter')?.actions).toEqual(['sns:Publish']);

    const stack = awsStack();
    const queue = new SqsQueue(stack, 'Queue', {});
    let attempts = 0;
    const attempt = () =>
      new BundledFunction(stack, `Fn${++attempts}`, {
        handler: BundledHandler.AWS_LOGIN_ALARM,
        deadLetterTargetArn: queue.arn,
      });
    expect(attempt).toThrow(TrailWatchValidationError);
    expect(attempt).toThrow('stack/Fn2.deadLetterTargetService: the dead-letter target is a reference');
    expect(
      () =>
        new BundledFunction(stack, 'FnSqs', {
          handler: BundledHandler.AWS_LOGIN_ALARM,
          deadLetterTargetArn: queue.arn,
          deadLetterTargetService: DeadLetterService.SQS,
        }),
    ).not.toThrow();
  });
});

describe('BundledFunction execution role', () => {
  const ROLE_ARN = 'arn:aws:iam::111122223333:role/service-role/audit-function';

  test('creates a role that may write its own logs, exposed as executionRole', () => {
    const stack = awsStack();
    const fn = new BundledFunction(stack, 'Fn', { handler: BundledHandler.AWS_LOGIN_ALARM });
    expect(fn.role).toBeDefined();
    expect(fn.executionRole.roleArn).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/);
    expect(fn.roleArn).toBe(fn.executionRole.roleArn);
  });

  test('an imported role (ExecutionRole.fromRoleArn) is used as is: no role or policy is created', () => {
    let fn: BundledFunction | undefined;
    const json = synthAws((stack) => {
      fn = new BundledFunction(stack, 'Fn', {
        handler: BundledHandler.AWS_LOGIN_ALARM,
        role: ExecutionRole.fromRoleArn(stack, 'Role', ROLE_ARN),
      });
    });
    expect(json.resource?.aws_iam_role).toBeUndefined();
    expect(json.resource?.aws_iam_role_policy).toBeUndefined();
    expect(onlyResource(json, 'aws_lambda_function').role).toBe(ROLE_ARN);
    expect(fn?.role).toBeUndefined();
    expect(fn?.executionRole).toMatchObject({ roleArn: ROLE_ARN, roleName: 'audit-function' });
  });

  test('errors name the construct path and the prop', () => {
    expect(
      () => new BundledFunction(awsStack(), 'Fn', { handler: BundledHandler.AWS_LOGIN_ALARM, logRetentionDays: 42 }),
    ).toThrow('stack/Fn.logRetentionDays: 42 is not a CloudWatch Logs retention');
    expect(
      () => new BundledFunction(awsStack(), 'Fn', { handler: BundledHandler.AWS_LOGIN_ALARM, memorySize: 64 }),
    ).toThrow('stack/Fn.memorySize: 64 is out of range');
  });

  test('tags reach the function, its log group and its role', () => {
    const tags = { team: 'soc' };
    const json = synthAws((stack) => {
      new BundledFunction(stack, 'Fn', { handler: BundledHandler.AWS_LOGIN_ALARM, tags, description: 'Login alarm' });
    });
    expect(onlyResource(json, 'aws_lambda_function')).toMatchObject({ tags, description: 'Login alarm' });
    expect(onlyResource(json, 'aws_cloudwatch_log_group').tags).toEqual(tags);
    expect(onlyResource(json, 'aws_iam_role').tags).toEqual(tags);
  });
});
