"""Hundred-and-seventy-first, BLIND labelled set for the classifier evaluation ("blind168"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run by the
author to check that every labelled path is one the decoders produce. It is to be scored once,
by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author
did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (158 first-party calls and 73 SDK calls, 231
exchanges, 1,778 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Naberezhnye Chelny (Tatarstan, Russia) with her Tatar husband
Rustem Galiullin and their son Timur (9), her US SIM roaming; she is a technical translator at a
truck plant, a union member there, and 22 weeks pregnant; her mother-in-law Gulnara Galiullina
lives in Kazan. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API whose keys are Tatar in Latin letters
(Zamanalif with the diacritics dropped: c for c-cedilla and dzh alike, s for s-cedilla, g for
g-breve, n for eng, a/o/u for a/o/u-umlaut, i for dotless i; q and x as in Zamanalif), mixed with
English where real apps do (``token``, ``id``, ``push_token``, OAuth fields, ``model``, ``os``):
a Sabantuy festival app ``eval_families171_meydan.py`` ("Meydan"), her son's youth hockey school
``_shayba.py`` ("Shayba": the child's data), the truck plant's union committee perks desk
``_berlek.py`` ("Berlek": union membership, her pregnancy, her back), the family's dacha
gardening partnership ``_bakca.py`` ("Bakca"), a Volga hydrofoil ticket app with a Bolgar
pilgrimage tour ``_qanatli.py`` ("Qanatli": her religion, three ID documents), an ice-fishing
safety and catch app ``_bozyul.py`` ("Bozyul") and a traffic-fines and motor-insurance app
``_carima.py`` ("Carima"). Each module's docstring lists its key words and their meanings. The
shared vocabulary: ``isem`` first name (or a full name), ``familia`` surname, ``elektron_pocta``
e-mail, ``telefon`` / ``kesa_telefoni`` phone / mobile, ``sersuz`` password, ``kod`` code,
``tugan_kon`` birth date, ``cenes`` sex (``xatin-qiz`` / ``xatin`` woman, ``malay`` boy),
``adres`` street line, ``sahar`` town, ``rayon`` district, ``tobak`` region, ``pocta_indeksi``
post code, ``ire`` husband, ``bala`` child, ``yas`` age, ``urin`` place, ``kinlek`` /
``ozinliq`` latitude / longitude, ``togallek`` accuracy, ``summa`` amount, ``tulaw`` payment,
``songi_durt`` last four, ``zakaz`` order, ``bron`` booking, ``bilet`` ticket, ``xabar``
message, ``fiker`` comment, ``bayalaw`` rating, ``ezlaw`` search, ``salamatlek`` health,
``daru`` medicine, ``caraxat`` injury, ``awirliq`` weight, ``buy`` height, ``qullanuci`` user,
``cihaz`` device, ``tel`` language, ``waqit_zonasi`` time zone, ``waqigalar`` events (``atama``
name, ``waqit`` time, ``parametrlar``), ``min`` "me", ``terkalu`` registration, ``keru``
log-in, ``cigu`` log-out (in Bozyul: going out onto the ice). Novelty (file-name and docstring
greps of ``scripts/``): "sabantuy", "dacha", "hydrofoil", "bolgar", "ice fish", "speed camera",
"profkom" matched nothing and "hockey" only a sports-score app; trade-union apps exist (sets 13,
110, 124, 125), so Berlek is a plant committee's perks desk (camp, sanatorium, maternity top-up,
gifts, material aid); allotments appear in farming apps (sets 104, 135, 146), Bakca is a dacha
partnership's members' app; a ferry (126) and pilgrimages (57, 91, 111, 112) exist, Qanatli is a
hydrofoil ticket app whose pilgrimage is an add-on; traffic fines appear inside a moto-taxi and a
transit app (125, 103), Carima is a car owner's fines-and-insurance app; a Caucasus hike registry
is in set 151, Bozyul is recreational ice fishing. The SDKs are ten new vendors, built once and
called by every app with its own events: ``_sdk.py`` (analytics "Isapci", MMP "Trackpocmak",
OpenRTB 2.5 ads "Bidbalish", crash reporting "Crashkuras") and ``_svc.py`` (flags
"Flagtubetey", push "Pingkurai", consent "Consentkalfak", payments "Kassatanga", maps "Mapidel",
support chat "Helpcakcak"); their code is set 151's SDK shapes with the vendors, hosts, function
prefixes, zone (Europe/Moscow), country (RU / RUS, region TA), currency (RUB) and wallet (a
fast-payment transfer to her phone) changed (a grep of ``scripts/`` found none of the ten names;
"sanaq" was taken by set 81 and not used). ``eval_families171_kit.py`` holds her places, people,
the businesses and the computed Russian identifiers (SNILS ``172-418-935 77`` and her son's
``193-507-264 81`` with their mod-101 check numbers, her 12-digit INN ``165031784210`` with both
check digits, a current account whose control digit matches its BIC).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/min`` GETs with JWT bearers; Sabantuy: the programme, tickets and payment, her
husband's wrestling entry (weight, doctor's clearance), her son's sack race, her check-in on the
field (6 decimals), a protobuf gate scan, stall food (msgpack), points by cookie, a review, a
search, a photo, a gift ticket for her sister, the receipt by order number in the path, the
results, a volunteer form, a lost-child alert; hockey: enrolment (SNILS, birth certificate,
height, weight), the doctor's certificate PDF, the health form (gzip), schedule, attendance, an
absence note, the rink check-in (5 decimals), an injury photo, skate hire, fees, a tournament
consent naming his grandmother, a coach message, a training video, the player-card photo,
statistics by player number in the path, coaches, a jersey order, the address, events with a
session cookie; union: joining (SNILS, union card, dues rate), SMS code, dues, the payslip by
employee number in the path, the collective agreement, a camp voucher for Timur, a sanatorium
voucher (her diagnosis), the maternity top-up (week, due date, antenatal registration, her
account), New Year gifts, material aid (a photo, her account), a question to the lawyer about
her pregnancy, a ballot, a pool pass photo, her office check-in (5 decimals), theatre tickets, a
search, a receipt by cookie; dacha: joining (INN, husband co-owner), e-mail code, fees by plot
number in the path, the receipt by number in the path, tariffs, payment, the meter (gzip), the
plot's corners, the water schedule, the gate's phone list, a guest pass, the lane chat, a vote,
manure delivered to a corner of the plot, a fence photo, a pipe leak with her fix, the garden
diary (msgpack), an offline sync (JSON Lines), the dacha's Wi-Fi; hydrofoil: sign-up with her US
passport, sailings, a booking with three documents and a halal meal, payment, the pilgrimage
tour, prayer times, a protobuf boarding scan, a position on deck, the ticket PDF by booking
number in the path, sailing status, a coupon, a refund, luggage, a review, a search, a mosque
photo, a message quoting her husband's phone, points by cookie; ice fishing: the ice map near
home (2 decimals), thickness reports, going out (her husband's diabetes, her mother-in-law as
emergency contact), a protobuf track, a msgpack fix queue, her thickness report with a photo,
the catch (4 decimals), an SOS, "back on shore" (5-decimal strings), warnings, a friend invited,
bait ordered home and paid, a forum post, a search, the weather at her hole (3 decimals), stats
by cookie; fines: the car, her licence, the fines, a fine by its number in the path, its decree,
cameras near home (2 decimals), payment with her INN, an appeal PDF, an insurance quote with her
husband's licence, the policy, its PDF by number in the path, an accident report (her fix, the
other driver, photos), a tow-yard lookup (3 decimals), an inspection, a search, a message quoting
her phone. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in
a form field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed
e-mail and phone) and a deep link carrying the booking and her e-mail; OpenRTB bids (GPS at 2 or
3 decimals or IP geo; one with year of birth and gender) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and a fast-payment payout; geocoding, reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, check-in, slot, bout, sailing, hole, trip, thread, queue,
ballot and object IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB
IDs and prices; the festival field's ID and point, gate and kiosk IDs, dish names and prices;
the rink's ID, point and phone, the team, coach and tournament IDs, skate and jersey sizes, the
jersey number; the plant's and union office's ID and point, department and job title, camp and
sanatorium IDs, the show, the bank's BIC; the partnership's ID and point, the lane, meters and
readings, tariffs, tonnes, vegetables, the vote's choice, the cadastral number (a public
registry's parcel number); the river ports' and pier's points, sailings, seats, luggage, the
coupon code; the slipway's point, ice thickness, depth, fish, counts and fish weights, shop
items; the car's plate, STS and VIN (no taxonomy type fits, as set 151's plate), model, year,
engine power, the inspection station.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session
and client-secret tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and
carrier ``location.carrier``; city, district, village, region, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares, invoices,
receipts, bookings, tickets, orders and policies ``financial.purchase``; card data, last four
digits, payment-method IDs and bank accounts ``financial.payment``; another person's full name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too; positions at 2 decimals ``location.coarse``, at 3 or more ``location.precise``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Rustem, Timur) is not ``contact.name`` except where the text
  is about the child (an absence note, a coach message, a refund reason); the child's full name
  always is, and his surname on a jersey is;
- government numbers ``personal.national_id``: her SNILS, INN, US passport and driving licence,
  her husband's internal passport and licence (typed by her), the son's SNILS and birth
  certificate; ages and birth dates of anyone ``personal.birthdate``;
- Sabantuy: the guest number ``id.user``; her husband's weight and weight class
  ``health.fitness``, his doctor's clearance ``health.medical``; the lost-child alert's last
  position (her sighting, 6 decimals) ``location.precise``, his clothing ``content.text``;
- hockey: the player number ``id.user`` (body, query, JWT ``uyincilar``, URL path); height and
  weight ``health.fitness``; certificate, allergy, asthma, inhaler, blood group, injuries
  ``health.medical``; the certificate PDF and injury photo ``content.media|health.medical``;
- union: the union card number, the union's name, the dues rate, a push tag ``agza: true`` and
  an analytics field naming the card ``personal.sensitive`` (trade-union membership); the
  employee number ``id.user``; the pregnancy fields, the lawyer question, the pregnancy search
  and the certificate PDF ``health.medical|personal.sensitive`` (with ``content.*`` as fits);
  the sanatorium diagnosis and referral number ``health.medical``; aid amounts
  ``financial.purchase``;
- dacha: the plot member number ``id.user``; the plot's corners, the manure drop at a corner and
  her fix at the leak ``location.precise`` (the family's land), the partnership's gate a
  negative; the dacha router's SSID/BSSID ``location.wifi``; the gate's phone list
  ``contact.phone`` per element;
- hydrofoil: the pilgrimage tour, the women's prayer room, the school of law, the halal meal and
  the mosque caption ``personal.sensitive`` (religion); the refund reason (the child ill)
  ``content.text|health.medical|contact.name``;
- ice fishing: her husband's diabetes typed by her ``health.medical``; all her fixes on the ice
  ``location.precise``, the slipway a negative;
- fines: the fine's payment number (body, query, URL path) and amounts ``financial.purchase``
  (an invoice); the policy number ``financial.purchase``; "no injuries" ``health.medical``; the
  other driver's name and phone ``contact.*``;
- SDKs: Trackpocmak's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``TA``) and city ``location.coarse``.

Looked at (stated honestly): TAXONOMY.md, the path notes of DESIGN.md (the report-format
paragraph; its command-line and truthfulness sections scrolled past in the same grep),
``eval_payloads.py``, ``eval_families151.py`` and all its modules (copied in structure; its
``_sdk.py``/``_svc.py`` copied with renames into this set's), the signatures and constants of
``eval_families6_kit``, ``_17_kit`` (its import list), ``_18_kit``, ``_19_kit``, ``_20_kit``,
``_21_kit``, ``_22_kit``, ``_24_kit`` (``head``, ``claims``, ``rid``, ``sdk_id``, ``App``,
``at_path``, ``lines``), the first lines of ``eval_families8_kit.report`` and of
``eval_families10_kit``'s ``MP4``; file-name and docstring greps of ``scripts/`` for the app
kinds and the new names, and the first lines of ``eval_families160_qorannoo.py`` and
``eval_families21_wash.py`` (home-lab and dry-cleaning apps, which made this author drop those
two kinds). No classifier, rule, test, decoder or README was read or run; ``ruff check --select
F`` and this set's ``main`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families171_bakca
import eval_families171_berlek
import eval_families171_bozyul
import eval_families171_carima
import eval_families171_meydan
import eval_families171_qanatli
import eval_families171_shayba
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders by ``main`` only; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [
        *eval_families171_meydan.meydan(),
        *eval_families171_meydan.meydan_sdks(),
        *eval_families171_shayba.shayba(),
        *eval_families171_shayba.shayba_sdks(),
        *eval_families171_berlek.berlek(),
        *eval_families171_berlek.berlek_sdks(),
        *eval_families171_bakca.bakca(),
        *eval_families171_bakca.bakca_sdks(),
        *eval_families171_qanatli.qanatli(),
        *eval_families171_qanatli.qanatli_sdks(),
        *eval_families171_bozyul.bozyul(),
        *eval_families171_bozyul.bozyul_sdks(),
        *eval_families171_carima.carima(),
        *eval_families171_carima.carima_sdks(),
    ]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
