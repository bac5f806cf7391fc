// The layers run one way (README, "Architecture"): ESLint's import-boundary rule must refuse every
// backward import (`npm run lint`, part of `npm test`, runs it over the whole tree). Lints text only.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['core/x.ts', "import { loadConfig } from '../api/src/config.ts';"],
    ['core/x.ts', "import { createDriver } from '../cypher/db/driver.ts';"],
    ['core/x.ts', "import { readFileSync } from 'node:fs';"],
    ['cypher/x.ts', "import { loadConfig } from '../api/src/config.ts';"],
    ['cypher/db/x.ts', "import { GraphQLError } from 'graphql';"],
    ['viewer/src/x.ts', "import { createDriver } from '../../cypher/db/driver.ts';"],
    ['viewer/src/x.ts', "import { createApp } from '../../api/src/app.ts';"],
    ['api/src/x.ts', "import { toElements } from '../../viewer/src/to-elements.ts';"],
    ['api/src/export/x.ts', "import { badInput } from '../schema/errors.ts';"],
    ['api/src/schema/x.ts', "import { serialize } from '../export/serialize.ts';"],
  ])('refuses a backward import in %s: %s', async (file, line) => {
    const found = await problems(file, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)?.[1]}];\n`);
    expect(found.length, `no boundary error for ${line} in ${file}`).toBe(1);
    expect(found[0]).toMatch(/layers run one way/);
  });

  it.each([
    ['cypher/x.ts', "import { RELATIONSHIP_TYPES } from '../core/model.ts';"],
    ['api/src/x.ts', "import { createDriver } from '../../cypher/db/driver.ts';"],
    ['viewer/src/x.ts', "import { RELATIONSHIP_TYPES } from '../../core/model.ts';"],
  ])('allows a forward import in %s: %s', async (file, line) => {
    expect(
      await problems(file, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)?.[1]}];\n`),
    ).toEqual([]);
  });
});
