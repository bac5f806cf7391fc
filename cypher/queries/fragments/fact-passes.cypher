// fact-passes: the fact filter on f (a relationship or a claim): what the speaker does with it
// (stance), whether it is a fact, an aim or a forecast (modality), how the document hedges it
// (credibility), which document says it, and when it holds.
// Params: $stances, $modalities (lists of words to keep), and those of credibility-kept,
//   source-kept and in-window
// Args: f
f.stance IN $stances AND f.modality IN $modalities AND @credibility-kept(f)
  AND @source-kept(f)
  AND @in-window(f)
