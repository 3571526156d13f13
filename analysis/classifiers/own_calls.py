"""Whether a request's call is named in the app's own language rather than in the English words
REST APIs and SDKs name theirs in.

Several readings decide what a field is by the call it is sent to (a ``text`` POSTed to
``/messages`` is what the user typed, to ``/feed`` or ``/help/articles`` the app's own):
their vocabularies are English, and an app whose API is named in its own words
(``/v1/malalamiko``, ``/v2/gunaasi``, ``/api/ujumbe``) matches none of them, so a reading that
needs a writing call never fires there. When no word of the path is an English call word of
the list below (the words of the writing, searching, reading and app-content vocabularies,
and the usual REST resources and verbs), the call says nothing a reading could check, and a
field may be read by its own name alone (``written.py``). The list is the lead's, from the
resources and verbs of common REST APIs and mobile SDKs (Stripe, Twilio, GitHub, Firebase,
Segment, Sentry) and the earlier sessions' QA rounds; it errs towards English: a path with one
English word is English.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded

# the path's words that name no call: versions, prefixes, formats
_NEUTRAL = frozenset({"api", "apis", "v", "rest", "json", "app", "apps", "mobile", "m", "public",
                      "private", "internal", "gateway", "service", "services", "www", "web"})
ENGLISH_CALLS = frozenset({
    # people, accounts, sessions
    "user", "users", "me", "my", "profile", "profiles", "account", "accounts", "auth", "login",
    "logout", "signin", "signup", "register", "registration", "session", "sessions", "token",
    "tokens", "oauth", "password", "verify", "verification", "otp", "sms", "code", "identity",
    "member", "members", "customer", "customers", "contact", "contacts", "friend", "friends",
    "group", "groups", "team", "teams", "invite", "invites", "invitation", "people", "person",
    # telemetry, SDKs, configuration
    "event", "events", "track", "tracking", "batch", "collect", "log", "logs", "crash",
    "crashes", "report", "reports", "metrics", "analytics", "telemetry", "ping", "beacon",
    "sdk", "config", "configs", "settings", "flags", "feature", "features", "experiments",
    "remote", "install", "installs", "attribution", "device", "devices", "push", "notify",
    "notification", "notifications", "subscribe", "consent", "status", "health", "sync",
    "update", "updates", "version", "init", "start", "launch", "open", "identify", "alias",
    "page", "screen", "impression", "impressions", "click", "clicks", "ads", "ad", "bid",
    "bids", "auction", "campaign", "campaigns", "offer", "offers", "onboarding", "store",
    "envelope", "ingest", "upload", "uploads", "media", "file", "files", "image", "images",
    "photo", "photos", "video", "videos", "audio", "document", "documents", "attachments",
    # content, writing, reading
    "feed", "feeds", "post", "posts", "comment", "comments", "message", "messages", "chat",
    "chats", "conversation", "conversations", "inbox", "thread", "threads", "reply", "replies",
    "review", "reviews", "rating", "ratings", "feedback", "survey", "surveys", "quiz",
    "question", "questions", "answer", "answers", "form", "forms", "submit", "submission",
    "ticket", "tickets", "support", "help", "faq", "faqs", "article", "articles", "news",
    "story", "stories", "note", "notes", "journal", "entries", "entry", "diary", "search",
    "query", "suggest", "autocomplete", "translate", "translation", "ocr", "transcribe",
    "moderation", "moderate", "callback", "webhook", "content", "contents", "text", "texts",
    "share", "like", "likes", "follow", "follows", "block", "complaint", "complaints",
    "incident", "incidents", "request", "requests", "case", "cases", "calls", "call",
    # things, places, money
    "product", "products", "item", "items", "catalog", "catalogue", "listing", "listings",
    "menu", "order", "orders", "cart", "checkout", "payment", "payments", "pay", "charge",
    "charges", "wallet", "transfer", "transfers", "invoice", "invoices", "subscription",
    "subscriptions", "booking", "bookings", "reservation", "reservations", "appointment",
    "appointments", "visit", "visits", "trip", "trips", "ride", "rides", "delivery",
    "deliveries", "location", "locations", "places", "place", "map", "maps", "route",
    "routes", "geocode", "weather", "game", "games", "score", "scores", "level", "levels",
    "thermostat", "home", "homes", "room", "rooms", "schedule", "schedules",
    "task", "tasks", "job", "jobs", "list", "lists", "create", "new", "add", "send", "edit",
    "delete", "remove", "get", "set", "save", "load", "fetch", "check", "confirm", "cancel",
    "complete", "done", "failed", "error", "errors", "success", "result", "results",
    "stream", "streams", "tts", "stt", "speech", "voice", "socket", "realtime", "live",
})


def own_words_call(decoded: Decoded) -> bool:
    """The request's path names its call in no English call word (module docstring)."""
    return _own_words(url_words(decoded))


@lru_cache(maxsize=4096)
def _own_words(called: frozenset[str]) -> bool:
    words = {w for w in called if len(w) > 2 and w not in _NEUTRAL
             and not w.isdigit() and not (w[0] == "v" and w[1:].isdigit())}
    return bool(words) and words.isdisjoint(ENGLISH_CALLS)


# A sentence under a text's own name ("text", "message", "subject", "details", "body", an
# answer's) near the top of a request to a call named in the app's own words (/v1/gunaasi,
# /v1/malalamiko: own_words_call above) is what the user wrote, as a writing call's would be
# (read by written.py); not a
# "description" (a charge's, a listing's), a "reason" (a visit's, labelled its health fact), a
# "content" or a "msg" (an error's), each as often something else
OWN_TEXT_KEYS = frozenset({"text", "message", "subject", "details", "body", "answer"})
# ...reported below what decides a claim: the app's own notices, errors and reminders are sent
# to such calls as often (the session's review: "Your policy renewal is due…")
OWN_CONFIDENCE = 0.55
