import { Construct } from 'constructs';
import { deadLetterQueue } from '../../../src/aws/dead-letter-queue';
import { onlyResource, policyStatements, ref, synthAws } from './helpers';

describe('deadLetterQueue (internal builder)', () => {
  test('encrypted, 14-day retention, TLS-only; named senders only for their source', () => {
    const json = synthAws((stack) => {
      const scope = new Construct(stack, 'Alarm');
      const dlq = deadLetterQueue(scope, {
        senders: [
          { sid: 'First', service: 'events.amazonaws.com', sourceArn: 'arn:aws:events:eu-west-1:111122223333:rule/a' },
        ],
      });
      dlq.allowSender({
        sid: 'Later',
        service: 'events.amazonaws.com',
        sourceArn: 'arn:aws:events:eu-west-1:111122223333:rule/b',
      });
    });
    const queue = onlyResource(json, 'aws_sqs_queue');
    expect(queue).toMatchObject({ sqs_managed_sse_enabled: true, message_retention_seconds: 1_209_600 });
    expect(queue.name).toMatch(/^stack-Alarm-[0-9a-f]{8}-dlq$/);
    const policy = onlyResource(json, 'aws_sqs_queue_policy');
    expect(policy.queue_url).toBe(ref(json, 'aws_sqs_queue', 'url'));
    const statements = policyStatements(json, policy.policy);
    expect(statements.map((s) => s.sid)).toEqual(['First', 'DenyInsecureTransport', 'Later']);
    expect(statements[2]).toMatchObject({
      effect: 'Allow',
      actions: ['sqs:SendMessage'],
      resources: [ref(json, 'aws_sqs_queue', 'arn')],
      condition: [
        { test: 'ArnEquals', variable: 'aws:SourceArn', values: ['arn:aws:events:eu-west-1:111122223333:rule/b'] },
      ],
    });
    expect(statements[1]).toMatchObject({
      effect: 'Deny',
      actions: ['sqs:*'],
      condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
    });
  });
});
