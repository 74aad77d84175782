import * as asn1js from 'asn1js';
import forge from 'node-forge';
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import type { PrivateKey } from '../algorithms/types';
import { encodeDer } from '../asn1';
import { randomBytes, toArrayBuffer, toHex } from '../bytes';
import { EsignError, EsignErrorCode } from '../errors';
import { pkcs12Kdf } from './pkcs12-kdf';

const P12_OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
  friendlyName: '1.2.840.113549.1.9.20',
  tripleDes: '1.2.840.113549.1.12.1.3',
  rc2With40: '1.2.840.113549.1.12.1.6',
  sha1: '1.3.14.3.2.26',
} as const;

const ITERATIONS = 2048;

const binary = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
const unbinary = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const octets = (bytes: Uint8Array) => new asn1js.OctetString({ valueHex: toArrayBuffer(bytes) });
const explicit0 = (value: asn1js.AsnType) => new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [value] });
const pbeAlgorithm = (oid: string, salt: Uint8Array) => new asn1js.Sequence({
  value: [new asn1js.ObjectIdentifier({ value: oid }), new asn1js.Sequence({ value: [octets(salt), new asn1js.Integer({ value: ITERATIONS })] })],
});

/** The two legacy PKCS#12 ciphers, from node-forge: WebCrypto has neither 3DES nor RC2. */
function encrypt(kind: 'tripleDes' | 'rc2With40', pin: string, salt: Uint8Array, plain: Uint8Array): Uint8Array {
  const key = pkcs12Kdf(pin, salt, 1, ITERATIONS, kind === 'tripleDes' ? 24 : 5);
  const iv = pkcs12Kdf(pin, salt, 2, ITERATIONS, 8);
  const input = forge.util.createBuffer(binary(plain));
  if (kind === 'tripleDes') {
    const cipher = forge.cipher.createCipher('3DES-CBC', binary(key));
    cipher.start({ iv: binary(iv) });
    cipher.update(input);
    cipher.finish();
    return unbinary(cipher.output.getBytes());
  }
  const cipher = forge.rc2.createEncryptionCipher(binary(key), 40);
  cipher.start(binary(iv));
  cipher.update(input);
  cipher.finish();
  return unbinary(cipher.output.getBytes());
}

function bagAttributes(localKeyId: Uint8Array): asn1js.Set {
  return new asn1js.Set({
    value: [
      new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: P12_OID.localKeyId }), new asn1js.Set({ value: [octets(localKeyId)] })] }),
      new asn1js.Sequence({
        value: [new asn1js.ObjectIdentifier({ value: P12_OID.friendlyName }), new asn1js.Set({ value: [new asn1js.BmpString({ value: toHex(localKeyId) })] })],
      }),
    ],
  });
}

/**
 * A key file laid out like the NCA's: the key in a pkcs8ShroudedKeyBag under
 * pbeWithSHAAnd3-KeyTripleDES-CBC, the certificates in an EncryptedData
 * under pbeWithSHAAnd40BitRC2-CBC, an HMAC-SHA-1 MAC — what
 * `openssl pkcs12 -legacy` and NCALayer open. RSA and ECDSA keys only.
 */
export function exportPkcs12(options: { privateKey: PrivateKey; certificate: Uint8Array; chain?: Uint8Array[]; pin: string }): Uint8Array {
  const { privateKey, pin } = options;
  if (!('pkcs8' in privateKey)) throw new EsignError(EsignErrorCode.invalidArgument, 'only RSA and ECDSA keys can be exported to PKCS#12 here');
  if (!pin) throw new EsignError(EsignErrorCode.invalidArgument, 'a PIN is required');
  const localKeyId = sha1(options.certificate);
  const keySalt = randomBytes(8);
  const keyBag = new asn1js.Sequence({
    value: [
      new asn1js.ObjectIdentifier({ value: P12_OID.shroudedKeyBag }),
      explicit0(new asn1js.Sequence({ value: [pbeAlgorithm(P12_OID.tripleDes, keySalt), octets(encrypt('tripleDes', pin, keySalt, privateKey.pkcs8))] })),
      bagAttributes(localKeyId),
    ],
  });
  const certBags = [options.certificate, ...(options.chain ?? [])].map((der, i) => new asn1js.Sequence({
    value: [
      new asn1js.ObjectIdentifier({ value: P12_OID.certBag }),
      explicit0(new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: P12_OID.x509Certificate }), explicit0(octets(der))] })),
      ...(i === 0 ? [bagAttributes(localKeyId)] : []),
    ],
  }));
  const certSalt = randomBytes(8);
  const encryptedCerts = encrypt('rc2With40', pin, certSalt, encodeDer(new asn1js.Sequence({ value: certBags })));
  const authSafe = encodeDer(new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.ObjectIdentifier({ value: P12_OID.data }), explicit0(octets(encodeDer(new asn1js.Sequence({ value: [keyBag] }))))],
      }),
      new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: P12_OID.encryptedData }),
          explicit0(new asn1js.Sequence({
            value: [
              new asn1js.Integer({ value: 0 }),
              new asn1js.Sequence({
                value: [
                  new asn1js.ObjectIdentifier({ value: P12_OID.data }),
                  pbeAlgorithm(P12_OID.rc2With40, certSalt),
                  new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 }, valueHex: toArrayBuffer(encryptedCerts) }),
                ],
              }),
            ],
          })),
        ],
      }),
    ],
  }));
  const macSalt = randomBytes(20);
  const mac = hmac(sha1, pkcs12Kdf(pin, macSalt, 3, ITERATIONS, 20), authSafe);
  return encodeDer(new asn1js.Sequence({
    value: [
      new asn1js.Integer({ value: 3 }),
      new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: P12_OID.data }), explicit0(octets(authSafe))] }),
      new asn1js.Sequence({
        value: [
          new asn1js.Sequence({
            value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: P12_OID.sha1 }), new asn1js.Null()] }), octets(mac)],
          }),
          octets(macSalt),
          new asn1js.Integer({ value: ITERATIONS }),
        ],
      }),
    ],
  }));
}
