// Source.paragraphs and Source.paragraph: a document's text by paragraphs, read from the corpus
// folder (cypher/corpus/read-corpus.ts), each with the facts whose quotes stand in it (one query
// per page, by source and paragraph) and where each quote stands (core/paragraphs.ts).
import { statSync } from 'node:fs';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql/index.js';
import { locateQuote, type Paragraph } from '../../../../core/paragraphs.ts';
import { readCorpus, type Corpus, type CorpusDocument } from '../../../../cypher/corpus/read-corpus.ts';
import { listParagraphFacts } from '../../../../cypher/db/graph-queries.ts';
import type { ClaimRow, RelationshipRow } from '../../../../cypher/db/types.ts';
import { intInRange } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { selects } from '../selection.ts';

interface ParagraphFactRow {
  id: string;
  relationship: RelationshipRow | null;
  claim: ClaimRow | null;
  quoteStart: number | null;
  quoteEnd: number | null;
}

interface ParagraphRow extends Paragraph {
  facts: ParagraphFactRow[];
}

/** The corpus as last read, kept until the folder changes (add-source adds files to it). */
let cached: { dir: string; mtimeMs: number; corpus: Corpus } | undefined;

function corpusAt(dir: string): Corpus {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch (error) {
    throw new GraphQLError(`The corpus folder ${dir} cannot be read: ${(error as Error).message}`, {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  if (cached?.dir !== dir || cached.mtimeMs !== mtimeMs) cached = { dir, mtimeMs, corpus: readCorpus(dir) };
  return cached.corpus;
}

function documentOf(source: { id: string }, ctx: ApiContext): CorpusDocument {
  const doc = corpusAt(ctx.corpusDir).byId.get(source.id);
  if (!doc) {
    throw new GraphQLError(
      `The text of source '${source.id}' is not in the corpus folder ${ctx.corpusDir} (no ${source.id}.json there)`,
      { extensions: { code: 'NOT_FOUND', id: source.id } },
    );
  }
  return doc;
}

/** Where the fact's quote stands in the paragraph's own text: its first place there, or nulls. */
function placed(paragraph: Paragraph, quote: string): { quoteStart: number | null; quoteEnd: number | null } {
  const [at] = locateQuote([paragraph], quote);
  return at ? { quoteStart: at.start, quoteEnd: at.end } : { quoteStart: null, quoteEnd: null };
}

/** The paragraphs with their facts, fetched in one query when the request selects facts. */
async function withFacts(
  sourceId: string,
  paragraphs: Paragraph[],
  ctx: ApiContext,
  wantFacts: boolean,
): Promise<ParagraphRow[]> {
  if (!wantFacts || paragraphs.length === 0) return paragraphs.map((p) => ({ ...p, facts: [] }));
  const rows = await listParagraphFacts(
    ctx.run,
    sourceId,
    paragraphs.map((p) => p.number),
  );
  const byNumber = new Map(rows.map((row) => [row.paragraph, row]));
  return paragraphs.map((p) => {
    const row = byNumber.get(p.number);
    const facts: ParagraphFactRow[] = [
      ...(row?.relationships ?? []).map((r) => ({
        id: r.id,
        relationship: r,
        claim: null,
        ...placed(p, r.quote),
      })),
      ...(row?.claims ?? []).map((c) => ({ id: c.id, relationship: null, claim: c, ...placed(p, c.quote) })),
    ];
    // Reading order: by where the quote stands (unplaced last), then by id.
    facts.sort((a, b) => (a.quoteStart ?? Infinity) - (b.quoteStart ?? Infinity) || a.id.localeCompare(b.id));
    return { ...p, facts };
  });
}

const wholeNumber = (value: number | null | undefined, argument: string): number | null => {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0)
    throw badInput(argument, `must be a paragraph number, 0 or more (got ${value})`);
  return value;
};

interface PageArgs {
  first?: number | null;
  after?: number | null;
  last?: number | null;
  before?: number | null;
}

/** The paragraphs a page holds: after `after` and before `before`, the first or the last n. */
function pageOf(all: Paragraph[], args: PageArgs) {
  if (args.first != null && args.last != null)
    throw badInput('last', 'give first (read on) or last (read back), not both');
  const after = wholeNumber(args.after, 'after');
  const before = wholeNumber(args.before, 'before');
  const inRange = all.filter(
    (p) => (after === null || p.number > after) && (before === null || p.number < before),
  );
  const fromEnd = args.last != null;
  const n = fromEnd
    ? intInRange(args.last, 20, 1, LIMITS.paragraphPage, 'last')
    : intInRange(args.first, 20, 1, LIMITS.paragraphPage, 'first');
  const items = fromEnd ? inRange.slice(Math.max(0, inRange.length - n)) : inRange.slice(0, n);
  const firstNumber = items[0]?.number ?? after ?? 0;
  const lastNumber = items.at(-1)?.number ?? before ?? Infinity;
  return {
    items,
    hasPreviousPage: all.some((p) => p.number < firstNumber),
    hasNextPage: all.some((p) => p.number > lastNumber),
  };
}

export const paragraphResolvers = {
  Source: {
    paragraphs: async (source: { id: string }, args: PageArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const doc = documentOf(source, ctx);
      const page = pageOf(doc.paragraphs, args);
      return {
        totalCount: doc.paragraphs.length,
        ...page,
        items: await withFacts(source.id, page.items, ctx, selects(info, ['items', 'facts'])),
      };
    },
    paragraph: async (
      source: { id: string },
      args: { number: number },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const doc = documentOf(source, ctx);
      const found = doc.paragraphs.find((p) => p.number === args.number);
      if (!found) {
        const last = doc.paragraphs.at(-1)?.number ?? 0;
        const why =
          args.number >= 1 && args.number <= last
            ? `line ${args.number} is blank`
            : `its paragraphs are numbered 1 to ${last}`;
        throw new GraphQLError(`Source '${source.id}' has no paragraph ${args.number}: ${why}`, {
          extensions: { code: 'NOT_FOUND', id: source.id, paragraph: args.number },
        });
      }
      const [row] = await withFacts(source.id, [found], ctx, selects(info, ['facts']));
      return row;
    },
  },
};
