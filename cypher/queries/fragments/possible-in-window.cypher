// possible-in-window: x (a relationship, claim or entity) may hold somewhere in the window: its
// possible span (null bounds open) overlaps it.
// Args: x
(($windowEnd IS NULL OR x.possibleFrom IS NULL OR x.possibleFrom <= $windowEnd)
  AND ($windowStart IS NULL OR x.possibleTo IS NULL OR x.possibleTo >= $windowStart))
