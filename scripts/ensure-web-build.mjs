#!/usr/bin/env node
/**
 * Builds the web app (npm run build:web) when web/dist is missing or older than its
 * sources, so `npm ci && npm start` serves the app. Run by `npm start` before the server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const web = join(root, 'web');
const builtIndex = join(web, 'dist', 'index.html');

/** The newest modification time under a path (a file or a folder, recursively). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const sources = ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => join(web, p)).filter(existsSync);
const reason = !existsSync(builtIndex)
  ? 'web/dist is missing'
  : Math.max(...sources.map(newest)) > statSync(builtIndex).mtimeMs
    ? 'web/src changed since the last build'
    : undefined;

if (reason) {
  console.log(`Building the web app (${reason})…`);
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(web, 'vite.config.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
