import { generateEcdsaP256KeyPair, generateGostKeyPair, generateRsaKeyPair } from '../algorithms';
import type { AlgorithmName, PrivateKey } from '../algorithms/types';

export type KeyPair = { privateKey: PrivateKey; spki: Uint8Array };

/** A fresh key pair: WebCrypto for RSA/ECDSA (fast in Node and browsers), pure TS for GOST. */
export async function generateKeyPair(algorithm: AlgorithmName): Promise<KeyPair> {
  switch (algorithm) {
    case 'RSA-SHA256':
      return generateRsaKeyPair(2048);
    case 'ECDSA-P256-SHA256':
      return generateEcdsaP256KeyPair();
    case 'GOST3410-2015-512': {
      const pair = generateGostKeyPair();
      return { privateKey: pair.privateKey, spki: pair.spki };
    }
  }
}
