// Fines as ЕРАП posts them for compulsory collection (docs/api.md, SIMP-1),
// for bench:simplified: every one eligible for the simplified proceeding
// (under 10 MRP, opened early in 2026, in Taraz or Astana where the demo
// bailiffs work) and every debtor one the mobile-citizens simulator knows a
// phone for — so each fine ends initiated, as the benchmark wants.
import { buildIin, simulatedPhone } from '../../packages/adapters/src/index';

const SURNAMES = ['Ахметов', 'Жақсылықов', 'Серікбаев', 'Тоқтаров', 'Нұрпейісов', 'Омаров', 'Қасымов', 'Әбдірахманов', 'Байжанов', 'Мұқанов',
  'Оспанов', 'Ержанов', 'Қалиев', 'Тұрсынов', 'Смағұлов', 'Ыбыраев', 'Шәріпов', 'Құрманов'];
const NAMES = ['Ерлан', 'Нұрлан', 'Асхат', 'Бауыржан', 'Данияр', 'Мұрат', 'Әлихан', 'Қайрат', 'Дәурен', 'Арман', 'Ғалым', 'Жандос'];
const FATHERS = ['Нұрланұлы', 'Серікұлы', 'Қайратұлы', 'Ерланұлы', 'Маратұлы', 'Асқарұлы', 'Болатұлы'];
const ARTICLES = ['ст. 610 ч. 1 КоАП РК', 'ст. 592 ч. 1 КоАП РК', 'ст. 434 КоАП РК', 'ст. 597 ч. 2 КоАП РК', 'ст. 505 КоАП РК'];
/** Taraz (Zhambyl region) and Astana: the territories with demo bailiffs, so the ordinary path can distribute. */
const TERRITORIES = [
  { kato: '311000000', body: 'УАП ДП Жамбылской области' },
  { kato: '710000000', body: 'УАП ДП г. Астаны' },
] as const;

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `count` distinct valid IINs (people born 1960…2004) that have a phone in the simulator. */
export function debtorIinsWithPhone(count: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < count; i++) {
    if (i > count * 50) throw new Error(`could not mint ${count} IINs with a phone`);
    const iin = buildIin({ year: 1960 + (i % 45), month: 1 + (Math.floor(i / 45) % 12), day: 1 + (Math.floor(i / 540) % 28),
      sex: i % 2 ? 'male' : 'female', serial: 1000 + (Math.floor(i / 15120) % 9000) });
    if (iin === null || seen.has(iin) || simulatedPhone(iin) === null) continue;
    seen.add(iin);
    out.push(iin);
  }
  return out;
}

/** 1,000.00 … 40,000.00 ₸ as ЕРАП writes it ("12 345,00"); 10 MRP of 2026 is 43,250 ₸. */
function amountText(n: number): string {
  const tenge = 1000 + ((n * 7919) % 39_001);
  return `${String(tenge).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},00`;
}

/** The n-th fine of a run (`tag` keeps runs apart), dated a few weeks before `now`. */
export function benchFine(tag: string, n: number, debtorIin: string, now: Date) {
  const territory = TERRITORIES[n % TERRITORIES.length]!;
  const opened = now.getTime() - (12 + (n % 30)) * DAY_MS;
  const female = debtorIin[6] === '4' || debtorIin[6] === '6';
  const surname = SURNAMES[n % SURNAMES.length]!;
  const name = NAMES[Math.floor(n / SURNAMES.length) % NAMES.length]!;
  const father = FATHERS[Math.floor(n / 7) % FATHERS.length]!;
  return {
    erapFineId: `ERAP-${tag}-${String(n).padStart(7, '0')}`,
    debtorIin,
    debtorName: female ? `${surname}а ${name === 'Ерлан' ? 'Айгүл' : 'Динара'} ${father.replace('ұлы', 'қызы')}` : `${surname} ${name} ${father}`,
    amount: amountText(n),
    caseOpenedOn: isoDay(opened),
    territoryKato: territory.kato,
    decision: {
      number: `АП-${tag}-${n}`,
      date: isoDay(opened + DAY_MS),
      enteredIntoForceOn: isoDay(opened + 11 * DAY_MS),
      article: ARTICLES[n % ARTICLES.length]!,
      issuingBody: territory.body,
    },
  };
}
