"""Hundred-and-ninety-sixth, BLIND labelled set for the classifier evaluation ("blind193"):
written without reading the classifier code, its rules, its decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check,
which runs no classifier) was run to check the paths. It is to be scored once, by the lead, on
the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (157 first-party calls and 74 SDK calls, 231
exchanges, 1,732 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She (the profile's Jane Doe) lives in Yakutsk (Sakha Republic, Russia) with
her Sakha husband Ayaal Nikiforov and their daughter Sardaana (8), her US SIM roaming; she works
fifteen-day rotations as a mine surveyor at an open-pit coal mine near Neryungri. Her husband's
mother Varvara Nikiforova keeps the family farm's horses in Ulakhan-An, a village on the right
bank of the Lena; his brother Nyurgun collects mammoth ivory in the north under the family's
licence. Money is in roubles; Russian identifiers are computed with their check digits (SNILS
mod 101, the 12-digit INN's two check digits, Luhn for the Mir cards and the unit's IMEI, the
rouble account's key digit against its BIC; ``eval_families196_kit.py`` lists them).

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Sakha (Yakut) in Latin letters as a Yakutsk
developer types them (o for ö, u for ü, g for ҕ, ng for ҥ, h for һ, y for ы, kh for х, ch for ч,
dy for дь), mixed with Russian loans (``snils``, ``inn``, ``pasport``, ``grafik``, ``bron``,
``nalog``) and English where real apps use it (``email``, ``token``, ``id``, ``lat``/``lon``,
``push_token``, OAuth fields):
- ``eval_families196_buor.py`` "Buor Kyyl": a mammoth-ivory finds registry and sale (she keeps
  the family's collecting licence account);
- ``_shakhta.py`` "Shakhta Smena": the coal mine's rotation app (pre-shift medical kiosk, union
  membership, sick leave, body measurements for work clothes);
- ``_kyhyn.py`` "Kyhyn Suol": winter-road and Lena ice-crossing trip registration with an SOS
  (the family's drive to the village: her husband's passport, the child);
- ``_sylgy.py`` "Sylgy Uore": the family farm's free-ranging Yakut horse herd (collars, foals,
  the hay meadow, meat and kymys sales, a subsidy; the family's ethnic group);
- ``_khomus.py`` "Khomus Uus": a khomus (jaw harp) smith's workshop and school where Sardaana
  learns (the child's data);
- ``_itiit.py`` "Itiit Motor": an engine pre-heater and remote-start controller with heated
  garage boxes;
- ``_archy.py`` "Archy Dyiete": the Aiyy faith house's rites, blessings and Ysyakh offering (her
  religion).
Novelty (docstrings of every ``scripts/eval_families*.py`` extracted with ``ast`` and searched,
code not read): "mammoth", "ivory", "tusk", "fossil", "winter road", "ice road", "zimnik",
"khomus", "jaw harp", "aiyy", "algys", "tengri", "shaman", "vakhta", "preheat", "yakut",
"Neryungri" matched nothing. Neighbours made different: set 171 (Tatarstan, also Russia) has
ice fishing on foot, a union perks desk, a hydrofoil and fines; here the ice is a road, the
union is one fact in a mine's rotation app. Set 77's trawler crew roster and set 54's cab
pre-shift face check are the nearest to the mine (here: a medical kiosk's readings, a lamp room,
survey points, rotation flights). Horses: set 117 delivers kymyz to a flat, set 169 is a stud
book, sets 77 and 81 ride and bet; here a herd's collar map and a farm's sales. Cars: sets 8 and
34 are makers' connected-car apps; Itiit is an aftermarket pre-heater whose rules are
temperatures. Music lessons exist in many sets; none for a jaw harp forged to order. Religion
apps exist for churches, temples and mosques; none for the Sakha Aiyy faith. The shared key
words: ``aata`` name, ``familiyata`` surname, ``telefon`` phone, ``kistelen_tyl`` password
(lit. "secret word"), ``kod`` code, ``toroobut_kun`` birth date, ``er_dakhtar`` sex
(``dakhtar`` woman, ``kyys`` girl), ``aadyrys`` street line, ``kuorat`` city, ``ulus`` district,
``nehilieke`` village (nasleg), ``kergen`` spouse, ``ogo`` child, ``saas`` age, ``sir`` place,
``suuma`` amount, ``tolobur`` payment, ``kaarta_4`` card's last four, ``schet`` account,
``sakaas`` order, ``atyy`` sale, ``suruk`` message, ``sanaa`` remark, ``bal`` rating, ``kordoo``
search, ``khartyyna`` photo, ``doruobuya`` health, ``chilien`` member, ``tuttaachy`` user,
``teril`` device, ``tyl`` language, ``kem_zona`` time zone, ``tugennar`` events, ``ekraan``
screen, ``min`` "me" (the ``/min`` route), ``suruttaryy`` registration, ``kiir`` log-in,
``tagys`` log-out; each module's docstring lists its own. The SDKs are ten new vendors, built
once and called by every app with its own events: ``_sdk.py`` (analytics "Ahsaanmetric", MMP
"Tracksuol", OpenRTB 2.5 ads "Bidalaas", crash reporting "Crashtymnyy") and ``_svc.py`` (flags
"Flagserge", push "Pingbuluus", consent "Consentchoron", payments "Coinkharchy", maps
"Mapoluone", support chat "Helpkymys"); their code is set 151's SDK shapes with the vendors,
hosts, function prefixes, zone (Asia/Yakutsk), country (RU / RUS, region SA, city Yakutsk),
currency (RUB), card (a Mir card) and wallet (a fast-payment transfer) changed (a docstring and
file-name grep found none of the ten names).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, an SMS
code), ``/min`` GETs with JWT bearers; ivory: registration (SNILS, INN, residence permit, the
licence), a co-collector with his passport, a find with her fix, a protobuf beat, a tusk photo, a
msgpack offline queue, buyers, the sale, the signed contract, the payout account, the receipt by
contract number in the path, the tax declaration (gzip), a base64 JSON form field, a message
quoting her brother-in-law's phone; mine: the roster, the pre-shift check (blood pressure,
pulse, temperature, breath alcohol, a headache) with her fix, the kiosk selfie, a protobuf shift
start, the lamp, the bus stop by her dormitory (3 decimals), the dormitory's address and Wi-Fi,
survey points (msgpack), the payslip by personnel number in the path, the salary card and
account, union membership, sick leave (diagnosis, certificate number), work-clothes sizes, the
rotation flight, her husband as next of kin, a leave sync (JSON Lines), events by session cookie;
winter road: road status, the trip (three travellers, her mother-in-law as next of kin), a
checkpoint with her fix, a protobuf beat, a msgpack fix queue, "arrived" (5-decimal strings), an
SOS, ice thickness near (2 decimals), her ice report (4 decimals, a photo), her trips by phone
number in the path, a tow and its payment, live location shared; horses: the household's ethnic
group, collar positions (protobuf; negatives), a foal with her fix, the hay meadow's corners, a
meat sale to a neighbour, kymys delivered to the flat (msgpack), the receipt in the path, the
subsidy (gzip), a vet visit, a herd photo, the village house's Wi-Fi, a base64 JSON preferences
cookie, documents by member number in the path, a sync (JSON Lines); khomus: Sardaana enrolled,
her lessons by pupil number in the path, a lesson and its payment, her recording, its tone
analysis, a khomus forged to order (msgpack), the order by number in the path, a contest entry,
a teacher message (her braces), an arrival at the studio (5 decimals), her father to collect
her, a video-lesson token; pre-heater: pairing (IMEI, serial, SIM), a remote start with the PIN,
schedules, the car's position, a heated box booked and paid, the receipt in the path, the unit's
SIM topped up, access shared with her husband, the home Wi-Fi, a start log (msgpack), installers
near (2 decimals); faith: the rites, a purification rite for her and Sardaana, a blessing for the
village house, attendance (4 decimals), a donation, the Ysyakh offering, a photo, a message
naming her mother-in-law's heart surgery, the certificate by member number in the path, a
``kut`` consultation, a trip to a sacred place, saved blessings (JSON Lines), the calendar
subscription. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON
in a form field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed
e-mail and phone) and a deep link with her e-mail; OpenRTB bids (GPS at 2 decimals or IP geo) and
notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and a fast-payment payout;
geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages
and an upload.

Negatives are implicit: request, command, slot, link, lesson, trip, find and object IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
ivory buyer's ID, name, phone and point, tusk weights, lengths and grades, the price per
kilogram, the bank's BIC; the mine's ID and point, the kiosk, lamp and self-rescuer numbers, the
bench, the survey points, the flight number, her job title; the road service's checkpoint ID and
point, the trip registration ID, ice thickness, the outside temperature, the car's make, colour
and plate (no taxonomy type fits a plate, as set 151); the herd, collar and base IDs, the
horses' positions, the foal's colour, sex and birth date, the mare's illness and medicine (an
animal's health), hectares, tonnes, head counts, the subsidy programme, kilograms; the studio's
ID, phone and point, the teacher, the child's school name, the tone and the khomus's harmonic
spectrum (an instrument's, not a voiceprint); the garage's ID, box and point, the installer's
ID and point, the firmware, the engine's temperatures and battery voltages, the schedules; the
faith house's ID and point, the festival, the sacred place.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, a command PIN, bearer, refresh, session and
video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, district, village, region, river, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares, invoices,
bookings, sales and orders ``financial.purchase``; card data, last four digits, payment-method
IDs and accounts ``financial.payment``; another person's full name, phone and e-mail typed by
the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health
fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Nyurgun, Sardaana in a rite caption) is not ``contact.name``
  except where the text is about the child (her recording, her braces, the engraving); the
  child's full name always is;
- ivory: the licence number ``id.user`` (her account key at the registry, as set 151's seller
  number); SNILS, INN, residence permit and her brother-in-law's passport
  ``personal.national_id``; her fixes at the finds ``location.precise``; the sale, the contract,
  the income and the tax ``financial.purchase`` (her sales, as set 151's excise revenue);
- mine: the personnel number ``id.user`` (body, JWT, query, URL path, protobuf); the kiosk's
  readings and her complaint ``health.medical``, the kiosk selfie ``content.media`` only (no
  template is sent); the sick-leave diagnosis and certificate number ``health.medical`` (a
  medical record number, as set 151's chart number); union card, union name and the dues
  deduction flag ``personal.sensitive`` (trade-union membership), the dues rate unlabelled;
  height, chest and shoe size ``health.fitness`` (body measurements); the dormitory's address
  and Wi-Fi (where she sleeps) ``contact.address`` / ``location.wifi``; the flight booking
  ``financial.purchase``; the payslip's existence is a URL, wages are not sent;
- winter road: her husband's passport ``personal.national_id``, the child's age (field and SOS
  text) ``personal.birthdate``; the trip registration ID a negative, the tow order
  ``financial.purchase``; her phone's digits in the URL path ``contact.phone``;
- horses: ``omuk`` (ethnic group) ``personal.sensitive`` for her husband and mother-in-law; the
  hay meadow's corners ``location.precise`` (the family's land, as set 151's vineyard), the
  collars' horse positions negatives; the farm member number ``id.user``; her husband's INN and
  SNILS ``personal.national_id``; the village house's Wi-Fi she joins ``location.wifi``;
- khomus: Sardaana is a data subject: SNILS and birth certificate ``personal.national_id``,
  pupil number ``id.user`` (body, query, JWT ``uoreneechchi``, URL path), name, birth date, sex,
  a nickel allergy ``health.medical``; her practice recording ``content.media``;
- pre-heater: the unit's IMEI and serial ``id.hardware`` (her car's unit, as set 8's telematics
  IMEI), the unit's SIM ICCID ``id.sim``, the command PIN ``secret.credential``; the car in her
  yard ``location.precise`` (her position by proxy), installers' points negatives;
- faith: her faith, rite kinds, the fund, the Ysyakh role, the calendar subscription, JWT
  ``itegel``, push tags and traits ``personal.sensitive`` (religion); the member number
  ``id.user``; people named for a rite ``contact.name``; the message about her mother-in-law's
  heart surgery ``content.text|personal.sensitive|contact.name|health.medical``; the ``kut``
  request about her sleeplessness and headaches ``content.text|health.medical``;
- SDKs: Tracksuol's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``SA``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md (stated honestly): ``eval_payloads.py``; set 151's
top module and all its modules (``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_parish``,
``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``; the last five through a filter
that hid one-name import lines); of the helpers, the head and exported names of
``eval_families17_kit``, the ``App``/``ev``/``opaque`` part of ``eval_families20_kit``, ``rid``,
``sdk_id``, ``head``, ``claims`` and constant names of ``eval_families24_kit``, ``at_path`` and
``sdk_uid`` of ``eval_families21_kit``, ``lines``/``sdk_uuid`` of ``eval_families22_kit``,
``sjwt`` and names of ``eval_families18_kit``, ``raw``/``encode``/``multipart``/``pb`` of
``eval_families6_kit``, ``token``/``add`` of ``eval_families10_kit``, ``enc`` of
``eval_families7_kit``, ``check_ci``/``report`` of ``eval_families8_kit`` (whose import of the
decoders' entry point was seen, nothing under ``analysis/`` opened) and ``listed_once`` of
``eval_families21.py``; a few of those kits' constants printed with Python (``E164``,
``NATIONAL``, ``FIRST``, ``DOB``, ``EMAIL_MIXED``, ``CARD2``...). Docstrings only, for novelty:
every ``eval_families*.py`` (extracted with ``ast``), set 171's in full and excerpts of sets
54, 77, 117, 141, 159, 169, 195. No classifier, rule, test, decoder, README or evaluation
script was read or run; ``ruff check --select F`` ran (once with ``--fix``, which removed two
unused imports), and ``main`` ran until it exited 0 on the first complete build.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families196_archy
import eval_families196_buor
import eval_families196_itiit
import eval_families196_khomus
import eval_families196_kyhyn
import eval_families196_shakhta
import eval_families196_sylgy
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders with ``main`` (no gap remains to state).
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families196_buor.buorkyyl(), *eval_families196_buor.buorkyyl_sdks(),
            *eval_families196_shakhta.shakhta(), *eval_families196_shakhta.shakhta_sdks(),
            *eval_families196_kyhyn.kyhynsuol(), *eval_families196_kyhyn.kyhynsuol_sdks(),
            *eval_families196_sylgy.sylgy(), *eval_families196_sylgy.sylgy_sdks(),
            *eval_families196_khomus.khomus(), *eval_families196_khomus.khomus_sdks(),
            *eval_families196_itiit.itiit(), *eval_families196_itiit.itiit_sdks(),
            *eval_families196_archy.archy(), *eval_families196_archy.archy_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
