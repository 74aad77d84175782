import QRCode from 'qrcode';
import { journalProofsForObject } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { errorResponses, FILE_CHECK_MAX_BYTES, publicFileCheckSchema, publicVerificationSchema, verifyParams, verifyQrResponse } from '@oryndau/contracts';
import { checkSealedPdf } from '../simplified/sealed-pdf';
import { describeSigner } from '../signing/describe-signer';
import { loadDocument } from '../signing/documents';
import { maskIdentifier, maskName } from '../signing/mask';

type SignatureRow = {
  id: string; signer_iin: string | null; signer_bin: string | null; signer_name: string | null; algorithm: string | null;
  valid: boolean; checked_at: Date; evidence: Record<string, unknown>;
};

/**
 * Public verification (SIG-6, SIG-7): anyone holding a signed document can
 * open /verify/<id> from its QR code and see its hash, who signed it
 * (masked), when, and the stored verdict with its evidence — which stays
 * provable after the signer's certificate expires.
 */
export function registerVerifyRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/verify/:id', {
    schema: {
      tags: ['verify'],
      summary: 'Public: a signed document\'s hash, signers (masked) and verdicts',
      params: verifyParams,
      response: { 200: publicVerificationSchema, ...errorResponses },
    },
  }, async (request) => {
    // Issue 18 item 6: a public page — read from the replica; a document the replica has not seen signed yet (signed
    // a moment ago, replication lag) is looked up on the primary before it is a 404.
    let sql = deps.reads.for(request);
    let document = await loadDocument(sql, request.params.id);
    if ((!document || !document.signedAt) && sql !== deps.db) {
      sql = deps.db;
      document = await loadDocument(sql, request.params.id);
    }
    if (!document || !document.signedAt) throw new DomainError(ErrorCode.notFound);
    const rows = await sql.query<SignatureRow>(
      `SELECT id, signer_iin, signer_bin, signer_name, algorithm, valid, checked_at, evidence FROM signatures
        WHERE document_id = $1 ORDER BY checked_at`, [document.id]);
    // Issue 12: the signing (or the system's seal) was journalled; the page checks these proofs in the browser.
    const journal = await journalProofsForObject(sql, 'document', document.id, ['document.signed', 'document.sealed']);
    return {
      journal,
      documentId: document.id, title: document.title, sha256: document.contentHash, size: document.content.length,
      signatures: await Promise.all(rows.rows.map(async (r) => {
        const evidence = r.evidence ?? {};
        return {
          who: await describeSigner(sql, { iin: r.signer_iin, bin: r.signer_bin, name: r.signer_name }, deps.seal.organisation),
          signer: maskName(r.signer_name), iin: maskIdentifier(r.signer_iin), bin: maskIdentifier(r.signer_bin),
          algorithm: r.algorithm, valid: r.valid, checkedAt: new Date(r.checked_at).toISOString(),
          evidence: {
            timeUsed: typeof evidence.time === 'string' ? evidence.time : null,
            chain: Array.isArray(evidence.chainSubjects) ? (evidence.chainSubjects as unknown[]).map(String) : [],
            crl: typeof evidence.crl === 'string' ? evidence.crl : null,
          },
        };
      })),
    };
  });

  // Issue 13 item 2: a PDF dropped on /verify (the bare page or a document's
  // page) — the PDFs the system seals carry their proof (sealed-pdf.ts).
  void app.register(async (scope) => {
    scope.addContentTypeParser(['application/pdf', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: FILE_CHECK_MAX_BYTES },
      (_request, body, done) => done(null, body));
    scope.post('/api/verify/file', {
      // Re-rendering costs CPU: limited per address like the debtor's page.
      config: { rateLimit: { max: deps.config.debtorPageRatePerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['verify'],
        summary: 'Public: checks a PDF the system sealed — its embedded signed original, signature and visible content (body: application/pdf)',
        response: { 200: publicFileCheckSchema, ...errorResponses },
      },
    }, async (request, reply) => {
      // Parsed as bytes only for the two media types above; anything else was refused (415) before this.
      if (!Buffer.isBuffer(request.body)) throw new DomainError(ErrorCode.validation, { fields: ['body'] });
      void reply.header('cache-control', 'no-store');
      return checkSealedPdf({ db: deps.db, verify: deps.verify, seal: deps.seal, now: deps.clock.now() }, new Uint8Array(request.body));
    });
  });

  app.get('/api/verify/:id/qr.svg', {
    schema: { tags: ['verify'], summary: 'QR code linking to the public verification page', params: verifyParams,
      response: { 200: verifyQrResponse, ...errorResponses } },
  }, async (request, reply) => {
    const document = await loadDocument(deps.db, request.params.id);
    // Only a signed document has a verification page to point to; the link is PUBLIC_URL's, never the caller's Host header.
    if (!document || !document.signedAt) throw new DomainError(ErrorCode.notFound);
    const svg = await QRCode.toString(`${deps.config.publicOrigin}/verify/${document.id}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    return reply.type('image/svg+xml').send(svg);
  });
}
