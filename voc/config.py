"""voc.toml: sources, store, schedule; validated with pydantic, overridable by environment."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from voc.errors import E001, E002, E003, E012, ConfigError
from voc.ingest.base import SourceSpec

ENV_CONFIG = "VOC_CONFIG"  # path of voc.toml
ENV_DB = "VOC_DB"  # store path
ENV_DATA_DIR = "VOC_DATA_DIR"  # base folder for relative source paths
ENV_REPORTS_DIR = "VOC_REPORTS_DIR"  # where reports are written
ENV_MODEL = "VOC_MODEL"  # classifier folder
SOURCE_KINDS = ("table", "review", "helpdesk", "email", "transcript")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoreConfig(_Strict):
    path: str = "voc.duckdb"
    # DuckDB's memory for the nightly run (it spills to disk beyond); DuckDB's own default is
    # 80% of the machine's memory, too much beside the stage workers.
    memory_limit: str | None = "1GB"

    @field_validator("memory_limit")
    @classmethod
    def _size(cls, v: str | None) -> str | None:
        import re

        if v is not None and not re.fullmatch(r"\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)", v.strip()):
            raise ValueError(f"memory_limit {v!r} is not a size such as '1GB' or '512MB'")
        return v.strip() if v else v


class RunConfig(_Strict):
    timezone: str = "UTC"
    schedule: str = "0 2 * * *"

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, v: str) -> str:
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(v)
        except Exception:  # noqa: BLE001 - ZoneInfo raises several kinds for a bad name
            raise ValueError(f"unknown time zone {v!r}; use an IANA name such as 'Asia/Tehran'") from None
        return v

    @field_validator("schedule")
    @classmethod
    def _valid_cron(cls, v: str) -> str:
        from prefect.schedules import validate_cron_string

        try:
            validate_cron_string(v)
        except ValueError as err:
            raise ValueError(f"schedule {v!r} is not a cron expression such as '0 2 * * *' ({err})") from None
        return v
    data_dir: str = "."
    reports_dir: str = "reports"
    batch_size: int = Field(default=5000, ge=1)
    workers: int = Field(default=0, ge=0)  # processes for normalize/classify; 0: one per core on big runs


class ClassifyConfig(_Strict):
    model_path: str | None = None  # default: the model committed under models/promise_gap
    runner: Literal["local", "dask"] = "local"  # dask: spread batches over a Dask cluster
    dask_address: str | None = None  # a scheduler such as tcp://10.0.0.5:8786; none: a local cluster
    dask_workers: int = Field(default=2, ge=1)  # workers of the local cluster
    chunk_size: int = Field(default=1000, ge=1)  # records per Dask task


class SourceConfig(_Strict):
    name: str
    kind: Literal["table", "review", "helpdesk", "email", "transcript"]
    path: str
    channel: Literal["review", "ticket", "transcript"] = "ticket"
    pattern: str = "*"
    encoding: str = "auto"
    mapping: dict[str, str] = Field(default_factory=dict)
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("name")
    @classmethod
    def _name_is_slug(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", v):
            raise ValueError(f"source name {v!r} must use letters, digits, '_', '.' or '-' only")
        return v


class Config(_Strict):
    store: StoreConfig = Field(default_factory=StoreConfig)
    run: RunConfig = Field(default_factory=RunConfig)
    sources: list[SourceConfig] = Field(default_factory=list)
    publish: dict[str, Any] = Field(default_factory=dict)
    classify: ClassifyConfig = Field(default_factory=ClassifyConfig)
    review: dict[str, Any] = Field(default_factory=dict)
    base_dir: Path = Path(".")  # folder of the config file; relative paths resolve here

    @property
    def db_path(self) -> Path:
        return self._setting(ENV_DB, self.store.path)

    @property
    def data_dir(self) -> Path:
        return self._setting(ENV_DATA_DIR, self.run.data_dir)

    @property
    def model_path(self) -> Path | None:
        """The classifier to use, or None for the committed default."""
        if os.environ.get(ENV_MODEL):
            return self._resolve(os.environ[ENV_MODEL], Path.cwd())
        p = self.classify.model_path
        return self._resolve(p, self.base_dir) if p else None

    @property
    def reports_dir(self) -> Path:
        return self._setting(ENV_REPORTS_DIR, self.run.reports_dir)

    def _setting(self, env: str, value: str) -> Path:
        """An environment override (relative to the working folder) or the config's value."""
        if os.environ.get(env):
            return self._resolve(os.environ[env], Path.cwd())
        return self._resolve(value, self.base_dir)

    def source_specs(self, only: list[str] | None = None) -> list[SourceSpec]:
        """The sources as connector specs; ``only`` picks some by name."""
        known = [s.name for s in self.sources]
        for name in only or []:
            if name not in known:
                raise ConfigError(E012.format(source=name, known=", ".join(known) or "none"))
        return [self._spec(s) for s in self.sources if not only or s.name in only]

    def _spec(self, s: SourceConfig) -> SourceSpec:
        env_path = os.environ.get(f"VOC_SOURCE_{s.name.upper().replace('-', '_').replace('.', '_')}_PATH")
        path = self._resolve(env_path, Path.cwd()) if env_path else self._resolve(s.path, self.data_dir)
        return SourceSpec(s.name, s.kind, path, s.channel, s.pattern, s.encoding, dict(s.mapping), dict(s.options))

    @staticmethod
    def _resolve(value: str, base: Path) -> Path:
        p = Path(os.path.expanduser(value))
        return p if p.is_absolute() else (base / p)


def find_config(path: str | Path | None = None) -> Path:
    """The config path: the argument, else $VOC_CONFIG, else ./voc.toml."""
    return Path(path or os.environ.get(ENV_CONFIG) or "voc.toml")


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate voc.toml; errors name the file, the field and the fix."""
    cfg_path = find_config(path)
    if not cfg_path.is_file():
        raise ConfigError(E001.format(path=cfg_path))
    try:
        data = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(E002.format(path=cfg_path, detail=err)) from err
    try:
        cfg = Config.model_validate({**data, "base_dir": cfg_path.resolve().parent})
    except ValidationError as err:
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors(include_url=False)
        )
        raise ConfigError(E003.format(path=cfg_path, detail=detail)) from err
    names = [s.name for s in cfg.sources]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(E003.format(path=cfg_path, detail=f"duplicate source names {dupes}"))
    return cfg
