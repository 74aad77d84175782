import { LockOutlined, MailOutlined, SafetyCertificateOutlined, UserAddOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input, Radio, Select } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError } from '../../components/use-load.ts';
import { isTwelveDigits } from '../../format/iin.ts';
import { isUiLanguage } from '../../i18n/ui-language.ts';
import type { UiLanguage } from '../../i18n/ui-language.ts';
import { useSession } from '../../session/session-context.tsx';
import { utf8Bytes } from '../../signing/base64.ts';
import type { SigningTask } from '../../signing/use-signing-flow.ts';
import { isEmailAddress } from './registration-path.ts';

// The signing dialog (key file or NCALayer) is the one ЭЦП sign-in uses; it loads when opened.
const SigningDialog = lazy(() => import('../../signing/signing-dialog.tsx').then((m) => ({ default: m.SigningDialog })));

type Way = 'esign' | 'password';
type PasswordFields = { iin: string; email: string; password: string; passwordAgain: string; locale: UiLanguage };
type EsignFields = { email: string; locale: UiLanguage };

/**
 * FILE-3, ISSUE-14 item 2: a new applicant registers in «Сот кабінеті» —
 * with ЭЦП (the certificate decides who they are) or with IIN, e-mail and a
 * password (ГБД ФЛ confirms the IIN and gives the name) — and lands on their
 * home, signed in.
 */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const language: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'kk';
  const [way, setWay] = useState<Way>('esign');

  return (
    <main className="sign-in" id="main-content">
      <section className="sign-in__card" aria-labelledby="register-title">
        <h1 id="register-title" className="sign-in__title">{t('cabinet.title')}</h1>
        <p className="sign-in__intro">{t('cabinet.intro')}</p>
        <fieldset className="register__ways">
          <legend>{t('cabinet.ways')}</legend>
          <Radio.Group
            value={way}
            onChange={(event) => setWay(event.target.value as Way)}
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'esign', label: t('cabinet.wayEsign') },
              { value: 'password', label: t('cabinet.wayPassword') },
            ]}
          />
        </fieldset>
        {way === 'esign' ? <EsignRegistration language={language} /> : <PasswordRegistration language={language} />}
        <p className="register__back"><a href="#/">{t('cabinet.backToSignIn')}</a></p>
      </section>
    </main>
  );
}

function useEmailRules() {
  const { t } = useTranslation();
  return [
    { required: true, message: t('cabinet.emailRequired') },
    {
      validator: (_rule: unknown, value: unknown) =>
        typeof value !== 'string' || value.trim() === '' || isEmailAddress(value)
          ? Promise.resolve()
          : Promise.reject(new Error(t('cabinet.emailInvalid'))),
    },
  ];
}

function LanguageField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('cabinet.language')} name="locale">
      <Select options={[{ value: 'kk', label: t('cabinet.languageKk') }, { value: 'ru', label: t('cabinet.languageRu') }]} />
    </Form.Item>
  );
}

/** Messages already on screen follow a language switch (as on the sign-in page). */
function useRevalidateOnLanguage<T>(form: ReturnType<typeof Form.useForm<T>>[0], language: UiLanguage, clear: () => void) {
  useEffect(() => {
    clear();
    const shown = form.getFieldsError().filter((field) => field.errors.length > 0).map((field) => field.name);
    if (shown.length > 0) form.validateFields(shown).catch(() => undefined);
  }, [language, form]);
}

function PasswordRegistration({ language }: { language: UiLanguage }) {
  const { t } = useTranslation();
  const { register } = useSession();
  const [form] = Form.useForm<PasswordFields>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRules = useEmailRules();
  useRevalidateOnLanguage(form, language, () => setError(null));

  const onFinish = async ({ iin, email, password, locale }: PasswordFields) => {
    setBusy(true);
    setError(null);
    try {
      await register({ method: 'password', iin, email: email.trim(), password, locale });
    } catch (caught) {
      setError(asApiError(caught));
      form.setFieldsValue({ password: '', passwordAgain: '' });
      setBusy(false);
    }
  };

  return (
    <>
      {error !== null && <div className="sign-in__error"><ErrorAlert error={error} /></div>}
      <Form<PasswordFields>
        form={form}
        name="register-password"
        layout="vertical"
        requiredMark={false}
        initialValues={{ locale: language }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          label={t('cabinet.iin')}
          name="iin"
          extra={t('cabinet.iinHint')}
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
          <Input prefix={<UserOutlined aria-hidden />} inputMode="numeric" autoComplete="username" maxLength={12} placeholder={t('signIn.iinPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('cabinet.email')} name="email" extra={t('cabinet.emailHint')} validateTrigger="onBlur" rules={emailRules}>
          <Input prefix={<MailOutlined aria-hidden />} type="email" autoComplete="email" maxLength={254} />
        </Form.Item>
        <Form.Item
          label={t('cabinet.password')}
          name="password"
          extra={t('cabinet.passwordHint')}
          rules={[{ required: true, message: t('validation.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('cabinet.passwordAgain')}
          name="passwordAgain"
          dependencies={['password']}
          rules={[
            { required: true, message: t('validation.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: unknown) =>
                value === undefined || value === '' || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('cabinet.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" />
        </Form.Item>
        <LanguageField />
        <Button type="primary" htmlType="submit" block icon={<UserAddOutlined />} loading={busy} data-testid="register-password-submit">
          {t('cabinet.submitPassword')}
        </Button>
      </Form>
    </>
  );
}

function EsignRegistration({ language }: { language: UiLanguage }) {
  const { t } = useTranslation();
  const { register } = useSession();
  const [form] = Form.useForm<EsignFields>();
  const [fields, setFields] = useState<EsignFields | null>(null);
  const emailRules = useEmailRules();
  useRevalidateOnLanguage(form, language, () => undefined);

  // The same proof as ЭЦП sign-in: a fresh nonce (≤ 60 s) fetched at the moment of signing.
  const task = useMemo<SigningTask>(() => ({
    purpose: 'auth',
    attached: true,
    startOnOpen: false,
    start: async () => {
      const challenge = await api.esignChallenge();
      return { id: challenge.challengeId, data: utf8Bytes(challenge.nonce), startedAt: null, expiresAt: challenge.expiresAt };
    },
    submit: async (cms, challenge) => {
      if (fields === null) return;
      await register({ method: 'esign', challengeId: challenge.id, cms, email: fields.email.trim(), locale: fields.locale });
    },
  }), [fields, register]);

  return (
    <>
      <p className="esign__hint">{t('cabinet.esignIntro')}</p>
      <Form<EsignFields>
        form={form}
        name="register-esign"
        layout="vertical"
        requiredMark={false}
        initialValues={{ locale: language }}
        onFinish={(values) => setFields(values)}
      >
        <Form.Item label={t('cabinet.email')} name="email" extra={t('cabinet.emailHint')} validateTrigger="onBlur" rules={emailRules}>
          <Input prefix={<MailOutlined aria-hidden />} type="email" autoComplete="email" maxLength={254} />
        </Form.Item>
        <LanguageField />
        <Button type="primary" htmlType="submit" block icon={<SafetyCertificateOutlined />} data-testid="register-esign">
          {t('cabinet.submitEsign')}
        </Button>
      </Form>
      {fields !== null && (
        <Suspense fallback={null}>
          <SigningDialog open title={t('cabinet.esignDialogTitle')} task={task} onClose={() => setFields(null)} onDone={() => setFields(null)} />
        </Suspense>
      )}
    </>
  );
}
