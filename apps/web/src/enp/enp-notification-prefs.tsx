import type { EnpPreferences } from '@oryndau/contracts';
import { useEffect, useState } from 'react';
import { http } from '../api/api.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';

// Issue 16 item 7 (ENP-8): after sign-in the participant chooses which
// e-mails about their case they want. Its few words live here in kk and ru
// (the portal's catalogs stay the portal team's file).

const TEXTS = {
  kk: {
    heading: 'Электрондық пошта хабарламалары',
    acts: 'Жаңа сот актілері', documents: 'Жаңа құжаттар', course: 'Іс барысының өзгеруі',
    save: 'Сақтау', saved: 'Сақталды', failed: 'Сақтау мүмкін болмады. Қайталап көріңіз.',
    hint: 'Әр хатта осы іс бойынша хаттардан бір рет басу арқылы бас тарту сілтемесі бар.',
  },
  ru: {
    heading: 'Уведомления по электронной почте',
    acts: 'Новые судебные акты', documents: 'Новые документы', course: 'Изменение хода дела',
    save: 'Сохранить', saved: 'Сохранено', failed: 'Не удалось сохранить. Повторите попытку.',
    hint: 'В каждом письме есть ссылка, чтобы одним нажатием отписаться от писем по этому делу.',
  },
} as const;

const KINDS = ['acts', 'documents', 'course'] as const;

export function EnpNotificationPrefs({ language }: { language: UiLanguage }) {
  const t = TEXTS[language];
  const [prefs, setPrefs] = useState<EnpPreferences | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');

  useEffect(() => {
    let live = true;
    http.get<EnpPreferences>('/api/enp/notifications').then((p) => { if (live) setPrefs(p); }, () => { if (live) setStatus('failed'); });
    return () => { live = false; };
  }, []);

  if (prefs === null) return null;
  const save = () => {
    http.put<EnpPreferences>('/api/enp/notifications', prefs).then((p) => { setPrefs(p); setStatus('saved'); }, () => setStatus('failed'));
  };
  return (
    <section aria-labelledby="enp-notify-heading" data-testid="enp-notification-prefs">
      <h2 id="enp-notify-heading" className="enp-heading">{t.heading}</h2>
      <fieldset className="enp-notify">
        <legend className="enp-notify__hint">{t.hint}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="enp-notify__option">
            <input type="checkbox" checked={prefs[kind]} data-testid={`enp-notify-${kind}`}
              onChange={(event) => { setPrefs({ ...prefs, [kind]: event.target.checked }); setStatus('idle'); }} />
            {' '}{t[kind]}
          </label>
        ))}
      </fieldset>
      <button type="button" className="enp-button" onClick={save} data-testid="enp-notify-save">{t.save}</button>
      <p role="status" aria-live="polite">{status === 'saved' ? t.saved : status === 'failed' ? t.failed : ''}</p>
    </section>
  );
}
