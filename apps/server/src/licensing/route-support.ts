import type { LicensingApplicationRecord } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../app';
import { loadWorkingCalendar } from '../enforcement/store';
import { applicationView, reviewView } from './application-view';

/** What the licensing routes share: deps for the use-cases, views with the calendar, file replies. */
export function licensingRouteDeps(deps: AppDeps) {
  const { db, clock, config } = deps;
  const adapters = () => {
    if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'adapters' });
    return deps.adapters();
  };
  return {
    base: { db, clock },
    create: { db, clock, gbdFl: () => adapters().gbdFl },
    pay: { db, clock, payments: () => adapters().payments, publicOrigin: config.publicOrigin },
    signing: { db, clock, verify: deps.verify, hooks: deps.signingHooks },
    files: { db, clock, files: deps.files, maxBytes: Math.min(10 * 1024 * 1024, config.files.attachmentMaxBytes) },
    pdf: { db, clock, publicOrigin: config.publicOrigin },
    view: async (a: LicensingApplicationRecord) => applicationView(db, a, await loadWorkingCalendar(db), clock.now()),
    review: async (a: LicensingApplicationRecord) => reviewView(db, a, await loadWorkingCalendar(db), clock.now()),
  };
}

export function sendBytes(reply: FastifyReply, file: { bytes: Uint8Array; mediaType: string; fileName: string }) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply.type(file.mediaType).header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

export const signingAnswer = ({ challenge, document }: { challenge: { id: string; startedAt: Date; expiresAt: Date };
  document: { id: string; contentHash: string } }) => ({
  challengeId: challenge.id, documentId: document.id, contentHash: document.contentHash, startedAt: challenge.startedAt.toISOString(),
  expiresAt: challenge.expiresAt.toISOString(),
});
