import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, renderPdfDefinition } from './pdf-engine';

// ЭНП «Образцы заявлений» (issue 16 item 2, ENP-3): the sample applications a
// participant prints or copies and hands to the court office, in Kazakh and
// Russian, as a court portal offers them. Blanks are lines to fill in by
// hand. No article numbers are cited: the samples name the procedure
// generally, so they stay right whichever code governs the case.

export type EnpSampleId = 'password' | 'act-copy' | 'familiarisation';
export type SampleLanguage = 'kk' | 'ru';

type SampleText = {
  /** File name without extension, ASCII (a header value). */
  file: string;
  title: string;
  subject: string;
  body: readonly string[];
  attachments: readonly string[];
};

const BLANK = '________________________________';

const HEAD: Record<SampleLanguage, readonly string[]> = {
  kk: [`${BLANK} сотына`, '(соттың атауы)', `Өтініш беруші: ${BLANK}`, '(тегі, аты, әкесінің аты)', `ЖСН: ____________`,
    `Мекенжайы: ${BLANK}`, `Телефоны: ____________  Электрондық поштасы: ____________`],
  ru: [`В ${BLANK}`, '(наименование суда)', `от ${BLANK}`, '(фамилия, имя, отчество)', `ИИН: ____________`,
    `Адрес: ${BLANK}`, `Телефон: ____________  Электронная почта: ____________`],
};

const CASE_LINE: Record<SampleLanguage, string> = {
  kk: 'Іс № ____________ бойынша, ____________ және ____________ арасындағы (тараптар)',
  ru: 'по делу № ____________ между ____________ и ____________ (стороны)',
};

const TEXTS: Record<EnpSampleId, Record<SampleLanguage, SampleText>> = {
  password: {
    kk: {
      file: 'otinish-enp-kupiyasoz', title: 'ӨТІНІШ', subject: 'ЭНП-да сот ісін қарауға арналған қол жеткізу құпиясөзін беру туралы',
      body: [
        'Мен осы істе ____________ (істегі санатым: талапкер, жауапкер, қорғаушы, өкіл және т.б.) ретінде қатысамын.',
        'Іс бойынша мәліметтерді, сот актілері мен құжаттарды Сот органдарының сыртқы порталындағы электрондық бақылау сот ісін жүргізу (ЭНП) арқылы қарау үшін маған қол жеткізу құпиясөзін беруіңізді сұраймын.',
        'Құпиясөзді жазбаша түрде канцелярияда алуға / жоғарыда көрсетілген электрондық поштаға хабарлама алуға келісемін (керегін сызып тастаңыз).',
      ],
      attachments: ['Жеке басын куәландыратын құжаттың көшірмесі.', 'Қажет болған жағдайда — өкілдің өкілеттігін растайтын құжат (сенімхат).'],
    },
    ru: {
      file: 'zayavlenie-enp-parol', title: 'ЗАЯВЛЕНИЕ', subject: 'о выдаче пароля доступа к судебному делу в ЭНП',
      body: [
        'Я являюсь участником данного дела в качестве ____________ (категория: истец, ответчик, защитник, представитель и т.д.).',
        'Прошу выдать мне пароль доступа для просмотра сведений по судебному делу, судебных актов и документов в электронном наблюдательном судебном производстве (ЭНП) на Внешнем портале судебных органов.',
        'Пароль прошу выдать в письменном виде в канцелярии суда / согласен(а) получить уведомление на указанный выше адрес электронной почты (ненужное зачеркнуть).',
      ],
      attachments: ['Копия документа, удостоверяющего личность.', 'При необходимости — документ, подтверждающий полномочия представителя (доверенность).'],
    },
  },
  'act-copy': {
    kk: {
      file: 'otinish-sot-aktisinin-koshirmesi', title: 'ӨТІНІШ', subject: 'сот актісінің көшірмесін беру туралы',
      body: [
        'Мен осы істе ____________ ретінде қатысамын.',
        'Осы іс бойынша ____________ жылғы «___» ____________ шығарылған ____________ (шешім, үкім, қаулы, ұйғарым) көшірмесін ____ данада беруіңізді сұраймын.',
        'Көшірмені канцелярияда қолма-қол алуға / пошта арқылы жоғарыда көрсетілген мекенжайға жіберуге (керегін сызып тастаңыз).',
      ],
      attachments: ['Жеке басын куәландыратын құжаттың көшірмесі.', 'Қажет болған жағдайда — өкілдің өкілеттігін растайтын құжат.'],
    },
    ru: {
      file: 'zayavlenie-kopiya-sudebnogo-akta', title: 'ЗАЯВЛЕНИЕ', subject: 'о выдаче копии судебного акта',
      body: [
        'Я являюсь участником данного дела в качестве ____________.',
        'Прошу выдать мне копию ____________ (решения, приговора, постановления, определения) по настоящему делу от «___» ____________ ____ года в количестве ____ экз.',
        'Копию прошу выдать на руки в канцелярии суда / направить почтой по указанному выше адресу (ненужное зачеркнуть).',
      ],
      attachments: ['Копия документа, удостоверяющего личность.', 'При необходимости — документ, подтверждающий полномочия представителя.'],
    },
  },
  familiarisation: {
    kk: {
      file: 'otinish-is-materialdarymen-tanysu', title: 'ӨТІНІШ', subject: 'іс материалдарымен танысу туралы',
      body: [
        'Мен осы істе ____________ ретінде қатысамын.',
        'Осы іс материалдарымен танысуға, олардан үзінділер жасауға және көшірмелер түсіруге (оның ішінде техникалық құралдармен) рұқсат беруіңізді сұраймын.',
        'Танысу үшін ыңғайлы күн мен уақыт: ____________. Танысу уақыты туралы жоғарыда көрсетілген телефон немесе электрондық пошта арқылы хабарлауыңызды сұраймын.',
      ],
      attachments: ['Жеке басын куәландыратын құжаттың көшірмесі.', 'Қажет болған жағдайда — өкілдің өкілеттігін растайтын құжат.'],
    },
    ru: {
      file: 'zayavlenie-oznakomlenie-s-materialami', title: 'ЗАЯВЛЕНИЕ', subject: 'об ознакомлении с материалами дела',
      body: [
        'Я являюсь участником данного дела в качестве ____________.',
        'Прошу предоставить мне возможность ознакомиться с материалами настоящего дела, делать из них выписки и снимать копии (в том числе с помощью технических средств).',
        'Удобные для ознакомления дата и время: ____________. О времени ознакомления прошу сообщить по указанному выше телефону или электронной почте.',
      ],
      attachments: ['Копия документа, удостоверяющего личность.', 'При необходимости — документ, подтверждающий полномочия представителя.'],
    },
  },
};

const FOOT: Record<SampleLanguage, { attachments: string; date: string; signature: string; sample: string }> = {
  kk: { attachments: 'Қосымшалар:', date: 'Күні: «___» ____________ 20___ ж.', signature: 'Қолы: ____________',
    sample: 'Үлгі. Сот органдарының байланыс орталығы: 1401, it@supcourt.kz' },
  ru: { attachments: 'Приложения:', date: 'Дата: «___» ____________ 20___ г.', signature: 'Подпись: ____________',
    sample: 'Образец. Контакт-центр судебных органов: 1401, it@supcourt.kz' },
};

/** The sample's download name, e.g. `zayavlenie-enp-parol.pdf`. */
export function enpSampleFileName(sample: EnpSampleId, language: SampleLanguage): string {
  return `${TEXTS[sample][language].file}.pdf`;
}

/** The sample's heading and subject as one line (tests read it back from the PDF). */
export function enpSampleHeading(sample: EnpSampleId, language: SampleLanguage): string {
  const text = TEXTS[sample][language];
  return `${text.title} ${text.subject}`;
}

/**
 * One A4 page: the addressee and applicant block on the right, the title,
 * the request, attachments, date and signature. Deterministic (a fixed
 * creation date), so the same sample is the same bytes on every download.
 */
export async function renderEnpSamplePdf(sample: EnpSampleId, language: SampleLanguage): Promise<Uint8Array> {
  const text = TEXTS[sample][language];
  const foot = FOOT[language];
  const fixed = new Date(Date.UTC(2026, 0, 1));
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [70, 56, 56, 56],
    version: '1.7',
    info: { title: enpSampleHeading(sample, language), creator: 'Oryndau', producer: 'Oryndau (pdfmake)', creationDate: fixed, modDate: fixed },
    defaultStyle: { font: FONT_FAMILY, fontSize: 11, lineHeight: 1.3 },
    content: [
      { stack: HEAD[language].map((line) => (line.startsWith('(') ? { text: line, fontSize: 8, color: '#555555' } : { text: line })),
        margin: [230, 0, 0, 24] },
      { text: text.title, bold: true, fontSize: 14, alignment: 'center' },
      { text: text.subject, bold: true, alignment: 'center', margin: [0, 2, 0, 4] },
      { text: CASE_LINE[language], alignment: 'center', fontSize: 10, margin: [0, 0, 0, 16] },
      ...text.body.map((paragraph) => ({ text: paragraph, alignment: 'justify' as const, margin: [0, 0, 0, 8] as [number, number, number, number] })),
      { text: foot.attachments, bold: true, margin: [0, 12, 0, 4] },
      { ol: [...text.attachments] },
      { columns: [{ text: foot.date }, { text: foot.signature, alignment: 'right' }], margin: [0, 32, 0, 0] },
      { text: foot.sample, fontSize: 8, color: '#555555', margin: [0, 40, 0, 0] },
    ],
  };
  return renderPdfDefinition(definition);
}
