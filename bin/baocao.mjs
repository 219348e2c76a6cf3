#!/usr/bin/env node
// Entry point of the `baocao` command. The library is TypeScript run through tsx,
// so a fresh `npm install` is enough: there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
