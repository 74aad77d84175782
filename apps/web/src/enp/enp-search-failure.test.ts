import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http-client.ts';
import { enpKk } from './enp-kk.ts';
import { enpRu } from './enp-ru.ts';
import { failureOf, failureText } from './enp-search-page.tsx';

describe('ENP-3 (issue 16 item 9): what a refused search says', () => {
  it('ENP-3: any 401 is the one message that reveals nothing, whatever the server wrote', () => {
    for (const error of [new ApiError(401, 'enp.credentials', 'ИИН не найден'), new ApiError(401, 'x', 'пароль неверный')]) {
      expect(failureText(failureOf(error), enpRu, 'ru')).toBe(enpRu.search.credentials);
      expect(failureText(failureOf(error), enpKk, 'kk')).toBe(enpKk.search.credentials);
    }
  });

  it('ENP-3: a lockout (429 with retryAt) tells when to try again, as ДД.ММ.ГГГГ ЧЧ:ММ:СС in the person\'s language', () => {
    const locked = failureOf(new ApiError(429, 'enp.locked', '…', { retryAt: '2026-03-06T04:30:00.000Z' }));
    expect(failureText(locked, enpRu, 'ru')).toBe('Слишком много неудачных попыток. Попробуйте снова после 06.03.2026 09:30:00.');
    expect(failureText(locked, enpKk, 'kk')).toBe('Сәтсіз әрекеттер тым көп. 06.03.2026 09:30:00 кейін қайталап көріңіз.');
  });

  it('ENP-3: any other failure shows the server\'s localized message, or the portal\'s own when there is none', () => {
    expect(failureText(failureOf(new ApiError(503, 'unavailable', 'Сервис недоступен')), enpRu, 'ru')).toBe('Сервис недоступен');
    expect(failureText(failureOf(new TypeError('x')), enpRu, 'ru')).toBe(enpRu.failed);
  });
});
