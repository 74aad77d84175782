import { LockOutlined, LoginOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/http-client.ts';
import { asApiError } from '../components/use-load.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { defaultTimeZone, formatDateTime } from '../format/date-time.ts';
import { isTwelveDigits } from '../format/iin.ts';
import { isUiLanguage } from '../i18n/ui-language.ts';
import { useSession } from '../session/session-context.tsx';
import { EsignSignIn } from './esign-sign-in.tsx';
import { REGISTRATION_HREF } from './cabinet/registration-path.ts';

// ISSUE-13 item 12: the demo keys (a table) exist only in development; production never loads them.
const DemoKeys = lazy(() => import('./demo-keys.tsx').then((m) => ({ default: m.DemoKeys })));

type Credentials = { iin: string; password: string };

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { signIn, devMode } = useSession();
  const [form] = Form.useForm<Credentials>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const language = isUiLanguage(i18n.language) ? i18n.language : 'kk';

  // Messages already on screen follow a language switch; a server message
  // in the language just left is dropped rather than left standing.
  useEffect(() => {
    setError(null);
    const shown = form.getFieldsError().filter((field) => field.errors.length > 0).map((field) => field.name);
    if (shown.length > 0) form.validateFields(shown).catch(() => undefined);
  }, [language, form]);

  const onFinish = async ({ iin, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(iin, password);
    } catch (caught) {
      setError(asApiError(caught));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  const until = error?.code === 'auth.locked' ? error.details?.['until'] : undefined;

  return (
    <main className="sign-in" id="main-content">
      {/* ISSUE-13 item 12: a plain panel and headings, not antd Card and Typography, which bring
          Tabs, Menu and Tooltip to the first page everyone loads. */}
      <section className="sign-in__card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title" className="sign-in__title">{t('signIn.title')}</h1>
        <p className="sign-in__intro">{t('signIn.intro')}</p>
        {error !== null && (
          <div className="sign-in__error">
            <ErrorAlert
              error={error}
              extra={typeof until === 'string'
                ? <div>{t('signIn.lockedUntil', { time: formatDateTime(until, language, defaultTimeZone) })}</div>
                : undefined}
            />
          </div>
        )}
        <Form<Credentials>
          form={form}
          name="sign-in"
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item
            label={t('signIn.iin')}
            name="iin"
            validateTrigger="onBlur"
            rules={[
              { required: true, message: t('validation.iinRequired') },
              {
                validator: (_rule, value: unknown) =>
                  typeof value !== 'string' || value === '' || isTwelveDigits(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('validation.iinInvalid'))),
              },
            ]}
          >
            <Input
              prefix={<UserOutlined aria-hidden />}
              inputMode="numeric"
              autoComplete="username"
              maxLength={12}
              placeholder={t('signIn.iinPlaceholder')}
            />
          </Form.Item>
          <Form.Item
            label={t('signIn.password')}
            name="password"
            rules={[{ required: true, message: t('validation.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block icon={<LoginOutlined />} loading={busy}>
            {t('signIn.submit')}
          </Button>
        </Form>
        <EsignSignIn />
        {/* FILE-3: a new applicant registers in «Сот кабинеті». */}
        <p className="sign-in__register">
          {t('cabinet.registerPrompt')} <a href={REGISTRATION_HREF} data-testid="register-link">{t('cabinet.registerLink')}</a>
        </p>
      </section>
      {devMode && <Suspense fallback={null}><DemoKeys /></Suspense>}
    </main>
  );
}
