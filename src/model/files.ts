// Where the shipped models and data files are, wherever the compiled or bundled code runs from:
// the nearest ancestor folder of this module that holds package.json.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('newsx: cannot find the package folder');
    dir = up;
  }
  root = dir;
  return dir;
}

export function modelFile(name: string): string {
  return path.join(packageRoot(), 'models', name);
}

export function dataFile(...parts: string[]): string {
  return path.join(packageRoot(), 'data', ...parts);
}
