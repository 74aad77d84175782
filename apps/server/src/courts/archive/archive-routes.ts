import {
  archiveCaseParams, archiveEntryParams, archiveExportResponse, archiveFileResponse, archivePaperCopyResponse, archiveQueueResponse,
  archiveVerificationSchema, caseArchiveSchema, errorResponses, legacyArchiveFileParams, legacyArchiveFileResponse, legacyArchiveParams,
  legacyArchiveSchema, prepareArchiveBody, prepareArchiveResponse,
} from '@oryndau/contracts';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../../app';
import { actorOf, requireSubject } from '../../http/session';
import { journalArchiveAccess, loadArchiveCase, requireArchiveReader, requireArchivedCase } from './archive-access';
import { archivedInventory, inventoryEntry, requireEntryBytes } from './archive-content';
import { archivePaperCopy } from './archive-paper-copy';
import { casesToArchive } from './archive-queue';
import { caseArchiveView } from './archive-view';
import { exportArchivedCase } from './export-archived-case';
import { legacyArchivedCase, legacyArchivedFile } from './legacy-archive';
import { prepareArchiveInventory } from './prepare-archive-inventory';
import { reverifyArchivedCase } from './reverify-archived-case';

/** A file name for Content-Disposition: ASCII fallback plus the UTF-8 name (RFC 6266). */
const disposition = (name: string, inline = false) =>
  `${inline ? 'inline' : 'attachment'}; filename="file"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Issue 15 items 4-5 (FILE-17, SIG-7): the court's electronic archive. Every
 * read of an archived case (view, download, paper copy, export,
 * re-verification) is journalled; participants and that court's staff
 * only (404 for anyone else).
 */
export function registerCourtArchiveRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  const people = (found: { resource: { participantIinBins: readonly string[] } }) => found.resource.participantIinBins;

  app.get('/api/court-archive/queue', {
    schema: { tags: ['courts'], summary: 'FILE-17 §62: the secretary\'s «to archive» queue (due cases of the own court, overdue flag)',
      response: { 200: archiveQueueResponse, ...errorResponses } },
  }, async (request) => casesToArchive(db, requireSubject(request), clock.now()));

  app.get('/api/court-cases/:id/archive', {
    schema: { tags: ['courts'], summary: 'FILE-17: the case\'s archive — status, handover day, inventory with hashes and signatures, retention',
      params: archiveCaseParams, response: { 200: caseArchiveSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    const found = await requireArchiveReader(db, subject, request.params.id);
    const now = clock.now();
    if (found.archive?.status === 'archived') {
      await journalArchiveAccess(db, actorOf(request), { kind: 'viewed', objectType: 'court_case', objectId: found.details.courtCase.id, at: now,
        people: people(found) });
    }
    return caseArchiveView(db, subject, found, now);
  });

  app.post('/api/court-cases/:id/archive/inventory', {
    schema: { tags: ['courts'], summary: 'FILE-17 §62: the secretary prepares the inventory for the judge to sign (409 when not due, archived, or changed meanwhile)',
      params: archiveCaseParams, body: prepareArchiveBody, response: { 200: prepareArchiveResponse, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    const { documentId } = await prepareArchiveInventory({ db, clock }, subject, actorOf(request), request.params.id, request.body);
    const found = await loadArchiveCase(db, request.params.id);
    if (!found) throw new DomainError(ErrorCode.notFound);
    return { archive: await caseArchiveView(db, subject, found, clock.now()), documentId };
  });

  app.get('/api/court-cases/:id/archive/entries/:position', {
    schema: { tags: ['courts'], summary: 'FILE-17 §59: an archived document in its original format and bytes (journalled)',
      params: archiveEntryParams, response: { 200: archiveFileResponse, ...errorResponses } },
  }, async (request, reply) => {
    const found = await requireArchivedCase(db, requireSubject(request), request.params.id);
    const { inventory } = await archivedInventory(db, found.archive);
    const entry = inventoryEntry(inventory, request.params.position);
    const bytes = await requireEntryBytes(db, deps.files, entry);
    await journalArchiveAccess(db, actorOf(request), { kind: 'downloaded', objectType: 'court_case', objectId: found.details.courtCase.id,
      at: clock.now(), people: people(found), details: { position: entry.position, sha256: entry.sha256 } });
    // Its exact bytes as a file; JSON (a signed manifest) as octet-stream, so no client parses and re-encodes it.
    const type = entry.mediaType === 'application/json' ? 'application/octet-stream' : entry.mediaType;
    return reply.type(type).header('content-disposition', disposition(entry.fileName)).send(Buffer.from(bytes));
  });

  app.get('/api/court-cases/:id/archive/entries/:position/copy.pdf', {
    schema: { tags: ['courts'], summary: 'FILE-17 §61 p.4: a paper copy (PDF) stamped with who signed it, when, and the verification QR (journalled)',
      params: archiveEntryParams, response: { 200: archivePaperCopyResponse, ...errorResponses } },
  }, async (request, reply) => {
    const found = await requireArchivedCase(db, requireSubject(request), request.params.id);
    const now = clock.now();
    const copy = await archivePaperCopy({ db, files: deps.files, publicOrigin: deps.config.publicOrigin }, found, request.params.position, now);
    await journalArchiveAccess(db, actorOf(request), { kind: 'paper_copy', objectType: 'court_case', objectId: found.details.courtCase.id, at: now,
      people: people(found), details: { position: request.params.position } });
    return reply.type('application/pdf').header('content-disposition', disposition(copy.fileName)).send(Buffer.from(copy.pdf));
  });

  app.get('/api/court-cases/:id/archive/verification', {
    schema: { tags: ['courts'], summary: 'SIG-7: every signature of the archived case re-verified as of signing time from its stored evidence (journalled)',
      params: archiveCaseParams, response: { 200: archiveVerificationSchema, ...errorResponses } },
  }, async (request) => {
    const found = await requireArchivedCase(db, requireSubject(request), request.params.id);
    if (!deps.trust) throw new DomainError(ErrorCode.externalUnavailable, { system: 'trust' });
    const now = clock.now();
    const result = await reverifyArchivedCase({ db, files: deps.files, reverify: deps.trust.reverify }, found, now);
    await journalArchiveAccess(db, actorOf(request), { kind: 'verified', objectType: 'court_case', objectId: found.details.courtCase.id, at: now,
      people: people(found), details: { allValid: result.allValid } });
    return result;
  });

  app.get('/api/court-cases/:id/archive/export', {
    schema: { tags: ['courts'], summary: 'FILE-17: the archived case as a ZIP (documents, .p7s, evidence, signed inventory, manifest.json) for `oryndau archive verify`',
      params: archiveCaseParams, response: { 200: archiveExportResponse, ...errorResponses } },
  }, async (request, reply) => {
    const found = await requireArchivedCase(db, requireSubject(request), request.params.id);
    const now = clock.now();
    const exported = await exportArchivedCase({ db, files: deps.files }, found, now);
    await journalArchiveAccess(db, actorOf(request), { kind: 'exported', objectType: 'court_case', objectId: found.details.courtCase.id, at: now,
      people: people(found), details: { bytes: exported.zip.length } });
    return reply.type('application/zip').header('content-disposition', disposition(exported.fileName)).send(Buffer.from(exported.zip));
  });

  const legacyDeps = () => {
    if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'ЭАСД' });
    return { db, adapters: deps.adapters };
  };

  app.get('/api/court-archive/legacy/:archiveId', {
    schema: { tags: ['courts'], summary: 'FILE-17: an old scanned case from the archive system (ЭАСД), read-only (journalled)',
      params: legacyArchiveParams, response: { 200: legacyArchiveSchema, ...errorResponses } },
  }, async (request) => {
    const result = await legacyArchivedCase(legacyDeps(), requireSubject(request), request.params.archiveId);
    await journalArchiveAccess(db, actorOf(request), { kind: 'legacy_viewed', objectType: 'legacy_archive', objectId: result.archiveId, at: clock.now() });
    return result;
  });

  app.get('/api/court-archive/legacy/:archiveId/files/:fileId', {
    schema: { tags: ['courts'], summary: 'FILE-17: a file of an old scanned case from ЭАСД, as the archive holds it (journalled)',
      params: legacyArchiveFileParams, response: { 200: legacyArchiveFileResponse, ...errorResponses } },
  }, async (request, reply) => {
    const file = await legacyArchivedFile(legacyDeps(), requireSubject(request), request.params.archiveId, request.params.fileId);
    await journalArchiveAccess(db, actorOf(request), { kind: 'legacy_downloaded', objectType: 'legacy_archive', objectId: request.params.archiveId,
      at: clock.now(), details: { fileId: request.params.fileId } });
    return reply.type(file.contentType).header('content-disposition', disposition(file.filename)).send(Buffer.from(file.bytes));
  });
}
