"""English: normalizer and sentence boundaries (spaCy), cue lists and speaker labels."""
