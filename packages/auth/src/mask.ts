// PIPL: personal data is masked in lists unless the viewer has a reason and a permission to see it.

/** `13812341234` → `138****1234`; landlines keep the area code and the last 4 digits. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  const digits = phone.trim();
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  const m = /^(\d{3,4})-?(\d+)$/.exec(digits);
  if (m) return `${m[1]}-****${m[2]!.slice(-4)}`;
  return digits.length > 4 ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}` : '****';
}

/** `230103199001011234` → `230103********1234`. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return id ?? null;
  if (id.length < 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** `zhang.san@example.com` → `z***@example.com`: the first character and the domain. */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return email ?? null;
  const at = email.lastIndexOf('@');
  const user = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || !domain) return '****';
  return `${user.slice(0, 1)}***@${domain}`;
}
