import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';

/** A Writable that keeps everything it is given. */
export function collector(): { out: Writable; bytes: () => Buffer } {
  const parts: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      parts.push(chunk);
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(parts) };
}

/**
 * A client slower than the writer (2 MB/s by default) with a small buffer. It keeps what it reads so the file can be
 * checked afterwards.
 */
export function slowReader(
  bytesPerMs = 2048,
  highWaterMark = 16 * 1024,
): { out: Writable; bytes: () => Buffer } {
  const parts: Buffer[] = [];
  const out = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      parts.push(chunk);
      setTimeout(done, chunk.length / bytesPerMs);
    },
  });
  return { out, bytes: () => Buffer.concat(parts) };
}

/** Deterministic pseudo-random text: it must not compress to nothing, or a bound on buffered bytes proves little. */
export function textSource(seed = 7): (length: number) => string {
  const alphabet =
    '哈尔滨齐齐哈尔牡丹江佳木斯大庆鸡西双鸭山伊春七台河鹤岗黑河绥化道里南岗香坊平房abcdefxyz0123456789';
  return (length) => {
    let s = '';
    for (let i = 0; i < length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      s += alphabet[seed % alphabet.length];
    }
    return s;
  };
}

export function hasCommand(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** The worksheet XML of a workbook written by this package (the last entry; inflating stops at its end). */
export function sheetXml(xlsx: Buffer): string {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  return inflateRawSync(xlsx.subarray(xlsx.indexOf(name) + name.length)).toString('utf8');
}
