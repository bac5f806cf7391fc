// Talks to the GraphQL API at /graphql (same origin) and maps its answers to the viewer's types:
// upper-case enums to the model's words, the API's drawn edges and claim groups kept as they come.
// Errors say what happened: API unreachable, HTTP status, or the GraphQL error messages.
import { MODALITIES, STANCES } from '../../core/model.ts';
import type {
  Citation,
  Claim,
  ClaimGroup,
  Edge,
  Entity,
  EntityDetails,
  SearchHit,
  Subgraph,
  TimeStatuses,
} from './types.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'unreachable' | 'http' | 'graphql',
  ) {
    super(message);
  }
}

export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('The API at /graphql cannot be reached: is the server running?', 'unreachable');
  }
  let body: { data?: T; errors?: { message: string }[] } | undefined;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The API answered ${res.status} ${res.statusText} without JSON`, 'http');
  }
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '), 'graphql');
  if (!res.ok || !body?.data) throw new ApiError(`The API answered ${res.status} ${res.statusText}`, 'http');
  return body.data;
}

// ---- The queries the viewer sends (api/src/schema/*.graphql) and their mapping. ----

/**
 * Every stance and modality: the viewer hides denied facts itself (docs/model-interfaces.md), so
 * "show denied" and the stance and modality toggles need no new request.
 */
export const EVERY_STATEMENT = {
  stances: STANCES.map((s) => s.toUpperCase()),
  modalities: MODALITIES.map((m) => m.toUpperCase()),
};

const PROVENANCE = 'quote paragraph stance modality credibility reliability attributedTo tense note';
const BOUNDS = 'validFrom validFromPrecision validTo validToPrecision';
const SPANS = 'knownFrom knownTo possibleFrom possibleTo';
const SOURCE = 'source { id title publisher date datePrecision }';

export const NETWORK_QUERY = /* GraphQL */ `
  query Network($filter: GraphFilter) {
    subgraph(includeIsolated: true, filter: $filter) {
      nodes { id name kind category aliases ${BOUNDS} }
      edges {
        id type symmetric source target stance modality credibility disagreement
        citations { id ${SOURCE} ${PROVENANCE} role ${BOUNDS} ${SPANS} }
      }
    }
  }
`;

/** What the documents place in a period and what only may hold there (includePossible). */
export const TIME_STATUS_QUERY = /* GraphQL */ `
  query TimeStatus($filter: GraphFilter) {
    subgraph(includeIsolated: true, filter: $filter) {
      nodes {
        id
        timeStatus
      }
      edges {
        citations {
          id
          timeStatus
        }
      }
    }
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
      everyWord
      entity {
        id
        name
        kind
        category
        aliases
      }
    }
  }
`;

export const ENTITY_QUERY = /* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      id name kind category aliases ${BOUNDS}
      claims(stances: [ASSERTED, UNCLEAR, DENIED], modalities: [ACTUAL, INTENDED, EXPECTED]) {
        property disagreement
        claims {
          id property value valueDate valuePrecision valueText qualifier unit refersTo asOf asOfPrecision
          ${SOURCE} ${PROVENANCE}
        }
      }
    }
  }
`;

type Upper = string | null | undefined;
const lower = <T extends string>(v: Upper): T | null => (v ? (v.toLowerCase() as T) : null);
const kindToLabel = (k: string) => (k.charAt(0) + k.slice(1).toLowerCase()) as Entity['label'];

interface ApiBounds {
  validFrom?: string | null;
  validFromPrecision?: Upper;
  validTo?: string | null;
  validToPrecision?: Upper;
}
interface ApiNode extends ApiBounds {
  id: string;
  name: string;
  kind: string;
  category: string | null;
  aliases: string[];
}
interface ApiProvenance {
  source: Citation['source'];
  quote: string;
  paragraph?: number | null;
  stance: string;
  modality: string;
  credibility: string;
  reliability: string;
  attributedTo?: string | null;
  tense?: Upper;
  note?: string | null;
}
interface ApiCitation extends ApiBounds, ApiProvenance {
  id: string;
  role?: string | null;
  knownFrom?: string | null;
  knownTo?: string | null;
  possibleFrom?: string | null;
  possibleTo?: string | null;
}
export interface ApiEdge {
  id: string;
  type: Edge['type'];
  symmetric: boolean;
  source: string;
  target: string;
  stance: string;
  modality: string;
  credibility: string;
  disagreement: boolean;
  citations: ApiCitation[];
}

function bounds(b: ApiBounds) {
  return {
    validFrom: b.validFrom ?? null,
    validFromPrecision: lower<'day'>(b.validFromPrecision),
    validTo: b.validTo ?? null,
    validToPrecision: lower<'day'>(b.validToPrecision),
  };
}

function provenance(p: ApiProvenance) {
  return {
    source: p.source,
    quote: p.quote,
    paragraph: p.paragraph ?? null,
    stance: lower<Citation['stance']>(p.stance) ?? 'asserted',
    modality: lower<Citation['modality']>(p.modality) ?? 'actual',
    credibility: lower<Citation['credibility']>(p.credibility) ?? 'reported',
    reliability: (p.reliability ?? 'F') as Citation['reliability'],
    attributedTo: p.attributedTo ?? null,
    tense: lower<'past'>(p.tense),
    note: p.note ?? null,
  };
}

export function mapNode(n: ApiNode): Entity {
  return {
    id: n.id,
    name: n.name,
    aliases: n.aliases ?? [],
    label: kindToLabel(n.kind),
    category: n.category ?? '',
    ...bounds(n),
  };
}

/** The API's drawn edge as it comes: its id, its grouping and its summary; enums lower-cased. */
export function mapEdge(e: ApiEdge): Edge {
  return {
    id: e.id,
    type: e.type,
    symmetric: e.symmetric,
    source: e.source,
    target: e.target,
    stance: lower<Edge['stance']>(e.stance) ?? 'asserted',
    modality: lower<Edge['modality']>(e.modality) ?? 'actual',
    credibility: lower<Edge['credibility']>(e.credibility) ?? 'reported',
    disagreement: e.disagreement,
    citations: e.citations.map((c) => ({
      id: c.id,
      ...provenance(c),
      role: c.role ?? null,
      ...bounds(c),
      knownFrom: c.knownFrom ?? null,
      knownTo: c.knownTo ?? null,
      possibleFrom: c.possibleFrom ?? null,
      possibleTo: c.possibleTo ?? null,
    })),
  };
}

export async function fetchNetwork(): Promise<Subgraph> {
  const data = await gql<{ subgraph: { nodes: ApiNode[]; edges: ApiEdge[] } }>(NETWORK_QUERY, {
    filter: EVERY_STATEMENT,
  });
  return { entities: data.subgraph.nodes.map(mapNode), edges: data.subgraph.edges.map(mapEdge) };
}

/**
 * The time status of every node and citation in the period ("2014", "2021-08", "2021-08-26"), as
 * the API judges it (core/time.ts); what it does not return lies outside the period.
 */
export async function fetchTimeStatuses(asOf: string): Promise<TimeStatuses> {
  const data = await gql<{
    subgraph: {
      nodes: { id: string; timeStatus: Upper }[];
      edges: { citations: { id: string; timeStatus: Upper }[] }[];
    };
  }>(TIME_STATUS_QUERY, {
    filter: { ...EVERY_STATEMENT, asOf, includePossible: true },
  });
  const status = (s: Upper) => (lower(s) === 'possible' ? ('possible' as const) : ('known' as const));
  return {
    nodes: new Map(data.subgraph.nodes.map((n) => [n.id, status(n.timeStatus)])),
    citations: new Map(
      data.subgraph.edges.flatMap((e) => e.citations.map((c) => [c.id, status(c.timeStatus)] as const)),
    ),
  };
}

/** The alias that matched the search words, when the name itself does not contain them. */
export function matchedAlias(name: string, aliases: string[], text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t || name.toLowerCase().includes(t)) return null;
  return aliases.find((a) => a.toLowerCase().includes(t)) ?? null;
}

export async function searchEntities(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql<{ search: { everyWord: boolean; entity: ApiNode }[] }>(
    SEARCH_QUERY,
    { text, limit: 12 },
    signal,
  );
  return data.search.map(({ everyWord, entity: e }) => ({
    id: e.id,
    name: e.name,
    label: kindToLabel(e.kind),
    category: e.category ?? '',
    matched: matchedAlias(e.name, e.aliases ?? [], text),
    someWords: !everyWord,
  }));
}

interface ApiClaim extends ApiProvenance {
  id: string;
  property: string;
  value?: number | null;
  valueDate?: string | null;
  valuePrecision?: Upper;
  valueText?: string | null;
  qualifier?: string | null;
  unit?: string | null;
  refersTo?: string | null;
  asOf?: string | null;
  asOfPrecision?: Upper;
}

export function mapClaim(c: ApiClaim): Claim {
  return {
    ...c,
    ...provenance(c),
    valuePrecision: lower<'day'>(c.valuePrecision),
    asOfPrecision: lower<'day'>(c.asOfPrecision),
  };
}

export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await gql<{
    entity: (ApiNode & { claims: { property: string; disagreement: boolean; claims: ApiClaim[] }[] }) | null;
  }>(ENTITY_QUERY, { id });
  if (!data.entity) return null;
  const claimGroups: ClaimGroup[] = data.entity.claims.map((g) => ({
    property: g.property,
    disagreement: g.disagreement,
    claims: g.claims.map(mapClaim),
  }));
  return { ...mapNode(data.entity), claimGroups };
}
