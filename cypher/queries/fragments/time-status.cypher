// time-status: the timeStatus of a returned row x: 'known' or 'possible' in the window, null
// without a window (or outside it, in the lists no filter thins).
// Params: $windowStart, $windowEnd
// Args: x
CASE
  WHEN $windowStart IS NULL AND $windowEnd IS NULL THEN null
  WHEN @known-in-window(x) THEN 'known'
  WHEN @possible-in-window(x) THEN 'possible'
END
