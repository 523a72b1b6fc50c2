#!/usr/bin/env node
// Records other platforms' optional native packages in package-lock.json.
//
// Why: this workplace's npm registry mirror serves only Linux builds, so `npm install`
// leaves darwin/win32/… optional packages out of the lock, and `npm ci` then refuses the
// lock as out of sync. Each missing entry is added with its os/cpu/libc (read from the
// package name) and `optional: true`; npm skips such packages on a non-matching platform
// without downloading them. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = [
  [/android-arm64/, { os: ['android'], cpu: ['arm64'] }],
  [/darwin-arm64/, { os: ['darwin'], cpu: ['arm64'] }],
  [/darwin-x64/, { os: ['darwin'], cpu: ['x64'] }],
  [/freebsd-x64/, { os: ['freebsd'], cpu: ['x64'] }],
  [/linux-arm64-gnu/, { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] }],
  [/linux-arm64-musl/, { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
  [/linux-x64-gnu/, { os: ['linux'], cpu: ['x64'], libc: ['glibc'] }],
  [/linux-x64-musl/, { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
  [/wasm32-wasi/, { cpu: ['wasm32'] }],
  [/(win32|windows)-arm64/, { os: ['win32'], cpu: ['arm64'] }],
  [/(win32|windows)-x64/, { os: ['win32'], cpu: ['x64'] }],
];

// A path argument is for tests; the project's own lock is the default.
const lockPath = process.argv[2] ?? new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const platform = PLATFORM.find(([re]) => re.test(name))?.[1];
    if (!platform) {
      console.warn(`Left alone (no platform in its name): ${name}`);
      continue;
    }
    lock.packages[key] = npmKeyOrder({ version, ...(pkg.dev ? { dev: true } : {}), optional: true, ...platform });
    added++;
  }
}
// npm writes an entry's `version` first and its other keys in alphabetical order; writing
// them the same way keeps a later `npm install` from rewriting the lock.
function npmKeyOrder(entry) {
  const { version, ...rest } = entry;
  return { version, ...Object.fromEntries(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1))) };
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Recorded ${added} optional package(s) for other platforms.`);
