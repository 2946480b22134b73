import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { uniqueResourceName } from '../core/naming';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { RepeatedEndpointWording, TopicSubscriptions } from '../core/subscriptions';
import { TrailWatchValidationError, propPath, validateName } from '../core/validation';
import { PolicyStatement } from './bundled-function';
import { ResourcePolicyDocument, denyInsecureTransport } from './resource-policy';
import { validateKmsKeyArn, validateSnsTopicArn } from './arn-validation';

/** The AWS managed key for SNS: encryption at rest with nothing to manage. @internal */
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
  /** Who receives the alerts. @default none (subscribe later with `addSubscription`) */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** @default none */
  readonly tags?: Record<string, string>;
  /** Provider for a region other than the stack default. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/** Options of {@link AlertTopic.fromTopicArn}. */
export interface ImportedAlertTopicOptions {
  /** How the existing topic is encrypted; give a customer managed key so publishers get its grants. @default TopicEncryption.awsManagedKey() */
  readonly encryption?: TopicEncryption;
  /** Provider of the topic's region, for the subscriptions added here. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/** An SNS topic TrailWatch publishes alerts to: created by {@link AlertTopic} or imported with `fromTopicArn`. */
export interface IAlertTopic extends IConstruct {
  /** The topic ARN (a reference for a created topic). */
  readonly topicArn: string;
  readonly encryption: TopicEncryption;
  /** Set when the topic uses a customer managed key: publishers need `kms:GenerateDataKey`/`kms:Decrypt` on it. */
  readonly customerManagedKeyArn?: string;
  /** What a publisher needs: `sns:Publish` on this topic, plus the customer managed key if any. */
  publishStatements(): PolicyStatement[];
  /** Subscribes an endpoint (it must confirm, except HTTP endpoints that auto-confirm). */
  addSubscription(endpoint: NotificationEndpoint): SnsTopicSubscription;
  /** Adds a statement to the topic policy; false (nothing added) for an imported topic, whose policy is its owner's. */
  addToResourcePolicy(statement: DataAwsIamPolicyDocumentStatement): boolean;
}

/** What a publisher needs: `sns:Publish` on the topic, plus use of its customer managed key if any. */
function publishStatementsOf({ topicArn, encryption }: IAlertTopic): PolicyStatement[] {
  const statements: PolicyStatement[] = [{ sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [topicArn] }];
  if (encryption.customerManagedKeyArn) {
    statements.push({
      sid: 'EncryptAlerts',
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: [encryption.customerManagedKeyArn],
    });
  }
  return statements;
}

/** How AWS reports a repeated endpoint. */
const REPEATS: RepeatedEndpointWording = (first, endpoint) => ({
  problem: `repeats ${first} (${endpoint.protocol} ${endpoint.endpoint})`,
  fix: 'Remove the duplicate; each subscriber would get every alert twice',
});

/** The SNS subscriptions of one topic (created or imported), each endpoint checked against those before it. */
function snsSubscriptions(
  topic: Construct,
  topicArn: string,
  provider: TerraformProvider | undefined,
): TopicSubscriptions<SnsTopicSubscription> {
  const subscribe = (id: string, endpoint: NotificationEndpoint) =>
    new SnsTopicSubscription(topic, id, {
      topicArn,
      protocol: endpoint.protocol,
      endpoint: endpoint.endpoint,
      provider,
    });
  return new TopicSubscriptions(topic, subscribe, REPEATS);
}

/**
 * The SNS topic that carries TrailWatch alerts: encrypted at rest, TLS-only publishing, subscriptions made from
 * validated NotificationEndpoint factories. Use an existing topic with {@link AlertTopic.fromTopicArn}.
 */
export class AlertTopic extends Construct implements IAlertTopic {
  /**
   * An existing SNS topic (standard or FIFO), checked to be an SNS topic ARN. Its policy stays its owner's; give its
   * `encryption` when it uses a customer managed key, so publishers get the key grants.
   */
  public static fromTopicArn(
    scope: Construct,
    id: string,
    topicArn: string,
    options: ImportedAlertTopicOptions = {},
  ): IAlertTopic {
    return new ImportedAlertTopic(scope, id, topicArn, options);
  }

  public readonly topic: SnsTopic;
  public readonly policy: SnsTopicPolicy;
  public readonly policyDocument: ResourcePolicyDocument;
  public readonly topicArn: string;
  public readonly encryption: TopicEncryption;
  private readonly subscriber: TopicSubscriptions<SnsTopicSubscription>;

  public constructor(scope: Construct, id: string, props: AlertTopicProps = {}) {
    super(scope, id);
    validateName(propPath(this, 'topicName'), props.topicName, 256);
    if (props.displayName !== undefined && props.displayName.length > 100) {
      throw new TrailWatchValidationError(propPath(this, 'displayName'), 'is longer than 100 characters', 'Shorten it');
    }
    const provider = props.provider;
    this.encryption = props.encryption ?? TopicEncryption.awsManagedKey();

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
    this.policy = new SnsTopicPolicy(this, 'Policy', {
      arn: this.topic.arn,
      policy: this.policyDocument.json,
      provider,
    });
    this.subscriber = snsSubscriptions(this, this.topicArn, provider);
    this.subscriber.addAll(props.subscriptions);
  }

  /** The subscriptions made here, in order. */
  public get subscriptions(): readonly SnsTopicSubscription[] {
    return this.subscriber.made;
  }

  public get customerManagedKeyArn(): string | undefined {
    return this.encryption.customerManagedKeyArn;
  }

  /** What a publisher needs: `sns:Publish` on this topic only, plus the customer managed key if there is one. */
  public publishStatements(): PolicyStatement[] {
    return publishStatementsOf(this);
  }

  public addSubscription(endpoint: NotificationEndpoint): SnsTopicSubscription {
    return this.subscriber.add(endpoint);
  }

  /** Adds a statement to the topic policy (e.g. to let an AWS service publish, scoped with aws:SourceArn). */
  public addToResourcePolicy(statement: DataAwsIamPolicyDocumentStatement): boolean {
    this.policyDocument.addStatement(statement);
    return true;
  }
}

/** An existing topic: nothing is created for it but the subscriptions added. @internal */
export class ImportedAlertTopic extends Construct implements IAlertTopic {
  public readonly topicArn: string;
  public readonly encryption: TopicEncryption;
  public readonly customerManagedKeyArn?: string;
  private readonly subscriber: TopicSubscriptions<SnsTopicSubscription>;

  public constructor(scope: Construct, id: string, topicArn: string, options: ImportedAlertTopicOptions) {
    super(scope, id);
    validateSnsTopicArn(propPath(this, 'topicArn'), topicArn);
    this.topicArn = topicArn;
    this.encryption = options.encryption ?? TopicEncryption.awsManagedKey();
    this.customerManagedKeyArn = this.encryption.customerManagedKeyArn;
    this.subscriber = snsSubscriptions(this, topicArn, options.provider);
  }

  public publishStatements(): PolicyStatement[] {
    return publishStatementsOf(this);
  }

  public addSubscription(endpoint: NotificationEndpoint): SnsTopicSubscription {
    return this.subscriber.add(endpoint);
  }

  /** The policy is the owner's: nothing is added. */
  public addToResourcePolicy(): boolean {
    return false;
  }
}
