"""A date of birth by its value, under a key in the app's own words.

A key rule reads a birth date under "dob", "birthdate" and the lexicon's words for it
(``key.birthdate``), but an app names the field in its own language (Sango ``lango_ti_dungo``:
QA174; Mooré ``rogem_raare``, Chuukese ``ranin_upwutiw``: blind215, blind217), and a
claim "we do not collect your date of birth" then held while a registration sent "1991-03-14".
The value says most of it: a whole calendar date (ISO 8601 ``YYYY-MM-DD``, or day, month and a
four-digit year as ``DD.MM.YYYY``, ``DD/MM/YYYY``, ``MM/DD/YYYY``; a midnight time allowed, as
some SDKs serialise a date) at least ten years before this year and not before 1900. Across the
labelled sets such a date is a birth date 1,387 times in 1,421 (the others: a baptism's, a
wedding's, a death's date, each read by its own key where the words are known), but a date in
a record that is no person's (a company founded, a building built, a displacement's day) is as
plausible, so the reading is graded by what is beside it (TAXONOMY.md ``personal.birthdate``):

- 0.6 when the same object holds a person's signs already read (a name, a gender, a national
  number, a phone, an e-mail, a user ID) and no other such date;
- 0.55 otherwise: reported, below a verdict (``judge.MIN_CONFIDENCE``).

Only under a key neither the rules' words nor the lexicon know nor English names
(``own_sentences.own_words_key``: an English key's date is a start, an expiry, an issue date as
often, and the key rules read the English words for a birth), never an array's element (a
history of dates), nor under a word for another day of a life or of a thing (a baptism's
"batiso", a wedding's "matrimony", a death's "murio", a vaccine's "bakuna", a hire's
"fecha_alta", a building's "baujahr": the sets' and the session's review's), nor under a date
word qualified by no birth's stem ("fecha_emision", "trouwdatum"; "fecha_nac" stays), and only
for a field no reading named.
"""

from __future__ import annotations

import datetime
import re

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.own_sentences import own_string_leaves
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

CATEGORY = "personal.birthdate"
RULE = "value.birth-date"
PERSON = 0.6
ALONE = 0.55
MIN_AGE = 10  # years: a date of the last ten years is a visit's, an order's as often
FIRST_YEAR = 1900
PERSON_SIGNS = frozenset({"contact.name", "personal.gender", "personal.national_id",
                          "contact.phone", "contact.email", "id.user"})
_MIDNIGHT = r"(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?"
_ISO = re.compile(r"(\d{4})([-/.])(\d\d)\2(\d\d)" + _MIDNIGHT)
_DAY_FIRST = re.compile(r"(\d\d)([-/.])(\d\d)\2(\d{4})")
# (both orders hold "dd-dd-dd"; no alternation, a regular expression is slow over the text)
_ANY_DATE = re.compile(r"\d\d[-/.]\d\d[-/.]\d\d")
# the other days of a life or of a thing a record dates, in the languages the sets and the
# session's review met: a baptism's, a confirmation's, a wedding's, a death's, a conversion's,
# a vaccine's, a document's issue, a hire's, a retirement's, an account's opening, a litter's,
# a building's, a car's registration, a release's, a vintage's, a purchase's ("batiso",
# "binyag", "matrimony", "murio", "bakuna", "gestorben", "fecha_alta", "wurfdatum", "baujahr")
_OTHER_DAYS = re.compile(
    r"(?i)bapt|batis|batij|batem|bautiz|binyag|krcen|krest|confirm|matrimon|wedd|nikah|casam|"
    r"death|died|deceas|qabool|conver|vaccin|vaks|impf|bakun|pasp|expir|gestorb|sterb|defunc|"
    r"fallec|zgon|overl|ausstell|eintritt|inicio|beginn|jubil|apert|afili|trouw|heirat|zulass|"
    r"matric|grund|estreno|erschein|cosech|compra|constru|lulus|diagn|"
    # (short stems only at a word's start: "parentes" is no pension's "rente")
    r"(?<![a-z])(?:firm|marr|mari[aée]|muri|mort|issu|valid|since|join|hire|emis|alta|rente|"
    r"wurf|boda|fund|kauf|bau)")
# a key that is a date word with a qualifier ("fecha_emision", "trouwdatum", "tanggal_lulus")
# dates what the qualifier says: a birth only with a birth's stem beside ("fecha_nac",
# "data_nascimento", "tanggal_lahir")
DATE_WORDS = ("fecha", "datum", "tanggal", "tarikh", "tarih", "tarehe", "date", "data", "annee",
              "anio")
DATE_TOKENS = frozenset({"dia", "day", "dt", "ano", "jour", "jahr", "ngay", "tag"})
BIRTH_STEMS = re.compile(r"(?i)nac|nasc|naiss|nais|geb|lahir|sinh|born|birth|dog|rod|janm|"
                         r"kuzal|tuulg|jud|szul|rojd|rozh|fod|fød|syn|natal|bday")
_KEY_TOKENS = re.compile(r"[A-Za-z][a-z]*|[a-z]+")


def _dates_another_day(key: str) -> bool:
    """Whether ``key`` is a date word qualified by something no birth's stem names."""
    low = key.lower()
    tokens = [t.lower() for t in _KEY_TOKENS.findall(key)]
    words = [w for w in DATE_WORDS if w in low]
    if not words and not DATE_TOKENS.intersection(tokens):
        return False
    rest = low
    for w in [*words, *DATE_TOKENS.intersection(tokens)]:
        rest = rest.replace(w, "")
    rest = re.sub(r"[^a-zæøåäöüßçñ]", "", rest)
    return bool(rest) and BIRTH_STEMS.search(rest) is None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def birth_like(text: str, this_year: int) -> bool:
    """Whether ``text`` is a whole calendar date of a year a living person was born in, at
    least ten years ago."""
    if not 10 <= len(text) <= 29 or not text[:2].isdigit():
        return False
    if m := _ISO.fullmatch(text):
        year, dates = int(m[1]), [(int(m[3]), int(m[4]))]
    elif m := _DAY_FIRST.fullmatch(text):
        # day first (most of the world) or month first (the US): either way a real date
        year, dates = int(m[4]), [(int(m[3]), int(m[1])), (int(m[1]), int(m[3]))]
    else:
        return False
    return FIRST_YEAR <= year <= this_year - MIN_AGE and any(
        _valid(year, month, day) for month, day in dates)


def _object(path: str) -> str:
    return path.rpartition(".")[0]


def birth_dates(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``personal.birthdate`` for the past dates under the app's own words (above)."""
    if _ANY_DATE.search(decoded.joined_text()) is None:
        return []  # (most requests: no whole date anywhere)
    this_year = datetime.datetime.now(datetime.UTC).year
    dates: list[Leaf] = [
        leaf for leaf in own_string_leaves(decoded)
        if not leaf.path.endswith("]") and birth_like(leaf.text.strip(), this_year)
        and _OTHER_DAYS.search(leaf.path) is None and not _dates_another_day(leaf.key)]
    if not dates:
        return []
    read = {(f.part, f.path) for f in found}
    dates = [leaf for leaf in dates if (leaf.part, leaf.path) not in read]
    per_object: dict[tuple[object, str], int] = {}
    for leaf in dates:
        where = (leaf.part, _object(leaf.path))
        per_object[where] = per_object.get(where, 0) + 1
    people = {(f.part, _object(f.path)) for f in found if f.category in PERSON_SIGNS}
    out = []
    for leaf in dates:
        where = (leaf.part, _object(leaf.path))
        person = where in people and per_object[where] == 1
        out.append(leaf_finding(
            exchange_id, leaf, CATEGORY, PERSON if person else ALONE,
            f"a date at least {MIN_AGE} years past under '{leaf.key}', a key in the app's own "
            "words" + (", beside a person's name, gender or contact read in the same record"
                       if person else " (a birth date most often; nothing beside it says whose)"),
            RULE))
    return out
