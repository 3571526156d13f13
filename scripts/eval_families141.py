"""Hundred-and-forty-first, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run twice at
the end: the first run printed 1,809 labels and no unproduced path; the Accept-Language header
was then dropped from four apps and the install-ID header from most calls of two (labels only
removed), and the second run printed 1,672 labels (its output was cut short by the author's own
``| head`` pipe after the counts, so its final path check was not seen). It is to be scored
once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this
author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (160 first-party calls and 70 SDK calls, 230 exchanges, 1,672 labelled fields
after ``listed_once``, as ``main`` prints them), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She spends the
year in Ulaanbaatar (Mongolia) with her Mongolian husband Bat-Erdene Gantulga, her US SIM
roaming, in a flat of a Soviet-era block in Bayanzurkh; their daughter Saruul (9) goes to school
there, trains at a contortion school and coughs through the winter smog. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each
with its own API and the SDKs it embeds: the block's residents'-association app
``eval_families141_orshin.py`` ("Orshin Suugch": its API's keys are Mongolian in Latin letters:
``ner`` name, ``ovog`` family name, ``utas`` phone, ``i_meil`` e-mail, ``nuuts_ug`` password,
``tursun_ognoo`` birth date, ``huis`` sex, ``registriin_dugaar`` register/ID number, ``hayag``
address, ``bair`` building, ``toot`` flat, ``duureg`` district, ``khoroo`` sub-district,
``hot`` city, ``nukhur`` husband, ``khuukhed`` child, ``ger_bul`` household, ``os_dugaar``
resident account number, ``nekhemjlekh`` bill, ``dun`` amount, ``dans`` bank account,
``tooluur`` meter, ``khaluun_us``/``khuiten_us`` hot/cold water, ``gomdol`` complaint,
``tailbar`` note, ``khaikh`` search, ``sanal`` vote, ``khel`` language, ``tsagiin_bus`` time
zone, ``kod`` code, ``zurag`` photo, ``tokhooromj`` device, ``khereglegch`` user, ``uil``
events; its free text is Mongolian in Latin letters too), a Buddhist monastery's prayer-reading
and offering app ``_khiid.py`` ("Nomiin Gerel": her religion), a children's respiratory clinic
with the family's home air purifier ``_amisgal.py`` ("Amisgal": the daughter's health), a liver
centre's hepatitis B/D screening and vaccination app ``_eleg.py`` ("Eleg Tus": her health and
her husband's), the daughter's contortion school ``_uyan.py`` ("Uyan Tsetseg": a Franco-Mongolian
school whose API mixes French keys ``prenom``, ``nom``, ``courriel``, ``telephone``,
``mot_de_passe``, ``enfant``, ``date_naissance``, ``sexe``, ``eleve``, ``montant``, ``facture``,
``blessures``, ``motif`` with English; the child's data), shared seats in intercity vans to
Erdenet and Darkhan ``_zamch.py`` ("Zamch") and a deel tailor's atelier ``_deel.py``
("Oyudal"). Set 93 was also set in Ulaanbaatar (a ger-district heating subsidy with Mongolian
keys, TB observed therapy, Naadam horse racing, a herder, throat singing, a cashmere cooperative,
bus and train tickets); none of this set's kinds is one of those, and the overlaps with other
sets were made different (a file-name and docstring grep of ``scripts/``): sets 64, 91 and 123
have condominium and housing-society apps (visitors, gates, maintenance), so Orshin Suugch bills
district heating and metered water and takes cold-radiator and lift complaints; sets 110, 113
and 125 have Buddhist almsgiving, procession and merit apps, so Nomiin Gerel orders sutra
readings by the monks for named relatives, butter lamps, the astrologer, a mantra count and a
pilgrimage; set 127 is an adult asthma clinic, so Amisgal is paediatric with a purifier, a
nebuliser, a cough recording and an oximeter; set 83 is hepatitis-C treatment adherence, so
Eleg Tus is B/D screening after a household diagnosis and a vaccine course; set 79 is a Dhaka
tailor shipping abroad, so Oyudal is a local atelier measuring the household for Tsagaan Sar;
set 93's bus is a ticket office, so Zamch is drivers' shared seats with door pick-ups and
parcels. No earlier file name has "contortion" or "circus". The SDKs are ten new vendors, built
once and called by every app with its own events: ``_sdk.py`` (analytics "Metrigazelle", MMP
"Trackbactrian", OpenRTB 2.5 ads "Bidjerboa", crash reporting "Crashzokor") and ``_svc.py``
(flags "Flagtakhi", push "Pingkhulan", consent "Consentargali", payments "Paytogrog", maps
"Mapovoo", support chat "Helpgobi"); their shapes follow set 132's SDK modules, renamed and
moved to Mongolia (time zone, country, currency, paths). ``eval_families141_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them); ``head``, ``claims``,
``rid`` and ``sdk_id`` are ``eval_families24_kit``'s, the rest comes from
``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes, a results PIN, a password change), ``/me``-style GETs with JWT bearers; association:
registration (her resident card, her flat), bills, a bill and a receipt by number in the path,
the payment from her bank account, meter readings (msgpack) and a meter photo, a cold-radiator
complaint naming the daughter's bronchitis, a lift fault, the household (husband's register
number, daughter), a stairwell vote, an e-receipt (base64 JSON in a form field), notices, a
search, history by account number in the path, a profile update (mixed-case e-mail, national
phone), a message to the manager, push, events, a cookie GET, a log-out; monastery: sign-up
(religion, lineage, birth year and its animal), monasteries near home (3 decimals), a sutra
reading for her husband and daughter (names, birth years, an intention naming the daughter's
lungs), the payment, butter lamps, the astrologer (her birth date), the auspicious calendar for
her animal year, a check-in with her fix, a pilgrimage (her passport, her husband as emergency
contact), a receipt in the path, a mantra count (msgpack), a teaching streamed, a search, a
lama followed, an amulet order delivered home, a message to the office; clinic: the parent's
account, the child's registration (record and insurance numbers, history), a symptom diary,
the purifier paired on the home Wi-Fi (the profile's SSID/BSSID, the LAN address), indoor
readings (protobuf with the flat's fix at ``4.1``/``4.2``), outdoor air (2 decimals), a visit,
nebuliser doses (msgpack), a video consult, a cough recording (multipart audio), oximeter
readings (gzip, one series), a refill, a school note, results by record number in the path,
sharing with the husband, growth, vaccinations, the nearest ER (5 decimals), a clinic check-in;
liver: sign-up (resident card), an SMS code, the risk questionnaire, a lab booking and check-in,
results in the path, a private lab's PDF, the first vaccine dose, reminders, the husband as a
household contact (his diagnosis and treatment), a payment, a message, symptoms, alcohol, a
research consent (declined), an article, a receipt by invoice in the query, a PIN; contortion
school: the parent's account, the enrolment (height, weight, injuries, asthma), the medical
certificate (PDF), classes, a studio check-in by QR with her fix, the fee, a costume with the
child's measurements, a performance photo with a caption (a text part), a festival abroad (the
child's passport), flexibility (msgpack), a message to the coach, a pick-up person (her
mother-in-law), an absence, the invoice in the path, a search; vans: sign-up by phone, an SMS
code, a trip search, a booking for her and the child with a door pick-up, the wallet payment,
the live trip (protobuf fix ``3.1``/``3.2``), sharing the trip (a URL in JSON whose query
carries the booking and her user ID), a rating, a lost item, a parcel to her mother-in-law,
bookings by user ID in the path, a cancellation (the child is sick), the ticket in the path, an
SOS on the road, an offline queue of fixes (msgpack), saved places, a search; tailor: her
measurements and her daughter's and husband's, fabrics, a search, an inspiration photo, a fit
photo, the order, the deposit, a fitting and its check-in, the status in the path, a note on
her shoulder, a gift card for her sister-in-law, a review, loyalty (msgpack), a delivery slot
(base64 JSON in a form field), an address with her point at 4 decimals; per app push
registration and an event log (gzip). SDKs: analytics batches (gzip; positions at 2 or 3
decimals; an advertising ID in two), traits (base64 JSON in a form field), offline queues (JSON
Lines), signed-out beacons (base64url JSON in the query); MMP installs and sessions (the Android
ID, the referrer, roaming), events (a JSON string ``partner_params``; hashed e-mail and phone)
and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS at 2 or 3 decimals or IP geo;
a birth year and gender in one) and win/impression beacons; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON in a header of a GET); push subscribers (tags, positions at 2
decimals); consent records (a signed receipt cookie) and web-view checks (a base64 JSON
cookie); card tokens, a confirmation and a wallet payment; geocoding (a clinic's name, her own
street line), reverse geocoding (``lat,lon`` in the path), routes and telemetry; support
messages (an identity JWT in a JSON field) and uploads.

Negatives are implicit: request, trace, check-in, presence, fitting, pairing, booking-line,
seat, thread and profile IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB auction, bid, creative and publisher IDs and prices; the association's ID, phone and
point, the meters' numbers and readings, room temperature, the lift and entrance, the vote's
choice and the household size; the monastery's ID as a place, its point and phone, the lama's
and teaching's IDs, the mala, the shop's SKUs; the clinic's ID, point and phone, the purifier's
serial, Bluetooth address and firmware, indoor PM readings, the nebuliser's and oximeter's
models, the school's name and class; the liver centre's ID and point, the vaccine lot, the
queue number, the study's ID, the article's ID; the studio's ID, QR and point, the group, the
level, the costume model, the coach's ID; the trip, van, driver and stand, the seat row, the
parcel's weight; the atelier's ID and point, fabrics and SKUs, the need-by date, points and
tier.

Encodings: JSON (plain and gzip), form bodies, GETs (most with query strings), multipart (JSON,
JPEG, PDF, M4A and text parts), msgpack (6), JSON Lines (crash envelopes under their own content
type, offline queues), schema-less protobuf (3: nested fixes ``4.1``/``4.2`` and ``3.1``/``3.2``),
headers (User-Agents, install IDs plain, upper case and without dashes (the van and tailor apps
send theirs only in a cookie or one call), Mongolian, French and English Accept-Language (three
apps; the other four send none), opaque and JWT bearers, SDK headers, a base64 JSON flag context),
cookies (sessions, devices, a JWT receipt, a base64 JSON cookie), JWTs (bearers with
``i_meil``, ``os_dugaar``, ``patron``, ``patients``, ``record``, ``phone``, ``courriel``,
``eleves`` and ``name`` claims; an identity token in a JSON field; a receipt that is no
credential), base64 JSON, base64url JSON, JSON strings in JSON fields, URLs in JSON fields,
values in URL paths. Profile transforms: the e-mail plain, mixed case, upper case and SHA-256;
the phone E.164, national ``(555) 010-0199`` and SHA-256; the install ID plain, upper case and
without dashes; the Android ID; the advertising ID; the user ID (bodies, JWTs, msgpack,
protobuf, JSON Lines, a URL path, a URL's query); the public IP (OpenRTB); the LAN address; the
MCC/MNC and the carrier; the home SSID/BSSID (the purifier joins her flat's Wi-Fi); the birth
date ISO, the birth year and its animal; coordinates at 2 to 6 decimals as numbers, strings,
query values, ``lat,lon`` path segments and protobuf doubles; her fixes away from the
profile's position (the flat, the monastery, the clinics, the studio, the atelier, the road).

Conventions kept from sets 20-37 (as set 132 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/jailbroken flags, network type, battery, free memory, the LAN
address and User-Agents naming the model or OS ``device.info``; event and screen names, session
counts and lengths ``behavior.usage``; SDK install, device, subscriber, visitor and payment
device IDs, the Android ID and push tokens ``id.device``; passwords, SMS and one-time codes, a
PIN, bearer, refresh, session, video-room and client-secret tokens and session cookies
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; series labelled once at their path
(oximeter readings); MCC/MNC and the carrier ``location.carrier``; city, district, sub-district
and country ``location.coarse``; street lines, building and flat numbers inside an address
``contact.address``; amounts, totals, fares, deposits, orders, bills, invoices, receipts,
bookings and gift cards ``financial.purchase``; card data, bank accounts, last four digits and
payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty
segments); text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too (``content.text|...``); Mongolian and French keys are labelled as their
English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- association: ``os_dugaar`` (body, query, JWT claim, msgpack, base64 JSON, traits, URL path)
  ``id.user``; ``registriin_dugaar`` (her foreign resident card, her husband's register number)
  ``personal.national_id``; ``huis`` ``personal.gender``; ``bair`` and ``toot`` inside ``hayag``
  ``contact.address`` (alone elsewhere, an entrance or a floor, not labelled); ``duureg``,
  ``khoroo`` and ``hot`` ``location.coarse``; the bill's number and amount
  ``financial.purchase``, the bank account ``financial.payment``; the meter photo
  ``content.media`` (her photo, no person); the complaint naming the daughter's bronchitis
  ``content.text|health.medical``; the lift fault and the message to the manager
  ``content.text``; water readings unlabelled (consumption, no taxonomy type); the vote's choice
  unlabelled (a building matter, not a political opinion);
- monastery: religion, lineage, home monastery, the sutra, the lamp, the service attended, the
  astrologer's service, the mantra and the push tags ``personal.sensitive`` (religion), the
  monastery's ID when it says where she worships (in a reading, a lamp, a check-in, tags) also
  ``personal.sensitive``, its ID in the page's URL not; the birth year and the year's animal and
  element ``personal.birthdate`` (they state her birth year); relatives named for the reading
  ``contact.name`` with their birth years ``personal.birthdate``; the intention naming the
  daughter's lungs ``content.text|personal.sensitive|health.medical``; a dedication
  ``content.text|personal.sensitive``; the astrologer's question ``content.text``; a search for
  a prayer ``behavior.search|personal.sensitive``; a message giving the daughter's birthday
  ``content.text|personal.sensitive|personal.birthdate``; her passport ``personal.national_id``,
  nationality unlabelled; the patron number ``id.user``;
- children's clinic: Saruul is a data subject (sets 29, 35, 37, 132): her name, birth date and
  sex labelled; her record number (body, JWT ``patients``, msgpack, query, URL path) and her
  health-insurance book number ``health.medical`` (as set 37's insurance member ID); conditions,
  allergies, birth weight, symptoms, drugs, the cough recording
  (``content.media|health.medical``), the oximeter series, the school note's diagnosis and PE
  exemption ``health.medical``; height and weight ``health.fitness``; the purifier's Wi-Fi is
  her flat's (``location.wifi``), its LAN address ``device.info``; indoor PM readings
  unlabelled; the flat's fix in the protobuf ``location.precise``; her husband shared with
  ``contact.*``; the clinic's name in a geocoder ``behavior.search``;
- liver centre: her record number ``health.medical``; the questionnaire's answers, tests,
  results, the vaccine, dose, site, reminders, symptoms and alcohol ``health.medical``; the
  pregnancy answer ``personal.sensitive`` (pregnancy is listed there); her husband's name and
  phone ``contact.*``, his register number ``personal.national_id``, his diagnosis and drug
  ``health.medical`` (another person's health typed by her); the lab PDF
  ``content.media|health.medical``; the results PIN ``secret.credential``; the research consent
  unlabelled;
- contortion school: the pupil number (body, query, JWT ``eleves``, msgpack, support chat)
  ``id.user``; the child's name, birth date, sex ``contact.name``/``personal.birthdate``/
  ``personal.gender``, her passport ``personal.national_id``; her height, weight, costume
  measurements and flexibility ``health.fitness``; injuries, asthma and the inhaler
  ``health.medical``; the medical certificate ``content.media|health.medical``; the performance
  photo ``content.media`` and its caption naming her ``content.text|contact.name``; the coach
  message naming her back pain ``content.text|health.medical|contact.name``; the absence reason
  ``content.text|health.medical``; the grandmother as pick-up ``contact.*``;
- vans: the from/to cities ``location.coarse`` (where she travels), the pick-up at her door and
  fixes on the road ``location.precise``, the in-laws' saved flat in Erdenet
  ``location.precise`` and ``contact.address`` (a place she goes, typed by her), the van stand a
  negative; the child's age ``personal.birthdate``; the booking, fare, parcel and payment
  ``financial.purchase``; the wallet number is her phone ``contact.phone``; the share link's
  query ``b`` and ``u`` labelled per parameter; the rating, lost item, parcel contents and SOS
  ``content.text``, the cancellation naming the sick child ``content.text|health.medical``;
- tailor: her, her daughter's and her husband's body measurements ``health.fitness`` (with
  their names ``contact.name``, the child's age ``personal.birthdate``); the fit photo and the
  inspiration photo ``content.media``; the note on her frozen shoulder
  ``content.text|health.medical``; a fitting note naming the child
  ``content.text|contact.name``; the gift card's recipient ``contact.*`` and greeting naming her
  ``content.text|contact.name``; her own street line typed into the geocoder
  ``contact.address|behavior.search``; her saved home point at 4 decimals ``location.precise``;
- SDKs: Trackbactrian's ``country`` (from the IP) ``location.coarse``, its ``roaming`` flag
  ``device.info``; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, its geo country,
  region (``1``, Ulaanbaatar) and city ``location.coarse``, ``yob``/``gender`` labelled;
  Consentargali's receipt cookie opens nothing (claims labelled, the token not); Helpgobi's
  identity token is a credential (claims labelled); Paytogrog's cardholder ``contact.name`` and
  card country ``location.coarse``; Pingkhulan's and Metrigazelle's positions at 2 decimals
  ``location.coarse``, at 3 ``location.precise``; routes label her points, not the monastery
  or the stand; map telemetry on the walk to the clinic ``location.precise``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families132.py`` and its ``_kit``, ``_sdk``, ``_svc``, ``_kava``
and ``_wound`` modules (the SDK modules were copied and renamed); the sources of ``head``,
``claims``, ``rid``, ``sdk_id``, ``App``, ``ev``, ``opaque``, ``multipart``, ``raw``, ``pb``,
``tok``, ``sjwt``, ``add``, ``enc``, ``jsonl``, ``lines``, ``at_path``, ``sdk_uid``,
``push_token`` and ``report`` and the category constants of the kits of sets 6-24; the first
40 lines of ``eval_families93.py`` and the first lines of the docstrings of sets 64, 79, 83, 87,
91, 102, 110, 113, 123, 125, 127 and 130's app modules to make the apps different; file-name
and string greps of ``scripts/`` for the app kinds and the new names. No classifier, rule, test
or decoder was read or run; labels were not checked against a decoder before ``main``. Beyond
the brief: a directory listing of the lead's brief folder (file names only) and one ``git
status --short`` at the end, which listed the names of modified files under ``analysis/`` (no
content was read).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families141_amisgal
import eval_families141_deel
import eval_families141_eleg
import eval_families141_khiid
import eval_families141_orshin
import eval_families141_uyan
import eval_families141_zamch
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
    return [*eval_families141_orshin.orshin(), *eval_families141_orshin.orshin_sdks(),
            *eval_families141_khiid.nomiin(), *eval_families141_khiid.nomiin_sdks(),
            *eval_families141_amisgal.amisgal(), *eval_families141_amisgal.amisgal_sdks(),
            *eval_families141_eleg.eleg(), *eval_families141_eleg.eleg_sdks(),
            *eval_families141_uyan.uyan(), *eval_families141_uyan.uyan_sdks(),
            *eval_families141_zamch.zamch(), *eval_families141_zamch.zamch_sdks(),
            *eval_families141_deel.oyudal(), *eval_families141_deel.oyudal_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
