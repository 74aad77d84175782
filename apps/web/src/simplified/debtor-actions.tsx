import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebtorModel } from './debtor-model.ts';

type Props = {
  model: DebtorModel;
  confirming: boolean;
  busy: 'pay' | 'disagree' | null;
  onPay: () => void;
  onDisagree: () => void;
  onConfirm: () => void;
  onBack: () => void;
};

/**
 * SIMP-3: «Төлеу / Оплатить» first and largest; SIMP-6: «Келіспеймін / Не
 * согласен» opens a step that says in plain words what disagreeing costs
 * before anything is sent.
 */
export function DebtorActions({ model, confirming, busy, onPay, onDisagree, onConfirm, onBack }: Props) {
  const { t } = useTranslation();
  if (!model.canPay && !model.canDisagree) return null;
  if (confirming) return <DisagreeStep lastDay={model.lastDay} busy={busy === 'disagree'} onConfirm={onConfirm} onBack={onBack} />;
  return (
    <section className="simp-card simp-actions">
      {model.canPay && (
        <>
          <Button type="primary" size="large" block className="simp-tap" data-testid="simp-pay" loading={busy === 'pay'} disabled={busy !== null && busy !== 'pay'} onClick={onPay}>
            {t('simp.debtor.pay')}
          </Button>
          <p className="simp-hint">{t('simp.debtor.payHint', { lastDay: model.lastDay })}</p>
        </>
      )}
      {model.canDisagree && (
        <Button size="large" block className="simp-tap" data-testid="simp-disagree" disabled={busy !== null} onClick={onDisagree}>
          {t('simp.debtor.disagree')}
        </Button>
      )}
    </section>
  );
}

function DisagreeStep({ lastDay, busy, onConfirm, onBack }: { lastDay: string; busy: boolean; onConfirm: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The step replaces the buttons: move the reader (and a screen reader) to its first words.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <section className="simp-card simp-confirm" data-testid="simp-disagree-step" aria-labelledby="simp-confirm-title">
      <h2 id="simp-confirm-title" className="simp-heading" tabIndex={-1} ref={heading}>
        <ExclamationCircleOutlined aria-hidden className="simp-confirm__icon" /> {t('simp.debtor.confirmTitle')}
      </h2>
      <p><strong>{t('simp.debtor.confirmCancels')}</strong></p>
      <p>{t('simp.debtor.confirmOrdinary')}</p>
      <p>{t('simp.debtor.confirmPayInstead', { lastDay })}</p>
      <p className="simp-hint">{t('simp.debtor.confirmAppeal')}</p>
      <div className="simp-confirm__buttons">
        <Button danger size="large" block className="simp-tap" data-testid="simp-disagree-confirm" loading={busy} onClick={onConfirm}>
          {t('simp.debtor.confirm')}
        </Button>
        <Button type="primary" size="large" block className="simp-tap" data-testid="simp-disagree-back" disabled={busy} onClick={onBack}>
          {t('simp.debtor.back')}
        </Button>
      </div>
    </section>
  );
}
