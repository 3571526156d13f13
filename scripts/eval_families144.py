"""Hundred-and-forty-fourth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run twice at
the end (the first run stopped on a TypeError, an event helper's ``name`` keyword clashing with
its own parameter, fixed to ``screen=``; the second ran clean: 235 exchanges, 1,774 labels, no
path reported missing). It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (162 first-party calls and 73 SDK calls, 235 exchanges, 1,744 labelled
fields and 1,774 labels per category after ``listed_once``), mostly ordinary placements of the
profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She spends the
year in Valletta (Malta) with her Maltese husband Luke Camilleri, her US SIM roaming; their son
Matthew (8, born 2017) is at a Valletta primary school. Seven app kinds (fictional names, hosts
under example.* per RFC 2606, no real company named as sender), each with its own API and the
SDKs it embeds: a Grand Harbour dghajsa water-taxi booking app ``eval_families144_dghajsa.py``
("Qaddiefa": its API's keys are Maltese: ``isem`` first name, ``kunjom`` surname,
``posta_elettronika`` e-mail, ``numru_tat_telefon`` phone number, ``kelma_sigrieta`` password,
``data_tat_twelid`` birth date, ``indirizz`` address, ``lokalita`` locality,
``karta_tal_identita`` identity card number, ``sess`` sex (``mara`` woman), ``ir_ragel`` the
husband, ``it_tifel`` the son, ``eta`` age; also ``passiggieri`` passengers, ``mnejn`` from,
``fejn`` to, ``prezz`` price, ``hlas`` payment, ``ammont`` amount, ``l_ahhar_erba`` last four,
``kumment`` comment, ``tfittxija`` search, ``ritratt`` photo, ``ircevuta`` receipt,
``numru_tal_vjagg`` trip number, ``post`` place, ``latitudni``/``longitudni``, ``lingwa``
language, ``zona_tal_hin`` time zone, ``barklor`` boatman, ``hin`` time, ``kodici`` code,
``apparat`` device, ``utent`` user, ``mistieden`` guest, ``raġuni`` reason, ``rifużjoni``
refund), an anticoagulation clinic's INR self-testing app ``_inr.py`` ("Koagula": her own
health data; warfarin after a mechanical valve repair), a lay society's Sunday doctrine centre
for the son ``_doctrine.py`` ("Duttrina": her and the son's religion, the child's data), a
water-polo club's juniors ``_polo.py`` ("Pixxispolo": the child's data, his sports medical, fees),
a letting agency's tenant app ``_lease.py`` ("Kirjaflat": her residence card, the rent, her
IBAN; a few Maltese labels ``kera`` rent and ``depozitu`` deposit), a garage's VRT and service
booking ``_garage.py`` ("Garaxx": her driving licence, a breakdown on the Coast Road) and a
Maltese-language course for residents ``_lingwa.py`` ("Kelmiet"). A file-name and docstring grep
of ``scripts/`` found: set 85 a Valletta ferry-and-bus card with Maltese keys (Qaddiefa is a
private boatmen's booking app with its own vocabulary: passengers, boatman, lost property, a
season card); set 131 a thyroid clinic and set 56 a pharmacy naming warfarin (Koagula is an INR
self-testing programme: meter sync, dose plan, bleeding checks, vitamin K diet, bridging);
sets 128 and 129 catechism enrolment inside a mission school's or a parish's app (Duttrina is a
lay society's doctrine centre with QR attendance, a Mass card, recited prayers, First Communion
and First Confession); set 118 a te reo Maori course (Kelmiet is a residence-linked course with
a placement test, an exam and a certificate); set 54 mentions a vehicle inspection (Garaxx is a
garage's booking app); no water-polo club and no tenant app for a rented flat (set 102 has a
condo owners' app). The SDKs are ten new vendors, built once and called by every app with its
own events: ``_sdk.py`` (analytics "Statlampuka", MMP "Trackgbejna", OpenRTB 2.5 ads
"Bidkajjik", crash reporting "Crashfenek") and ``_svc.py`` (flags "Flagkarozza", push
"Pingqanpiena", consent "Consentbajtra", payments "Coinzebbug", maps "Mapgudja", support chat
"Helpluzzu"); their shapes are set 132's, renamed, with Malta's country, region (``MT-60``),
city, currency and zone. ``eval_families144_kit.py`` holds her places, people and the apps'
businesses; ``head``, ``claims``, ``rid`` and ``sdk_id`` are ``eval_families24_kit``'s, the
rest comes from ``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes,
a Google ID token exchange), ``/me``-style GETs with JWT bearers; water taxi: landings near her
(4 decimals in the query), a booking with her family as passengers (names, ages), the payment,
the boat's live position, her arrival at the landing (6 decimals), the receipt by trip number in
the path, a rating, a search, a season card (base64 JSON in a form field), lost property with a
photo, a group booking for her sister from Ohio, offline trips (msgpack), the profile with the
son's name and birth date (bracketed form keys), her trips by user ID in the query, a
cancellation because the son has a fever; INR: intake (valve, target range, medicines, height,
weight), meter pairing and a protobuf sync (nested last result), results (gzip series), a photo
of the meter, the dose plan, a dose log (msgpack), a missed dose, bleeding symptoms, vitamin K
foods, an appointment, a video consult, a message to the nurse, strips to her flat, results
shared with a US doctor, a travel letter (PDF), the clinic check-in, the card by cookie, the
latest result, an emergency card, a dental extraction's bridging plan; doctrine: the parent, the
son's enrolment (baptism parish, sacrament), QR attendance with her fix, the Mass card, a
recited prayer (audio), the First Communion registration with the baptism certificate (PDF),
the outfit order and payment, an outing consent (his peanut allergy, EpiPen), the pick-up
grandmother, a message (his fever), notices, progress by pupil number in the path, a donation,
a photo consent, pupils by user ID, the calendar, a First Confession booking; water polo: the
account, an SMS code, the player (his birth date, guardians), his photo by player number in the
path, the sports medical (PDF, asthma, inhaler, height, weight), the fee by invoice number in the
path, an instalment, a kit order (bracketed keys, the surname printed on the cap), training
attendance (4 decimals), a carpool (husband driving; her street at 3 decimals), the lineup, an
injury (otitis), a message to the coach, results by cookie, a tournament travel consent (his
passport), lottery tickets, his schedule, her volunteering, a gallery caption (a data: URL
photo); tenant: sign-up with her residence card, the lease by number in the path, the husband
as co-tenant (his ID card), the registration details as base64 JSON in a header, ID-card scans,
the deposit and rent from her IBAN, a statement by tenant number in the path, a repair ticket
(photo; her home Wi-Fi and LAN address for the smart meter; a note with her husband's number),
a visit slot, an inventory (msgpack), meter readings, a parking permit, a renewal, a message, the
documents by cookie (her position as ``lat,lon`` in a cookie), the profile, the household, a
key copy; garage: sign-up with her licence, the car, the VRT booking and payment, the drop-off
(5 decimals), a courtesy car with her licence scan, findings, extra work approved, a protobuf OBD
upload (her fix nested), the invoice by job number in the path, the history with the job in the
query, a breakdown (``lat,lon`` in the path), a review, insurance, a message with her husband's
number, loyalty by cookie, VRT reminders (her national-format phone), garages near her
(``ll`` at 3 decimals), a tyre quote; language: sign-up with her residence card, a placement
test with a free-text answer (her name, her son's, Valletta), enrolment, attendance (4 decimals
as strings), progress (JSON Lines), a pronunciation recording, flash cards (msgpack), homework
photo, a speaking partner (her mother-in-law), the exam booked and paid, the result and the
certificate by learner number in the path, a class chat (she was in hospital), a dictionary
search for "warfarin", reminders, the profile, classes near her (2 decimals), a receipt by order
number in the path; per app push registration and an event log (gzip). SDKs: analytics batches
(gzip; positions at 2, 3 and 4 decimals or none), traits (base64 JSON in a form field), offline
queues (JSON Lines), signed-out beacons (base64url JSON in the query); MMP installs and sessions
(the Android ID, the referrer, roaming), events (a JSON string ``partner_params``; hashed e-mail
and phone) and a deep link (a URL in a JSON field with the son's player number); OpenRTB 2.5 bids
(GPS at 2 or 3 decimals or IP geo) and win/impression beacons; crash envelopes and sessions;
flag evaluations (JSON; base64 JSON in a header of a GET); push subscribers (tags, a position at
2 decimals); consent records (a signed receipt cookie) and web-view checks (a base64 JSON
cookie); card tokens and confirmations; geocoding, reverse geocoding (``lat,lon`` in the path),
routes and telemetry (a gzip JSON array); support messages (an identity JWT in a JSON field) and
an upload.

Negatives are implicit: request, trace, trip-tracking, session, ticket, job-findings, room,
quote and report IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB
auction, bid, creative and publisher IDs and prices; the landings' IDs and points, the boat and
its licence, the boatman's phone; the clinic's ID, point and queue number, the meter's serial,
Bluetooth address, firmware and strip lot; the centre's ID, point and QR code, the stamp code,
shop SKUs; the pool's ID and point, matches, the away pool's point (Gozo); the agency's IBAN,
the electricity account, meter readings, inventory items; the car's plate, VIN, make, model,
year and mileage (no taxonomy type), the OBD dongle's ID and fault code, the garage's ID and
point, the insurer's name; the school's ID, class code, lesson IDs and scores, cards.

Encodings: JSON (plain and 16 gzip, 8 of them first-party), first-party form bodies (29, some
with bracketed keys; SDK forms besides), GETs (about 30,
most with query strings), multipart (12: JSON, JPEG, M4A and PDF parts), msgpack (4), JSON Lines
(1 first-party progress log plus crash envelopes and offline queues), schema-less protobuf (2:
a nested INR result ``4.1``-``4.3``, a nested fix ``4.1``/``4.2``), headers (User-Agents, install
IDs plain, upper case and without dashes, Maltese and English Accept-Language, opaque and JWT
bearers, session headers, SDK headers, base64 JSON in a first-party header and a flag context),
cookies (sessions, devices, a record number, a tenant number, a ``lat,lon``, a JWT receipt, a
base64 JSON cookie), JWTs (bearers with ``posta_elettronika``, ``karta``, ``email``, ``mrn``,
``pupils``, ``phone``, ``players``, ``tenant``, ``licence`` and ``learner`` claims; an identity
token in a JSON field; a receipt that is no credential), base64 JSON, base64url JSON, JSON
strings in JSON fields, a URL in a JSON field, a ``data:`` URL, values in URL paths. Profile
transforms: the e-mail plain, upper case and SHA-256; the phone E.164, national
``(555) 010-0199`` and SHA-256; the install ID plain, upper case and without dashes; the Android
ID; the advertising ID; the user ID; the public IP (OpenRTB); the LAN address; MCC/MNC and the
carrier; the home SSID/BSSID (the flat's smart meter); the birth date ISO and ``17/05/1991``;
coordinates at 2 to 6 decimals as numbers, strings, query values, ``lat,lon`` values, a cookie
and path segments, protobuf doubles.

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, the LAN address
and User-Agents naming the model or OS ``device.info``; event and screen names, session counts,
lengths and a learning streak ``behavior.usage``; SDK install, device, subscriber, visitor and
payment device IDs, the Android ID and push tokens ``id.device``; passwords, SMS codes, an ID
token, bearer, refresh, session, video-room and client-secret tokens and session cookies
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; series labelled once at their path
(INR results); MCC/MNC and the carrier ``location.carrier``; town, locality, postcode, country
and region ``location.coarse``; street lines ``contact.address``; amounts, totals, fees, rent,
deposits, orders, trips, bookings, invoices, jobs, the lease and receipts ``financial.purchase``;
card data, IBANs, last four digits and payment-method IDs ``financial.payment``; another
person's name, phone and e-mail typed by the user ``contact.*``; a value in the URL path is
``url`` ``path[i]`` (0-based over non-empty segments); text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too (``content.text|...``);
Maltese keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- identity documents: her e-Residence card number, her driving licence number, the husband's ID
  card number (typed as co-tenant) and the son's passport number ``personal.national_id``; the
  ID-card and licence scans ``content.media|personal.national_id``; nationality and expiry not;
- ages typed for family members (``eta``, ``age``) ``personal.birthdate`` (as set 132's
  shelter members);
- water taxi: the trip number (body, msgpack, path, SDK) ``financial.purchase``; ``sess``
  ``personal.gender``; ``karta`` in the JWT ``personal.national_id``; the cancellation naming
  the son's fever ``content.text|health.medical``; the lost-property note ``content.text``;
  her arrival fix and Birgu fix ``location.precise``, the landings' points not;
- INR: the clinic record number (body, JWT ``mrn``, query, cookie, support attrs)
  ``health.medical``; indication, target range, drug, doses, taken flags, other medicines,
  bleeding signs, vitamin K foods, a procedure and its bridging ``health.medical``; height and
  weight ``health.fitness``; the meter photo and the travel letter ``content.media|health.medical``;
  the US doctor she shares with ``contact.*``; the geocoded clinic name ``behavior.search``;
  the route's clinic point not;
- doctrine: the son is a data subject (sets 29, 35, 37): his name, birth date, sex and pupil
  number (body, JWT ``pupils``, path, query) labelled (``id.user``: the centre's account for
  him); baptism, parish, sacraments, lessons, the Mass attended, the donation's fund and push
  tags ``personal.sensitive`` (religion); the recited prayer ``content.media|biometric.voice|
  personal.sensitive``; the baptism certificate ``content.media|personal.sensitive``; the
  outing's allergy and EpiPen ``health.medical``; messages naming him and his fever or allergy
  ``content.text|health.medical|contact.name``; the grandmother ``contact.*``;
- water polo: the player number (body, JWT ``players``, path, cookie, a deep link's ``ref``,
  traits) ``id.user``; his asthma and inhaler ``health.medical``, height and weight
  ``health.fitness``; the certificate PDF ``content.media|health.medical``; his photo and the
  gallery photo ``content.media``; the surname on the cap ``contact.name``; the carpool note
  ``content.text`` (a street in it not separately labelled); the Gozo pool not;
- tenant: the tenant number ``id.user``; the lease number ``financial.purchase`` (a contract
  she pays on); her IBAN ``financial.payment``, the agency's not; the ticket's access note
  naming her husband and his number ``content.text|contact.name|contact.phone``; her home SSID,
  BSSID (the smart meter's network) ``location.wifi`` and LAN address ``device.info``; the
  position cookie at 6 decimals ``location.precise``; the car's plate unlabelled;
- garage: the car (plate, VIN) unlabelled (no taxonomy type); her insurance policy number
  ``financial.payment`` (an account she pays on); the breakdown point in the path
  ``location.precise``; the message giving her husband's number ``content.text|contact.phone``;
  the tyre-shop search ``behavior.search``;
- language: the learner number ``id.user``; the pronunciation recording
  ``content.media|biometric.voice``; the placement free text naming her, her son and Valletta
  ``content.text|contact.name|location.coarse``; the chat saying she was in hospital and the
  dictionary search for warfarin carry ``health.medical``; classes near her at 2 decimals
  ``location.coarse``; the homework photo ``content.media``;
- SDKs: Trackgbejna's ``country`` (from the IP) ``location.coarse``, its ``roaming`` flag
  ``device.info``; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, its geo country,
  region and city ``location.coarse``; Bidkajjik's GPS at 2 decimals ``location.coarse``;
  Consentbajtra's receipt cookie opens nothing (claims labelled, the token not); Helpluzzu's
  identity token is a credential (claims labelled); Coinzebbug's cardholder ``contact.name``
  and card country ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3 or
  more ``location.precise``; routes label her points, not the clinic's or the Gozo pool's.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_families132.py``, its ``_kit``, ``_sdk``, ``_svc`` and ``_kava`` files and parts of
``_wound`` and ``_shelter`` (models; ``_sdk``/``_svc`` were copied and renamed); constant and
function names of ``eval_payloads.py`` and of the kits of sets 16, 17, 20, 21, 22 and 24
(``head``, ``claims``, ``raw``, ``lines``, ``at_path``); file-name greps of ``scripts/`` and a few
matching docstring lines of sets 34, 54, 56, 85, 118, 127-129 and 131 to make the apps
different; ``git rev-parse --short HEAD`` (ae12afe). No classifier, rule, test or decoder was
read or run; the files were checked with ruff's ``F`` rules (unused imports removed). Every
label's path was built with set 132's conventions (base64 JSON in a form field continues at
``data.isem``, in a header at ``x-reg-data.idCard``, in a cookie at ``cb_state.vid``; base64url
JSON in the query at ``d.a``; a JSON string in a JSON field at ``partner_params.revenue``; a URL
in a JSON field per parameter (``link.ref``); JWT claims at ``.claims``; JSON Lines ``[i]``; a
top-level JSON array ``[i].lat``; protobuf fields by number; multipart parts at their names, a
file part one field; bracketed form keys as sent; URL path ``path[i]``, a ``lat,lon`` segment
one field).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families144_dghajsa
import eval_families144_doctrine
import eval_families144_garage
import eval_families144_inr
import eval_families144_lease
import eval_families144_lingwa
import eval_families144_polo
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the runs of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families144_dghajsa.qaddiefa(), *eval_families144_dghajsa.qaddiefa_sdks(),
            *eval_families144_inr.koagula(), *eval_families144_inr.koagula_sdks(),
            *eval_families144_doctrine.duttrina(), *eval_families144_doctrine.duttrina_sdks(),
            *eval_families144_polo.pixxispolo(), *eval_families144_polo.pixxispolo_sdks(),
            *eval_families144_lease.kirjaflat(), *eval_families144_lease.kirjaflat_sdks(),
            *eval_families144_garage.garaxx(), *eval_families144_garage.garaxx_sdks(),
            *eval_families144_lingwa.kelmiet(), *eval_families144_lingwa.kelmiet_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
