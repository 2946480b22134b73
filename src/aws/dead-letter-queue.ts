import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { SqsQueuePolicy } from '@cdktf/provider-aws/lib/sqs-queue-policy';
import { uniqueResourceName } from '../core/naming';
import { ResourcePolicyDocument, denyInsecureTransport } from './resource-policy';

/** SQS keeps a message at most 14 days: the longest time to notice and replay a failure. @internal */
export const DEAD_LETTER_RETENTION_SECONDS = 14 * 86_400;

/** An AWS service that may send to the queue, only on behalf of one resource (`aws:SourceArn`). @internal */
export interface DeadLetterSender {
  readonly sid: string;
  /** Service principal, e.g. `events.amazonaws.com`. */
  readonly service: string;
  /** The one resource (an EventBridge rule, …) the service sends for. */
  readonly sourceArn: string;
}

/** @internal */
export interface DeadLetterQueueOptions {
  /** Services allowed to send from the start (statements before the TLS-only one). @default none */
  readonly senders?: readonly DeadLetterSender[];
  readonly provider?: TerraformProvider;
  /** Region of the queue when it is not the provider's (hashicorp/aws 6 `region` argument). @default the provider's */
  readonly region?: string;
}

/** @internal */
export interface DeadLetterQueue {
  readonly queue: SqsQueue;
  readonly policy: SqsQueuePolicy;
  readonly policyDocument: ResourcePolicyDocument;
  /** Lets one more service send, for one resource (a statement after those already there). */
  allowSender(sender: DeadLetterSender): void;
}

/**
 * The one dead-letter queue builder: SQS-managed encryption, 14-day retention, a policy that refuses every request
 * without TLS and admits named senders only for their source resource. Built in `scope` under the ids
 * `DeadLetterQueue`, `DeadLetterQueuePolicyDocument` and `DeadLetterQueuePolicy` (one queue per construct).
 * @internal
 */
export function deadLetterQueue(scope: Construct, options: DeadLetterQueueOptions = {}): DeadLetterQueue {
  const provider = options.provider;
  const region = options.region;
  const queue = new SqsQueue(scope, 'DeadLetterQueue', {
    // SQS names: 80 characters.
    name: `${uniqueResourceName(scope, 76)}-dlq`,
    sqsManagedSseEnabled: true,
    messageRetentionSeconds: DEAD_LETTER_RETENTION_SECONDS,
    provider,
    region,
  });
  const allow = (sender: DeadLetterSender) => ({
    sid: sender.sid,
    effect: 'Allow',
    principals: [{ type: 'Service', identifiers: [sender.service] }],
    actions: ['sqs:SendMessage'],
    resources: [queue.arn],
    condition: [{ test: 'ArnEquals', variable: 'aws:SourceArn', values: [sender.sourceArn] }],
  });
  const policyDocument = new ResourcePolicyDocument(scope, 'DeadLetterQueuePolicyDocument', {
    statements: [...(options.senders ?? []).map(allow), denyInsecureTransport(['sqs:*'], [queue.arn])],
    provider,
  });
  const policy = new SqsQueuePolicy(scope, 'DeadLetterQueuePolicy', {
    queueUrl: queue.url,
    policy: policyDocument.json,
    provider,
    region,
  });
  return { queue, policy, policyDocument, allowSender: (sender) => policyDocument.addStatement(allow(sender)) };
}
