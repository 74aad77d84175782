import { useEffect, useState } from 'react';
import { ApiError } from '../api/http-client.ts';
import { enpApi } from './enp-api.ts';
import type { EnpAccessHistory, EnpCase } from './enp-api.ts';
import { EnpCaseView } from './enp-case-view.tsx';
import { EnpNotificationPrefs } from './enp-notification-prefs.tsx';
import { useEnpTexts } from './enp-texts.ts';

// /enp/case (ENP-4, ENP-11): loads the signed-in participant's case and its
// access history; with no ЭНП session (401) it says so and leads back to
// the search.

type Load = { state: 'loading' } | { state: 'expired' } | { state: 'failed'; message: string } | { state: 'done'; view: EnpCase };

export function EnpCasePage({ onLeave }: { onLeave: () => void }) {
  const { texts, language } = useEnpTexts();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [history, setHistory] = useState<EnpAccessHistory | null>(null);
  const [historyFailed, setHistoryFailed] = useState(false);

  useEffect(() => {
    let live = true;
    enpApi.case().then(
      (view) => {
        if (!live) return;
        setLoad({ state: 'done', view });
        // The history after the case: the case's own view is then in it.
        enpApi.accessHistory().then((items) => { if (live) setHistory(items); }, () => { if (live) setHistoryFailed(true); });
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) setLoad({ state: 'expired' });
        else setLoad({ state: 'failed', message: error instanceof ApiError ? error.message : texts.failed });
      },
    );
    return () => { live = false; };
    // Loaded once per visit; a language switch re-renders the same data.
  }, []);

  const signOut = () => {
    enpApi.signOut().then(onLeave, onLeave);
  };

  if (load.state === 'loading') return <p role="status">{texts.case.loading}</p>;
  if (load.state === 'expired' || load.state === 'failed') {
    return (
      <div>
        <p role="alert" className="enp-alert">{load.state === 'expired' ? texts.case.expired : load.message}</p>
        <button type="button" className="enp-button" onClick={onLeave}>{texts.case.toSearch}</button>
      </div>
    );
  }
  return (
    <>
      <EnpCaseView view={load.view} history={history} historyFailed={historyFailed} texts={texts} language={language} onSignOut={signOut} />
      {/* ENP-8, ENP-10: an archived case does not change any more — nothing to be told about. */}
      {!load.view.case.archived && <EnpNotificationPrefs language={language} />}
    </>
  );
}
