import { readFile } from 'node:fs/promises';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { crlResponse, demoKeyFileParams, demoKeyFileResponse, demoKeysResponse, errorResponses, ocspResponse } from '@oryndau/contracts';
import { DEMO_KEY_PIN } from '../signing/demo-keys';
import { demoKeyPath } from '../signing/trust';

/** The dev PKI over HTTP: its CRL (public, like the NCA's) and, in dev mode, the demo key files. */
export function registerPkiRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/pki/crl', {
    schema: { tags: ['pki'], summary: 'CRL of the dev issuing CA (DER)',
      response: { 200: crlResponse, ...errorResponses } },
    config: { rateLimit: false },
  }, async (_request, reply) => {
    const crl = await deps.trust?.devCrl();
    if (!crl) throw new DomainError(ErrorCode.notFound);
    return reply.type('application/pkix-crl').send(Buffer.from(crl));
  });

  // RFC 6960 Appendix A.1: POST with the DER request as the body.
  app.addContentTypeParser('application/ocsp-request', { parseAs: 'buffer', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, body));
  app.post('/pki/ocsp', {
    schema: { tags: ['pki'], summary: 'OCSP responder of the dev issuing CA (RFC 6960, application/ocsp-request → application/ocsp-response)',
      response: { 200: ocspResponse, ...errorResponses } },
    config: { rateLimit: false },
  }, async (request, reply) => {
    if (!Buffer.isBuffer(request.body)) throw new DomainError(ErrorCode.validation);
    const answer = await deps.trust?.devOcsp(new Uint8Array(request.body), deps.clock.now());
    if (!answer) throw new DomainError(ErrorCode.notFound);
    return reply.type('application/ocsp-response').header('cache-control', 'no-store').send(Buffer.from(answer));
  });

  app.get('/api/dev/pki/keys', {
    schema: {
      tags: ['dev'],
      summary: 'Demo key files and their PIN (dev mode)',
      response: { 200: demoKeysResponse, ...errorResponses },
    },
  }, async () => {
    if (!deps.config.devMode || !deps.trust?.demoKeys.length) throw new DomainError(ErrorCode.notFound);
    return {
      keys: deps.trust.demoKeys.map((k) => ({
        iin: k.iin, bin: k.bin, fullName: k.fullName, purpose: k.purpose, pin: DEMO_KEY_PIN,
        url: `/api/dev/pki/${k.file}`,
      })),
    };
  });

  app.get('/api/dev/pki/demo-keys/:file', {
    schema: { tags: ['dev'], summary: 'Download a demo key file (dev mode)', params: demoKeyFileParams,
      response: { 200: demoKeyFileResponse, ...errorResponses } },
  }, async (request, reply) => {
    const trust = deps.trust;
    const file = `demo-keys/${request.params.file}`;
    if (!deps.config.devMode || !trust?.demoKeys.some((k) => k.file === file)) throw new DomainError(ErrorCode.notFound);
    const bytes = await readFile(demoKeyPath(trust, file));
    return reply.type('application/x-pkcs12').header('content-disposition', `attachment; filename="${request.params.file}"`).send(bytes);
  });
}
