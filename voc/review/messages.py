"""Messages of the review loop's errors: what was received, what was expected, what to do.

Numbered E2xx so they never clash with voc.errors (E0xx) or the classifier (E1xx).
"""

from __future__ import annotations

from dataclasses import dataclass

from voc.errors import InputError


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad answer in a label file: where, which record and field, what is wrong, the fix."""

    location: str  # "answers.csv:7" or "tasks.json task 3"
    record_id: str
    field: str
    reason: str

    def __str__(self) -> str:
        rec = f" record {self.record_id}" if self.record_id else ""
        fld = f" field {self.field!r}" if self.field else ""
        return f"{self.location}{rec}{fld}: {self.reason}"


class LabelFileError(InputError):
    """A label file held invalid answers; ``problems`` lists every one."""

    def __init__(self, message: str, *, location: str, problems: list[Problem]):
        super().__init__(message, location=location, field=problems[0].field if problems else "")
        self.problems = problems


E201 = (
    "E201 {path}: {invalid} invalid answer(s), so nothing was imported ({valid} valid). Fix each line "
    "below and re-run, or pass --skip-invalid to import the valid ones:\n{problems}"
)
E202 = "E202 label file {path} does not exist. Pass the file exported from your labelling tool."
E203 = (
    "E203 cannot tell the format of {path} from its extension. Use .json (Label Studio JSON export), "
    ".csv or .jsonl, or pass --format."
)
E204 = (
    "E204 {path} line {line} column {col}: not valid JSON ({detail}). Export again from Label Studio "
    "with the JSON format; nothing was imported."
)
E205 = (
    "E205 {path}: expected a Label Studio JSON export (a list of tasks with 'data' and 'annotations'), "
    "got {got}. Export with the JSON format (not JSON-MIN or CSV); nothing was imported."
)
E206 = (
    "E206 {path}: cannot decode as UTF-8 ({detail}). In Excel use Save As > 'CSV UTF-8'; nothing was "
    "imported."
)
E207 = "E207 {path}: missing column(s) {missing}. Keep the columns of the exported file; nothing was imported."
E208 = "E208 unknown export format {fmt!r}. Use one of: {known}."
E209 = "E209 the review queue has nothing to export{scope}. Run the nightly flow (it fills the queue) first."
E210 = "E210 [review] setting {field!r}: {detail}. Fix it in voc.toml."
E211 = (
    "E211 predict_fn returned no output for id {id!r} (of {n} items). It must return one output per "
    "input item, with the same 'id'."
)
E212 = (
    "E212 the human label of record {id!r}: field {field!r} has value {value!r}, expected {expected}. "
    "Import a corrected answer for this record (`voc review import`; the latest answer wins) and retrain."
)
E213 = (
    "E213 no store at {path}, so there are no human labels to retrain with. Pass the store of the "
    "nightly flow with --config voc.toml or --db PATH, or leave both out to train without labels."
)
E214 = (
    "E214 {path} is where the candidate model goes, but it is not a folder voc made ({found}). Move it "
    "away or pass another --out; nothing was changed."
)

# Reasons for one bad answer (Problem.reason); each ends with the fix.
R_NOT_QUEUED = "is not in the review queue (unknown id or version). Answer only exported records"
R_DUPLICATE = "is answered more than once in this file (also at {other}). Keep one answer per record"
R_BAD_JSON = "line is not valid JSON ({detail}). Write one JSON object per line"
R_MISSING = "is missing. Give a value: {expected}"
R_VALUE = "has value {value!r}, expected {expected}. Fix the value"
R_NONE_WITHOUT_GAP = "must be 'none' when promise_gap is false (got {value!r}). Set it to none or set promise_gap true"
R_NONE_WITH_GAP = "is 'none' but promise_gap is true. Choose the {what}"
R_GAP_NOT_COMPLAINT = "promise_gap is true but is_complaint is false; a promise gap is a complaint. Fix one of them"
R_EVIDENCE_MISSING = "is missing; a promise gap needs the shortest quote showing the promise and the gap. Mark it"
R_EVIDENCE_NO_GAP = "is given but promise_gap is false. Remove the evidence or set promise_gap true"
R_EVIDENCE_NOT_FOUND = "{value!r} is not a verbatim substring of the exported text. Copy it from the text exactly"
R_SPAN = "span {start}-{end} does not hold {value!r} in the exported text. Re-mark the evidence"
R_SPANS = "has {n} spans; mark one evidence span"
R_TEXT_CHANGED = "the task's text differs from the exported text. Do not edit texts; re-export the queue"
R_ANNOTATIONS = "has {n} completed annotations. Keep one per task (resolve disagreements in Label Studio)"
R_LABELLER = "is missing. Fill the labeller column or pass --labeller NAME"
R_TIME = "has value {value!r}, expected an ISO date-time like 2026-10-01T12:00:00. Fix the value"
