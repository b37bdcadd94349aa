// Colour is decided once: off for --no-color or a non-empty NO_COLOR, on for FORCE_COLOR, else
// only when stdout is a terminal. chalk alone would ignore NO_COLOR, hence this.

import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export function makeChalk(wantColour: boolean, isTTY: boolean, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  if (!wantColour || (env.NO_COLOR ?? '') !== '') return new Chalk({ level: 0 });
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return new Chalk({ level: supportsColor ? supportsColor.level || 1 : 1 });
  if (!isTTY) return new Chalk({ level: 0 });
  return new Chalk({ level: supportsColor ? supportsColor.level : 1 });
}
