"""Eighty-fourth, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not). Its ``main`` (which runs the
project's decoders through ``check_ci``) was run once, as the brief allows.

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (159 first-party calls and 74 SDK calls, 233 exchanges, 1,621 labels after
``listed_once``), mostly ordinary placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a Bilbao pelota-and-cider-house booking app
``eval_families84_kantxa.py`` ("Kantxa": its API's keys are Basque, ``izena``, ``abizena``,
``eposta``, ``telefonoa``, ``pasahitza``, ``jaiotze_data``, ``nan``, ``helbidea`` with ``kalea``,
``herria``, ``posta_kodea``; she is in Bilbao for a week), an endometriosis pain-and-surgery diary
``_endo.py`` ("Pelvira"), a Camino de Santiago pilgrim passport with stamps and GPS ``_camino.py``
("Conchapass": Spanish and English keys; she walks from Sarria), a foster-dog volunteering app
``_foster.py`` ("Kennelkin"), a rooftop solar-panel installer quote app ``_solar.py``
("Rooflumen": the roof is the Brooklyn house she has just bought), a sign-language video-relay
interpreter app ``_sign.py`` ("Signwell": she is Deaf) and a community-garden plot-sharing app
``_garden.py`` ("Allotmint"). The SDKs are ten new vendors, built once and called by every app
with its own events and choices: ``_sdk.py`` (analytics "Kontalari", MMP "Iturburu", OpenRTB 2.5
ads "Enkantea", crash reporting "Akatsbide") and ``_svc.py`` (flags "Etengailu", push "Deiadar",
consent "Onespen", payments "Ordaingune", maps "Mapaldi", support chat "Galdetxo").
``eval_families84_kit.py`` holds the apps' places, people, equipment and generators (its
docstring lists them); ``head``, ``claims``, ``rid`` and ``sdk_id`` are ``eval_families24_kit``'s,
``fix``, ``home`` and ``obj`` ``eval_families37_kit``'s, the rest comes from
``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, a magic
link's code, SMS codes, a password change, an app-lock PIN), ``/me``-style GETs with JWT bearers;
pelota: matches near her (query), a match, tickets (her member number, the holder), a ticket sent
to a friend (the booking code in the path), a cider-house search, a table booked (gluten allergy,
a coeliac note, her contact), the booking by code in the path (cookie), a shuttle, a photo with a
caption naming her friend, a review, a gate scan (msgpack), a check-in at the frontón (protobuf,
a nested fix), a membership bought on Play, a referral, settings, weather; endometriosis: a diary
day (pain by site, pain types, bleeding, cycle day, bowel, fatigue, a note), a week of pain scores
(gzip), the body map, medicines and a dose (msgpack), her excision surgery and a photo of its
operative report, a voice note with its transcript, fertility plans, a TENS unit paired and a
session (protobuf), a follow-up visit, the insurance card, a report shared with her surgeon, a
community post and search, periods, a Health Connect import; Camino: the credential and her
motive, a stamp (photo and fix), a stage's track (gzip) and summary (protobuf), albergues near her
(``lat,lon`` query), an albergue, a bed booked with her passport, a bag transfer, blisters, an SOS,
an emergency contact, a journal entry and a photo (``lat,lon`` string), the Compostela request
(her name in Latin), the pilgrims' mass reminder, a donation, live sharing with a friend, her
stamps by the credential in the path; foster dogs: the application (home, landlord, licence), the
home check's photos, a background check (SSN last four), dogs near her, the foster, a daily
report, photos, a walk (gzip), feeding (msgpack), the dog's vet visit, an expense with a receipt,
reimbursement to her bank, a meet-and-greet with an adopter, a message, hours, a donation; solar:
a lead, the roof's analysis by her house's point, a bill's photo with her utility account, roof
photos, an installer's quote, a financing pre-check (SSN, birth date), acceptance with a deposit,
the contract signed (a drawn signature, her IP in the audit trail), a site visit with a gate
code, a referral, the inverter put on her Wi-Fi (SSID, BSSID, password), panel telemetry
(msgpack), production (gzip), incentives, a ticket; relay: registration for the relay database
(birth date, SSN last four, address, a Deaf self-certification), an ID photo, a profile photo,
the 911 location, contacts synced (gzip), a call to a contact, ICE candidates, call stats
(protobuf), a rating, a video mail (MP4), live captions, history, a favourite, settings, a
videophone linked, presence (msgpack); garden: sign-up with an access need, the waitlist from
home, a check-in at her plot with the gate code, a harvest, a photo, a plant-problem search, a
message to a gardener, a watering swap, a tool booking, dues, a seed swap at her stoop, a soil
sensor reading (msgpack), an offline harvest log (JSON Lines), a volunteer shift with an
emergency contact, a broken-hose report with her fix; per app push registration (model, OS,
locale or zone), an event log (gzip) and a cookie-authenticated GET. SDKs: analytics batches
(gzip; a rounded, a precise or no position; one with the advertising ID), identify (base64 JSON
in a form field), an offline queue (JSON Lines), signed-out beacons (base64url JSON in the
query); MMP installs and sessions, events (a JSON string ``partner_params``; hashed e-mail and
phone) and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals, in Spain
too, or IP geo; yob, gender, keywords) and a win notice; crash reports (JSON Lines under their own
content type) and a session; flag evaluations (JSON; base64 JSON in a header of a GET); push
devices (segments, a position at 2 decimals); consent records (a signed receipt cookie) and
web-view checks (a base64 JSON cookie); card tokens, confirmations and a SEPA mandate (an IBAN;
bracketed form keys); geocoding (text and ``near``), reverse geocoding (``lat,lon`` in the path),
routes and map telemetry (a gzip JSON array); support messages (an identity JWT in a JSON field)
and an attachment.

Negatives are implicit: request, trace, event, message, call, stage, foster, quote,
installation, entry, surgery-record and thread IDs, idempotency keys, nonces, cache busters,
timestamps, versions, public SDK keys, OpenRTB auction, bid, seat, creative and publisher IDs and
a clearing price; other users' IDs (gardeners), a share link; the hotel, the frontón and the cider
house (IDs, names, addresses, phones, points), seats, the shuttle stop; the clinic (ID, name,
phone, street, point), the TENS unit's serial, Bluetooth address, firmware and battery, the TENS
intensity and programme, the insurance group and payer, a heat pad's minutes; the albergues (IDs,
names, towns, phones, points), distance, stamp count, altitude and accuracy, nationality (see
below); the shelter (ID, street, phone, point), the dog (ID, name, chip, breed, medicines, its
vet and its limp), a store and its phone, the meet-and-greet's park, volunteer hours; the
installer (ID, name, licence, phone, e-mail, rep, warehouse point), the panels' and inverter's
serials, model and Bluetooth address, the inverter's LAN address, kWh per month and production,
the quote's price, incentives and payback, income and employment, a referral's note; the relay
centre and interpreters' IDs, the videophone's endpoint ID, a TURN relay candidate, codec,
bitrate, frame rate and RTT, the preferred language; the garden (ID, name, street, phone, point),
the plot's label, harvest weights and crops, the soil sensor's ID and readings, the tool booking.

Encodings, in rough proportion to real traffic: JSON (105 plain, 21 gzip), form bodies (34), GETs
(39, 21 with query strings), multipart (16: JSON, JPEG, PNG, M4A and MP4 parts), msgpack (6),
JSON Lines (8: 6 crash reports under their own content type, an offline queue, a harvest log),
schema-less protobuf (4: nested fixes ``3.1``/``3.2`` and ``6.1``/``6.2``, a flat TENS session,
call stats with a nested block), headers (User-Agents, install IDs under app-specific names plain,
upper case and without dashes, Accept-Language, opaque and JWT bearers, SDK device headers, a
support session, base64 JSON flag targets), cookies (sessions, a language cookie, a JWT receipt, a
base64 JSON cookie), JWTs (bearers with user ID, e-mail, phone, name, ``eposta``, ``bazkidea``,
``credencial``, ``vol``, ``tenDigit`` claims; an identity token in a JSON field; a receipt that is
no credential), base64 JSON (a form field, a header, a cookie), base64url JSON (a query
parameter), JSON strings in JSON fields, URLs in JSON fields, values in URL paths (two booking
codes, a pilgrim credential, reverse-geocoded points). Profile transforms: the e-mail plain,
mixed case, upper case and SHA-256; the phone E.164, national ``(555) 010-0199``, ``555-010-0199``,
ten digits and SHA-256; the install ID plain, upper case and without dashes; the Android ID; the
advertising ID; the user ID in bodies, JWTs, msgpack, protobuf and JSON Lines; the public IP
(OpenRTB, an ICE candidate, a contract's audit trail); the LAN address (a host candidate, a
linked videophone's form); MCC/MNC as ``310260`` and the carrier; the home SSID/BSSID (the
inverter); the birth date ISO, ``17/05/1991``, ``05/17/1991`` and a birth year; coordinates at 2
to 6 decimals as numbers, strings, query values, a ``lat,lon`` query, string and path segment,
protobuf doubles, and her fixes away from the profile's position (Bilbao, the Camino, the dog
walk, her new house, the garden).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, network type, free memory and storage, screen, battery, the LAN
address and User-Agents naming the model or OS ``device.info``; event and screen names, session
counts and lengths ``behavior.usage``; SDK install and device IDs, the Android ID, push tokens,
consent visitor IDs and the payment SDK's device hash ``id.device``; passwords, PINs, one-time
and SMS codes, gate codes, a pairing code, bearer and session tokens and cookies and a client
secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists are labelled
per element and collapsed by ``eval_families21.listed_once``; series are labelled once at their
path (a week of pain scores); MCC/MNC and carrier ``location.carrier``; city, state, ZIP,
``herria``, ``probintzia``, ``posta_kodea``, countries of residence and consent or ad geo
``location.coarse``; street lines (``kalea``, ``pisua``, ``line1``) ``contact.address``; a total,
a price, a fee, a deposit, a donation, a copay, revenue, booking, ticket and contract codes, a Play
product and token ``financial.purchase``; card data, bank account and routing numbers, an IBAN
and payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed by
the user ``contact.*``, address-book entries ``content.contacts``; a value in the URL path is
``url`` ``path[i]`` (0-based over non-empty segments); text that states a health fact, a
sensitive trait or names a person carries that category too (``content.text|...``); Basque and
Spanish keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- pelota: ``nan`` carries her passport number (a visitor has no DNI) ``personal.national_id``;
  her Kantxa member number (body, JWT claim ``bazkidea``, identify) ``id.user``; the ticket and
  table codes ``financial.purchase`` also in the URL path; ``alergiak: gluten`` and the coeliac
  note ``health.medical``; the photo caption naming Maite ``content.text|contact.name``; the app's
  language ``eu`` (body and cookie) ``device.info``; ``city_now: Bilbao`` ``location.coarse``;
  her fixes in the old town and at the Guggenheim ``location.precise``; the frontón's and cider
  house's points negatives; consent geo ``ES``/``PV`` ``location.coarse``;
- endometriosis: diagnosis, pain scores by site, pain types, bleeding, cycle day, bowel,
  fatigue, body-map regions, medicines and doses, the surgery's type, date, stage and findings,
  AMH, periods and cycle length, the TENS session's pain before and after, the insurance member
  ID, the flag attribute ``postOp``, a push segment naming her medicine and analytics pain
  properties ``health.medical``; trying to conceive, since when and a pregnancy test
  ``personal.sensitive|health.medical`` (pregnancy); the operative report's photo and the voice
  note ``content.media|health.medical``; the note, transcript, findings, visit reason, community
  post and support message ``content.text|health.medical``; the community search
  ``behavior.search|health.medical``; ``displayName: Jane D.`` ``contact.name``; the surgeon
  (prescriber, recipient) ``contact.*``; steps, sleep minutes and weight ``health.fitness``;
- Camino: the credential number (body, JWT, deep link, URL path) ``id.user`` (it names her); the
  passport ``personal.national_id`` (sign-up and the albergue's guest register); ``motivacion:
  religiosa`` (twice) and the pilgrims' mass reminder ``personal.sensitive`` (religion);
  ``nacionalidad`` unlabelled (not ethnic origin; her residence country is labelled);
  ``inicio: Sarria`` ``location.coarse``; ``sexo: mujer`` ``personal.gender``; her name in Latin
  and on the bag tag ``contact.name``; blisters and shin splints ``health.medical``; the stage's
  steps and ascent ``health.fitness``, its kilometres not; the SOS battery ``device.info``;
- foster dogs: the driver's licence and the SSN's last four ``personal.national_id``; the
  volunteer number ``id.user``; the landlord and adopter ``contact.*``; the dog's data, its
  medicines and vet visit are not hers (negatives); her photos of her home and the dog
  ``content.media``; the expense's amount and item ``financial.purchase``, the store a negative;
  volunteer hours unlabelled; the walk's fixes ``location.precise``;
- solar: her new house's street ``contact.address``, city, state and ZIP ``location.coarse``, its
  point ``location.precise`` (analysis, reverse geocoding); her utility account number
  ``id.user`` (an account ID at another business; no payment instrument); the monthly bill and
  kWh unlabelled; the SSN ``personal.national_id``, income and employment unlabelled; the drawn
  signature ``content.media``, the signer's IP ``location.ip``; the deposit and contract code
  ``financial.purchase``, the quote's price a negative; the gate code ``secret.credential`` and
  the visit note ``content.text``; the inverter's Wi-Fi SSID and BSSID ``location.wifi`` and
  password ``secret.credential``; the installer's data and serials negatives;
- relay: ``hearingStatus: Deaf`` ``personal.sensitive`` (disability), the preferred language
  ``ASL`` unlabelled (a setting); her ten-digit relay number (body, JWT claim) ``contact.phone``;
  the callee, a video mail's recipient and a favourite ``contact.*``; synced contacts
  ``content.contacts`` (one label per name and number); the ID photo
  ``content.media|personal.national_id``, its issuing state ``location.coarse``; the 911 point
  (home, 5 decimals) ``location.precise``; the call's length (protobuf) ``behavior.usage``;
  captions, a rating comment and a support message ``content.text``; the host candidate
  ``device.info``, the server-reflexive one ``location.ip``, the relay candidate a negative;
- garden: the access need ``content.text|personal.sensitive`` (disability); the waitlist's origin
  (home, 4 decimals), her fix at the plot and at the broken hose ``location.precise``; the seed
  swap's pickup (her street line) ``contact.address``; the tool booking unlabelled (free, not a
  purchase), dues ``financial.purchase`` and their method ``financial.payment``;
- SDKs: Galdetxo's identity token lets its bearer act as the user ``secret.credential`` (claims
  labelled); Onespen's receipt cookie is a signed JWT that opens nothing (claims labelled, not the
  token), its visitor ID ``id.device``, its geo ``location.coarse``; Etengailu's target ID the user
  ID signed in; Akatsbide's session ``did`` the user ID; Iturburu's ``it_uid`` and the Android ID
  ``id.device``; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, its geo country, region
  and city ``location.coarse``, ordinary keywords unlabelled; Deiadar's position at 2 decimals
  ``location.coarse``; routes: her house, home and fixes ``location.precise``, albergues and the
  garden negatives; the Ordaingune cardholder's name ``contact.name`` and ZIP ``location.coarse``,
  the SEPA IBAN ``financial.payment``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep``, ``_ride``
and the first 60 lines of ``_chat``; ``eval_families21.py``'s ``listed_once``; the ``__all__``
lists of the kits of sets 17-25 and, through ``inspect``/``ast``, signatures, docstrings and some
sources of their helpers (``enc``, ``multipart``, ``pb``, ``raw``, ``jsonl``, ``lines``, ``tok``,
``jwt``, ``report``, ``check_ci``, ``head``, ``claims``, ``track``, ``at_path``, ``sim_block``,
``device_headers``), the 17th kit's first 60 lines, ``new_address``'s values; a ``grep`` of
``keywords=`` over the app modules of sets 30-37 (how ordinary OpenRTB keywords were labelled);
``grep -ril`` counts of the new names over ``scripts/`` and ``captures/``; a listing of the
``scripts`` directory. No classifier, rule, test, README evaluation section or decoder source was
read, and nothing under ``analysis/``, ``addons/`` or ``tests/``. Every label's path was checked
with a small decoder of the author's own outside the project before the one allowed run of
``main``; the paths assume the decoder conventions sets 21-37 state (base64 JSON in a form field
continues at ``data.traits.city_now``, in a header at ``x-etengailu-target.id``, in a cookie at
``on_state.vid``; base64url JSON in the query at ``d.a``; a JSON string in a JSON field at
``partner_params.revenue``; a URL in a JSON field per parameter (``deeplink.credencial``); JWT
claims at ``.claims`` (``who.userJwt.claims.sub``, ``on_receipt.claims.sub``); JSON Lines
``[i]``; a top-level JSON array ``[i].lat``; protobuf fields by number (``3.1``, ``6.2``, ``4``);
multipart parts at their names, a file part one field; bracketed form keys as sent; URL path
``path[i]``, a segment such as ``43.26873,-2.93410`` one field).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families84_camino
import eval_families84_endo
import eval_families84_foster
import eval_families84_garden
import eval_families84_kantxa
import eval_families84_sign
import eval_families84_solar
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main`` was run once (the brief allows it): every labelled path was produced; no gap stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families84_kantxa.kantxa(), *eval_families84_kantxa.kantxa_sdks(),
            *eval_families84_endo.pelvira(), *eval_families84_endo.pelvira_sdks(),
            *eval_families84_camino.conchapass(), *eval_families84_camino.conchapass_sdks(),
            *eval_families84_foster.kennelkin(), *eval_families84_foster.kennelkin_sdks(),
            *eval_families84_solar.rooflumen(), *eval_families84_solar.rooflumen_sdks(),
            *eval_families84_sign.signwell(), *eval_families84_sign.signwell_sdks(),
            *eval_families84_garden.allotmint(), *eval_families84_garden.allotmint_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
