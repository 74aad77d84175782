import { describe, expect, it } from 'vitest';
import { daysBetween, isValidBin, isValidIin } from '@oryndau/kz';
import { buildIin } from '../sim/iin';
import { simulatedPerson } from '../sim/people';
import { encodeWritCard, writCardSchema, type WritParty } from './writ';
import { simulatedWritCard } from './writ-factory';

const NOW = new Date('2026-03-02T06:00:00Z');
const TODAY = '2026-03-02';
const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

function expectValidIdentifier(party: WritParty): void {
  if (party.kind === 'individual') expect(isValidIin(party.identifier), party.identifier).toBe(true);
  else expect(isValidBin(party.identifier), party.identifier).toBe(true);
}

describe('simulated writ cards', () => {
  it('ENF-11: every card fits the signed contract, with valid IINs and BINs', () => {
    for (const category of ['citizens', 'legal_entities', 'alimony']) {
      for (const seed of seeds) {
        const card = simulatedWritCard(seed, { categoryCode: category }, NOW);
        expect(writCardSchema.parse(card)).toEqual(card);
        expect(card.categoryCode).toBe(category);
        for (const party of [...card.debtors, ...card.claimants]) expectValidIdentifier(party);
        expect(isValidIin(card.judge.iin)).toBe(true);
        expect(isValidIin(card.secretary.iin)).toBe(true);
        expect(card.claimants[0]?.kind).toBe(category === 'legal_entities' ? 'legal_entity' : 'individual');
      }
    }
  });

  it('ENF-11: defaults read like a writ of the Esil court against a Zhambyl debtor', () => {
    const card = simulatedWritCard(123, {}, NOW);
    expect(card).toMatchObject({
      externalId: 'EAIAS-2026-000123',
      documentType: 'writ_of_execution',
      categoryCode: 'citizens',
      currency: 'KZT',
      solidaryLiability: false,
      court: { id: 'court-astana-esil', nameKk: 'Астана қаласы Есіл аудандық соты', nameRu: 'Есильский районный суд города Астаны' },
      judge: { iin: '710830300000', fullName: 'Қасымов Бауыржан Әбілұлы' },
      secretary: { iin: '950101400002', fullName: 'Тоқтарова Аружан Маратқызы' },
    });
    expect(card.caseNumber).toMatch(/^7194-26-00-2\/\d{1,4}$/);
    expect(card.writNumber).toBe(`2-${card.caseNumber.split('/')[1]}/2026`);
    expect(card.amount).toMatch(/^\d+\.\d{2}$/);
    expect(card.claimEssence).toMatch(/^Взыскание /);
    expect(card.debtors).toHaveLength(1);
    expect(card.claimants).toHaveLength(1);
    const debtor = card.debtors[0];
    expect(debtor).toMatchObject({ kind: 'individual', regionKato: '310000000' });
    // The debtor is a person the ГБД ФЛ simulator knows, under the same name and address.
    const person = simulatedPerson(debtor?.identifier ?? '');
    expect(person).not.toBeNull();
    expect(debtor?.name).toContain(person?.surname);
    expect(debtor?.address).toBe(person?.registeredAddress.full.ru);
  });

  it('ENF-11: the issue date is a few days back and the entry into force lies between it and now', () => {
    for (const seed of seeds) {
      const card = simulatedWritCard(seed, {}, NOW);
      const back = daysBetween(card.issueDate, TODAY);
      expect(back).toBeGreaterThanOrEqual(3);
      expect(back).toBeLessThanOrEqual(10);
      expect(daysBetween(card.issueDate, card.entryIntoForceDate)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(card.entryIntoForceDate, TODAY)).toBeGreaterThanOrEqual(0);
    }
  });

  it('ENF-11: the same seed gives the same card (and the same signed bytes); other seeds differ', () => {
    expect(simulatedWritCard(7, {}, NOW)).toEqual(simulatedWritCard(7, {}, NOW));
    expect(encodeWritCard(simulatedWritCard(7, {}, NOW))).toEqual(encodeWritCard(simulatedWritCard(7, {}, NOW)));
    const cards = seeds.map((seed) => simulatedWritCard(seed, {}, NOW));
    // The intake deduplicates on these, so distinct seeds must never collide.
    expect(new Set(cards.map((c) => c.externalId)).size).toBe(seeds.length);
    expect(new Set(cards.map((c) => c.writNumber)).size).toBe(seeds.length);
    expect(new Set(cards.map((c) => c.debtors[0]?.identifier)).size).toBeGreaterThan(seeds.length - 3);
  });

  it('ENF-11: overrides replace fields; debtorIdentifier picks the debtor', () => {
    const court = { id: 'court-taraz', nameKk: 'Жамбыл облысы Тараз қалалық соты', nameRu: 'Таразский городской суд Жамбылской области' };
    const debtorIin = simulatedWritCard(99, {}, NOW).debtors[0]?.identifier ?? '';
    const card = simulatedWritCard(5, { amount: '777000.50', court, externalId: 'EAIAS-X', solidaryLiability: true, debtorIdentifier: debtorIin }, NOW);
    expect(card).toMatchObject({ amount: '777000.50', court, externalId: 'EAIAS-X', solidaryLiability: true });
    expect(card.caseNumber).toMatch(/^3110-26-00-2\//);
    expect(card.debtors[0]?.identifier).toBe(debtorIin);
    expect(card.debtors[0]?.name).toBe(simulatedWritCard(99, {}, NOW).debtors[0]?.name);
    expect(writCardSchema.safeParse(card).success).toBe(true);

    const claimants: WritParty[] = [{ kind: 'legal_entity', identifier: '080140000007', name: 'Суд', regionKato: '710000000' }];
    const withClaimants = simulatedWritCard(5, { claimants, subcategory: undefined }, NOW);
    expect(withClaimants.claimants).toEqual(claimants);
    // An undefined override keeps the generated value instead of blanking it.
    expect(withClaimants.externalId).toBe(simulatedWritCard(5, {}, NOW).externalId);
  });

  it('ENF-11: a debtor ГБД ФЛ does not know, or registered elsewhere, still gets a name and a Zhambyl address', () => {
    const iins = Array.from({ length: 400 }, (_, i) => buildIin({ year: 1980, month: 1 + (i % 12), day: 1 + (i % 28), sex: 'male', serial: i }))
      .filter((iin): iin is string => iin !== null);
    const absent = iins.find((iin) => simulatedPerson(iin) === null);
    const elsewhere = iins.find((iin) => {
      const person = simulatedPerson(iin);
      return person !== null && person.registeredAddress.regionCode !== '310000000';
    });
    for (const iin of [absent, elsewhere]) {
      expect(iin).toBeDefined();
      const card = simulatedWritCard(1, { debtorIdentifier: iin }, NOW);
      expect(card.debtors[0]).toMatchObject({ identifier: iin, regionKato: '310000000' });
      expect(card.debtors[0]?.address).toMatch(/^Жамбылская область, г\. Тараз, /);
      expect(writCardSchema.safeParse(card).success).toBe(true);
    }
  });
});
