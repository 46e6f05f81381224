// A ZIP archive written front to back onto a stream (APPNOTE 6.3.x): entries whose size is unknown when they start
// carry a data descriptor (flag bit 3), every name is UTF-8 (bit 11), the central directory comes last. Nothing is
// kept per entry but its directory record, so a sheet of any length costs the same memory.
import { crc32, createDeflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';
import type { TransformOptions, Writable } from 'node:stream';
import { createSink, type Sink } from './sink.ts';

/** The largest value a 32-bit field holds; 0xFFFFFFFF itself means "see the ZIP64 extra field". */
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const DEFLATE = 8;
const VERSION_DEFAULT = 20;
const VERSION_ZIP64 = 45;
/** External attributes of a UNIX regular file, rw-r--r--, so that unzip extracts it readable. */
const REGULAR_FILE_MODE = (0o100644 << 16) >>> 0;

export interface ZipOptions {
  /** zlib deflate level, 1 (fastest, the default) to 9. */
  level?: number;
  /** Modification time of every entry (default: now, in the server's local time as DOS dates have no zone). */
  date?: Date;
  /**
   * Sizes and offsets above this need ZIP64 records. Only tests lower it, to exercise those records without writing
   * 4 GiB.
   */
  zip64Limit?: number;
}

export interface ZipEntryWriter {
  /** Appends uncompressed bytes; a promise means the deflater or the output is full: await it before writing more. */
  write(data: string | Buffer): Promise<void> | undefined;
  end(): Promise<void>;
  /** Bytes held between the caller and the output (the deflater's input and output buffers). */
  readonly buffered: number;
}

export interface ZipWriter {
  /** A small entry given whole: compressed at once, sizes in its local header. */
  addFile(name: string, content: string | Buffer): Promise<void>;
  /** A streamed entry; only one may be open at a time. */
  openEntry(name: string): Promise<ZipEntryWriter>;
  /** Writes the central directory and ends the output. */
  finish(): Promise<void>;
  readonly sink: Sink;
}

interface DirectoryRecord {
  name: Buffer;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export function createZipWriter(out: Writable, options: ZipOptions = {}): ZipWriter {
  const sink = createSink(out);
  const level = options.level ?? 1;
  const limit = options.zip64Limit ?? MAX_32;
  const { time, date } = dosDateTime(options.date ?? new Date());
  const directory: DirectoryRecord[] = [];
  let offset = 0;
  let open = false;
  let finished = false;

  const emit = (chunk: Buffer) => {
    offset += chunk.length;
    return sink.write(chunk);
  };

  function localHeader(name: Buffer, flags: number, crc: number, compressed: number, size: number): Buffer {
    const h = Buffer.alloc(30 + name.length);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(VERSION_DEFAULT, 4);
    h.writeUInt16LE(flags, 6);
    h.writeUInt16LE(DEFLATE, 8);
    h.writeUInt16LE(time, 10);
    h.writeUInt16LE(date, 12);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(compressed, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    name.copy(h, 30);
    return h;
  }

  /**
   * A streamed entry's sizes are known only at its end, after its local header went out without a ZIP64 extra
   * field; readers then expect a 32-bit data descriptor, so such an entry cannot grow past 4 GiB. Refuse rather than
   * write an archive that unpacks wrong (a sheet that large is far beyond what Excel opens anyway).
   */
  function refuseLarge(name: string, size: number, compressed: number) {
    if (size >= limit || compressed >= limit) {
      throw new RangeError(`ZIP entry ${name} exceeds 4 GiB, which a streamed entry cannot hold`);
    }
  }

  function startEntry() {
    sink.check();
    if (finished) throw new Error('ZIP archive already finished');
    if (open) throw new Error('a ZIP entry is still open');
  }

  return {
    sink,

    async addFile(name, content) {
      startEntry();
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const compressed = deflateRawSync(data, { level });
      refuseLarge(name, data.length, compressed.length);
      const record: DirectoryRecord = {
        name: Buffer.from(name, 'utf8'),
        flags: FLAG_UTF8,
        crc: crc32(data),
        compressedSize: compressed.length,
        size: data.length,
        offset,
      };
      directory.push(record);
      await emit(localHeader(record.name, record.flags, record.crc, record.compressedSize, record.size));
      await emit(compressed);
    },

    async openEntry(name) {
      startEntry();
      open = true;
      const record: DirectoryRecord = {
        name: Buffer.from(name, 'utf8'),
        flags: FLAG_UTF8 | FLAG_DATA_DESCRIPTOR,
        crc: 0,
        compressedSize: 0,
        size: 0,
        offset,
      };
      await emit(localHeader(record.name, record.flags, 0, 0, 0));

      // A large input buffer lets the next chunk be built while the thread pool deflates this one.
      // (zlib passes stream options on to its Transform; @types/node does not list them.)
      const deflateOptions: ZlibOptions & TransformOptions = {
        level,
        chunkSize: 64 * 1024,
        writableHighWaterMark: 256 * 1024,
      };
      const deflater = createDeflateRaw(deflateOptions);
      let paused = false;
      const resume = () => {
        paused = false;
        deflater.resume();
      };
      deflater.on('error', sink.fail);
      // The client is gone: free the zlib handle now rather than at garbage collection.
      onAbort(sink.signal, () => deflater.destroy());
      deflater.on('data', (chunk: Buffer) => {
        record.compressedSize += chunk.length;
        offset += chunk.length;
        // The output is full: stop pulling from the deflater, whose buffers then fill and make write() wait.
        if (!out.write(chunk) && !paused) {
          paused = true;
          deflater.pause();
          out.once('drain', resume);
        }
      });

      return {
        get buffered() {
          return deflater.writableLength + deflater.readableLength;
        },
        write(data) {
          sink.check();
          const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
          record.crc = crc32(bytes, record.crc);
          record.size += bytes.length;
          refuseLarge(name, record.size, record.compressedSize);
          if (!deflater.write(bytes)) return sink.drained(deflater);
          return undefined;
        },
        async end() {
          sink.check();
          const done = new Promise<void>((resolve) => deflater.once('end', resolve));
          deflater.end();
          await Promise.race([done, new Promise<never>((_, reject) => onAbort(sink.signal, reject))]);
          refuseLarge(name, record.size, record.compressedSize);
          const descriptor = Buffer.alloc(16);
          descriptor.writeUInt32LE(0x08074b50, 0);
          descriptor.writeUInt32LE(record.crc, 4);
          descriptor.writeUInt32LE(record.compressedSize, 8);
          descriptor.writeUInt32LE(record.size, 12);
          directory.push(record);
          open = false;
          await emit(descriptor);
        },
      };
    },

    async finish() {
      sink.check();
      if (open) throw new Error('a ZIP entry is still open');
      finished = true;
      const start = offset;
      for (const r of directory) await emit(centralRecord(r, time, date, limit));
      const size = offset - start;
      if (start >= limit || size >= limit || directory.length >= MAX_16) {
        await emit(zip64End(directory.length, size, start, offset));
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(Math.min(directory.length, MAX_16), 8);
      end.writeUInt16LE(Math.min(directory.length, MAX_16), 10);
      end.writeUInt32LE(size >= limit ? MAX_32 : size, 12);
      end.writeUInt32LE(start >= limit ? MAX_32 : start, 16);
      await emit(end);
      await sink.end();
    },
  };
}

function onAbort(signal: AbortSignal, reject: (reason: unknown) => void) {
  if (signal.aborted) reject(signal.reason);
  else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
}

/** Central directory header; a field that does not fit is 0xFFFFFFFF and its value goes to a ZIP64 extra field. */
function centralRecord(r: DirectoryRecord, time: number, date: number, limit: number): Buffer {
  // APPNOTE 4.5.3: the extra field holds only the values whose header field is 0xFFFFFFFF, in this order.
  const wide = [r.size, r.compressedSize, r.offset].map((v) => v >= limit);
  const extraValues = [r.size, r.compressedSize, r.offset].filter((_, i) => wide[i]);
  const extraLength = extraValues.length ? 4 + 8 * extraValues.length : 0;
  const h = Buffer.alloc(46 + r.name.length + extraLength);
  const version = extraLength ? VERSION_ZIP64 : VERSION_DEFAULT;
  h.writeUInt32LE(0x02014b50, 0);
  // Made by UNIX: Info-ZIP's unzip decodes the UTF-8 names of "MS-DOS" entries as code page 437.
  h.writeUInt16LE((3 << 8) | version, 4);
  h.writeUInt16LE(version, 6);
  h.writeUInt16LE(r.flags, 8);
  h.writeUInt16LE(DEFLATE, 10);
  h.writeUInt16LE(time, 12);
  h.writeUInt16LE(date, 14);
  h.writeUInt32LE(r.crc, 16);
  h.writeUInt32LE(wide[1] ? MAX_32 : r.compressedSize, 20);
  h.writeUInt32LE(wide[0] ? MAX_32 : r.size, 24);
  h.writeUInt16LE(r.name.length, 28);
  h.writeUInt16LE(extraLength, 30);
  // comment length, disk number, internal attributes: 0
  h.writeUInt32LE(REGULAR_FILE_MODE, 38);
  h.writeUInt32LE(wide[2] ? MAX_32 : r.offset, 42);
  r.name.copy(h, 46);
  if (extraLength) {
    let p = 46 + r.name.length;
    h.writeUInt16LE(0x0001, p);
    h.writeUInt16LE(8 * extraValues.length, p + 2);
    p += 4;
    for (const v of extraValues) {
      h.writeBigUInt64LE(BigInt(v), p);
      p += 8;
    }
  }
  return h;
}

/** ZIP64 end of central directory record followed by its locator. */
function zip64End(entries: number, size: number, start: number, recordOffset: number): Buffer {
  const b = Buffer.alloc(56 + 20);
  b.writeUInt32LE(0x06064b50, 0);
  b.writeBigUInt64LE(44n, 4); // size of the rest of this record
  b.writeUInt16LE(VERSION_ZIP64, 12);
  b.writeUInt16LE(VERSION_ZIP64, 14);
  // number of this disk, disk where the central directory starts: 0
  b.writeBigUInt64LE(BigInt(entries), 24);
  b.writeBigUInt64LE(BigInt(entries), 32);
  b.writeBigUInt64LE(BigInt(size), 40);
  b.writeBigUInt64LE(BigInt(start), 48);
  b.writeUInt32LE(0x07064b50, 56);
  // disk with the ZIP64 end record: 0
  b.writeBigUInt64LE(BigInt(recordOffset), 64);
  b.writeUInt32LE(1, 72); // total number of disks
  return b;
}
