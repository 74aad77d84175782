import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ClusterStartAborted, startOryndauCluster } from '../scripts/cluster/start-cluster';

// `npm run cluster` and `npm run soak` start a PostgreSQL primary and replica
// (pg_ctl runs them in a session of their own: a terminal's Ctrl-C does not
// reach them) and then wait a minute or more for the servers. A Ctrl-C in that
// minute used to end the process with the databases still running. Now the
// interrupt aborts the start, which stops what it began and rejects.

/** Whether something accepts TCP connections on the loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('ISSUE-18 npm run cluster: an interrupted start', () => {
  it('ISSUE-18: aborting the start once the databases run stops the primary, the replica and the first server, and rejects', async () => {
    const controller = new AbortController();
    let ports: number[] = [];
    const lines: string[] = [];
    const start = startOryndauCluster({
      processes: 2,
      signal: controller.signal,
      log: (line) => {
        lines.push(line);
        const found = /primary on (\d+), streaming replica on (\d+)/.exec(line);
        if (found) {
          ports = [Number(found[1]), Number(found[2])];
          // Both databases answer at this point: the interrupt comes while the first server starts.
          controller.abort();
        }
      },
    });
    await expect(start).rejects.toBeInstanceOf(ClusterStartAborted);
    expect(ports).toHaveLength(2);
    expect(lines.some((line) => line.includes('server process'))).toBe(false);
    for (const port of ports) expect(await listening(port)).toBe(false);
  }, 120_000);
});
