#!/usr/bin/env node
// Entry point of the `cloudwright` command: runs the TypeScript CLI through tsx, so the CLI,
// the page and the tests share one source of truth without a separate build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
