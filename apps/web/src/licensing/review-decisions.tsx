import { Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { licensingApi } from '../api/licensing-api.ts';
import type { LicensingReference, LicensingReview } from '../api/licensing-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useLicensingText } from './licensing-texts.ts';

/** Automatic refusals (no payment, no valid ЭЦП) are the system's, never the officer's choice. */
const AUTOMATIC = new Set(['not_paid', 'signature_not_confirmed']);

/**
 * LIC-1: the officer refuses (reasons from the reference, kk/ru, and own
 * words) or returns the application for correction (what to fix). A
 * colleague's decision meanwhile is the server's one 409, shown here.
 */
export function ReviewDecisions({ application, reference, onDecided }: { application: LicensingReview; reference: LicensingReference | null;
  onDecided: () => void }) {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onDecided();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };
  const reasons = (reference?.refusalReasons ?? []).filter((r) => !AUTOMATIC.has(r.code)).map((r) => ({ value: r.code, label: r.name[language] }));
  return (
    <>
      {error !== null && <ErrorAlert error={error} />}
      <Card size="small" title={lt('refuseTitle')}>
        <Form<{ reasons: string[]; text?: string }> layout="vertical" requiredMark
          onFinish={(v) => void decide(() => licensingApi.refuse(application.id, application.version, v.reasons, v.text?.trim() ? v.text.trim() : null))}>
          <Form.Item name="reasons" label={lt('refuseReasons')} rules={[{ required: true, message: lt('required') }]}>
            <Select mode="multiple" options={reasons} data-testid="licensing-refuse-reasons" />
          </Form.Item>
          <Form.Item name="text" label={lt('refuseText')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Button danger htmlType="submit" loading={busy} data-testid="licensing-refuse">{lt('refuse')}</Button>
        </Form>
      </Card>
      <Card size="small" title={lt('returnTitle')}>
        <Form<{ text: string }> layout="vertical" requiredMark
          onFinish={(v) => void decide(() => licensingApi.returnForCorrection(application.id, application.version, v.text.trim()))}>
          <Form.Item name="text" label={lt('returnText')} rules={[{ required: true, whitespace: true, message: lt('required') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Button htmlType="submit" loading={busy} data-testid="licensing-return">{lt('returnAction')}</Button>
        </Form>
      </Card>
    </>
  );
}
