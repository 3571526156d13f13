"""Hundred-and-seventieth, BLIND labelled set for the classifier evaluation ("blind167"): written
without reading the classifier code, its rules, the decoders, the tests or the README, and never
run through a classifier by its author; ``main`` (the project's decoder path check) was run at
the end (its first run exited 0; after six more first-party calls were added, a NameError in this
set's own code (an import that ``ruff --fix`` had removed) was fixed, and the final run exits 0). It is to be scored once,
by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author
did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (158 first-party calls and 75 SDK calls, 233 exchanges, 1,730
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She (Jane Doe) is Dine: her mother's family is from the St. Michaels / Window Rock
area of the Navajo Nation (Arizona); she grew up in New York and moved back in 2024 with her Dine
husband Leon Yazzie and their son Kaden (10) to a homesite off Navajo Route 12; she works in
Window Rock, shops in Gallup (New Mexico) and looks after her maternal grandmother Ella Tsosie
(85) in a hogan near Sawmill. Her US SIM is at home (MCC/MNC 310/260, no roaming); the zone is
America/Denver (the Nation keeps daylight time). Seven app kinds (fictional names, hosts under
example.* per RFC 2606, no real company named as sender), each with its own API whose keys are
Navajo (Dine bizaad) without diacritics or glottal stops, mixed with English (``id``, ``token``,
``census``, ``ssn``) as a local developer writes them; several keys are coinages, stated as such:

- ``eval_families170_rodeo.py`` "Liizhini", all-Indian rodeo entries (she runs barrels, her
  husband ropes, their son enters junior breakaway; her CIB on file);
- ``_chapter.py`` "Naabikiyati", the chapter house (local government): registration with her
  census number and four clans, meeting sign-in, a resolution vote, the homesite lease, a
  power-line extension, heating assistance, a road report;
- ``_propane.py`` "Kodzil", bulk propane delivered to the homesite's tank (gauge readings, gate
  combination, energy assistance with her SSN);
- ``_water.py`` "Tolikan", testing their windmill well for uranium and arsenic (sample, custody,
  exposure survey, results shared with a clinician);
- ``_elder.py`` "Shimasani", a senior center's meals, wellness visits, wood and coal hauling and
  clinic rides for her grandmother (the elder is the data subject);
- ``_silver.py`` "Beeshligaii", her husband's silversmith shop on a Native-artist marketplace (his
  census number and clan for the Indian Arts and Crafts certification; she is the seller);
- ``_trading.py`` "Naalyehe", a trading post's charge account, groceries, hay, rug consignment,
  pawn, check cashing, rural mail and wool buying.

Key words (meanings; the app modules list theirs): ``bizhi`` name (bizhi' "his/her name"),
``bizhi_naaki`` surname ("second name", a coinage), ``beesh_naaltsoos`` e-mail ("metal letter"),
``beesh_bee_hane`` phone ("metal one tells by"), ``bee_adaalkaal`` password (a coinage, "that
which locks"), ``dizhchi`` birth date ("was born"), ``naahai`` age (winters), ``hastiin_asdzaan``
sex ("man/woman"; values ``asdzaan`` woman, ``ashkii`` boy), ``census`` enrollment number,
``doonee`` clan, ``bashishchiin`` born-for clan, ``dabicheii`` / ``danalii`` grandfathers' clans,
``hooghan`` home (street line), ``hooghan_bitiin`` directions home, ``hooghan_keyah`` homesite
lease, ``hoolye`` town ("it is called"), ``nahookos`` latitude ("north"), ``haaaah`` longitude
("east"), ``ji`` day, ``aheeilkid`` time, ``beeso`` money / amount, ``bike`` payment / price,
``nahaazhne`` sale, ``naalyehe`` goods / order, ``hane`` message, ``hadinitaa`` search ("looking
for"), ``naalniih`` illness / injury, ``azee`` medicine, ``ashiih_likan`` blood sugar, ``dil``
blood, ``chiyaan`` food, ``chizh`` firewood, ``leejin`` coal, ``tloh`` hay, ``aghaa`` wool,
``diyogi`` rug, ``yoo`` jewel, ``beesh_ligaii`` silver, ``dootlizhii`` turquoise, ``atsidi``
silversmith, ``lii`` horse, ``tlool`` rope, ``bil_tlool`` roping partner, ``shiyaazh`` my son,
``amasani`` a grandmother, ``sitsoi`` my grandchild, ``ba_naalnishi`` care worker, ``to`` water,
``to_haali`` water source, ``leetso`` uranium, ``naaldlooshii`` livestock, ``dibe`` sheep,
``tozis`` tank, ``nilchi_ko`` propane (a coinage, "air fire"), ``nayiijaah`` delivery,
``alah_aleeh`` meeting, ``atsiniltish`` electricity, ``analwo`` assistance, ``atiin`` road,
``dine`` people / household members, ``saad`` language, ``naanish`` job, ``bee_eehozinii`` ID
document, ``dine_naaltsoos`` member card, ``tab`` charge account.

The app kinds are new (a file-name and docstring grep of ``scripts/``): "rodeo", "chapter
house", "propane", "uranium", "well water", "senior cent", "silversmith" and "trading post"
matched nothing. Close kinds made different: sets 96 and 139 deliver LPG cylinders in cities
(here a rural bulk tank); sets 126 and 138 deliver water (here a private well is tested); set 142
pawns gold in a city (here pawn is one service of a rural trading post); files of sets 109, 129
and 131 mention weaving (here a rug is one consignment); many sets have caregiving apps (here a senior
center's meals and hauling); set 151 has her selling wine (here silver, with the artist's
enrollment certified). The SDKs are ten new vendors, built once and called by every app with its
own events: ``_sdk.py`` (analytics "Tallymesa", MMP "Trackcanyon", OpenRTB 2.5 ads "Bidbutte",
crash reporting "Crashpinon") and ``_svc.py`` (flags "Flagsage", push "Pingsandstone", consent
"Consentyucca", payments "Coinarroyo", maps "Mapchuska", support chat "Helphogan"); their code is
set 151's SDK shapes with the vendors, hosts, zone, country (US), region (AZ), city (Window
Rock), currency (USD) and roaming (false) changed, and Coinarroyo pays out by ACH (routing and
account numbers) instead of mobile money (a grep of ``scripts/`` found none of the ten names;
"flagjuniper", first considered, matched two files and was dropped). ``eval_families170_kit.py``
holds her identity numbers, places, people and the businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/shi`` ("me") GETs with JWT bearers (claims: member card, census number, account, household,
seller, tab, client list), profile edits, payments (card method IDs, last four, ACH), uploads
(CIB and licence scans, a survey PDF, photos, a signature, a power of attorney, a check image),
searches, messages, crash envelopes, analytics batches (gzip), MMP installs and events with
hashed e-mail and phone, a deep link, OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and
notices, consent records and checks, push subscribers, flags (JSON and a base64 JSON header),
maps (geocoding, reverse geocoding with ``lat,lon`` in the path, routes, telemetry), support
chat with a signed identity JWT and attachments; protobuf bodies (a rodeo run beat, tank gauge
readings, an elder's wellness visit, a trading-post beat), msgpack (a stall booking, a silver
order), JSON Lines (cash sales synced, offline analytics, crash envelopes); values in URL paths
(member number, entry, census number, order, client number, seller number, tab), query strings,
cookies and headers.

Negatives are implicit: request, check-in, run, entry-line, sample, source, visit, delivery,
thread and commission IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the rodeo grounds', chapter house's, depot's, lab's, senior center's,
trading post's and market's IDs, names, phones and points; the horse (its name, age, Coggins
date), stalls, the draw, run times; resolution and meeting IDs, acres, pole distance; the leased
tank's ID, size, gauge level and temperature, the price per gallon; well depth, livestock counts;
catalogue items and prices (jewellery, groceries, hay per bale, wool per pound, the rug's asking
price), SKUs; the shop's name; the supplier; the money order's payee (a government office).

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory, LAN addresses and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS codes, a gate combination, bearer, refresh and session tokens,
client secrets ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, chapter, state, ZIP code and country ``location.coarse``; street
lines, PO boxes and typed directions to a home ``contact.address``; amounts, totals, fees,
entries, orders, pawn tickets, sales and payouts ``financial.purchase``; card data, last four
digits, payment-method IDs, routing and account numbers and a check image ``financial.payment``;
another person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL
path ``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too; positions at 2 decimals ``location.coarse``, at 3 or more
``location.precise`` when the point is hers (home, homesite corners, well, grandmother's hogan,
her fixes), a negative when it is a business's or the Nation's.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Leon, Kaden) is not ``contact.name``; a full name is;
- ethnicity: tribal enrollment facts other than the number (blood quantum, "Navajo Nation" as
  her or the artist's nation, the four clans, "Dine" in the artist credit) ``personal.sensitive``;
  census (enrollment) and CIB numbers ``personal.national_id``, like the SSN, her Arizona driver
  licence and the grandmother's Medicare number; CIB scans ``content.media|personal.national_id|
  personal.sensitive``, the licence scan ``content.media|personal.national_id``; the
  grandmother's language ("Dine bizaad") and the users' ``nv`` locales are not ethnicity
  (``device.info`` for locales, the language value unlabelled);
- chapter: her vote on a resolution and her comment explaining it ``personal.sensitive``
  (political opinion); the ``voter`` flag, her job title and household income unlabelled (no
  taxonomy type fits income; set 151 left a plate unlabelled for the same reason);
- rodeo: the member card ``id.user``; the son's name, birth date, age, sex and census number are
  labelled (a data subject); an injury ``health.medical``; the W-9's SSN ``personal.national_id``;
- propane: the account ``id.user``; household ages ``personal.birthdate``; the son's asthma
  ``health.medical``; the gauge bridge's home SSID/BSSID ``location.wifi``;
- water: the household account ``id.user``; the well's point ``location.precise`` (their land);
  the exposure survey's illness and pregnancy answers ``health.medical`` (as set 151's bath
  declaration); the results GET by sample ID in the path is a negative (a lab sample); the
  nephrology letter ``content.media|health.medical``;
- elder: the grandmother is a data subject: her name, birth date, census and Medicare numbers,
  phone, directions to and point of her hogan, client number (``id.user``, body, JWT list, query,
  URL path, protobuf); conditions, medicines, allergies, vitals, diet, ride purpose
  ``health.medical``; "uses a walker" ``health.medical|personal.sensitive`` (disability); a foot
  photo ``content.media|health.medical``;
- silver: the seller number ``id.user``; the husband's census number and CIB ``personal.*``; the
  sales-tax gross, sheet-silver order and cash sales ``financial.purchase``;
- trading post: the tab ``id.user``; the utility account ``id.user`` (her account elsewhere); the
  pawn ticket ``financial.purchase``; the check image ``content.media|financial.payment``;
- SDKs: Trackcanyon's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``AZ``) and city ``location.coarse``.

Looked at (stated honestly): /work/shared/TAXONOMY.md, the path-notation lines of
/work/shared/DESIGN.md (a grep for "path"), ``eval_payloads.py`` (the profile, ``L``/``W``/``U``/
``J``, ``resolve``, ``case``), ``eval_families151.py`` and all its modules (the template: its
``_sdk.py``/``_svc.py`` were copied with renames into this set's), the constant and function
names of ``eval_families17_kit``, ``_19_kit``, ``_20_kit``, ``_21_kit``, ``_22_kit``,
``_24_kit`` (and the bodies of ``head``, ``claims``, ``rid``, ``sdk_id``, ``at_path``) and the
sources of ``raw``, ``multipart`` and ``pb`` in ``eval_families6_kit`` and of ``enc``, ``add``,
``sjwt``, ``lines`` and ``report``'s head, plus grep lines naming constants in kits 6 to 19; the first lines of the docstrings of sets 135, 155,
156, 128, 167, 126, 138, 29, 142 and 139 (to keep the kinds new) and file-name and docstring
greps of ``scripts/`` for kinds and names. No classifier, rule, decoder, test or README was read
or run; ``ruff check --select F`` ran on these files (``--fix`` removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families170_chapter
import eval_families170_elder
import eval_families170_propane
import eval_families170_rodeo
import eval_families170_silver
import eval_families170_trading
import eval_families170_water
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main`` exits 0 on the final set: no decoder gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [
        *eval_families170_rodeo.liizhini(),
        *eval_families170_rodeo.liizhini_sdks(),
        *eval_families170_chapter.naabikiyati(),
        *eval_families170_chapter.naabikiyati_sdks(),
        *eval_families170_propane.kodzil(),
        *eval_families170_propane.kodzil_sdks(),
        *eval_families170_water.tolikan(),
        *eval_families170_water.tolikan_sdks(),
        *eval_families170_elder.shimasani(),
        *eval_families170_elder.shimasani_sdks(),
        *eval_families170_silver.beeshligaii(),
        *eval_families170_silver.beeshligaii_sdks(),
        *eval_families170_trading.naalyehe(),
        *eval_families170_trading.naalyehe_sdks(),
    ]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
