"""The [publish] section of voc.toml: audiences, their delivery channels, trend thresholds, retries."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from voc.errors import ConfigError
from voc.publish.messages import P001, P002

AUDIENCES = ("sales", "product", "marketing")
TOPICS = ("pricing", "delivery", "product", "compatibility", "service", "terms", "availability", "other")
SOURCES = ("sales_rep", "advertising", "listing", "contract", "unspecified")
FORMATS = ("html", "md", "csv", "parquet")

Topic = Literal["pricing", "delivery", "product", "compatibility", "service", "terms", "availability", "other"]
Source = Literal["sales_rep", "advertising", "listing", "contract", "unspecified"]

# What each audience reads by default (ANNOTATION_GUIDE.md topics and sources).
DEFAULT_FILTERS: dict[str, dict[str, list[str] | None]] = {
    "sales": {"sources": ["sales_rep", "contract"], "topics": None},
    "product": {"sources": None, "topics": ["product", "compatibility"]},
    "marketing": {"sources": ["advertising", "listing"], "topics": None},
}
DEFAULT_TITLES = {"sales": "Sales claims that lead to complaints",
                  "product": "Product promises customers say were not met",
                  "marketing": "Ads and listings that set expectations reality misses"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class TrendSettings(_Strict):
    weeks: int = Field(default=8, ge=2, le=104)
    min_records: int = Field(default=20, ge=1)
    min_count: int = Field(default=5, ge=1)
    alpha: float = Field(default=0.05, gt=0, lt=1)
    claim_min_size: int = Field(default=3, ge=2)


class RetrySettings(_Strict):
    attempts: int = Field(default=3, ge=1, le=10)
    wait_initial: float = Field(default=2.0, ge=0)  # seconds before the 2nd attempt; doubles after
    wait_max: float = Field(default=60.0, ge=0)


class FolderChannel(_Strict):
    kind: Literal["folder"]
    path: str
    index: bool = True  # write an index.html linking every audience's latest report


class EmailChannel(_Strict):
    kind: Literal["email"]
    host: str
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    sender: str = Field(alias="from")
    to: list[str] = Field(min_length=1)
    cc: list[str] = Field(default_factory=list)
    user_env: str | None = None  # names of environment variables, never the secrets themselves
    password_env: str | None = None
    subject: str = "voc {audience} report, {period}"
    timeout: float = Field(default=30.0, gt=0)


class WebhookChannel(_Strict):
    kind: Literal["slack", "teams"]
    url: str | None = None
    url_env: str | None = None  # a webhook URL is a secret: prefer the name of a variable holding it
    timeout: float = Field(default=15.0, gt=0)

    @model_validator(mode="after")
    def _one_url(self) -> "WebhookChannel":
        if bool(self.url) == bool(self.url_env):
            raise ValueError("set exactly one of `url` and `url_env`")
        return self


Channel = Annotated[Union[FolderChannel, EmailChannel, WebhookChannel], Field(discriminator="kind")]


class AudienceConfig(_Strict):
    enabled: bool = True
    title: str | None = None
    sources: list[Source] | None = None  # None: the audience's default (DEFAULT_FILTERS)
    topics: list[Topic] | None = None
    channels: list[str] = Field(default_factory=list)
    pitch_script: str | None = None  # Markdown or text, fa/ar/en; sales only
    quotes: int = Field(default=3, ge=1, le=5)
    top: int = Field(default=10, ge=1, le=100)


class PublishConfig(_Strict):
    out_dir: str | None = None  # default: the run's reports_dir
    formats: list[Literal["html", "md", "csv", "parquet"]] = Field(default_factory=lambda: list(FORMATS))
    base_url: str | None = None  # where the folder channel's site is served, for links in chat
    trends: TrendSettings = Field(default_factory=TrendSettings)
    retry: RetrySettings = Field(default_factory=RetrySettings)
    audiences: dict[Literal["sales", "product", "marketing"], AudienceConfig] = Field(
        default_factory=lambda: {a: AudienceConfig() for a in AUDIENCES})
    channels: dict[str, Channel] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _channels_exist(self) -> "PublishConfig":
        for name, audience in self.audiences.items():
            for channel in audience.channels:
                if channel not in self.channels:
                    raise ValueError(P002.format(audience=name, channel=channel,
                                                 known=", ".join(self.channels) or "none"))
        return self

    def audience(self, name: str) -> AudienceConfig:
        return self.audiences.get(name) or AudienceConfig()  # unlisted audiences get the defaults

    def filters(self, name: str) -> tuple[list[str] | None, list[str] | None]:
        """The (sources, topics) an audience reads: its own settings, else the defaults."""
        a = self.audience(name)
        default = DEFAULT_FILTERS[name]
        return (a.sources if a.sources is not None else default["sources"],
                a.topics if a.topics is not None else default["topics"])

    def title(self, name: str) -> str:
        return self.audience(name).title or DEFAULT_TITLES[name]


def parse_publish(raw: PublishConfig | dict[str, Any] | None) -> PublishConfig:
    """Validate the raw [publish] table; errors name the field and the fix.

    Raises:
        ConfigError: P001 with every problem found.
    """
    if isinstance(raw, PublishConfig):
        return raw
    try:
        return PublishConfig.model_validate(raw or {})
    except ValidationError as err:
        detail = "; ".join(f"publish.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                           for e in err.errors(include_url=False))
        raise ConfigError(P001.format(detail=detail)) from err
