import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Form, Input, Space, Switch, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enforcementApi } from '../../api/enforcement-api.ts';
import type { Reference, Template, TemplateInput, TemplateProblem } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError } from '../../components/use-load.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { templateProblems } from './template-problems.ts';

type Props = {
  template: Template;
  placeholders: Reference['placeholders'];
  onClose: () => void;
  onSaved: (template: Template) => void;
};

/** kk and ru side by side, so both texts of one resolution are edited together and stay in step. */
export function TemplateEditor({ template, placeholders, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<TemplateInput>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, []);

  const save = async (values: TemplateInput) => {
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      const saved = await enforcementApi.saveTemplate(template.code, values);
      void message.success(t('enf.templates.saved', { version: saved.version }));
      onSaved(saved);
    } catch (caught) {
      const apiError = asApiError(caught);
      setError(apiError);
      setProblems(templateProblems(apiError.details));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={ref}>
      <Card
        title={<span>{t('enf.templates.editing')} {template.title[language]} · {t('enf.templates.version')} {template.version}</span>}
        extra={<Button onClick={onClose}>{t('enf.templates.close')}</Button>}
        data-testid="template-editor"
      >
        <Form<TemplateInput> form={form} layout="vertical" name="template" onFinish={(values) => void save(values)}
          initialValues={{ title: template.title, body: template.body, needsApproval: template.needsApproval }}>
          <div className="side-by-side">
            {(['kk', 'ru'] as const).map((lang) => (
              <fieldset key={lang} lang={lang} className="side-by-side__column">
                <legend>{lang === 'kk' ? t('enf.act.localeKk') : t('enf.act.localeRu')}</legend>
                <Form.Item label={t('enf.templates.docTitle')} name={['title', lang]} rules={[{ required: true, whitespace: true, message: t('enf.validation.required') }]}>
                  <Input data-testid={`template-title-${lang}`} />
                </Form.Item>
                <Form.Item label={t('enf.templates.body')} name={['body', lang]} rules={[{ required: true, whitespace: true, message: t('enf.validation.required') }]}>
                  <Input.TextArea autoSize={{ minRows: 12, maxRows: 30 }} className="template-body" data-testid={`template-body-${lang}`} />
                </Form.Item>
              </fieldset>
            ))}
          </div>
          <Form.Item name="needsApproval" valuePropName="checked" label={t('enf.templates.needsApproval')} extra={t('enf.templates.needsApprovalHint')}>
            <Switch data-testid="template-needs-approval" />
          </Form.Item>
          {error !== null && (
            <ErrorAlert error={error} extra={problems.length > 0 && (
              <ul className="plain-list" data-testid="template-errors">
                {problems.map((p, i) => (
                  <li key={`${p.placeholder}-${i}`}>
                    {p.placeholder !== undefined && <Typography.Text code>{`{{${p.placeholder}}}`}</Typography.Text>} {p.message[language]}
                  </li>
                ))}
              </ul>
            )} />
          )}
          <Collapse
            size="small"
            className="placeholder-help"
            items={[{
              key: 'placeholders',
              label: t('enf.templates.placeholders'),
              children: (
                <Space orientation="vertical" size="small">
                  <Typography.Text type="secondary">{t('enf.templates.placeholdersHint')}</Typography.Text>
                  <dl className="placeholder-list">
                    {placeholders.map((p) => (
                      <div key={p.key}>
                        <dt><Typography.Text code copyable={{ text: `{{${p.key}}}` }}>{`{{${p.key}}}`}</Typography.Text></dt>
                        <dd>{p.description[language]}</dd>
                      </div>
                    ))}
                  </dl>
                </Space>
              ),
            }]}
          />
          <Space className="form-buttons">
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy} data-testid="template-save">
              {t('enf.templates.save')}
            </Button>
            <Button onClick={onClose}>{t('enf.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
