import { FilterOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { statuses } from '../api/enforcement-types.ts';
import type { Reference, Status } from '../api/enforcement-types.ts';
import { clearable } from '../components/clear-icon.tsx';
import { dayTextToIso, isoToDayText } from '../format/day.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import type { ListFilters } from './proceedings-query.ts';

type FormValues = { status?: Status; category?: string; debtor?: string; fromDay?: string; toDay?: string; overdue?: boolean };

type Props = {
  filters: ListFilters;
  reference: Reference | null;
  onApply: (filters: ListFilters) => void;
};

/** ENF-2 filters. Mounted afresh (keyed) whenever the URL's filters change, so it always shows what the list shows. */
export function ProceedingsFilters({ filters, reference, onApply }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<FormValues>();
  const dayRule = {
    validator: (_rule: unknown, value: unknown) =>
      typeof value !== 'string' || value.trim() === '' || dayTextToIso(value) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation.date'))),
  };

  const submit = (values: FormValues) => {
    const next: ListFilters = { overdue: values.overdue === true, sort: filters.sort };
    if (filters.queue !== undefined) next.queue = filters.queue;
    if (values.status !== undefined) next.status = values.status;
    if (values.category !== undefined) next.category = values.category;
    if (values.debtor !== undefined && values.debtor.trim() !== '') next.debtor = values.debtor;
    const from = dayTextToIso(values.fromDay?.trim());
    const to = dayTextToIso(values.toDay?.trim());
    if (from !== null) next.from = from;
    if (to !== null) next.to = to;
    onApply(next);
  };

  return (
    <Form<FormValues>
      form={form}
      name="proceedings-filters"
      layout="vertical"
      onFinish={submit}
      initialValues={{
        status: filters.status,
        category: filters.category,
        debtor: filters.debtor,
        fromDay: isoToDayText(filters.from),
        toDay: isoToDayText(filters.to),
        overdue: filters.overdue,
      }}
    >
      <div className="filters-grid">
        <Form.Item label={t('enf.filter.debtor')} name="debtor" className="filters-grid__wide">
          <Input allowClear={clearable(t)} placeholder={t('enf.filter.debtorPlaceholder')} data-testid="filter-debtor" />
        </Form.Item>
        <Form.Item label={t('enf.filter.status')} name="status">
          <Select allowClear={clearable(t)} placeholder={t('enf.filter.any')} data-testid="filter-status"
            options={statuses.map((s) => ({ value: s, label: t(`enf.status.${s}`) }))} />
        </Form.Item>
        <Form.Item label={t('enf.filter.category')} name="category">
          <Select allowClear={clearable(t)} placeholder={t('enf.filter.any')} data-testid="filter-category" showSearch={{ optionFilterProp: 'label' }}
            loading={reference === null}
            options={(reference?.categories ?? []).map((c) => ({ value: c.code, label: c.name[language] }))} />
        </Form.Item>
        <Form.Item label={t('enf.filter.from')} name="fromDay" rules={[dayRule]}>
          <Input inputMode="numeric" maxLength={10} placeholder={t('journal.datePlaceholder')} allowClear={clearable(t)} data-testid="filter-from" />
        </Form.Item>
        <Form.Item label={t('enf.filter.to')} name="toDay" rules={[dayRule]}>
          <Input inputMode="numeric" maxLength={10} placeholder={t('journal.datePlaceholder')} allowClear={clearable(t)} data-testid="filter-to" />
        </Form.Item>
      </div>
      <div className="filters-actions">
        <Form.Item name="overdue" valuePropName="checked" noStyle>
          <Checkbox data-testid="filter-overdue">{t('enf.filter.overdueOnly')}</Checkbox>
        </Form.Item>
        <span className="filters-actions__buttons">
          <Button type="primary" htmlType="submit" icon={<FilterOutlined />} data-testid="filter-apply">{t('enf.filter.apply')}</Button>
          <Button icon={<UndoOutlined />} data-testid="filter-reset"
            onClick={() => onApply({ overdue: false, sort: filters.sort, ...(filters.queue === undefined ? {} : { queue: filters.queue }) })}>
            {t('enf.filter.reset')}
          </Button>
        </span>
      </div>
    </Form>
  );
}
