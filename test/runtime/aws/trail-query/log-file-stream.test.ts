/**
 * Issue 13 (low): trail ingestion stream-parses log files (gunzip stream + streaming parse of the Records array)
 * instead of buffering the whole decompressed file.
 */
import { randomBytes } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Readable } from 'stream';
import { gzipSync } from 'zlib';
import { LogFileError, logFileRecordBatches, readLogFileRecords } from '../../../../runtime/aws/trail-query/log-file';

const FIXTURE = readFileSync(join(__dirname, 'fixtures/cloudtrail-user-guide-records.json'), 'utf8');

async function collect(
  json: string | Buffer,
  options: Parameters<typeof logFileRecordBatches>[1] = {},
): Promise<unknown[][]> {
  const batches: unknown[][] = [];
  for await (const batch of logFileRecordBatches(Readable.from([gzipSync(json)]), options)) batches.push(batch);
  return batches;
}

describe('streaming parse of {"Records":[...]}', () => {
  test('same records as JSON.parse for the CloudTrail user-guide file, whatever the chunk size', async () => {
    const expected = (JSON.parse(FIXTURE) as { Records: unknown[] }).Records;
    for (const chunkSize of [64, 97, 1024, 16 * 1024]) {
      const batches = await collect(FIXTURE, { chunkSize, batchSize: 3 });
      expect(batches.flat()).toEqual(expected);
      expect(batches.every((b) => b.length <= 3)).toBe(true);
    }
  });

  test('strings with brackets, braces, commas, escaped quotes and multi-byte characters split across chunks', async () => {
    const records = [
      { a: '}],{["', b: 'say \\"hi\\" ]', c: 'ü€😀'.repeat(50) },
      { nested: { list: [[1, 2], { x: ']' }], empty: {} }, n: -1.5e3, t: true, f: false, z: null },
      'scalar "string" ]',
      42,
      [],
    ];
    const json = `  {\n "Other": {"Records": ["not these"]},\n "Records" : [\n${records.map((r) => JSON.stringify(r)).join(' ,\n ')}\n ] , "Tail": [1,{"b":2}] }\n`;
    const batches = await collect(json, { chunkSize: 64, batchSize: 2 });
    expect(batches.flat()).toEqual(records);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
  });

  test('random strings full of escapes, quotes and brackets, at odd chunk sizes', async () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = ['\\', '"', '[', ']', '{', '}', ',', ':', 'a', ' ', '\n', 'é', '😀', '\u2028'];
    const text = () =>
      Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const records = Array.from({ length: 300 }, (_, i) => ({
      [text() || 'k']: text(),
      list: [text(), { deep: text() }],
      i,
    }));
    const json = JSON.stringify({ [text() || 'x']: text(), Records: records, [`${text()}y`]: [text()] });
    for (const chunkSize of [64, 65, 127]) {
      expect((await collect(json, { chunkSize, batchSize: 7 })).flat()).toEqual(records);
    }
  });

  test('an empty Records array yields nothing and is not an error', async () => {
    expect(await collect('{"Records":[]}')).toEqual([]);
    expect(await readLogFileRecords(Readable.from([gzipSync('{"Records":[ ]}')]))).toEqual({ ok: true, value: [] });
  });

  test('the first batch is handed out while most of the file is still unread (nothing buffered whole)', async () => {
    // Random padding: the compressed file stays large, so "read ahead" cannot hide buffering.
    const record = () =>
      JSON.stringify({ eventID: 'x', eventName: 'PutObject', padding: randomBytes(250).toString('hex') });
    const json = `{"Records":[${Array.from({ length: 5000 }, record).join(',')}]}`;
    const gz = gzipSync(json);
    let sent = 0;
    const pieces = Array.from({ length: Math.ceil(gz.length / 4096) }, (_, i) => gz.subarray(i * 4096, (i + 1) * 4096));
    const source = new Readable({
      read() {
        const next = pieces.shift();
        if (next) sent += next.length;
        this.push(next ?? null);
      },
    });
    const iterator = logFileRecordBatches(source, { batchSize: 100 });
    const first = await iterator.next();
    expect((first.value as unknown[]).length).toBe(100);
    expect(sent).toBeLessThan(gz.length / 10);
    await iterator.return(undefined);
    expect(source.destroyed).toBe(true);
  });

  test.each([
    ['not gzip', Buffer.from('plain text'), /not readable gzip/],
    ['cut short', gzipSync('{"Records":[{"a":1},{"b":'), /cut short/],
    ['not an object', gzipSync('[1,2]'), /not JSON/],
    ['no Records', gzipSync('{"records":[]}'), /no "Records" array/],
    ['Records not an array', gzipSync('{"Records":5}'), /no "Records" array/],
    ['a bad record', gzipSync('{"Records":[{"a":1},{"b":tru}]}'), /not JSON/],
    ['garbage after the document', gzipSync('{"Records":[]} {}'), /after the end/],
  ])('%s fails with a clear message', async (_name, bytes, message) => {
    const result = await readLogFileRecords(Readable.from([bytes]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  test('size limits: decompressed bytes and one record', async () => {
    const json = `{"Records":[${JSON.stringify({ big: 'x'.repeat(5000) })}]}`;
    expect(await readLogFileRecords(Readable.from([gzipSync(json)]), 1000)).toEqual({
      ok: false,
      error: 'log file is larger than 1000 bytes once decompressed',
    });
    await expect(collect(json, { maxRecordBytes: 1000, chunkSize: 256 })).rejects.toThrow(LogFileError);
  });
});
