/**
 * CloudTrail log files: which object keys are log files, and how to read one (stream-gunzip, stream-parse the records).
 * Key layout (CloudTrail user guide, "Finding your CloudTrail log files"):
 *   [prefix/]AWSLogs/[o-orgid/]<account>/CloudTrail/<region>/YYYY/MM/DD/<account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<unique>.json.gz
 * Digest files live under `CloudTrail-Digest/` and Insights files under `CloudTrail-Insight/`: neither matches.
 */
import { Readable } from 'stream';
import { createGunzip } from 'zlib';
import { ParseResult, fail, ok } from '../../core/audit-event';

/**
 * Decompressed bytes above this are refused (a gzip bomb must not keep the function busy until its timeout). Nothing
 * is buffered whole any more: records are parsed one by one as the bytes arrive.
 */
export const MAX_DECOMPRESSED_BYTES = 2 * 1024 * 1024 * 1024;
/** One record above this is refused (CloudTrail records are at most a few hundred KB). */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** Records handed out per batch by `logFileRecordBatches`. */
export const DEFAULT_RECORD_BATCH = 500;

const LOG_KEY_TAIL =
  /^AWSLogs\/(o-[a-z0-9]{10,32}\/)?\d{12}\/CloudTrail\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.json\.gz$/;

/** True for a CloudTrail log file key under `keyPrefix` (never digest or Insights files). */
export function isTrailLogKey(key: string, keyPrefix = ''): boolean {
  if (!key.startsWith(`${keyPrefix}AWSLogs/`)) return false;
  return LOG_KEY_TAIL.test(key.slice(keyPrefix.length));
}

/** Delivery time encoded in the file name (`_20150801T0210Z_`), epoch ms, or undefined. */
export function deliveryTimeOfKey(key: string): number | undefined {
  const match = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z_[^/]*$/.exec(key);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  return Number.isNaN(ms) ? undefined : ms;
}

export interface LogFileReadOptions {
  /** @default MAX_DECOMPRESSED_BYTES */
  readonly maxBytes?: number;
  /** @default MAX_RECORD_BYTES */
  readonly maxRecordBytes?: number;
  /** @default DEFAULT_RECORD_BATCH */
  readonly batchSize?: number;
  /** Decompressed chunk size (zlib's default 16 KiB; tests use small ones to split records across chunks). */
  readonly chunkSize?: number;
}

/** A log file that cannot be read; the message starts like the ones callers already match. */
export class LogFileError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'LogFileError';
  }
}

/**
 * Streams `body` through gunzip and a streaming parse of the `{"Records":[...]}` document: each element of the
 * Records array is cut out of the byte stream and parsed on its own, and batches of `batchSize` records are yielded
 * while the rest of the file is still arriving. Memory stays at one batch plus one chunk, whatever the file size.
 * Throws `LogFileError` for a file that is not gzip, not JSON, has no Records array or is too large.
 */
export async function* logFileRecordBatches(
  body: Readable,
  options: LogFileReadOptions = {},
): AsyncGenerator<unknown[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_RECORD_BATCH);
  const scanner = new RecordsScanner(options.maxRecordBytes ?? MAX_RECORD_BYTES);
  let batch: unknown[] = [];
  for await (const buffer of inflatedChunks(body, options)) {
    for (const record of scanner.push(buffer)) {
      batch.push(record);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  scanner.end();
  if (batch.length > 0) yield batch;
}

/**
 * The decompressed chunks of a gzip `body`, at most `maxBytes` in all. Every error (not gzip, too large, the body's
 * own stream error) surfaces as one `LogFileError` thrown from the loop: nothing runs on unawaited (no `pipeline`
 * promise left to reject unhandled), and the source (an S3 socket) is released however the loop ends.
 */
export async function* inflatedChunks(
  body: Readable,
  options: Pick<LogFileReadOptions, 'maxBytes' | 'chunkSize'> = {},
): AsyncGenerator<Buffer> {
  const maxBytes = options.maxBytes ?? MAX_DECOMPRESSED_BYTES;
  const gunzip = createGunzip(options.chunkSize ? { chunkSize: options.chunkSize } : {});
  body.on('error', (error) => gunzip.destroy(error));
  let size = 0;
  try {
    for await (const chunk of body.pipe(gunzip)) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > maxBytes) throw new LogFileError(`log file is larger than ${maxBytes} bytes once decompressed`);
      yield buffer;
    }
  } catch (error) {
    if (error instanceof LogFileError) throw error;
    throw new LogFileError(`log file is not readable gzip: ${(error as Error).message}`);
  } finally {
    gunzip.destroy();
    body.destroy();
  }
}

/** All records of a log file (backfill, tests). Parsed as a stream, collected into one array. */
export async function readLogFileRecords(
  body: Readable,
  maxBytes = MAX_DECOMPRESSED_BYTES,
): Promise<ParseResult<unknown[]>> {
  const records: unknown[] = [];
  try {
    for await (const batch of logFileRecordBatches(body, { maxBytes })) records.push(...batch);
  } catch (error) {
    return fail((error as Error).message);
  }
  return ok(records);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * A byte-level scanner for `{"Records":[<record>,<record>,…], …}`. It tracks nesting and strings only (structural
 * characters are ASCII, so UTF-8 needs no decoding here) and hands each array element to JSON.parse. Other
 * top-level members (none in CloudTrail files) are skipped.
 */
class RecordsScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  /** At depth 1: reading a member name, and its bytes. */
  private expectKey = false;
  private key: Buffer[] | undefined;
  private lastKey = '';
  private readingRecords = false;
  private sawRecords = false;
  /** The current element's bytes (across chunks), when one is open. */
  private element: Buffer[] | undefined;
  private elementBytes = 0;

  public constructor(private readonly maxRecordBytes: number) {}

  public push(chunk: Buffer): unknown[] {
    const out: unknown[] = [];
    let elementStart = this.element ? 0 : -1;
    let keyStart = this.key ? 0 : -1;
    // Next backslash / quote at or after i (-1: none left): string contents are skipped with indexOf, not byte by byte.
    let nextBackslash = chunk.indexOf(BACKSLASH);
    let quote = chunk.indexOf(QUOTE);
    for (let i = 0; i < chunk.length; i++) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = chunk.indexOf(BACKSLASH, i);
        if (quote !== -1 && quote < i) quote = chunk.indexOf(QUOTE, i);
        if (nextBackslash !== -1 && (quote === -1 || nextBackslash < quote)) {
          // The character after a backslash is escaped (it may be in the next chunk).
          i = nextBackslash;
          this.escaped = true;
          continue;
        }
        if (quote === -1) break;
        i = quote;
        {
          this.inString = false;
          if (this.key) {
            this.key.push(chunk.subarray(keyStart, i));
            this.lastKey = Buffer.concat(this.key).toString('utf8');
            this.key = undefined;
            keyStart = -1;
          }
        }
        continue;
      }
      const c = chunk[i];
      if (isSpace(c)) continue;
      if (!this.started) {
        if (c !== 0x7b) throw new LogFileError('log file is not JSON: it does not start with an object');
        this.started = true;
        this.depth = 1;
        this.expectKey = true;
        continue;
      }
      if (this.depth === 0) throw new LogFileError('log file is not JSON: data after the end of the document');
      // An element of the Records array starts at its first non-space character.
      if (this.readingRecords && this.depth === 2 && !this.element && c !== 0x2c && c !== 0x5d) {
        this.element = [];
        this.elementBytes = 0;
        elementStart = i;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.expectKey) {
          this.key = [];
          keyStart = i + 1;
        }
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        if (this.depth === 1 && c === 0x5b && this.lastKey === 'Records' && !this.expectKey) this.readingRecords = true;
        this.depth++;
        continue;
      }
      if (this.depth === 1) {
        if (c === 0x3a) this.expectKey = false;
        else if (c === 0x2c) this.expectKey = true;
        else if (c === 0x7d) this.depth = 0;
        continue;
      }
      if (this.readingRecords && this.depth === 2 && (c === 0x2c || c === 0x5d)) {
        if (this.element) {
          this.element.push(chunk.subarray(elementStart, i));
          out.push(this.finishElement());
          elementStart = -1;
        }
        if (c === 0x5d) {
          this.readingRecords = false;
          this.sawRecords = true;
          this.depth = 1;
        }
        continue;
      }
      if (c === 0x7d || c === 0x5d) this.depth--;
    }
    if (this.element && elementStart >= 0) {
      const part = chunk.subarray(elementStart);
      this.element.push(part);
      this.elementBytes += part.length;
      if (this.elementBytes > this.maxRecordBytes)
        throw new LogFileError(`log file has a record larger than ${this.maxRecordBytes} bytes`);
    }
    if (this.key && keyStart >= 0) this.key.push(chunk.subarray(keyStart));
    return out;
  }

  public end(): void {
    if (!this.started || this.depth !== 0 || this.inString)
      throw new LogFileError('log file is not JSON: the document is cut short');
    if (!this.sawRecords) throw new LogFileError('log file has no "Records" array');
  }

  private finishElement(): unknown {
    const parts = this.element ?? [];
    this.element = undefined;
    const text = Buffer.concat(parts).toString('utf8');
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new LogFileError(`log file is not JSON: ${(error as Error).message}`);
    }
  }
}
