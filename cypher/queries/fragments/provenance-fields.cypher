// provenance-fields: the map-projection entries every relationship and claim row carries for f
// (Provenance in cypher/db/types.ts, without the source): what the speaker says and how, the
// paragraph its quote stands in, the bounds, the spans the loader derived, and the row's timeStatus.
// Params: those of time-status
// Args: f
.quote, .paragraph, .stance, .modality, .credibility, .reliability, .attributedTo, .tense, .note,
.validFrom, .validFromPrecision, .validTo, .validToPrecision,
.knownFrom, .knownTo, .possibleFrom, .possibleTo, timeStatus: @time-status(f)
