import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { http } from '../../api/api.ts';
import type { FieldProblem, ProceedingCard, Reference } from '../../api/enforcement-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError } from '../../components/use-load.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { fieldProblems } from '../entry/card-input.ts';
import { isLostRace } from '../lost-race.ts';
import { changedFields, courtEditableFields, courtSignedFields, documentFields, editValuesOf } from './card-edit.ts';
import type { CardEdit, CardEditField, CardEditValues } from './card-edit.ts';
import { CardEditFields } from './card-edit-fields.tsx';

/** PATCH /api/enforcement/proceedings/:id/executive-document — answers the whole card. */
const saveCardEdit = (proceedingId: string, edit: CardEdit) =>
  http.request<ProceedingCard>('PATCH', `/api/enforcement/proceedings/${encodeURIComponent(proceedingId)}/executive-document`, { body: edit });

const formFields: ReadonlySet<string> = new Set<CardEditField>([...documentFields, ...courtEditableFields]);

type Props = {
  card: ProceedingCard;
  reference: Reference;
  onClose: () => void;
  /** The saved card, as the server answered it. */
  onDone: (card: ProceedingCard) => void;
  /** The proceeding changed under us (409): refetch the card. */
  onStale: () => void;
};

/**
 * ENF-10 «Редактировать»: the assigned bailiff corrects the card of an open
 * proceeding. Only changed fields are sent; the server's field errors land
 * next to their fields. Saving moves the proceeding's version, so a
 * resolution generated but not yet signed has to be generated again.
 */
export function CardEditModal({ card, reference, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<CardEditValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const doc = card.executiveDocument;
  const drafts = card.acts.filter((act) => act.status === 'draft').length;

  const submit = async (values: CardEditValues) => {
    const edit = changedFields(doc, values);
    if (Object.keys(edit).length === 0) {
      void message.info(t('enf.edit.nothingChanged'));
      onClose();
      return;
    }
    setBusy(true);
    setError(null);
    setUnplaced([]);
    try {
      const next = await saveCardEdit(card.id, edit);
      void message.success(t('enf.edit.saved'));
      onDone(next);
    } catch (caught) {
      const apiError = asApiError(caught);
      const problems = fieldProblems(apiError.details);
      const placed = problems.filter((p) => formFields.has(p.field));
      form.setFields([
        ...placed.map((p) => ({ name: p.field as CardEditField, errors: [p.message[language]] })),
        ...courtSignedFields(apiError.details).filter((f) => formFields.has(f))
          .map((f) => ({ name: f as CardEditField, errors: [t('enf.edit.signedByCourt')] })),
      ]);
      setUnplaced(problems.filter((p) => !formFields.has(p.field)));
      setError(apiError);
      const first = placed[0];
      if (first !== undefined) form.scrollToField(first.field as CardEditField, { block: 'center' });
      if (isLostRace(apiError)) onStale();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('enf.edit.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}
      okText={t('enf.edit.submit')} cancelText={t('enf.cancel')} width={880} destroyOnHidden mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'card-edit-submit' }} cancelButtonProps={{ 'data-testid': 'card-edit-cancel' }}>
      <Form<CardEditValues> form={form} name="card-edit" layout="vertical" initialValues={editValuesOf(doc)}
        onFinish={(values) => void submit(values)} scrollToFirstError={{ block: 'center' }} data-testid="card-edit-form"
        className="card-edit">
        <Alert type="warning" showIcon data-testid="card-edit-drafts-note" title={t('enf.edit.draftsStale')}
          description={drafts > 0 ? t('enf.edit.draftsCount', { n: drafts }) : undefined} />
        <CardEditFields doc={doc} reference={reference} />
        {error !== null && (
          <ErrorAlert error={error} extra={unplaced.length > 0 && (
            <ul className="plain-list">{unplaced.map((p) => <li key={`${p.field}-${p.code}`}>{p.message[language]}</li>)}</ul>
          )} />
        )}
      </Form>
    </Modal>
  );
}
