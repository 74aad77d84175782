import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { algorithmByName } from '../algorithms';
import type { AlgorithmName } from '../algorithms/types';
import { sha256 as sha256Fast } from '../algorithms/webcrypto';
import { CMS_OID } from './oids';

const PLAIN: Record<string, (data: Uint8Array) => Uint8Array> = {
  [CMS_OID.sha1]: sha1, [CMS_OID.sha256]: sha256, [CMS_OID.sha384]: sha384, [CMS_OID.sha512]: sha512,
};

const ALGORITHM_NAMES: AlgorithmName[] = ['RSA-SHA256', 'ECDSA-P256-SHA256', 'GOST3410-2015-512'];

/**
 * A digest by OID, for the places that name their own hash (ESSCertID,
 * time-stamp message imprints). Streebog comes from the algorithm registry.
 * SHA-1 is here only to read ESSCertID v1 and old time-stamp imprints.
 */
export async function digestByOid(oid: string, data: Uint8Array): Promise<Uint8Array | null> {
  // The ESS certificate hash of every signature: natively in Node.
  if (oid === CMS_OID.sha256) return sha256Fast(data);
  const plain = PLAIN[oid];
  if (plain) return plain(data);
  for (const name of ALGORITHM_NAMES) {
    const algorithm = algorithmByName(name);
    if (algorithm.digestOid === oid) return algorithm.digest(data);
  }
  return null;
}
