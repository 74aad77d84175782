import { Alert, Form, Input, Modal, Radio, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Action, ActParams, AvailableAction, Ground, Reference } from '../../api/enforcement-types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import type { UiLanguage } from '../../i18n/ui-language.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { buttonLabelKey, endingLabelKey, groundKindLabelKey, isEndingAction, needsDepartment, templateFor } from '../act-kinds.ts';
import type { CardButton } from '../act-kinds.ts';
import type { ActFlow } from './use-act-flow.tsx';
import { useGenerateDialog } from './use-generate-dialog.ts';
import { DocumentLanguage } from './document-language.tsx';

type Values = { action: Action; groundCode?: string; toDepartmentCode?: string; reason?: string; locale: UiLanguage };

type Props = { button: CardButton; reference: Reference; generate: ActFlow['generate']; onClose: () => void };

/**
 * ENF-3/4/5/8: the dialog behind a card button — the ground (only those of
 * the kinds the server allows for this action), the target department for a
 * transfer, the document's language — then «Сформировать и перейти».
 */
export function ActionModal({ button, reference, generate, onClose }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useGenerateDialog(generate, onClose);
  const first = button.actions[0];
  const chosen = Form.useWatch('action', form) ?? first?.action;
  const locale = Form.useWatch('locale', form) ?? language;
  const available: AvailableAction | undefined = button.actions.find((a) => a.action === chosen);
  const grounds = available === undefined ? [] : reference.grounds.filter((g) => available.groundKinds.includes(g.kind));
  const kinds = [...new Set(grounds.map((g) => g.kind))];

  const submit = async (values: Values) => {
    if (available === undefined) return;
    const params: ActParams = {};
    if (values.toDepartmentCode !== undefined) params.toDepartmentCode = values.toDepartmentCode;
    const reason = values.reason?.trim() ?? '';
    if (reason !== '') params.reason = reason;
    await run({
      templateCode: templateFor(available),
      locale: values.locale,
      action: available.action,
      ...(values.groundCode === undefined ? {} : { groundCode: values.groundCode }),
      ...(Object.keys(params).length === 0 ? {} : { params }),
    });
  };

  return (
    <Modal
      open
      title={t(buttonLabelKey(button.key))}
      onCancel={onClose}
      okText={t('enf.act.generate')}
      cancelText={t('enf.cancel')}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'act-generate' }}
      width={720}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values> form={form} layout="vertical" name="act-action" initialValues={{ action: first?.action, locale: language }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<Values>) => {
          // Another way of ending has other grounds: the old choice no longer applies.
          if (changed.action !== undefined) form.setFieldValue('groundCode', undefined);
        }}>
        {button.key === 'end' && (
          <Form.Item label={t('enf.act.endingKind')} name="action" rules={[{ required: true }]}>
            <Radio.Group className="choice-list">
              {button.actions.map((a) => isEndingAction(a.action) && (
                <Radio key={a.action} value={a.action} data-testid={`ending-${a.action}`}>{t(endingLabelKey(a.action))}</Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        {grounds.length > 0 && (
          <Form.Item label={t('enf.act.ground')} name="groundCode" rules={[{ required: true, message: t('enf.act.groundRequired') }]}>
            <Radio.Group className="choice-list">
              {kinds.map((kind) => (
                <div key={kind} role="group" aria-label={t(groundKindLabelKey(kind))} className="choice-list__group">
                  {kinds.length > 1 && <Typography.Text strong>{t(groundKindLabelKey(kind))}</Typography.Text>}
                  {grounds.filter((g) => g.kind === kind).map((g) => (
                    <Radio key={g.code} value={g.code} data-testid={`ground-${g.code}`}>
                      <GroundText ground={g} language={language} locale={locale} />
                    </Radio>
                  ))}
                </div>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        {available !== undefined && needsDepartment(available.action) && (
          <Form.Item label={t('enf.act.department')} name="toDepartmentCode" rules={[{ required: true, message: t('enf.act.departmentRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} data-testid="act-department"
              options={reference.departments.map((d) => ({ value: d.code, label: d.name[language] }))} />
          </Form.Item>
        )}
        <Form.Item label={t('enf.act.reason')} name="reason" extra={t('enf.act.reasonHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="act-reason" />
        </Form.Item>
        <DocumentLanguage />
        {available?.needsApproval === true && <Alert type="info" showIcon title={t('enf.sign.needsApproval')} />}
        {error !== null && <ErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}

/** The ground in the screen's language; when the document is in the other one, also as it will be printed. */
function GroundText({ ground, language, locale }: { ground: Ground; language: UiLanguage; locale: UiLanguage }) {
  return (
    <span className="ground">
      <span>{ground.text[language]}</span>
      {ground.article !== null && <Tag className="ground__article">{ground.article}</Tag>}
      {locale !== language && <span className="ground__printed" lang={locale}>{ground.text[locale]}</span>}
    </span>
  );
}
