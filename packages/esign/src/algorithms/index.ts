export { OID, type AlgorithmName, type PrivateKey, type SignatureAlgorithm } from './types';
export {
  algorithmByName,
  algorithmForSignatureOid,
  algorithmForSpki,
  describeUnsupported,
  supportedAlgorithms,
  unsupportedReason,
  type UnsupportedReason,
} from './registry';
export { rsaSha256, generateRsaKeyPair } from './rsa';
export { ecdsaP256, generateEcdsaP256KeyPair, type WebCryptoKeyPair } from './ecdsa-p256';
export { ecdsaDerToRaw, ecdsaRawToDer } from './ecdsa-der';
export { gost2015, generateGostKeyPair, type GostKeyPair } from './gost-2015';
export { encodeGostSpki, gostPublicKeyFromScalar, gostPublicKeyFromSpki } from './gost-2015-key';
export { Streebog, createStreebog, streebog256, streebog512, type StreebogSize } from './streebog';
export { parseSpki, spkiOfCertificate, type SpkiParts } from './spki';
