#!/usr/bin/env node
// Fails when the workspace packages depend on each other in a cycle, or when
// a source file imports a workspace package (or reaches into another
// package's folder) that its package.json does not declare — so the
// declared graph is the real graph.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const root = resolve(process.argv[2] ?? join(dirname(new URL(import.meta.url).pathname), '..'));
const dirs = ['packages', 'apps'].flatMap((d) =>
  existsSync(join(root, d)) ? readdirSync(join(root, d)).map((n) => join(root, d, n)) : [],
).filter((d) => existsSync(join(d, 'package.json')));

const packages = new Map();
for (const dir of dirs) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((n) => n.startsWith('@oryndau/'));
  packages.set(manifest.name, { dir, deps: new Set(deps) });
}
const byDir = new Map([...packages].map(([name, p]) => [p.dir, name]));

const problems = [];
function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield path;
  }
}
const importRe = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
for (const [name, pkg] of packages) {
  for (const file of sourceFiles(pkg.dir)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importRe)) {
      const spec = match[1] ?? match[2];
      const where = relative(root, file);
      if (spec.startsWith('@oryndau/')) {
        const target = spec.split('/').slice(0, 2).join('/');
        if (target !== name && !pkg.deps.has(target)) problems.push(`${where}: imports ${target}, not declared in ${name}'s package.json`);
      } else if (spec.startsWith('.')) {
        const abs = resolve(dirname(file), spec);
        const owner = [...byDir.keys()].find((d) => abs === d || abs.startsWith(d + '/'));
        if (owner && owner !== pkg.dir) problems.push(`${where}: reaches into ${byDir.get(owner)} by a relative path; import the package instead`);
      }
    }
  }
}

// Depth-first search for a cycle in the declared graph.
const state = new Map();
const stack = [];
function visit(name) {
  state.set(name, 'open');
  stack.push(name);
  for (const dep of packages.get(name)?.deps ?? []) {
    if (!packages.has(dep)) { problems.push(`${name} depends on unknown workspace package ${dep}`); continue; }
    if (state.get(dep) === 'open') problems.push(`cycle: ${[...stack.slice(stack.indexOf(dep)), dep].join(' -> ')}`);
    else if (!state.has(dep)) visit(dep);
  }
  stack.pop();
  state.set(name, 'done');
}
for (const name of packages.keys()) if (!state.has(name)) visit(name);

if (problems.length > 0) {
  console.error(`Package graph check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Package graph OK: ${packages.size} packages, no cycles, all imports declared.`);
