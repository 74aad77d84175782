import { CheckOutlined } from '@ant-design/icons';
import { Button, Space, Spin, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../api/courts-api.ts';
import type { CabinetNotification } from '../api/courts-types.ts';
import type { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { asApiError, useLoad } from '../components/use-load.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';

/**
 * ISSUE-14 item 8, X-4: «Хабарламалар» / «Уведомления» — the notices the
 * court office's decisions leave in the cabinet (registered, refused with
 * the ground's text), newest first; each one's title and text as the
 * server stored them in both languages. A notice is marked read by its
 * button; the count of unread ones is announced (a live region).
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [loaded] = useLoad(() => courtsApi.notifications(), 'notifications');
  // Readings made on this page, over what was loaded (reloading would unmount the list and lose the keyboard's place).
  const [read, setRead] = useState<{ readAt: Record<string, string>; unread: number | null }>({ readAt: {}, unread: null });
  const [error, setError] = useState<ApiError | null>(null);
  const markRead = async (notice: CabinetNotification) => {
    setError(null);
    try {
      const answer = await courtsApi.markNotificationRead(notice.id);
      setRead((r) => ({ readAt: { ...r.readAt, [notice.id]: answer.notification.readAt ?? '' }, unread: answer.unread }));
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('courts.notifications.title')}</Typography.Title>
      <Typography.Paragraph>{t('courts.notifications.intro')}</Typography.Paragraph>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {error !== null && <ErrorAlert error={error} />}
      {loaded.status === 'ok' && (
        <>
          <p role="status" data-testid="notifications-unread">
            {(read.unread ?? loaded.data.unread) === 0
              ? t('courts.notifications.allRead')
              : t('courts.notifications.unread', { count: read.unread ?? loaded.data.unread })}
          </p>
          {loaded.data.items.length === 0
            ? <Typography.Paragraph type="secondary" data-testid="notifications-empty">{t('courts.notifications.empty')}</Typography.Paragraph>
            : (
              <ul className="notice-list" aria-label={t('courts.notifications.list')} data-testid="notifications">
                {loaded.data.items.map((notice) => (
                  <Notice key={notice.id} notice={{ ...notice, readAt: read.readAt[notice.id] ?? notice.readAt }} onRead={markRead} />
                ))}
              </ul>
            )}
        </>
      )}
    </Space>
  );
}

function Notice({ notice, onRead }: { notice: CabinetNotification; onRead: (notice: CabinetNotification) => Promise<void> }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const [busy, setBusy] = useState(false);
  const item = useRef<HTMLElement>(null);
  const titleId = `notice-${notice.id}-title`;
  const unread = notice.readAt === null;
  const mark = async () => {
    setBusy(true);
    await onRead(notice);
    setBusy(false);
    // The button goes away once read: the keyboard stays on this notice, not at the top of the page.
    item.current?.focus();
  };
  return (
    <li className={unread ? 'notice notice--unread' : 'notice'} data-testid="notification" data-read={unread ? 'false' : 'true'}>
      <article aria-labelledby={titleId} ref={item} tabIndex={-1}>
        <Space size="small" wrap>
          <Typography.Title level={2} id={titleId} className="notice__title">{notice.title[language]}</Typography.Title>
          {unread && <Tag color="blue" data-testid="notification-new">{t('courts.notifications.isNew')}</Tag>}
        </Space>
        <Typography.Paragraph type="secondary" className="notice__meta">
          {t('courts.notifications.received')}: <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt)}</time>
          {!unread && <> · {t('courts.notifications.readAt', { time: formatDateTime(notice.readAt) })}</>}
        </Typography.Paragraph>
        <Typography.Paragraph className="notice__text" data-testid="notification-text">{notice.text[language]}</Typography.Paragraph>
        <Space wrap>
          {notice.filingId !== null && (
            <a href={hrefFor('courtsFiling', { id: notice.filingId })} aria-describedby={titleId} data-testid="notification-filing">
              {t('courts.notifications.openFiling')}
            </a>
          )}
          {unread && (
            <Button icon={<CheckOutlined aria-hidden />} loading={busy} onClick={() => void mark()} aria-describedby={titleId} data-testid="notification-mark-read">
              {t('courts.notifications.markRead')}
            </Button>
          )}
        </Space>
      </article>
    </li>
  );
}
