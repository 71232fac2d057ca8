"""The e-mail channel: the report's HTML as the body (Markdown as the text part), the HTML attached."""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from voc.errors import DeliveryError
from voc.publish.channels.base import Rendered, Transient
from voc.publish.messages import P004, P006, P007


@dataclass
class EmailChannel:
    """Sends through an SMTP server (STARTTLS, implicit TLS or plain); credentials from environment variables."""

    name: str
    host: str
    port: int
    sender: str
    to: list[str]
    cc: list[str] = field(default_factory=list)
    security: str = "starttls"
    user_env: str | None = None
    password_env: str | None = None
    subject: str = "voc {audience} report, {period}"
    timeout: float = 30.0

    def send(self, item: Rendered) -> str:
        message = self.message(item)
        user, password = self._credentials()
        try:
            with self._connect() as smtp:
                if self.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
                if user:
                    smtp.login(user, password or "")
                refused = smtp.send_message(message)
        except smtplib.SMTPAuthenticationError as err:
            raise DeliveryError(P007.format(channel=self.name, error=err)) from err
        except smtplib.SMTPResponseException as err:
            if 400 <= err.smtp_code < 500:
                raise Transient(P007.format(channel=self.name, error=err)) from err
            raise DeliveryError(P007.format(channel=self.name, error=err)) from err
        except smtplib.SMTPRecipientsRefused as err:
            raise DeliveryError(P007.format(channel=self.name, error=err.recipients)) from err
        except (smtplib.SMTPException, OSError) as err:
            raise Transient(P006.format(channel=self.name, target=f"{self.host}:{self.port}", error=err)) from err
        if refused:
            raise DeliveryError(P007.format(channel=self.name, error=f"refused recipients {sorted(refused)}"))
        return f"sent to {', '.join(self.to + self.cc)} via {self.host}:{self.port}"

    def message(self, item: Rendered) -> EmailMessage:
        """The message: plain-text (Markdown) and HTML alternatives, the HTML report attached."""
        msg = EmailMessage()
        msg["Subject"] = self.subject.format(audience=item.audience, period=item.period, title=item.title)
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.to)
        if self.cc:
            msg["Cc"] = ", ".join(self.cc)
        msg["Date"] = formatdate(localtime=False)
        msg["Message-ID"] = make_msgid(domain="voc.local")
        msg.set_content(item.markdown, subtype="plain", charset="utf-8")
        msg.add_alternative(item.html, subtype="html", charset="utf-8")
        msg.add_attachment(item.html.encode("utf-8"), maintype="text", subtype="html", filename=item.html_path.name)
        return msg

    def _connect(self) -> smtplib.SMTP:
        if self.security == "ssl":
            return smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=ssl.create_default_context())
        return smtplib.SMTP(self.host, self.port, timeout=self.timeout)

    def _credentials(self) -> tuple[str | None, str | None]:
        user = password = None
        if self.user_env:
            user = os.environ.get(self.user_env)
            if not user:
                raise DeliveryError(P004.format(channel=self.name, var=self.user_env, what="SMTP user",
                                                field="user_env"))
        if self.password_env:
            password = os.environ.get(self.password_env)
            if password is None:
                raise DeliveryError(P004.format(channel=self.name, var=self.password_env, what="SMTP password",
                                                field="password_env"))
        return user, password
