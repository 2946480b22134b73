/**
 * The SLS protobuf wire format (`sls.proto` of aliyun-log-nodejs-sdk; SLS "Data encoding"), hand-written so the
 * function bundle carries no protobuf runtime:
 *
 *   Log      { uint32 Time = 1; repeated Content{string Key = 1; string Value = 2} Contents = 2; fixed32 TimeNs = 4 }
 *   LogTag   { string Key = 1; string Value = 2 }
 *   LogGroup { repeated Log Logs = 1; string Reserved = 2; string Topic = 3; string Source = 4; repeated LogTag LogTags = 6 }
 *   LogGroupList { repeated LogGroup logGroupList = 1 }
 */

export interface SlsLog {
  /** Unix seconds. */
  readonly time: number;
  readonly contents: readonly (readonly [key: string, value: string])[];
}

export interface SlsLogGroup {
  readonly logs: readonly SlsLog[];
  readonly topic?: string;
  readonly source?: string;
  readonly tags?: readonly (readonly [key: string, value: string])[];
}

// ---- encoding -------------------------------------------------------------------------------------------------
// Sizes are computed first and every message is written into one buffer: no intermediate buffers per field.

function varintLength(value: number): number {
  let n = 1;
  for (let v = value; v > 0x7f; v = Math.floor(v / 128)) n++;
  return n;
}

/** Bytes of a length-delimited field (tag byte, length, payload) for fields 1–15. */
function fieldLength(payload: number): number {
  return 1 + varintLength(payload) + payload;
}

interface Sized<T> {
  readonly value: T;
  readonly size: number;
}

function pairSize(key: string, value: string): number {
  return fieldLength(Buffer.byteLength(key, 'utf8')) + fieldLength(Buffer.byteLength(value, 'utf8'));
}

function logSize(log: SlsLog): number {
  return (
    1 +
    varintLength(Math.max(0, Math.floor(log.time))) +
    log.contents.reduce((sum, [k, v]) => sum + fieldLength(pairSize(k, v)), 0)
  );
}

class Writer {
  public pos = 0;
  public readonly buf: Buffer;

  public constructor(size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  public varint(value: number): void {
    let v = Math.max(0, Math.floor(value));
    while (v > 0x7f) {
      this.buf[this.pos++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.pos++] = v;
  }

  public header(field: number, length: number): void {
    this.buf[this.pos++] = (field << 3) | 2;
    this.varint(length);
  }

  public string(field: number, value: string): void {
    this.header(field, Buffer.byteLength(value, 'utf8'));
    this.pos += this.buf.write(value, this.pos, 'utf8');
  }

  public pair(field: number, key: string, value: string): void {
    this.header(field, pairSize(key, value));
    this.string(1, key);
    this.string(2, value);
  }

  public log(field: number, log: Sized<SlsLog>): void {
    this.header(field, log.size);
    this.buf[this.pos++] = 0x08; // Time, varint
    this.varint(log.value.time);
    for (const [key, value] of log.value.contents) this.pair(2, key, value);
  }
}

function groupSize(group: SlsLogGroup, logs: readonly Sized<SlsLog>[]): number {
  let size = logs.reduce((sum, l) => sum + fieldLength(l.size), 0);
  if (group.topic !== undefined) size += fieldLength(Buffer.byteLength(group.topic, 'utf8'));
  if (group.source !== undefined) size += fieldLength(Buffer.byteLength(group.source, 'utf8'));
  for (const [key, value] of group.tags ?? []) size += fieldLength(pairSize(key, value));
  return size;
}

function writeGroup(w: Writer, group: SlsLogGroup, logs: readonly Sized<SlsLog>[]): void {
  for (const log of logs) w.log(1, log);
  if (group.topic !== undefined) w.string(3, group.topic);
  if (group.source !== undefined) w.string(4, group.source);
  for (const [key, value] of group.tags ?? []) w.pair(6, key, value);
}

const sized = (group: SlsLogGroup): Sized<SlsLog>[] => group.logs.map((value) => ({ value, size: logSize(value) }));

export function encodeLogGroup(group: SlsLogGroup): Buffer {
  const logs = sized(group);
  const w = new Writer(groupSize(group, logs));
  writeGroup(w, group, logs);
  return w.buf;
}

export function encodeLogGroupList(groups: readonly SlsLogGroup[]): Buffer {
  const all = groups.map((group) => {
    const logs = sized(group);
    return { group, logs, size: groupSize(group, logs) };
  });
  const w = new Writer(all.reduce((sum, g) => sum + fieldLength(g.size), 0));
  for (const g of all) {
    w.header(1, g.size);
    writeGroup(w, g.group, g.logs);
  }
  return w.buf;
}

// ---- decoding -------------------------------------------------------------------------------------------------

/** Thrown for bytes that are not the expected message; the caller decides what to skip. */
export class ProtobufError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ProtobufError';
  }
}

class Reader {
  public pos = 0;

  public constructor(private readonly buf: Buffer) {}

  public get done(): boolean {
    return this.pos >= this.buf.length;
  }

  public varint(): number {
    let result = 0;
    let factor = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.buf.length) throw new ProtobufError('truncated varint');
      const byte = this.buf[this.pos++];
      result += (byte & 0x7f) * factor;
      if ((byte & 0x80) === 0) return result;
      factor *= 128;
    }
    throw new ProtobufError('varint too long');
  }

  public bytes(): Buffer {
    const length = this.varint();
    if (this.pos + length > this.buf.length) throw new ProtobufError('length-delimited field runs past the end');
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  /** Skips a field of an unknown number (forward compatibility). */
  public skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.advance(8);
    else if (wireType === 2) this.bytes();
    else if (wireType === 5) this.advance(4);
    else throw new ProtobufError(`unsupported wire type ${wireType}`);
  }

  private advance(n: number): void {
    if (this.pos + n > this.buf.length) throw new ProtobufError('truncated fixed-size field');
    this.pos += n;
  }
}

function fields(buf: Buffer, onField: (field: number, wireType: number, reader: Reader) => boolean): void {
  const r = new Reader(buf);
  while (!r.done) {
    const key = r.varint();
    const field = Math.floor(key / 8);
    const wireType = key & 7;
    if (!onField(field, wireType, r)) r.skip(wireType);
  }
}

function decodePair(buf: Buffer): [string, string] {
  let key = '';
  let value = '';
  fields(buf, (field, wireType, r) => {
    if (wireType !== 2) return false;
    if (field === 1) key = r.bytes().toString('utf8');
    else if (field === 2) value = r.bytes().toString('utf8');
    else return false;
    return true;
  });
  return [key, value];
}

function decodeLog(buf: Buffer): SlsLog {
  let time = 0;
  const contents: [string, string][] = [];
  fields(buf, (field, wireType, r) => {
    if (field === 1 && wireType === 0) time = r.varint();
    else if (field === 2 && wireType === 2) contents.push(decodePair(r.bytes()));
    else return false;
    return true;
  });
  return { time, contents };
}

export function decodeLogGroup(buf: Buffer): SlsLogGroup {
  const logs: SlsLog[] = [];
  const tags: [string, string][] = [];
  let topic: string | undefined;
  let source: string | undefined;
  fields(buf, (field, wireType, r) => {
    if (wireType !== 2) return false;
    if (field === 1) logs.push(decodeLog(r.bytes()));
    else if (field === 3) topic = r.bytes().toString('utf8');
    else if (field === 4) source = r.bytes().toString('utf8');
    else if (field === 6) tags.push(decodePair(r.bytes()));
    else return false;
    return true;
  });
  return { logs, topic, source, tags };
}

export function decodeLogGroupList(buf: Buffer): SlsLogGroup[] {
  const groups: SlsLogGroup[] = [];
  fields(buf, (field, wireType, r) => {
    if (field !== 1 || wireType !== 2) return false;
    groups.push(decodeLogGroup(r.bytes()));
    return true;
  });
  return groups;
}
