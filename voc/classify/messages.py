"""Messages of the classifier's errors: what was received, what was expected, what to do.

Numbered E1xx so they never clash with voc.errors (E0xx); raised as voc.errors.ModelError or
voc.errors.InputError.
"""

E101 = (
    "E101 no trained model at {path}: {missing} is missing. Train one with `voc train --out {path}` "
    "or pass the folder of a trained model."
)
E102 = (
    "E102 the model at {path} was written by an incompatible voc ({found}); this voc reads format "
    "{expected}. Retrain it with `voc train --out {path}`."
)
E103 = (
    "E103 {location}: line is not valid JSON ({detail}). Write one JSON object per line; the other "
    "lines were classified."
)
E104 = (
    "E104 {location}: field 'text' is missing or empty. Give every line a non-empty 'text'; the "
    "other lines were classified."
)
E105 = "E105 {location}: field {field!r} has value {value!r}, expected {expected}. Fix the value."
E106 = (
    "E106 no labelled training data under {path}: expected files named {{fa,ar,en}}.jsonl or "
    "*.dev.jsonl. Pass --data with a folder of labelled JSON Lines files (see ANNOTATION_GUIDE.md)."
)
E107 = (
    "E107 {location}: labelled record is invalid: {detail}. See the Files section of "
    "ANNOTATION_GUIDE.md for the format."
)
E108 = "E108 input file {path} does not exist. Pass the path of a JSON Lines file."
E109 = (
    "E109 cannot load the encoder at {path}: {detail}. --backbone needs a local folder holding a "
    "Hugging Face model (config.json, weights and tokenizer files); nothing is downloaded."
)
E110 = (
    "E110 the item at position {index} is not a mapping with a non-empty 'text' (got {got}). Pass "
    "dicts with 'id' and 'text'."
)
E112 = (
    "E112 {path} holds a fine-tuned encoder; `voc evaluate` cross-validates the default model only. "
    "Score a backbone with `voc classify` on a labelled file of your own."
)
E111 = (
    "E111 cross-validation needs at least {need} labelled records per fold and class; {lang} has "
    "{have}. Add labelled records or lower --folds."
)
E113 = "E113 --setting {got!r} names no training setting. Write KEY=VALUE with one of these keys: {known}."
E114 = "E114 --setting {key}={got!r}: expected {kind}, like {example}. Fix the value."
E115 = "E115 --setting {key}={got!r}: the value must be at least {least}. Fix the value."
E116 = (
    "E116 --setting changes the default model's training; --backbone fine-tunes an encoder with its own "
    "settings. Leave out one of them."
)
E117 = (
    "E117 the model at {path} cannot be read: {detail}. Restore the folder, or retrain it with "
    "`voc train --out {path}`."
)
