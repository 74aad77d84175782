import { randomInt } from 'node:crypto';
import { findInitiationSmsBody } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import { isValidIin, localDateOf } from '@oryndau/kz';
import type { AppDeps, ZodApp } from '../app';
import { devFineBody, devFineResponse, errorResponses } from '@oryndau/contracts';
import { intakeFine, type IntakeDeps } from './intake-fine';

/** A random valid IIN of a person born 1975–1999 (dev only). */
function randomIin(): string {
  for (;;) {
    const yy = String(75 + randomInt(25)).padStart(2, '0');
    const mm = String(1 + randomInt(12)).padStart(2, '0');
    const dd = String(1 + randomInt(28)).padStart(2, '0');
    const candidate = `${yy}${mm}${dd}${3 + randomInt(2)}${String(randomInt(10_000)).padStart(4, '0')}${randomInt(10)}`;
    if (isValidIin(candidate)) return candidate;
  }
}

/**
 * Dev only: a fine as ЕРАП would send it, through the real intake, and the
 * SMS link the debtor got (read back from the outbox) — so the debtor's page
 * can be tried in a browser without a phone. Debtors without a phone in the
 * simulated mobile-citizens base are skipped. The case-opening date and the
 * territory are picked inside the configured pilot.
 */
export function registerDevFineRoute(app: ZodApp, deps: AppDeps, intake: IntakeDeps): void {
  app.post('/api/dev/simplified/fine', {
    schema: { tags: ['dev'], summary: 'Dev: take in a simulated ЕРАП fine and return the debtor\'s SMS link',
      body: devFineBody,
      response: { 200: devFineResponse, ...errorResponses } },
  }, async (request) => {
    const now = deps.clock.now();
    // Inside the configured pilot: with the defaults (Taraz, cases opened until
    // 31 Dec 2024) the fine is an old one from Taraz, as the pilot's would be.
    const { period, territories } = deps.config.simplified;
    const recent = localDateOf(new Date(now.getTime() - 10 * 86_400_000), 'Asia/Almaty');
    const opened = period.until !== null && period.until < recent ? period.until : recent;
    const territoryKato = territories === 'nationwide' ? '311000000' : territories[0] ?? '311000000';
    for (let attempt = 0; attempt < 20; attempt += 1) {
      // ISSUE-13 item 10: exactly one fine per press — a random debtor without a phone is skipped BEFORE the
      // intake (which would otherwise register an executive document for them, a second, unseen fine).
      const given = request.body?.debtorIin;
      const debtorIin = given ?? randomIin();
      // A given IIN, even a malformed one, goes to the intake, which refuses it with a clear 4xx.
      if (given === undefined && (await intake.mobileCitizens().getPhoneByIin(debtorIin).catch(() => ({ phone: null }))).phone === null) continue;
      const erapFineId = `DEV-${now.getTime().toString(36).toUpperCase()}-${randomInt(1_000_000)}`;
      const outcome = await intakeFine(intake, {
        erapFineId, debtorIin, debtorName: 'Жақсыбеков Арман Серікұлы',
        amountTiyn: request.body?.amountTiyn ?? 2_000_000, caseOpenedOn: opened, territoryKato,
        decision: { number: `АП-${erapFineId}`, date: opened, article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'Управление полиции г. Тараз' },
      });
      if (outcome.outcome === 'initiated') {
        const body = (await findInitiationSmsBody(deps.db, outcome.caseId)) ?? '';
        const link = /(https?:\/\/\S+\/s\/[A-Za-z0-9_-]{20})/.exec(body)?.[1];
        if (!link) throw new DomainError(ErrorCode.internal, { reason: 'no SMS link' });
        return { caseId: outcome.caseId, erapFineId, link, sms: body };
      }
      throw new DomainError(ErrorCode.conflict, { outcome: outcome.outcome, reasons: outcome.reasons.map((r) => r.text.ru).join('; ') });
    }
    throw new DomainError(ErrorCode.externalUnavailable, { system: 'mobile-citizens' });
  });
}
