import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Space, Spin, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enforcementApi } from '../../api/enforcement-api.ts';
import type { FieldProblem } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError } from '../../components/use-load.ts';
import { formatDay } from '../../format/day.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { canOpen } from '../../app-nav.tsx';
import { hrefFor, navigate } from '../../router/hash-router.ts';
import { useSession } from '../../session/session-context.tsx';
import { useReference } from '../use-reference.ts';
import { fieldPath, fieldProblems, toCardInput } from './card-input.ts';
import type { EntryValues } from './card-input.ts';
import { AmountFields, ArrivalFields, DocumentFields } from './document-fields.tsx';
import { PartyList } from './party-list.tsx';

const initialValues: Partial<EntryValues> = {
  arrivalOrder: 'first',
  currency: 'KZT',
  solidaryLiability: false,
  trustedPerson: false,
  debtors: [{ kind: 'individual', identifier: '', name: '' }],
  claimants: [{ kind: 'legal_entity', identifier: '', name: '' }],
};

/** ENF-1: manual registration of an executive document with its parties; then straight to the new card. */
export function NewDocumentPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { notification } = App.useApp();
  const { user, devMode } = useSession();
  const back = canOpen('enforcement', user?.roles ?? [], devMode) ? hrefFor('enforcement') : hrefFor('home');
  const [form] = Form.useForm<EntryValues>();
  const [reference] = useReference();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const submit = async (values: EntryValues) => {
    setBusy(true);
    setError(null);
    setUnplaced([]);
    try {
      const created = await enforcementApi.register(toCardInput(values));
      notification.success({
        title: t('enf.entry.registered', { number: created.registrationNumber, date: formatDay(created.registrationDate, 'UTC') }),
        description: (
          <span data-testid="entry-registered">
            {created.bailiff === null ? t('enf.entry.noBailiff') : t('enf.entry.assignedTo', { name: created.bailiff.fullName })}
            {' '}{created.reason[language]}
          </span>
        ),
        duration: 12,
      });
      navigate('enforcementCard', { id: created.proceedingId });
    } catch (caught) {
      const apiError = asApiError(caught);
      const problems = fieldProblems(apiError.details);
      const debtors = values.debtors?.length ?? 0;
      const claimants = values.claimants?.length ?? 0;
      const placed = problems.flatMap((p) => {
        const name = fieldPath(p.field, debtors, claimants);
        return name === null ? [] : [{ name, errors: [p.message[language]] }];
      });
      // Server paths are dynamic (`debtors.1.identifier`); the typed form API only knows literal paths.
      (form as FormInstance).setFields(placed);
      setUnplaced(problems.filter((p) => fieldPath(p.field, debtors, claimants) === null));
      setError(apiError);
      const first = placed[0];
      if (first !== undefined) form.scrollToField(first.name, { block: 'center' });
    } finally {
      setBusy(false);
    }
  };

  if (reference.status === 'loading') return <Spin size="large" className="centered" />;
  if (reference.status === 'error') return <ErrorAlert error={reference.error} />;

  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('enf.entry.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('enf.entry.intro')}</Typography.Paragraph>
      <Form<EntryValues> form={form} name="new-document" layout="vertical" initialValues={initialValues}
        onFinish={(values) => void submit(values)} scrollToFirstError={{ block: 'center' }} className="entry-form">
        <Space orientation="vertical" size="middle" className="page">
          <DocumentFields reference={reference.data} />
          <AmountFields />
          <ArrivalFields />
          <Card size="small" title={t('enf.entry.section.debtors')}><PartyList list="debtors" /></Card>
          <Card size="small" title={t('enf.entry.section.claimants')}><PartyList list="claimants" /></Card>
          {error !== null && (
            <ErrorAlert error={error} extra={unplaced.length > 0 && (
              <ul className="plain-list">{unplaced.map((p) => <li key={`${p.field}-${p.code}`}>{p.message[language]}</li>)}</ul>
            )} />
          )}
          {error === null && <Alert type="info" showIcon title={t('enf.entry.distributionNote')} />}
          <Space wrap>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy} data-testid="entry-submit">{t('enf.entry.submit')}</Button>
            <Button href={back}>{t('enf.cancel')}</Button>
          </Space>
        </Space>
      </Form>
    </Space>
  );
}
