// Text encoded straight into fixed-size buffers. Concatenating rows into one 64 KiB string and encoding that cost
// about twice as much: V8 has to flatten the concatenation before it can encode it, and CJK text makes it two-byte.

/** A UTF-16 code unit takes at most 3 bytes in UTF-8. */
const MAX_BYTES_PER_UNIT = 3;

export interface Chunks {
  /** Adds text; true when a chunk filled up and is waiting in `take()`. */
  append(text: string): boolean;
  /** The full chunks, and with `all` the partial one too, in order; the caller owns them afterwards. */
  take(all?: boolean): Buffer[];
  /** Bytes held. */
  readonly size: number;
}

export function createChunks(chunkBytes = 64 * 1024): Chunks {
  let chunk = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  let full: Buffer[] = [];
  let fullBytes = 0;

  const close = (b: Buffer) => {
    full.push(b);
    fullBytes += b.length;
  };

  return {
    get size() {
      return used + fullBytes;
    },
    append(text) {
      if (used + text.length * MAX_BYTES_PER_UNIT <= chunkBytes) {
        used += chunk.write(text, used);
        return false;
      }
      if (used) close(chunk.subarray(0, used));
      chunk = Buffer.allocUnsafe(chunkBytes);
      used = 0;
      // Text larger than a chunk goes on its own.
      if (text.length * MAX_BYTES_PER_UNIT <= chunkBytes) used = chunk.write(text);
      else close(Buffer.from(text, 'utf8'));
      return true;
    },
    take(all = false) {
      if (all && used) {
        close(chunk.subarray(0, used));
        chunk = Buffer.allocUnsafe(chunkBytes);
        used = 0;
      }
      const taken = full;
      full = [];
      fullBytes = 0;
      return taken;
    },
  };
}
