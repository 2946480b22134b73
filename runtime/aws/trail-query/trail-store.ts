/**
 * DynamoDB access of the trail query table: batched idempotent writes, conditional distinct-value updates and
 * Queries. The only module (with the S3 reader) that talks to AWS; everything else is pure.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
  QueryCommandInput,
  QueryCommandOutput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { DistinctKind, TrailAttribute, distinctPartition } from './table-model';

/** BatchWriteItem accepts at most 25 put/delete requests per call. */
export const BATCH_WRITE_MAX_ITEMS = 25;

export interface DocumentClientOptions {
  readonly region?: string;
  /** e.g. http://127.0.0.1:8000 for a local DynamoDB. */
  readonly endpoint?: string;
  /** SDK attempts per call (throttling is retried with backoff by the SDK). @default 6 */
  readonly maxAttempts?: number;
}

export function createDocumentClient(options: DocumentClientOptions = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    endpoint: options.endpoint,
    maxAttempts: options.maxAttempts ?? 6,
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

export interface TrailStoreOptions {
  /** Attempts for items BatchWriteItem returns as unprocessed. @default 10 */
  readonly unprocessedAttempts?: number;
  /** @default 50 */
  readonly baseDelayMs?: number;
  /** BatchWriteItem calls in flight at once (DynamoDB latency, not CPU, bounds a single writer). @default 4 */
  readonly writeConcurrency?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface WriteStats {
  batchCalls: number;
  /** Items re-sent because DynamoDB returned them as unprocessed. */
  unprocessedRetries: number;
}

export type StoredItem = Record<string, unknown> & { readonly pk: string; readonly sk: string };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class TrailStore {
  private readonly unprocessedAttempts: number;
  private readonly baseDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly writeConcurrency: number;

  public constructor(
    public readonly client: DynamoDBDocumentClient,
    public readonly tableName: string,
    options: TrailStoreOptions = {},
  ) {
    this.unprocessedAttempts = options.unprocessedAttempts ?? 10;
    this.baseDelayMs = options.baseDelayMs ?? 50;
    this.sleep = options.sleep ?? realSleep;
    this.writeConcurrency = options.writeConcurrency ?? 4;
  }

  /**
   * Puts items with BatchWriteItem, 25 per call, re-sending unprocessed items with backoff. Keys must be unique
   * within the call (DynamoDB rejects duplicates in one batch); callers dedupe first. Throws when items are still
   * unprocessed after every attempt, so the file is retried as a whole (the writes are idempotent).
   */
  public async putItems(items: readonly StoredItem[], stats: WriteStats): Promise<void> {
    const chunks: StoredItem[][] = [];
    for (let start = 0; start < items.length; start += BATCH_WRITE_MAX_ITEMS)
      chunks.push(items.slice(start, start + BATCH_WRITE_MAX_ITEMS));
    let next = 0;
    let failure: unknown;
    const worker = async () => {
      // After a failure the other writers finish their current chunk and stop; the caller retries the file.
      while (failure === undefined && next < chunks.length) {
        try {
          await this.writeChunk(chunks[next++], stats);
        } catch (error) {
          failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.writeConcurrency, chunks.length) }, worker));
    if (failure !== undefined) throw failure;
  }

  private async writeChunk(chunk: readonly StoredItem[], stats: WriteStats): Promise<void> {
    let pending: { PutRequest: { Item: Record<string, unknown> } }[] = chunk.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > 1) {
        if (attempt > this.unprocessedAttempts) {
          throw new Error(
            `${pending.length} items still unprocessed after ${this.unprocessedAttempts} BatchWriteItem attempts`,
          );
        }
        stats.unprocessedRetries += pending.length;
        await this.sleep(Math.min(5000, Math.random() * this.baseDelayMs * 2 ** (attempt - 1)));
      }
      stats.batchCalls++;
      const output = await this.client.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }));
      const unprocessed = output.UnprocessedItems?.[this.tableName] ?? [];
      pending = unprocessed.flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
    }
  }

  /**
   * Records that `value` was seen on `day`: one item per distinct value, updated with conditions so concurrent
   * writers never lose each other's updates. `lastSeen` only moves forward and `firstSeen` only backward.
   */
  public async recordDistinct(kind: DistinctKind, value: string, day: string, expiresAt?: number): Promise<void> {
    const key = { [TrailAttribute.PARTITION_KEY]: distinctPartition(kind), [TrailAttribute.SORT_KEY]: value };
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: `SET firstSeen = if_not_exists(firstSeen, :day), lastSeen = :day${expiresAt ? ', #expires = :expires' : ''}`,
          ConditionExpression: 'attribute_not_exists(lastSeen) OR lastSeen < :day',
          ExpressionAttributeNames: expiresAt ? { '#expires': TrailAttribute.EXPIRES_AT } : undefined,
          ExpressionAttributeValues: { ':day': day, ...(expiresAt ? { ':expires': expiresAt } : {}) },
        }),
      );
      return;
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
    }
    // Seen already on this day or later: only an older day can still lower firstSeen (backfill).
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'SET firstSeen = :day',
          ConditionExpression: 'firstSeen > :day',
          ExpressionAttributeValues: { ':day': day },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
    }
  }

  public async query(input: Omit<QueryCommandInput, 'TableName'>): Promise<QueryCommandOutput> {
    return this.client.send(new QueryCommand({ ...input, TableName: this.tableName }));
  }
}

export function isConditionalCheckFailure(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';
}

/** DynamoDB asked us to slow down (after the SDK's own retries). */
export function isThrottling(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  return ['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded'].includes(name);
}
