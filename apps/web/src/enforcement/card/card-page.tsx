import { Alert, Button, Result, Space, Spin, Tabs } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { replaceLocation, useLocation } from '../../router/hash-router.ts';
import type { CardButton } from '../act-kinds.ts';
import { useReference } from '../use-reference.ts';
import { ActionModal } from './action-modal.tsx';
import { ArrestedItemsTable } from './arrested-property-tab.tsx';
import { ArrestsTab } from './arrests-tab.tsx';
import { CardEditModal } from './card-edit-modal.tsx';
import { CardHeader } from './card-header.tsx';
import { cardTabs, isCardTab } from './card-tabs.ts';
import type { CardTab } from './card-tabs.ts';
import { DocumentationTab } from './documentation-tab.tsx';
import { ExecutiveDocumentTab } from './executive-document-tab.tsx';
import { PartiesTab } from './parties-tab.tsx';
import { ReassignModal } from './reassign-modal.tsx';
import { RequestsTab } from './requests-tab.tsx';
import { TasksTab } from './tasks-tab.tsx';
import { useActFlow } from './use-act-flow.tsx';
import { useCard } from './use-card.ts';

/** ENF-10: the proceeding's card. The open tab lives in the URL (`?tab=requests`), so a reload keeps it. */
export function CardPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { card, error, loading, reload, replace } = useCard(id);
  const [reference, reloadReference] = useReference();
  const flow = useActFlow(id, reload, card?.acts.map((act) => act.id));
  const [action, setAction] = useState<CardButton | null>(null);
  const [reassigning, setReassigning] = useState(false);
  const [editing, setEditing] = useState(false);
  const requested = location.query['tab'];
  const tab: CardTab = isCardTab(requested) ? requested : 'executiveDocument';

  if (card === null) {
    if (error !== null) {
      return error.status === 404
        ? <Result status="404" title={t('enf.card.notFound')} subTitle={error.message} />
        : <ErrorAlert error={error} />;
    }
    return <Spin size="large" className="centered" />;
  }
  if (reference.status === 'error') return <ErrorAlert error={reference.error} extra={<Button type="link" onClick={reloadReference}>{t('error.retry')}</Button>} />;
  if (reference.status === 'loading') return <Spin size="large" className="centered" />;
  const ref = reference.data;

  const panels: Record<CardTab, ReactNode> = {
    executiveDocument: <ExecutiveDocumentTab card={card} reference={ref} />,
    parties: <PartiesTab parties={card.parties} />,
    requests: <RequestsTab card={card} reference={ref} flow={flow} reload={reload} loading={loading} />,
    arrests: <ArrestsTab card={card} flow={flow} />,
    documentation: <DocumentationTab card={card} reference={ref} flow={flow} />,
    tasks: <TasksTab tasks={card.tasks} timeZone={card.timeZone} />,
    arrestedProperty: <ArrestedItemsTable items={card.arrestedProperty} />,
  };

  return (
    <Space orientation="vertical" size="middle" className="page" data-testid="proceeding-card">
      <CardHeader card={card} loading={loading} onAction={setAction} onEdit={() => setEditing(true)}
        onReassign={() => setReassigning(true)} onRefresh={reload} />
      {error !== null && <ErrorAlert error={error} />}
      {flow.conflict !== null && (
        <Alert type="warning" showIcon closable={{ onClose: flow.dismissConflict }} data-testid="act-conflict" data-code={flow.conflict.code}
          title={t('enf.card.conflict')} description={flow.conflict.message} />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => replaceLocation('enforcementCard', { id }, { tab: key })}
        items={cardTabs.map((key) => ({
          key,
          label: <span data-testid={`card-tab-${key}`}>{t(`enf.tab.${key}`)}</span>,
          children: panels[key],
        }))}
      />
      {action !== null && <ActionModal button={action} reference={ref} generate={flow.generate} onClose={() => setAction(null)} />}
      {editing && (
        <CardEditModal card={card} reference={ref} onClose={() => setEditing(false)} onStale={reload} onDone={(next) => {
          setEditing(false);
          replace(next);
        }} />
      )}
      {reassigning && (
        <ReassignModal card={card} onClose={() => setReassigning(false)} onDone={(next) => {
          setReassigning(false);
          replace(next);
        }} />
      )}
      {flow.dialog}
    </Space>
  );
}
