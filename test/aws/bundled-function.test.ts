import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { BundledFunction, DeadLetterService } from '../../src/aws/bundled-function';
import { BundledHandler } from '../../src/core/handler-asset';
import { TrailWatchValidationError } from '../../src/core/validation';
import { awsStack, onlyResource, policyStatements, synthAws } from './helpers';

describe('BundledFunction dead-letter grants', () => {
  test('a literal ARN tells the service; a reference needs deadLetterTargetService', () => {
    const json = synthAws((stack) => {
      new BundledFunction(stack, 'Fn', { handler: BundledHandler.AWS_LOGIN_ALARM, deadLetterTargetArn: 'arn:aws:sns:eu-west-1:111122223333:dead-letters' });
    });
    const statements = policyStatements(json, onlyResource(json, 'aws_iam_role_policy').policy);
    expect(statements.find((s) => s.sid === 'DeadLetter')?.actions).toEqual(['sns:Publish']);

    const stack = awsStack();
    const queue = new SqsQueue(stack, 'Queue', {});
    let attempts = 0;
    const attempt = () => new BundledFunction(stack, `Fn${++attempts}`, { handler: BundledHandler.AWS_LOGIN_ALARM, deadLetterTargetArn: queue.arn });
    expect(attempt).toThrow(TrailWatchValidationError);
    expect(attempt).toThrow('Fn2.deadLetterTargetService: the dead-letter target is a reference');
    expect(
      () => new BundledFunction(stack, 'FnSqs', { handler: BundledHandler.AWS_LOGIN_ALARM, deadLetterTargetArn: queue.arn, deadLetterTargetService: DeadLetterService.SQS }),
    ).not.toThrow();
  });
});
