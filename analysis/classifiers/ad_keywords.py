"""Special categories in an ad request's targeting words: OpenRTB's ``user.keywords`` ("dating,
bisexual,catolica"), a data provider's segments (``religion_muslim``, ``lgbtq``) and an
audience's interests name the user's sexual orientation, religion or pregnancy to every
bidder (QA66: a dating app's bid request to an exchange abroad; QA72: a pregnancy app's).
GDPR Art. 9 and TAXONOMY.md's ``personal.sensitive`` cover them; the evidence counts the words
that say so, and does not name them (it is shown unmasked: QA100). A condition or a medicine
among them ("anxiety,insomnia,sertraline": QA94) is ``health.medical``, its evidence counting
the words, not naming them.

Only under keys that hold targeting words (keywords, segments, interests, audiences) of the user
(not a page's, an app's or a search's own keywords: "pope,vatican,catholic church"), in a body,
and only words that name an orientation, a faith or a pregnancy outright (not "pride",
"church" or "halal", which name events, places and food as often, nor "christian", "islam",
"gay" or "queer", which name people and shows as often: QA67).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.health_vocab import CONDITIONS, MEDICINES, MENTAL
from analysis.classifiers.paths import path_words
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.records import Finding, Part

RULE = "value.sensitive-targeting"
CONFIDENCE = 0.7
TARGETING_KEYS = frozenset({"keywords", "keyword", "kw", "kws", "segments", "segment",
                            "interests", "interest", "audiences", "audience", "usersegments",
                            "userkeywords", "affinities"})  # (not an ad server's "targeting"
# string: a page's tags as often, QA67)
SENSITIVE = frozenset({
    # sexual orientation and gender identity
    "lesbian", "bisexual", "bisexuel", "bisexuelle", "lgbt", "lgbtq", "lgbtqia", "lgbtq+",
    "homosexual", "homosexuel", "homosexuelle", "pansexual", "transgender", "gaymen",
    "lgbtqplus",
    # pregnancy (TAXONOMY.md personal.sensitive; QA72's pregnancy app)
    "pregnancy", "pregnant", "zwanger", "zwangerschap", "schwanger", "schwangerschaft",
    "embarazada", "embarazo", "enceinte", "grossesse", "gravidez", "gravida", "grávida",
    "incinta", "gravidanza", "ciaza", "ciąża", "gestante",
    # religion
    "catholic", "catolica", "catolico", "católica", "católico", "catholique", "katholisch",
    "cattolico", "cattolica", "cristiano", "cristiana", "chretien", "chrétien",
    "muslim", "musulman", "musulmane", "musulmana", "muslima", "islamic",
    "jewish", "judio", "judía", "judia", "juif", "juive", "judaism", "buddhist",
    "sikh", "evangelical", "evangelico", "evangélico", "atheist", "ateo", "atea",
    # (QA128: the Nazareth Baptist Church's; a disability named outright, not a setting's
    # "adblock_disabled": the session's fifth review)
    "shembe", "disability", "wheelchair",
    # (QA130: an indigenous people's, a Seventh-day Adventist's)
    "mapuche", "adventist", "afrodescendiente", "moslim", "moslima",
    # (QA132: an Orthodox faith in Greek and Croatian, a pilgrimage's)
    "orthodoxi", "pravoslavna", "pravoslavni", "proskynima",
    # (QA133 to QA140: a Tewahedo Christian's faith, a Lithuanian's orientation, a Bosnian's
    # pregnancy, a union's members in Slovak and Faroese; not "islam", "hindu" nor "union", a
    # newspaper's, a mountain range's, a country's or a station's as often: the review)
    "tewahedo", "biseksuali", "biseksualus", "biseksual", "homoseksual", "lgbti",
    "trudnoca", "trudnoća", "odbory", "odborar", "fakfelag", "fagfelag", "unionized",
    "unionised", "unionmember",
    # (QA141: a pregnancy in Swahili)
    "ujauzito", "mimba",
    # (QA147 to QA150: a Muslim's alms, Quran study, pilgrimage and dress in Indonesian, a
    # bisexual person in Dutch, unions in Dutch, Spanish, Asturian and Icelandic, the Church of
    # Iceland, a disability in Ukrainian)
    "zakat", "pengajian", "umroh", "umrah", "muslimah", "biseksueel", "vakbond", "sindicato",
    "sindicatu", "stettarfelag", "thjodkirkjan", "invalidnist",
    # (QA152: a born-again Christian in Luganda)
    "omulokole", "abalokole",
    # (QA155: a Breton Catholic and fishermen's union, an Occitan and Catalan union)
    "katolik", "sindikad", "sindicat",
    # (QA161: a Mennonite colony's faith)
    "mennonite", "mennonit", "mennoniten", "altkolonier", "amish", "hutterite",
})
# ...and words that name a faith or an orientation as often as something else (above, QA67),
# two of one kind together: "islam,halal", "hindu,temple", "gay,msm", "shaman,animism" (QA154
# to QA156)
TOGETHER = (frozenset({"islam", "halal", "mosque", "masjid", "quran", "ramadan", "hajj",
                       "mosquee"}),
            frozenset({"hindu", "temple", "mandir", "puja", "diwali", "indou"}),
            frozenset({"gay", "queer", "msm", "grindr"}),
            frozenset({"christian", "church", "bible", "gospel", "baptism"}),
            frozenset({"shaman", "shamanism", "animism", "animist"}),
            frozenset({"kosher", "shabbat", "shabbos", "shabes", "synagogue", "torah",
                       "chasidish", "hasidic", "yeshiva"}),
            frozenset({"union", "fnv", "shopsteward"}))
# objects whose targeting words are a page's, an app's, a search's or a product's
NOT_USERS = frozenset({"site", "app", "content", "page", "search", "query", "product",
                       "products", "item", "items", "article", "publisher", "imp", "video",
                       "context", "filters", "filter", "post", "posts", "podcast", "course",
                       "group", "campaign", "campaigns", "review"})
USERS = frozenset({"user", "usr", "visitor", "data", "segment", "segments", "userdata"})
AD_CALLS = frozenset({"auction", "bid", "bids", "openrtb", "openrtb2", "rtb", "ad", "ads",
                      "adrequest", "prebid"})
_SPLIT = re.compile(r"[\s,;|/_:+-]+")


@lru_cache(maxsize=4096)
def _targeting(keys: frozenset[str]) -> bool:
    return not norm_keys(keys).isdisjoint(TARGETING_KEYS)


@lru_cache(maxsize=4096)
def sensitive_words(text: str) -> tuple[str, ...]:
    low = text.lower()
    words = set(_SPLIT.split(low))
    # (two of a kind counted only as keywords of their own, not inside a phrase: "temple run",
    # "kosher salt", "queer eye", "credit union" name other things: the review)
    alone = {p.strip() for p in _PHRASES.split(low)}
    return tuple(sorted(words & SENSITIVE | {
        w for kind in TOGETHER if len(alone & kind) >= 2 for w in alone & kind} | {
        p for p in alone if "credit" not in p and any(u in p for u in UNION_PHRASES)}))


UNION_PHRASES = frozenset({"trade union", "union member", "union membership", "labour union",
                           "labor union", "trade unionist"})


# ...and health conditions in the same words ("anxiety,insomnia,sertraline" to a bidder: QA94's
# teletherapy app; "migraine,headache relief": blind71): TAXONOMY.md's health.medical, the
# vocabularies of health_words.py (a mental-health word is a condition here: a user's segment,
# not a news story's "depression")
HEALTH = (CONDITIONS | MEDICINES | MENTAL | {"anxiety", "depression", "insomnia", "hiv"}) - {
    "cancer", "panic"}
# ...read per keyword, a whole comma-separated phrase: its other words may only say what about
# the condition ("headache relief", "panic attacks", "online therapy"), so "meal prep", "great
# depression", "test prep" or "cataract,waterfalls" name none (the session's review)
FILLERS = frozenset({"relief", "support", "care", "treatment", "management", "disorder",
                     "disorders", "therapy", "online", "help", "awareness", "symptoms",
                     "medication", "meds", "type", "attack", "attacks", "headache", "chronic",
                     "living", "with", "and", "tips", "recovery", "1", "2",
                     # (QA156: "hiv test" among a PrEP user's keywords)
                     "test", "testing", "screening"})
_PHRASES = re.compile(r"\s*[,;|]\s*")
_WORDS_OF = re.compile(r"[\s_+-]+")


@lru_cache(maxsize=4096)
def health_words(text: str) -> int:
    count = 0
    for phrase in _PHRASES.split(text.lower()):
        words = {w for w in _WORDS_OF.split(phrase) if w}
        if words & HEALTH and words <= HEALTH | FILLERS | {"panic"}:
            count += 1
    return count


def sensitive_targeting(exchange_id: int, decoded: Decoded) -> list[Finding]:
    """``personal.sensitive`` for targeting words that name an orientation, a faith or a
    pregnancy, and ``health.medical`` for those that name a condition or a medicine."""
    if not _targeting(decoded.key_set()):
        return []
    # a user's object or an ad request (a post's, a course's or a campaign's own keywords
    # describe those: QA69)
    ad_call = bool(url_words(decoded) & AD_CALLS)
    out = []
    for leaf in decoded.leaves:
        if type(leaf.value) is not str or norm_key(leaf.key) not in TARGETING_KEYS:
            continue
        # the user's targeting only: a page's, an app's or a search's own keywords describe
        # that page or that search ("pope,vatican,catholic church", QA67)
        above = path_words(leaf.path)
        if leaf.part != Part.BODY or NOT_USERS & above or not (above & USERS or ad_call):
            continue
        terms = sensitive_words(leaf.text[:2048])
        if terms:
            # (how many, not which: "lesbian" in an evidence sentence is the fact itself, shown
            # unmasked beside the masked value: QA100)
            out.append(leaf_finding(exchange_id, leaf, "personal.sensitive", CONFIDENCE,
                                    "targeting words name a special category (an orientation, "
                                    f"a faith or a pregnancy: {len(terms)})", RULE))
        if count := health_words(leaf.text[:2048]):
            # (how many, not which: a finding's evidence is shown unmasked, QA93)
            out.append(leaf_finding(exchange_id, leaf, "health.medical", CONFIDENCE,
                                    f"targeting words name health conditions or medicines "
                                    f"({count})", RULE))
    return out
