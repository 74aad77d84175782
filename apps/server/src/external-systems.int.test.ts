import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { startSimulators } from '@oryndau/adapters';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorsOn } from './external-systems';

// ISSUE-13 item 14: the simulators' port is known in advance; a busy one is said plainly.
describe('ISSUE-13 item 14: simulators on a busy port', () => {
  let blocker: Server;
  let busy: number;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    busy = (blocker.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
  });

  const start = (port: number) => startSimulators({ port, host: '127.0.0.1', latencyMs: 0 });

  it('ISSUE-13 item 14: a port set by SIMULATORS_PORT that is busy refuses the start, naming the variable', async () => {
    const lines: string[] = [];
    await expect(startSimulatorsOn({ port: busy, fixed: true }, start, (l) => lines.push(l)))
      .rejects.toThrow(`SIMULATORS_PORT=${busy} is already in use`);
  });

  it('ISSUE-13 item 14: the default port, when busy, gives way to a free one and says which in one plain line', async () => {
    const lines: string[] = [];
    const simulators = await startSimulatorsOn({ port: busy, fixed: false }, start, (l) => lines.push(l));
    try {
      const port = Number(new URL(simulators.url).port);
      expect(port).not.toBe(busy);
      expect(lines).toEqual([`Simulators: the default port ${busy} is busy, using ${port} instead (set SIMULATORS_PORT to choose)`]);
      expect((await fetch(`${simulators.url}/_control/requests`)).status).toBe(200);
    } finally {
      await simulators.close();
    }
  });

  it('ISSUE-13 item 14: a free port is used as given', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const free = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const simulators = await startSimulatorsOn({ port: free, fixed: false }, start, () => undefined);
    try {
      expect(simulators.url).toBe(`http://127.0.0.1:${free}`);
    } finally {
      await simulators.close();
    }
  });
});
