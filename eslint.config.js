// Lint configuration: typescript-eslint's recommended rules over every TypeScript file, and the
// import boundaries that keep the layers one-way (README, "Architecture"):
//   core/  ←  cypher/ (the Neo4j layer)  ←  api/ (GraphQL, export, HTTP)        viewer/ → core/ only
// A backward import is a lint error, and `npm test` runs the lint, so CI fails on one.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A no-restricted-imports rule forbidding imports whose path matches one of `regexes`. */
function forbid(...entries) {
  return {
    'no-restricted-imports': ['error', { patterns: entries.map(([regex, message]) => ({ regex, message })) }],
  };
}

const LAYER = 'The layers run one way (README, "Architecture"):';

export default tseslint.config(
  { ignores: ['node_modules/', '**/dist/', '.data/', 'cypher/embedded/target/', 'test/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: forbid(
      ['(^|/)(api|cypher|viewer|test|bench|scripts)/', `${LAYER} core/ imports nothing of the project's.`],
      ['^(?!\\.)', `${LAYER} core/ is pure and runs in the browser: no packages, no node: modules.`],
    ),
  },
  {
    files: ['cypher/**/*.ts'],
    rules: forbid(
      ['(^|/)(api|viewer)/', `${LAYER} cypher/ (the Neo4j layer) may import core/ only.`],
      [
        '^(graphql|graphql-yoga|@graphql-tools/.*)(/|$)',
        `${LAYER} the Neo4j layer knows nothing of GraphQL.`,
      ],
    ),
  },
  {
    files: ['viewer/src/**/*.ts'],
    rules: forbid(
      ['(^|/)(api|cypher)/', `${LAYER} the viewer imports core/ and speaks HTTP to the API.`],
      ['^(neo4j-driver|graphql|node:)', `${LAYER} the viewer runs in the browser on core/ only.`],
    ),
  },
  {
    files: ['api/**/*.ts'],
    rules: forbid(['(^|/)viewer/', `${LAYER} the API serves the built viewer; it does not import it.`]),
  },
  {
    files: ['api/src/export/**/*.ts'],
    rules: forbid(
      ['(^|/)viewer/', `${LAYER} the API serves the built viewer; it does not import it.`],
      [
        '(^|/)schema/',
        `${LAYER} the export and GraphQL are two clients of cypher/; neither imports the other.`,
      ],
    ),
  },
  {
    files: ['api/src/schema/**/*.ts'],
    rules: forbid(
      ['(^|/)viewer/', `${LAYER} the API serves the built viewer; it does not import it.`],
      [
        '(^|/)export/',
        `${LAYER} the export and GraphQL are two clients of cypher/; neither imports the other.`,
      ],
    ),
  },
);
