"""The calls a user's text is written to, by the request's URL path: messages, comments,
posts, reviews, tickets, notes, a transcription, a writing assistant's check; a support
request, a complaint, an offer to a seller, a video's caption published (``written.py``
reads the text sent to them)."""

from __future__ import annotations

from analysis.classifiers.own_sentences import WRITING_HOSTS, own_words_key
from analysis.classifiers.structure_base import call_words, url_segments
from analysis.decoders import Decoded

TEXT_CALLS = frozenset({"message", "messages", "chat", "chats", "comment", "comments",
                        "reply",
                        "replies", "post", "posts", "review", "reviews", "feedback", "ticket",
                        "tickets", "note", "notes", "journal", "journals", "diary", "draft",
                        "drafts", "compose", "conversation", "conversations", "dm", "dms",
                        # what the user said or photographed, read into text for them (only
                        # its text: an error or a note of the app's is no user's, QA16)
                        "ocr", "transcribe", "transcription", "transcriptions", "dictation",
                        "dictate", "captions", "caption", "transcripts", "stt", "asr",
                        "translate",  # (QA85: a sentence to be translated is the user's)
                        # an inquiry's note to a seller or a host
                        "inquiry", "inquiries", "enquiry", "enquiries",
                        # a prayer request the user writes (QA104's church app)
                        "prayer", "prayers",
                        # an employee's absence reported and a shift swap asked, in her words
                        # (QA92's payroll app: "reason" at /v2/absence)
                        "absence", "absences", "sickness", "timeoff",
                        # a problem described to roadside assistance (QA93's car app)
                        "assist", "assistance", "roadside",
                        # a keyboard's or a writing assistant's cloud check of what was typed
                        "spellcheck", "grammar", "proofread", "rewrite", "rephrase",
                        "paraphrase", "autocorrect", "nextword"})
# ...a cloud keyboard's correction or prediction sends the text being typed under its own
# names (QA109: "ctx" at /v2/autocorrect, "before_cursor", a "snippet"), read there only; a
# prediction only on a keyboard's path (not a match's, a model's or a forecast's: the review)
KEYBOARD_CALLS = frozenset({"autocorrect", "nextword", "predict", "prediction", "predictions"})
PREDICTIONS = frozenset({"predict", "prediction", "predictions"})
KEYBOARDS = frozenset({"keyboard", "keyboards", "ime", "kb", "typing"})
KEYBOARD_KEYS = frozenset({"ctx", "context", "input", "snippet", "sentence", "typed",
                           "composing", "beforecursor", "aftercursor", "prefix"})
# A learner's typed answer is an answers call's with an exercise's, a lesson's or a question's
# ID beside it (QA26: a sentence to /v1/answers); an FAQ's answer rated, a call answered are
# not (QA28)
ANSWER_CALLS = frozenset({"answer", "answers"})
# A moderation call's content is the post it checks (QA29: a caption's "text" sent to a
# moderation vendor); its "reason" or "note" is the moderator's (QA9)
MODERATION = frozenset({"moderate", "moderation", "moderations"})
MODERATED_KEYS = frozenset({"text", "caption", "content", "body", "message", "input"})  # QA86
EXERCISE_KEYS = frozenset({"exerciseid", "lessonid", "questionid", "assignmentid", "taskid",
                           "promptid", "itemid", "challengeid"})
# A bare "check" or "correct" call is a text checker's only with its text and language
# (LanguageTool's /v2/check: text, language; QA25): session, update, risk and version checks
# send a reason or a description (QA27).
CHECK_CALLS = frozenset({"check", "correct", "correction"})
LANGUAGE_KEYS = frozenset({"language", "lang", "locale", "mothertongue", "languagecode"})
# What is read into text for the user (only its text: an OCR's, a transcription's, a sentence to
# translate: QA85), and not a catalogue's or an article's text translated
READ_CALLS = frozenset({"ocr", "transcribe", "transcription", "transcriptions", "dictation",
                        "dictate", "captions", "caption", "transcripts", "stt", "asr",
                        "translate"})
READ_KEYS = frozenset({"text", "transcript", "q", "utterance"})  # (q: a translate API's)
APP_CONTENT = frozenset({"products", "product", "items", "item", "listings", "listing", "menu",
                         "articles", "article", "content", "catalog", "catalogue", "reviews"})
# ...on a speech socket (by its host or path), an utterance recognised (QA85; not a game's)
SPEECH_TYPES = frozenset({"final", "transcript", "finaltranscript", "utterance"})
SPEECH = frozenset({"stt", "asr", "speech", "listen", "transcribe", "transcription",
                    "captions", "caption", "dictation", "recognize", "recognition"})
# ...a complaint or a dispute when the call itself is one (QA55: Polish ".../reklamacja"; not
# any path through ".../disputes/..."), a support request when posted to support's requests
# or cases (QA55: "/suporte/pedidos"; not an SDK's "/support/diagnostics", QA56)
LAST_CALLS = frozenset({"complaint", "complaints", "dispute", "disputes"})
# ...and a damage report the user files (QA97's scooter app: "/v1/damage-reports"; not a game's
# "/combat/damage" nor a monitoring service's "/incidents": the third review)
REPORTED = frozenset({"damage", "incident", "incidents"})
# ...at a report's call, or beside a ride's, a rental's, a vehicle's, a claim's or a safety's
# words (the fourth review: "/rides/r1/damage", a claim's "/incident"), never a crash or a
# monitoring service's host
FILED_ABOUT = frozenset({"report", "reports", "rides", "ride", "rentals", "rental", "trips",
                         "trip", "vehicles", "vehicle", "claims", "claim", "safety"})
MONITORS = ("crash", "sentry", "bugsnag", "monitor", "status", "pagerduty", "incident.io")
SUPPORT_REQUESTS = frozenset({"request", "requests", "case", "cases", "contact", "pedidos",
                              "solicitudes", "anfrage", "anfragen", "zgloszenie", "zgloszenia"})
# ...and a video's or a post's caption published (QA57; not a thermostat's status, QA58)
PUBLISHED = frozenset({"video", "videos", "post", "posts", "story", "stories", "reel", "reels",
                       "photo", "photos", "clip", "clips"})


CHAT_SOCKETS = frozenset({"chat", "chats", "messages", "conversation", "conversations", "dm",
                          "dms"})
SOCKET_TEXT_KEYS = frozenset({"text", "message", "content", "body", "msg"})


# ...or a host named for the writing, its call a collection of entries ("POST
# journal.example.com/v1/entries" with the journal's text: QA94's teletherapy app; the path
# alone names no call; the hosts: own_sentences.WRITING_HOSTS)
ENTRIES = frozenset({"entries", "entry", "posts", "post", "notes", "note", "items"})


def called(decoded: Decoded, words: frozenset[str]) -> frozenset[str]:
    """The writing calls the URL names (above); for a socket's message only a chat socket's
    (another socket's path names no call of each message: a frame must say it is one,
    ``_typed_messages``)."""
    if decoded.socket:  # ...but a chat socket's frames are its messages (QA87)
        return words & CHAT_SOCKETS
    last = call_words(decoded)
    support = "support" in words and (last & SUPPORT_REQUESTS or last == {"support"})
    host = decoded.host.partition(".")[0].lower()
    # (a forum's or a chat's host, its call's last word an entry's or in the app's own words:
    # Breton "/api/v1/postou", QA173)
    hosted = {host} if host in WRITING_HOSTS and (
        last & ENTRIES or (last and all(own_words_key(w) for w in last))) else set()
    if (last & REPORTED and (words | last) & FILED_ABOUT
            and not any(m in decoded.host for m in MONITORS)):
        hosted |= last & REPORTED
    return words & TEXT_CALLS | _offer(decoded) | last & LAST_CALLS | hosted | (
        {"support"} if support else set()) | (
        {"publish"} if "publish" in words and words & PUBLISHED else set())


def _offer(decoded: Decoded) -> set[str]:
    """An offer made to a seller, posted to the offers collection itself (blind21: POST
    /listings/x/offers with its message), not an offer's impressions (QA51)."""
    segments = url_segments(decoded)
    return {"offers"} if segments and segments[-1].lower() in ("offer", "offers") else set()


# A chat client's message frame ({"type": "message", "text": ...}; QA50's WebSocket chat
# {"tipo": "mensaje", "texto": ...}): its own type says it is a message
# ...sent up a WebSocket (any: QA55's family locator chats on "/v1/tempo-real") or to a path
# naming a socket or a chat: an in-app campaign's or an onboarding screen's {"type": "message",
# "text": ...} posted elsewhere is the app's (QA51)
MESSAGE_TYPES = frozenset({"message", "msg", "chat", "chatmessage", "mensaje", "mensagem",
                           "nachricht", "messaggio", "wiadomosc", "newmsg", "newmessage",
                           "minima", "minyma"})  # (Greek "μήνυμα" read so, QA70)
# ...while a comment, a reply or a direct message is the user's wherever it is sent (QA51)
WRITTEN_TYPES = frozenset({"comment", "reply", "dm", "directmessage"})  # (not "review": a
# rating prompt's, QA52)
TYPE_KEYS = frozenset({"type", "tipo", "kind", "t", "op", "action", "typ", "event", "cmd",
                       "command", "typos"})  # (a live room's {"cmd": "chat", "content": ...}, QA61)
# a Phoenix channel's frame keeps the message in its "payload" (QA51)
FRAME_BODIES = frozenset({"payload", "data", "body", "message", "msg"})
SOCKET_CALLS = frozenset({"ws", "wss", "websocket", "socket", "chat", "chats", "realtime",
                          "rtm", "inbox", "send"})


# A chat socket's frame typed as something else (presence, an ack, an error, a ping, a log) holds
# no message, whatever its "message" says (the QA87 review)
FRAME_TYPE_KEYS = frozenset({"type", "kind", "op", "event", "action", "cmd", "t"})
MESSAGE_WORDS = ("message", "msg", "chat", "send", "post", "reply", "comment", "dm", "text",
                 "utterance", "final", "transcript")


def other_frames(decoded: Decoded) -> set[str]:
    """The objects of a socket's message typed as no message (above)."""
    return {leaf.path.rpartition(".")[0] for leaf in decoded.leaves
            if leaf.key.lower() in FRAME_TYPE_KEYS and type(leaf.value) is str
            and not any(w in leaf.text.lower() for w in MESSAGE_WORDS)}
