// `npm run cluster [-- --processes N] [--port P]`: a PostgreSQL 15 primary,
// its streaming replica, N server processes and HAProxy in front, on this
// machine (docs/scaling.md "Several processes and a replica"). Prints the
// address and runs until Ctrl-C or SIGTERM, then stops everything and removes
// its temporary directory. Dev mode (demo data and keys): a place to try the
// topology, not a production installation.
import { parseArgs } from 'node:util';
import { ClusterStartAborted, startOryndauCluster } from './cluster/start-cluster';
import type { RunningCluster } from './cluster/start-cluster';

const { values } = parseArgs({
  options: { processes: { type: 'string', default: '2' }, port: { type: 'string', default: '3100' }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  process.stdout.write('usage: npm run cluster -- [--processes N (default 2)] [--port P (HAProxy, default 3100)]\n');
  process.exit(0);
}
const processes = Number(values.processes);
const port = Number(values.port);
if (!Number.isInteger(processes) || processes < 1 || processes > 32) throw new Error('--processes: an integer from 1 to 32');
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('--port: a TCP port');

const say = (line: string) => process.stdout.write(`${line}\n`);
// The handlers come first: a Ctrl-C during the start (a minute or more) aborts it, and the start stops what it began.
const starting = new AbortController();
let cluster: RunningCluster | null = null;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (!cluster) {
      say(`${signal}: interrupting the start…`);
      starting.abort();
      return;
    }
    say(`${signal}: stopping the cluster…`);
    cluster.stop().then(() => process.exit(0), (error: unknown) => {
      process.stderr.write(`stop failed: ${String(error)}\n`);
      process.exit(1);
    });
  });
}

try {
  cluster = await startOryndauCluster({ processes, port, log: say, signal: starting.signal });
} catch (error) {
  if (error instanceof ClusterStartAborted) {
    say(error.message);
    process.exit(130);
  }
  throw error;
}
say('');
say(`Oryndau (${processes} processes behind HAProxy): ${cluster.url}`);
say(`Primary:  ${cluster.primaryUrl}`);
say(`Replica:  ${cluster.replicaUrl}`);
say(`Logs:     ${cluster.dir}/server-*.log`);
say('Ctrl-C stops everything.');
