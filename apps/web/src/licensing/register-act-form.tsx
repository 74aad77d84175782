import { Button, Card, Form, Input, Select, Space } from 'antd';
import { useCallback, useState } from 'react';
import { licensingApi } from '../api/licensing-api.ts';
import type { Licence, LicensingReference, RegisterActBody } from '../api/licensing-api.ts';
import { DocumentSigningDialog } from '../courts/document-signing-dialog.tsx';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useLicensingText } from './licensing-texts.ts';

type Act = RegisterActBody['act'];
type Values = { act: Act; ground: string; groundText?: string };

/**
 * LIC-8: a register act on one licence — suspend or terminate a valid one,
 * resume or terminate a suspended one — with a ground from the reference
 * (data, unconfirmed) and own words; the act is drawn up by the server and
 * signed with the officer's ЭЦП in the common dialog.
 */
export function RegisterActForm({ licence, reference, onClose, onDone }: { licence: Licence; reference: LicensingReference | null;
  onClose: () => void; onDone: () => void }) {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const [form] = Form.useForm<Values>();
  const act = Form.useWatch('act', form);
  const [body, setBody] = useState<RegisterActBody | null>(null);
  const acts: [Act, string][] = licence.status === 'valid'
    ? [['suspended', lt('actSuspend')], ['terminated', lt('actTerminate')]]
    : [['resumed', lt('actResume')], ['terminated', lt('actTerminate')]];
  const grounds = act === undefined ? [] : reference?.registerGrounds[act] ?? [];
  const start = useCallback(() => licensingApi.startRegisterAct(licence.id, body!), [licence.id, body]);
  return (
    <Card size="small" title={`${lt('act')}: ${licence.number}`} data-testid="register-act">
      <Form<Values> form={form} layout="vertical" requiredMark
        onFinish={(v) => setBody({ act: v.act, version: licence.version, ground: v.ground, groundText: v.groundText?.trim() ? v.groundText.trim() : null })}>
        <Form.Item name="act" label={lt('act')} rules={[{ required: true, message: lt('required') }]}>
          <Select options={acts.map(([value, label]) => ({ value, label }))} onChange={() => form.setFieldValue('ground', undefined)} />
        </Form.Item>
        <Form.Item name="ground" label={lt('actGround')} rules={[{ required: true, message: lt('required') }]}>
          <Select options={grounds.map((g) => ({ value: g.code, label: g.name[language] }))} />
        </Form.Item>
        <Form.Item name="groundText" label={lt('actText')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">{lt('actSign')}</Button>
          <Button onClick={onClose}>{lt('cancel')}</Button>
        </Space>
      </Form>
      <DocumentSigningDialog open={body !== null} title={lt('actTitle')}
        summary={lt('actSummary', { act: acts.find(([a]) => a === body?.act)?.[1] ?? '', number: licence.number })}
        start={start} onClose={() => setBody(null)} onSigned={onDone} />
    </Card>
  );
}
