import { Button, Form, Input, Select } from 'antd';
import type { FormItemProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { clearable } from '../components/clear-icon.tsx';
import { actionLabel, knownActions, knownObjectTypes, objectTypeLabel } from '../components/journal-labels.ts';
import { iinProblem, parseDay } from './journal-query.ts';
import type { JournalFilterValues } from './journal-query.ts';

type Option = { value: string; label: string };
const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

export function JournalFilters({ onApply }: { onApply: (values: JournalFilterValues) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<JournalFilterValues>();
  const dayValidator = (_rule: unknown, value: unknown) =>
    typeof value !== 'string' || value.trim() === '' || parseDay(value) !== null
      ? Promise.resolve()
      : Promise.reject(new Error(t('validation.date')));
  // An IIN is checked as it is typed (digits only), and for its length when the field is left or the form sent.
  const iinRules = (complete: boolean) => ({
    validateTrigger: complete ? 'onBlur' : 'onChange',
    validator: (_rule: unknown, value: unknown) => {
      const problem = iinProblem(value, complete);
      return problem === null ? Promise.resolve() : Promise.reject(new Error(t(`validation.${problem}`)));
    },
  });
  const iinItem: Pick<FormItemProps, 'rules' | 'validateTrigger'> = {
    validateTrigger: ['onChange', 'onBlur'],
    rules: [iinRules(false), iinRules(true)],
  };
  // The journal's codes are offered in words, sorted in the language on screen.
  const actionOptions = useMemo(
    () => knownActions.map((value) => ({ value, label: actionLabel(t, value) })).sort(byLabel),
    [t, i18n.language],
  );
  const objectTypeOptions = useMemo(
    () => knownObjectTypes.map((value) => ({ value, label: objectTypeLabel(t, value) })).sort(byLabel),
    [t, i18n.language],
  );

  return (
    <Form<JournalFilterValues>
      form={form}
      name="journal-filters"
      layout="vertical"
      className="journal-filters"
      onFinish={onApply}
    >
      <div className="journal-filters__grid">
        <Form.Item label={t('journal.person')} name="person" extra={t('journal.personHelp')} {...iinItem}>
          <Input inputMode="numeric" maxLength={12} autoComplete="off" allowClear={clearable(t)} />
        </Form.Item>
        <Form.Item label={t('journal.actor')} name="actor" extra={t('journal.actorHelp')} {...iinItem}>
          <Input inputMode="numeric" maxLength={12} autoComplete="off" allowClear={clearable(t)} />
        </Form.Item>
        <Form.Item label={t('journal.action')} name="action">
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            allowClear={clearable(t)}
            placeholder={t('journal.actionAny')}
            options={actionOptions}
            data-testid="journal-action"
          />
        </Form.Item>
        <Form.Item label={t('journal.objectType')} name="objectType">
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            allowClear={clearable(t)}
            placeholder={t('journal.objectTypeAny')}
            options={objectTypeOptions}
            data-testid="journal-object-type"
          />
        </Form.Item>
        <Form.Item label={t('journal.objectId')} name="objectId">
          <Input allowClear={clearable(t)} />
        </Form.Item>
        <Form.Item label={t('journal.from')} name="fromDay" rules={[{ validator: dayValidator }]}>
          <Input inputMode="numeric" maxLength={10} placeholder={t('journal.datePlaceholder')} allowClear={clearable(t)} />
        </Form.Item>
        <Form.Item label={t('journal.to')} name="toDay" rules={[{ validator: dayValidator }]}>
          <Input inputMode="numeric" maxLength={10} placeholder={t('journal.datePlaceholder')} allowClear={clearable(t)} />
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
