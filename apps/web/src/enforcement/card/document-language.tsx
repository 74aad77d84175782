import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

/** The language the act is rendered in; kk and ru are equal, the screen's language is the default (set by the form). */
export function DocumentLanguage() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('enf.act.locale')} name="locale" rules={[{ required: true }]}>
      <Radio.Group optionType="button" data-testid="act-locale"
        options={[{ value: 'kk', label: t('enf.act.localeKk') }, { value: 'ru', label: t('enf.act.localeRu') }]} />
    </Form.Item>
  );
}
