import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http-client.ts';
import { NcaLayerError } from './ncalayer.ts';
import { KeyFileError, needsRestart, signatureReasons, toSigningProblem } from './signing-problem.ts';

describe('SIG-2/SIG-3: signing problems the dialog explains', () => {
  it('keeps the server\'s kk/ru reasons and drops malformed ones', () => {
    const error = new ApiError(422, 'signing.signature_invalid', 'Подпись не прошла проверку', {
      reasons: [{ code: 'chain.untrusted', kk: 'Тізбек сенімсіз', ru: 'Цепочка не доверена' }, { code: 'x' }, 'junk'],
    });
    expect(signatureReasons(error)).toEqual([{ code: 'chain.untrusted', kk: 'Тізбек сенімсіз', ru: 'Цепочка не доверена' }]);
    expect(signatureReasons(new ApiError(500, 'http', 'x'))).toEqual([]);
  });

  it('classifies errors and says when the challenge must be started again', () => {
    expect(toSigningProblem(new NcaLayerError('cancelled')).kind).toBe('ncalayer');
    expect(toSigningProblem(new KeyFileError('wrongPin')).kind).toBe('key');
    expect(toSigningProblem(new Error('boom'))).toMatchObject({ kind: 'api', error: { code: 'unknown', message: 'boom' } });
    expect(needsRestart(toSigningProblem(new ApiError(410, 'signing.challenge_expired', 'x')))).toBe(true);
    expect(needsRestart(toSigningProblem(new ApiError(409, 'signing.challenge_used', 'x')))).toBe(true);
    expect(needsRestart(toSigningProblem(new ApiError(422, 'signing.signature_invalid', 'x')))).toBe(false);
    expect(needsRestart(null)).toBe(false);
  });
});
