import { PARTY_KINDS } from '@oryndau/contracts';
import { Card, Checkbox, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Reference } from '../../api/enforcement-types.ts';
import { amountInTenge, formatTiyn } from '../../format/money.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import type { EntryValues } from './card-input.ts';
import { currencies } from './currencies.ts';
import { amountRule, dayRule, rateRule, requiredRule } from './form-rules.ts';


const dayInput = (placeholder: string) => <Input inputMode="numeric" maxLength={10} placeholder={placeholder} autoComplete="off" />;

/** ENF-1 «Поступление»: how and from whom the document arrived (seed 000 labels). */
export function ArrivalFields() {
  const { t } = useTranslation();
  const datePlaceholder = t('journal.datePlaceholder');
  return (
    <Card size="small" title={t('enf.entry.section.arrival')}>
      <div className="form-grid">
        <Form.Item label={t('enf.doc.arrivalOrder')} name="arrivalOrder" rules={[{ required: true }]}>
          <Radio.Group options={[{ value: 'first', label: t('enf.doc.arrival.first') }, { value: 'repeated', label: t('enf.doc.arrival.repeated') }]} />
        </Form.Item>
        <Form.Item label={t('enf.doc.receivedFrom')} name="receivedFrom"><Input /></Form.Item>
        <Form.Item label={t('enf.doc.copyNumber')} name="copyNumber"><Input /></Form.Item>
        <Form.Item label={t('enf.doc.senderDocumentDate')} name="senderDocumentDate" rules={[dayRule(t)]}>{dayInput(datePlaceholder)}</Form.Item>
        <Form.Item label={t('enf.doc.senderOutgoingNumber')} name="senderOutgoingNumber"><Input /></Form.Item>
        <Form.Item label={t('enf.doc.signerName')} name="signerName"><Input /></Form.Item>
        <Form.Item name="trustedPerson" valuePropName="checked" className="form-grid__check">
          <Checkbox>{t('enf.doc.trustedPerson')}</Checkbox>
        </Form.Item>
      </div>
    </Card>
  );
}

/** ENF-1 «Исполнительный документ»: the document itself; starred fields of the seed are required. */
export function DocumentFields({ reference }: { reference: Reference }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const datePlaceholder = t('journal.datePlaceholder');
  return (
    <Card size="small" title={t('enf.entry.section.document')}>
      <div className="form-grid">
        <Form.Item label={t('enf.doc.documentType')} name="documentType" rules={[requiredRule(t)]} className="form-grid__wide">
          <Select showSearch={{ optionFilterProp: 'label' }}
            options={reference.documentTypes.map((d) => ({ value: d.code, label: d.name[language] }))} />
        </Form.Item>
        <Form.Item label={t('enf.doc.documentNumber')} name="documentNumber" rules={[requiredRule(t)]}><Input /></Form.Item>
        <Form.Item label={t('enf.doc.issueDate')} name="issueDate" rules={[requiredRule(t), dayRule(t)]}>{dayInput(datePlaceholder)}</Form.Item>
        <Form.Item label={t('enf.doc.entryIntoForceDate')} name="entryIntoForceDate" rules={[requiredRule(t), dayRule(t)]}>
          {dayInput(datePlaceholder)}
        </Form.Item>
        <Form.Item label={t('enf.doc.issuingBody')} name="issuingBody" rules={[requiredRule(t)]} className="form-grid__wide"><Input /></Form.Item>
        {/* ISSUE-13 item 1: optional; a Kazakh act prints it, and says the name is as given when it is missing. */}
        <Form.Item label={t('kkName.issuingBodyKk')} name="issuingBodyKk" extra={t('kkName.issuingBodyKkHint')} className="form-grid__wide">
          <Input lang="kk" />
        </Form.Item>
        <Form.Item label={t('enf.doc.claimEssence')} name="claimEssence" rules={[requiredRule(t)]} className="form-grid__full">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('enf.doc.category')} name="categoryCode" rules={[requiredRule(t)]} className="form-grid__wide">
          <Select showSearch={{ optionFilterProp: 'label' }}
            options={reference.categories.map((c) => ({ value: c.code, label: c.name[language] }))} />
        </Form.Item>
        <Form.Item label={t('enf.doc.subcategory')} name="subcategory"><Input /></Form.Item>
        <Form.Item label={t('enf.doc.claimFiledBy')} name="claimFiledBy">
          <Radio.Group options={PARTY_KINDS.map((k) => ({ value: k, label: t(`enf.partyKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="solidaryLiability" valuePropName="checked" className="form-grid__check">
          <Checkbox>{t('enf.doc.solidaryLiability')}</Checkbox>
        </Form.Item>
      </div>
    </Card>
  );
}

/** ENF-1 amount: in the document's currency, with the rate for a foreign one, and the tenge amount computed as you type. */
export function AmountFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<EntryValues>();
  const amount = Form.useWatch('amount', form) ?? '';
  const currency = Form.useWatch('currency', form) ?? 'KZT';
  const rate = Form.useWatch('exchangeRate', form);
  const tiyn = amountInTenge(amount, currency, rate);
  return (
    <Card size="small" title={t('enf.entry.section.amount')}>
      <div className="form-grid">
        <Form.Item label={t('enf.doc.amount')} name="amount" rules={[requiredRule(t), amountRule(t)]} extra={t('enf.entry.amountHint')}>
          <Input inputMode="decimal" autoComplete="off" className="amount" />
        </Form.Item>
        <Form.Item label={t('enf.doc.currency')} name="currency" rules={[requiredRule(t)]}>
          <Select options={currencies.map((c) => ({ value: c, label: `${c} — ${t(`enf.currency.${c}`)}` }))} />
        </Form.Item>
        {currency !== 'KZT' && (
          <>
            <Form.Item label={t('enf.doc.exchangeRate')} name="exchangeRate" rules={[requiredRule(t), rateRule(t)]}>
              <Input inputMode="decimal" autoComplete="off" />
            </Form.Item>
            <Form.Item label={t('enf.doc.exchangeRateDate')} name="exchangeRateDate" rules={[requiredRule(t), dayRule(t)]}>
              {dayInput(t('journal.datePlaceholder'))}
            </Form.Item>
          </>
        )}
        <div className="computed">
          <span className="computed__label" id="amount-in-tenge-label">{t('enf.doc.amountInTenge')}</span>
          <output className="computed__value amount" aria-labelledby="amount-in-tenge-label" aria-live="polite" data-testid="entry-amount-tenge">
            {tiyn === null ? '—' : formatTiyn(tiyn.toString())}
          </output>
        </div>
      </div>
    </Card>
  );
}
