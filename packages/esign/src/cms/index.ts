export { createSignedData, type CreateSignedDataOptions } from './create-signed-data';
export { parseSignedData, type ParsedSignedData, type ParsedSigner, type SignerId } from './parse-signed-data';
export { verifySignedDataCryptography, type SignerCryptoResult } from './verify-signed-data';
export { findSignerCertificate, verifySignerCryptography, type SignerFailure } from './verify-signer';
export { CMS_OID } from './oids';
