/**
 * A real local DynamoDB implementation (dynalite, in memory) on 127.0.0.1 and an ephemeral port, with the trail
 * table created from the same definition the construct deploys. Used by the tests and the bench.
 */
import { AddressInfo } from 'net';
import { Server } from 'http';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { trailTableCreateInput } from '../../../../runtime/aws/trail-query/table-model';
import { TrailStore, createDocumentClient } from '../../../../runtime/aws/trail-query/trail-store';

type DynaliteFactory = (options: { createTableMs: number; deleteTableMs: number; updateTableMs: number }) => Server;
// dynalite ships no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as DynaliteFactory;

export interface LocalDynamo {
  readonly endpoint: string;
  readonly client: DynamoDBDocumentClient;
  /** Creates a fresh trail table and returns a store on it. */
  createTrailTable(name?: string): Promise<TrailStore>;
  close(): Promise<void>;
}

let tableCounter = 0;

export async function startLocalDynamo(): Promise<LocalDynamo> {
  // The SDK wants credentials even for a local endpoint.
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  process.env.AWS_REGION ??= 'us-east-1';
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = createDocumentClient({ endpoint, region: 'us-east-1' });
  return {
    endpoint,
    client,
    async createTrailTable(name = `trail-${process.pid}-${++tableCounter}`): Promise<TrailStore> {
      await client.send(new CreateTableCommand(trailTableCreateInput(name)));
      return new TrailStore(client, name);
    },
    async close(): Promise<void> {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
