import { App, Form, Input, Modal, Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enforcementApi } from '../../api/enforcement-api.ts';
import type { ProceedingCard } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError, useLoad } from '../../components/use-load.ts';

/** The server's minimum; checked here too so the senior is told before sending. */
export const minReasonLength = 10;

type Props = { card: ProceedingCard; onClose: () => void; onDone: (card: ProceedingCard) => void };

/** ENF-12 «Переназначить» (senior): another bailiff, with a written reason that goes to «Распределение» and the journal. */
export function ReassignModal({ card, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ bailiffId: string; reason: string }>();
  const [candidates] = useLoad(() => enforcementApi.candidates(card.id), card.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (values: { bailiffId: string; reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      const next = await enforcementApi.reassign(card.id, values.bailiffId, values.reason.trim());
      void message.success(t('enf.reassign.done'));
      onDone(next);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('enf.reassign.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}
      okText={t('enf.reassign.submit')} cancelText={t('enf.cancel')} okButtonProps={{ 'data-testid': 'reassign-submit' }}
      width={640} destroyOnHidden mask={{ closable: false }}>
      {candidates.status === 'loading' && <Spin />}
      {candidates.status === 'error' && <ErrorAlert error={candidates.error} />}
      <Form form={form} layout="vertical" name="reassign" onFinish={(values) => void submit(values)}>
        <Form.Item label={t('enf.reassign.bailiff')} name="bailiffId" rules={[{ required: true, message: t('enf.reassign.bailiffRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="reassign-bailiff"
            loading={candidates.status === 'loading'}
            options={(candidates.status === 'ok' ? candidates.data.candidates : [])
              .filter((c) => c.id !== card.bailiff?.id)
              .map((c) => ({
                value: c.id,
                // The candidates route sends `active`, not the distribution's eligibility (the contract caught the old read of
                // `eligible`/`excludedBecause`, which the route never sent: every option was disabled).
                disabled: !c.active,
                label: `${c.fullName} · ${t(`enf.bailiffKind.${c.kind}`)} · ${t('enf.reassign.load', { n: c.load })}`,
              }))}
          />
        </Form.Item>
        <Form.Item label={t('enf.reassign.reason')} name="reason" extra={t('enf.reassign.reasonHint', { n: minReasonLength })}
          rules={[{ required: true, whitespace: true, message: t('enf.reassign.reasonRequired') },
            { validator: (_rule, value: unknown) => typeof value !== 'string' || value.trim().length >= minReasonLength || value.trim() === ''
              ? Promise.resolve() : Promise.reject(new Error(t('enf.reassign.reasonHint', { n: minReasonLength }))) }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount data-testid="reassign-reason" />
        </Form.Item>
        {error !== null && <ErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}
