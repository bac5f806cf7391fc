// holds: r is a fact stated as holding (asserted, actual): what counts toward degrees and ranks.
// A denial, an aim, a forecast or an unclear statement is kept and listed, never counted as held
// (cypher/README.md, "Stance" and "Modality"; core/model.ts DEFAULT_STANCES and DEFAULT_MODALITIES).
// Args: r
r.stance = 'asserted' AND r.modality = 'actual'
