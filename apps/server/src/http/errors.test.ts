import { CARD_ERROR_MESSAGES, DomainError, ErrorCode } from '@oryndau/domain';
import { describe, expect, it } from 'vitest';
import { errorMessage, isInputDataError, toDomainError } from './errors';

describe('issue 11 item 7: one error system, texts a person reads', () => {
  it('issue 11 item 7 ENF-1: card errors name each field in kk/ru and end with one full stop', () => {
    const error = new DomainError(ErrorCode.cardInvalid, { fields: [
      { field: 'issueDate', code: 'card.date_invalid', message: CARD_ERROR_MESSAGES['card.date_invalid'] },
      { field: 'parties[1].name', code: 'card.required', message: CARD_ERROR_MESSAGES['card.required'] },
    ] });
    expect(errorMessage(error, 'ru')).toBe('Карточка исполнительного документа заполнена с ошибками: дата выдачи: Неверная дата; '
      + 'ФИО или наименование стороны: Обязательное поле.');
    expect(errorMessage(error, 'kk')).toBe('Атқарушылық құжаттың карточкасы қате толтырылған: берілген күні: Күн қате; '
      + 'тараптың аты немесе атауы: Толтыру міндетті.');
  });

  it('issue 11 item 7 X-1: schema errors name fields in kk/ru; an unknown field is the generic word, never its identifier', () => {
    expect(errorMessage(new DomainError(ErrorCode.validation, { fields: ['debtorName'] }), 'ru')).toBe('Данные заполнены неверно: ФИО должника.');
    expect(errorMessage(new DomainError(ErrorCode.validation, { fields: ['fines.3.decision.number'] }), 'kk'))
      .toBe('Деректер қате толтырылған: қаулының нөмірі.');
    expect(errorMessage(new DomainError(ErrorCode.validation, { fields: ['someInternalThing'] }), 'ru')).toBe('Данные заполнены неверно: поле.');
    expect(errorMessage(new DomainError(ErrorCode.validation, { fields: ['someInternalThing'] }), 'kk')).toBe('Деректер қате толтырылған: өріс.');
    expect(errorMessage(new DomainError(ErrorCode.validation), 'ru')).not.toMatch(/[A-Za-z]|\{/);
  });

  it('issue 11 item 7 SIMP-2: the former enforcement/simplified codes have their own texts; external systems are named in kk/ru', () => {
    expect(errorMessage(new DomainError(ErrorCode.groundRequired), 'ru')).toBe('Выберите основание.');
    expect(errorMessage(new DomainError(ErrorCode.phoneRequired), 'kk')).toMatch(/^Борышкердің ұялы телефон нөмірі жоқ/);
    expect(errorMessage(new DomainError(ErrorCode.externalUnavailable, { system: 'mobile-citizens' }), 'ru')).not.toMatch(/[A-Za-z]/);
  });

  it('issue 11 item 6: PostgreSQL data errors from input are 400 validation; other database errors stay internal', () => {
    for (const code of ['22P02', '22007', '22008', '22P05', '22021', '22001', '22003', '23502', '23514']) {
      expect(isInputDataError({ code }), code).toBe(true);
      expect(toDomainError(Object.assign(new Error('x'), { code })).code, code).toBe('validation');
    }
    for (const code of ['23505', '40001', 'EPIPE', 'FST_ERR_X', undefined]) expect(isInputDataError({ code }), String(code)).toBe(false);
    expect(toDomainError(Object.assign(new Error('x'), { code: '23505' })).code).toBe('internal');
  });

  it('issue 11 item 7: Fastify\'s body and router errors keep their status family', () => {
    const fst = (code: string, statusCode: number) => Object.assign(new Error('x'), { code, statusCode });
    expect(toDomainError(fst('FST_ERR_CTP_BODY_TOO_LARGE', 413), 1024 * 1024)).toMatchObject({ code: 'request.too_large', details: { limit: 1048576 } });
    expect(toDomainError(fst('FST_ERR_CTP_INVALID_JSON_BODY', 400)).code).toBe('request.malformed');
    expect(toDomainError(fst('FST_ERR_CTP_EMPTY_JSON_BODY', 400)).code).toBe('request.malformed');
    expect(toDomainError(fst('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415)).code).toBe('request.unsupported_media_type');
    expect(toDomainError(fst('FST_ERR_MAX_PARAM_LENGTH', 414)).code).toBe('request.uri_too_long');
  });
});
