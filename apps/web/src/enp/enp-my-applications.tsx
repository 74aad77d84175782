import type { EnpApplicationView } from '../api/enp-applications-api.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import type { EnpApplyTexts } from './enp-apply-texts.ts';
import { formatEnpInstant } from './enp-format.ts';

/**
 * ENP-7, ENP-9: «my applications» on the portal — the signed ones (a draft
 * is not an application yet), their number, case and court, when filed, the
 * status and, for a refusal, the reference reason and the court's words, in
 * the language on screen.
 */
export function EnpMyApplications({ items, t, language }: { items: EnpApplicationView[] | null; t: EnpApplyTexts; language: UiLanguage }) {
  const submitted = (items ?? []).filter((a) => a.status !== 'draft');
  return (
    <section aria-labelledby="enp-mine-heading" data-testid="enp-my-applications">
      <h2 id="enp-mine-heading">{t.mine}</h2>
      {submitted.length === 0 ? <p>{t.mineEmpty}</p> : (
        <div className="enp-table-wrap" tabIndex={0} role="region" aria-labelledby="enp-mine-heading">
          <table className="enp-table">
            <thead><tr><th scope="col">{t.number}</th><th scope="col">{t.case}</th><th scope="col">{t.submittedAt}</th><th scope="col">{t.status}</th></tr></thead>
            <tbody>
              {submitted.map((a) => (
                <tr key={a.id} data-testid="enp-my-application">
                  <th scope="row">{a.number}</th>
                  <td>{a.caseNumber}<br />{a.court[language]}</td>
                  <td>{a.submittedAt === null ? '' : formatEnpInstant(a.submittedAt, language)}</td>
                  <td>
                    <strong>{a.statusName[language]}</strong>
                    {a.status === 'approved' && <p>{t.approvedHint}</p>}
                    {a.refusal !== null && (
                      <p data-testid="enp-my-refusal">{t.reason}: {a.refusal.reasonName[language]}{a.refusal.text === null ? '' : ` — ${a.refusal.text}`}</p>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
