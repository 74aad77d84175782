import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isTwelveDigits } from '../format/iin.ts';
import { parseDay } from './journal-query.ts';
import type { JournalFilterValues } from './journal-query.ts';

export function JournalFilters({ onApply }: { onApply: (values: JournalFilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<JournalFilterValues>();
  const dayValidator = (_rule: unknown, value: unknown) =>
    typeof value !== 'string' || value.trim() === '' || parseDay(value) !== null
      ? Promise.resolve()
      : Promise.reject(new Error(t('validation.date')));

  return (
    <Form<JournalFilterValues>
      form={form}
      name="journal-filters"
      layout="vertical"
      className="journal-filters"
      onFinish={onApply}
    >
      <div className="journal-filters__grid">
        <Form.Item
          label={t('journal.actor')}
          name="actor"
          rules={[{
            validator: (_rule, value: unknown) =>
              typeof value !== 'string' || value === '' || isTwelveDigits(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('validation.iinInvalid'))),
          }]}
        >
          <Input inputMode="numeric" maxLength={12} allowClear />
        </Form.Item>
        <Form.Item label={t('journal.action')} name="action">
          <Input placeholder={t('journal.actionPlaceholder')} allowClear />
        </Form.Item>
        <Form.Item label={t('journal.objectType')} name="objectType">
          <Input allowClear />
        </Form.Item>
        <Form.Item label={t('journal.objectId')} name="objectId">
          <Input allowClear />
        </Form.Item>
        <Form.Item label={t('journal.from')} name="fromDay" rules={[{ validator: dayValidator }]}>
          <Input inputMode="numeric" maxLength={10} placeholder={t('journal.datePlaceholder')} allowClear />
        </Form.Item>
        <Form.Item label={t('journal.to')} name="toDay" rules={[{ validator: dayValidator }]}>
          <Input inputMode="numeric" maxLength={10} placeholder={t('journal.datePlaceholder')} allowClear />
        </Form.Item>
      </div>
      <div className="journal-filters__buttons">
        <Button type="primary" htmlType="submit">{t('journal.apply')}</Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('journal.reset')}
        </Button>
      </div>
    </Form>
  );
}
