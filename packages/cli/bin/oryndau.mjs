#!/usr/bin/env node
// The `oryndau` command. Sources are TypeScript, run through tsx's loader so
// the command works straight from a checkout (`npx oryndau …`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
