import type { EntityType } from '../types.js';

/** One name occurrence found in the text (UTF-16 offsets), before mentions are merged into entities. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}
