import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n/ui-language.ts';
import type { DebtorModel } from './debtor-model.ts';
import { durationParts, formatDuration } from './time-left.ts';
import type { TimeLeft } from './time-left.ts';

type Props = {
  model: DebtorModel;
  left: TimeLeft | null;
  language: UiLanguage;
  statusRef: Ref<HTMLParagraphElement>;
};

/** SIMP-3…SIMP-6: where the case stands, what it costs and how long is left — the first screen of a phone. */
export function DebtorSummary({ model, left, language, statusRef }: Props) {
  const { t } = useTranslation();
  const timeText = left === null ? null : left.expired
    ? t('simp.debtor.timeUp')
    : t('simp.debtor.timeLeft', { time: formatDuration(durationParts(left), language, (key, count) => t(key, { count })) });

  return (
    <section className="simp-card simp-summary" data-tone={model.tone} aria-labelledby="simp-status">
      <p className="simp-label">{t('simp.debtor.status')}</p>
      <p id="simp-status" className="simp-status" data-testid="simp-status" data-tone={model.tone} tabIndex={-1} ref={statusRef}>
        {model.statusText}
      </p>
      {model.note !== null && <p className="simp-note" data-testid="simp-note">{t(`simp.debtor.${model.note}`)}</p>}
      {model.wentToOrdinary && <p className="simp-note" data-testid="simp-to-ordinary">{t('simp.debtor.toOrdinary')}</p>}
      {model.registrationNumber !== null && (
        <dl className="simp-facts">
          <dt>{t('simp.debtor.registrationNumber')}</dt>
          <dd data-testid="simp-registration-number">{model.registrationNumber}</dd>
        </dl>
      )}

      <p className="simp-label">{t('simp.debtor.amount')}</p>
      <p className="simp-amount" data-testid="simp-amount">{model.amount}</p>
      {model.partlyPaid !== null && (
        <dl className="simp-facts simp-facts--inline">
          <dt>{t('simp.debtor.paid')}</dt>
          <dd data-testid="simp-paid">{model.partlyPaid.paid}</dd>
          <dt>{t('simp.debtor.due')}</dt>
          <dd data-testid="simp-due">{model.partlyPaid.due}</dd>
        </dl>
      )}

      {model.open && (
        <div className="simp-deadline">
          <p className="simp-label">
            {t('simp.debtor.lastDay')}: <strong data-testid="simp-last-day">{model.lastDay}</strong>
          </p>
          {timeText !== null && (
            <p className="simp-time-left" data-testid="simp-time-left" data-expired={String(left?.expired ?? false)} role="timer">
              {timeText}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
