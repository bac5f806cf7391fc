// The document view's requests: a paragraph of a source with the one before and after it and every
// fact standing in it (source(id) { paragraph, paragraphs }, api/src/schema/sources.graphql), and
// more paragraphs to read on or back. Enums come back as the model's lower-case words.
import { gql } from './api-client.ts';
import type { Credibility, Modality, Reliability, Stance, Tense } from '../../core/model.ts';

export interface DocumentParagraph {
  number: number;
  text: string;
}

/** A relationship or claim standing in the paragraph, and where its quote stands in it. */
export interface ParagraphFact {
  id: string;
  quoteStart: number | null;
  quoteEnd: number | null;
  /** "ISKP → offshoot of → Islamic State" or "Kabul airport attack: at least 170 people (killed)". */
  kind: 'relationship' | 'claim';
  type: string | null;
  from: { id: string; name: string };
  to: { id: string; name: string } | null;
  display: string | null;
  quote: string;
  stance: Stance;
  modality: Modality;
  credibility: Credibility;
  reliability: Reliability;
  attributedTo: string | null;
  tense: Tense | null;
}

export interface DocumentMeta {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  datePrecision: string | null;
  speakers: string[];
  kind: string | null;
}

export interface DocumentAt {
  meta: DocumentMeta;
  paragraph: DocumentParagraph & { facts: ParagraphFact[] };
  before: DocumentParagraph[];
  after: DocumentParagraph[];
  hasPrevious: boolean;
  hasNext: boolean;
}

export interface ParagraphRun {
  items: DocumentParagraph[];
  hasPrevious: boolean;
  hasNext: boolean;
}

const STATEMENT = 'quote stance modality credibility reliability attributedTo tense';

export const DOCUMENT_QUERY = /* GraphQL */ `
  query DocumentAt($id: ID!, $number: Int!, $context: Int!) {
    source(id: $id) {
      id title publisher date datePrecision speakers kind
      before: paragraphs(last: $context, before: $number) { hasPreviousPage items { number text } }
      at: paragraph(number: $number) {
        number text
        facts {
          id quoteStart quoteEnd
          relationship { type from { id name } to { id name } ${STATEMENT} }
          claim { display subject { id name } ${STATEMENT} }
        }
      }
      after: paragraphs(first: $context, after: $number) { hasNextPage items { number text } }
    }
  }
`;

export const MORE_QUERY = /* GraphQL */ `
  query MoreParagraphs($id: ID!, $first: Int, $after: Int, $last: Int, $before: Int) {
    source(id: $id) {
      paragraphs(first: $first, after: $after, last: $last, before: $before) {
        hasPreviousPage
        hasNextPage
        items {
          number
          text
        }
      }
    }
  }
`;

interface ApiStatement {
  quote: string;
  stance: string;
  modality: string;
  credibility: string;
  reliability: string;
  attributedTo: string | null;
  tense: string | null;
}
interface ApiFact {
  id: string;
  quoteStart: number | null;
  quoteEnd: number | null;
  relationship:
    | (ApiStatement & { type: string; from: { id: string; name: string }; to: { id: string; name: string } })
    | null;
  claim: (ApiStatement & { display: string; subject: { id: string; name: string } }) | null;
}

function statement(s: ApiStatement) {
  return {
    quote: s.quote,
    stance: s.stance.toLowerCase() as Stance,
    modality: s.modality.toLowerCase() as Modality,
    credibility: s.credibility.toLowerCase() as Credibility,
    reliability: s.reliability as Reliability,
    attributedTo: s.attributedTo,
    tense: (s.tense?.toLowerCase() ?? null) as Tense | null,
  };
}

export function mapFact(f: ApiFact): ParagraphFact {
  const place = { id: f.id, quoteStart: f.quoteStart, quoteEnd: f.quoteEnd };
  if (f.relationship) {
    const r = f.relationship;
    return {
      ...place,
      kind: 'relationship',
      type: r.type,
      from: r.from,
      to: r.to,
      display: null,
      ...statement(r),
    };
  }
  const c = f.claim!;
  return {
    ...place,
    kind: 'claim',
    type: null,
    from: c.subject,
    to: null,
    display: c.display,
    ...statement(c),
  };
}

/** The paragraph `number` of `source`, `context` paragraphs either side, and its facts. */
export async function fetchDocumentAt(source: string, number: number, context = 1): Promise<DocumentAt> {
  const data = await gql<{
    source:
      | (DocumentMeta & {
          before: { hasPreviousPage: boolean; items: DocumentParagraph[] };
          at: DocumentParagraph & { facts: ApiFact[] };
          after: { hasNextPage: boolean; items: DocumentParagraph[] };
        })
      | null;
  }>(DOCUMENT_QUERY, { id: source, number, context });
  if (!data.source) throw new Error(`No source with id '${source}'`);
  const { before, at, after, ...meta } = data.source;
  return {
    meta,
    paragraph: { number: at.number, text: at.text, facts: at.facts.map(mapFact) },
    before: before.items,
    after: after.items,
    hasPrevious: before.hasPreviousPage,
    hasNext: after.hasNextPage,
  };
}

/** `count` paragraphs after `from` (direction 'next') or before it ('previous'). */
export async function fetchMoreParagraphs(
  source: string,
  from: number,
  direction: 'next' | 'previous',
  count = 3,
): Promise<ParagraphRun> {
  const variables =
    direction === 'next'
      ? { id: source, first: count, after: from }
      : { id: source, last: count, before: from };
  const data = await gql<{
    source: {
      paragraphs: { hasPreviousPage: boolean; hasNextPage: boolean; items: DocumentParagraph[] };
    } | null;
  }>(MORE_QUERY, variables);
  if (!data.source) throw new Error(`No source with id '${source}'`);
  const page = data.source.paragraphs;
  return { items: page.items, hasPrevious: page.hasPreviousPage, hasNext: page.hasNextPage };
}
