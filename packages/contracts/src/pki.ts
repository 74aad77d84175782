import { z } from 'zod';
import { binary } from './errors';

// The dev PKI over HTTP (routes/pki.ts): CRL and OCSP like the NCA's, demo key files in dev mode.

/** GET /pki/crl */
export const crlResponse = binary(['application/pkix-crl'], 'CRL of the dev issuing CA (DER)');
/** POST /pki/ocsp (body: the DER request, application/ocsp-request) */
export const ocspResponse = binary(['application/ocsp-response'], 'OCSP response (RFC 6960, DER)');

export const demoKeySchema = z.object({
  iin: z.string().nullable(), bin: z.string().nullable(), fullName: z.string(), purpose: z.enum(['sign', 'auth']),
  pin: z.string(), url: z.string(),
});
/** GET /api/dev/pki/keys */
export const demoKeysResponse = z.object({ keys: z.array(demoKeySchema) });

/** GET /api/dev/pki/demo-keys/:file */
export const demoKeyFileParams = z.object({ file: z.string().regex(/^[\w-]+\.p12$/) });
export const demoKeyFileResponse = binary(['application/x-pkcs12'], 'A demo PKCS#12 key file');

export type DemoKey = z.infer<typeof demoKeySchema>;
