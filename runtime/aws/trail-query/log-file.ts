/**
 * CloudTrail log files: which object keys are log files, and how to read one (stream-gunzip, then parse whole).
 * Key layout (CloudTrail user guide, "Finding your CloudTrail log files"):
 *   [prefix/]AWSLogs/[o-orgid/]<account>/CloudTrail/<region>/YYYY/MM/DD/<account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<unique>.json.gz
 * Digest files live under `CloudTrail-Digest/` and Insights files under `CloudTrail-Insight/`: neither matches.
 */
import { Readable } from 'stream';
import { createGunzip } from 'zlib';
import { ParseResult, fail, isRecord, ok } from '../../core/audit-event';

/** Compressed files above this are refused rather than exhausting the function's memory. */
export const MAX_DECOMPRESSED_BYTES = 512 * 1024 * 1024;

const LOG_KEY_TAIL = /^AWSLogs\/(o-[a-z0-9]{10,32}\/)?\d{12}\/CloudTrail\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.json\.gz$/;

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

/**
 * Streams `body` through gunzip and parses the `{"Records":[...]}` document. The whole file must be parsed at
 * once (one JSON document), but decompression is streamed and bounded.
 */
export async function readLogFileRecords(body: Readable, maxBytes = MAX_DECOMPRESSED_BYTES): Promise<ParseResult<unknown[]>> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const gunzip = createGunzip();
    body.on('error', (error) => gunzip.destroy(error));
    for await (const chunk of body.pipe(gunzip)) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > maxBytes) {
        gunzip.destroy();
        body.destroy();
        return fail(`log file is larger than ${maxBytes} bytes once decompressed`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    // Release the source (an S3 socket) when decompression failed first.
    body.destroy();
    return fail(`log file is not readable gzip: ${(error as Error).message}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
  } catch (error) {
    return fail(`log file is not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(document) || !Array.isArray(document.Records)) return fail('log file has no "Records" array');
  return ok(document.Records);
}
