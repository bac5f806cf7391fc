// Plans a seeded synthetic dataset: entities joined by preferential attachment (a few hubs, many
// leaves), each relationship cited by one to three documents, claims (fighters, deaths, event
// dates), and a mix of denied, unclear, intended, expected, past and dated facts. Everything here
// is abstract; render.ts words it into documents and seed statements.
import { CATEGORIES, RELATIONSHIP_TYPES, type EntityLabel, type RelationshipType } from '../../core/model.ts';
import { mulberry32 } from '../../viewer/src/seeded-random.ts';
import { entityName, uniqueWord } from './names.ts';
import { WORDING } from './sentences.ts';

export type Mode = 'plain' | 'since' | 'past' | 'denied' | 'unclear' | 'intended' | 'expected';
/** 0: the document's own voice (C), 1 and 2: named analysts (B), 3: an unnamed official (F). */
export type Speaker = 0 | 1 | 2 | 3;

export interface PlannedEntity {
  index: number;
  id: string;
  label: EntityLabel;
  category: string;
  name: string;
  alias?: string;
  /** Set once the event's date claim is placed (validFrom, backed by that claim). */
  validFrom?: { date: string; precision: 'day' | 'month' | 'year' };
}

interface FactBase {
  seq: number;
  doc: number;
  speaker: Speaker;
}
export interface PlannedRelationship extends FactBase {
  kind: 'relationship';
  type: RelationshipType;
  start: number;
  end: number;
  mode: Mode;
  /** For mode 'since': how many years before the document's year. */
  yearsBack: number;
}
export interface PlannedClaim extends FactBase {
  kind: 'claim';
  entity: number;
  what: 'fighters' | 'killed' | 'date';
  value: number;
  qualifier: 'about' | 'at least';
  precision: 'day' | 'month' | 'year';
  yearsBack: number;
  /** Fractions of the year for the date claim's month and day (resolved in render.ts). */
  dayOfYear: number;
}
export type PlannedFact = PlannedRelationship | PlannedClaim;

export interface Plan {
  entities: PlannedEntity[];
  facts: PlannedFact[];
  documents: number;
  /** Which facts first mention each entity: there the document gives its alias. */
  firstMention: Map<number, number>;
}

const FACTS_PER_DOCUMENT = 24;
/** New links per added entity: a mean degree near 4, about three cited relationships per entity. */
const LINKS_PER_ENTITY = 2;

/** Which types may join an entity of label x to one of label y, and in which direction. */
function typeTable(): Map<string, { type: RelationshipType; forward: boolean }[]> {
  const table = new Map<string, { type: RelationshipType; forward: boolean }[]>();
  const labels: EntityLabel[] = ['Group', 'Event', 'Place'];
  for (const x of labels)
    for (const y of labels) {
      const options: { type: RelationshipType; forward: boolean }[] = [];
      for (const [type, info] of Object.entries(RELATIONSHIP_TYPES) as [
        RelationshipType,
        (typeof RELATIONSHIP_TYPES)[RelationshipType],
      ][]) {
        const from = info.from as readonly EntityLabel[];
        const to = info.to as readonly EntityLabel[];
        if (from.includes(x) && to.includes(y)) options.push({ type, forward: true });
        else if (!info.symmetric && from.includes(y) && to.includes(x))
          options.push({ type, forward: false });
      }
      table.set(`${x}>${y}`, options);
    }
  return table;
}

export function planDataset(
  entityCount: number,
  seed: number,
  onProgress: (done: number) => void = () => {},
): Plan {
  if (!Number.isInteger(entityCount) || entityCount < 10) {
    throw new Error(`--entities must be a whole number of at least 10 (got ${entityCount})`);
  }
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const types = typeTable();
  const entities: PlannedEntity[] = [];
  const facts: PlannedFact[] = [];
  // Each relationship end appears once here: a uniform pick from it is a pick by degree.
  const ends: number[] = [];
  let primary = 0;
  let seq = 0;
  const wordOffset = Math.floor(rand() * 1000);

  const speakerFor = (): Speaker => {
    const r = rand();
    return r < 0.45 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
  };
  const nextPrimaryDoc = (): number => Math.floor(primary++ / FACTS_PER_DOCUMENT);
  const laterDoc = (doc: number): number => doc + 1 + Math.floor(rand() * 4);

  const chooseMode = (type: RelationshipType): Mode => {
    const w = WORDING[type];
    const r = rand();
    if (r < 0.06) return 'denied';
    if (r < 0.08) return 'unclear';
    if (r < 0.14) return w.intended ? 'intended' : 'plain';
    if (r < 0.17) return w.expected ? 'expected' : 'plain';
    if (r < 0.23) return w.past ? 'past' : 'plain';
    if (r < 0.35) return w.since ? 'since' : 'plain';
    return 'plain';
  };

  const addClaim = (entity: number, what: PlannedClaim['what'], doc: number, value: number): void => {
    facts.push({
      kind: 'claim',
      seq: seq++,
      doc,
      speaker: what === 'fighters' ? (rand() < 0.5 ? 1 : 2) : speakerFor(),
      entity,
      what,
      value,
      qualifier: what === 'killed' && value % 2 === 0 ? 'about' : what === 'killed' ? 'at least' : 'about',
      precision: pick(['day', 'month', 'year'] as const),
      yearsBack: Math.floor(rand() * 3),
      dayOfYear: rand(),
    });
  };

  for (let i = 0; i < entityCount; i++) {
    const r = rand();
    const label: EntityLabel = i === 0 || r < 0.5 ? 'Group' : r < 0.75 ? 'Place' : 'Event';
    const category = label === 'Group' && rand() < 0.6 ? 'militant-group' : pick(CATEGORIES[label]);
    const word = uniqueWord(i, wordOffset);
    const { name, alias } = entityName(label, category, word, pick, rand() < 0.4);
    const prefix = label === 'Group' ? 'grp' : label === 'Place' ? 'plc' : 'evt';
    entities.push({
      index: i,
      id: `${prefix}-${String(i).padStart(6, '0')}`,
      label,
      category,
      name,
      ...(alias === undefined ? {} : { alias }),
    });

    const targets = new Set<number>();
    for (let k = 0; k < Math.min(LINKS_PER_ENTITY, i); k++) {
      targets.add(
        ends.length > 0 && rand() < 0.8 ? ends[Math.floor(rand() * ends.length)]! : Math.floor(rand() * i),
      );
    }
    for (const t of targets) {
      const options = types.get(`${label}>${entities[t]!.label}`)!;
      const { type, forward } = pick(options);
      const mode = chooseMode(type);
      const doc = nextPrimaryDoc();
      const base = {
        kind: 'relationship' as const,
        type,
        start: forward ? i : t,
        end: forward ? t : i,
        yearsBack: 1 + Math.floor(rand() * 5),
      };
      facts.push({ ...base, seq: seq++, doc, speaker: speakerFor(), mode });
      // Further documents citing the same link; one in ten of them denies it (sources disagree).
      const extra = (rand() < 0.3 ? 1 : 0) + (rand() < 0.1 ? 1 : 0);
      for (let c = 0; c < extra; c++) {
        const again: Mode = rand() < 0.1 ? 'denied' : mode;
        facts.push({ ...base, seq: seq++, doc: laterDoc(doc), speaker: speakerFor(), mode: again });
      }
      ends.push(i, t);
    }

    const doc = Math.floor(Math.max(0, primary - 1) / FACTS_PER_DOCUMENT);
    if (label === 'Group' && rand() < 0.2) addClaim(i, 'fighters', doc, 50 * (1 + Math.floor(rand() * 200)));
    if (label === 'Event' && (category === 'attack' || category === 'airstrike') && rand() < 0.5) {
      addClaim(i, 'killed', doc, 1 + Math.floor(rand() * 120));
      if (rand() < 0.2) addClaim(i, 'killed', laterDoc(doc), 1 + Math.floor(rand() * 120));
    }
    if (label === 'Event' && rand() < 0.6) addClaim(i, 'date', doc, 0);
    if ((i + 1) % 10_000 === 0) onProgress(i + 1);
  }

  facts.sort((a, b) => a.doc - b.doc || a.seq - b.seq);
  const firstMention = new Map<number, number>();
  for (const f of facts) {
    const mentioned = f.kind === 'relationship' ? [f.start, f.end] : [f.entity];
    for (const e of mentioned) if (!firstMention.has(e)) firstMention.set(e, f.seq);
  }
  const documents = facts.reduce((max, f) => Math.max(max, f.doc), 0) + 1;
  return { entities, facts, documents, firstMention };
}
