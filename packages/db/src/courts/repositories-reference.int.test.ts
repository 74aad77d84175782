import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../../test/harness/databases';
import { isUniqueViolation } from '../users';
import {
  addFilingAttachment, findActivePowersOfAttorney, findCourt, findDutyPaymentByPaymentId, findDutyPaymentByReceiptCode, findFiling,
  findPowerOfAttorney, getCourtCaseDetails, getFilingDetails, insertDutyPayment, insertFilingDraft, insertPowerOfAttorneyDraft,
  listCourts, listFilingAttachments, listPowersOfAttorneyByPrincipal, listPowersOfAttorneyForTrustee, markDutyPaymentFailed,
  markDutyPaymentPaid, markPowerOfAttorneySigned, removeFilingAttachment, revokePowerOfAttorney, sumPaidDuty, updateFilingDraft,
  upsertCourt,
} from './index';
import { court, draft, signature, storedFile, t0, user } from './repositories-test-support';

// Issue 14 items 1, 5, 11 (database side): powers of attorney, duty payments, courts as reference data.

describeOnEachEngine('courts repositories: powers of attorney, duty, courts', ({ db }) => {
  it('ISSUE-14 item 11, FILE-9, SIG-8: a power of attorney is signed, found for its trustee while valid, and revoked at once (stale version refused)', async () => {
    const principal = await user(db(), 'Сенім беруші');
    const trusteeA = await user(db(), 'Сенім білдірілген А');
    const trusteeB = await user(db(), 'Сенім білдірілген Б');
    const id = randomUUID();
    await insertPowerOfAttorneyDraft(db(), { id, number: `СН-${id.slice(0, 8)}`, principalKind: 'individual', principalIinBin: principal.iin,
      principalName: 'Сенім беруші', signerUserId: principal.id, powers: ['file_claims', 'pay_duty'], validFrom: '2026-03-01',
      validUntil: '2026-12-31', summary: 'Қарыз бойынша дау', appointmentOrderFileId: null,
      trustees: [{ iin: trusteeB.iin, name: 'Сенім білдірілген Б' }, { iin: trusteeA.iin, name: 'Сенім білдірілген А' }] }, t0);
    // A draft gives no power to anyone.
    expect(await findActivePowersOfAttorney(db(), principal.iin, trusteeA.iin, '2026-03-02')).toEqual([]);
    expect(await listPowersOfAttorneyForTrustee(db(), trusteeA.iin)).toEqual([]);
    expect(await markPowerOfAttorneySigned(db(), id, 1, { signatureId: await signature(db(), principal.iin), signedAt: t0 })).toBe(true);

    const poa = (await findPowerOfAttorney(db(), id))!;
    expect(poa).toMatchObject({ status: 'active', version: 2, powers: ['file_claims', 'pay_duty'], validFrom: '2026-03-01', validUntil: '2026-12-31' });
    expect(poa.trustees.map((t) => t.iin).sort()).toEqual([trusteeA.iin, trusteeB.iin].sort());
    expect((await findActivePowersOfAttorney(db(), principal.iin, trusteeA.iin, '2026-03-02')).map((p) => p.id)).toEqual([id]);
    // Outside its dates, or for someone not named, there is none.
    expect(await findActivePowersOfAttorney(db(), principal.iin, trusteeA.iin, '2027-01-01')).toEqual([]);
    expect(await findActivePowersOfAttorney(db(), principal.iin, principal.iin, '2026-03-02')).toEqual([]);
    expect((await listPowersOfAttorneyForTrustee(db(), trusteeB.iin)).map((p) => p.id)).toEqual([id]);
    expect((await listPowersOfAttorneyByPrincipal(db(), principal.iin)).map((p) => p.id)).toEqual([id]);

    // Revocation on a stale version is refused; on the current one it takes effect at once.
    expect(await revokePowerOfAttorney(db(), id, 1, t0)).toBe(false);
    const revokedAt = new Date(t0.getTime() + 3_600_000);
    expect(await db().transaction(async (tx) => {
      const locked = (await findPowerOfAttorney(tx, id, { lock: true }))!;
      return revokePowerOfAttorney(tx, id, locked.version, revokedAt);
    })).toBe(true);
    expect(await findActivePowersOfAttorney(db(), principal.iin, trusteeA.iin, '2026-03-02')).toEqual([]);
    const revoked = (await findPowerOfAttorney(db(), id))!;
    expect(revoked).toMatchObject({ status: 'revoked', version: 3 });
    expect(revoked.revokedAt?.toISOString()).toBe(revokedAt.toISOString());
    // Revoked cannot be revoked or re-signed.
    expect(await revokePowerOfAttorney(db(), id, 3, revokedAt)).toBe(false);
    expect(await markPowerOfAttorneySigned(db(), id, 3, { signatureId: await signature(db(), principal.iin), signedAt: t0 })).toBe(false);
    // The trustee still sees it (revoked) under their powers.
    expect((await listPowersOfAttorneyForTrustee(db(), trusteeA.iin)).map((p) => p.status)).toEqual(['revoked']);
  });

  it('ISSUE-14 item 5, FILE-4, FILE-8: duty payments are found by gateway id and receipt code, settled once, and summed when paid', async () => {
    const courtId = await court(db(), 'court-a-9', '7109');
    const applicant = await user(db(), 'Төлеуші');
    const d = draft(courtId, applicant);
    await insertFilingDraft(db(), d, t0);
    const online = randomUUID();
    const receipt = randomUUID();
    const failed = randomUUID();
    const code = `RC-${randomUUID().slice(0, 8)}`;
    const paymentId = `PAY-${randomUUID()}`;
    await insertDutyPayment(db(), { id: online, filingId: d.id, method: 'online', paymentId, receiptCode: null, amountTiyn: 1_000_000, receiptFileId: null }, t0);
    const scan = await storedFile(db(), applicant.id, 'чек.pdf');
    await insertDutyPayment(db(), { id: receipt, filingId: d.id, method: 'receipt', paymentId: null, receiptCode: code, amountTiyn: 500_000,
      receiptFileId: scan }, new Date(t0.getTime() + 1000));
    await insertDutyPayment(db(), { id: failed, filingId: d.id, method: 'online', paymentId: `${paymentId}-2`, receiptCode: null, amountTiyn: 700_000,
      receiptFileId: null }, new Date(t0.getTime() + 2000));
    // A receipt code pays once.
    await expect(insertDutyPayment(db(), { id: randomUUID(), filingId: d.id, method: 'receipt', paymentId: null, receiptCode: code, amountTiyn: 500_000,
      receiptFileId: null }, t0)).rejects.toSatisfy(isUniqueViolation);
    expect(await sumPaidDuty(db(), d.id)).toBe(0);
    const gatewayReceipt = await storedFile(db(), null, 'квитанция.pdf');
    expect(await markDutyPaymentPaid(db(), online, { paidAt: t0, receiptFileId: gatewayReceipt })).toBe(true);
    expect(await markDutyPaymentPaid(db(), online, { paidAt: t0 })).toBe(false);
    expect(await markDutyPaymentPaid(db(), receipt, { paidAt: t0 })).toBe(true);
    expect(await markDutyPaymentFailed(db(), failed)).toBe(true);
    expect(await markDutyPaymentPaid(db(), failed, { paidAt: t0 })).toBe(false);
    expect(await sumPaidDuty(db(), d.id)).toBe(1_500_000);
    expect(await findDutyPaymentByPaymentId(db(), paymentId)).toMatchObject({ id: online, status: 'paid', receiptFileId: gatewayReceipt });
    expect(await findDutyPaymentByReceiptCode(db(), code)).toMatchObject({ id: receipt, method: 'receipt', receiptFileId: scan });
    expect((await getFilingDetails(db(), d.id))!.dutyPayments.map((p) => p.status)).toEqual(['paid', 'paid', 'failed']);
  });

  it('ISSUE-14 item 1: courts are reference data with hours and address; attachments can be removed; bad codes are refused by the schema', async () => {
    const courtId = await court(db(), 'court-a-10', '7110', 'Asia/Atyrau');
    const found = (await findCourt(db(), courtId))!;
    expect(found).toMatchObject({ code: '7110', level: 'district', instances: ['first'], forms: ['civil', 'administrative'], timeZone: 'Asia/Atyrau',
      workdayStart: '09:00', workdayEnd: '18:30', lunchStart: '13:00', lunchEnd: '14:30', address: { kk: 'Мекенжай', ru: 'Адрес' },
      cardMarginLeftMm: 10, cardMarginTopMm: 10 });
    expect((await listCourts(db())).map((c) => c.id)).toContain(courtId);
    // Updating a court keeps one row.
    expect(await upsertCourt(db(), { organisationId: courtId, code: '7110', level: 'district', instances: ['first'], forms: ['civil'],
      workdayStart: '09:00', workdayEnd: '18:00', lunchStart: null, lunchEnd: null, address: { kk: 'Жаңа', ru: 'Новый' }, phone: null, email: null }))
      .toBe(false);
    expect(await findCourt(db(), courtId)).toMatchObject({ forms: ['civil'], workdayEnd: '18:00', lunchStart: null });
    await expect(upsertCourt(db(), { organisationId: courtId, code: '7110', level: 'district', instances: ['supreme' as 'first'], forms: ['civil'],
      workdayStart: '09:00', workdayEnd: '18:00', lunchStart: null, lunchEnd: null, address: { kk: 'А', ru: 'А' }, phone: null, email: null }))
      .rejects.toMatchObject({ code: '23514' });
    await expect(upsertCourt(db(), { organisationId: courtId, code: '7110', level: 'district', instances: ['first'], forms: ['civil'],
      workdayStart: '19:00', workdayEnd: '18:00', lunchStart: null, lunchEnd: null, address: { kk: 'А', ru: 'А' }, phone: null, email: null }))
      .rejects.toMatchObject({ code: '23514' });

    const applicant = await user(db(), 'Тіркеуші');
    const d = draft(courtId, applicant);
    await insertFilingDraft(db(), d, t0);
    await expect(updateFilingDraft(db(), d.id, 1, { form: 'family' as 'civil' }, t0)).rejects.toMatchObject({ code: '23514' });
    const file = await storedFile(db(), applicant.id);
    await addFilingAttachment(db(), { filingId: d.id, position: 1, title: 'Қолхат', fileId: file });
    expect(await removeFilingAttachment(db(), d.id, 1)).toBe(true);
    expect(await removeFilingAttachment(db(), d.id, 1)).toBe(false);
    expect(await listFilingAttachments(db(), d.id)).toEqual([]);
    // A malformed id is "not found", not an error.
    expect(await findFiling(db(), 'not-a-uuid')).toBeNull();
    expect(await getCourtCaseDetails(db(), randomUUID())).toBeNull();
  });
});
