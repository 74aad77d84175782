import QRCode from 'qrcode';
import { journalProofsForObject } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { errorResponses, publicVerificationSchema, verifyParams, verifyQrResponse } from '@oryndau/contracts';
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
    const document = await loadDocument(deps.db, request.params.id);
    if (!document || !document.signedAt) throw new DomainError(ErrorCode.notFound);
    const rows = await deps.db.query<SignatureRow>(
      `SELECT id, signer_iin, signer_bin, signer_name, algorithm, valid, checked_at, evidence FROM signatures
        WHERE document_id = $1 ORDER BY checked_at`, [document.id]);
    // Issue 12: the signing (or the system's seal) was journalled; the page checks these proofs in the browser.
    const journal = await journalProofsForObject(deps.db, 'document', document.id, ['document.signed', 'document.sealed']);
    return {
      journal,
      documentId: document.id, title: document.title, sha256: document.contentHash, size: document.content.length,
      signatures: rows.rows.map((r) => {
        const evidence = r.evidence ?? {};
        return {
          signer: maskName(r.signer_name), iin: maskIdentifier(r.signer_iin), bin: maskIdentifier(r.signer_bin),
          algorithm: r.algorithm, valid: r.valid, checkedAt: new Date(r.checked_at).toISOString(),
          evidence: {
            timeUsed: typeof evidence.time === 'string' ? evidence.time : null,
            chain: Array.isArray(evidence.chainSubjects) ? (evidence.chainSubjects as unknown[]).map(String) : [],
            crl: typeof evidence.crl === 'string' ? evidence.crl : null,
          },
        };
      }),
    };
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
