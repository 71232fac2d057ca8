"""A model folder and its version, loaded only where it is used.

The nightly flow's process hands classify batches to worker processes (or Dask workers) and
writes what comes back; it needs the model's version, not the model. A handle reads the version
from ``config.json`` and loads the weights (and torch) on the first prediction, in whichever
process makes it; pickling a handle sends only the folder and the version.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from voc.classify import messages
from voc.classify.labels import DEFAULT_MODEL
from voc.errors import ModelError


class ModelHandle:
    """Args: path: a model folder (default: the model committed under models/promise_gap/).

    Raises:
        ModelError: E101 when the folder holds no config.json, E117 when it cannot be read.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else DEFAULT_MODEL
        config = self.path / "config.json"
        if not config.is_file():
            raise ModelError(messages.E101.format(path=self.path, missing="config.json"))
        try:
            self.version: str = json.loads(config.read_text(encoding="utf-8"))["model_version"]
        except (ValueError, KeyError) as err:
            raise ModelError(messages.E117.format(path=self.path, detail=f"config.json: {err!r}")) from err
        self._model: Any = None

    def model(self):
        """The loaded Classifier (loaded once per process)."""
        if self._model is None:
            from voc.classify.classifier import load_model

            self._model = load_model(self.path)
            if self._model.version != self.version:
                raise ModelError(messages.E117.format(
                    path=self.path, detail=f"config.json names {self.version} but the weights are "
                                           f"{self._model.version}; the folder changed while voc ran"))
        return self._model

    def predict(self, items: list[dict]) -> list[dict]:
        """Classifier.predict, loading the model first if need be."""
        return self.model().predict(items)

    def __getstate__(self) -> dict:
        return {"path": self.path, "version": self.version}

    def __setstate__(self, state: dict) -> None:
        self.path, self.version, self._model = state["path"], state["version"], None
