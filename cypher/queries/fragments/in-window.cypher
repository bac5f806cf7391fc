// in-window: the time filter on x (a relationship, claim or entity): no window keeps everything;
// a window keeps what is known to hold in it and, with $includePossible, what may.
// Params: $windowStart, $windowEnd (dates, both null for no window), $includePossible (boolean)
// Args: x
(($windowStart IS NULL AND $windowEnd IS NULL)
  OR @known-in-window(x)
  OR ($includePossible AND @possible-in-window(x)))
