import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { uniqueResourceName } from '../core/naming';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { TrailWatchValidationError, isUnresolved, validateExclusive, validateName } from '../core/validation';
import { PolicyStatement } from './bundled-function';
import { ResourcePolicyDocument, denyInsecureTransport } from './resource-policy';
import { validateKmsKeyArn } from './arn-validation';

/** The AWS managed key for SNS: encryption at rest with nothing to manage. */
export const SNS_AWS_MANAGED_KEY_ALIAS = 'alias/aws/sns';

/**
 * How the topic encrypts messages at rest. The AWS managed key suits publishers that are IAM principals of the
 * account (a Lambda function); AWS services that publish themselves (CloudWatch alarms, EventBridge) cannot use
 * it and need a customer managed key whose key policy admits them, or no encryption.
 */
export class TopicEncryption {
  /** `alias/aws/sns`: encrypted, no key policy to manage; publishers need no KMS permission. */
  public static awsManagedKey(): TopicEncryption {
    return new TopicEncryption(SNS_AWS_MANAGED_KEY_ALIAS, undefined);
  }

  /**
   * A customer managed KMS key (its ARN). Publishers built here get `kms:GenerateDataKey` and `kms:Decrypt` on it;
   * its key policy must delegate to IAM (the account root principal) or name those roles.
   */
  public static customerManagedKey(keyArn: string): TopicEncryption {
    validateKmsKeyArn('TopicEncryption.customerManagedKey(keyArn)', keyArn);
    return new TopicEncryption(keyArn, keyArn);
  }

  /** No encryption at rest. */
  public static unencrypted(): TopicEncryption {
    return new TopicEncryption(undefined, undefined);
  }

  private constructor(
    /** Value for the topic's `kms_master_key_id`. */
    public readonly kmsMasterKeyId: string | undefined,
    /** Set only for a customer managed key: publishers must be granted use of it. */
    public readonly customerManagedKeyArn: string | undefined,
  ) {}
}

export interface AlertTopicProps {
  /** @default a unique name derived from the construct path */
  readonly topicName?: string;
  /** Shown as the sender of e-mail and SMS messages. @default "TrailWatch" */
  readonly displayName?: string;
  /** @default TopicEncryption.awsManagedKey() */
  readonly encryption?: TopicEncryption;
  /** Who receives the alerts. @default none (subscribe later) */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /**
   * Publish to this existing topic instead of creating one; the subscriptions are still added to it. Give its
   * `encryption` too when it uses a customer managed key, so publishers get the key grants.
   */
  readonly existingTopicArn?: string;
  /** @default none */
  readonly tags?: Record<string, string>;
  /** Provider for a region other than the stack default. */
  readonly provider?: TerraformProvider;
}

/**
 * The SNS topic that carries TrailWatch alerts: encrypted at rest, TLS-only publishing, subscriptions made from
 * validated NotificationEndpoint factories.
 */
export class AlertTopic extends Construct {
  /** Undefined when `existingTopicArn` was given. */
  public readonly topic?: SnsTopic;
  /** Undefined when `existingTopicArn` was given (its policy is left alone). */
  public readonly policy?: SnsTopicPolicy;
  public readonly policyDocument?: ResourcePolicyDocument;
  public readonly subscriptions: SnsTopicSubscription[] = [];
  public readonly topicArn: string;
  public readonly encryption: TopicEncryption;

  public constructor(scope: Construct, id: string, props: AlertTopicProps = {}) {
    super(scope, id);
    validateExclusive(`${id}.existingTopicArn`, props.existingTopicArn, `${id}.topicName`, props.topicName);
    validateExclusive(`${id}.existingTopicArn`, props.existingTopicArn, `${id}.displayName`, props.displayName);
    validateName(`${id}.topicName`, props.topicName, 256);
    if (props.existingTopicArn !== undefined && !isUnresolved(props.existingTopicArn) && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/.test(props.existingTopicArn)) {
      throw new TrailWatchValidationError(`${id}.existingTopicArn`, `"${props.existingTopicArn}" is not an SNS topic ARN`, 'Give the ARN, e.g. arn:aws:sns:eu-west-1:111122223333:security-alerts');
    }
    if (props.displayName !== undefined && props.displayName.length > 100) {
      throw new TrailWatchValidationError(`${id}.displayName`, 'is longer than 100 characters', 'Shorten it');
    }
    validateSubscriptions(`${id}.subscriptions`, props.subscriptions ?? []);
    const provider = props.provider;
    this.encryption = props.encryption ?? TopicEncryption.awsManagedKey();

    if (props.existingTopicArn) {
      this.topicArn = props.existingTopicArn;
    } else {
      this.topic = new SnsTopic(this, 'Topic', {
        name: props.topicName ?? uniqueResourceName(this, 256),
        displayName: props.displayName ?? 'TrailWatch',
        kmsMasterKeyId: this.encryption.kmsMasterKeyId,
        tags: props.tags,
        provider,
      });
      this.topicArn = this.topic.arn;
      this.policyDocument = new ResourcePolicyDocument(this, 'PolicyDocument', {
        statements: [denyInsecureTransport(['sns:Publish'], [this.topic.arn])],
        provider,
      });
      this.policy = new SnsTopicPolicy(this, 'Policy', { arn: this.topic.arn, policy: this.policyDocument.json, provider });
    }

    (props.subscriptions ?? []).forEach((endpoint, i) => {
      this.subscriptions.push(
        new SnsTopicSubscription(this, `Subscription${i}`, {
          topicArn: this.topicArn,
          protocol: endpoint.protocol,
          endpoint: endpoint.endpoint,
          provider,
        }),
      );
    });
  }

  /**
   * What a publisher needs: `sns:Publish` on this topic only, plus use of the customer managed key if there is
   * one. Pass to BundledFunction `statements`.
   */
  public publishStatements(): PolicyStatement[] {
    const statements: PolicyStatement[] = [{ sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [this.topicArn] }];
    if (this.encryption.customerManagedKeyArn) {
      statements.push({ sid: 'EncryptAlerts', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [this.encryption.customerManagedKeyArn] });
    }
    return statements;
  }

  /** Adds a statement to the topic policy (e.g. to let an AWS service publish, scoped with aws:SourceArn). */
  public addToResourcePolicy(statement: DataAwsIamPolicyDocumentStatement): void {
    if (!this.policyDocument) {
      throw new TrailWatchValidationError(this.node.id, 'the topic was given by existingTopicArn, so its policy is not managed here', "Add the statement to the existing topic's own policy");
    }
    this.policyDocument.addStatement(statement);
  }
}

function validateSubscriptions(field: string, subscriptions: readonly NotificationEndpoint[]): void {
  const seen = new Map<string, number>();
  subscriptions.forEach((endpoint, i) => {
    if (!(endpoint instanceof NotificationEndpoint)) {
      throw new TrailWatchValidationError(`${field}[${i}]`, 'is not a NotificationEndpoint', 'Make it with NotificationEndpoint.email(), .sms(), .http() or .https()');
    }
    const key = `${endpoint.protocol}:${endpoint.endpoint.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined && !isUnresolved(endpoint.endpoint)) {
      throw new TrailWatchValidationError(`${field}[${i}]`, `repeats ${field}[${first}] (${endpoint.protocol} ${endpoint.endpoint})`, 'Remove the duplicate; each subscriber would get every alert twice');
    }
    seen.set(key, i);
  });
}
