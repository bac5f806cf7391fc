// Tiny inline graphs for the viewer's unit tests: an entity, a citation and a drawn edge as the API
// sends it, with every required field filled, so a test spells out only what it is about.
import { RELATIONSHIP_TYPES } from '../../core/model.ts';
import type { Citation, Edge, Entity } from '../../viewer/src/types.ts';

export const ent = (id: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  name: id,
  aliases: [],
  label: 'Group',
  category: 'militant-group',
  ...extra,
});

/** An asserted, actual, reported citation; each its own source unless `extra` says. */
export const cite = (id: string, extra: Partial<Citation> = {}): Citation => ({
  id,
  source: { id: `doc-${id}` },
  quote: 'q',
  stance: 'asserted',
  modality: 'actual',
  credibility: 'reported',
  reliability: 'C',
  ...extra,
});

/** A drawn edge with the API's id `<source>--<TYPE>--<target>`. */
export const edge = (source: string, type: Edge['type'], target: string, citations: Citation[]): Edge => ({
  id: `${source}--${type}--${target}`,
  type,
  symmetric: RELATIONSHIP_TYPES[type].symmetric,
  source,
  target,
  stance: 'asserted',
  modality: 'actual',
  credibility: 'reported',
  disagreement: false,
  citations,
});
