import type { archiveRu } from './archive-ru';

// FILE-17: the archive's error texts in Kazakh; the same keys as archive-ru.ts.
export const archiveKk: Record<keyof typeof archiveRu, string> = {
  'error.courts.archive_not_due': 'Іс әлі мұрағатқа тапсырылмайды: шешім заңды күшіне енбеген немесе үш жұмыс күні өтпеген.',
  'error.courts.archive_already': 'Іс мұрағатқа тапсырылған; оның құжаттары енді өзгертілмейді.',
  'error.courts.archive_inventory_stale': 'Тізімдеме жасалғаннан кейін іске жаңа құжаттар немесе қолтаңбалар қосылды. Тізімдемені қайта жасаңыз.',
  'error.courts.archive_not_archived': 'Іс әлі мұрағатқа тапсырылмаған: көшірме мен жүктеп алу тізімдемеге судья қол қойғаннан кейін қолжетімді.',
};
