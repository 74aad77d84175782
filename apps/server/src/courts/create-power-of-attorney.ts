import { randomUUID } from 'node:crypto';
import type { Database, JournalActor } from '@oryndau/db';
import { ensureStoredFile, findUserContact, fullNamesByIin, insertPowerOfAttorneyDraft, organisationNamesByBin } from '@oryndau/db';
import { recogniseAttachment, renderPlainPdf } from '@oryndau/documents';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { addDays, formatDate, isValidIin, localDateOf } from '@oryndau/kz';
import type { CreatePowerOfAttorneyBody, PowerOfAttorneyView } from '@oryndau/contracts';
import { POA_MAX_VALIDITY_YEARS } from '@oryndau/contracts';
import type { FileStoragePort } from '@oryndau/adapters';
import { createDocument } from '../signing/documents';
import { powerOfAttorneyView } from './power-of-attorney-view';

/** The zone "today" is read in for a power of attorney (it belongs to no court). */
export const POA_ZONE = 'Asia/Almaty';

type Field = { field: string; message: { kk: string; ru: string } };
const invalid = (fields: Field[]) => new DomainError(ErrorCode.validation, { fields });

/** The last day allowed: three years counted inclusively from `from` (our choice, not the law's: POA_MAX_VALIDITY_YEARS). */
function latestUntil(from: string): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  // The same day three years on (29 February rolls to 1 March), less one day.
  return addDays(new Date(Date.UTC(y + POA_MAX_VALIDITY_YEARS, m - 1, d)).toISOString().slice(0, 10), -1);
}

/**
 * FILE-9, SIG-8 (§26): the principal draws up an electronic power of
 * attorney — powers from the list, one or more trustees by IIN, the
 * validity period and a summary of the matter. A legal entity (the person
 * signed in for it) attaches the order appointing its head, recognised by
 * content. The draft's document (a kk/ru PDF) is stored under the power of
 * attorney's own id; the principal then signs it (kind `power_of_attorney`).
 */
export async function createPowerOfAttorney(
  deps: { db: Database; clock: Clock; files: FileStoragePort; attachmentMaxBytes: number }, subject: Subject, actor: JournalActor,
  input: { body: CreatePowerOfAttorneyBody; representingName: string | null },
): Promise<PowerOfAttorneyView> {
  const { db } = deps;
  const { body } = input;
  if (!can(subject, 'courts.poa.manage', { principalUserId: subject.id })) throw new DomainError(ErrorCode.forbidden);
  const now = deps.clock.now();
  const today = localDateOf(now, POA_ZONE);

  const problems: Field[] = [];
  const iins = body.trustees.map((t) => t.iin);
  body.trustees.forEach((t, i) => {
    if (!isValidIin(t.iin)) problems.push({ field: `trustees.${i}.iin`, message: { kk: 'ЖСН бақылау саны сәйкес келмейді', ru: 'не сходится контрольная цифра ИИН' } });
    if (t.iin === subject.iin) problems.push({ field: `trustees.${i}.iin`, message: { kk: 'өзіңізге сенімхат беруге болмайды', ru: 'нельзя выдать доверенность самому себе' } });
  });
  if (new Set(iins).size !== iins.length) problems.push({ field: 'trustees', message: { kk: 'бір ЖСН екі рет көрсетілген', ru: 'один ИИН указан дважды' } });
  if (body.validUntil < body.validFrom) {
    problems.push({ field: 'validUntil', message: { kk: 'аяқталу күні басталу күнінен ерте', ru: 'дата окончания раньше даты начала' } });
  } else if (body.validUntil > latestUntil(body.validFrom)) {
    problems.push({ field: 'validUntil', message: { kk: `сенімхат ${POA_MAX_VALIDITY_YEARS} жылдан аспайтын мерзімге беріледі`,
      ru: `доверенность выдаётся на срок не более ${POA_MAX_VALIDITY_YEARS} лет` } });
  }
  if (body.validUntil < today) problems.push({ field: 'validUntil', message: { kk: 'аяқталу күні өтіп кеткен', ru: 'дата окончания уже прошла' } });
  const powers = [...new Set(body.powers)];

  // The principal: the legal entity the person is signed in for, or the person.
  const legal = subject.representing ?? null;
  const names = await fullNamesByIin(db, iins);
  const trustees = body.trustees.map((t, i) => {
    const name = t.name ?? names.get(t.iin);
    if (!name) problems.push({ field: `trustees.${i}.name`, message: { kk: 'сенім білдірілген тұлғаның аты-жөнін жазыңыз', ru: 'укажите ФИО доверенного лица' } });
    return { iin: t.iin, name: name ?? '' };
  });
  let order: { bytes: Uint8Array; fileName: string; kind: courts.AttachmentKind } | null = null;
  if (legal) {
    if (!body.appointmentOrder) {
      problems.push({ field: 'appointmentOrder', message: { kk: 'заңды тұлға басшыны тағайындау туралы бұйрықты тіркейді',
        ru: 'юридическое лицо прикладывает приказ о назначении руководителя' } });
    } else {
      const bytes = new Uint8Array(Buffer.from(body.appointmentOrder.contentBase64, 'base64'));
      const recognised = recogniseAttachment(bytes, body.appointmentOrder.fileName, { maxBytes: deps.attachmentMaxBytes });
      if (!recognised.ok) {
        problems.push({ field: 'appointmentOrder', message: { kk: 'файл танылмады: PDF, DOC, DOCX, XLSX немесе JPEG болуы тиіс (10 МБ дейін)',
          ru: 'файл не распознан: нужен PDF, DOC, DOCX, XLSX или JPEG (до 10 МБ)' } });
      } else {
        order = { bytes, fileName: body.appointmentOrder.fileName, kind: recognised.kind };
      }
    }
  }
  if (problems.length > 0) throw invalid(problems);

  const principal = legal
    ? { kind: 'legal_entity' as const, iinBin: legal.bin,
      name: input.representingName ?? (await organisationNamesByBin(db, legal.bin))?.ru ?? legal.bin }
    : { kind: 'individual' as const, iinBin: subject.iin, name: (await findUserContact(db, subject.id))?.fullName ?? subject.iin };

  const stored = order ? await deps.files.put(order.bytes, { kind: order.kind, originalName: order.fileName }) : null;
  const id = randomUUID();
  const number = `${today.replaceAll('-', '')}-${id.slice(0, 8).toUpperCase()}`;
  const pdf = await renderPlainPdf({
    title: `Электрондық сенімхат № ${number} / Электронная доверенность № ${number}`,
    rows: [
      ['Сенім білдіруші / Доверитель', `${principal.name}, ${principal.kind === 'legal_entity' ? 'БСН / БИН' : 'ЖСН / ИИН'} ${principal.iinBin}`],
      ['Сенім білдірілген тұлғалар / Доверенные лица', trustees.map((t) => `${t.name}, ЖСН / ИИН ${t.iin}`).join('; ')],
      ['Өкілеттіктер / Полномочия', powers.map((p) => `${courts.POA_POWER_TEXTS[p].kk} / ${courts.POA_POWER_TEXTS[p].ru}`).join('; ')],
      ['Қолданылу мерзімі / Срок действия', `${formatDate(body.validFrom, 'kk')} – ${formatDate(body.validUntil, 'kk')}`],
      ['Іс мәні / Суть дела', body.summary],
    ],
    note: 'Сенім білдірушінің ЭЦҚ-сымен қол қойылады / Подписывается ЭЦП доверителя',
    date: now,
  });
  return db.transaction(async (tx) => {
    // Content-addressed (FILE-1): the same order attached to a second power of attorney is the same stored file, not a second row.
    const orderFileId = stored && order
      ? (await ensureStoredFile(tx, { id: randomUUID(), sha256: stored.sha256, sizeBytes: stored.sizeBytes, kind: order.kind,
        originalName: order.fileName, storageKey: stored.storageKey, uploadedBy: subject.id }, now)).id
      : null;
    await insertPowerOfAttorneyDraft(tx, { id, number, principalKind: principal.kind, principalIinBin: principal.iinBin, principalName: principal.name,
      signerUserId: subject.id, powers, validFrom: body.validFrom, validUntil: body.validUntil, summary: body.summary,
      appointmentOrderFileId: orderFileId, trustees }, now);
    await createDocument(tx, { id, kind: 'power_of_attorney', title: { kk: `Сенімхат № ${number}`, ru: `Доверенность № ${number}` },
      mediaType: 'application/pdf', content: pdf, createdBy: subject.id }, now);
    tx.journal({ at: now, actor, action: 'courts.poa_created', objectType: 'power_of_attorney', objectId: id, subjectIin: subject.iin,
      details: { number, principalKind: principal.kind, principalIinBin: principal.iinBin, trustees: iins, powers, validFrom: body.validFrom,
        validUntil: body.validUntil, appointmentOrderFileId: orderFileId } });
    return powerOfAttorneyView({
      id, number, principalKind: principal.kind, principalIinBin: principal.iinBin, principalName: principal.name, signerUserId: subject.id, powers,
      validFrom: body.validFrom, validUntil: body.validUntil, summary: body.summary, appointmentOrderFileId: orderFileId, status: 'draft', version: 1,
      signatureId: null, signedAt: null, revokedAt: null, createdAt: now, trustees: [...trustees].sort((a, b) => (a.iin < b.iin ? -1 : 1)),
    }, today);
  });
}
