#!/usr/bin/env node
// The tarjuman command: runs the built CLI (dist/cli.js); `npm run build` creates it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('tarjuman: the command line is not built yet: run `npm run build` in the project folder\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
