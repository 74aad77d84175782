import { DomainError, ErrorCode } from '@oryndau/domain';
import type { FastifyInstance } from 'fastify';
import { findUncleanText } from '@oryndau/contracts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The body's strings are checked item by item by the route itself (an
     * ЕРАП batch refuses one bad fine, not the batch): the guard leaves the
     * body alone; params and query are still checked.
     */
    perItemBody?: boolean;
  }
}

/**
 * The API's last line against bad input (issue 11 item 6), for what a
 * route's schema forgets: no API route without a params schema for its path
 * parameters (checked when the route is added, so a new route cannot
 * forget), and no NUL, other control character or unpaired surrogate in any
 * parameter, query value or JSON string — a 400 naming the field, before a
 * use-case or PostgreSQL sees it.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || !route.url.includes(':')) return;
    if (!route.schema?.params) throw new Error(`route ${route.method} ${route.url} has path parameters but no params schema`);
  });

  app.addHook('preValidation', async (request) => {
    const parts: Array<[string, unknown]> = [['params', request.params], ['querystring', request.query]];
    if (!request.routeOptions.config.perItemBody) parts.push(['body', request.body]);
    for (const [context, value] of parts) {
      const found = findUncleanText(value);
      if (found !== null) throw new DomainError(ErrorCode.validation, { fields: [found === '' ? context : found] });
    }
  });
}
