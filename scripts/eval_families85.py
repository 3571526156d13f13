"""Eighty-fifth, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author (the only runs of the project's code were the two ``main`` runs this
set's brief allows, which decode through ``check_ci``); it is to be scored by the lead, who
registers it in ``eval_classifiers.py`` (this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (157 first-party calls and 80 SDK calls, 237 exchanges, 1,568 labelled
paths after ``listed_once``, 1,585 category labels as ``report`` counts them), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set uses),
with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a Valletta ferry-and-bus card and local-council app
``eval_families85_malta.py`` ("Vapuretta": its API's keys are Maltese — ``isem``, ``kunjom``,
``telefon``, ``indirizz``, ``triq``, ``lokalita``, ``kodici_postali``, ``data_tat_twelid``,
``password``, ``numru_tal_karta_tal_identita``, ``email``; she is on a year's posting in
Valletta), a cystic-fibrosis airway-clearance and lung-function tracker ``_cf.py``
("Breathlane"), a scuba-diving logbook with dive-computer uploads ``_dive.py`` ("Fathomlog"; she
dives in Gozo), a funeral-planning app used after her father's death ``_funeral.py``
("Wreathway": the late father is a data subject), a language-exchange chat app ``_lingo.py``
("Parlapal"), a vintage-car restoration marketplace ``_classic.py`` ("Chromeyard") and a
kitesurf school's bookings ``_kite.py`` ("Kiteloop", at Mellieha). The SDKs are ten new vendors,
built once and called by every app with its own events: ``_sdk.py`` (analytics "Gbejnalytics",
MMP "Luzzulink", OpenRTB 2.5 ads "Pastizzbid", crash reporting "Xlokkwatch") and ``_svc.py``
(flags "Majjitoggle", push "Dghajsapush", consent "Bajtrapact", payments "Ftirapay", maps
"Girnamaps", support chat "Karrozzinchat"). ``eval_families85_kit.py`` holds the apps' places,
people, equipment and generators (its docstring lists them); ``head``, ``claims``, ``rid`` and
``sdk_id`` are ``eval_families24_kit``'s, the rest comes from ``eval_families6_kit.py`` to
``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants), ``/me``
GETs with JWT bearers, cookie-authenticated GETs, push registrations and event logs (gzip) in
every app; transport: the card linked, its balance by card number in the path, a top-up, journeys
by card in the query, a ferry ticket, stops near her (4 decimals), arrivals, a trip plan from
her fix, a protobuf ferry tap (a nested fix), offline taps (msgpack), a resident's concession
with the identity card's photo, council services (a pothole with a photo and her fix, a bulky
refuse collection at her street, a residence certificate, the newsletter, events), a search,
favourites (her flat as "Dar"), feedback; CF: the diagnosis and genotype, conditions and
medicines, the spirometer paired, a blow (FEV1, FVC, % predicted, PEF, a flow-volume curve, gzip)
and a protobuf quick record, a vest session, a cough recording, a sputum photo, a symptom diary
(msgpack), an IV antibiotics course, exercise, nutrition and enzymes, a visit, a message to the
team, a report shared with her CF doctor, the insurance card, a refill, reminders, a library
search; diving: her certification, the diver medical, the computer paired, a dive (entry fix,
depth, time, heart rate, SAC, the depth profile; gzip) and the raw log (protobuf), a photo and
caption with its position, a buddy's sign-off, notes, site search, sites near her entry point by
``lat,lon`` in the path, a boat dive, a Nitrox card, dive insurance, settings (msgpack), a
followed diver, a symptom report, an export; funeral: the arrangement with her father's name,
birth date, SSN, last address, cause of death and religion, the death certificate's scan,
service choices and a package, a plot, the obituary and his photo, her brother as co-arranger,
people notified from her address book, the schedule (msgpack), flowers with a card, a Social
Security notice, a deposit, a message to a grief counsellor, her return address, a guide search,
venues near the funeral home; language exchange: her handle, languages, photo and bio, partners
near her (2 decimals), messages (JSON, msgpack), a correction, a voice message, a pronunciation
drill, a translation, ICE candidates, a block and report, a public moment, friends by SHA-256
numbers, vocabulary search, a Play subscription, settings; cars: browsing by her ZIP, a listing,
a VIN decoded in the path, a saved search, a watchlist, a message to a seller, an offer, an
auction bid (protobuf), her own car listed (description, where it is kept, photos), the seller
verification (licence and photo), escrow from her bank account, shipping to her address, a parts
search, a restoration log, an inspection (msgpack); kite: her weight and height, slots, a booking
and its reschedule by booking number in the path, a health declaration, a signed waiver, her
emergency contact, the forecast, a check-in fix, a session track (gzip), a live safety position
(protobuf), gear rental, photos, feedback, a chat, a spot search. SDKs: analytics batches (gzip;
positions at 2, 3 and 4 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), a signed-out beacon (base64url JSON in the query); MMP installs, sessions, events (a JSON
string ``partner_params``; SHA-256 e-mail and phone) and deep links (a URL in a JSON field);
OpenRTB 2.5 bids (GPS geo at 3 decimals in Malta, or IP geo; yob, gender) and win beacons; crash
envelopes (JSON Lines) and sessions; flag evaluations (JSON; base64 JSON in a header of a GET);
push subscriptions (tags, a position at 2 decimals); consent records (a signed receipt cookie)
and web-view checks (a base64 JSON cookie); card tokens, confirmations and a SEPA mandate
(bracketed form keys); geocoding (text and ``proximity``), reverse geocoding (``lat,lon`` in the
path), routes and map telemetry (a gzip JSON array); support messages (an identity JWT in a JSON
field) and attachments.

Negatives are implicit: request, trace, message, journey, session, dive, arrangement, listing,
offer, project, conversation and call IDs, idempotency keys, nonces, timestamps, versions, public
SDK keys, OpenRTB auction, bid, creative and publisher IDs and a clearing price; ferry landings'
and bus stops' IDs, names and points, routes and departure times; the council's ID, phone, square
and point; the CF clinic's ID, name, phone, street and point, the spirometer's and vest's serials,
Bluetooth address, model and firmware, the insurer's group; dive sites' IDs, names and points,
the dive computer's serial, Bluetooth address, model and firmware, water temperature, gas mix and
tank pressures, the dive shop, rental sizes; the funeral home's ID, name, phone, street and point,
the case number, the cemetery, section and lot, the church, hymns, date of death and place of
death; partners' IDs and the phrase ID, scores, waveforms, a TURN relay; listed cars' VINs, IDs,
titles, list prices, sellers' IDs and phones, their points and ZIP, her own car's VIN, year,
model, mileage and asking price, the inspector; the school, its spot's point, slots, forecast,
the instructor, gear sizes, top speed and kite size.

Encodings, in rough proportion to real traffic: JSON (103 plain, 18 gzip), form bodies (33),
GETs (44, 24 with query strings), multipart (19: JSON, JPEG, PNG, M4A and WAV parts), msgpack
(6), JSON Lines (9: 7 crash envelopes under their own content type, 2 offline queues), schema-less
protobuf (5: nested fixes ``4.1``/``4.2`` and ``3.1``/``3.2``, flat records), headers
(User-Agents, install IDs under app-specific names plain, upper case and without dashes,
Maltese-English and US Accept-Language, opaque and JWT bearers, SDK device headers, a support
session, base64 JSON flag context), cookies (sessions, installs, a JWT receipt, a base64 JSON
cookie), JWTs (bearers with user ID, e-mail, phone, name, ``karta``, ``member``, ``cert``,
``username`` claims; an identity token in a JSON field; a receipt that is no credential), base64
JSON (a form field, a header, a cookie), base64url JSON (a query parameter), JSON strings in JSON
fields, URLs in JSON fields, values in URL paths. Profile transforms: the e-mail plain, mixed
case, upper case and SHA-256; the phone E.164, spaced (the profile's), national, dashed, SHA-256;
the install ID plain, upper case and without dashes; the Android ID; the advertising ID; the user
ID in bodies, JWTs, msgpack, protobuf and JSON Lines; the public IP (OpenRTB, an ICE candidate);
the LAN address (a host candidate); MCC/MNC as ``310260`` and the carrier; the birth date ISO and
as ``17/05/1991``, a birth year; coordinates at 2 to 6 decimals as numbers, strings, a
``lat,lon`` query value and path segment, protobuf doubles, and her places away from the
profile's position (her Valletta flat, a pothole, a dive entry, a check-in, her car's garage).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, network type, free memory and storage, battery, the LAN address and
User-Agents naming the model or OS ``device.info``; event and screen names, launch/session counts
and session lengths ``behavior.usage``; SDK install and device IDs, the Android ID, push tokens,
consent visitor IDs and the payment SDK's device fingerprint ``id.device``; passwords, bearer and
session tokens and cookies, a client secret ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; series labelled once at their path (a flow-volume curve, a depth
profile, a diver medical's answers); MCC/MNC and carrier ``location.carrier``; city, state, ZIP,
country, ``lokalita`` and ``kodici_postali`` ``location.coarse``; street lines (``triq``,
``flat``, ``line1``) ``contact.address``; amounts, prices, fees, fares, deposits, orders and Play
products and tokens ``financial.purchase``; card data, bank account and routing numbers, an IBAN
and payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path is ``url`` ``path[i]``; text that states a health
fact or quotes a labelled value carries that category too (``content.text|...``).

Calls made in this set (a reader may disagree; stated so a score can be read):
- transport: the card number is her account with the operator ``id.user`` (body, query, path,
  JWT claim ``karta``, protobuf, msgpack, a support attribute); fares, top-ups and the ferry tap's
  fare ``financial.purchase``, journeys' stops unlabelled; the identity card number and its photo
  ``personal.national_id`` (``content.media|personal.national_id``); a pothole report's
  description ``content.text`` and its photo ``content.media``, her fix there
  ``location.precise``; the bulky-refuse list ``content.text``; a favourite named "Dar" (home) at
  5 decimals ``location.precise``, its name unlabelled;
- CF: FEV1, FVC, % predicted, PEF, the flow-volume curve, genotype, diagnosis year, clearance
  technique, minutes, frequency, pressure and huffs, sputum scores, cough and breathlessness
  scores, IV courses, calories, enzymes and salt tablets, SpO2 minimum ``health.medical`` (a
  treatment record for a disease, not fitness); height, weight, walking minutes, steps and heart
  rate ``health.fitness``; the cough recording, sputum photo and insurance card
  ``content.media|health.medical``; the insurance member ID ``health.medical`` (also a JWT claim);
  her CF doctor typed by her ``contact.*``; the library search ``behavior.search`` only;
- diving: the certification number is her identifier with the training agency ``id.user`` (also
  claim ``cert``); the diver medical's answers (one series label), its details, physician
  clearance, symptom reports and ear notes ``health.medical`` (text ``content.text|...``); dive
  depth, duration, heart rate, SAC rate and the depth profile ``health.fitness`` (a workout);
  the dive-accident insurance number ``health.medical`` (it covers her treatment); her entry fix,
  the photo's position, the raw log's fix and the telemetry fixes ``location.precise``; site
  points, water temperature and gas negatives; the buddy and a followed diver typed by her
  ``contact.*``; her photos and Nitrox card ``content.media`` only;
- funeral: the late father is a data subject: his name ``contact.name``, birth date
  ``personal.birthdate``, SSN ``personal.national_id``, last street ``contact.address`` and town
  ``location.coarse``, cause of death ``health.medical``, religion and the Funeral Mass
  ``personal.sensitive``; the date and place of death and veteran flag unlabelled (no taxonomy
  type); the death certificate's scan ``content.media|health.medical|personal.national_id``; his
  photo ``content.media``; the obituary ``content.text|contact.name``; people notified from her
  address book ``content.contacts`` (one label per name and number); her brother
  ``contact.*``; the package, plot, opening, flowers and deposit ``financial.purchase``; a grief
  message naming panic attacks ``content.text|health.medical``;
- language exchange: her handle ``id.user`` (also claim ``username``); languages spoken and
  learned and levels unlabelled (not an ethnic-origin statement); the partner search's ``near`` at
  2 decimals ``location.coarse``; messages, a correction, the translation query (text she wrote)
  and a report ``content.text``, a message giving her street ``content.text|contact.address``;
  the voice message, drill recording and photos ``content.media`` only (no template); her own
  phone's SHA-256 ``contact.phone``, address-book hashes ``content.contacts``;
- cars: VINs (hers too) and sellers' IDs, phones and points negatives; her asking price
  unlabelled (no sale yet), an offer, an auction bid, escrow, shipping, an inspection fee and
  parts bought ``financial.purchase``; her car's storage point at 5 decimals ``location.precise``;
  the licence number ``personal.national_id``, its photo ``content.media|personal.national_id``,
  its state ``location.coarse``; a message quoting her number ``content.text|contact.phone``;
- kite: weight and height (kite sizing) and session duration, jumps and calories
  ``health.fitness``; the health declaration's answers and medication ``health.medical``, its
  pregnancy answer ``personal.sensitive`` (the taxonomy lists pregnancy there); the booking
  reference ``financial.purchase`` (body, path, protobuf, waiver, check-in, rental); the waiver
  signature image ``content.media``; the live position's battery ``device.info``; a chat naming
  back pain ``content.text|health.medical``; the emergency contact ``contact.*``;
- SDKs: Karrozzinchat's identity token ``secret.credential`` (claims labelled); Bajtrapact's
  receipt cookie a signed JWT that opens nothing (claims labelled, the token not), its visitor ID
  ``id.device``, its country ``location.coarse``; Majjitoggle's context key the user ID;
  Xlokkwatch's session ``distinct`` the user ID; Luzzulink's ``lz_uid`` and the Android ID
  ``id.device``; OpenRTB ``user.id`` ``id.device``, geo country and city ``location.coarse``,
  keywords unlabelled (the app's content); Dghajsapush's position at 2 decimals
  ``location.coarse``; Girnamaps' place searches ``behavior.search``; a route's seller or funeral
  home end a negative, her start ``location.precise``; a shared deep link's ``ref`` (her user ID)
  ``id.user``, another seller's ``shared_by`` a negative.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_chat`` and
``_sleep`` (most of it); ``eval_families21.py``'s ``listed_once``, ``_list_of`` and
``LISTED_ONCE``; the ``__all__`` lists of the kits of sets 6-25 and, through ``ast``, the sources
of the helpers used (``head``, ``claims``, ``rid``, ``sdk_id``, ``enc``, ``pb``, ``multipart``,
``raw``, ``lines``, ``jwt``, ``sjwt``, ``check_ci``, ``report``...) and some constants;
``grep -ril`` counts of the new names over ``scripts/`` and ``captures/``. No classifier, rule,
test or decoder was read; no classifier was run. Every label's path was first checked with a
small decoder of the author's own outside the project (``/tmp``); ``main`` was then run as the
brief allows: the first run showed one path the decoders do not produce (a deep link with a
custom scheme in a JSON field, ``deeplink.ref``), the link became an https app link, and the
second run reported none.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families85_cf
import eval_families85_classic
import eval_families85_dive
import eval_families85_funeral
import eval_families85_kite
import eval_families85_lingo
import eval_families85_malta
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Labelled paths the decoders do not produce (none known).
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families85_malta.vapuretta(), *eval_families85_malta.vapuretta_sdks(),
            *eval_families85_cf.breathlane(), *eval_families85_cf.breathlane_sdks(),
            *eval_families85_dive.fathomlog(), *eval_families85_dive.fathomlog_sdks(),
            *eval_families85_funeral.wreathway(), *eval_families85_funeral.wreathway_sdks(),
            *eval_families85_lingo.parlapal(), *eval_families85_lingo.parlapal_sdks(),
            *eval_families85_classic.chromeyard(), *eval_families85_classic.chromeyard_sdks(),
            *eval_families85_kite.kiteloop(), *eval_families85_kite.kiteloop_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
