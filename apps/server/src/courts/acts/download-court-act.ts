import { stampLegalForce } from '@oryndau/documents';
import type { Database } from '@oryndau/db';
import { findUserContact } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { formatDate } from '@oryndau/kz';
import { loadDocument } from '../../signing/documents';
import { requireReadableAct } from './act-context';
import type { ActContext } from './act-context';

/**
 * FILE-14, SIG-6: the act's PDF for its reader. Once it entered into force,
 * a COPY stamped with the legal-force mark and the QR code of the mark's
 * signature (→ the public verification page of the mark, which names the
 * act's SHA-256); the stored, signed bytes never change.
 */
export async function courtActPdf(deps: { db: Database; publicOrigin: string }, subject: Subject, actId: string)
  : Promise<{ bytes: Uint8Array; fileName: string }> {
  return actPdfOf(deps, await requireReadableAct(deps.db, subject, actId));
}

/** The act's PDF (stamped once in force) for a reader already allowed to read it — the staff and cabinet above, the ЭНП portal's view. */
export async function actPdfOf(deps: { db: Database; publicOrigin: string }, ctx: ActContext): Promise<{ bytes: Uint8Array; fileName: string }> {
  const document = await loadDocument(deps.db, ctx.act.documentId);
  if (!document) throw new DomainError(ErrorCode.notFound);
  const fileName = `${ctx.act.title.ru.replace(/[^\p{L}\p{N}№ ./-]+/gu, '_')}.pdf`;
  const { act } = ctx;
  if (act.inForceAt === null || act.legalForceDocumentId === null || act.legalForceDate === null) return { bytes: document.content, fileName };
  const marker = act.legalForceSignedBy ? (await findUserContact(deps.db, act.legalForceSignedBy))?.fullName ?? '' : '';
  const url = `${deps.publicOrigin}/verify/${act.legalForceDocumentId}`;
  const date = formatDate(act.legalForceDate, 'kk');
  const chairman = act.legalForceAbsenceReason !== null;
  const bytes = await stampLegalForce(document.content, { url, lines: [
    `Заңды күшіне енді ${date}`,
    `Вступил в законную силу ${date}`,
    `${chairman ? 'Сот төрағасы (судья болмағанда) / Председатель суда (при отсутствии судьи)' : 'Судья'}: ${marker}`,
    'Белгіге ЭЦҚ қойылған; тексеру — QR / Отметка подписана ЭЦП; проверка — по QR-коду',
    url,
  ] });
  return { bytes, fileName };
}
