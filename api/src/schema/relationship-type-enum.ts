// The RelationshipType enum's SDL, generated from RELATIONSHIP_TYPES in core/model.ts so the
// API can never drift from the graph model.
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from '../../../core/model.ts';

export function relationshipTypeEnumSdl(): string {
  const values = RELATIONSHIP_TYPE_NAMES.map((type) => {
    const info = RELATIONSHIP_TYPES[type];
    const description = `${info.from.join('/')} → ${info.to.join('/')}: ${info.meaning}${info.symmetric ? ' (symmetric)' : ''}.`;
    return `  ${JSON.stringify(description)}\n  ${type}`;
  });
  return `"A relationship type of the graph model (cypher/README.md)."\nenum RelationshipType {\n${values.join('\n')}\n}\n`;
}
