import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import { documentContentUrl } from '../api/enforcement-api.ts';
import type { Act } from '../api/enforcement-types.ts';
import { ApiError } from '../api/http-client.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { isLostRace } from './lost-race.ts';
import { sameHash, sha256Hex } from '../signing/sha256.ts';
import { SigningDialog } from '../signing/signing-dialog.tsx';
import type { SigningTask } from '../signing/use-signing-flow.ts';

export type SignableAct = Pick<Act, 'id' | 'documentId' | 'title' | 'needsApproval'>;

type Props = {
  act: SignableAct | null;
  /** `approve`: the senior's signature that applies the act (ENF-9). */
  purpose: 'sign' | 'approve';
  onClose: () => void;
  onSigned: (act: SignableAct) => void;
  /** 409: another act changed the proceeding first; the caller refetches. */
  onConflict: (error: ApiError) => void;
};

/**
 * SIG-1/SIG-3 for an act: the PDF rendered by the server is what is signed.
 * Its bytes are fetched first and must hash to what the challenge names, so
 * the person signs exactly the document they could open; only then does the
 * 5-minute window start to run.
 */
export function ActSigningDialog({ act, purpose, onClose, onSigned, onConflict }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();

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
    />
  );
}
