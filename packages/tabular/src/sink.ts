// Writes to the caller's stream with backpressure, and turns "the client went away" into a rejection rather than a
// promise that never settles: a socket closed while we wait for 'drain' emits no 'drain' again.
import { once, type EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';

/** The output stream closed (the client disconnected) before the file was complete. */
export class OutputClosedError extends Error {
  override name = 'OutputClosedError';
  constructor() {
    super('output stream closed before the file was complete');
  }
}

export interface Sink {
  /** Resolves at once when `out` still has room; otherwise on its 'drain'. */
  write(chunk: Buffer | string): Promise<void> | undefined;
  /** Waits for 'drain' on `stream` (ours or an intermediate one such as a deflater), unless the output fails first. */
  drained(stream: EventEmitter): Promise<void>;
  /** Throws the output's failure, if any. */
  check(): void;
  fail(error: Error): void;
  end(): Promise<void>;
  readonly signal: AbortSignal;
}

export function createSink(out: Writable): Sink {
  const controller = new AbortController();
  const { signal } = controller;
  const fail = (error: Error) => {
    if (!signal.aborted) controller.abort(error);
  };
  const onClose = () => {
    if (!out.writableFinished) fail(new OutputClosedError());
  };
  out.on('close', onClose);
  out.on('error', fail);
  if (out.destroyed) onClose();

  const check = () => {
    if (signal.aborted) throw signal.reason;
  };
  const wait = async (stream: EventEmitter, event: string) => {
    try {
      await once(stream, event, { signal });
    } catch (error) {
      // once() rejects with an AbortError; the caller wants the reason (OutputClosedError or the stream's error).
      check();
      throw error;
    }
  };
  return {
    signal,
    check,
    fail,
    drained: (stream) => wait(stream, 'drain'),
    write(chunk) {
      check();
      if (!out.write(chunk)) return wait(out, 'drain');
      return undefined;
    },
    async end() {
      check();
      const finished = wait(out, 'finish');
      out.end();
      await finished;
      out.off('close', onClose);
      out.off('error', fail);
    },
  };
}
