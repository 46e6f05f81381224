/**
 * Creates (or completes) the demo PKI for CA-certificate login.
 *   node scripts/demo-ca.ts <dir> [--password <pw>] [--aes]
 * Re-running on the same directory keeps the CA and existing certificates.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDemoPki, demoCertificateSpecs, DEFAULT_PASSWORD } from '../src/pki.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { password: { type: 'string' }, aes: { type: 'boolean' } },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: node scripts/demo-ca.ts <dir> [--password <pw>] [--aes]');
  process.exit(2);
}
const started = performance.now();
const result = await createDemoPki({
  dir: resolve(dir),
  certificates: demoCertificateSpecs(),
  password: values.password ?? DEFAULT_PASSWORD,
  p12Algorithm: values.aes ? 'aes256' : '3des',
});
console.log(`demo PKI in ${result.dir} (${Math.round(performance.now() - started)} ms)`);
console.log(`  created: ${result.created.join(', ') || '-'}`);
console.log(`  reused:  ${result.reused.join(', ') || '-'}`);
console.log(
  `  CRL ${result.crlRegenerated ? 're-issued' : 'kept'}; p12/encrypted key password: ${values.password ? '(as given)' : DEFAULT_PASSWORD}`,
);
