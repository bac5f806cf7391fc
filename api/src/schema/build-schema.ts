// Builds the executable GraphQL schema: the SDL files in this folder plus the RelationshipType
// enum generated from core/model.ts, with the resolvers of every area.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql/index.js';
import { relationshipTypeEnumSdl } from './relationship-type-enum.ts';
import { claimResolvers } from './resolvers/claims.ts';
import { entityResolvers } from './resolvers/entities.ts';
import { graphResolvers } from './resolvers/graph.ts';
import { relationshipResolvers } from './resolvers/relationships.ts';
import { sourceResolvers } from './resolvers/sources.ts';
import { statsResolvers } from './resolvers/stats.ts';
import { typeFieldResolvers } from './resolvers/type-fields.ts';
import { DateScalar, PeriodScalar } from './scalars.ts';

const SCHEMA_DIR = fileURLToPath(new URL('./', import.meta.url));

export function schemaTypeDefs(): string[] {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)));
  return [...files.map((f) => readFileSync(`${SCHEMA_DIR}${f}`, 'utf8')), relationshipTypeEnumSdl()];
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: schemaTypeDefs(),
    resolvers: [
      { Date: DateScalar, Period: PeriodScalar },
      typeFieldResolvers,
      entityResolvers,
      relationshipResolvers,
      graphResolvers,
      claimResolvers,
      sourceResolvers,
      statsResolvers,
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
