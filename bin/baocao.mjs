#!/usr/bin/env node
// Entry point of the `baocao` command. The library is TypeScript; it runs as a JavaScript bundle
// made on first use and remade when a source changes (bin/bundle.mjs), or through tsx when that
// is not possible — so a fresh `npm install` is enough: there is no build step to forget.
import { bundled } from './bundle.mjs';

const entry = new URL('../src/cli/main.ts', import.meta.url);
// The packages inside the bundle too: one file to load, not the packages' hundreds (bundle.mjs).
const js = await bundled(entry, { inlinePackages: true }).catch(() => null);
let main;
if (js) {
  ({ main } = await import(js.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(entry.href));
}
process.exitCode = await main(process.argv);
