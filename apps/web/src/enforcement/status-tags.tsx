import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActStatus, RequestStatus, Status } from '../api/enforcement-types.ts';

// One colour per meaning across the workspace: green = done/in force,
// gold = waiting for someone, red = refused/failed/overdue, blue = in progress.
const statusColour = {
  registered: 'blue', initiated: 'green', suspended: 'gold', ended: 'default', refused: 'red', transferred: 'purple',
} as const satisfies Record<Status, string>;

const actColour = {
  draft: 'default', awaiting_approval: 'gold', applied: 'green', returned: 'orange', rejected: 'red', discarded: 'default',
} as const satisfies Record<ActStatus, string>;

const requestColour = {
  draft: 'default', signed: 'blue', sending: 'processing', sent: 'cyan', answered: 'green', failed: 'red',
} as const satisfies Record<RequestStatus, string>;

export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <Tag color={statusColour[status]} data-status={status}>{t(`enf.status.${status}`)}</Tag>;
}

export function ActStatusTag({ status }: { status: ActStatus }) {
  const { t } = useTranslation();
  return <Tag color={actColour[status]} data-status={status}>{t(`enf.actStatus.${status}`)}</Tag>;
}

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <Tag color={requestColour[status]} data-status={status}>{t(`enf.requestStatus.${status}`)}</Tag>;
}

/** Red, with an icon, so it is not told by colour alone. */
export function OverdueTag() {
  const { t } = useTranslation();
  return <Tag color="red" icon={<ExclamationCircleOutlined aria-hidden />} data-testid="overdue-tag">{t('enf.overdue')}</Tag>;
}
