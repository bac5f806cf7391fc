// Talks to the GraphQL API at /graphql (same origin) and maps its answers to the viewer's types.
// Errors say what happened: API unreachable, HTTP status, or the GraphQL error messages.
import type { Citation, Claim, Entity, EntityDetails, SearchHit, Subgraph } from './types.ts';

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

const PROVENANCE = 'quote confidence attributedTo note';
const BOUNDS = 'validFrom validFromPrecision validTo validToPrecision';
const SOURCE = 'source { id title publisher date datePrecision }';

export const NETWORK_QUERY = /* GraphQL */ `
  query Network {
    subgraph(includeIsolated: true) {
      nodes { id name kind category aliases ${BOUNDS} }
      edges {
        type source target
        citations { id ${SOURCE} ${PROVENANCE} role ${BOUNDS} }
      }
    }
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
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
      claims {
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
interface ApiCitation extends ApiBounds {
  id: string;
  source: Citation['source'];
  quote: string;
  confidence: string;
  attributedTo?: string | null;
  note?: string | null;
  role?: string | null;
}
interface ApiEdge {
  type: Citation['type'];
  source: string;
  target: string;
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

export function mapEdges(edges: ApiEdge[]): Citation[] {
  return edges.flatMap((e) =>
    e.citations.map((c) => ({
      id: c.id,
      type: e.type,
      start: e.source,
      end: e.target,
      source: c.source,
      quote: c.quote,
      confidence: lower<Citation['confidence']>(c.confidence) ?? 'reported',
      attributedTo: c.attributedTo ?? null,
      note: c.note ?? null,
      role: c.role ?? null,
      ...bounds(c),
    })),
  );
}

export async function fetchNetwork(): Promise<Subgraph> {
  const data = await gql<{ subgraph: { nodes: ApiNode[]; edges: ApiEdge[] } }>(NETWORK_QUERY);
  return { entities: data.subgraph.nodes.map(mapNode), citations: mapEdges(data.subgraph.edges) };
}

/** The alias that matched the search words, when the name itself does not contain them. */
export function matchedAlias(name: string, aliases: string[], text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t || name.toLowerCase().includes(t)) return null;
  return aliases.find((a) => a.toLowerCase().includes(t)) ?? null;
}

export async function searchEntities(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql<{ search: { entity: ApiNode }[] }>(SEARCH_QUERY, { text, limit: 12 }, signal);
  return data.search.map(({ entity: e }) => ({
    id: e.id,
    name: e.name,
    label: kindToLabel(e.kind),
    category: e.category ?? '',
    matched: matchedAlias(e.name, e.aliases ?? [], text),
  }));
}

interface ApiClaim {
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
  source: Claim['source'];
  quote: string;
  confidence: string;
  attributedTo?: string | null;
  note?: string | null;
}

export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await gql<{
    entity: (ApiNode & { claims: { property: string; disagreement: boolean; claims: ApiClaim[] }[] }) | null;
  }>(ENTITY_QUERY, { id });
  if (!data.entity) return null;
  const claims: Claim[] = data.entity.claims.flatMap((g) =>
    g.claims.map((c) => ({
      ...c,
      valuePrecision: lower<'day'>(c.valuePrecision),
      asOfPrecision: lower<'day'>(c.asOfPrecision),
      confidence: lower<Claim['confidence']>(c.confidence) ?? 'reported',
      disagreement: g.disagreement,
    })),
  );
  return { ...mapNode(data.entity), claims };
}
