"""Hundred-and-forty-sixth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run twice at
the end. It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (161 first-party calls and 66 SDK calls, 227 exchanges, 1,618 labels as
``main`` prints them after ``listed_once``), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She spends the
year in Tartu (Estonia) with her Estonian husband Rasmus Tamm, her US SIM roaming; their daughter
Liisa (8) goes to school in Tartu. Seven app kinds (fictional names, hosts under example.* per
RFC 2606, no real company named as sender), each with its own API and the SDKs it embeds: a
firewood co-operative's delivery app ``eval_families146_puu.py`` ("Puuriit": its API's keys are
Estonian: ``nimi`` first name, ``perenimi`` surname, ``meiliaadress`` e-mail address,
``mobiil`` mobile number, ``salasona`` password, ``synnikuupaev`` birth date, ``isikutunnus``
personal identifier (her personal code), ``tanavaaadress`` street address, ``linnaosa``
district, ``asula`` settlement, ``maakond`` county, ``sihtnumber`` postcode, ``asukoht`` with
``laius``/``pikkus`` position with latitude/longitude, ``abikaasa_nimi``/``abikaasa_mobiil``
spouse's name/mobile, ``kliendinumber`` customer number, ``tellimus`` order, ``summa`` amount,
``kontonumber`` account number, ``kontoomanik`` account holder, ``makseviis`` payment method,
``tarneaadress`` delivery address, ``kommentaar``/``kirjeldus`` comment/description, ``seade``
device, ``kasutaja`` user, ``keel`` language; also ``kogus_rm`` quantity in stacked cubic
metres, ``hind`` price, ``ladu`` wood yard, ``viitenumber`` payment reference, ``hinne`` grade;
set 80's Estonian vocabulary ``eesnimi``, ``perekonnanimi``, ``telefon``, ``isikukood``,
``parool``, ``epost`` etc. was deliberately not reused), an allotment-garden society's app
``_peenar.py`` ("Peenar"), an Orthodox parish's candle and commemoration app ``_kuunal.py``
("Küünlavalgus": her religion), a hearing clinic's hearing-aid fitting app ``_kuulmine.py``
("Kuuldekoda": her own health data), a seasonal tyre-change and tyre-storage app ``_rehv.py``
("Rehvihotell"), an Estonian-language integration course and level-exam app ``_keel.py``
("Keelesild": her residence permit and personal code) and her daughter's children's folk-dance
group for the youth dance festival ``_tants.py`` ("Tantsutuba": the child's data). File-name and
docstring greps of ``scripts/``: "allotment", "tyre hotel" and "candle" matched no app kind;
"firewood" occurs in set 134's files (not as a delivery co-operative with moisture checks and
a stacking helper, as here); hearing devices appear in sets 11 and 24 (Kuuldekoda is
clinic-run: remote fine-tuning, a protobuf fitting sync, a state co-payment); set 125 has
motorbike services (Rehvihotell stores a family car's wheels); set 120 has a dance app for
adults (Tantsutuba is a child's festival group: costumes, a bus trip, photo consent); set 137
has an allergy clinic and set 140 a UVB clinic, which is why the clinic here is a hearing
clinic. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metricstork", MMP "Tracklynx", OpenRTB 2.5 ads "Bidkadakas", crash
reporting "Crashhirv") and ``_svc.py`` (flags "Flagrukki", push "Pingpeipsi", consent
"Consentkama", payments "Coinkroon", maps "Mapraba", support chat "Helpsepik"); their shapes
were adapted from set 132's ``_sdk.py``/``_svc.py`` (renamed, Estonian country, zone and
currency). ``eval_families146_kit.py`` holds her places, people and the apps' businesses (its
docstring lists them); ``head``, ``claims``, ``rid`` and ``sdk_id`` are ``eval_families24_kit``'s,
the rest comes from ``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, an SMS
code), ``/me``-style GETs with JWT bearers, log-outs with a refresh token; firewood: the
address with her flat's position, her husband as receiver, products, an order, the payment with
her IBAN, a delivery window, the driver's arrival (her flat at 5 decimals in the query), a
stacking helper, a moisture reading (4 decimals), a photo of the pile, a complaint, an autumn
order (msgpack), invoices by customer number in the path, a search, a base64 JSON state cookie,
the nearest yard (2 decimals), feedback, billing; allotment: joining, the lease (her plot's
point; the gate's a negative), the fee, a water reading (form, 5 decimals as strings), the tool
shed, compost, a plot photo, the sowing diary (gzip), a swap post quoting her phone, a work
day, a board message, her husband as plot-mate, the gate code by cookie GET, the statement by
member number in the path, a greenhouse sensor (protobuf, nested fix ``4.1``/``4.2``), the
harvest (msgpack), notices, the profile (upper-case e-mail); parish: joining (chrismation),
candles with an intention naming her family, a commemoration list (living and departed names),
a memorial service for her husband's grandmother, a donation, confession, vigil attendance
with her fix, name days (her daughter's), a pilgrimage with a parishioner, a hymn search, the
newsletter, a message to the priest naming her diabetes, statements by cookie and a receipt
``.pdf`` in the path, the calendar, the daughter's baptism, a volunteer duty, a fasting log
(msgpack); hearing: registration (record number, personal code), the intake (tinnitus, noise,
dizziness, medicine), a home audiogram (gzip; per-ear thresholds as one series each), the aid
pairing, a protobuf fitting sync (nested gains ``4.1``-``4.3``, programme ``6``), fine-tuning,
wear hours (msgpack), an appointment, a video fitting, a message to the audiologist,
batteries, the state co-payment, results by record number in the query, sharing with her
husband, the clinic check-in, a tinnitus diary (gzip), a cookie GET with the upper-case install
ID, a lost aid, a questionnaire score; tyres: sign-up with the car, an SMS log-in, the car by
plate, the storage contract, a booking, her arrival (``lat,lon`` in the path), tread photos,
the tread report, an invoice, a reminder, her husband's pick-up, a roadside puncture on the
Tallinn road (her fix at 5 decimals), receipts by cookie and by contract in the path, shops near
her (``lat,lon`` at 3 decimals in the query), a quote, support naming her husband and his
number; language: sign-up with the residence permit, a placement test, enrolment, the state
voucher (personal code, permit), a payment, QR attendance (6 decimals as strings), homework
(an M4A voice recording and a text naming her district and family), a speaking club, the exam
registration with her permit scan (PDF) and a hearing accommodation, results by learner number
in the path, a tutor message, a dictionary search, flashcards (msgpack), base64 JSON prefs in a
form, the schedule, a certificate request, a writing task, feedback; dance: the parent sign-up
with the second parent, Liisa's enrolment, the term fee, costume measurements, a costume
rental, an absence (fever, ear infection), her health note (birch pollen), photo consent, the
hall check-in (4 decimals), the festival bus trip, a teacher message, a gallery search for her
name, the schedule by her personal code in the path, a pick-up with session cookies, notices,
base64 JSON in a form, a car-pool, festival tickets; per app push registration and an event
log (gzip). SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON
in a form field), offline queues (JSON Lines), signed-out beacons (base64url JSON in the
query); MMP installs and sessions (the Android ID, the referrer, roaming), events (a JSON
string ``partner_params``; hashed e-mail and phone) and a deep link (a URL in a JSON field);
OpenRTB 2.5 bids (GPS at 3 decimals or IP geo; year of birth, gender and keywords in one) and
win/impression beacons; crash envelopes and sessions; flag evaluations (JSON; base64 JSON in a
header of a GET); push subscribers (tags, a position at 2 decimals); consent records (a signed
receipt cookie) and web-view checks (a base64 JSON cookie); card tokens, confirmations and a
wallet collection; geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry
(a gzip JSON array); support messages (an identity JWT in a JSON field) and an upload.

Negatives are implicit: request, trace, order-line, booking, lesson, room, batch and report
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB auction, bid,
creative and publisher IDs and prices; the wood yard's ID, name, phone and point, wood kinds,
quantities, unit prices, the moisture meter's serial and readings, the payment reference; the
allotment society's gate point, the plot number (a place's number, sent also in paths and
protobuf), the water meter and its reading, tools, crops and harvest weights; the church's ID
and point, the icon, the priest's ID, the volunteer duty; the clinic's ID and point, the hearing
aids' serial, Bluetooth address, firmware and model, sound-environment hours; the tyre shop's
ID, name and point, the car's plate, make and model (the family car's: not labelled, a
reader may disagree), tread depths, tyre sizes, the road number; the school's ID, the room QR,
placement answers and score, group names, the voucher code; the dance hall's ID and point, the
group's name, seat numbers, the costume.

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/jailbroken flags, network type, battery, free memory and
User-Agents naming the model or OS ``device.info``; event and screen names, session counts and
lengths and a learning streak ``behavior.usage``; SDK install, device, subscriber, visitor and
payment device IDs, the Android ID and push tokens ``id.device``; passwords, SMS codes, bearer,
refresh, session, video-room and client-secret tokens and session cookies
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; series labelled once at their path
(audiogram thresholds, the tinnitus diary); MCC/MNC and the carrier ``location.carrier``;
district, town, county, postcode and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fares, deposits, orders, invoices, receipts and contracts
``financial.purchase``; card data, bank accounts and payment-method IDs ``financial.payment``;
another person's name, phone and e-mail typed by the user ``contact.*``; a value in the URL path
is ``url`` ``path[i]`` (0-based over non-empty segments); text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too (``content.text|...``);
Estonian keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- firewood: ``kliendinumber`` (body, JWT claim, msgpack, base64 JSON cookie, traits, URL path)
  ``id.user``; ``isikutunnus`` (her Estonian personal code) ``personal.national_id``; her flat's
  position in the address, the driver's arrival query and the moisture reading
  ``location.precise``, the nearest-yard query at 2 decimals ``location.coarse``; the
  ``abikaasa`` fields ``contact.*``; the stacking note naming her husband
  ``content.text|contact.name``; complaints and feedback ``content.text``; the yard's point in
  the route a negative;
- allotment: the membership number ``id.user``; her plot's point (lease, water reading,
  greenhouse sensor, reverse geocoding) ``location.precise`` (she works it; the society's gate
  a negative); the plot number unlabelled; the swap post quoting her phone
  ``content.text|contact.phone``; district names ``location.coarse``;
- parish: the parish name, jurisdiction, chrismation, baptismal name, services, sacraments,
  funds, fasts, the liturgical calendar choice, the pilgrimage and the push tag
  ``personal.sensitive`` (religion), amounts ``financial.purchase``; the candle intention, the
  memorial note and the commemoration names: names ``contact.name`` (the intention and note
  also ``content.text|personal.sensitive``); the message to the priest naming her diabetes
  ``content.text|personal.sensitive|health.medical``; the hymn search
  ``behavior.search|personal.sensitive``; the register number ``id.user``; the daughter's name
  and birth date ``contact.name``/``personal.birthdate``, her baptism ``personal.sensitive``;
- hearing: the clinic record number (body, JWT ``mrn``, query, gzip) ``health.medical``; the
  intake, audiogram, gains, programme, wear hours, questionnaire score ``health.medical``; her
  personal code for the co-payment ``personal.national_id``; the ear-mould photo sent to support
  ``content.media|health.medical``; the geocoded clinic name ``behavior.search``; the
  audiologist and her husband ``contact.*``; the video join token ``secret.credential``;
- tyres: the storage contract (body, JWT claim, deep-link parameter, URL path)
  ``financial.purchase``; her arrival segment at 6 decimals ``location.precise``; shops near
  her at 3 decimals ``location.precise``; the roadside fix and telemetry ``location.precise``;
  the SMS code ``secret.credential``; the car's plate unlabelled (see negatives); the roadside
  text ``content.text`` only (it mentions her child without naming her);
- language: the residence permit number and the personal code ``personal.national_id``, the
  permit scan ``content.media|personal.national_id``; the learner number ``id.user``; the
  homework recording of her voice ``content.media|biometric.voice`` (a voice sample, no
  template); the homework text naming herself and her district
  ``content.text|contact.name|location.coarse``; the exam accommodation naming her hearing aids
  ``health.medical``; the dictionary search ``behavior.search``;
- dance: Liisa is a data subject (sets 29, 35, 37): her name, personal code (body, JWT
  ``children``, URL path) ``personal.national_id``, birth date and birth year
  ``personal.birthdate``, sex ``personal.gender``; her height, chest and shoe size
  ``health.fitness``; her fever, ear infection, allergy and water note ``health.medical``
  (texts ``content.text|...``); the gallery search for her name ``behavior.search|contact.name``;
  the second parent, car-pool driver and emergency contact (her husband) ``contact.*``; the
  hall check-in at 4 decimals is the mother's phone ``location.precise`` (the hall's point a
  negative); the wallet collection quotes her own phone ``contact.phone``;
- SDKs: Tracklynx's ``country`` (from the IP) ``location.coarse``, its ``roaming`` flag
  ``device.info``; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, its geo country, region
  (``79``, Tartu county) and city ``location.coarse``; Consentkama's receipt cookie opens nothing
  (claims labelled, the token not); Helpsepik's identity token is a credential (claims labelled);
  Coinkroon's cardholder ``contact.name`` and card country ``location.coarse``; Pingpeipsi's and
  Metricstork's positions at 2 decimals ``location.coarse``, at 3 decimals ``location.precise``;
  routes label her points, not the yard or the shop.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): README's first
80 lines; ``eval_families132.py``, ``_kit``, ``_church``, the first 120 lines of ``_sdk``, the
function signatures of ``_svc`` and lines 76-120 of ``_wound`` and the imports of ``_shelter``;
lines 1-30 of ``eval_families80.py`` (its Estonian keys, to avoid them) and the first lines of
``eval_families137_allergy.py``; ``__all__`` of ``eval_families17_kit.py``; the first 150 lines
of ``eval_payloads.py``; file-name and docstring greps of ``scripts/`` for the app kinds and the
new names. ``_sdk.py`` and ``_svc.py`` were made from set 132's by a renaming ``sed``. Static
checks with ``ruff`` (pyflakes rules) on the new files only. No classifier, rule, test or
decoder was read or run; the paths were not checked before ``main``'s runs. The first run
(only ``main``'s own output: counts and unproduced paths) showed two unproduced paths (the
audiogram's per-ear thresholds labelled as whole objects; now strings, one label each) and a
wrong import (``NATIONAL`` is a kit's national-format phone value, not the national-ID
category; the four apps now use ``personal.national_id``); the second run is the final one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families146_keel
import eval_families146_kuulmine
import eval_families146_kuunal
import eval_families146_peenar
import eval_families146_puu
import eval_families146_rehv
import eval_families146_tants
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Two unproduced paths found by the first run of ``main`` were fixed in the set; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families146_puu.puuriit(), *eval_families146_puu.puuriit_sdks(),
            *eval_families146_peenar.peenar(), *eval_families146_peenar.peenar_sdks(),
            *eval_families146_kuunal.kuunlavalgus(), *eval_families146_kuunal.kuunlavalgus_sdks(),
            *eval_families146_kuulmine.kuuldekoda(),
            *eval_families146_kuulmine.kuuldekoda_sdks(),
            *eval_families146_rehv.rehvihotell(), *eval_families146_rehv.rehvihotell_sdks(),
            *eval_families146_keel.keelesild(), *eval_families146_keel.keelesild_sdks(),
            *eval_families146_tants.tantsutuba(), *eval_families146_tants.tantsutuba_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
