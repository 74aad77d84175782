import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../i18n/ui-language.ts';
import { signatureReasons } from './signing-problem.ts';
import type { SigningProblem } from './signing-problem.ts';

/** A signing failure in the user's language: the server's own text and kk/ru reasons, or ours. */
export function SigningProblemAlert({ problem }: { problem: SigningProblem }) {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'kk';
  switch (problem.kind) {
    case 'api': {
      const reasons = signatureReasons(problem.error);
      return (
        <Alert
          type="error"
          showIcon
          data-testid="signing-error"
          data-code={problem.error.code}
          title={problem.error.code === 'signing.signature_invalid' ? t('esign.rejected') : problem.error.message}
          description={problem.error.code === 'signing.signature_invalid' ? (
            <>
              {reasons.length === 0 && <div>{problem.error.message}</div>}
              {reasons.length > 0 && (
                <ul className="esign__reasons" data-testid="signing-reasons">
                  {reasons.map((reason) => <li key={reason.code} data-code={reason.code}>{reason[language]}</li>)}
                </ul>
              )}
            </>
          ) : undefined}
        />
      );
    }
    case 'ncalayer':
      if (problem.error.kind === 'cancelled') {
        return <Alert type="info" showIcon data-testid="signing-error" data-code="ncalayer.cancelled" title={t('esign.ncalayer.cancelled')} />;
      }
      if (problem.error.kind === 'unavailable') {
        return <Alert type="warning" showIcon data-testid="signing-error" data-code="ncalayer.unavailable" title={t('esign.ncalayer.absentTitle')} />;
      }
      return (
        <Alert type="error" showIcon data-testid="signing-error" data-code="ncalayer.failed"
          title={t('esign.ncalayer.failed', { message: problem.error.message })} />
      );
    case 'key':
      return (
        <Alert type="error" showIcon data-testid="signing-error" data-code={`key.${problem.error.kind}`}
          title={t(`esign.keyError.${problem.error.kind}`)} />
      );
  }
}
