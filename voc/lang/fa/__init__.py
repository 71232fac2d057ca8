"""Persian: normalizer (hazm), cue lists and speaker labels."""
