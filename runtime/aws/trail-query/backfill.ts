/**
 * Backfill: loads existing trail files (an S3 bucket or a local directory) through the same ingestion core as the
 * Lambda function, several files at a time, remembering finished files in a state file so a rerun resumes.
 * Files are selected by delivery time, records by eventTime (a file delivered just after `to` can still hold
 * events inside the window).
 */
import { appendFileSync, createReadStream, existsSync, readFileSync, readdirSync } from 'fs';
import { join, relative, sep } from 'path';
import { Readable } from 'stream';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { openS3Object } from './aws-clients';
import { IngestOptions, IngestStats, addIngestStats, emptyIngestStats, ingestRecords, runPool } from './ingest';
import { deliveryTimeOfKey, isTrailLogKey, readLogFileRecords } from './log-file';
import { DAY_MS, TimeWindow } from './time-window';
import { TrailStore } from './trail-store';

export interface TrailFileSource {
  /** For messages: `s3://bucket/prefix` or the directory. */
  readonly description: string;
  /** Keys of the log files that may hold events of the window. */
  listKeys(window: TimeWindow): Promise<string[]>;
  open(key: string): Promise<Readable>;
}

/** Delivery happens after the event: files delivered from `from` up to a day after `to` can hold its events. */
function deliveredInWindow(key: string, window: TimeWindow): boolean {
  const delivered = deliveryTimeOfKey(key);
  return delivered === undefined || (delivered >= window.fromMs - 60_000 && delivered <= window.toMs + DAY_MS);
}

/** `*.json.gz` files under a directory (as `aws s3 sync` leaves them, or flat), digest and Insights files excluded. */
export class DirectorySource implements TrailFileSource {
  public readonly description: string;

  public constructor(private readonly directory: string) {
    this.description = directory;
  }

  public async listKeys(window: TimeWindow): Promise<string[]> {
    const keys: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile() && entry.name.endsWith('.json.gz')) {
          const key = relative(this.directory, path).split(sep).join('/');
          if (/CloudTrail-(Digest|Insight)/.test(key)) continue;
          if (deliveredInWindow(key, window)) keys.push(key);
        }
      }
    };
    walk(this.directory);
    return keys.sort();
  }

  public async open(key: string): Promise<Readable> {
    return createReadStream(join(this.directory, ...key.split('/')));
  }
}

/**
 * Log files in a trail bucket, listed per account, region and day (`…/CloudTrail/<region>/YYYY/MM/DD/`), so a
 * one-week backfill lists one week of keys, not the whole bucket.
 */
export class S3BucketSource implements TrailFileSource {
  public readonly description: string;

  public constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    private readonly keyPrefix = '',
  ) {
    this.description = `s3://${bucket}/${keyPrefix}`;
  }

  private async list(prefix: string, delimiter?: string): Promise<{ prefixes: string[]; keys: string[] }> {
    const prefixes: string[] = [];
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          Delimiter: delimiter,
          ContinuationToken: token,
        }),
      );
      for (const p of page.CommonPrefixes ?? []) if (p.Prefix) prefixes.push(p.Prefix);
      for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return { prefixes, keys };
  }

  public async listKeys(window: TimeWindow): Promise<string[]> {
    const root = `${this.keyPrefix}AWSLogs/`;
    const accounts: string[] = [];
    for (const child of (await this.list(root, '/')).prefixes) {
      // Organization trails add a level: AWSLogs/o-xxxxxxxxxx/<account>/.
      if (/\/o-[a-z0-9]+\/$/.test(child)) accounts.push(...(await this.list(child, '/')).prefixes);
      else accounts.push(child);
    }
    const days: string[] = [];
    for (
      let t = Date.parse(new Date(window.fromMs).toISOString().slice(0, 10));
      t <= window.toMs + DAY_MS;
      t += DAY_MS
    ) {
      days.push(new Date(t).toISOString().slice(0, 10).replace(/-/g, '/'));
    }
    const keys: string[] = [];
    for (const account of accounts) {
      for (const region of (await this.list(`${account}CloudTrail/`, '/')).prefixes) {
        for (const day of days) {
          for (const key of (await this.list(`${region}${day}/`)).keys) {
            if (isTrailLogKey(key, this.keyPrefix) && deliveredInWindow(key, window)) keys.push(key);
          }
        }
      }
    }
    return keys.sort();
  }

  public open(key: string): Promise<Readable> {
    return openS3Object(this.s3, this.bucket, key);
  }
}

export interface BackfillProgress {
  readonly done: number;
  readonly total: number;
  readonly records: number;
  readonly failed: number;
}

export interface BackfillOptions {
  readonly source: TrailFileSource;
  readonly store: TrailStore;
  readonly ingest: IngestOptions & { readonly window: TimeWindow };
  /** Files ingested at the same time. @default 4 */
  readonly concurrency?: number;
  /** JSON-lines file of finished keys: read to resume, appended after each file. @default none (no resume) */
  readonly stateFile?: string;
  readonly onProgress?: (progress: BackfillProgress) => void;
}

export interface BackfillResult {
  readonly listed: number;
  /** Finished in an earlier run (from the state file). */
  readonly alreadyDone: number;
  readonly ingested: number;
  readonly failed: readonly { readonly key: string; readonly error: string }[];
  readonly stats: IngestStats;
}

export function readFinishedKeys(stateFile: string | undefined): Set<string> {
  const done = new Set<string>();
  if (!stateFile || !existsSync(stateFile)) return done;
  for (const line of readFileSync(stateFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as { key?: unknown };
      if (typeof entry.key === 'string') done.add(entry.key);
    } catch {
      // A line cut by an interrupted write: that file is simply done again (ingestion is idempotent).
    }
  }
  return done;
}

export async function runBackfill(options: BackfillOptions): Promise<BackfillResult> {
  const listed = await options.source.listKeys(options.ingest.window);
  const finished = readFinishedKeys(options.stateFile);
  const todo = listed.filter((key) => !finished.has(key));
  const stats = emptyIngestStats();
  const failed: { key: string; error: string }[] = [];
  let done = 0;
  const report = () =>
    options.onProgress?.({ done, total: todo.length, records: stats.records, failed: failed.length });
  report();
  const tasks = todo.map((key) => async () => {
    try {
      const records = await readLogFileRecords(await options.source.open(key));
      if (!records.ok) throw new Error(records.error);
      const fileStats = await ingestRecords(options.store, records.value, options.ingest);
      addIngestStats(stats, fileStats);
      // A file holding records outside this window is not finished: a run over the next window needs it again.
      if (options.stateFile && fileStats.outsideWindow === 0) {
        appendFileSync(options.stateFile, `${JSON.stringify({ key, at: new Date().toISOString() })}\n`);
      }
    } catch (error) {
      failed.push({ key, error: (error as Error).message });
    }
    done++;
    report();
  });
  await runPool(tasks, options.concurrency ?? 4);
  return {
    listed: listed.length,
    alreadyDone: listed.length - todo.length,
    ingested: done - failed.length,
    failed,
    stats,
  };
}
