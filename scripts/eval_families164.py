"""Hundred-and-sixty-fourth, BLIND labelled set for the classifier evaluation ("blind161"):
written without reading the classifier code, its rules, its decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check,
which runs no classifier) was run while writing and at the end. It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did
not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes
in roughly the proportions real captures have (158 first-party calls and 74 SDK calls, 232
exchanges, 1,733 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Bastia (Haute-Corse, Corsica, France; EUR, zone
Europe/Paris, her US SIM roaming) with her Corsican husband Ghjuvan Petru ("Petru") Santoni;
their son Lisandru (10) rides at a pony club in Biguglia; her mother-in-law Maria Santoni lives
in Ajaccio and uses a wheelchair; the family's stone house and chestnut grove are above
Piedicroce in the Castagniccia. This year she had breast-cancer surgery and radiotherapy in
Bastia and then a prescribed exercise programme. As a resident she has a French social security
number (NIR: 13 digits and the key 97 - n mod 97; born abroad, department 99, country 404), as
do her husband and son (born in Bastia, commune 2B033; ``2B`` counts as 18 in the key); her
French tax number has its check (the last three digits are the first ten mod 511); their IBAN
has valid RIB and IBAN checks. Seven app kinds (fictional names, hosts under example.* per RFC
2606, no real company named as sender), each with its own API whose keys are Corsican (corsu)
as a local developer writes them, accents dropped (``cita``, ``varieta``, ``chilo``), mixed
with English where real apps mix (``email``, ``id``, ``token``, ``lat``/``lng``, ``ssid``,
``grant_type``); each module's docstring lists its key words and meanings. Shared words:
``nome`` first name, ``casata`` surname, ``telefunu`` phone, ``parolla_secreta`` password,
``data_di_nascita`` birth date, ``sessu`` sex, ``indirizzu``/``carrughju`` address/street,
``cita`` town, ``paese`` village, ``codice_pustale`` post code, ``somma`` amount,
``pagamentu`` payment, ``fattura`` invoice, ``riservazione`` booking, ``pusizione`` position,
``ritrattu`` photo, ``testu`` text, ``messaghju`` message, ``ricerca`` search, ``utilizatore``
user, ``avvenimenti`` events, ``apparechju`` device, ``lingua`` language, ``fusu_orariu`` time
zone, ``eiu`` me. The apps:

- ``eval_families164_raghju.py`` "Raghju": a radiotherapy centre's patient app (her health);
- ``_cavallu.py`` "Cavallu": the son's pony club (the child's data);
- ``_forra.py`` "Forra": a canyoning guides' booking app (Bavella; the family's weights);
- ``_pasturu.py`` "Pasturu": a shepherd's cheese-box subscription and transhumance walk;
- ``_castagnu.py`` "Castagnu": a chestnut-flour cooperative where she is the member;
- ``_muvimentu.py`` "Muvimentu": a prescribed adapted-exercise programme after cancer;
- ``_machja.py`` "Machja": brush-clearing duty declarations and wildfire alerts.

All seven kinds are new in a file-name and docstring grep of ``scripts/`` ("radiotherapy",
"riding school", "equestrian", "canyon", "cheese", "shepherd", "transhum", "chestnut",
"wildfire", "forest fire", "fire risk", "brush clear", "prescribed exercise" and
"sport-health" matched nothing); near ones and how these differ are in each module's docstring
(thyroid-cancer and mammogram apps; a pony-trekking tour; dive and kayak-rental apps; a
lambing registry; olive, cotton and coffee cooperatives; physiotherapy and gyms; set 162's
volunteer firefighters' pager). An inheritance (co-heirs') app, first planned, was dropped: set
159 has one. The SDKs are ten new vendors, built once and called by every app with its own
events: ``_sdk.py`` (analytics "Metrimuflone", MMP "Traccastagna", OpenRTB 2.5 ads
"Bidlibecciu", crash reporting "Crashmaquis") and ``_svc.py`` (flags "Flagfiadone", push
"Pingcanistrelli", consent "Consentbrocciu", payments "Coinfigatellu", maps "Mapcintu", support
chat "Helpmirtu"); their code is set 151's SDK shapes with vendors, hosts, zone, country
(``FR``/``FRA``, region ``20R``, city Bastia) and currency changed (a grep of ``scripts/``
found none of the ten names). ``eval_families164_kit.py`` holds her places, people, IDs and the
apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/eiu`` GETs with JWT bearers; radiotherapy: the questionnaire (gzip), the
prescription PDF, sessions, her check-in fix, a protobuf skin and fatigue diary, a skin photo,
the medical taxi from home (5 decimals), a message to the radiotherapist, the chaplaincy, the
long-term-illness form (NIR), invoices by file number in the path, a parking pass, sharing
with her husband, a cookie GET; pony club: enrolling Lisandru (weight, height), his medical
certificate, lessons, the Easter camp (asthma), a pick-up by his grandmother, the gate fix, his
photo, an accident report (his and her NIR), results by licence in the path, a msgpack entry,
the SEPA membership (IBAN); canyon: the booking for three (weights, heights, the boy's age), a
deposit, the waiver (her recent surgery), the signature image, the meeting-point fix, a
protobuf beat and a msgpack queue in the canyon, the album by booking in the path, a tip, a
cancellation, a message quoting her phone; cheese: the subscription, pick-up fix at the stall,
a gift for her mother-in-law (her address), the transhumance walk (the boy's asthma), a
protobuf beat, JSON Lines fixes, invoices by subscriber number in the path, a base64 JSON
cookie; chestnuts: member sign-up (her and her husband's NIR), the grove's corners, her harvest
fix, a msgpack drying-house note, deliveries, the payout IBAN, the tax form (gzip, her tax
number), JSON Lines sync, the statement by member number in the path, a message naming her
husband, a flour order home; exercise: the prescription PDF, the assessment (gzip; weight,
six-minute walk, grip, heart rate), her gym fix, a protobuf watch workout, steps, diary, a
goal, progress by file number in the path, a msgpack reimbursement (NIR); wildfire: the
village house (6 decimals), the clearing declaration, photos with her fix, a green-waste
pick-up, a quote and payment, alert zones (2-decimal position), the fire risk where she stands
(3-decimal query), a protobuf position at home, "safe" (5-decimal strings), the household with
her mother-in-law's wheelchair, a smoke report with her fix and photo, the declaration by file
number in the path, a volunteer application (driving licence), the house's Wi-Fi for a smoke
sensor. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a
form field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed
e-mail and phone) and deep links (a URL in a JSON field with the booking and her e-mail);
OpenRTB bids (GPS at 2 decimals or IP geo) and notices; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON header); push subscribers; consent records and checks; card
tokens, confirmations and a wallet payout; geocoding, reverse geocoding (``lat,lon`` in the
path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, session, lesson, slot, class, alert, walk, drying-house and
order-line IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the radiotherapy centre's ID, name, phone, point, linac and taxi company; the pony
club's ID and point, ponies, level, helmet size; the canyon, meeting point, jump heights, guide;
the shepherd's fold, stall and its point, boxes, cheeses and recipes; the mill's ID, lots,
kilograms, moisture, variety, hectares, the cadastral parcel (no taxonomy type fits, like set
151's plate), a motion and its vote; the gym's ID and point, class and term; the fire station's
point, the contractor, the clearing radius and area, the smoke sensor's ID, the animals.

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory, LAN addresses and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, village, region, post code and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, invoices, bookings and orders
``financial.purchase``; card data, last four digits, payment-method IDs, card tokens and IBANs
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Petru) is not ``contact.name`` except where the text is
  about the child (Lisandru) or names a person with a surname; the child's full name always is;
- NIRs (hers, her husband's, her son's), her tax number and her driving licence number
  ``personal.national_id``;
- radiotherapy: the patient file number (body, JWT ``dossier``, query, URL path, protobuf) and
  the complementary-insurance member number ``health.medical`` (a medical record number, as set
  151's chart); diagnosis, side, surgery, medicines, allergies, skin grade, fatigue, the
  conventioned taxi and the long-term-illness code ``health.medical``; the prescription PDF
  and the skin photo ``content.media|health.medical``; her GP's and radiotherapist's names
  ``contact.name``; the chaplaincy's denomination ``personal.sensitive`` (religion);
- pony club: Lisandru is a data subject: his rider licence ``id.user`` (body, query, JWT
  ``zitelli``, URL path), name, birth date, sex, NIR; his weight and height ``health.fitness``;
  his asthma, allergies and the accident ``health.medical``; the medical certificate PDF
  ``content.media|health.medical``;
- canyon: weights and heights ``health.fitness``; the boy's age ``personal.birthdate``; the
  booking number ``financial.purchase`` (body, query, protobuf, deep link, URL path); the
  waiver's health answers ``health.medical``; her signature image ``content.media``;
- cheese: the subscriber number ``id.user``; the box price ``financial.purchase``;
- chestnuts: the member number ``id.user``; the grove's corners and her harvest fix
  ``location.precise`` (the family's land), the mill's point a negative; the delivery value and
  her declared income ``financial.purchase`` (her sales, as set 151's excise revenue);
- exercise: the programme file number ``health.medical`` (a care record); weights, walk
  distance, grip, heart rates, kilocalories, minutes and steps ``health.fitness``; the fitness
  goal ``content.text|health.fitness``; searches naming her cancer or her radiation
  dermatitis (also in Raghju) ``behavior.search|health.medical``;
- wildfire: the declaration file ``id.user``; the village house's point and her fixes
  ``location.precise``; her mother-in-law's wheelchair ``personal.sensitive|health.medical``
  (disability, as set 159's wheelchair access); the house's Wi-Fi ``location.wifi``, its LAN
  address ``device.info``;
- SDKs: Traccastagna's ``country`` ``location.coarse`` and ``roaming`` ``device.info``;
  OpenRTB geo country, region (``20R``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md's path notes (stated honestly): ``eval_payloads.py``;
``eval_families151.py`` and all its modules (template; ``_sdk.py``/``_svc.py`` copied here with
``sed`` renames); the signatures and constants of the helpers they import
(``eval_families6_kit`` ``raw``/``multipart``/``pb``, ``_7_kit`` ``enc``, ``_8_kit``
``report``, ``_10_kit`` ``add``, ``_17_kit`` exports, ``_18_kit`` ``sjwt``/``FIT``/``NATID``,
``_19_kit`` ``EMAIL_MIXED``, ``_20_kit`` ``App``/``ev``/``opaque``, ``_21_kit``
``at_path``/``sdk_uid``, ``_22_kit`` ``lines``/``sdk_uuid``, ``_24_kit``
``head``/``claims``/``rid``/``sdk_id``); module docstrings of ``scripts/eval_families*.py``
(extracted to a scratch file and grepped for the app kinds and the vendor names; the openings
of sets 152-163's docstrings read). No classifier, rule, decoder, test, README or evaluation
script was read or run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families164_castagnu
import eval_families164_cavallu
import eval_families164_forra
import eval_families164_machja
import eval_families164_muvimentu
import eval_families164_pasturu
import eval_families164_raghju
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path was produced by the decoders at the last run of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families164_raghju.raghju(), *eval_families164_raghju.raghju_sdks(),
            *eval_families164_cavallu.cavallu(), *eval_families164_cavallu.cavallu_sdks(),
            *eval_families164_forra.forra(), *eval_families164_forra.forra_sdks(),
            *eval_families164_pasturu.pasturu(), *eval_families164_pasturu.pasturu_sdks(),
            *eval_families164_castagnu.castagnu(), *eval_families164_castagnu.castagnu_sdks(),
            *eval_families164_muvimentu.muvimentu(),
            *eval_families164_muvimentu.muvimentu_sdks(),
            *eval_families164_machja.machja(), *eval_families164_machja.machja_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
