/** Clients built from function settings, with every endpoint overridable (tests use 127.0.0.1). */
import { Readable } from 'stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { TrailQuerySettings } from '../../core/setting-names';
import { awsEndpointOverride } from '../endpoints';
import { SettingLookup, requireSetting } from '../../core/settings';
import { TrailStore, createDocumentClient } from './trail-store';
import { log } from '../../core/log';

/** The client's own override, else TRAILWATCH_AWS_ENDPOINT; each checked (https on an AWS domain, see endpoints.ts). */
function endpointFor(settings: SettingLookup, specific: string): string | undefined {
  return awsEndpointOverride(settings, specific);
}

export function storeFromSettings(settings: SettingLookup): TrailStore {
  const client = createDocumentClient({ endpoint: endpointFor(settings, TrailQuerySettings.DYNAMODB_ENDPOINT) });
  return new TrailStore(client, requireSetting(settings, TrailQuerySettings.TABLE_NAME));
}

export function s3ClientFromSettings(settings: SettingLookup): S3Client {
  const endpoint = endpointFor(settings, TrailQuerySettings.S3_ENDPOINT);
  return new S3Client({
    region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    endpoint,
    // A custom endpoint (local server, VPC interface endpoint) is addressed path-style.
    forcePathStyle: endpoint !== undefined,
  });
}

/** The object's body as a Node stream (GetObject streams; nothing is buffered here). */
export async function openS3Object(s3: S3Client, bucket: string, key: string): Promise<Readable> {
  const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!(output.Body instanceof Readable)) throw new Error(`s3://${bucket}/${key} returned no readable body`);
  return output.Body;
}

export enum LogLevel {
  INFO = 'info',
  WARN = 'warn',
  ERROR = 'error',
}

/** One JSON line per log entry (CloudWatch Logs Insights parses the fields). */
export function logJson(
  level: LogLevel | 'info' | 'warn' | 'error',
  message: string,
  fields: Record<string, unknown> = {},
): void {
  log(level, message, fields);
}
