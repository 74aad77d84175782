import type { EnpSampleId } from '@oryndau/contracts';
import { enpSampleUrl } from './enp-api.ts';
import { ENP_LAWS, lawUrl } from './enp-law.ts';
import { useEnpTexts } from './enp-texts.ts';

// The portal's reading pages (issue 16 item 2, ENP-3): «Правовая база»,
// «Образцы заявлений», «Об ЕАИАС СО РК». «Информация о судах» reads the
// server and has its own file.

/** The samples in the catalog's order; its `items` are keyed by every sample id of the contract (enp-ru.ts), so none is missing. */
const samplesOf = (items: Record<EnpSampleId, string>) => Object.keys(items) as EnpSampleId[];

export function EnpLawPage() {
  const { texts, language } = useEnpTexts();
  return (
    <section aria-labelledby="enp-law-heading">
      <h1 id="enp-law-heading" className="enp-heading">{texts.law.heading}</h1>
      <p>{texts.law.intro}</p>
      <ul className="enp-list" data-testid="enp-laws">
        {ENP_LAWS.map((law) => (
          <li key={law.id}>
            <a href={lawUrl(law.id, language)} target="_blank" rel="noopener noreferrer">
              <strong>{law.short[language]}</strong> — {law.title[language]} <span className="enp-visually-hidden">{texts.newWindow}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EnpSamplesPage() {
  const { texts } = useEnpTexts();
  return (
    <section aria-labelledby="enp-samples-heading">
      <h1 id="enp-samples-heading" className="enp-heading">{texts.samples.heading}</h1>
      <p>{texts.samples.intro}</p>
      <ul className="enp-list" data-testid="enp-samples">
        {samplesOf(texts.samples.items).map((sample) => (
          <li key={sample} className="enp-sample">
            <span className="enp-sample__title" id={`enp-sample-${sample}`}>{texts.samples.items[sample]}</span>
            <span className="enp-sample__links">
              <a href={enpSampleUrl(sample, 'kk')} download lang="kk" aria-describedby={`enp-sample-${sample}`} data-testid={`enp-sample-${sample}-kk`}>
                {texts.samples.download}, {texts.samples.inKazakh} (PDF)
              </a>
              <a href={enpSampleUrl(sample, 'ru')} download lang="ru" aria-describedby={`enp-sample-${sample}`} data-testid={`enp-sample-${sample}-ru`}>
                {texts.samples.download}, {texts.samples.inRussian} (PDF)
              </a>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EnpAboutPage() {
  const { texts } = useEnpTexts();
  return (
    <section aria-labelledby="enp-about-heading">
      <h1 id="enp-about-heading" className="enp-heading">{texts.about.heading}</h1>
      {texts.about.paragraphs.map((paragraph) => <p key={paragraph.slice(0, 40)}>{paragraph}</p>)}
    </section>
  );
}
