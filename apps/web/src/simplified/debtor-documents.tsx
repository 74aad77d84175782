import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { simplified } from '@oryndau/domain';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n/ui-language.ts';
import type { DebtorView, SimplifiedDocument } from './simplified-types.ts';

/**
 * SIMP-2, SIMP-4: the system's signed resolutions, each as a PDF in the
 * page's language, the signed original and its signature (for any ЭЦП
 * checker), and the public signature check.
 */
export function DebtorDocuments({ documents, language }: { documents: readonly SimplifiedDocument[]; language: UiLanguage }) {
  const { t } = useTranslation();
  if (documents.length === 0) return null;
  return (
    <section className="simp-card" aria-labelledby="simp-documents">
      <h2 id="simp-documents" className="simp-heading">{t('simp.debtor.documents')}</h2>
      <ul className="simp-documents">
        {documents.map((document) => (
          <li key={document.documentId} className="simp-document" data-testid="simp-document" data-kind={document.kind}>
            <span className="simp-document__title">{document.title[language]}</span>
            <Button
              href={`${document.url}?lang=${language}`}
              download
              size="large"
              block
              icon={<DownloadOutlined />}
              className="simp-tap"
              data-testid="simp-document-download"
              data-kind={document.kind}
            >
              {t('simp.debtor.download')}
            </Button>
            <a href={document.verifyUrl} target="_blank" rel="noopener" className="simp-verify" data-testid="simp-document-verify">
              <SafetyCertificateOutlined aria-hidden /> {t('simp.debtor.verify')}
            </a>
            <span className="simp-originals">
              <a href={`${document.url}?format=signed`} download data-testid="simp-document-signed">{t('simp.debtor.signedOriginal')}</a>
              {' · '}
              <a href={`${document.url}?format=p7s`} download data-testid="simp-document-p7s">{t('simp.debtor.signatureFile')}</a>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The fine's decision and whose case it is; the IIN only masked. */
export function DebtorDecision({ view, decisionDate, caseOpenedOn }: { view: DebtorView; decisionDate: string; caseOpenedOn: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'ru' ? 'ru' : 'kk';
  return (
    <section className="simp-card" aria-labelledby="simp-decision">
      <h2 id="simp-decision" className="simp-heading">{t('simp.debtor.decision')}</h2>
      <dl className="simp-facts" data-testid="simp-decision">
        <dt>{t('simp.debtor.decisionNumber')}</dt>
        <dd data-testid="simp-decision-number">{view.decision.number}</dd>
        <dt>{t('simp.debtor.decisionDate')}</dt>
        <dd>{decisionDate}</dd>
        <dt>{t('simp.debtor.article')}</dt>
        <dd>{simplified.articleText(view.decision.article, language)}</dd>
        <dt>{t('simp.debtor.issuingBody')}</dt>
        <dd>{view.decision.issuingBody}</dd>
        <dt>{t('simp.debtor.caseOpenedOn')}</dt>
        <dd>{caseOpenedOn}</dd>
        <dt>{t('simp.debtor.debtor')}</dt>
        <dd>{view.debtorName}</dd>
        <dt>{t('simp.debtor.iin')}</dt>
        <dd>{view.debtorIinMasked}</dd>
      </dl>
    </section>
  );
}
