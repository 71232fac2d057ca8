"""One catalogue of voc's errors: each says what was received, what was expected and the fix."""

from __future__ import annotations


class VocError(Exception):
    """An error a user can act on. The CLI prints its message and exits non-zero."""

    exit_code = 2


class ConfigError(VocError):
    """The configuration file is missing, unreadable or invalid."""


class StoreLockedError(VocError):
    """Another process is writing to the store."""

    exit_code = 3


class StoreVersionError(VocError):
    """The store was written by a newer voc than this one."""


class InputError(VocError):
    """A record, file or field cannot be read; carries where and why."""

    def __init__(self, message: str, *, location: str = "", field: str = ""):
        super().__init__(message)
        self.location = location
        self.field = field


class ModelError(VocError):
    """A model is missing, corrupt or incompatible."""


class DeliveryError(VocError):
    """A report could not be delivered through a channel."""


# Numbered messages, formatted with str.format(**fields). Each names the received thing,
# the expectation and the fix, in that order.
E001 = (
    "E001 config file not found: {path}. voc looks for ./voc.toml or the path in VOC_CONFIG. "
    "Run `voc init` to write a commented starter config."
)
E002 = "E002 config file {path} is not valid TOML: {detail}. Fix the line shown and re-run."
E003 = "E003 config file {path} is invalid: {detail}. See `voc init` for a commented example."
E004 = (
    "E004 the store {path} is locked by another voc process ({holder}). Only one writer may "
    "run at a time: wait for it to finish, or remove {lock} if that process is gone."
)
E005 = (
    "E005 the store {path} has schema version {found}, newer than this voc understands "
    "({supported}). Upgrade voc (pip install -U voc) before opening it."
)
E006 = "E006 unknown source kind {kind!r} for source {source!r}. Supported kinds: {supported}."
E007 = "E007 source {source!r}: path {path} does not exist. Create it or fix `path` in the config."
E008 = (
    "E008 {location}: field {field!r} is missing or empty. Map it in the source's [mapping] "
    "table or fix the record."
)
E009 = (
    "E009 {location}: cannot decode the file as {tried}. Save it as UTF-8 or set `encoding` "
    "for this source in the config."
)
E010 = "E010 {location}: {fmt} parse error: {detail}. Fix the file; the other rows were read."
E011 = (
    "E011 {location}: field {field!r} has value {value!r}, expected {expected}. Fix the value "
    "or the [mapping] for this source."
)
E012 = "E012 no source named {source!r} in the config. Configured sources: {known}."
E013 = "E013 unknown language code {lang!r}. Supported codes: {supported}."
E014 = (
    "E014 voc.lang received a {kind} where a text (str) was expected. Pass the record's text field "
    "as a string; decode bytes first (see the source's `encoding` setting)."
)
