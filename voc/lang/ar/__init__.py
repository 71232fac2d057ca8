"""Arabic: normalizer (camel-tools), cue lists and speaker labels."""
