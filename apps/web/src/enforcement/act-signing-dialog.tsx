import { FilePdfOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import { documentContentUrl } from '../api/enforcement-api.ts';
import type { Act } from '../api/enforcement-types.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { asApiError } from '../components/use-load.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useSession } from '../session/session-context.tsx';
import { isLostRace } from './lost-race.ts';
import { sameHash, sha256Hex } from '../signing/sha256.ts';
import { SigningDialog } from '../signing/signing-dialog.tsx';
import type { SigningTask } from '../signing/use-signing-flow.ts';

export type SignableAct = Pick<Act, 'id' | 'documentId' | 'title' | 'needsApproval'> & Partial<Pick<Act, 'stale'>>;

type Props = {
  act: SignableAct | null;
  /** `approve`: the senior's signature that applies the act (ENF-9). */
  purpose: 'sign' | 'approve';
  onClose: () => void;
  onSigned: (act: SignableAct) => void;
  /** 409: another act changed the proceeding first; the caller refetches. */
  onConflict: (error: ApiError) => void;
  /** ISSUE-13 item 8: «Сформировать заново» for a stale draft; throws ApiError. */
  onRegenerate?: (act: SignableAct) => Promise<void>;
};

/**
 * SIG-1/SIG-3 for an act: the PDF rendered by the server is what is signed.
 * Its bytes are fetched first and must hash to what the challenge names, so
 * the person signs exactly the document they could open; only then does the
 * 5-minute window start to run.
 */
export function ActSigningDialog({ act, purpose, onClose, onSigned, onConflict, onRegenerate }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { user } = useSession();

  const task = useMemo<SigningTask | null>(() => act === null ? null : {
    purpose: 'sign',
    attached: false,
    startOnOpen: true,
    start: async () => {
      const { bytes } = await api.documentContent(act.documentId);
      const challenge = await api.startSigning(act.documentId);
      if (!sameHash(await sha256Hex(bytes), challenge.contentHash)) {
        throw new ApiError(0, 'signing.content_mismatch', t('enf.sign.contentMismatch'));
      }
      return { id: challenge.challengeId, data: bytes, startedAt: challenge.startedAt, expiresAt: challenge.expiresAt };
    },
    submit: async (cms, challenge) => {
      try {
        await api.submitSignature(challenge.id, cms);
      } catch (error) {
        if (isLostRace(error)) onConflict(error);
        throw error;
      }
    },
  }, [act, t, onConflict]);

  if (act === null || task === null) return null;
  // ISSUE-13 item 8: a stale draft is not offered for signing at all; it says so at once.
  if (purpose === 'sign' && act.stale === true && onRegenerate !== undefined) {
    return <StaleDraftDialog act={act} onClose={onClose} onRegenerate={onRegenerate} />;
  }
  const extra = (
    <Space orientation="vertical" size="small" className="page act-signing__document">
      <Typography.Text strong>{act.title[language]}</Typography.Text>
      <a href={documentContentUrl(act.documentId)} target="_blank" rel="noreferrer" data-testid="act-pdf">
        <FilePdfOutlined aria-hidden /> {t('enf.sign.openPdf')}
      </a>
      {purpose === 'sign' && act.needsApproval && (
        <Alert type="info" showIcon title={t('enf.sign.needsApproval')} data-testid="act-needs-approval" />
      )}
    </Space>
  );
  return (
    <SigningDialog
      open
      title={purpose === 'approve' ? t('enf.sign.approveTitle') : t('enf.sign.title')}
      task={task}
      extra={extra}
      onClose={onClose}
      onDone={() => onSigned(act)}
      expectedSigner={user === null ? undefined : { iin: user.iin, fullName: user.fullName }}
    />
  );
}

function StaleDraftDialog({ act, onClose, onRegenerate }: { act: SignableAct; onClose: () => void; onRegenerate: (act: SignableAct) => Promise<void> }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const regenerate = async () => {
    setBusy(true);
    setError(null);
    try {
      await onRegenerate(act);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('enf.sign.title')} onCancel={onClose} width={640} destroyOnHidden mask={{ closable: false }}
      footer={[
        <Button key="close" onClick={onClose}>{t('enf.cancel')}</Button>,
        <Button key="regenerate" type="primary" icon={<ReloadOutlined />} loading={busy} onClick={() => void regenerate()}
          data-testid="act-regenerate">
          {t('flows.draft.regenerate')}
        </Button>,
      ]}>
      <Space orientation="vertical" size="middle" className="page" data-testid="stale-draft">
        <Typography.Text strong>{act.title[language]}</Typography.Text>
        <Alert type="warning" showIcon title={t('flows.draft.staleTitle')} description={t('flows.draft.staleText')} />
        <a href={documentContentUrl(act.documentId)} target="_blank" rel="noreferrer">
          <FilePdfOutlined aria-hidden /> {t('enf.sign.openPdf')}
        </a>
        {error !== null && <ErrorAlert error={error} />}
      </Space>
    </Modal>
  );
}
