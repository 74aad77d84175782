/** A benchmark's server process stops its system once, on SIGTERM or SIGINT (or whatever else calls the returned function), and exits. */
export function stopOnSignals(system: { stop(): Promise<void> }): () => void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    system.stop().then(() => process.exit(0), (error: unknown) => {
      process.stderr.write(`stop failed: ${String(error)}\n`);
      process.exit(1);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return stop;
}
