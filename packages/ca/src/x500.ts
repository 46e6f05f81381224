/**
 * X.500 names and certificate fields on top of pkijs/asn1js. Browser-safe (no node: imports).
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export const ATTRIBUTE = {
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  state: '2.5.4.8',
  organisation: '2.5.4.10',
  organisationalUnit: '2.5.4.11',
  organizationIdentifier: '2.5.4.97',
} as const;

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'E',
};

// Attributes whose syntax is PrintableString (X.520); everything else is written as UTF8String (Chinese names).
const PRINTABLE = new Set<string>([ATTRIBUTE.country, ATTRIBUTE.serialNumber]);

/**
 * Builds a Name with one attribute per RDN. pkijs' own RelativeDistinguishedNames.toSchema puts all
 * attributes into a single multi-valued RDN ("C=CN + O=… + CN=…"), which is not what CAs issue.
 */
export function buildName(
  attributes: ReadonlyArray<readonly [type: string, value: string]>,
): pkijs.RelativeDistinguishedNames {
  const rdns = attributes.map(([type, value]) => {
    const asnValue =
      PRINTABLE.has(type) && /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(value)
        ? new asn1js.PrintableString({ value })
        : new asn1js.Utf8String({ value });
    return new asn1js.Set({
      value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), asnValue] })],
    });
  });
  const der = new asn1js.Sequence({ value: rdns }).toBER(false);
  return pkijs.RelativeDistinguishedNames.fromBER(der);
}

export interface NameAttribute {
  type: string;
  value: string;
}

export function nameAttributes(name: pkijs.RelativeDistinguishedNames): NameAttribute[] {
  return name.typesAndValues.map((tv) => ({ type: tv.type, value: attributeValueToString(tv.value) }));
}

function attributeValueToString(value: unknown): string {
  const block = (value as { valueBlock?: { value?: unknown } }).valueBlock;
  if (block && typeof block.value === 'string') return block.value;
  return '';
}

/** RFC 4514 string, most significant RDN last (as OpenSSL -nameopt RFC2253 and browsers show it). */
export function nameToString(name: pkijs.RelativeDistinguishedNames): string {
  return nameAttributes(name)
    .reverse()
    .map(({ type, value }) => `${SHORT_NAMES[type] ?? type}=${escapeRfc4514(value)}`)
    .join(', ');
}

function escapeRfc4514(value: string): string {
  return value
    .replace(/[\\",+;<>=]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ');
}

export function firstAttribute(name: pkijs.RelativeDistinguishedNames, type: string): string | null {
  return nameAttributes(name).find((a) => a.type === type)?.value ?? null;
}

/** UTCTime until 2049, GeneralizedTime from 2050 (RFC 5280 §4.1.2.5). */
export function certificateTime(date: Date): pkijs.Time {
  return new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: date });
}
