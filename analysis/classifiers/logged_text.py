"""A message the user sent, quoted in a log line: a crash reporter's breadcrumb or a log record
that writes down what was sent (``ChatInput.send text='Hey! I fly out next Thursday…'``, ``send
failed, retrying: text='…'``, ``Sent message: …``), or a chat breadcrumb's own data
(``{"category": "chat", "data": {"body": "Hola, ya estoy en la entrada"}}``). Crash SDKs send
their breadcrumbs with the crash to their own servers, often abroad (QA66's dating app to
Singapore, QA89's to the US, QA90's ride-hailing app to Germany), and the chat goes with them:
TAXONOMY.md's ``content.text`` ("messages … the user typed").

Read only when the line itself says so: a quoted text assigned to a message's key, or a "sent
message" prefix; the line outside the quote and its key (or its record's ``category``/``type``)
names both a sending and a message or a chat; nothing in it says the message was received,
shown, queued or the app's own (a bot's, an agent's, a suggestion, a code, an upload's status:
the QA89 review); and what is quoted is prose of four words or more. A line that is a draft's
text ("draft: …", "chais_draft=…": QA173, QA176) is one too. Also the ``key=value`` pairs of
log lines (``log_pairs.py``).
"""

from __future__ import annotations

import re

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.log_pairs import LINE_WORDS, PAIRED_LINE_KEYS, Seen, leaf_pairs
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators import validate
from analysis.classifiers.words import english
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

CATEGORY = "content.text"
CONFIDENCE = 0.7
RULE = "text.logged-message"
# a log record's line, by the keys crash and logging SDKs send it under (Bugsnag's breadcrumb
# keeps it in "name")
LINE_KEYS = frozenset({"message", "msg", "log", "line", "logline", "text", "description",
                       "event", "breadcrumb"})
# ...and its record's own kind ("category": "chat" in a Sentry-style breadcrumb)
KIND_KEYS = frozenset({"category", "type", "tag", "logger", "name"})
_HINT = re.compile(r"""(?i)[=:]\s*['"]|sen(?:t|ding)\s+(?:a\s+)?"""
                   r"""(?:message|chat|reply|dm|comment)""")
# ...up to the line's last quote of the same kind ("text='I'm on my way'": QA89)
_QUOTED = re.compile(r"""(?i)\b([a-z_]{2,20})\s*[=:]\s*(['"])""")
# ...under a key that names a text, in English or as [words.translations] reads it (QA91:
# "mensahe")
QUOTE_KEYS = frozenset({"text", "message", "msg", "body", "content", "caption", "comment",
                        "reply"})
_PREFIXED = re.compile(r"""(?i)\bsen(?:t|ding)\s+(?:a\s+)?(?:message|chat|reply|dm|comment)"""
                       r"""\s*(?:[:=-]\s*|(?=['"]))(?P<q>\S[^\n]{8,2000})""")
SENDING = frozenset({"send", "sent", "sending", "submit", "submitted", "post", "posted",
                     "retry", "retrying", "typed", "outgoing"})
CHATTING = frozenset({"chat", "chats", "message", "messages", "msg", "dm", "conversation",
                      "thread", "comment", "reply", "inbox", "outbox", "composer"})
# another person's message, the app's own, or no message at all (a request's, an upload's)
RECEIVED = frozenset({"received", "receive", "receiving", "incoming", "inbound", "push",
                      "notification", "fetched", "loaded", "render", "rendered", "displayed",
                      "shown", "system", "template", "error", "exception", "bot", "agent",
                      "assistant", "suggest", "suggestion", "suggestions", "smart", "otp",
                      "verification", "code", "welcome", "onboarding", "batch", "events",
                      "flush", "flushed", "upload", "uploaded", "queue", "queued", "hit",
                      "timeout", "timed", "unreachable", "delivery", "delivered", "status",
                      "server", "support", "http", "analytics", "sync", "auth", "navigation",
                      "network", "request", "event", "uploader", "collector", "logger",
                      "tracker", "reminder", "reminders", "webhook", "slack", "deploy",
                      "scheduler", "cron",
                      # the app's own messages to the user, by their sender (an SMS code, a
                      # sign-up e-mail: the QA91 review; not by a word the user may write too)
                      "sms", "mailer", "newsletter"})
# ...and a quoted text about the app's own traffic ("Batch of twenty events uploaded")
APP_TEXT = frozenset({"batch", "events", "uploaded", "flushed", "collector", "payload",
                      "endpoint", "request", "response", "bytes", "ms"})
RETRIES = frozenset({"retry", "retrying"})
# what a status line says of a message ("Sent message: delivery confirmed by the server",
# "Sending message - retry 3 of 5 after backoff window": the QA90 review), unquoted
STATUS = frozenset({"confirmed", "delivered", "failed", "succeeded", "queued", "acknowledged",
                    "status", "server", "success", "delivery", "error", "retry", "backoff",
                    "attempt", "attempts"})
# a quoted text's own key that names a message ("Sent message: '…'", "comment='…'")
CHAT_KEYS = frozenset({"message", "msg", "comment", "reply"})
# a chat breadcrumb's own data: its kind names a chat and its line a sending, its text is the
# message (not a bot's reply, an incoming message, a push shown, a promo: the QA90 review)
CHAT_KINDS = frozenset({"chat", "dm", "conversation"})
_CRUMB_TEXT = re.compile(r"(?i)(.*breadcrumbs(?:\.values)?\[\d+\])\.(?:data|metadata|meta)\."
                         r"(?:text|body|message|content|msg)$")
CRUMB_KEYS = frozenset({"category", "type", "message", "name", "level"})


def logged_messages(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``content.text`` findings for the log lines that quote a message the user sent and for
    a chat breadcrumb's text, with the findings of the log lines' ``key=value`` pairs."""
    out: list[Finding] = []
    seen = Seen(found)
    for leaf in decoded.leaves:  # (one pass for the quoted messages and the lines' pairs)
        if type(leaf.value) is not str:
            continue
        key, quoted = norm_key(leaf.key), None
        if key in PAIRED_LINE_KEYS or (key.isdigit() and "=" in leaf.text and " " in leaf.text):
            out += leaf_pairs(exchange_id, leaf, key, seen)  # (no other key's text: log_pairs)
        if len(leaf.text) < 20:
            continue
        if (key in LINE_KEYS or (key == "name" and "breadcrumbs" in leaf.path)) and (
                _HINT.search(leaf.text[:400])):
            quoted = _quoted(leaf.text[:4096])
            if quoted is not None and not _sent(decoded, leaf, quoted[1]):
                quoted = None
        if quoted is None and "breadcrumbs" in leaf.path:
            quoted = _crumb_text(decoded, leaf)
        drafted = False
        if quoted is None and key in LINE_KEYS and "draft" in leaf.text[:40].lower():
            quoted = _draft(leaf.text)
            drafted = quoted is not None
        if quoted is None or not seen.new(leaf, CATEGORY):
            continue
        out.append(leaf_finding(exchange_id, leaf, CATEGORY, CONFIDENCE,
                                # (the evidence names no word of it: the report shows
                                # evidence unmasked, QA92)
                                f"a log line {WRITING if drafted else SENT} "
                                f"({len(quoted[0].split())} words)",
                                RULE))
    return out


SENT, WRITING = "quotes a message the user sent", "holds a message the user was writing"
# a message being written, logged as the line's whole ("draft: …", "chais_draft=…": QA173's
# forum draft, QA176's chat draft in a crash breadcrumb)
_DRAFT = re.compile(r"(?i)\s*(?:[a-z]{1,20}[_.])?draft\s*[:=]\s*['\"]?(?P<q>[^\n]{8,2000})")


def _draft(text: str) -> tuple[str, str] | None:
    """(the text, "") of a log line that is a draft's text, when it is prose of four words."""
    m = _DRAFT.match(text)
    if m is None:
        return None
    draft = m.group("q").strip().strip("'\"")
    if (len(draft.split()) < 4 or not validate("prose", draft)
            or set(draft.lower().split()) & APP_TEXT):
        return None
    return draft, ""


def _crumb_text(decoded: Decoded, leaf: Leaf) -> tuple[str, str] | None:
    """(the text, "") of a chat breadcrumb's data, when its kind names a chat."""
    m = _CRUMB_TEXT.fullmatch(leaf.path)
    if m is None or not validate("prose", leaf.text) or len(leaf.text.split()) < 4:
        return None
    record = m.group(1)
    said = [x for x in decoded.leaves if x.part == leaf.part
            and x.path.rpartition(".")[0] == record and norm_key(x.key) in CRUMB_KEYS
            and type(x.value) is str and len(x.text) <= 80]
    kinds = {x.text.strip().lower() for x in said if norm_key(x.key) in ("category", "type")}
    words = {w.lower() for x in said for w in LINE_WORDS.findall(x.text)}
    if kinds & CHAT_KINDS and words & SENDING and not words & RECEIVED:
        return leaf.text, ""
    return None


def _quoted(text: str) -> tuple[str, str] | None:
    """(what is quoted, the line around it without the quote and its key) when the line
    quotes prose."""
    line = text.partition("\n")[0]
    m = next((q for q in _QUOTED.finditer(line) if english(q.group(1)) in QUOTE_KEYS), None)
    if m:
        start, end = m.end(), line.rfind(m.group(2))
        if end <= start + 8:
            return None
        # (the key names a message only right after a sending: "Sent message: '…'", not an
        # SMS sender's "message='Your code…'": the QA91 review)
        before = LINE_WORDS.findall(line[:m.start()])
        keyed = (english(m.group(1)) in CHAT_KEYS and bool(before)
                 and before[-1].lower() in SENDING)
        quoted = line[start:end]
        rest = line[:m.end() if keyed else m.start()] + " " + line[end + 1:]
    else:
        p = _PREFIXED.search(line)
        if p is None:
            return None
        quoted, rest = p.group("q").strip("'\""), line[:p.start("q")]
        if STATUS & {w.lower() for w in LINE_WORDS.findall(quoted)}:
            return None
    if (validate("prose", quoted) and len(quoted.split()) >= 4
            and not APP_TEXT & {w.lower() for w in LINE_WORDS.findall(quoted)}):
        return quoted, rest
    return None


def _sent(decoded: Decoded, leaf: Leaf, line: str) -> bool:
    """The line, outside the quote, and its record's kind name a sending and a chat, and no
    message received nor the app's own (an error only beside a retry)."""
    parent = leaf.path.rpartition(".")[0]
    kinds = " ".join(x.text for x in decoded.leaves
                     if x.part == leaf.part and x.path.rpartition(".")[0] == parent
                     and x is not leaf and norm_key(x.key) in KIND_KEYS
                     and type(x.value) is str and len(x.text) <= 80)
    words = {w.lower() for w in LINE_WORDS.findall(f"{line} {kinds}")}
    blocked = words & RECEIVED
    if blocked == {"error"} and words & RETRIES:
        blocked = set()
    return bool(words & SENDING) and bool(words & CHATTING) and not blocked
