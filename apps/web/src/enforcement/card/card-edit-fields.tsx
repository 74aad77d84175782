import { PARTY_KINDS } from '@oryndau/contracts';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Checkbox, Form, Input, Radio, Select, Tag, Typography } from 'antd';
import type { FormItemProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExecutiveDocument, Reference } from '../../api/enforcement-types.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { dayRule, requiredRule } from '../entry/form-rules.ts';
import { isFieldEditable } from './card-edit.ts';
import type { CardEditField } from './card-edit.ts';

type Props = { doc: ExecutiveDocument; reference: Reference };

const dayInput = (placeholder: string, disabled: boolean) => (
  <Input inputMode="numeric" maxLength={10} placeholder={placeholder} autoComplete="off" disabled={disabled} />
);

/**
 * ENF-10: the card's fields in two groups — what the document says, then how
 * it reached us. On a court's electronic writ the first group is what the
 * court signed: shown, but read-only (SIG-5).
 */
export function CardEditFields({ doc, reference }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const datePlaceholder = t('journal.datePlaceholder');
  const locked = (field: CardEditField) => !isFieldEditable(doc, field);
  const courtSigned = doc.source === 'court';
  // An emptied day cannot be sent (the API only replaces days), so a day the card has stays required.
  const keepDay = (field: 'senderDocumentDate') => (doc[field] ?? '') === '' ? [] : [requiredRule(t)];
  // A locked field is not checked: it is not sent, whatever it holds.
  const item = (field: CardEditField, label: string | undefined, control: ReactNode, extra: FormItemProps = {}) => (
    <Form.Item label={label} name={field} {...extra} rules={locked(field) ? [] : extra.rules}>{control}</Form.Item>
  );

  return (
    <>
      <section aria-labelledby="card-edit-document">
        <div className="card-edit__heading">
          <Typography.Title level={5} id="card-edit-document">{t('enf.entry.section.document')}</Typography.Title>
          {courtSigned && (
            <Tag icon={<SafetyCertificateOutlined />} color="blue" data-testid="card-edit-court-note">{t('enf.edit.signedByCourt')}</Tag>
          )}
        </div>
        <div className="form-grid">
          {item('documentType', t('enf.doc.documentType'), (
            <Select disabled={locked('documentType')} showSearch={{ optionFilterProp: 'label' }}
              options={reference.documentTypes.map((d) => ({ value: d.code, label: d.name[language] }))} />
          ), { rules: [requiredRule(t)], className: 'form-grid__wide' })}
          {item('documentNumber', t('enf.doc.documentNumber'), <Input disabled={locked('documentNumber')} />, { rules: [requiredRule(t)] })}
          {item('issueDate', t('enf.doc.issueDate'), dayInput(datePlaceholder, locked('issueDate')),
            { rules: [requiredRule(t), dayRule(t)] })}
          {item('entryIntoForceDate', t('enf.doc.entryIntoForceDate'), dayInput(datePlaceholder, locked('entryIntoForceDate')),
            { rules: [requiredRule(t), dayRule(t)] })}
          {item('issuingBody', t('enf.doc.issuingBody'), <Input disabled={locked('issuingBody')} />,
            { rules: [requiredRule(t)], className: 'form-grid__wide' })}
          {item('issuingBodyKk', t('kkName.issuingBodyKk'), <Input lang="kk" disabled={locked('issuingBodyKk')} />,
            { className: 'form-grid__wide', extra: t('kkName.issuingBodyKkHint') })}
          {item('claimEssence', t('enf.doc.claimEssence'), (
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} disabled={locked('claimEssence')} />
          ), { rules: [requiredRule(t)], className: 'form-grid__full' })}
          {item('subcategory', t('enf.doc.subcategory'), <Input disabled={locked('subcategory')} />)}
          {item('signerName', t('enf.doc.signerName'), <Input disabled={locked('signerName')} />)}
          {item('claimFiledBy', t('enf.doc.claimFiledBy'), (
            <Radio.Group disabled={locked('claimFiledBy')}
              options={PARTY_KINDS.map((k) => ({ value: k, label: t(`enf.partyKind.${k}`) }))} />
          ))}
          {item('solidaryLiability', undefined, <Checkbox disabled={locked('solidaryLiability')}>{t('enf.doc.solidaryLiability')}</Checkbox>,
            { valuePropName: 'checked', className: 'form-grid__check' })}
        </div>
      </section>
      <section aria-labelledby="card-edit-arrival">
        <Typography.Title level={5} id="card-edit-arrival">{t('enf.entry.section.arrival')}</Typography.Title>
        <div className="form-grid">
          {item('receivedFrom', t('enf.doc.receivedFrom'), <Input />)}
          {item('copyNumber', t('enf.doc.copyNumber'), <Input maxLength={20} />)}
          {item('senderDocumentDate', t('enf.doc.senderDocumentDate'), dayInput(datePlaceholder, false),
            { rules: [...keepDay('senderDocumentDate'), dayRule(t)] })}
          {item('senderOutgoingNumber', t('enf.doc.senderOutgoingNumber'), <Input />)}
          {item('trustedPerson', undefined, <Checkbox>{t('enf.doc.trustedPerson')}</Checkbox>,
            { valuePropName: 'checked', className: 'form-grid__check' })}
        </div>
      </section>
    </>
  );
}
