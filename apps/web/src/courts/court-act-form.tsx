import { courts } from '@oryndau/domain';
import { Button, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courtActsApi } from '../api/court-acts-api.ts';
import type { CourtActView } from '../api/court-acts-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useCourtPagesTexts } from '../i18n/court-pages-texts.ts';

type Values = {
  kind: courts.CourtActKind; language: 'kk' | 'ru'; source: 'template' | 'upload'; immediateExecution: boolean;
  introduction?: string; description?: string; reasoning?: string; operative?: string;
};

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * FILE-14 (§42–44): a judge draws up an act of the case from the kk/ru
 * template (the four parts) or uploads its PDF; the same form edits a draft
 * nobody signed yet (`act`). The server renders the PDF that is signed.
 */
export function CourtActForm({ caseId, act, onSaved, onCancel }: {
  caseId: string; act?: CourtActView; onSaved: () => void; onCancel: () => void;
}) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const source = Form.useWatch('source', form) ?? act?.source ?? 'template';

  const submit = async (values: Values) => {
    setError(null);
    if (values.source === 'upload' && file === null) {
      form.setFields([{ name: 'source', errors: [t('courtActs.fileRequired')] }]);
      return;
    }
    setBusy(true);
    try {
      const content = values.source === 'upload' && file !== null
        ? { upload: { fileName: file.name, contentBase64: await base64Of(file) } }
        : { fields: { introduction: values.introduction ?? '', description: values.description ?? '', reasoning: values.reasoning ?? '',
          operative: values.operative ?? '' } };
      const common = { language: values.language, immediateExecution: values.immediateExecution, ...content };
      if (act) await courtActsApi.update(act.id, { ...common, version: act.version });
      else await courtActsApi.create(caseId, { ...common, kind: values.kind });
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'internal', String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" data-testid="court-act-form" onFinish={(v) => void submit(v)}
      initialValues={{ kind: act?.kind ?? 'decision', language: act?.language ?? language, source: act?.source ?? 'template',
        immediateExecution: act?.immediateExecution ?? false, ...(act?.fields ?? {}) }}>
      {error && <ErrorAlert error={error} />}
      {!act && (
        <Form.Item name="kind" label={t('courtActs.kind')}>
          <Select data-testid="court-act-kind" options={courts.COURT_ACT_KINDS.map((k) => ({ value: k, label: courts.COURT_ACT_KIND_TEXTS[k][language] }))} />
        </Form.Item>
      )}
      <Form.Item name="language" label={t('courtActs.language')}>
        <Radio.Group options={[{ value: 'kk', label: t('courtActs.languageKk') }, { value: 'ru', label: t('courtActs.languageRu') }]} />
      </Form.Item>
      <Form.Item name="source" label={t('courtActs.source')}>
        <Radio.Group options={[{ value: 'template', label: t('courtActs.sourceTemplate') }, { value: 'upload', label: t('courtActs.sourceUpload') }]} />
      </Form.Item>
      {source === 'template' ? (
        <>
          {(['introduction', 'description', 'reasoning'] as const).map((name) => (
            <Form.Item key={name} name={name} label={t(`courtActs.${name}`)}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} data-testid={`court-act-${name}`} />
            </Form.Item>
          ))}
          <Form.Item name="operative" label={t('courtActs.operative')} rules={[{ required: true, whitespace: true, message: t('courtActs.operativeRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} data-testid="court-act-operative" />
          </Form.Item>
        </>
      ) : (
        <Form.Item label={t('courtActs.file')} htmlFor="court-act-file">
          <input id="court-act-file" type="file" accept="application/pdf,.pdf" data-testid="court-act-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Form.Item>
      )}
      <Form.Item name="immediateExecution" valuePropName="checked">
        <Checkbox>{t('courtActs.immediateExecution')}</Checkbox>
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="court-act-save">{act ? t('courtActs.saveChanges') : t('courtActs.saveDraft')}</Button>
        <Button onClick={onCancel}>{t('courtActs.cancel')}</Button>
      </Space>
    </Form>
  );
}
