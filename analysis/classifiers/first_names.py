"""A first name under a bare ``name`` beside the person's last name: ``{"nombre": "Lucía",
"apellidos": "Fernández Ortega"}`` (QA50's Spanish profile and booking holder). Alone, a
one-word ``name`` is a pet's, a device's or a nickname as often (``key.display-name`` wants a
person's full name); beside a last name in the same object it is the person's first name
(``contact.name``).
"""

from __future__ import annotations

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.contact_hashes import CONTACTED
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators import validate
from analysis.classifiers.words import english_name, key_words
from analysis.decoders import Decoded
from analysis.decoders.form import dotted_path, object_path
from analysis.records import Finding

# the last name's key, the whole key (an "owner_last_name" beside a pet's "name" is no sibling)
LAST_NAMES = frozenset({"lastname", "surname", "surnames", "familyname", "apellido",
                        "apellidos", "apellidopaterno", "primerapellido", "sobrenome",
                        "cognome", "nachname", "achternaam", "nazwisko",
                        # European Portuguese (QA55)
                        "apelido", "apelidos", "ultimonome",
                        # Greek (QA70, blind38: "onoma" beside "eponymo")
                        "eponymo", "eponimo", "epitheto",
                        # Turkish (QA72: "ad" beside "soyad")
                        "soyad", "soyadi", "soyisim"})
FIRST = frozenset({"name", "nombre", "nome", "nama", "imie", "vorname", "prenom", "nombres",
                   "onoma", "ad", "adi", "isim"})
# (and the words the rules translate as a name and a last name: Uzbek "ism" beside "familiya",
# isiZulu "igama" beside "isibongo", Welsh "enw" beside "cyfenw", Latvian "vards" beside
# "uzvards": blind91-blind94, the fourth review of the sixteenth session)
# ...but not the words for a thing's name (Polish "nazwa" beside "nazwisko" is a company's or a
# product's: the session's review)
THINGS_NAMES = frozenset({"nazwa", "naziv", "nazev", "nosaukums", "pavadinimas", "denumire",
                          "megnevezes"})
# ...and, the other way, French "nom" (the last name) beside "prenom" (QA52)
FIRST_NAMES = frozenset({"prenom", "firstname", "givenname", "vorname"})
# ...a first name's key that is a word in English ("ad") only beside its own language's last
# name ("ad" beside "soyad", not an "ad" beside "last_name": QA74)
PAIRED = {"ad": frozenset({"soyad", "soyadi", "soyisim"}),
          "adi": frozenset({"soyad", "soyadi", "soyisim"}),
          "isim": frozenset({"soyad", "soyadi", "soyisim"}),
          "onoma": frozenset({"eponymo", "eponimo", "epitheto"})}


def first_names(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """contact.name for the ``name`` beside a last name found in the same object (above)."""
    # (a form's "guest[apellidos]" is the key "apellidos" of the object "guest")
    names = [(object_path(f.path), norm_key(dotted_path(f.path).rpartition(".")[2]))
             for f in found if f.category == "contact.name"]
    beside: dict[str, set[str]] = {}
    for where, key in names:
        if key in LAST_NAMES or english_name(key) == "lastname":
            beside.setdefault(where, set()).add(key)
    firsts = {where for where, key in names if key in FIRST_NAMES}
    if not beside and not firsts:
        return []  # most requests: no name found
    have = {f.path for f in found if f.category == "contact.name"}
    out = []
    for leaf in decoded.leaves:
        key, where = norm_key(leaf.key), object_path(leaf.path)
        if leaf.path in have or type(leaf.value) is not str or not validate("name_word",
                                                                              leaf.text):
            continue
        paired = key not in PAIRED or bool(PAIRED[key] & beside.get(where, set()))
        what = ("a first name beside the person's last name"
                if (key in FIRST or (english_name(key) == "name" and key not in THINGS_NAMES))
                and where in beside and paired
                else "a last name beside the person's first name" if key == "nom"
                and where in firsts else "")
        if what:
            out.append(leaf_finding(exchange_id, leaf, "contact.name", 0.8,
                                    f"key '{leaf.key}' is {what}", "context.first-name"))
    return out


# The people of a call or a message named in a list: a participant's or a recipient's name
# beside that person's phone or e-mail in the same entry (blind11's call participants; a game
# lobby's participants are handles, a transfer's recipient a shop: QA56, no name alone counts)
PEOPLE_LISTS = frozenset({"participants", "recipients", "members", "invitedpeople"})


# ...and, in an object of its own, a ``name`` written as a person's full name beside the phone
# or the e-mail found there (blind61: a visitor's, a guest key's, an emergency contact's
# "name": "Rosa Morales"), not a business's or a place's ("Harbor Dental Clinic")
BUSINESS_WORDS = frozenset({"clinic", "dental", "pharmacy", "restaurant", "cafe", "café",
                            "hotel", "salon", "spa", "center", "centre", "school", "church",
                            "hospital", "market", "bakery", "garage", "repairs", "plumbing",
                            "solutions", "agency", "gym", "bar", "pub", "bistro", "kitchen",
                            "grill", "pizza", "deli", "motors", "auto", "hardware", "florist",
                            "realty", "properties", "partners", "associates", "foundation",
                            "academy", "institute", "university", "college", "labs", "lab",
                            "media", "group", "holdings", "international", "express",
                            "residential", "residence", "apartments", "homes", "rentals",
                            "lettings", "estates", "management"})
# ...and the same in the languages whose "name" keys are read (the tenth review: "Farmacia San
# José", "Boulangerie Martin", "Süleymaniye Camii", "Warung Makan Bu Sri" under nombre, nom,
# isim, nama); a person is rarely called by one of these words
FOREIGN_BUSINESS_WORDS = frozenset({
    "farmacia", "farmácia", "pharmacie", "apotek", "apteka", "eczane", "eczanesi", "drogaria",
    "botika", "boulangerie", "panadería", "panaderia", "padaria", "bakkerij", "pékség",
    "frutería", "ferretería", "taquería", "librairie", "traiteur", "trattoria", "taverna",
    "warung", "kedai", "kaffi", "parlour", "parlor", "fastigheter", "fastighet", "bostader",
    "kavárna", "bengkel", "kuaför", "frisør", "furra", "saidaliyat",
    "iglesia", "igreja", "parroquia", "paroisse", "paróquia", "gereja", "kerk", "gemeente",
    "camii", "mosquée", "masjid", "mosque", "lycée", "colégio", "colegio", "école", "escuela",
    "hostal", "pousada", "gîte", "transports", "transportes", "transportadora", "viação",
    "autobuses", "voyages", "viajes", "travels", "traders", "turizm", "mairie", "prefeitura",
    "municipal", "embajada", "ambassade", "banco", "banque", "aerolíneas", "cabinet",
    "praktijk", "huisartsenpraktijk", "vereniging", "polisportiva", "deportivo", "fotball",
    "spor", "verksted", "bilverksted", "fietsenmaker", "supermercado", "taxi",
    "centrale", "centro", "bomberos", "antiveleni", "vermelha", "organizacao",
    "associação", "asociación", "association", "société", "sociedad", "ltda", "sarl", "gmbh"})
# joined once here: the test below runs for every name leaf of every exchange
PLACE_WORDS = BUSINESS_WORDS | FOREIGN_BUSINESS_WORDS
# ...not in an object that is a place's, a business's or the app's own people's (a rental's
# "property.name": "Casa Flores", blind21; a shelter's "house.name", blind55; a supplier, a
# support agent's assignment, a publisher's contact, a pickup point: the QA90 review); other
# people the user names are labelled so by the blind sets (canvassed doors, safe people,
# references, a landowner: blind11, blind12)
NOT_PEOPLE_OBJECTS = frozenset({"property", "properties", "house", "home", "listing", "hotel",
                                "venue", "store", "shop", "business", "company", "organization",
                                "organisation", "agency", "clinic", "school", "restaurant",
                                "place", "building", "residence", "team", "club", "merchant",
                                "vendor", "brand", "app", "product", "device", "supplier",
                                "suppliers", "assignee", "agent", "agents", "publisher",
                                "seller", "sellers", "partner", "partners", "outlet",
                                "branch", "office", "firm", "carrier", "provider", "support",
                                # a wholesaler's depot (blind130: "depot.nkombo"); a
                                # mosque's, a church's, a team's, a pharmacy's, an
                                # operator's, a vessel's, a guild's, an item's (the tenth
                                # review; their words translated in rules/keys.toml)
                                "depot", "warehouse", "mosque", "church", "parish",
                                "temple", "pharmacy", "pharmacies", "embassy", "airline",
                                "bank", "workshop", "practice", "guild", "clan", "vessel",
                                "operator", "operators", "association", "accommodation",
                                "shops", "businesses", "item", "ad", "townhall",
                                "government", "bar"})


# ...nor an address book's or an invitation's entries, which the address-book rules read
# (blind32's "entries", blind34's "invite")
BOOKS = frozenset({"entries", "entry", "contacts", "invite", "invites", "invitees", "friends",
                   "addressbook", "phonebook"})


PERSON_ENDS = frozenset({"guest", "customer", "member", "user", "owner", "contact", "person",
                         "visitor", "patient", "client", "traveler", "traveller", "holder"})


def _peoples(where: str) -> bool:
    """The object a name sits in is none of the above by its words."""
    if not where:
        return True
    words = key_words(where.rpartition(".")[2].partition("[")[0])
    # (a business's word anywhere, "vendor_info", "branch_manager"; but a hotel's guest is a
    # guest, a club's member a member: the QA92 review)
    return not words or words[-1] in PERSON_ENDS or not NOT_PEOPLE_OBJECTS.intersection(words)


def named_beside_contacts(exchange_id: int, decoded: Decoded,
                          found: list[Finding]) -> list[Finding]:
    """contact.name for a ``name`` in an entry of the lists above that holds a phone or an
    e-mail found, or in any object beside them when it is written as a person's full name."""
    holders = {f.path.rpartition(".")[0] for f in found if f.category in CONTACTED}
    if not holders:
        return []
    have = {f.path for f in found if f.category == "contact.name"}
    out = []
    for leaf in decoded.leaves:
        where = leaf.path.rpartition(".")[0]
        if (where not in holders or leaf.path in have or type(leaf.value) is not str
                or english_name(norm_key(leaf.key)) not in ("name", "fullname",
                                                            "displayname")):
            continue
        if where.endswith("]") and norm_key(
                where.rpartition("[")[0].rpartition(".")[2]) in PEOPLE_LISTS:
            if validate("person_like", leaf.text):
                out.append(leaf_finding(exchange_id, leaf, "contact.name", 0.7,
                                        f"key '{leaf.key}' names a person listed with a phone "
                                        "or an e-mail", "context.named-participant"))
        elif validate("person_name", leaf.text) and PLACE_WORDS.isdisjoint(
                leaf.text.lower().split()) and _peoples(where) and not (
                where.endswith("]") and BOOKS.intersection(key_words(
                    where.rpartition("[")[0].rpartition(".")[2]))):
            out.append(leaf_finding(exchange_id, leaf, "contact.name", 0.7,
                                    f"key '{leaf.key}' holds a person's full name beside a phone "
                                    "or an e-mail", "context.named-beside-contact"))
    return out


PACKAGE_KEYS = frozenset({"package", "packagename", "bundleid", "bundle", "appid", "applicationid"})


def app_names(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without a name that is the app's own: the last label of the package name
    beside it in the same object (QA57: ``{"display_name": "LoopReel", "package":
    "com.example.loopreel"}``)."""
    labels: dict[tuple[str, str], set[str]] = {}
    for leaf in decoded.leaves:
        if norm_key(leaf.key) in PACKAGE_KEYS and type(leaf.value) is str:
            labels.setdefault((leaf.part, leaf.path.rpartition(".")[0]), set()).add(
                _letters(leaf.text.rpartition(".")[2]))
    if not labels:
        return found
    return [f for f in found if f.category != "contact.name"
            or _letters(f.value) not in labels.get((f.part, f.path.rpartition(".")[0]), set())]


def _letters(text: str) -> str:
    """Letters and digits only, lower-cased: "Jimmy John's" is the package's "jimmyjohns"."""
    return "".join(c for c in text.lower() if c.isalnum())
