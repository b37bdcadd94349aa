// Rewrites the shipped perceptron models (models/*.bin of the NXP formats) in the current format:
// same weights, same scores, only the file layout changes (src/model/perceptron.ts).
//   npm run build && node dist/scripts/convert-models.js

import fs from 'node:fs';
import { modelFile } from '../src/model/files.js';
import { convertModelFile } from '../src/model/perceptron.js';

for (const name of ['pos.bin', 'ner.bin', 'events.bin', 'event-classes.bin']) {
  const file = modelFile(name);
  const before = fs.statSync(file).size;
  convertModelFile(file);
  console.log(`${name}: ${before} -> ${fs.statSync(file).size} bytes`);
}
