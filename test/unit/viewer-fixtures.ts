// Tiny inline graphs for the viewer's unit tests: an entity and a citation with every required
// field filled, so a test spells out only what it is about.
import type { Citation, Entity } from '../../viewer/src/types.ts';

export const ent = (id: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  name: id,
  aliases: [],
  label: 'Group',
  category: 'militant-group',
  ...extra,
});

/** A citation of `type` from `start` to `end`; each citation its own source unless `extra` says. */
export const cite = (
  id: string,
  type: Citation['type'],
  start: string,
  end: string,
  extra: Partial<Citation> = {},
): Citation => ({
  id,
  type,
  start,
  end,
  source: { id: `doc-${id}` },
  quote: 'q',
  confidence: 'reported',
  ...extra,
});
