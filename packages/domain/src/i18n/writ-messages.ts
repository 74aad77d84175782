// FILE-16 (issue 15 item 3): the texts of the writ's errors, in a catalog of
// their own (spread into ru.ts and kk.ts) so parallel work on the catalogs
// does not collide. Keys must match between the two — a test fails otherwise.

export const WRIT_MESSAGES_RU = {
  'error.courts.writ_act_not_in_force': 'Исполнительный лист выписывается только по судебному акту, вступившему в законную силу, или по акту, подлежащему немедленному исполнению.',
  'error.courts.writ_exists': 'По этому судебному акту исполнительный лист уже выписан (возможно, другим сотрудником только что). Обновите страницу.',
  'error.courts.writ_transition_forbidden': 'Это действие с исполнительным листом невозможно в его текущем статусе. Обновите страницу.',
  'error.courts.writ_category_unknown': 'Категория взыскания не предусмотрена правилами распределения исполнительных документов.',
  'error.courts.writ_parties_missing': 'В деле нет взыскателя или должника с ИИН/БИН: исполнительный лист не может быть выписан.',
  'error.courts.writ_judge_missing': 'Делу не назначен председательствующий судья, который подпишет исполнительный лист.',
} as const;

export const WRIT_MESSAGES_KK: Record<keyof typeof WRIT_MESSAGES_RU, string> = {
  'error.courts.writ_act_not_in_force': 'Атқару парағы заңды күшіне енген немесе дереу орындалуға жататын сот актісі бойынша ғана жазылады.',
  'error.courts.writ_exists': 'Бұл сот актісі бойынша атқару парағы жазылып қойған (басқа қызметкер жаңа ғана жазған болуы мүмкін). Бетті жаңартыңыз.',
  'error.courts.writ_transition_forbidden': 'Атқару парағының қазіргі мәртебесінде бұл әрекет мүмкін емес. Бетті жаңартыңыз.',
  'error.courts.writ_category_unknown': 'Өндіріп алу санаты атқарушылық құжаттарды бөлу ережелерінде көзделмеген.',
  'error.courts.writ_parties_missing': 'Істе ЖСН/БСН көрсетілген өндіріп алушы немесе борышкер жоқ: атқару парағын жазу мүмкін емес.',
  'error.courts.writ_judge_missing': 'Іске атқару парағына қол қоятын төрағалық етуші судья тағайындалмаған.',
};
