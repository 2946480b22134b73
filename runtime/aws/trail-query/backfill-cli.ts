/**
 * `trailwatch-backfill`: loads existing CloudTrail log files into the trail query table through the same
 * ingestion code as the Lambda function.
 *
 *   npx trailwatch-backfill --bucket my-trail-bucket [--prefix org/] --from 2024-01-01 --to 2024-03-31 --table T
 *   npx trailwatch-backfill --dir ./AWSLogs-copy --from 2024-01-01 --table T --concurrency 8
 */
import { createHash } from 'crypto';
import { parseArgs } from 'util';
import { S3Client } from '@aws-sdk/client-s3';
import { TrailQuerySettings } from '../../core/setting-names';
import { DirectorySource, TrailFileSource, S3BucketSource, runBackfill } from './backfill';
import { parsePrefixList } from './ingest';
import { ProgressBar, ProgressOutput } from './progress-bar';
import { Bound, parseInstant } from './time-window';
import { DEFAULT_SKIP_EVENT_NAME_PREFIXES } from './trail-item';
import { TrailStore, createDocumentClient } from './trail-store';

export const USAGE = `Usage: trailwatch-backfill (--bucket NAME [--prefix P] | --dir PATH) --from DATE [--to DATE] --table NAME [options]

Loads CloudTrail log files (*.json.gz) into a TrailWatch trail query table. Safe to rerun: records are written
by eventID, and finished files are skipped when the state file is kept.

  --bucket NAME        trail bucket (files under <prefix>AWSLogs/…/CloudTrail/, listed day by day)
  --prefix P           key prefix before AWSLogs/ (e.g. "org-trail/")
  --dir PATH           local copy of trail files instead of a bucket
  --from DATE          start (ISO 8601; a date alone = start of day; no zone = UTC)
  --to DATE            end, inclusive (a date alone = whole day)            default: now
  --table NAME         DynamoDB table                                        default: $${TrailQuerySettings.TABLE_NAME}
  --region R           AWS region                                            default: $AWS_REGION
  --endpoint URL       DynamoDB endpoint (local DynamoDB)                    default: AWS
  --s3-endpoint URL    S3 endpoint (path-style)                              default: AWS
  --concurrency N      files at a time (1-64)                                default: 4
  --state FILE         finished files, for resuming      default: .trailwatch-backfill-<table>-<source>.jsonl
  --skip-prefixes L    eventName prefixes not stored, comma-separated ("" = none)   default: Get,List,Describe,Head
  --ttl-days N         store with this retention (the table's TTL)           default: none
  --help               this text
`;

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ProgressOutput;
  readonly env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

function required<T>(value: T | undefined, message: string): T {
  if (value === undefined || value === '') throw new UsageError(message);
  return value;
}

function positiveInteger(
  name: string,
  raw: string | undefined,
  fallback: number | undefined,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
}

/** Runs the CLI; resolves to the exit code (0 done, 1 some files failed, 2 usage error). */
export async function main(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        bucket: { type: 'string' },
        prefix: { type: 'string' },
        dir: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        table: { type: 'string' },
        region: { type: 'string' },
        endpoint: { type: 'string' },
        's3-endpoint': { type: 'string' },
        concurrency: { type: 'string' },
        state: { type: 'string' },
        'skip-prefixes': { type: 'string' },
        'ttl-days': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const args = parsed.values;
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  try {
    if ((args.bucket === undefined) === (args.dir === undefined))
      throw new UsageError('give exactly one of --bucket or --dir');
    const from = parseInstant(required(args.from, '--from is required'), Bound.FROM);
    if (!from.ok) throw new UsageError(from.error);
    const to = args.to === undefined ? { ok: true as const, value: Date.now() } : parseInstant(args.to, Bound.TO);
    if (!to.ok) throw new UsageError(to.error);
    if (from.value > to.value) throw new UsageError('--from is after --to');
    const table = required(
      args.table ?? io.env[TrailQuerySettings.TABLE_NAME],
      `--table is required (or set ${TrailQuerySettings.TABLE_NAME})`,
    );
    const concurrency = positiveInteger('concurrency', args.concurrency, 4, 64) ?? 4;
    const ttlDays = positiveInteger('ttl-days', args['ttl-days'], undefined, 36_500);
    const region = args.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
    const s3Endpoint = args['s3-endpoint'];
    const source: TrailFileSource = args.bucket
      ? new S3BucketSource(
          new S3Client({ region, endpoint: s3Endpoint, forcePathStyle: s3Endpoint !== undefined }),
          args.bucket,
          args.prefix ?? '',
        )
      : new DirectorySource(args.dir as string);
    const stateFile =
      args.state ??
      `.trailwatch-backfill-${table}-${createHash('sha256').update(source.description).digest('hex').slice(0, 8)}.jsonl`;
    const store = new TrailStore(createDocumentClient({ region, endpoint: args.endpoint }), table);
    const bar = new ProgressBar(io.stderr);
    io.stderr.write(
      `backfilling ${source.description} → ${table}, ${new Date(from.value).toISOString()} … ${new Date(to.value).toISOString()} (state: ${stateFile})\n`,
    );
    const result = await runBackfill({
      source,
      store,
      concurrency,
      stateFile,
      ingest: {
        skipEventNamePrefixes:
          args['skip-prefixes'] === undefined
            ? DEFAULT_SKIP_EVENT_NAME_PREFIXES
            : parsePrefixList(args['skip-prefixes']),
        ttlDays,
        window: { fromMs: from.value, toMs: to.value },
      },
      onProgress: (progress) => bar.update(progress, progress.done === 0),
    });
    bar.finish({
      done: result.ingested + result.failed.length,
      total: result.listed - result.alreadyDone,
      records: result.stats.records,
      failed: result.failed.length,
    });
    const { stats } = result;
    io.stdout.write(
      `${JSON.stringify({
        files: result.listed,
        alreadyDone: result.alreadyDone,
        ingested: result.ingested,
        failed: result.failed.length,
        records: stats.records,
        stored: stats.stored,
        skipped: stats.skipped,
        outsideWindow: stats.outsideWindow,
        expired: stats.expired,
        malformed: stats.malformed,
        duplicates: stats.duplicates,
      })}\n`,
    );
    for (const failure of result.failed) io.stderr.write(`failed: ${failure.key}: ${failure.error}\n`);
    return result.failed.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr.write(`backfill stopped: ${(error as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
