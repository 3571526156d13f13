"""Text the user wrote, known by the call it is sent to: a bare ``text``, ``body`` or
``subject`` names no author, but POSTed to ``/messages``, ``/comments``, ``/tickets`` or a
journal's ``/entries`` it is what the person typed (TAXONOMY.md content.text: "messages, posts,
notes, free text the user typed"). Only near the top of the body (a catalogue's nested
descriptions are not), only prose, and never inside error, log, campaign or configuration
objects (crash reports send an error ``message``; SDKs echo a campaign's ``body``)."""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.llm_prompts import llm_prompts
from analysis.classifiers.logged_text import logged_messages
from analysis.classifiers.own_calls import OWN_CONFIDENCE, OWN_TEXT_KEYS, own_words_call
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.searched import SEARCH_CALLS, searched_terms
from analysis.classifiers.socket_frames import named_frames, sentence
from analysis.classifiers.structure_base import call_words, url_segments, url_words
from analysis.classifiers.validators import validate
from analysis.classifiers.words import english, key_words
from analysis.classifiers.writing_calls import (
    ANSWER_CALLS,
    APP_CONTENT,
    CHECK_CALLS,
    EXERCISE_KEYS,
    FRAME_BODIES,
    FRAME_TYPE_KEYS,
    KEYBOARD_CALLS,
    KEYBOARD_KEYS,
    KEYBOARDS,
    LANGUAGE_KEYS,
    MESSAGE_TYPES,
    MODERATED_KEYS,
    MODERATION,
    PREDICTIONS,
    READ_CALLS,
    READ_KEYS,
    SOCKET_CALLS,
    SOCKET_TEXT_KEYS,
    SPEECH,
    SPEECH_TYPES,
    TEXT_CALLS,
    TYPE_KEYS,
    WRITTEN_TYPES,
    called,
    other_frames,
)
from analysis.decoders import Decoded
from analysis.records import Finding

# A numbered protobuf field is prose only in a call that writes something (QA27: a device's
# model to ChatService/Connect, a sort order to ListReviews are the app's strings).
WRITE_VERBS = frozenset({"add", "send", "post", "create", "submit", "write", "compose",
                         "reply", "publish", "comment"})
# ...or, to any call, beside a list of whom it is sent to, with a phone number, an e-mail
# address or a user's handle among them (an SOS text to phone numbers, an invitation to
# invitees): "to", "from", "cc" and a lone "email" are as often a route's, a currency's or a
# country's, or the app's own message to the user (QA16)
RECIPIENT_KEYS = frozenset({"recipients", "notify", "invitees", "sendto", "notifycontacts",
                            "alertcontacts", "emergencycontacts"})
# ...but not a call about messages that are the app's (QA9): notification acks, templates,
# localisation bundles, queues, logs, moderation, GraphQL schema, admin and webhooks
NOT_CALLS = frozenset({"notification", "notifications", "queue", "queues", "i18n", "l10n",
                       "locale", "locales", "render", "template", "templates", "ack", "log",
                       "logs", "graphql", "admin", "system",
                       "webhook", "webhooks", "translations", "strings", "status", "health",
                       "config", "sdk", "autoreply", "canned", "prompt", "prompts"})
# ...but a support-chat SDK's new conversation or message is the user's, posted to the
# collection itself (blind21: /sdk/v2/conversations; QA51: /sdk/v1/messages)
SDK_CONVERSATIONS = frozenset({"sdk"})
CONVERSATIONS = frozenset({"conversation", "conversations", "chat", "chats", "ticket",
                           "tickets", "messages"})


def _posted_to_chat(decoded: Decoded) -> bool:
    return bool(CONVERSATIONS & call_words(decoded))


# a sibling saying who or what wrote it: an auto-reply, the system, an agent
WRITER_KEYS = frozenset({"type", "kind", "role", "author", "sender", "source", "from", "origin"})
NOT_THE_USER = ("auto", "system", "bot", "agent", "server", "admin", "staff", "canned",
                "template", "support", "assistant")
TEXT_KEYS = frozenset({"text", "body", "message", "content", "subject", "description",
                       "reason", "details", "comment", "msg", "answer", "user_answer",
                       "useranswer"})
NOT_UNDER = frozenset({"error", "errors", "exception", "exceptions", "crash", "log", "logs",
                       "result", "results", "status", "strings", "response", "server",
                       "debug", "sdk", "campaign", "notification", "push", "template",
                       "system", "meta", "metadata", "config", "settings", "breadcrumbs",
                       "stacktrace", "device", "app", "product", "products", "item", "items"})
MAX_DEPTH = 2  # "text", "ticket.subject": a deeper "description" is a catalogue's
CONFIDENCE = 0.7


def written_text(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """content.text findings for the prose fields of a request to a writing call, and
    behavior.search ones for the terms sent to a search call (``searched.py``). A search
    socket's message may be either: a query or a typed chat message (QA56, review 10)."""
    words = url_words(decoded)  # cached per path
    if words & SEARCH_CALLS:
        searched = searched_terms(exchange_id, decoded, found)
        if not decoded.socket:
            return searched
        return searched + _written(exchange_id, decoded, found, words)
    return (_written(exchange_id, decoded, found, words) + llm_prompts(exchange_id, decoded, found)
            + logged_messages(exchange_id, decoded, found)
            + named_frames(exchange_id, decoded, found))


def _written(exchange_id: int, decoded: Decoded, found: list[Finding],
             words: frozenset[str]) -> list[Finding]:
    calls = called(decoded, words)
    guessed: set[str] = set()
    if decoded.socket and not calls and not FRAME_TYPE_KEYS & decoded.key_set() and any(
            x.key.lower() not in SOCKET_TEXT_KEYS and _english(x.key) in SOCKET_TEXT_KEYS
            and type(x.value) is str and sentence(x.text) for x in decoded.leaves):
        # (a sentence sent up any socket under the app's own word for a text, "tekstas",
        # "likhat", "teacs", in a frame of no type read: the app's chat, QA133 to QA138)
        calls = frozenset({"socket"})
    if "translate" in calls and words & APP_CONTENT:  # (a product's text translated)
        calls -= {"translate"}
    if not calls and words & PREDICTIONS and words & KEYBOARDS:
        calls = words & PREDICTIONS
    if not calls and not words & MODERATION and _no_text_keys(decoded.key_set()):
        return []  # most requests: no writing call, and no key a user's text is sent under
    keys = (READ_KEYS if calls and calls <= READ_CALLS
            else SOCKET_TEXT_KEYS if decoded.socket else TEXT_KEYS)
    if calls & KEYBOARD_CALLS:
        keys = keys | KEYBOARD_KEYS
    if not calls and words & CHECK_CALLS and LANGUAGE_KEYS & norm_keys(decoded.key_set()):
        calls, keys = words & CHECK_CALLS, READ_KEYS
    if not calls and words & ANSWER_CALLS and EXERCISE_KEYS & norm_keys(decoded.key_set()):
        calls = words & ANSWER_CALLS
    segments = url_segments(decoded)
    moderated = bool(segments) and not words & APP_CONTENT and bool(
        MODERATION.intersection(re.split(r"[^a-z]+", segments[-1].lower())))
    if moderated:  # (the call itself moderates: not a moderation's callback, a catalogue's)
        calls, keys = (calls | words) & (TEXT_CALLS | MODERATION), MODERATED_KEYS
    # (a schema-less protobuf's field has only a number: to a call that writes an entry, its
    # prose is the entry's text, QA25's gRPC-web /SymptomJournal/AddEntry)
    numbered = bool(calls) and bool(words & WRITE_VERBS)
    candidates = [leaf for leaf in decoded.leaves
                  if leaf.part == "body" and not leaf.array and type(leaf.value) is str
                  and (_english(leaf.key) in keys or (numbered and leaf.key.isdigit()
                       and "protobuf" in leaf.layers and sentence(leaf.text)))
                  and leaf.path.count(".") < MAX_DEPTH]
    if decoded.socket and calls:  # (a chat socket's presence, ack or error frame: no message)
        others = other_frames(decoded)
        candidates = [c for c in candidates if c.path.rpartition(".")[0] not in others]
    if not candidates:
        return []
    if not calls:
        # no writing call: only the texts beside whom they are sent to, and a sentence under
        # a text's own name near the top of a request to a call named in the app's own words
        # that logs nothing (below)
        parents = {c.path.rpartition(".")[0] for c in candidates}
        sent = _beside_recipients(decoded, parents) | _typed_messages(decoded, parents)
        own = (not decoded.socket and own_words_call(decoded)
               and LOG_KEYS.isdisjoint(norm_keys(decoded.key_set())))
        guessed = {leaf.path for leaf in candidates if leaf.path.rpartition(".")[0] not in sent}
        candidates = [leaf for leaf in candidates if leaf.path.rpartition(".")[0] in sent
                      or (own and _english(leaf.key) in OWN_TEXT_KEYS)]
        if not candidates:
            return []
    raw = " ".join(url_segments(decoded)).lower()
    if words & NOT_CALLS - (SDK_CONVERSATIONS if _posted_to_chat(decoded) else set()) or (
            "i18n" in raw or "l10n" in raw):
        return []
    by_others = {leaf.path.rpartition(".")[0] for leaf in decoded.leaves
                 if leaf.key.lower() in WRITER_KEYS and type(leaf.value) is str
                 and any(w in leaf.text.lower() for w in NOT_THE_USER)}
    have = {(f.path, f.category) for f in found}
    not_under = NOT_UNDER - {"items", "item"} if moderated else NOT_UNDER  # (a batch: QA86)
    out = []
    for leaf in candidates:
        above = {w for seg in leaf.path.split(".")[:-1] for w in key_words(seg.partition("[")[0])}
        if (above & not_under or (leaf.path, "content.text") in have
                or leaf.path.rpartition(".")[0] in by_others):
            continue
        if validate("prose", leaf.text) and len(leaf.text) <= 20_000:
            out.append(leaf_finding(
                exchange_id, leaf, "content.text",
                OWN_CONFIDENCE if leaf.path in guessed else CONFIDENCE,
                f"key '{leaf.key}' holds prose sent to a writing call (request path "
                f"'{'/'.join(sorted(calls))}')" if calls else
                f"key '{leaf.key}' holds prose sent to a call named in the app's own words (no "
                "English call word in its path)" if leaf.path in guessed else
                f"key '{leaf.key}' holds prose sent beside whom it is for or from, or in an "
                "object typed as a message",
                "context.written"))
    return out


LOG_KEYS = frozenset({"level", "severity", "exception", "stacktrace", "logger", "error",
                      "errors", "stack", "loglevel", "tag", "thread"})


def _beside_recipients(decoded: Decoded, parents: set[str]) -> set[str]:
    """Those of ``parents`` (object paths) with a recipients key (``RECIPIENT_KEYS``) among
    their own keys that holds a phone number, an e-mail address or an @handle
    (``invitees[0].phone``'s ``invitees``), and none naming a log record's (a log line's
    ``message`` beside the user's ``email`` is no message of theirs)."""
    keys: dict[str, set[str]] = {p: set() for p in parents}
    sent: set[str] = set()
    for leaf in decoded.leaves:
        if leaf.part != "body":
            continue
        for p in parents:
            if p and not leaf.path.startswith(p + "."):
                continue
            rest = leaf.path[len(p) + 1:] if p else leaf.path
            first = rest.partition(".")[0].partition("[")[0].lower()
            keys[p].add(first)
            if first in RECIPIENT_KEYS and (validate("phone", leaf.text) or validate(
                    "email", leaf.text) or leaf.text.startswith("@")):
                sent.add(p)
    return {p for p in sent if not keys[p] & LOG_KEYS}


def _typed_messages(decoded: Decoded, parents: set[str]) -> set[str]:
    """Those of ``parents`` (object paths) whose own type key names a message (above), or
    whose frame's does (``{"event": "new_msg", "payload": {"body": ...}}``)."""
    kinds = WRITTEN_TYPES | (MESSAGE_TYPES if decoded.socket or url_words(decoded) & SOCKET_CALLS
                             else set())
    host = set(decoded.host.replace("-", ".").split("."))
    if decoded.socket and (url_words(decoded) | host) & SPEECH:
        kinds |= SPEECH_TYPES
    framed: dict[str, set[str]] = {}  # a frame's path -> its bodies holding a text
    for p in parents:
        if p.rpartition(".")[2] in FRAME_BODIES:
            framed.setdefault(p.rpartition(".")[0], set()).add(p)
    typed = set()
    for leaf in decoded.leaves:
        if (leaf.part != "body" or norm_key(leaf.key) not in TYPE_KEYS
                or type(leaf.value) is not str or norm_key(leaf.text) not in kinds):
            continue
        where = leaf.path.rpartition(".")[0]
        if where in parents:
            typed.add(where)
        typed |= framed.get(where, set())
    return typed


LOG_LEVELS = frozenset({"debug", "info", "warning", "warn", "error", "fatal", "trace",
                        "verbose", "critical", "notice"})


def _log_field(key: str, text: str) -> bool:
    """A log record's own field: its logger, severity or stack, or a "level" naming a log
    level (a typing course's "level": 3 is none)."""
    return key in ("severity", "logger", "stacktrace", "exception", "loglevel", "log_level") or (
        key == "level" and text.strip().lower() in LOG_LEVELS)


@lru_cache(maxsize=4096)
def _no_text_keys(keys: frozenset[str]) -> bool:
    return not any(_english(k) in TEXT_KEYS for k in keys)


@lru_cache(maxsize=4096)
def _english(key: str) -> str:
    return english(key, TEXT_KEYS)


MESSAGE_KEYS = frozenset({"text", "body", "message", "content", "caption", "msg", "comment",
                          "review"})
_GA_CLIENT_ID = re.compile(r"\d+\.\d+")  # Google Analytics' "random.first-visit-time"


def message_client_ids(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` without the ``client_id`` of a message being sent: beside the message's prose
    (``{"text": ..., "to": ..., "client_id": uuid}``, ``{"message": {"body": ...,
    "client_id": ...}}``) it is the ID the app gives the message so it is delivered once, no
    analytics client ID (QA41, blind20)."""
    ids = {(f.part, f.path.rpartition(".")[0]) for f in found if f.rule == "key.client-id"
           and not _GA_CLIENT_ID.fullmatch(f.value.strip())}
    if not ids:
        return found
    logs = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
            if _log_field(leaf.key.lower(), leaf.text)}  # a log line's message, an install's ID
    texts = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
             if (leaf.part, leaf.path.rpartition(".")[0]) in ids - logs
             and type(leaf.value) is str
             and _english(leaf.key) in MESSAGE_KEYS and validate("prose", leaf.text)}
    return [f for f in found if f.rule != "key.client-id"
            or (f.part, f.path.rpartition(".")[0]) not in texts]
