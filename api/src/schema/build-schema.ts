// Builds the executable GraphQL schema: the SDL files in this folder plus the RelationshipType
// enum generated from core/model.ts, with the resolvers of every area. A `# @fields <Interface>`
// line in a type stands for the interface's fields, so shared fields are written (and described)
// once, in the interface.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql/index.js';
import { relationshipTypeEnumSdl } from './relationship-type-enum.ts';
import { claimResolvers } from './resolvers/claims.ts';
import { entityResolvers } from './resolvers/entities.ts';
import { graphResolvers } from './resolvers/graph.ts';
import { overviewResolvers } from './resolvers/overview.ts';
import { relationshipResolvers } from './resolvers/relationships.ts';
import { sourceResolvers } from './resolvers/sources.ts';
import { statsResolvers } from './resolvers/stats.ts';
import { typeFieldResolvers } from './resolvers/type-fields.ts';
import { DateScalar, PeriodScalar } from './scalars.ts';

const SCHEMA_DIR = fileURLToPath(new URL('./', import.meta.url));

/** Replaces each `# @fields <Interface>` line with the field lines of that interface in `sdl`. */
export function expandFieldMarkers(files: string[]): string[] {
  const all = files.join('\n');
  const fieldsOf = (name: string): string => {
    const match = new RegExp(`\\binterface ${name} \\{\\n([\\s\\S]*?)\\n\\}`).exec(all);
    if (!match) throw new Error(`# @fields ${name}: no interface ${name} in the schema files`);
    return match[1]!;
  };
  return files.map((sdl) =>
    sdl.replace(/^ *# @fields (\w+)\b.*$/gm, (_line, name: string) => fieldsOf(name)),
  );
}

export function schemaTypeDefs(): string[] {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)));
  const sdl = expandFieldMarkers(files.map((f) => readFileSync(`${SCHEMA_DIR}${f}`, 'utf8')));
  return [...sdl, relationshipTypeEnumSdl()];
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: schemaTypeDefs(),
    resolvers: [
      { Date: DateScalar, Period: PeriodScalar },
      // No field returns these interfaces; a fragment `... on Fact` works on all that implement it.
      {
        Fact: {
          __resolveType: (fact: Record<string, unknown>) =>
            'property' in fact ? 'Claim' : 'from' in fact ? 'Relationship' : 'Citation',
        },
        // A graph node carries the depth of a walk; an entity page does not.
        EntitySpans: {
          __resolveType: (e: Record<string, unknown>) => ('depth' in e ? 'GraphNode' : 'Entity'),
        },
      },
      typeFieldResolvers,
      entityResolvers,
      relationshipResolvers,
      graphResolvers,
      claimResolvers,
      sourceResolvers,
      statsResolvers,
      overviewResolvers,
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
