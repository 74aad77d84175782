import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { simplified } from '@oryndau/domain';
import { Descriptions, Space, Tabs, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { verifyPageUrl } from '../../api/api.ts';
import { documentContentUrl } from '../../api/enforcement-api.ts';
import type { Party, ProceedingCard, Reference } from '../../api/enforcement-types.ts';
import { formatDay } from '../../format/day.ts';
import { formatTiyn, parseAmount } from '../../format/money.ts';
import type { UiLanguage } from '../../i18n/ui-language.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { DistributionPanel } from './distribution-panel.tsx';
import { SimplifiedOriginPanel } from './simplified-origin.tsx';

type Props = { card: ProceedingCard; reference: Reference };

const names = (parties: Party[], role: Party['role']) => parties.filter((p) => p.role === role).map((p) => p.name).join('; ') || '—';

function nameOf(list: { code: string; name: { kk: string; ru: string } }[], code: string | undefined, language: UiLanguage): string {
  if (code === undefined || code === '') return '—';
  return list.find((entry) => entry.code === code)?.name[language] ?? code;
}

const yesNo = (t: TFunction, value: boolean) => (value ? t('enf.yes') : t('enf.no'));
const text = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

/** ENF-1/ENF-10 «Исполнительный документ»: where an ЕРАП fine came from (SIMP-5, SIMP-6), «Общая карточка» and every field of the document, then «Распределение». */
export function ExecutiveDocumentTab({ card, reference }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const doc = card.executiveDocument;
  const day = (value: string | undefined) => formatDay(value ?? null, card.timeZone);
  const category = nameOf(reference.categories, doc.categoryCode, language);
  // ISSUE-13 item 3: the document's amount written like every amount («1 058 000,00 ₸»), not «1058000.00 KZT».
  const minor = parseAmount(doc.amount);
  const amount = <span className="amount">{minor === null ? doc.amount : formatTiyn(minor.toString(), doc.currency)}</span>;
  const inTenge = <span className="amount" data-testid="doc-amount-tenge">{formatTiyn(doc.amountTiyn)}</span>;
  const arrival = t(`enf.doc.arrival.${doc.arrivalOrder}`);
  // ISSUE-13 item 1: the Kazakh name beside the Russian one, «—» when the source gave none.
  const issuingBodyKk = <span lang="kk">{text(doc.issuingBodyKk)}</span>;

  const summary: DescriptionsProps['items'] = [
    { key: 'category', label: t('enf.doc.category'), children: category },
    { key: 'subcategory', label: t('enf.doc.subcategory'), children: text(doc.subcategory) },
    { key: 'essence', label: t('enf.doc.claimEssence'), children: simplified.localizeClaimEssence(doc.claimEssence, language) },
    { key: 'issueDate', label: t('enf.doc.issueDate'), children: day(doc.issueDate) },
    { key: 'force', label: t('enf.doc.entryIntoForceDate'), children: day(doc.entryIntoForceDate) },
    { key: 'number', label: t('enf.doc.documentNumber'), children: doc.documentNumber },
    { key: 'body', label: t('enf.doc.issuingBody'), children: doc.issuingBody },
    { key: 'bodyKk', label: t('kkName.issuingBodyKk'), children: issuingBodyKk },
    { key: 'arrival', label: t('enf.doc.arrivalOrder'), children: arrival },
    { key: 'amount', label: t('enf.doc.amount'), children: amount },
    { key: 'inTenge', label: t('enf.doc.amountInTenge'), children: inTenge },
    { key: 'debtor', label: t('enf.parties.debtor'), children: names(card.parties, 'debtor') },
    { key: 'claimant', label: t('enf.parties.claimant'), children: names(card.parties, 'claimant') },
  ];

  const details: DescriptionsProps['items'] = [
    { key: 'regDate', label: t('enf.doc.registrationDate'), children: day(doc.registrationDate) },
    { key: 'regNumber', label: t('enf.doc.registrationNumber'), children: <span className="mono">{doc.registrationNumber}</span> },
    { key: 'arrival', label: t('enf.doc.arrivalOrder'), children: arrival },
    { key: 'essence', label: t('enf.doc.claimEssence'), children: doc.claimEssence },
    { key: 'issueDate', label: t('enf.doc.issueDate'), children: day(doc.issueDate) },
    { key: 'body', label: t('enf.doc.issuingBody'), children: doc.issuingBody },
    { key: 'bodyKk', label: t('kkName.issuingBodyKk'), children: issuingBodyKk },
    { key: 'type', label: t('enf.doc.documentType'), children: nameOf(reference.documentTypes, doc.documentType, language) },
    { key: 'number', label: t('enf.doc.documentNumber'), children: doc.documentNumber },
    { key: 'force', label: t('enf.doc.entryIntoForceDate'), children: day(doc.entryIntoForceDate) },
    { key: 'from', label: t('enf.doc.receivedFrom'), children: text(doc.receivedFrom) },
    { key: 'copy', label: t('enf.doc.copyNumber'), children: <span data-testid="doc-copy-number">{text(doc.copyNumber)}</span> },
    { key: 'category', label: t('enf.doc.category'), children: category },
    { key: 'subcategory', label: t('enf.doc.subcategory'), children: text(doc.subcategory) },
    { key: 'amount', label: t('enf.doc.amount'), children: amount },
    { key: 'currency', label: t('enf.doc.currency'), children: doc.currency },
    ...(doc.currency === 'KZT' ? [] : [
      { key: 'rate', label: t('enf.doc.exchangeRate'), children: text(doc.exchangeRate) },
      { key: 'rateDate', label: t('enf.doc.exchangeRateDate'), children: day(doc.exchangeRateDate ?? undefined) },
    ]),
    { key: 'inTenge', label: t('enf.doc.amountInTenge'), children: inTenge },
    { key: 'senderDate', label: t('enf.doc.senderDocumentDate'), children: day(doc.senderDocumentDate ?? undefined) },
    { key: 'outgoing', label: t('enf.doc.senderOutgoingNumber'), children: text(doc.senderOutgoingNumber) },
    { key: 'signer', label: t('enf.doc.signerName'), children: <span data-testid="doc-signer-name">{text(doc.signerName)}</span> },
    { key: 'filedBy', label: t('enf.doc.claimFiledBy'), children: doc.claimFiledBy === undefined ? '—' : t(`enf.partyKind.${doc.claimFiledBy}`) },
    { key: 'solidary', label: t('enf.doc.solidaryLiability'), children: yesNo(t, doc.solidaryLiability) },
    { key: 'trusted', label: t('enf.doc.trustedPerson'), children: yesNo(t, doc.trustedPerson) },
    { key: 'source', label: t('enf.doc.source'), children: <Tag>{t(`enf.doc.sourceKind.${doc.source}`)}</Tag> },
    ...(doc.courtActDocumentId === null ? [] : [{
      key: 'courtAct',
      label: t('enf.doc.courtAct'),
      children: (
        <Space wrap>
          <a href={documentContentUrl(doc.courtActDocumentId)} target="_blank" rel="noreferrer" data-testid="court-act-pdf">
            <FilePdfOutlined aria-hidden /> {t('enf.doc.courtActOpen')}
          </a>
          <a href={verifyPageUrl(doc.courtActDocumentId)} target="_blank" rel="noreferrer">
            <SafetyCertificateOutlined aria-hidden /> {t('enf.docs.verify')}
          </a>
        </Space>
      ),
    }]),
  ];

  return (
    <Space orientation="vertical" size="large" className="page">
      {card.simplified !== null && <SimplifiedOriginPanel origin={card.simplified} timeZone={card.timeZone} />}
      <Tabs
        size="small"
        type="card"
        items={[
          { key: 'summary', label: t('enf.doc.summary'), children: <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={summary} /> },
          { key: 'details', label: t('enf.doc.details'), children: <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={details} /> },
        ]}
      />
      <DistributionPanel decisions={card.distribution} timeZone={card.timeZone} />
    </Space>
  );
}
