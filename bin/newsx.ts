#!/usr/bin/env node
import { main } from '../src/cli/program.js';
import { tuneV8 } from '../src/cli/v8-tuning.js';

tuneV8(process.env);
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdinIsTTY: Boolean(process.stdin.isTTY), env: process.env });
