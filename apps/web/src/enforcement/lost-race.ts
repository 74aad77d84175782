import { ApiError } from '../api/http-client.ts';

/**
 * A 409 of the enforcement workflow (`enforcement.version_conflict`,
 * `enforcement.transition_forbidden`): another act changed the proceeding
 * first. The card is refetched and the server's message shown above it.
 */
export function isLostRace(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.code.startsWith('enforcement.');
}
