import { PARTY_KINDS } from '@oryndau/contracts';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PartyKind } from '../../api/enforcement-types.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { regionOptions } from '../regions.ts';
import { identifierRule, requiredRule } from './form-rules.ts';

type Props = { list: 'debtors' | 'claimants' };

/** ENF-1 repeatable parties: kind, IIN/BIN (checked), name, address, region by KATO. At least one row. */
export function PartyList({ list }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const form = Form.useFormInstance();
  const regions = regionOptions(language);
  const role = list === 'debtors' ? 'debtor' : 'claimant';

  return (
    <Form.List name={list} rules={[{
      validator: (_rule, rows: unknown[] | undefined) =>
        (rows?.length ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(t(`enf.entry.${role}Required`))),
    }]}>
      {(fields, { add, remove }, { errors }) => (
        <div className="party-rows">
          {fields.map((field, index) => (
            <fieldset key={field.key} className="item-row party-row" data-testid={`party-${role}-${index}`}>
              <legend>{t(`enf.parties.${role}`)} {index + 1}</legend>
              <Form.Item label={t('enf.parties.kind')} name={[field.name, 'kind']} rules={[requiredRule(t)]}>
                <Select options={PARTY_KINDS.map((k) => ({ value: k, label: t(`enf.partyKind.${k}`) }))} />
              </Form.Item>
              <Form.Item label={t('enf.parties.identifier')} name={[field.name, 'identifier']} dependencies={[[list, field.name, 'kind']]}
                rules={[requiredRule(t), identifierRule(t, () => form.getFieldValue([list, field.name, 'kind']) as PartyKind | undefined)]}>
                <Input inputMode="numeric" maxLength={12} className="mono" autoComplete="off" />
              </Form.Item>
              <Form.Item label={t('enf.parties.name')} name={[field.name, 'name']} rules={[requiredRule(t)]}>
                <Input />
              </Form.Item>
              <Form.Item label={t('enf.parties.region')} name={[field.name, 'regionKato']} rules={[{ required: true, message: t('enf.validation.required') }]}>
                <Select showSearch={{ optionFilterProp: 'label' }} options={regions} />
              </Form.Item>
              <Form.Item label={t('enf.parties.address')} name={[field.name, 'address']} className="party-row__address">
                <Input />
              </Form.Item>
              {fields.length > 1 && (
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} className="item-row__remove"
                  aria-label={`${t('enf.remove')}: ${t(`enf.parties.${role}`)} ${index + 1}`} />
              )}
            </fieldset>
          ))}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'individual' })} data-testid={`party-add-${role}`}>
            {t(`enf.entry.add.${role}`)}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
