import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArrestedItemKind, ArrestKind } from '../../api/enforcement-types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { tengeToTiynString } from '../../format/money.ts';
import type { UiLanguage } from '../../i18n/ui-language.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { arrestTemplates } from '../act-kinds.ts';
import { itemKinds, toArrestItems } from './arrest-items.ts';
import type { ItemValues } from './arrest-items.ts';
import { DocumentLanguage } from './document-language.tsx';
import type { ActFlow } from './use-act-flow.tsx';
import { useGenerateDialog } from './use-generate-dialog.ts';

type Values = { locale: UiLanguage; items?: ItemValues[] };


type Props = { kind: ArrestKind; generate: ActFlow['generate']; onClose: () => void };

/** ENF-10 «Аресты»: arrest of accounts or property (with the items), or a travel restriction → act → sign. */
export function ArrestModal({ kind, generate, onClose }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useGenerateDialog(generate, onClose);
  const kinds: readonly ArrestedItemKind[] = itemKinds[kind];
  const firstKind = kinds[0];

  const submit = async (values: Values) => {
    await run({ templateCode: arrestTemplates[kind], locale: values.locale, params: { arrest: { kind, items: toArrestItems(values.items) } } });
  };

  const valueRule = {
    validator: (_rule: unknown, value: unknown) =>
      typeof value !== 'string' || value.trim() === '' || tengeToTiynString(value) !== null
        ? Promise.resolve() : Promise.reject(new Error(t('enf.validation.amount'))),
  };

  return (
    <Modal open title={t(`enf.arrests.new.${kind}`)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}
      okText={t('enf.act.generate')} cancelText={t('enf.cancel')} okButtonProps={{ 'data-testid': 'act-generate' }}
      width={820} destroyOnHidden mask={{ closable: false }}>
      <Form<Values> form={form} layout="vertical" name="arrest"
        initialValues={{ locale: language, items: firstKind === undefined ? [] : [{ kind: firstKind, description: '' }] }}
        onFinish={(values) => void submit(values)}>
        {firstKind !== undefined && (
          <Form.List name="items" rules={[{
            validator: (_rule, rows: unknown[] | undefined) =>
              (rows?.length ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(t('enf.arrests.itemsRequired'))),
          }]}>
            {(fields, { add, remove }, { errors }) => (
              <fieldset className="item-rows">
                <legend>{t('enf.arrests.items')}</legend>
                {fields.map((field) => (
                  <div key={field.key} className="item-row" data-testid={`arrest-item-${field.name}`}>
                    <Form.Item label={t('enf.property.kind')} name={[field.name, 'kind']} rules={[{ required: true }]}>
                      <Select options={kinds.map((k) => ({ value: k, label: t(`enf.property.kinds.${k}`) }))} />
                    </Form.Item>
                    <Form.Item label={t('enf.property.description')} name={[field.name, 'description']} className="item-row__wide"
                      rules={[{ required: true, whitespace: true, message: t('enf.validation.required') }]}>
                      <Input />
                    </Form.Item>
                    <Form.Item label={t('enf.property.identifier')} name={[field.name, 'identifier']}>
                      <Input placeholder={t(`enf.property.identifierHint.${kind}`)} />
                    </Form.Item>
                    <Form.Item label={t('enf.property.value')} name={[field.name, 'value']} rules={[valueRule]}>
                      <Input inputMode="decimal" className="amount" />
                    </Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}
                      aria-label={t('enf.remove')} className="item-row__remove" />
                  </div>
                ))}
                <Form.ErrorList errors={errors} />
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: firstKind, description: '' })} data-testid="arrest-item-add">
                  {t('enf.arrests.addItem')}
                </Button>
              </fieldset>
            )}
          </Form.List>
        )}
        <DocumentLanguage />
        {error !== null && <ErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}
