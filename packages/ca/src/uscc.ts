/**
 * 统一社会信用代码 (USCC, GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z),
 * the last one a check character. Browser-safe (no node: imports).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character for the first 17 characters, or null if they contain characters outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function isValidUscc(value: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value) && usccCheckCharacter(value.slice(0, 17)) === value[17];
}

/** Completes 17 characters with the check character (used to make valid demo codes). */
export function completeUscc(first17: string): string {
  const check = usccCheckCharacter(first17);
  if (check === null) throw new Error(`not a USCC prefix: ${first17}`);
  return first17 + check;
}

/**
 * Finds the USCC in certificate subject values. CAs put it in different places and formats
 * (plain, "NTRCN-<code>" per ETSI EN 319 412-1 for organizationIdentifier, or with a label such as "USCC:"),
 * so every candidate is searched for an 18-character token that passes the check digit.
 */
export function findUscc(candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    const tokens = candidate.toUpperCase().match(/[0-9A-Z]{18}/g) ?? [];
    for (const token of tokens) if (isValidUscc(token)) return token;
  }
  return null;
}
