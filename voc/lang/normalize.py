"""One normalizer per language: a named sequence of small mapped steps, looked up by code."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module

from voc.errors import E013, VocError
from voc.lang import common
from voc.lang.mapped import MappedText

# Bump when any step changes what text_norm holds; stored on every derived row.
NORMALIZER_VERSION = "lang-1.0"

LANGS = ("fa", "ar", "en")
# Codes get_normalizer accepts: the three languages, plus "other" (language-independent steps).
SUPPORTED = (*LANGS, "other")

Step = Callable[[MappedText], MappedText]


@dataclass(frozen=True)
class Normalizer:
    """Normalizes text of one language; ``steps`` are applied in order."""

    lang: str
    steps: Sequence[Step]

    def normalize_mapped(self, mt: MappedText, *, after_pre: bool = False) -> MappedText:
        """Run the steps over ``mt``, keeping the map to raw offsets.

        Args:
            mt: The text, raw or already through ``common.PRE_STEPS``.
            after_pre: ``mt`` has been through ``common.PRE_STEPS`` (every normalizer's
                first steps), so they are skipped.
        """
        steps = self.steps[len(common.PRE_STEPS):] if after_pre else self.steps
        for step in steps:
            mt = step(mt)
        return mt

    def __call__(self, text: str) -> str:
        """Return the normalized form of ``text``."""
        return self.normalize_mapped(MappedText.of(text)).text

    normalize = __call__

    @property
    def step_names(self) -> list[str]:
        """The step function names, in order (for docs and debugging)."""
        return [step.__name__ for step in self.steps]


OTHER_STEPS = (*common.FIRST_STEPS, *common.LAST_STEPS)


@lru_cache(maxsize=None)
def get_normalizer(lang: str, *, teh_marbuta: bool = False) -> Normalizer:
    """The normalizer for a language code.

    Args:
        lang: ``fa``, ``ar``, ``en`` or ``other`` (language-independent steps only).
        teh_marbuta: Arabic only: also turn ة into ه.

    Raises:
        VocError: E013 for a code voc does not handle, listing the supported ones.
    """
    if lang not in SUPPORTED:
        raise VocError(E013.format(lang=lang, supported=", ".join(SUPPORTED)))
    if lang == "other":
        return Normalizer("other", OTHER_STEPS)
    module = import_module(f"voc.lang.{lang}.normalizer")
    steps = module.steps(teh_marbuta=True) if lang == "ar" and teh_marbuta else module.STEPS
    if tuple(steps[: len(common.PRE_STEPS)]) != common.PRE_STEPS:  # normalize_mapped relies on it
        raise RuntimeError(f"voc.lang.{lang}.normalizer.STEPS must start with common.PRE_STEPS")
    return Normalizer(lang, tuple(steps))
