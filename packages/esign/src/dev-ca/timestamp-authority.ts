import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { sha256 } from '@noble/hashes/sha2.js';
import type { PrivateKey } from '../algorithms/types';
import { encodeDer } from '../asn1';
import { toArrayBuffer } from '../bytes';
import { createSignedData } from '../cms/create-signed-data';
import { CMS_OID } from '../cms/oids';
import { randomSerial, serialInteger } from './x509-parts';

/** The NCA TSA's policy OID, reused so dev tokens look like the real ones. */
const TSA_POLICY = '1.2.398.3.3.2.6.1';

/**
 * A dev time-stamp authority: an RFC 3161 token (SignedData over TSTInfo)
 * stamping `signatureValue` with SHA-256 at `genTime`. Lets the verifier's
 * time-stamp path be tested without the NCA's TSA.
 */
export async function createTimestampToken(options: {
  tsa: { privateKey: PrivateKey; certificate: Uint8Array; chain?: Uint8Array[] };
  signatureValue: Uint8Array;
  genTime: Date;
}): Promise<Uint8Array> {
  const info = new pkijs.TSTInfo({
    version: 1,
    policy: TSA_POLICY,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: CMS_OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(options.signatureValue)) }),
    }),
    serialNumber: serialInteger(randomSerial()),
    genTime: options.genTime,
  });
  return createSignedData({
    content: encodeDer(info.toSchema()),
    contentType: CMS_OID.tstInfo,
    privateKey: options.tsa.privateKey,
    certificate: options.tsa.certificate,
    chain: options.tsa.chain ?? [],
    signingTime: options.genTime,
  });
}
