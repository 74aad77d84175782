import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DeadlineRequest, OutboxMessage, StoredDocument } from '@oryndau/db';
import {
  enqueueMessages, findLocalesByIin, insertDocuments, insertNewSimplifiedCases, insertSignatures, scheduleDeadlines, type NewSimplifiedCase,
} from '@oryndau/db';
import { simplified } from '@oryndau/domain';
import { sha256Hex } from '../signing/documents';
import { signatureRow } from '../signing/signatures';
import { erapStatusMessage } from './erap-status';
import type { ErapFineInput } from './fine-input';
import type { IntakeDecision, IntakeDeps } from './intake-deps';
import { journalTransition } from './intake-ordinary';
import type { InitiatedOutcome } from './intake-outcome';
import { INITIATION_TITLE, initiationAct } from './initiation-resolution';
import { SIMPLIFIED_EXPIRE } from './outcomes';
import { SEALED_ACT_MEDIA_TYPE } from './sealed-act';
import { journalSeal, type SealedDocument } from './system-seal';

/** One fine's initiation, sealed and ready to store: everything but the database work. */
export type PreparedInitiation = {
  fine: ErapFineInput; decision: IntakeDecision; documentId: string; token: string; tokenHash: string; sealed: SealedDocument;
  outcome: InitiatedOutcome;
};

// Link tokens come from the CSPRNG 256 at a time: one call per batch or so instead of one per fine.
const TOKEN_BYTES = 15;
let tokenPool = Buffer.alloc(0);
let tokenAt = 0;
function nextLinkToken(): string {
  if (tokenAt + TOKEN_BYTES > tokenPool.length) {
    tokenPool = randomBytes(TOKEN_BYTES * 256);
    tokenAt = 0;
  }
  tokenAt += TOKEN_BYTES;
  return tokenPool.toString('base64url', tokenAt - TOKEN_BYTES, tokenAt);
}

/**
 * SIMP-2: the initiation resolution of one fine, signed by the system key and
 * verified (the seal). Done before any transaction opens: the CPU work of a
 * batch never holds a connection or a row.
 */
export async function prepareInitiation(deps: IntakeDeps, fine: ErapFineInput, decision: IntakeDecision, now: Date): Promise<PreparedInitiation> {
  const { state } = decision;
  const deadline = state.deadline!;
  const token = nextLinkToken();
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const documentId = randomUUID();
  const act = initiationAct({ fine, documentId, lastDay: deadline.lastDay, initiatedOn: deadline.initiatedOn, publicOrigin: deps.publicOrigin,
    organisation: deps.seal.organisation.name });
  const sealed = await deps.seal.seal(act, now);
  const outcome: InitiatedOutcome = { erapFineId: fine.erapFineId, outcome: 'initiated', caseId: state.id, lastDay: deadline.lastDay,
    expiresAt: deadline.expiresAt.toISOString() };
  return { fine, decision, documentId, token, tokenHash, sealed, outcome };
}

/** Fines another delivery took in while this batch was being prepared: the transaction is rolled back and run without them. */
class TakenMeanwhile extends Error {
  constructor(readonly erapFineIds: readonly string[]) {
    super(`${erapFineIds.length} fine(s) taken in meanwhile`);
  }
}

const phoneOf = (p: PreparedInitiation): string | null => {
  let phone: string | null = null;
  for (const e of p.decision.events) if (e.type === 'simplified.sms_requested') phone = e.phone;
  return phone;
};

function caseRow(p: PreparedInitiation): NewSimplifiedCase {
  const { state } = p.decision;
  return {
    id: state.id, fine: p.fine, zone: state.deadline?.zone ?? null, status: state.status, version: state.version, outcome: p.outcome, reasons: [],
    phone: phoneOf(p), tokenHash: p.tokenHash, initiatedAt: state.initiatedAt, expiresAt: state.deadline?.expiresAt ?? null,
    lastDay: state.deadline?.lastDay ?? null, resolutionDocumentId: p.documentId, proceedingId: null, closedAt: state.closedAt, closedOutcome: state.outcome,
  };
}

/**
 * SIMP-2: the initiations of a batch in ONE transaction — each kind of row
 * in one multi-row statement (the resolutions, the cases, the signatures,
 * ЕРАП statuses and SMS in the outbox, the expiry timers), every fine's
 * journal entries collected and appended once, last, by the runner. The
 * rows are those the one-fine path wrote, so nothing downstream changes.
 *
 * A fine another delivery took in meanwhile (the same ЕРАП id in a
 * concurrent call) is not stored twice: its case insert is skipped, the
 * transaction is rolled back and run again without it, and its ЕРАП id is
 * returned in `taken` for the caller to answer with the stored outcome.
 */
export async function storeInitiations(deps: IntakeDeps, prepared: readonly PreparedInitiation[], now: Date)
  : Promise<{ stored: PreparedInitiation[]; taken: string[] }> {
  let list = [...prepared];
  const taken: string[] = [];
  while (list.length > 0) {
    try {
      await deps.db.transaction(async (tx) => {
        // Reads first (they lock nothing): the debtors' profile languages for the SMS (ISSUE-13 item 5).
        const locales = await findLocalesByIin(tx, list.map((p) => p.fine.debtorIin));
        const documents: StoredDocument[] = list.map((p) => ({ id: p.documentId, kind: 'simp.initiation', title: INITIATION_TITLE,
          mediaType: SEALED_ACT_MEDIA_TYPE, content: p.sealed.content, contentHash: sha256Hex(p.sealed.content), createdBy: null, createdAt: now, signedAt: now }));
        // The resolutions go first only because the cases refer to them; a new document row is no lock anyone waits on.
        await insertDocuments(tx, documents);
        const inserted = await insertNewSimplifiedCases(tx, list.map(caseRow), now);
        if (inserted.size < list.length) throw new TakenMeanwhile(list.map((p) => p.fine.erapFineId).filter((id) => !inserted.has(id)));
        const signatures = list.map((p, i) => signatureRow({ documentType: 'simp.initiation', documentId: p.documentId,
          contentHash: documents[i]!.contentHash, cms: p.sealed.cms, outcome: p.sealed.outcome }, now));
        await insertSignatures(tx, signatures);
        const messages: OutboxMessage[] = [];
        const timers: DeadlineRequest[] = [];
        for (const p of list) {
          for (const e of p.decision.events) {
            if (e.type === 'simplified.erap_status') messages.push(erapStatusMessage({ erapFineId: e.erapFineId, status: e.status, at: e.at, caseId: e.caseId }));
            if (e.type === 'simplified.sms_requested') {
              const notice = simplified.renderSmsNotice(locales.get(p.fine.debtorIin) ?? null,
                { amountTiyn: e.amountTiyn, lastDay: e.lastDay, link: `${deps.publicOrigin}/s/${p.token}` });
              // The link is the debtor's credential: masked in the stored text once the SMS has left (OUTBOX_SCRUB_SECRETS).
              messages.push({ channel: 'sms', recipient: e.phone, body: notice.text, secrets: [p.token],
                payload: { caseId: e.caseId, kind: 'simplified.initiation', locale: notice.locale ?? 'kk+ru', segments: notice.count.segments, fits: notice.fits } });
            }
            if (e.type === 'simplified.deadline_scheduled') timers.push({ kind: SIMPLIFIED_EXPIRE, subjectType: 'simplified_case', subjectId: e.caseId, dueAt: e.dueAt });
          }
        }
        await enqueueMessages(tx, messages, now);
        await scheduleDeadlines(tx, timers, now);
        // Collected, not written: the runner appends every entry of the batch once, after the business rows (the one lock order).
        list.forEach((p, i) => {
          journalSeal(tx, { id: p.documentId, kind: 'simp.initiation', contentHash: documents[i]!.contentHash }, signatures[i]!.id, now);
          const deadline = p.decision.state.deadline!;
          journalTransition(tx, p.decision.events, { erapFineId: p.fine.erapFineId, documentId: p.documentId, lastDay: deadline.lastDay,
            expiresAt: deadline.expiresAt.toISOString() }, now);
        });
      });
      return { stored: list, taken };
    } catch (error) {
      if (!(error instanceof TakenMeanwhile)) throw error;
      const gone = new Set(error.erapFineIds);
      taken.push(...gone);
      list = list.filter((p) => !gone.has(p.fine.erapFineId));
    }
  }
  return { stored: [], taken };
}
