// The entities sheet: one row per new entity (id, name, aliases separated by ";", kind, category),
// each checked against the graph model (core/model.ts) and the ids the seed files already use.
import { CATEGORIES, ENTITY_LABELS, type EntityLabel } from '../../core/model.ts';
import { entityColumns, type Columns, type EntityColumn } from './columns.ts';
import type { KnownEntity, KnownGraph } from './known-graph.ts';
import type { ImportProblem } from './problem.ts';
import type { Sheet } from './sheet.ts';
import { suggestWord } from './suggest.ts';

export interface EntityDraft extends KnownEntity {
  row: number;
  category: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readEntityRows(
  sheet: Sheet,
  known: KnownGraph,
): { entities: EntityDraft[]; problems: ImportProblem[]; columns?: Columns<EntityColumn> } {
  const { columns, problems } = entityColumns(sheet);
  if (problems.length > 0) return { entities: [], problems };
  const entities: EntityDraft[] = [];
  const seen = new Map<string, number>();
  for (const r of sheet.rows) {
    const at = (column: 'id' | 'name' | 'aliases' | 'kind' | 'category', message: string): void => {
      problems.push({ file: sheet.file, row: r.row, column: columns.header(column), message });
    };
    const before = problems.length;
    const id = columns.cell(r, 'id');
    const name = columns.cell(r, 'name');
    const kindText = columns.cell(r, 'kind');
    const category = columns.cell(r, 'category');
    if (!KEBAB.test(id))
      at('id', `id "${id}" must be kebab-case: lower-case letters and digits joined by "-"`);
    else if (known.ids.has(id)) at('id', `id "${id}" is already used at ${known.ids.get(id)}`);
    else if (seen.has(id)) at('id', `id "${id}" is defined twice (also row ${seen.get(id)})`);
    else seen.set(id, r.row);
    if (name === '') at('name', 'the name is empty');
    const label = ENTITY_LABELS.find((l) => l.toLowerCase() === kindText.toLowerCase());
    if (label === undefined) {
      at(
        'kind',
        `unknown kind "${kindText}" (allowed: ${ENTITY_LABELS.join(', ')})${suggestWord(kindText, ENTITY_LABELS)}`,
      );
    } else if (!CATEGORIES[label].includes(category)) {
      at(
        'category',
        `unknown ${label} category "${category}" (allowed: ${CATEGORIES[label].join(', ')})${suggestWord(category, CATEGORIES[label])}`,
      );
    }
    const aliases = [name];
    for (const alias of columns.cell(r, 'aliases').split(';')) {
      const a = alias.trim().replace(/\s+/g, ' ');
      if (a !== '' && !aliases.includes(a)) aliases.push(a);
    }
    if (problems.length > before) continue;
    entities.push({
      row: r.row,
      id,
      label: label as EntityLabel,
      name,
      aliases,
      category,
      where: `${sheet.file} row ${r.row}`,
    });
  }
  return { entities, problems, columns };
}
