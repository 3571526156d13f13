"""What the user searched for, known by the call or the event it is sent with: the terms of a
search box POSTed to ``/v2/search`` or put in an autocomplete's query string (TAXONOMY.md
behavior.search: "in-app search terms"), and those in the properties of an analytics event named
for a search (GA4's ``{"name": "search", "params": {"search_term": ...}}``, Segment's "Products
Searched"). Never a GraphQL document, a template or a query string (the app's own), never a
filter's or a paging object's value. Found by QA15, QA16, QA41, QA43 and QA44."""

from __future__ import annotations

import re
from collections import Counter

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.own_sentences import own_string_leaves, own_words_key
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import url_segments, url_words
from analysis.classifiers.validators import validate
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

# A search box's terms POSTed in the body ({"q": "jazz piano berlin"} to /v2/search): what
# the user searched for (TAXONOMY.md behavior.search), as a "q" query parameter is. Not a
# GraphQL document (its "query" is the app's), not under a filter or a paging object.
SEARCH_CALLS = frozenset({"search", "searches", "suggest", "autocomplete", "autosuggest",
                          "typeahead", "autocompletion", "geocode", "geocoding"})
SEARCH_KEYS = frozenset({"q", "query", "term", "terms", "input", "searchterm",
                         "consulta", "busqueda", "termino", "busca",  # (QA42: Spanish)
                         "phrase", "fraza", "frase"})  # (QA55: Polish "?fraza=")
# ...in the body or the query string (QA41: Places-style autocomplete's "?input=...")
SEARCHED_PARTS = frozenset({"body", "query"})
MAX_DEPTH = 2  # "q", "search.q": a deeper "query" is a filter's or a document's
LOCALE_CODE = re.compile(r"[a-z]{2}(?:[-_][A-Za-z]{2})?")  # a search box's language setting
# ...not a call about the search box's settings, its ads or what was shown (QA16)
NOT_SEARCH_CALLS = frozenset({"config", "settings", "ads", "ad", "impressions", "impression",
                              "results", "analytics", "log", "logs", "events"})


# A street address typed into a map's or a geocoder's search ("418 Old Ford Road, New Paltz",
# "Hverfisgata 52": blind71, blind73, blind74, each the user's home or another place of hers) is
# an address; whose, the request does not say, so below a verdict's confidence
MAP_CALLS = frozenset({"geocode", "geocoding", "geo", "places", "place", "maps", "map",
                       "address", "addresses", "locations", "location"})
_NUMBER_AFTER = re.compile(r"[^\W\d_][\w.' -]{2,40}?\s\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?"
                           r"(?:,\s*[^\W\d_][\w .'-]{1,40})?")
TYPED_ADDRESS = 0.55


# ...not a business or a landmark with a number ("ups store 10118", "Terminal 2", "Route 66",
# "Flushing Ave Building 5", "Pier 39": the session's reviews)
NOT_STREETS = frozenset({"store", "shop", "cafe", "restaurant", "bank", "hotel", "building",
                         "bldg", "terminal", "gate", "pier", "route", "platform", "level", "floor",
                         "unit", "suite", "studio", "hall", "apollo", "highway", "interstate",
                         "exit", "stop", "station", "ups", "fedex", "mall", "center", "centre"})


# ...unless a street's type says it is one ("12 Station Road", "44 Bank Street")
STREET_TYPES = frozenset({"road", "rd", "street", "st", "lane", "ln", "ave", "avenue",
                          "boulevard", "blvd", "drive", "dr", "way", "place", "pl"})


def _typed_addresses(exchange_id: int, decoded: Decoded) -> list[Finding]:
    return [leaf_finding(exchange_id, leaf, "contact.address", TYPED_ADDRESS,
                         f"key '{leaf.key}' holds a street address typed into a map's search "
                         "(whose, the request does not say)", "context.typed-address")
            for leaf in decoded.leaves
            if leaf.part in SEARCHED_PARTS and leaf.key.lower() in SEARCH_KEYS
            and type(leaf.value) is str and leaf.path.count(".") < MAX_DEPTH
            and len(leaf.text) <= 120 and (
                (_street_number(leaf.text) and validate("postal_address", leaf.text))
                or _NUMBER_AFTER.fullmatch(leaf.text.strip()))
            and (not NOT_STREETS & (words := set(re.findall(r"[a-z]+", leaf.text.lower())))
                 or bool(words & STREET_TYPES))]


def searched_terms(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    words = url_words(decoded)
    calls = words & SEARCH_CALLS
    if not calls or "graphql" in words or words & NOT_SEARCH_CALLS:
        return []
    typed = _typed_addresses(exchange_id, decoded) if words & MAP_CALLS else []
    have = {(f.part, f.path) for f in found if f.category == "behavior.search"}
    # ...and, in a call named for a search in the app's own language, a query's only text under
    # the app's own word ("/v2/anazitisi?lexi=insoulini+glargine": QA202's pharmacy app; an
    # English-named API's other parameters, "types=address,poi", "radius=1mi", are its own)
    own: list[Leaf] = []
    raw = {w for seg in url_segments(decoded) for w in re.findall(r"[a-z]+", seg.lower())}
    if not raw & SEARCH_CALLS:
        own = [leaf for leaf in decoded.leaves if leaf.part == "query"
               and type(leaf.value) is str and own_words_key(leaf.key)
               and 3 <= len(leaf.text) <= 200 and validate("words", leaf.text)]
    # (the one with words, beside a one-word filter: "lexi=insoulini+glargine&katigoria=ilatsia")
    phrases = [leaf for leaf in own if len(leaf.text.split()) > 1]
    own = phrases if len(own) > 1 and len(phrases) == 1 else own
    keys = SEARCH_KEYS | ({own[0].key.lower()} if len(own) == 1 else set())
    return typed + [leaf_finding(exchange_id, leaf, "behavior.search", 0.7,
                         f"key '{leaf.key}' holds words sent to a search call (request path "
                         f"'{'/'.join(sorted(calls))}')", "context.searched")
            for leaf in decoded.leaves
            if leaf.part in SEARCHED_PARTS and leaf.key.lower() in keys and not leaf.array
            and type(leaf.value) is str and leaf.path.count(".") < MAX_DEPTH
            and (leaf.part, leaf.path) not in have and "{" not in leaf.text
            and len(leaf.text) <= 200 and validate("words", leaf.text)
            and leaf.text.strip().lower() not in ("true", "false", "null", "none")
            and not LOCALE_CODE.fullmatch(leaf.text.strip())
            # (a street address typed into an address box's autocomplete is an address the
            # address readings weigh, not a search: the evaluation sets label it so)
            and not (leaf.part == "query" and _street_number(leaf.text))]


_STREET_NUMBER = re.compile(r"\d{1,6}[A-Za-z]?\s+\w")


def _street_number(text: str) -> bool:
    """A house number then a word ("350 Fifth Av", "18 Alder C"): an address being typed."""
    return bool(_STREET_NUMBER.match(text.strip()))


# An analytics event named for a search carries its terms in its properties ({"event":
# "nav_search", "properties": {"query": "Werkstatt Pasing"}}: QA43), wherever it is sent.
# Only an event's own name keys (a course's "name", a config's "action" say nothing: QA44), and
# only its terms' keys (an "input" is as often a search bar's input mode)
EVENT_NAME_KEYS = frozenset({"event", "eventname", "event_name", "ev", "eventtype",
                             "event_type", "n", "en", "evt", "e"})  # (minified: QA50, QA51)
# ...a minified name only when it is a search's name and nothing more (a track named
# "Searching", a cart line "Search and Rescue Dog Harness" with its quantity "q": QA51)
MINIFIED = frozenset({"n", "en", "evt", "e"})
SEARCH_EVENT_WORDS = frozenset({"search", "searched", "submit", "submitted", "performed",
                                "query", "app", "nav", "bar", "box"})
EVENT_OBJECTS = frozenset({"properties", "params", "props", "attributes", "parameters",
                           "eventvalue", "attrs", "data", "payload", "eventproperties"})
EVENT_SEARCH_KEYS = frozenset({"q", "query", "term", "searchterm", "search_term", "keyword",
                               "keywords", "searchquery", "search_query", "kw"})
EVENT_OR_NAME_KEYS = EVENT_NAME_KEYS | {"name"}  # (GA4's "name", beside its "params": below)
SEARCH_WORDS = frozenset({"search", "searched", "searches", "searching"})
_NORM_SEARCH_KEYS = frozenset(k.replace("_", "") for k in EVENT_SEARCH_KEYS)
_TEMPLATE = re.compile(r"\$[A-Za-z_]|\w=\w+&|^\w+=\w*$")  # "$q", "a=1&b=2", "utm_source=x"


def _search_name(text: str) -> bool:
    words = {w.lower() for w in key_words(text)}
    return words == {"searched"} or ("search" in words and words <= SEARCH_EVENT_WORDS)


def searched_in_events(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    own: list[Leaf] = []
    if _NORM_SEARCH_KEYS.isdisjoint(norm_keys(decoded.key_set())):
        # most requests: no key a search term is sent under (a cached look), nor a string under
        # the app's own word (QA203's Lugbara "ndaa" in a "search" event's params)
        own = own_string_leaves(decoded)
        if not own:
            return []
    events = {leaf.path.rpartition(".")[0] for leaf in decoded.leaves
              if leaf.part == "body" and leaf.key.lower() in EVENT_OR_NAME_KEYS
              and type(leaf.value) is str and len(leaf.text) <= 64
              and SEARCH_WORDS.intersection(key_words(leaf.text))
              and (leaf.key.lower() not in MINIFIED or _search_name(leaf.text))}
    if not events:
        return []
    # a "name" names an event only beside the event's own parameters (GA4's {"name":
    # "search", "params": {...}}): a course's or a product's name says nothing (QA44)
    named = {leaf.path.rpartition(".")[0] for leaf in decoded.leaves
             if leaf.key.lower() in EVENT_NAME_KEYS and (
                 leaf.key.lower() not in MINIFIED or _search_name(leaf.text))}
    params = {o.rpartition(".")[0] for o in {leaf.path.rpartition(".")[0]
                                             for leaf in decoded.leaves}
              if norm_key(o.rpartition(".")[2].partition("[")[0]) in EVENT_OBJECTS}
    events = {e for e in events if e in named or e in params}
    have = {(f.part, f.path) for f in found if f.category == "behavior.search"}
    # ...an own word's string is the terms when it is its event's only one
    alone = {o for o, n in Counter(leaf.path.rpartition(".")[0] for leaf in own).items()
             if n == 1}
    owned = {id(leaf) for leaf in own}
    out = []
    for leaf in decoded.leaves:
        if (leaf.part != "body" or leaf.array or (
                leaf.key.lower() not in EVENT_SEARCH_KEYS
                and not (id(leaf) in owned and leaf.path.rpartition(".")[0] in alone))
                or type(leaf.value) is not str or (leaf.part, leaf.path) in have
                or any(c in leaf.text for c in "{}") or _TEMPLATE.search(leaf.text)):
            continue  # (a GraphQL document, a template, a query string: the app's own)
        obj = leaf.path.rpartition(".")[0]
        head, _, last = obj.rpartition(".")
        if (obj in events or (norm_key(last) in EVENT_OBJECTS and head in events)) and (
                len(leaf.text) <= 200 and validate("words", leaf.text)):
            out.append(leaf_finding(exchange_id, leaf, "behavior.search", 0.7,
                                    f"key '{leaf.key}' holds the terms of an event named for a "
                                    "search", "context.search-event"))
    return out


# A place autocomplete's session token (Google Places' "?sessiontoken=", the new API's
# "sessionToken") is a random UUID the app makes to group one search's keystrokes with the
# details call that ends it, for billing: it logs nobody in (Places API documentation,
# "Session tokens"), so it is no credential there.
AUTOCOMPLETE_CALLS = frozenset({"autocomplete", "autosuggest", "typeahead",
                                "queryautocomplete", "findplacefromtext", "placedetails"})
PLACES = frozenset({"place", "places"})
TYPED = frozenset({"input", "textquery", "q", "query", "searchtext"})  # (the search's text)
_UUID = re.compile(r"[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}")


def place_sessions(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The findings without a place search's session token read as a credential: in the query
    or the body (never a cookie or a header: a session's) of an autocomplete call, a place's
    details, or a places or search call with the search's text (Mapbox's search box sends
    "session_token" so; QA73: a /places/.../reviews call's cookie is a real session)."""
    words = url_words(decoded)
    if not words & (AUTOCOMPLETE_CALLS | PLACES | SEARCH_CALLS):
        return found
    keys = norm_keys(decoded.key_set())
    if not (words & AUTOCOMPLETE_CALLS or (words & PLACES and "details" in words)
            or (words & (PLACES | SEARCH_CALLS) and keys & TYPED)):
        return found
    tokens = {(leaf.part, leaf.path) for leaf in decoded.leaves
              if leaf.part in ("query", "body") and norm_key(leaf.key) == "sessiontoken"
              and _UUID.fullmatch(leaf.text.strip())}
    return [f for f in found if f.category != "secret.credential"
            or (f.part, f.path) not in tokens] if tokens else found
