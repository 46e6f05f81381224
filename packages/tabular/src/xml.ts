// Text for XML 1.0 content and attribute values.

/** Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes &, <, > and " and drops what XML forbids. Unpaired surrogates need no care: UTF-8 encoding turns them into
 * U+FFFD, which is allowed.
 */
export function xmlText(s: string): string {
  // Most cells have nothing to escape: one test instead of two replaces.
  if (!SPECIAL.test(s)) return s;
  return s.replace(FORBIDDEN, '').replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}
