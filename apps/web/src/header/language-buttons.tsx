import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../i18n/ui-language.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';

/** The kk/ru buttons. Each names its language in that language; the caller decides what choosing does. */
export function LanguageButtons({ onChoose, size, className }: { onChoose: (language: UiLanguage) => void; size?: 'small'; className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('header.language')} className="language-switch">
      {uiLanguages.map((language) => {
        const active = i18n.language === language;
        return (
          <Button
            key={language}
            lang={language}
            {...(size ? { size } : {})}
            {...(className ? { className } : {})}
            type={active ? 'primary' : 'default'}
            aria-pressed={active}
            onClick={() => onChoose(language)}
          >
            {i18n.getFixedT(language)('language.selfName')}
          </Button>
        );
      })}
    </div>
  );
}
