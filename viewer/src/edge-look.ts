// How a drawn edge looks, from the citations of it that pass the filters: the first of them in
// reading order (to-elements.ts sorts asserted before unclear before denied, facts before aims
// before forecasts) gives the line: solid fact, dashed aim, lighter dashed forecast, dotted
// unclear, red dashed ⊘ denied. Pure; the legend and the stylesheet read the same table.
import { credibilitiesAtLeast, type Credibility, type Modality, type Stance } from '../../core/model.ts';
import type { Provenance } from './types.ts';

export const LOOKS = ['asserted', 'intended', 'expected', 'unclear', 'denied'] as const;
export type Look = (typeof LOOKS)[number];

/** What each look says, for the legend and the details panel. */
export const LOOK_MEANINGS: Record<Look, string> = {
  asserted: 'a document says it is or was so',
  intended: 'an aim, plan, threat or commitment, not a deed',
  expected: 'a forecast by the speaker, not a fact',
  unclear: 'a document says it is not known',
  denied: 'a document says it is not so (shown only with "show denied")',
};

export function lookOf(c: Pick<Provenance, 'stance' | 'modality'>): Look {
  if (c.stance !== 'asserted') return c.stance;
  return c.modality === 'actual' ? 'asserted' : c.modality;
}

export interface StatementFilter {
  stances: readonly Stance[];
  modalities: readonly Modality[];
  minCredibility: Credibility;
}

/** A test for citations that pass the stance, modality and credibility filters. */
export function statementTest(
  f: StatementFilter,
): (c: Pick<Provenance, 'stance' | 'modality' | 'credibility'>) => boolean {
  const stances = new Set(f.stances);
  const modalities = new Set(f.modalities);
  const credibilities = new Set(credibilitiesAtLeast(f.minCredibility));
  return (c) => stances.has(c.stance) && modalities.has(c.modality) && credibilities.has(c.credibility);
}
