import { awsDocument, fragment } from './fragment';
import { servicePrincipalScoped } from './service-principal-scoped';

const check = servicePrincipalScoped.check;
const trust = (service: string, condition: Record<string, unknown>[] = []) =>
  awsDocument('Trust', [
    { actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: [service] }], condition },
  ]);

describe('service-principal-scoped', () => {
  test('flags an EventBridge trust policy without a source condition', () => {
    const doc = trust('events.amazonaws.com');
    const findings = check(
      fragment({
        data: { aws_iam_policy_document: doc.data },
        resource: { aws_iam_role: { R: { assume_role_policy: doc.ref } } },
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({ address: 'aws_iam_role.R', message: expect.stringContaining('events.amazonaws.com') }),
    ]);
  });

  test('accepts the same trust with aws:SourceArn, and a Lambda execution-role trust without', () => {
    const scoped = trust('events.amazonaws.com', [
      { test: 'ArnEquals', variable: 'aws:SourceArn', values: ['${aws_cloudwatch_event_rule.R.arn}'] },
    ]);
    const lambda = trust('lambda.amazonaws.com');
    for (const doc of [scoped, lambda]) {
      expect(
        check(
          fragment({
            data: { aws_iam_policy_document: doc.data },
            resource: { aws_iam_role: { R: { assume_role_policy: doc.ref } } },
          }),
        ),
      ).toEqual([]);
    }
  });

  test('flags a queue policy letting a service send without a source condition (inline JSON)', () => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: '${aws_sqs_queue.Q.arn}',
        },
      ],
    });
    const findings = check(
      fragment({ resource: { aws_sqs_queue_policy: { P: { queue_url: '${aws_sqs_queue.Q.url}', policy } } } }),
    );
    expect(findings).toEqual([expect.objectContaining({ address: 'aws_sqs_queue_policy.P' })]);
  });
});
