import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { createSignedData, openPkcs12 } from '@oryndau/esign';

// A stand-in for NCALayer (spec/ESIGN.md "NCALayer"): a wss:// server with a
// self-signed certificate made by openssl at test time, greeting with its
// version and answering `kz.gov.pki.knca.basics` `sign` the way NCALayer
// does — it signs with a dev key file through @oryndau/esign, the same
// library the browser uses. `mode: 'cancel'` answers like a user who
// closed NCALayer's window (empty body).

export type NcaLayerRequest = {
  module: string;
  method: string;
  args: {
    allowedStorages: string[];
    format: string;
    data: string;
    signingParams: { decode: boolean; encapsulate: boolean; digested: boolean; tsaProfile: unknown };
    signerParams: { extKeyUsageOids: string[] };
    locale: string;
  };
};

export type NcaLayerStandIn = {
  url: string;
  requests: NcaLayerRequest[];
  mode: 'sign' | 'cancel';
  close: () => Promise<void>;
};

/** NCALayer's own port — the one the server's Content-Security-Policy lets the page connect to. */
export const ncaLayerPort = 13579;

export async function startNcaLayerStandIn(keyFile: Uint8Array, pin: string, port = ncaLayerPort): Promise<NcaLayerStandIn> {
  const dir = mkdtempSync(join(tmpdir(), 'ncalayer-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) });
  const sockets = new WebSocketServer({ server });
  const key = await openPkcs12(keyFile, pin);
  const standIn: NcaLayerStandIn = { url: '', requests: [], mode: 'sign', close: async () => undefined };

  sockets.on('connection', (socket) => {
    socket.send(JSON.stringify({ result: { version: '1.4' } }));
    socket.on('message', (raw) => {
      void (async () => {
        const request = JSON.parse(String(raw)) as NcaLayerRequest;
        standIn.requests.push(request);
        if (request.module !== 'kz.gov.pki.knca.basics' || request.method !== 'sign') {
          socket.send(JSON.stringify({ status: false, code: '500', message: `unknown ${request.module}.${request.method}` }));
          return;
        }
        if (standIn.mode === 'cancel') {
          socket.send(JSON.stringify({ status: true, body: {} }));
          return;
        }
        const content = request.args.signingParams.decode
          ? new Uint8Array(Buffer.from(request.args.data, 'base64'))
          : new TextEncoder().encode(request.args.data);
        const cms = await createSignedData({
          content, detached: !request.args.signingParams.encapsulate, privateKey: key.privateKey,
          certificate: key.certificate, chain: key.chain, signingTime: new Date(),
        });
        socket.send(JSON.stringify({ status: true, body: { result: [Buffer.from(cms).toString('base64')] } }));
      })();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE'
      ? new Error(`port ${port} is taken (a real NCALayer running?); the stand-in needs it`) : error));
    server.listen(port, '127.0.0.1', resolve);
  });
  standIn.url = `wss://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standIn.close = async () => {
    for (const client of sockets.clients) client.terminate();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  };
  return standIn;
}
