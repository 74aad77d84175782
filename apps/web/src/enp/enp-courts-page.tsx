import { useEffect, useState } from 'react';
import type { EnpCourt } from '@oryndau/contracts';
import { enpApi } from './enp-api.ts';
import { formatZone } from './enp-format.ts';
import { useEnpTexts } from './enp-texts.ts';

// «Информация о судах» (issue 16 item 2, ENP-3): every court of the
// reference data with its region, address, time zone and contacts, read
// from GET /api/enp/courts (public).

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'done'; courts: EnpCourt[] };

export function EnpCourtsPage() {
  const { texts, language } = useEnpTexts();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    enpApi.courts().then((body) => { if (live) setLoad({ state: 'done', courts: body.courts }); }, () => { if (live) setLoad({ state: 'failed' }); });
    return () => { live = false; };
  }, []);
  return (
    <section aria-labelledby="enp-courts-heading" aria-busy={load.state === 'loading'}>
      <h1 id="enp-courts-heading" className="enp-heading">{texts.courts.heading}</h1>
      {load.state === 'loading' && <p role="status">{texts.courts.loading}</p>}
      {load.state === 'failed' && <p role="alert" className="enp-alert">{texts.courts.failed}</p>}
      {load.state === 'done' && (
        <>
          <p>{texts.courts.count(load.courts.length)}</p>
          <ul className="enp-courts" data-testid="enp-courts">
            {load.courts.map((court) => (
              <li key={court.id} className="enp-card">
                <h2 className="enp-card__title">{court.name[language]}</h2>
                <dl className="enp-pairs">
                  <dt>{texts.courts.region}</dt><dd>{court.region[language] || '—'}</dd>
                  <dt>{texts.courts.address}</dt><dd>{court.address[language]}</dd>
                  <dt>{texts.courts.zone}</dt><dd>{formatZone(court.timeZone)}</dd>
                  {(court.phone !== null || court.email !== null) && (
                    <>
                      <dt>{texts.courts.contacts}</dt>
                      <dd>
                        {court.phone !== null && <a href={`tel:${court.phone.replace(/[^\d+]/g, '')}`}>{court.phone}</a>}
                        {court.phone !== null && court.email !== null && ', '}
                        {court.email !== null && <a href={`mailto:${court.email}`}>{court.email}</a>}
                      </dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
