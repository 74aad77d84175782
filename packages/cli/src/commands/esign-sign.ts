import { parseArgs } from 'node:util';
import { createSignedData, isPkcs12Error, openPkcs12 } from '@oryndau/esign';
import type { Output } from '../main';
import { UsageError, readInput, writeOutput } from './esign-files';

export const SIGN_HELP = [
  'Usage: oryndau esign sign --p12 FILE --pin PIN --in DATA --out SIG.cms [--detached]',
  '',
  'Signs DATA with the key file (PKCS#12, e.g. an NCA key or one from `esign issue`):',
  'CMS / CAdES-BES with signing-certificate-v2, DER. RSA, ECDSA and GOST 34.10-2015 keys.',
  'Exit 0 signed, 1 the key file could not be used (wrong PIN, unsupported key), 2 usage error.',
  '',
  '  --p12 FILE     key file',
  '  --pin PIN      its PIN',
  '  --in DATA      file to sign',
  '  --out SIG.cms  where to write the signature (DER)',
  '  --detached     leave the content out of the CMS',
].join('\n');

export async function runSign(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      p12: { type: 'string' }, pin: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' },
      detached: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    out.log(SIGN_HELP);
    return 0;
  }
  if (!values.p12 || values.pin === undefined || !values.in || !values.out) throw new UsageError('--p12, --pin, --in and --out are required');
  const keyFile = await readInput(values.p12, 'key file');
  const content = await readInput(values.in, 'data');
  let opened;
  try {
    opened = await openPkcs12(keyFile, values.pin);
  } catch (error) {
    if (isPkcs12Error(error)) {
      out.error(`Cannot open ${values.p12}: ${error.code} (${error.message})`);
      return 1;
    }
    throw error;
  }
  const cms = await createSignedData({
    content, detached: values.detached === true, privateKey: opened.privateKey, certificate: opened.certificate, chain: opened.chain,
    // The signer's claim only; verifiers use the receipt time or a time-stamp.
    signingTime: new Date(),
  });
  await writeOutput(values.out, cms);
  out.log(`Signed ${values.in} (${opened.privateKey.algorithm}, ${values.detached ? 'detached' : 'attached'}) → ${values.out}`);
  return 0;
}
