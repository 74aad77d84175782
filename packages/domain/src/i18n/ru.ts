// Russian texts the server produces: error messages (by error code) and the
// names of roles and organisation kinds. Keys must match kk.ts exactly — a
// test fails otherwise.
export const ru = {
  'error.validation': 'Данные заполнены неверно: {fields}.',
  'error.not_found': 'Запрошенный объект не найден.',
  'error.forbidden': 'У вас нет права на это действие.',
  'error.unauthenticated': 'Войдите в систему, чтобы продолжить.',
  'error.conflict': 'Документ уже изменён другим пользователем. Обновите страницу и повторите.',
  'error.rate_limited': 'Слишком много запросов. Повторите через {retryAfter} с.',
  'error.internal': 'Внутренняя ошибка системы. Повторите позже; если ошибка повторится, сообщите в поддержку код запроса {requestId}.',
  'error.database_unavailable': 'База данных временно недоступна. Повторите позже.',
  'error.auth.invalid_credentials': 'Неверный ИИН или пароль.',
  'error.auth.locked': 'Слишком много неудачных попыток входа. Учётная запись заблокирована до {until}.',
  'error.auth.csrf': 'Сеанс устарел. Обновите страницу и повторите действие.',
  'error.iin.invalid': 'ИИН должен состоять из 12 цифр с верной контрольной цифрой.',
  'error.calendar.invalid_day': 'Неверная дата или вид дня производственного календаря.',
  'error.external.unavailable': 'Внешняя система «{system}» не отвечает. Запрос будет повторён автоматически.',

  'role.state_bailiff': 'Государственный судебный исполнитель',
  'role.private_bailiff': 'Частный судебный исполнитель',
  'role.senior_bailiff': 'Старший судебный исполнитель',
  'role.court_office': 'Специалист канцелярии суда',
  'role.judge': 'Судья',
  'role.court_secretary': 'Секретарь судебного заседания',
  'role.court_chairman': 'Председатель суда',
  'role.licensing_officer': 'Сотрудник лицензиара',
  'role.citizen': 'Гражданин',
  'role.admin': 'Администратор',

  'orgKind.court': 'Суд',
  'orgKind.enforcement_department': 'Территориальный департамент юстиции (исполнение)',
  'orgKind.chamber_of_private_bailiffs': 'Региональная палата частных судебных исполнителей',
  'orgKind.private_bailiff_office': 'Контора частного судебного исполнителя',
  'orgKind.licensor': 'Лицензиар',
  'orgKind.system': 'Система Oryndau',
} as const;
