"""Messages of the publish stage: what was received, what was expected, what to do.

Numbered P001...; the lead may move them into voc/errors.py's catalogue.
"""

P001 = "P001 the [publish] section of the config is invalid: {detail}. See `voc init` for a commented example."
P002 = (
    "P002 audience {audience!r} uses channel {channel!r}, which [publish.channels] does not define. "
    "Defined channels: {known}. Add a [publish.channels.{channel}] table or remove it from the audience."
)
P003 = (
    "P003 pitch script {path} for audience {audience!r} does not exist. Fix `pitch_script` in "
    "[publish.audiences.{audience}] (relative paths resolve against the config's folder)."
)
P004 = (
    "P004 channel {channel!r}: environment variable {var} is not set. Set it to the {what} or change "
    "`{field}` in [publish.channels.{channel}]."
)
P005 = "P005 channel {channel!r}: {kind} answered HTTP {status}: {body}. Check the webhook URL and the payload."
P006 = "P006 channel {channel!r}: could not reach {target}: {error}. Check the host, port and network."
P007 = "P007 channel {channel!r}: the SMTP server refused the message: {error}. Check the addresses and credentials."
P008 = (
    "P008 trends need a store or TrendData, got {kind}. Pass an open Store, a store path or "
    "voc.trends.compute()'s result."
)
