// Issue 17 (лицензирование ЧСИ): error texts in Russian; the same keys as licensing-kk.ts.
export const licensingRu = {
  'error.licensing.application_state': 'Заявление уже в другом состоянии (его, возможно, только что изменил другой сотрудник). Обновите страницу.',
  'error.licensing.not_paid': 'Отсутствует оплата лицензионного сбора: в оказании услуги отказано.',
  'error.licensing.signature_refused': 'Не подтверждена подлинность ЭЦП (срок действия, отзыв или ИИН не совпадает с ИИН заявителя): в оказании услуги отказано.',
  'error.licensing.person_not_found': 'Данные получателя отсутствуют в ГБД «Физические лица»: в оказании услуги отказано.',
  'error.licensing.licence_state': 'Лицензия уже в другом состоянии (приостановлена, прекращена или переоформлена). Обновите страницу.',
  'error.licensing.licence_inactive': 'Действие лицензии частного судебного исполнителя приостановлено или прекращено: подписывать акты нельзя.',
  'error.licensing.documents_missing': 'Не приложены обязательные документы: {missing}.',
  'error.licensing.payment_failed': 'Платёжный шлюз не подтвердил оплату. Повторите оплату позже.',
  'error.licensing.checklist_incomplete': 'Лицензию можно выдать, только если все квалификационные требования отмечены как выполненные.',
  'error.licensing.survey_answered': 'Вы уже ответили на анкету по этому заявлению.',
};
