// Issue 17: the menu's licensing entries. The menu is part of every signed-in
// page, so these few words are here rather than in the pages' lazy catalog
// (which the menu has not loaded) or the first-render catalogs (no room).
import type { UiLanguage } from '../i18n/ui-language.ts';

export const LICENSING_NAV = {
  licensingMy: { kk: 'Менің өтініштерім', ru: 'Мои заявления' },
  licensingOffice: { kk: 'Лицензиялау', ru: 'Лицензирование' },
  licensingRegister: { kk: 'Лицензиялар тізілімі', ru: 'Реестр лицензий' },
  licensingDashboard: { kk: 'Лицензиялау көрсеткіштері', ru: 'Показатели лицензирования' },
} as const satisfies Record<string, Record<UiLanguage, string>>;
