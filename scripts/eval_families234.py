"""Two-hundred-and-thirty-fourth, BLIND labelled set for the classifier evaluation ("blind231"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run six times at the end (the first run named one labelled path the decoders do not
produce, a repeated protobuf field in the fish diary of this set's own making, renumbered before
the second; the later runs followed small label, import-formatting and docstring edits, and all
five exited 0). It is to be scored once, by the lead, on the
final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (151 first-party calls and 79 SDK calls, 230 exchanges, 1,725
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Paramaribo (Suriname) with her Saamaka husband Kodjo Adjaiso, her US
SIM roaming on a Surinamese network; their son Kwamina Adjaiso (10) is at a primary school in
Flora and plays draughts; her mother-in-law Ajoeba Adjaiso lives in Tutubuka (a fictional Saamaka
village upriver from the Atjoni landing on the upper Suriname River), her sister-in-law Seena
Adjaiso in Paramaribo (all fictional). Seven app kinds (fictional names, hosts under example.*
per RFC 2606, no real company named as sender), each with its own API and the SDKs it embeds.
The APIs' keys are Saramaccan, ASCII-folded as a local developer writes them (``nëën`` ->
``neen``), mixed with the English words APIs keep (``email``, ``token``, ``id``, ``status``,
``refresh_token``, ``lat``/``lng``) and Dutch/Sranan loans where natural (``distrikti``,
``kontrakt``, ``kwitansi``, ``afspraak``, ``winkel``). Words: ``neen`` first name, ``famii_neen``
surname, ``telefon`` phone, ``kibi_woto`` password (lit. "hidden word"), ``kode`` SMS code,
``paidaka`` birth date ("give-birth day"), ``womi_mujee`` sex (``womi`` man/boy, ``mujee``
woman), ``adeesi`` street line, ``kamian`` town/place, ``konde`` village, ``distrikti``
district, ``pasipoti`` passport, ``ID_nomba`` / ``ID_pampia`` ID number / document, ``manu``
husband, ``mii`` child, ``sembe`` person, ``lo`` / ``lo_nomba`` clan / register number,
``kuutu`` council, ``goon`` land, ``tjusi`` the petition's choice, ``sikifi_neen`` signature
("write the name"), ``boskopu`` message, ``suku`` search, ``moni`` amount, ``hii_moni`` total,
``paka`` payment, ``fosi_paka`` / ``paka_liba`` down payment / monthly instalment, ``liba``
month, ``daka`` day, ``jaa`` year/age, ``juu`` hour, ``banku_nomba`` bank account, ``bai``
order/purchase, ``seli`` sales, ``seeka`` booking, ``tja_go`` delivery, ``siki`` illness,
``deesi`` medicine, ``dataa`` doctor, ``bee`` pregnant ("belly"), ``uwii`` hair, ``fisi`` fish,
``njan`` meals, ``hebi`` weight, ``lai`` cargo, ``sindo_kamian`` seat, ``pe_a_de`` where she is,
``fou`` bird, ``leima`` trainer/guide, ``apaati`` device, ``tongo`` language, ``sani`` items /
events. The apps:
- ``eval_families234_goon.py`` "Goonkaati": a Saamaka community's land-rights mapping and lo
  (clan) register (her husband's lo Matjau: ethnicity; the petition and the council: politics);
- ``_dam.py`` "Dampee": the son's draughts club (the child's data);
- ``_paka.py`` "Pakapiki": a hire-purchase appliance and outboard store (money: credit
  application, contract, instalments);
- ``_kwik.py`` "Kwikitesi": a mercury-exposure study (hair tests, a fish diary: her health data
  and the son's);
- ``_opolani.py`` "Opolani": bush-plane seats and cargo to interior airstrips (body weights);
- ``_kasaba.py`` "Mamakasaba": the Tutubuka women's cassava-bread group, she its town
  coordinator (orders, shipments, payouts);
- ``_fou.py`` "Fouluku": a birders' checklist app (her fixes, recordings, a guide).
Newness (a file-name and docstring grep of ``scripts/eval_families*``, every set present): "land
right(s)", "land claim", "maroon", "saamaka", "suriname" matched nothing ("clan" matches sets
138, 147, 157 and "customary" land leases appear, so Goonkaati is a boundary-mapping and title
petition app with a clan register); "draughts", "checkers", "dam club" nothing (chess apps in
103 and 127); "hire-purchase", "credit store", "furniture store" nothing ("hire purchase" one
mention in set 229); "mercury", "hair sample", "biomonitor", "fish consumption" nothing; "bush
plane", "small plane", "light aircraft", "charter flight" nothing (airlines in 22, 29, 220, an air
taxi in 209); "cassava bread", "manioc", "kwaka" nothing ("cassava" a product in 114); "birding",
"bird watch", "birder", "ornitholog" nothing (set 153 is a songbird contest). Dropped because
earlier sets have them: a river-boat passage (113, 144 water taxi), rotating savings (susu,
tontine), a community Wi-Fi voucher (173), rabies shots (142), songbird contests (153),
woodcarving (178), funerals, a Moravian church (209). The SDKs are ten new vendors, built once
and called by every app with its own events: ``_sdk.py`` (analytics "Tellipasi", MMP
"Trakkonde", OpenRTB 2.5 ads "Bidsnesi", crash reporting "Crashkaaba") and ``_svc.py`` (flags
"Flagpangi", push "Pingapinti", consent "Consentkuutu", payments "Coinparbo", maps "Maplio",
support chat "Helptaki"); their code is set 151's SDK shapes with vendors, hosts, zone
(America/Paramaribo), country (SR/SUR), region, currency (SRD) and payout account changed (a
grep of ``scripts/`` found none of the ten names nor the seven app names).
``eval_families234_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/mi``-style GETs with JWT bearers, refresh tokens at log-out; land: the household in the lo
register (husband, son, mother-in-law with their lo), a village search, the boundary walk (her
fixes as a JSON array), a protobuf walk beat, an offline waypoint queue (msgpack), the family's
farm plot polygons (gzip), a sacred tree's photo with a caption, an elder's testimony (audio, the
elder's name), the council attendance with her fix (4 decimals), the petition signed with her
residence permit, a legal-fund donation, a message naming her husband and quoting her phone, the
register card by number in the path, notes synced (JSON Lines), a base64 JSON cookie, the
council agenda and a register search; draughts: the parent sign-up, the son registered (ID
number, asthma), the fee and payment, schedule, a game upload (PDN), puzzle progress, a
check-in at the club hall (5 decimals), a trophy photo, a message to the trainer (fever,
asthma), a pick-up authorisation for his aunt, photo consent, his rating by member number in the
path, an away tournament (msgpack), its health form (gzip), results, a search, events under a
session cookie; store: catalogue search, cart (msgpack), credit application (residence permit,
husband as guarantor, bank account), ID-card photo, contract signature, the order, a down
payment, delivery split between home and the Atjoni landing, tracking, the schedule by contract
number in the path, an instalment with base64 JSON in a form field, receipt by cookie, a
complaint with a photo, credit limit, a store locator; mercury: enrolment (pregnancy question),
consent signature, questionnaire (gzip), the hair kit to her address, the sample handed in at the
health post with her fix, a protobuf fish diary, a JSON Lines diary, the result by study number
in the path, the result acknowledged, the son's sample, fish advice, a search, where the fish was
caught, a message to the study doctor, a video room, an appointment, kit status, reminders; bush
plane: sign-up with her passport, a flight search, seats for three with weights and the son's
age, cargo for her mother-in-law, payment, the load sheet (msgpack), an emergency contact, the
boarding pass by booking code in the path, check-in at the airstrip (4 decimals), a message
quoting her mother-in-law's name and phone, the destination's weather, a bag claim photo, a
receipt by cookie; cassava bread: coordinator sign-up with her bank account, a baking day with
her fix in the village, prices, a product photo, a customer's order (the customer typed by her),
a shipment from Atjoni (5 decimals), a market day's sales (msgpack), payouts to the women (her
mother-in-law), a stock sync (JSON Lines), sales by coordinator number in the path, a message to
the bus driver quoting her phone, the monthly report (gzip), order status; birding: a checklist
with her fix, a species search, a song recording with its point (6 decimals), a photo, an
offline queue from the boat (msgpack), a protobuf track beat, hotspots near her house (3
decimals in the query), a rare-bird alert by district, a message to a guide, the guide booked
and paid, her life list by observer ID in the path, the checklist shared with her husband, a
base64 JSON cookie, yearly stats. Every app: push registration and events. SDKs: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline
queues (JSON Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and phone)
and a deep link (a URL in a JSON field with the booking and her phone); OpenRTB bids (GPS at 2
or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations
and a mobile-wallet payout to her mother-in-law; geocoding, reverse geocoding (``lat,lon`` in the
path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, walk, game, slot, list, line, thread and appointment IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
council shelter's ID and point, the creek-mouth landmark, the petition ID, the count of walkers;
the club's ID, hall point and phone, the opponent's member number, PDN moves and the result, the
school's name and class; the store's ID and point, SKUs and catalogue prices, the landing's
point, the months of the plan; the health post's ID and point, fish species in the advice query,
the result's ID; the airstrips' codes and points, the plane, the load-sheet ID, bag and cargo
kilograms, seat numbers; the group's ID, bakehouse point, bus line name and phone, the boat ID,
loaves, kilograms and prices, another member's ID and payout; the hotspot's ID, species names and
counts, the walk's length and minutes.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element
and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town,
district, village, region and country ``location.coarse``; street lines ``contact.address``;
amounts, totals, fees, fares, bookings, contracts and orders ``financial.purchase``; card data,
last four digits, payment-method IDs and bank accounts ``financial.payment``; another person's
name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Kodjo, Ronald) is not ``contact.name`` except where the text
  is about the child (Kwamina to his trainer) or names a person with a surname; the son's full
  name always is; "Jane D." (her public name) is;
- land: her lo, the household members' lo, "wife of a Saamaka man", the council kind, the
  petition's statement, the legal fund, the analytics trait and the push tag
  ``personal.sensitive`` (ethnic origin
  and political opinion); the register number ``id.user``; her boundary fixes and her
  mother-in-law's farm plot corners ``location.precise`` (the family's land, as set 151's
  vineyard), the creek-mouth landmark and the council shelter negatives; the elder's testimony
  ``content.media`` and his name ``contact.name``; a caption about the ancestors' tree and a note
  about the clan's land ``content.text|personal.sensitive``; her residence permit on the
  petition ``personal.national_id``; a register search for her husband's family
  ``behavior.search|contact.name|personal.sensitive``;
- draughts: Kwamina is a data subject: ID number ``personal.national_id``, member number
  ``id.user`` (body, query, JWT ``miinu``, URL path), name, birth date, sex (``womi``), asthma,
  medicine, peanut allergy ``health.medical``; the club's stored puzzle count ``behavior.usage``;
  his GP's name typed by her ``contact.name``; the school's name is unlabelled;
- store: the customer number ``id.user``; the contract number ``financial.purchase``; her
  residence permit ``personal.national_id``; the ID-card photo ``content.media|
  personal.national_id``; her workplace and monthly pay in the credit application are left
  unlabelled (no taxonomy type fits; an auditor could mark them); the delivery place "Atjoni"
  and a store-locator town filter ``location.coarse``; the husband as guarantor ``contact.*``;
- mercury: the study number (body, JWT ``studi``, URL path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart) and so the hair kit barcodes; the pregnancy answer
  ``health.medical|personal.sensitive``; the fish-meal counts, species eaten, years on the river,
  amalgam fillings, symptoms, the hair length and the mercury result ``health.medical`` (exposure
  history in a health study); a search about fish and pregnancy ``behavior.search|
  health.medical``; where her husband caught the fish ``location.precise`` (a family place);
- bush plane: the passengers' body weights ``health.fitness`` (as set 151's riders); the son's
  age ``personal.birthdate``; her passport ``personal.national_id``; the passenger ID in the JWT
  and query ``id.user``;
- cassava bread: the coordinator number ``id.user``; the group's sales, the market day and the
  monthly report totals ``financial.purchase`` (her sales, as set 151's excise revenue); the
  customer's name and phone ``contact.*`` (typed by her); the payout to her mother-in-law names
  her (``contact.*``) while its amount and another member's payout are unlabelled;
- birding: the observer ID ``id.user``; her checklist point, recording point, boat fixes and
  track ``location.precise``; species are negatives; the guide's booking ``financial.purchase``;
- SDKs: Trakkonde's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``PM``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``eval_families151.py`` and all its modules whole
(``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``,
``_kit``, ``_sdk``, ``_svc``; its ``_sdk``/``_svc`` copied with renames into this set's);
``eval_payloads.py`` whole; TAXONOMY.md whole; DESIGN.md's ``report.json`` section (a grep with
40 lines of context, which also showed the command-line block after it); definitions and
signatures only in ``eval_families6_kit`` (``raw``, ``multipart``, ``pb``), ``17_kit`` (its import
list, constants, ``__all__``, ``push_token``), ``18_kit``, ``19_kit`` (constants), ``20_kit``
(``App``, ``ev``, ``opaque``, constants), ``21_kit`` (``at_path``, ``sdk_uid``), ``22_kit``
(``lines``, ``sdk_uuid``) and ``24_kit`` (``rid``, ``sdk_id``, ``head``, ``claims``), listed by a
grep of their top-level names; the module docstrings of every ``scripts/eval_families*.py``
(extracted with ``ast`` into a scratch file and searched for candidate words, reading the
matching sentences of sets 133, 144, 195, 209, 220 and 73); a case-insensitive ``grep -ril`` of
``scripts/`` for the ten vendor names, the seven app names and two family names (file names
only, all empty: this read whole files, beyond docstrings, but printed nothing of them); ``git
status --short`` (file names only). ``eval_families21.py`` was imported, not read. No
classifier, rule, test or decoder was read or run; ``ruff check --select F`` ran on these files
(and removed three unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families234_dam
import eval_families234_fou
import eval_families234_goon
import eval_families234_kasaba
import eval_families234_kwik
import eval_families234_opolani
import eval_families234_paka
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the run of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families234_goon.goonkaati(), *eval_families234_goon.goonkaati_sdks(),
            *eval_families234_dam.dampee(), *eval_families234_dam.dampee_sdks(),
            *eval_families234_paka.pakapiki(), *eval_families234_paka.pakapiki_sdks(),
            *eval_families234_kwik.kwikitesi(), *eval_families234_kwik.kwikitesi_sdks(),
            *eval_families234_opolani.opolani(), *eval_families234_opolani.opolani_sdks(),
            *eval_families234_kasaba.mamakasaba(), *eval_families234_kasaba.mamakasaba_sdks(),
            *eval_families234_fou.fouluku(), *eval_families234_fou.fouluku_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
