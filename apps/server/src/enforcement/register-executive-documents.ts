import { randomUUID } from 'node:crypto';
import type { JournalRecord, Tx } from '@oryndau/db';
import {
  insertExecutiveDocuments, insertFirstDistributionDecisions, insertOpenTasks, insertPartiesOfMany, insertProceedings, takeRegistrationSequences,
} from '@oryndau/db';
import {
  DomainError, ErrorCode, distribution, formatRegistrationNumber, initiationDueDate, registrationYearOf, validateExecutiveDocumentCard,
} from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import { loadCandidates, withNames, type NamedCandidate } from './distribution-store';
import { ENFORCEMENT_TIME_ZONE, executiveDocumentRow, type Registration, type RegistrationInput } from './register-executive-document';
import { loadWorkingCalendar } from './store';

/** One registration of a chunk: what registerExecutiveDocument returns, and its `enforcement.registered` entry (the caller journals it in its place). */
export type ChunkRegistration = Registration & { journal: Omit<JournalRecord, 'actor' | 'at'> };

/**
 * ENF-1, ENF-12 for a chunk of documents (issue 18 item 4: the expiry of a
 * chunk of simplified cases): the same rows, numbers and distribution as
 * registerExecutiveDocument called once per input in the order given — but
 * each kind of row written in one statement. Per department (in code order,
 * the one order every chunk takes the counters in), its documents take the
 * next gap-free numbers in input order from one counter update; the
 * distribution decides them one after another from the counters read once,
 * moving the in-memory loads as the stored counters would move (a load and
 * a recent assignment for the chosen bailiff), so each choice — tie-breaks
 * included — is the one the one-by-one path would make; the counters then
 * move in one statement, in bailiff-id order, in this transaction.
 */
export async function registerExecutiveDocuments(tx: Tx, inputs: readonly RegistrationInput[], now: Date): Promise<ChunkRegistration[]> {
  const zone = ENFORCEMENT_TIME_ZONE;
  const registrationDate = localDateOf(now, zone);
  const year = registrationYearOf(now, zone);
  const cards = inputs.map((input) => {
    const validation = validateExecutiveDocumentCard({
      ...input, registrationDate, exchangeRate: input.exchangeRate, exchangeRateDate: input.exchangeRateDate,
      parties: input.parties.map((p) => ({ role: p.role, kind: p.kind, identifier: p.identifier, name: p.name, regionKato: p.regionKato,
        districtKato: p.districtKato })),
    } as Parameters<typeof validateExecutiveDocumentCard>[0]);
    if (!validation.ok) throw new DomainError(ErrorCode.cardInvalid, { fields: validation.errors });
    return validation.card;
  });
  const debtorOf = (i: number) => inputs[i]!.parties.find((p) => p.role === 'debtor')!;
  // Every read before the first counter is locked (as the one-by-one path does).
  const regions = [...new Set(inputs.map((_, i) => debtorOf(i).regionKato))].sort();
  const candidatesOf = new Map<string, NamedCandidate[]>();
  for (const region of regions) candidatesOf.set(region, await loadCandidates(tx, now, region));
  const calendar = await loadWorkingCalendar(tx);
  const dueDate = initiationDueDate(now, zone, calendar);

  const byDepartment = new Map<string, number[]>();
  inputs.forEach((_, i) => {
    const code = debtorOf(i).regionKato;
    byDepartment.set(code, [...(byDepartment.get(code) ?? []), i]);
  });
  const numbers = new Array<string>(inputs.length);
  for (const code of [...byDepartment.keys()].sort((a, b) => Number(a) - Number(b))) {
    const members = byDepartment.get(code)!;
    const first = await takeRegistrationSequences(tx, Number(code), year, members.length);
    members.forEach((i, k) => {
      numbers[i] = formatRegistrationNumber({ departmentCode: Number(code), year, sequence: first + k });
    });
  }

  const ids = inputs.map(() => ({ documentId: randomUUID(), proceedingId: randomUUID() }));
  await insertExecutiveDocuments(tx, inputs.map((input, i) => {
    const card = cards[i]!;
    return executiveDocumentRow(input, card, { id: ids[i]!.documentId, registrationNumber: numbers[i]!, registrationDate,
      departmentCode: debtorOf(i).regionKato }, now);
  }));
  await insertProceedings(tx, inputs.map((_, i) => {
    const debtor = debtorOf(i);
    const card = cards[i]!;
    return { id: ids[i]!.proceedingId, executiveDocumentId: ids[i]!.documentId, registrationNumber: numbers[i]!, departmentCode: debtor.regionKato,
      regionKato: debtor.regionKato, timeZone: zone, categoryCode: card.categoryCode, amountTiyn: String(card.amountTiyn), debtorName: debtor.name.trim(),
      debtorIdentifier: debtor.identifier, registeredAt: now, nextDueDate: dueDate };
  }));
  await insertPartiesOfMany(tx, inputs.map((input, i) => ({ proceedingId: ids[i]!.proceedingId, parties: input.parties.map((party) => ({
    id: randomUUID(), role: party.role, kind: party.kind, identifier: party.identifier, name: party.name.trim(), address: party.address ?? null,
    regionKato: party.regionKato, districtKato: party.districtKato ?? null })) })));
  await insertOpenTasks(tx, ids.map((id) => ({ proceedingId: id.proceedingId, kind: 'initiation' as const, dueDate })), now);

  // The decisions, one after another in input order, each from the loads as the ones before it left them.
  const decisions = inputs.map((_, i) => {
    const debtor = debtorOf(i);
    const candidates = candidatesOf.get(debtor.regionKato)!;
    const decision = withNames(distribution.distribute(
      { id: ids[i]!.proceedingId, category: cards[i]!.categoryCode, debtorRegion: debtor.regionKato, ...(debtor.districtKato ? { debtorDistrict: debtor.districtKato } : {}) },
      candidates, distribution.DEFAULT_RULES, now), candidates);
    if (decision.chosen !== null) {
      const at = candidates.findIndex((c) => c.id === decision.chosen);
      const chosen = candidates[at]!;
      const load = distribution.loadDeltas({ status: 'registered', bailiffId: null }, { status: 'registered', bailiffId: chosen.id })
        .reduce((sum, d) => sum + d.delta, 0);
      // Decided now, so inside the recent window: one more recent assignment (bailiff_assignment_days of today).
      candidates[at] = { ...chosen, load: chosen.load + load, recentAssignments: chosen.recentAssignments + 1 };
    }
    return decision;
  });
  await insertFirstDistributionDecisions(tx, decisions.map((decision, i) => ({ id: randomUUID(), proceedingId: ids[i]!.proceedingId, decision })));

  return inputs.map((input, i) => {
    const decision = decisions[i]!;
    const chosen = candidatesOf.get(debtorOf(i).regionKato)!.find((c) => c.id === decision.chosen) ?? null;
    return {
      proceedingId: ids[i]!.proceedingId, registrationNumber: numbers[i]!, registrationDate, bailiffId: chosen?.id ?? null,
      bailiffName: chosen?.fullName ?? null, reason: { kk: decision.reason.kk, ru: decision.reason.ru },
      journal: { action: 'enforcement.registered', objectType: 'proceeding', objectId: ids[i]!.proceedingId,
        details: { registrationNumber: numbers[i]!, source: input.source, externalId: input.externalId ?? null, bailiffId: decision.chosen,
          reason: decision.reason.code, ruleId: decision.ruleApplied?.id ?? null } },
    };
  });
}
