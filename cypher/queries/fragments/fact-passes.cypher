// fact-passes: the fact filter on f (a relationship or a claim): what the speaker does with it
// (stance), whether it is a fact, an aim or a forecast (modality), how the document hedges it
// (credibility), which document says it, and when it holds.
// Params: $stances, $modalities, $credibilities (lists of words to keep), $sources (ids or
//   null), and those of in-window
// Args: f
f.stance IN $stances AND f.modality IN $modalities AND f.credibility IN $credibilities
  AND ($sources IS NULL OR f.source IN $sources)
  AND @in-window(f)
