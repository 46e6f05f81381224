// Prefixes each child's output with its name and turns JSON log lines (pino style: level, time, msg, …) into one
// compact, readable line, dropping those below the wanted level.

export type LogSink = (line: string) => void;

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };
const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const COLOURS = [36, 35, 33, 32, 34, 96, 95, 93, 92, 94];
const LEVEL_COLOURS: Record<string, number> = { WARN: 33, ERROR: 31, FATAL: 31, DEBUG: 90, TRACE: 90 };
const OMIT = new Set(['level', 'time', 'msg', 'message', 'pid', 'hostname', 'v', 'name', 'service']);

export function levelNumber(level: unknown): number | undefined {
  if (typeof level === 'number') return level;
  if (typeof level === 'string') return LEVELS[level.toLowerCase()] ?? undefined;
  return undefined;
}

export interface PrefixOptions {
  /** Minimum level shown for JSON lines (name or pino number). Default: ANZE_LOG_LEVEL or info. */
  minLevel?: string | number;
  colour?: boolean;
  write?: LogSink;
  /** Width the name is padded to. */
  width?: number;
}

let colourIndex = 0;

function paint(on: boolean, code: number | undefined, s: string): string {
  return on && code !== undefined ? `\x1b[${code}m${s}\x1b[0m` : s;
}

function formatValue(v: unknown): string {
  if (typeof v === 'string') return /\s/.test(v) || v === '' ? JSON.stringify(v) : v;
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 297)}...` : s;
}

function formatTime(t: unknown): string {
  const d = typeof t === 'number' || typeof t === 'string' ? new Date(t) : new Date();
  return Number.isNaN(d.getTime()) ? '' : d.toTimeString().slice(0, 8);
}

/** Format one JSON log record compactly, or return undefined when it is below `min` (or not a log record). */
export function formatJsonLine(
  line: string,
  min: number,
  colour = false,
): { text: string | undefined } | undefined {
  if (!line.startsWith('{')) return undefined;
  let rec: Record<string, unknown>;
  try {
    rec = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (rec === null || typeof rec !== 'object') return undefined;
  const level = levelNumber(rec.level);
  if (level === undefined) return undefined;
  if (level < min) return { text: undefined };
  const name = LEVEL_NAMES[Math.floor(level / 10) * 10] ?? String(rec.level);
  const msg = typeof rec.msg === 'string' ? rec.msg : typeof rec.message === 'string' ? rec.message : '';
  const parts = [formatTime(rec.time), paint(colour, LEVEL_COLOURS[name], name.padEnd(5)), msg];
  let stack = '';
  for (const [k, v] of Object.entries(rec)) {
    if (OMIT.has(k) || v === undefined) continue;
    if ((k === 'err' || k === 'error') && v && typeof v === 'object') {
      const e = v as { message?: unknown; stack?: unknown };
      if (typeof e.stack === 'string') stack = `\n${e.stack}`;
      else if (typeof e.message === 'string') parts.push(`${k}=${formatValue(e.message)}`);
      continue;
    }
    parts.push(`${k}=${formatValue(v)}`);
  }
  return { text: parts.filter(Boolean).join(' ') + stack };
}

/** A sink that prefixes each line with `name │`. */
export function prefixedSink(name: string, opts: PrefixOptions = {}): LogSink {
  const colour = opts.colour ?? Boolean(process.stdout.isTTY && !process.env.NO_COLOR);
  const write = opts.write ?? ((s: string) => process.stdout.write(`${s}\n`));
  const min =
    typeof opts.minLevel === 'number'
      ? opts.minLevel
      : (levelNumber(opts.minLevel ?? process.env.ANZE_LOG_LEVEL ?? 'info') ?? 30);
  const code = COLOURS[colourIndex++ % COLOURS.length];
  const prefix = paint(colour, code, `${name.padEnd(opts.width ?? 10)} │`);
  return (line: string) => {
    if (line.trim() === '') return;
    const json = formatJsonLine(line, min, colour);
    const text = json ? json.text : line;
    if (text === undefined) return;
    for (const l of text.split('\n')) write(`${prefix} ${l}`);
  };
}

/** Keeps the last `size` lines (to show when a process fails). */
export function tailBuffer(size: number): { push: LogSink; lines: () => string[] } {
  const buf: string[] = [];
  return {
    push(line: string) {
      buf.push(line);
      if (buf.length > size) buf.shift();
    },
    lines: () => [...buf],
  };
}

/** Terminal width of a string: CJK and other East Asian wide characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

/** A plain text table whose columns line up even with Chinese text. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(c))))
      .join('  ')
      .trimEnd();
  return [fmt(headers), fmt(widths.map((w) => '─'.repeat(w))), ...rows.map(fmt)].join('\n');
}
