import type { UiLanguage } from '../i18n/ui-language.ts';
import type { EnpAccessHistory, EnpCase } from './enp-api.ts';
import type { EnpCatalog } from './enp-catalog.ts';
import { formatEnpDay, formatEnpInstant, formatFileSize } from './enp-format.ts';

// The case as the participant sees it (issue 16 item 3, ENP-4; seed 002
// «Просмотр сведений по судебному делу»): the details, participants by
// category, the dates of the course and the acts and documents — both
// oldest first — each downloaded on its own, with its signature's public
// check when it is a signed act; then who viewed the case (ENP-11). Pure:
// everything comes in as props, so a test renders it from a contract object.

type Props = {
  view: EnpCase;
  /** null while loading or when it failed (`historyFailed`). */
  history: EnpAccessHistory | null;
  historyFailed: boolean;
  texts: EnpCatalog;
  language: UiLanguage;
  onSignOut: () => void;
};

/** Oldest first by the day; the server's order is kept among equal days (a stable sort). */
export function oldestFirst<T extends { date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function EnpCaseView({ view, history, historyFailed, texts, language, onSignOut }: Props) {
  const t = texts.case;
  const { case: c } = view;
  return (
    <div className="enp-case">
      <div className="enp-case__me">
        <span>{t.signedInAs} <strong>{view.me.fullName}</strong> ({view.me.categoryName[language]})</span>
        <button type="button" className="enp-button enp-button--secondary" onClick={onSignOut} data-testid="enp-sign-out">{t.signOut}</button>
      </div>

      <section aria-labelledby="enp-case-details">
        <h1 id="enp-case-details" className="enp-heading">{t.details}</h1>
        <dl className="enp-pairs" data-testid="enp-case-details">
          <dt>{t.number}</dt><dd>{c.number}</dd>
          <dt>{t.registeredOn}</dt><dd>{formatEnpDay(c.registeredOn)}</dd>
          <dt>{t.form}</dt><dd>{c.formName[language]}</dd>
          <dt>{t.instance}</dt><dd>{c.instanceName[language]}</dd>
          <dt>{t.region}</dt><dd>{c.region[language]}</dd>
          <dt>{t.court}</dt><dd>{c.court[language]}</dd>
          <dt>{t.status}</dt><dd>{c.statusName[language]}{c.archived ? ` — ${t.archived}` : ''}</dd>
        </dl>
      </section>

      <section aria-labelledby="enp-case-participants">
        <h2 id="enp-case-participants" className="enp-heading">{t.participants}</h2>
        <dl className="enp-pairs" data-testid="enp-case-participants">
          {view.participants.map((group) => (
            <div key={group.category} className="enp-pairs__row">
              <dt>{group.categoryName[language]}</dt>
              <dd>{group.names.join(', ')}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="enp-case-course">
        <h2 id="enp-case-course" className="enp-heading">{t.course}</h2>
        {view.course.length === 0 ? <p>{t.noCourse}</p> : (
          <dl className="enp-pairs" data-testid="enp-case-course">
            {oldestFirst(view.course).map((entry, index) => (
              <div key={`${entry.kind}-${entry.date}-${index}`} className="enp-pairs__row">
                <dt>{entry.name[language]}</dt>
                <dd>{formatEnpDay(entry.date)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="enp-case-documents">
        <h2 id="enp-case-documents" className="enp-heading">{t.documents}</h2>
        {view.documents.length === 0 ? <p>{t.noDocuments}</p> : (
          <div className="enp-table-wrap">
            <table className="enp-table" data-testid="enp-case-documents">
              <thead>
                <tr><th scope="col">{t.download}</th><th scope="col">{t.document}</th><th scope="col">{t.date}</th><th scope="col">{t.size}</th></tr>
              </thead>
              <tbody>
                {oldestFirst(view.documents).map((document) => (
                  <tr key={document.id}>
                    <td>
                      <a href={document.downloadUrl} download aria-label={t.downloadOf(document.title)}>{t.download}</a>
                      {document.verifyUrl !== null && (
                        <>
                          {' '}
                          <a href={document.verifyUrl} aria-label={t.verifyOf(document.title)} className="enp-verify">{t.verify}</a>
                        </>
                      )}
                    </td>
                    <th scope="row">
                      <span className="enp-doc__kind">{document.kindName[language]}</span> {document.title}
                    </th>
                    <td>{formatEnpDay(document.date)}</td>
                    <td>{formatFileSize(document.size, language, texts.units)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="enp-case-history">
        <h2 id="enp-case-history" className="enp-heading">{t.history}</h2>
        <p>{t.historyIntro}</p>
        {historyFailed && <p role="alert" className="enp-alert">{t.historyFailed}</p>}
        {history !== null && (history.items.length === 0 ? <p>{t.noHistory}</p> : (
          <div className="enp-table-wrap">
            <table className="enp-table" data-testid="enp-case-history">
              <thead><tr><th scope="col">{t.when}</th><th scope="col">{t.who}</th><th scope="col">{t.what}</th></tr></thead>
              <tbody>
                {history.items.map((event, index) => (
                  <tr key={`${event.at}-${index}`}>
                    <td>{formatEnpInstant(event.at, language)}</td>
                    <td>{event.who[language]}</td>
                    <td>{event.actionName[language]}{event.documentTitle === null ? '' : `: ${event.documentTitle}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
    </div>
  );
}
