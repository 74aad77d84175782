import { describe, expect, it } from 'vitest';
import { NcaLayerError, ncaLayerSignMessage, readNcaLayerAnswer, signWithNcaLayer } from './ncalayer.ts';

/** A stand-in WebSocket: records what the page sends, answers as told. */
class FakeSocket {
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(private readonly script: (socket: FakeSocket) => void) {
    setTimeout(() => this.script(this), 0);
  }
  send(text: string) {
    this.sent.push(text);
  }
  close() {
    this.closed = true;
  }
  reply(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function run(script: (socket: FakeSocket) => void) {
  let socket: FakeSocket | undefined;
  const promise = signWithNcaLayer(
    { data: new TextEncoder().encode('акт'), purpose: 'sign', attached: false, locale: 'kk' },
    { socket: () => (socket = new FakeSocket(script)) as unknown as WebSocket, connectTimeoutMs: 50 },
  );
  return { promise, socket: () => socket as FakeSocket };
}

describe('SIG-2: NCALayer protocol (kz.gov.pki.knca.basics sign)', () => {
  it('builds the sign request NCALayer expects', () => {
    const message = ncaLayerSignMessage({ data: new Uint8Array([1, 2, 3]), purpose: 'auth', attached: true, locale: 'ru' });
    expect(message).toEqual({
      module: 'kz.gov.pki.knca.basics',
      method: 'sign',
      args: {
        allowedStorages: ['AKKaztokenStore', 'AKKZIDCardStore', 'PKCS12'],
        format: 'cms',
        data: 'AQID',
        signingParams: { decode: true, encapsulate: true, digested: false, tsaProfile: null },
        signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.2'] },
        locale: 'ru',
      },
    });
  });

  it('reads the greeting, a result (string or array), a cancel and an error', () => {
    expect(readNcaLayerAnswer('{"result":{"version":"1.4"}}')).toEqual({ kind: 'hello' });
    expect(readNcaLayerAnswer({ status: true, body: { result: ['MIIB\nAA=='] } })).toEqual({ kind: 'signed', cms: 'MIIBAA==' });
    expect(readNcaLayerAnswer({ status: true, body: { result: 'MIIC' } })).toEqual({ kind: 'signed', cms: 'MIIC' });
    expect(readNcaLayerAnswer({ status: true, body: {} })).toEqual({ kind: 'cancelled' });
    expect(readNcaLayerAnswer({ status: false, code: '500', message: 'storage' })).toEqual({ kind: 'failed', message: '500: storage' });
    expect(readNcaLayerAnswer('not json')).toEqual({ kind: 'failed', message: 'not json' });
  });

  it('sends the request on open and resolves with the CMS after the greeting', async () => {
    const { promise, socket } = run((s) => {
      s.onopen?.();
      s.reply({ result: { version: '1.4' } });
      s.reply({ status: true, body: { result: ['MIIBsig'] } });
    });
    await expect(promise).resolves.toBe('MIIBsig');
    expect(JSON.parse(socket().sent[0] ?? '{}')).toMatchObject({ method: 'sign', args: { data: '0LDQutGC', format: 'cms' } });
    expect(socket().closed).toBe(true);
  });

  it('tells "not running" from "cancelled by the user"', async () => {
    const refused = run((s) => s.onerror?.());
    await expect(refused.promise).rejects.toMatchObject({ kind: 'unavailable' });
    const silent = run(() => undefined);
    await expect(silent.promise).rejects.toBeInstanceOf(NcaLayerError);
    const cancelled = run((s) => {
      s.onopen?.();
      s.reply({ status: true, body: {} });
    });
    await expect(cancelled.promise).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
