import type { TemplateProblem } from '../../api/enforcement-types.ts';

/** 422 `enforcement.template_invalid` details → problems, ignoring malformed entries. */
export function templateProblems(details: Record<string, unknown> | undefined): TemplateProblem[] {
  const errors = details?.['errors'];
  if (!Array.isArray(errors)) return [];
  return errors.filter((e): e is TemplateProblem => typeof e === 'object' && e !== null
    && typeof (e as TemplateProblem).message?.kk === 'string' && typeof (e as TemplateProblem).message?.ru === 'string');
}
