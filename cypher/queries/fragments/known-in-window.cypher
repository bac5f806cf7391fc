// known-in-window: x (a relationship, claim or entity) is known to hold somewhere in the window
// ($windowStart..$windowEnd, Neo4j dates; a null end is open): its known span, which the seed
// loader derived with core/time.ts, overlaps it. False when the documents place x at no date.
// Args: x
(x.knownFrom IS NOT NULL
  AND ($windowEnd IS NULL OR x.knownFrom <= $windowEnd)
  AND ($windowStart IS NULL OR x.knownTo >= $windowStart))
