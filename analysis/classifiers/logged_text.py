"""A message the user sent, quoted in a log line: a crash reporter's breadcrumb or a log record
that writes down what was sent (``ChatInput.send text='Hey! I fly out next Thursday…'``, ``send
failed, retrying: text='…'``, ``Sent message: …``). Crash SDKs send their breadcrumbs with the
crash to their own servers, often abroad (QA66's dating app to Singapore, QA89's to the US), and
the chat goes with them: TAXONOMY.md's ``content.text`` ("messages … the user typed").

Read only when the line itself says so: a quoted text assigned to a message's key, or a "sent
message:" prefix; the line (or its record's ``category``/``type``) names both a sending and a
message or a chat; nothing in it says the message was received, shown or loaded (another
person's message); and what is quoted is prose of four words or more, not an ID or a status.
"""

from __future__ import annotations

import re

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators import validate
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

CATEGORY = "content.text"
CONFIDENCE = 0.7
RULE = "text.logged-message"
# a log record's line, by the keys crash and logging SDKs send it under
LINE_KEYS = frozenset({"message", "msg", "log", "line", "logline", "text", "description",
                       "event", "breadcrumb"})
# ...and its record's own kind ("category": "chat" in a Sentry-style breadcrumb)
KIND_KEYS = frozenset({"category", "type", "tag", "logger", "name"})
_HINT = re.compile(r"""(?i)[=:]\s*['"]|sent\s+(?:a\s+)?(?:message|chat|reply|dm|comment)""")
# ...up to the line's last quote of the same kind ("text='I'm on my way'": QA89)
_QUOTED = re.compile(r"""(?i)\b(?:text|message|msg|body|content|caption|comment|reply)\s*[=:]\s*"""
                     r"""(['"])""")
_PREFIXED = re.compile(r"(?i)\bsent\s+(?:a\s+)?(?:message|chat|reply|dm|comment)\s*[:=-]\s*"
                       r"(?P<q>\S[^\n]{8,2000})")
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
SENDING = frozenset({"send", "sent", "sending", "submit", "submitted", "post", "posted",
                     "compose", "composer", "reply", "replied", "input", "typed", "draft",
                     "retry", "retrying", "outgoing", "outbox"})
CHATTING = frozenset({"chat", "chats", "message", "messages", "msg", "dm", "conversation",
                      "thread", "comment", "reply", "inbox", "outbox", "composer"})
# another person's message, or the app's own
RECEIVED = frozenset({"received", "receive", "receiving", "incoming", "inbound", "push",
                      "notification", "fetched", "loaded", "render", "rendered", "displayed",
                      "shown", "system", "template", "error", "exception"})


def logged_messages(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``content.text`` findings for the log lines that quote a message the user sent."""
    out: list[Finding] = []
    texts: set[tuple[str, str]] | None = None
    for leaf in decoded.leaves:
        if (type(leaf.value) is not str or len(leaf.text) < 20
                or norm_key(leaf.key) not in LINE_KEYS or not _HINT.search(leaf.text[:400])):
            continue
        quoted = _quoted(leaf.text[:4096])
        if quoted is None or not _sent(decoded, leaf, quoted[1]):
            continue
        if texts is None:
            texts = {(f.part, f.path) for f in found if f.category == CATEGORY}
        if (leaf.part, leaf.path) in texts:
            continue
        out.append(leaf_finding(exchange_id, leaf, CATEGORY, CONFIDENCE,
                                f"a log line quotes a message the user sent: {quoted[0][:60]!r}",
                                RULE))
    return out


def _quoted(text: str) -> tuple[str, str] | None:
    """(what is quoted, the line around it) when the line quotes prose."""
    line = text.partition("\n")[0]
    m = _QUOTED.search(line)
    if m:
        start, end = m.end(), line.rfind(m.group(1))
        span = (start, end) if end > start + 8 else None
    else:
        m = _PREFIXED.search(line)
        span = (m.start("q"), m.end("q")) if m else None
    if span is None:
        return None
    quoted = line[span[0]:span[1]]
    if validate("prose", quoted) and len(quoted.split()) >= 4:
        return quoted, line[:span[0]] + line[span[1]:]
    return None


def _sent(decoded: Decoded, leaf: Leaf, line: str) -> bool:
    """The line, outside the quote, and its record's kind name a sending and a chat, and no
    message received."""
    parent = leaf.path.rpartition(".")[0]
    kinds = " ".join(x.text for x in decoded.leaves
                     if x.part == leaf.part and x.path.rpartition(".")[0] == parent
                     and norm_key(x.key) in KIND_KEYS and type(x.value) is str
                     and len(x.text) <= 80)
    words = {w.lower() for w in _WORDS.findall(f"{line} {kinds}")}
    return bool(words & SENDING) and bool(words & CHATTING) and not words & RECEIVED
