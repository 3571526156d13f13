"""Validators of national numbers and of a citizen's political and union ties, named by the rule
files like the others (``validators.VALIDATORS``):

- Greece's tax number (ΑΦΜ, "afm": nine digits, the last the sum of the first eight times
  2^8..2^1, modulo 11, modulo 10; the Greek tax administration's published algorithm, as VIES
  validates Greek VAT numbers);
- a political party as a voter file or a sign-up form writes it (GDPR Art. 9 "political
  opinions"): a party's name or its word ("Democratic", "Working Families", "Labour"), or the
  one-letter codes US voter files use (D, R, I, G, L; blind42's canvassing app);
- a diet kept for a faith (kosher, halal: Art. 9 "religious beliefs") and a title that says a
  gender (Mme, Mrs, Herr);
- a trade union by its name ("Hospitality Workers Local 77", "Teamsters"; Art. 9 "trade union
  membership"), not a yes/no or a number.

National numbers read by their own check digits are ``validators_numbers``'s.
"""

from __future__ import annotations

import re
import unicodedata

from analysis.classifiers.validators_numbers import NUMBER_VALIDATORS
from analysis.profile import luhn_ok


def greek_afm(value: str) -> bool:
    """A Greek tax number (ΑΦΜ) with its check digit right, "EL" prefix allowed."""
    v = value.strip().upper().removeprefix("EL").replace(" ", "")
    if len(v) != 9 or not v.isascii() or not v.isdigit() or v == "000000000":
        return False
    total = sum(int(d) << (8 - i) for i, d in enumerate(v[:8]))
    return total % 11 % 10 == int(v[8])


PARTY_CODES = frozenset({"d", "r", "i", "g", "l", "dem", "rep", "ind", "grn", "lib", "npa",
                         "una", "unaffiliated", "nonpartisan", "no party"})
PARTY_WORDS = frozenset({"democratic", "democrat", "democrats", "republican", "republicans",
                         "independent", "green", "greens", "libertarian", "labour", "labor",
                         "conservative", "conservatives", "liberal", "liberals", "socialist",
                         "communist", "tory", "whig", "workers", "families", "progressive",
                         "reform", "sdp", "spd", "cdu", "csu", "fdp", "afd", "psoe", "pp",
                         "snp", "ukip", "fidesz", "likud", "bjp", "inc", "anc", "podemos",
                         "vox", "syriza", "pasok", "nd", "akp", "chp", "hdp", "mhp"})
_WORD = re.compile(r"[a-z]+")


def folded(text: str) -> str:
    """``text`` without its accents ("católica" -> "catolica": NFKD, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# what a party calls itself after its own name ("Umoja Mpya Alliance", "Labour Party"; QA110),
# and the parties that are no politics ("Birthday Party", "Search Party", "Office Party")
PARTY_NOUNS = frozenset({"party", "alliance", "movement", "front", "coalition", "congress",
                         "league", "partido", "parti", "partei", "partij", "partia"})
EVENT_WORDS = frozenset({"birthday", "dinner", "tea", "pool", "house", "garden", "launch",
                         "search", "working", "hen", "stag", "bachelor", "bachelorette",
                         "christmas", "holiday", "office", "block", "costume", "pyjama",
                         "slumber", "surprise", "cocktail", "dance", "welcome", "farewell",
                         "leaving", "retirement", "engagement", "baby", "shower", "watch",
                         "listening", "release", "game", "lan", "third", "costumed", "halloween",
                         "new", "year", "years", "graduation", "wedding", "street", "beach",
                         "boat", "karaoke", "pizza", "after", "private", "hunting", "raiding"})


def political_party(value: str) -> bool:
    """A party's name, word or voter-file code (module docstring)."""
    t = value.strip().lower()
    if t in PARTY_CODES:
        return True
    words = _WORD.findall(t)
    return 0 < len(words) <= 6 and bool(PARTY_WORDS & set(words)) and "party" not in words[1:2]


def party_name(value: str) -> bool:
    """A party under a key that says it is one's affiliation ("party_affiliation",
    "party_membership"): any party ``political_party`` reads, or a name a party's noun ends
    ("Umoja Mpya Alliance", "Labour Party": QA110), not an event ("Birthday Party")."""
    if political_party(value):
        return True
    words = _WORD.findall(value.strip().lower())
    return (2 <= len(words) <= 6 and bool(PARTY_NOUNS & set(words[1:]))
            and value.strip()[:1].isupper() and not EVENT_WORDS & set(words))


UNION_WORDS = frozenset({"union", "local", "workers", "federation", "brotherhood",
                         "teamsters", "afl", "cio", "seiu", "unite", "unison", "gmb", "ver.di",
                         "verdi", "ig", "cgt", "cfdt", "ugt", "ccoo", "guild", "syndicate",
                         "syndicat", "gewerkschaft", "sindicato", "association", "nurses",
                         "teachers", "unionen",
                         # Romanian (QA127: "Sindicatul Solidar Sănătate")
                         "sindicat", "sindicatul", "sindicatului", "solidaritatea",
                         # Dutch, Scandinavian, Polish, Italian, Asturian and Spanish unions'
                         # own words, and the Dutch and Belgian confederations (QA147:
                         # "Vakbond Sekswerkers Nederland")
                         "vakbond", "vakvereniging", "fnv", "cnv", "acv", "abvv", "aclvb",
                         "fagforbund", "fagforening", "fackforbund",
                         "zwiazek", "solidarnosc", "cgil", "cisl",
                         "uil", "sindicatu", "usw", "asociacion", "sindikato",
                         # confederations (QA153: "Confederacion Pagesa d'Arieja")
                         "confederacion", "confederacio", "confederation", "confederacao",
                         "confederazione", "konfederacja",
                         # (QA158: a riders' union in Sranan and Dutch, "Bond fu Pakketi Rijders")
                         "bond"})


def trade_union(value: str) -> bool:
    """A union's name (module docstring), its accents dropped ("Asociación")."""
    words = set(_WORD.findall(folded(value.strip().lower())))
    return 1 <= len(words) <= 10 and bool(UNION_WORDS & words) and not NOT_UNIONS & words


# a bank ("Navy Federal Credit Union"), a bloc of states ("European Union")
NOT_UNIONS = frozenset({"credit", "european", "african", "soviet", "postal", "customs"})


# a diet kept for a faith: the certifications and their words (IATA's special meal codes KSML,
# MOML for kosher and Muslim meals)
RELIGIOUS_DIETS = frozenset({"kosher", "halal", "zabiha", "glatt", "chalav", "cholov", "pareve",
                             "parve", "passover", "pesach", "haram", "ksml", "moml", "jain",
                             "sattvic"})


def religious_diet(value: str) -> bool:
    """A diet or a certification that names a faith's rules (above)."""
    words = set(_WORD.findall(value.strip().lower()))
    return 1 <= len(words) <= 12 and bool(RELIGIOUS_DIETS & words)


TITLES = frozenset({"mme", "mlle", "madame", "mademoiselle", "monsieur", "mr", "mrs", "ms",
                    "miss", "m", "herr", "frau", "sr", "sra", "srta", "senor", "senora",
                    "signor", "signora", "dhr", "mevr", "mevrouw", "heer", "male", "female"})


def civility(value: str) -> bool:
    """A title that says a gender (Mme, M., Mrs, Herr); not "Dr", "Mx" or "Prof"."""
    return value.strip().lower().rstrip(".") in TITLES


# Sexual orientations as profiles and forms write them (English, Spanish, French, German,
# Portuguese), and the words that are one only under a sexuality key ("straight" is a tile's
# and a lane's as often, "bi" an antenna's: QA83), with a person's words beside them ("gay man")
UNAMBIGUOUS = frozenset({"lesbian", "gay", "bisexual", "heterosexual", "homosexual", "queer",
                         "pansexual", "asexual", "demisexual", "lesbiana", "lesbienne",
                         "homosexuel", "homosexuelle", "bisexuel", "bisexuelle", "heterosexuel",
                         "schwul", "lesbisch", "bisexuell", "homosexuell", "heterosexuell",
                         "bissexual", "homossexual", "heterossexual", "gai", "gey"})
AMBIGUOUS = frozenset({"straight", "bi", "hetero", "homo", "hétéro", "questioning"})
PERSON_WORDS = frozenset({"man", "woman", "men", "women", "male", "female", "person", "hombre",
                          "mujer", "homme", "femme", "mann", "frau"})
_LETTERS = re.compile(r"[^\W\d_]+")


def _orientation(value: str, known: frozenset[str]) -> bool:
    words = {w.lower() for w in _LETTERS.findall(value)}
    return (1 <= len(words) <= 3 and bool(words & known)
            and words <= UNAMBIGUOUS | AMBIGUOUS | PERSON_WORDS)


def orientation_strict(value: str) -> bool:
    """A sexual orientation under an "orientation" key: every word one, or a person's, and an
    unambiguous one among them ("lesbian", "gay man"; not "straight grain", "bi-directional")."""
    return _orientation(value, UNAMBIGUOUS)


def orientation_person(value: str) -> bool:
    """...and under a "sexuality" key, "straight" and "bi" too."""
    return _orientation(value, UNAMBIGUOUS | AMBIGUOUS)


# A faith, a denomination or a sect as a profile or a form names it (blind71's dating "faith":
# "Jewish", blind72's rishta "sect": "Sunni", blind75's church "denomination": "Anglican"): not
# a gift card's "denomination" (a value), a stadium's "sect" (a section)
FAITHS = frozenset({"christian", "catholic", "protestant", "anglican", "orthodox", "baptist",
                    "methodist", "lutheran", "evangelical", "pentecostal", "presbyterian",
                    "adventist", "mormon", "lds", "quaker", "muslim", "islam", "islamic", "sunni",
                    "shia", "shiite", "ahmadi", "ahmadiyya", "sufi", "ismaili", "jewish",
                    "judaism", "hindu", "hinduism", "buddhist", "buddhism", "sikh", "jain",
                    "atheist", "agnostic", "bahai", "zoroastrian", "parsi", "taoist", "shinto",
                    "deobandi", "barelvi", "salafi", "hanafi", "shafii", "maliki", "hanbali",
                    "coptic", "maronite", "reform", "reformed", "conservative", "jehovah",
                    # in Portuguese and Spanish, accents folded (QA104's church app in Sao
                    # Paulo: "batista", "evangelica")
                    "catolica", "catolico", "evangelica", "evangelico", "batista", "bautista",
                    "metodista", "luterana", "luterano", "presbiteriana", "presbiteriano",
                    "adventista", "protestante", "anglicana", "anglicano", "ortodoxa",
                    "ortodoxo", "crista", "cristao", "cristiana", "cristiano", "muculmano",
                    "musulmana", "musulman", "judia", "judio", "judeu", "judaica", "espirita",
                    "umbanda", "candomble", "pentecostais",
                    # Shia schools as a Baltistan app names them (QA208: "maslak": "shia ithna
                    # ashari", "noorbakhshi")
                    "ithna", "twelver", "noorbakhshi", "noorbakhshia", "nurbakhshi"})


FAITH_FILLERS = frozenset({"roman", "greek", "church", "of", "the", "latter", "day", "saints",
                           "practising", "practicing", "non", "denominational", "born", "again",
                           "christ", "jesus", "and", "muslim", "jew", "judaism", "orthodoxy",
                           "igreja", "iglesia", "de", "da", "do", "dos", "del", "la", "deus",
                           "dios", "assembleia", "asamblea"})


# ...and the faiths as Thai writes them (QA126: "sasana": "พุทธ", Buddhist)
THAI_FAITHS = frozenset({"พุทธ", "ศาสนาพุทธ", "อิสลาม", "ศาสนาอิสลาม", "คริสต์", "ศาสนาคริสต์",
                         "ฮินดู", "ซิกข์"})


def faith_value(value: str) -> bool:
    """A faith or a branch of one, in a few words and nothing else ("Jewish", "Sunni", "Roman
    Catholic"; not a coin's "Christian IX 2 Kroner", an "Islamic dinar replica": the review)."""
    if value.strip() in THAI_FAITHS:
        return True
    words = set(_WORD.findall(folded(value.strip().lower())))
    # (any other words, but no number, king's numeral or object: "Seventh-day Adventist",
    # "Hindu Brahmin" are faiths; "Christian IX 2 Kroner" a coin: the third review)
    return (1 <= len(words) <= 5 and bool(words & (FAITHS - {"reform", "reformed",
                                                             "conservative"}))
            and not any(w.isdigit() for w in words) and not words & NOT_FAITHS
            and len(words - FAITHS - FAITH_FILLERS - FAITH_EXTRAS) <= 1)


# ...the words a branch of a faith is named with ("Seventh-day Adventist", "Jehovah's Witness",
# "Hindu Brahmin"); an organisation's nouns are none ("Islamic Relief Worldwide", "Baptist
# Health Hospital", "Protestant Reformation history": the fourth review)
FAITH_EXTRAS = frozenset({"seventh", "day", "witness", "witnesses", "jehovah", "s", "england",
                          "nondenominational", "brahmin", "christian", "church", "latter"})


NOT_FAITHS = frozenset({"i", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "dinar",
                        "kroner", "krone", "coin", "coins", "replica", "dollar", "euro",
                        "defense", "defence", "bank", "university", "school", "college",
                        "league", "party", "museum", "relief", "worldwide", "hospital",
                        "health", "charities", "charity", "history", "reformation",
                        "archdiocese", "foundation", "society", "mission"})


def canadian_sin(value: str) -> bool:
    """A Canadian Social Insurance Number: nine digits (spaced or dashed as printed), a Luhn
    check digit, a first digit that is issued (not 0 or 8: Service Canada's ranges)."""
    digits = value.replace(" ", "").replace("-", "")
    return (len(digits) == 9 and digits.isascii() and digits.isdigit()
            and digits[0] not in "08" and luhn_ok(digits))


# Russia's taxpayer number (INN, FNS order MMV-7-6/435): ten digits for an organisation, twelve
# for a person, the last one or two check digits of weighted sums mod 11 mod 10 (QA151)
_INN_WEIGHTS = ((2, 4, 10, 3, 5, 9, 4, 6, 8), (7, 2, 4, 10, 3, 5, 9, 4, 6, 8),
                (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))


def russian_inn(value: str) -> bool:
    """A person's INN (twelve digits, both check digits right), not an organisation's."""
    v = value.strip()
    if len(v) != 12 or not v.isdigit() or len(set(v)) < 3:
        return False
    d = [int(c) for c in v]
    return all(sum(w * x for w, x in zip(ws, d, strict=False)) % 11 % 10 == d[len(ws)]
               for ws in _INN_WEIGHTS[1:])


NATIONAL_VALIDATORS = {"canadian_sin": canadian_sin, "greek_afm": greek_afm,
                       "russian_inn": russian_inn,
                       "political_party": political_party, "party_name": party_name,
                       "trade_union": trade_union, "religious_diet": religious_diet,
                       "civility": civility, "orientation_strict": orientation_strict,
                       "orientation_person": orientation_person, "faith_value": faith_value,
                       **NUMBER_VALIDATORS}
