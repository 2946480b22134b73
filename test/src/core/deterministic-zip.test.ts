import { inflateRawSync } from 'zlib';
import { deterministicZip } from '../../../src/core/deterministic-zip';

/** Reads the local file entries back, checking every header field the writer sets. */
function readZip(zip: Buffer): { name: string; data: Buffer; mtime: number; mdate: number }[] {
  const entries = [];
  let offset = 0;
  while (zip.readUInt32LE(offset) === 0x04034b50) {
    const compressedSize = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const name = zip.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength;
    const data = inflateRawSync(zip.subarray(start, start + compressedSize));
    expect(data.length).toBe(zip.readUInt32LE(offset + 22));
    entries.push({ name, data, mtime: zip.readUInt16LE(offset + 10), mdate: zip.readUInt16LE(offset + 12) });
    offset = start + compressedSize;
  }
  expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
  return entries;
}

describe('deterministicZip', () => {
  const files = [
    { name: 'b.js', data: Buffer.from('exports.b = 2;\n') },
    { name: 'index.js', data: Buffer.from('exports.handler = async () => "ok";\n'.repeat(50)) },
  ];

  test('same entries, same bytes, whatever their order', () => {
    expect(deterministicZip(files).equals(deterministicZip([...files].reverse()))).toBe(true);
  });

  test('round-trips with sorted names and the fixed 1980-01-01 timestamp', () => {
    const entries = readZip(deterministicZip([...files].reverse()));
    expect(entries.map((e) => e.name)).toEqual(['b.js', 'index.js']);
    expect(entries[1].data.equals(files[1].data)).toBe(true);
    expect(entries.every((e) => e.mtime === 0 && e.mdate === 33)).toBe(true);
  });
});
