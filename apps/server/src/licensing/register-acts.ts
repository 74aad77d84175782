import { randomUUID } from 'node:crypto';
import type { RegisterActBody } from '@oryndau/contracts';
import type { JournalActor, Sql } from '@oryndau/db';
import { findLicence, findRegisterActByDocument, insertRegisterAct, markRegisterActSigned, setLicenceStatus } from '@oryndau/db';
import { DomainError, ErrorCode, can, canonicalJson, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { createDocument } from '../signing/documents';
import { startDocumentSigning } from '../signing/sign-document';
import type { DocumentSigningHook, SigningDeps } from '../signing/sign-document';
import { licensorToday } from './licensing-store';

/** The status a register act leads to from the licence's status now, or a 409. */
function nextStatus(status: licensing.LicenceStatus, act: RegisterActBody['act']): licensing.LicenceStatus {
  const next = licensing.nextLicenceStatus(status, act);
  if (!next) throw new DomainError(ErrorCode.licensingLicenceState, { status, act });
  return next;
}

/**
 * LIC-8: the officer suspends, resumes or terminates a licence — an act with
 * its ground (reference data + own words) and the day it takes effect,
 * drawn up as a document the officer signs; the register changes only with
 * the signature (the hook below).
 */
export async function startRegisterAct(deps: SigningDeps, subject: Subject, actor: JournalActor, licenceId: string, body: RegisterActBody) {
  if (!can(subject, 'licensing.register.act', undefined)) throw new DomainError(ErrorCode.forbidden);
  if (!licensing.isGround(body.act, body.ground)) throw new DomainError(ErrorCode.validation, { fields: ['ground'] });
  const now = deps.clock.now();
  const effectiveOn = body.effectiveOn ?? licensorToday(now);
  const document = await deps.db.transaction(async (tx) => {
    const licence = await findLicence(tx, licenceId, { lock: true });
    if (!licence) throw new DomainError(ErrorCode.notFound);
    if (licence.version !== body.version) throw new DomainError(ErrorCode.licensingLicenceState);
    nextStatus(licence.status, body.act);
    const ground = licensing.REGISTER_GROUNDS[body.act].find((g) => g.code === body.ground)!;
    const content = { type: 'licensing.register_act', act: body.act, actName: licensing.REGISTER_ACT_TEXTS[body.act], licenceNumber: licence.number,
      licensee: licence.licenseeName, licenseeIin: licence.licenseeIin, ground: ground.text, groundText: body.groundText ?? null, effectiveOn,
      licenceVersion: licence.version };
    const created = await createDocument(tx, { kind: 'licensing.register_act',
      title: { kk: `${licensing.REGISTER_ACT_TEXTS[body.act].kk}: № ${licence.number}`, ru: `${licensing.REGISTER_ACT_TEXTS[body.act].ru}: № ${licence.number}` },
      mediaType: 'application/json', content: new TextEncoder().encode(canonicalJson(content)), createdBy: subject.id }, now);
    await insertRegisterAct(tx, { id: randomUUID(), licenceId, act: body.act, ground: body.ground, groundText: body.groundText ?? null, effectiveOn,
      status: 'draft', documentId: created.id, signatureId: null, createdAt: now, createdBy: subject.id });
    tx.journal({ at: now, actor, action: 'licensing.register_act_drawn_up', objectType: 'licence', objectId: licenceId, subjectIin: licence.licenseeIin,
      details: { act: body.act, ground: body.ground, effectiveOn, documentId: created.id } });
    return created;
  });
  const { challenge } = await startDocumentSigning(deps, subject, actor, document.id);
  return { challenge, document };
}

const actOf = (sql: Sql, documentId: string) => findRegisterActByDocument(sql, documentId);

/** The officer's signature applies the act to the register (version-checked: an act drawn up on a changed licence is a 409). */
export const licensingRegisterActHook: DocumentSigningHook = {
  mayRead: async (sql, subject, document) => (await actOf(sql, document.id)) !== null && can(subject, 'licensing.register.read', undefined),
  maySign: async (sql, subject, document) => (await actOf(sql, document.id))?.status === 'draft' && document.createdBy === subject.id
    && can(subject, 'licensing.register.act', undefined),
  async lockOwner(tx, document) {
    const act = await actOf(tx, document.id);
    if (act) await findLicence(tx, act.licenceId, { lock: true });
  },
  async onSigned(tx, { subject, actor, document, signatureId, now }) {
    const act = await actOf(tx, document.id);
    if (!act || act.status !== 'draft' || act.act === 'issued' || act.act === 'reissued' || act.act === 'duplicate_issued') {
      throw new DomainError(ErrorCode.licensingLicenceState);
    }
    const licence = await findLicence(tx, act.licenceId, { lock: true });
    const content = JSON.parse(new TextDecoder().decode(document.content)) as { licenceVersion: number };
    if (!licence || licence.version !== content.licenceVersion) throw new DomainError(ErrorCode.licensingLicenceState);
    const status = nextStatus(licence.status, act.act);
    if (!(await setLicenceStatus(tx, licence.id, licence.version, status, status === 'valid' ? null : act.effectiveOn))) {
      throw new DomainError(ErrorCode.licensingLicenceState);
    }
    if (!(await markRegisterActSigned(tx, act.id, signatureId, now))) throw new DomainError(ErrorCode.licensingLicenceState);
    tx.journal({ at: now, actor, action: `licensing.licence_${act.act}`, objectType: 'licence', objectId: licence.id, subjectIin: licence.licenseeIin,
      details: { number: licence.number, ground: act.ground, groundText: act.groundText, effectiveOn: act.effectiveOn, signatureId, by: subject.id } });
  },
};
