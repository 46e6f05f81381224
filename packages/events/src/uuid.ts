import { getRandomValues } from 'node:crypto';

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter in rand_a so that ids made in the same
// millisecond by this process still sort in creation order. Time-ordered ids keep the outbox primary-key index
// append-mostly and let the relay publish in creation order by sorting on id.
let lastMs = -1;
let counter = 0;

export function uuidv7(now: number = Date.now()): string {
  const bytes = getRandomValues(new Uint8Array(16));
  let ms = now;
  if (ms <= lastMs) {
    // Same millisecond (or the clock stepped back): keep the last timestamp and bump the counter so order holds.
    ms = lastMs;
    counter++;
    if (counter > 0xfff) {
      // Counter exhausted: borrow the next millisecond rather than lose monotonicity.
      ms = ++lastMs;
      counter = 0;
    }
  } else {
    lastMs = ms;
    // Start each millisecond at a random point in the lower half so the counter rarely overflows.
    counter = ((bytes[6]! << 4) | (bytes[7]! >> 4)) & 0x7ff;
  }
  bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
  bytes[2] = (ms >>> 24) & 0xff;
  bytes[3] = (ms >>> 16) & 0xff;
  bytes[4] = (ms >>> 8) & 0xff;
  bytes[5] = ms & 0xff;
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
