import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';

/*
 * issue 11 item 12: one contract from the database to the screen. Every
 * operation of the OpenAPI document declares its path parameters with a
 * schema, a success answer with a schema (JSON, or the media type of the
 * bytes it sends) and its error answers — so a route added without its
 * contract in @oryndau/contracts fails here.
 */

type Media = Record<string, { schema?: Record<string, unknown> }>;
type Operation = {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Record<string, unknown> }>;
  responses?: Record<string, { description?: string; content?: Media }>;
};
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** Bytes a route sends with their own media type; never JSON. */
const BINARY = /^(application\/(pdf|pkix-crl|ocsp-response|x-pkcs12|pkcs7-signature|vnd\.oryndau\.act\+json)|image\/svg\+xml|text\/csv)/;

describeSystemOnEachEngine('issue 11 item 12: OpenAPI contract', ({ client }) => {
  it('issue 11 item 12 X-3: every operation has path-parameter schemas, a 2xx schema and its error responses', async () => {
    const doc = (await client().get('/api/openapi.json')).json() as { paths: Record<string, Partial<Record<string, Operation>>> };
    const problems: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        operations += 1;
        const where = `${method.toUpperCase()} ${path}`;
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)) {
          const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name);
          if (!parameter?.schema || Object.keys(parameter.schema).length === 0) problems.push(`${where}: no schema for path parameter ${name}`);
        }
        const responses = Object.entries(operation.responses ?? {});
        const success = responses.filter(([status, response]) => /^2\d\d$/.test(status)
          && Object.values(response.content ?? {}).some((media) => media.schema !== undefined && Object.keys(media.schema).length > 0));
        if (success.length === 0) problems.push(`${where}: no response schema for a 2xx status`);
        const errors = responses.filter(([status, response]) => /^[45]\d\d$/.test(status) && response.content !== undefined);
        if (errors.length === 0) problems.push(`${where}: no error responses declared`);
      }
    }
    expect(problems).toEqual([]);
    expect(operations).toBeGreaterThanOrEqual(46);
  });

  it('issue 11 item 12 X-3: routes that send bytes declare their media type, not JSON, and errors stay { code, message }', async () => {
    const doc = (await client().get('/api/openapi.json')).json() as { paths: Record<string, Partial<Record<string, Operation>>> };
    const binary = (path: string, method: 'get' | 'post') => Object.keys(doc.paths[path]?.[method]?.responses?.['200']?.content ?? {});
    expect(binary('/api/documents/{id}/content', 'get')).toContain('application/pdf');
    expect(binary('/api/public/simplified/{token}/documents/{documentId}', 'get'))
      .toEqual(expect.arrayContaining(['application/pdf', 'application/pkcs7-signature']));
    expect(binary('/api/simplified/dashboard.csv', 'get')).toEqual(['text/csv']);
    expect(binary('/api/verify/{id}/qr.svg', 'get')).toEqual(['image/svg+xml']);
    expect(binary('/pki/crl', 'get')).toEqual(['application/pkix-crl']);
    expect(binary('/pki/ocsp', 'post')).toEqual(['application/ocsp-response']);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        for (const [status, response] of Object.entries(item[method]?.responses ?? {})) {
          const types = Object.keys(response.content ?? {});
          if (/^[45]/.test(status) && path !== '/health') {
            expect(types, `${method} ${path} ${status}`).toEqual(['application/json']);
            expect(response.content!['application/json']!.schema!.required, `${method} ${path} ${status}`)
              .toEqual(expect.arrayContaining(['code', 'message']));
          }
          if (/^2/.test(status) && types.some((t) => BINARY.test(t))) expect(types.includes('application/json'), `${method} ${path}`).toBe(false);
        }
      }
    }
  });

  it('issue 11 item 12 X-3: the bytes routes still send bytes, not a JSON string (the schema documents, never serializes)', async () => {
    const crl = await client().get('/pki/crl');
    expect(crl.statusCode).toBe(200);
    expect(crl.headers['content-type']).toBe('application/pkix-crl');
    expect(crl.rawPayload[0]).toBe(0x30); // DER SEQUENCE, not a quoted string
  });
});
