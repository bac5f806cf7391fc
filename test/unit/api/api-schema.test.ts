// Unit tests of the executable schema: it builds, is read-only, describes every type, field and
// argument (GraphiQL shows them), and its RelationshipType enum is exactly the model's list.
import { describe, expect, it } from 'vitest';
import {
  parse,
  validate,
  GraphQLEnumType,
  isInputObjectType,
  isObjectType,
  isIntrospectionType,
  isEnumType,
} from 'graphql/index.js';
import {
  CREDIBILITY_LEVELS,
  MODALITIES,
  RELATIONSHIP_TYPE_NAMES,
  RELIABILITY_GRADES,
  STANCES,
  TENSES,
} from '../../../core/model.ts';
import { buildSchema } from '../../../api/src/schema/build-schema.ts';
import { DEFAULT_QUERY } from '../../../api/src/yoga.ts';
import { QUERY_NAMES, loadReadableQueries } from '../../../cypher/db/query-files.ts';

const schema = buildSchema();

describe('GraphQL schema', () => {
  it('has no Mutation or Subscription type', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        isIntrospectionType(type) ||
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("offers exactly the relationship types and the model's axes of core/model.ts", () => {
    const values = (name: string) =>
      (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.value);
    expect(values('RelationshipType')).toEqual(RELATIONSHIP_TYPE_NAMES);
    expect(values('Stance')).toEqual([...STANCES]);
    expect(values('Modality')).toEqual([...MODALITIES]);
    expect(values('Credibility')).toEqual([...CREDIBILITY_LEVELS]);
    expect(values('Reliability')).toEqual([...RELIABILITY_GRADES]);
    expect(values('Tense')).toEqual([...TENSES]);
    expect(values('TimeStatus')).toEqual(['known', 'possible']);
  });

  it('has no confidence left anywhere', () => {
    expect(schema.getType('Confidence')).toBeUndefined();
    for (const type of Object.values(schema.getTypeMap())) {
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          expect(field.name, type.name).not.toMatch(/confidence/i);
          for (const arg of 'args' in field ? field.args : []) expect(arg.name).not.toMatch(/confidence/i);
        }
      }
    }
  });
});

describe('GraphiQL', () => {
  it('opens with a query that is valid against the schema', () => {
    expect(validate(schema, parse(DEFAULT_QUERY))).toEqual([]);
  });
});

describe('query files', () => {
  it('loads one file per query name, each with a header listing params and columns', () => {
    const queries = loadReadableQueries();
    expect([...queries.keys()]).toEqual([...QUERY_NAMES]);
    for (const [name, text] of queries) {
      expect(text, name).toMatch(new RegExp(`^// ${name}: `));
      expect(text, name).toMatch(/\/\/ Params:/);
      expect(text, name).toMatch(/\/\/ Columns:/);
    }
  });
});
