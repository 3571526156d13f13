"""Forty-seventh, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, the decoders' code, its rules, the tests or the README's evaluation tables, and
never run through a classifier by its author; it is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (159 first-party calls and 71 SDK calls, 230 exchanges; 1,698 labelled fields,
1,727 labels counting each category of a ``|`` label, after ``listed_once``), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. Seven app kinds new to the evaluation (fictional names, hosts under
example.com/.net/.org per RFC 2606, no real company named as sender), each with its own API and
the SDKs it embeds: a bike repair and lease app in Amsterdam whose API's keys are Dutch
``eval_families47_fiets.py`` ("Spaakwerk": naam, geboortedatum, telefoonnummer, adres, postcode
and BSN for the lease contract; she works there for three months), a menopause symptom tracker
with a temperature ring ``_meno.py`` ("Menolune": primary ovarian insufficiency at 34), a
home-care visit app for her mother ``_care.py`` ("Hearthwell": care plan, medication rounds, her
own GPS and Wi-Fi check-in at her mother's door as the family carer), a squad shooter with voice
chat and a face-based age check ``_game.py`` ("Voxhollow"), a parking garage app with plate
recognition and a card on file ``_garage.py`` ("Parkvane"), a halal and kosher food scanner
``_scan.py`` ("Certiscan": she keeps kosher, her friend Noor eats halal) and a student
financial-aid app ``_aid.py`` ("Aidbridge": she starts medical school; SSN, income, her parents'
details). The SDKs are ten new vendors, built once and called by every app with its own events
and choices: ``_sdk.py`` (analytics "Countwell", MMP "Attriquay", OpenRTB 2.5 ads "Bidmarlow",
crash reporting "Crashkeel") and ``_svc.py`` (flags "Flagmere", push "Pushloft", consent
"Consentora", payments "Quaypay", maps "Mapsorrel", support chat "Chatbriar").
``eval_families47_kit.py`` holds the apps' places, people, equipment, accounts and generators
(its docstring lists them); the apps' header helper ``head``, JWT claims ``claims``, request IDs
``rid`` and SDK per-install IDs ``sdk_id`` are ``eval_families24_kit``'s, the rest comes from
``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS, MFA and
one-time codes, an identity provider's ID token, a refresh token, an e-signature PIN),
``/me``-style GETs with JWT bearers; bike lease: a quote, the contract (name, birth date
``17-05-1991``, phone, street and house number, postcode, city, BSN, IBAN, a drawn signature),
her passport, delivery with a note, unlocking (an e-key), a flat tyre reported at her fix with a
photo, the repair's status by number in the path, shops nearby, an appointment, a payment (form),
theft insurance, a lock log (msgpack), a change of address (form), a colleague invited, a
cancellation; menopause: onboarding (stage, last period, diagnosis), symptom logs, hot flashes
(msgpack), the ring paired (its hub joins her home Wi-Fi), skin temperature (gzip) and a protobuf
night summary (packed floats ``5``), HRT and a dose taken, a journal, questions for her
gynaecologist, a report shared with her, insights by stage, a community post and search, a lab
photo with FSH, a partner invited, Health Connect; home care: her mother's profile (name, birth
date, sex, phone, address, home point, Medicare number, GP), the care plan (conditions, DNR, the
key safe), medicines, visits by the client ID in the path, her check-in (fix, the home's SSID and
BSSID, neighbours' BSSIDs), a medication round, vitals (form), a wound photo, the check-out note,
feedback and a dispute of agency visits, a message, emergency contacts, a fall, the weekly plan
and an invoice, a presence ping (protobuf); game: the age check (three selfie frames, a
128-float embedding, five landmarks, the estimate, the result), voice rooms (host, srflx and
relay candidates; Opus chunks), a voice report, a 192-float voice ID, squad chat (msgpack), match
telemetry with an aim drag, an integrity attestation (protobuf), a friend invited, gems bought
and spent, settings, a ticket; parking: the car and a photo of its plate, garages nearby, rates,
a quote, a reservation, the camera's plate read confirmed, a spot photo, an extension, the exit,
the receipt by number in the path (her work mailbox in the query), expenses, the card saved, a
monthly permit, a citation appeal, a log-out; food scanner: the diet profile, scans in a shop and
offline (msgpack), a product looked up with the diet in the query, searches, a guest profile for
Noor, a Shabbat list, a mislabel report with a photo, an ingredient photo, an allergen check, a
review, shops nearby, the holiday calendar, feedback; financial aid: identity (SSN, legal name,
address), her licence, the application, income and assets, a tax transcript photo, the parents
(names, birth dates, SSNs, her father's e-mail, their address), an invitation to him,
demographics, an essay, the signature (typed name, PIN, drawn signature, IP), status, awards and
their acceptance, direct deposit, a message; per app push registration (model, OS, locale), an
event log (gzip) and a cookie-authenticated GET, Play purchase checks in three apps. SDKs:
analytics batches (gzip; a position at 2 or 4 decimals in three), identify calls, an offline
queue (JSON Lines), a signed-out pixel (base64 JSON in the query); MMP clicks and sessions (forms:
advertising ID, Android ID on the first, MCC and MNC), events (a JSON string ``partner_params``;
hashed e-mail and phone) and a verification deep link (a URL in a JSON field); OpenRTB 2.5 bids
(GPS geo at 3 decimals, IP geo in New York and Amsterdam; yob, gender, keywords naming a
condition or her observance) and a win beacon; crash reports (gzip; user, device, the app's
metadata: a client ID, a plate, a masked SSN, her home network), log batches (JSON Lines) and a
session; flag evaluations (JSON, and base64url JSON in the query of a GET); push players (tags, a
position at 2 decimals) and an open (form); consent records (a UUID cookie) and checks (a base64
JSON cookie); cards (JSON), confirmations (form), a SEPA mandate (IBAN, her IP) and a US bank
account (bracketed form keys); forward geocoding (``q`` and a ``lon,lat`` proximity), reverse
geocoding (``lat,lon`` in the path), a route (``[lon, lat]`` pairs) and map telemetry (a gzip
JSON array); support messages (an identity JWT in a header) and an attachment.

Negatives are implicit: request, trace, idempotency, event, message, scan, session, visit,
match, room, snapshot, quote, award, application and LPR-event IDs, nonces, timestamps,
versions, public SDK keys, event tokens, a TCF string, OpenRTB auction, bid, creative, campaign,
tag and publisher IDs and a price; other players' tags, a TURN relay, kills, deaths, fps, ping;
the bike shop's ID, name, address, phone and point, the lease bike's ID, frame number, lock,
Bluetooth address, battery and firmware, a quote's monthly price and deposit, a bank's BIC,
nationality; the ring's serial, Bluetooth address, model, firmware and battery; the agency's ID,
the carer's ID and name (shown by the app), a visit's duration, an hourly rate; the garage's ID,
name, address, phone and point, lanes, level and spot, a quoted price, the car's make, model,
colour and year, a citation number, her employer and cost centre; product EANs, printed
certification marks, the shop's ID, name, phone and point; the school's code, name and aid
mailbox, income, wages, tax, assets, the parents' income and education, marital status,
household size, citizenship, aid amounts, loans and grants, a veteran flag.

Encodings, in rough proportion to real traffic: JSON (107 plain, 23 gzip including one JSON
array), form bodies (36), GETs (39, 22 with query strings), multipart (14: JSON, JPEG and Ogg Opus
parts), msgpack (4), JSON Lines (4), schema-less protobuf (3: a nested summary ``4.1``-``4.3``
with packed floats as one bytes field ``5``, a nested fix ``3.1``/``3.2`` with a BSSID ``6``, a
nested OS/MCC-MNC block ``6.1``/``6.2``), headers (User-Agents, install IDs under app-specific
names plain, upper case and without dashes, Dutch and English Accept-Language, opaque, session
and JWT bearers, SDK visitor headers, a support session, an identity JWT), cookies (sessions,
devices, a consent UUID, a base64 JSON cookie), JWTs (bearers with user ID, e-mail, phone,
``klantnummer``, ``handle``, ``clients``, ``gamertag``, ``age_band`` and ``student_id`` claims;
an ID token in a JSON field; an identity token in a header), base64 JSON (a query parameter, a
cookie), base64url JSON (a query parameter), JSON strings in JSON fields, URLs in JSON fields,
values in URL paths. Profile transforms: the e-mail plain, mixed case and SHA-256; the phone
E.164, spaced (the profile's), national, ``+1 (555) 010-0199``, ten digits and SHA-256; the
install ID plain, upper case and without dashes; the Android ID (form, protobuf); the
advertising ID; the user ID in bodies, JWTs, msgpack, protobuf and JSON Lines; the public IP
(OpenRTB, a SEPA mandate, an ICE candidate, a flag context, an e-signature); the LAN address (a
host candidate); MCC and MNC as ``310``/``260``, ``310-260`` and ``310260`` and the carrier; the
home SSID/BSSID (a ring hub, a crash report's network); the birth date ISO and as
``17-05-1991``, a birth year, an age band, an estimated age; coordinates at 2 to 6 decimals as
numbers, strings, query values, a ``lat,lon`` query value and path segment, a ``lon,lat``
proximity, ``[lon, lat]`` pairs, protobuf doubles, and her fixes away from the profile's position
(Amsterdam, her mother's door, the garage, a kosher grocer).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone (names and offsets), rooted/jailbroken flags, network type, free
memory and storage, battery, orientation, the LAN address and User-Agents naming the model or OS
``device.info``; event and screen names, launch and session counts, session lengths, time spent,
play time ``behavior.usage``; SDK install and device IDs, the Android ID, push tokens and player
IDs, consent UUIDs and the payment SDK's device fingerprint ``id.device``; passwords, PINs,
one-time, SMS and MFA codes, a key-safe code, a Wi-Fi key, an e-key, refresh, bearer and session
tokens and cookies, an ID token and a client secret ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists are labelled per element and collapsed by
``eval_families21.listed_once``; series are labelled once at their path (skin temperature,
flashes, packed floats, an aim drag, drawn signatures); MCC/MNC and carrier ``location.carrier``;
city, state, ZIP, ``postcode``, ``woonplaats``, ``land`` and a country ``location.coarse``;
street lines (``straat``, ``huisnummer``, ``line1``, ``line2``) ``contact.address``; a plan, an
amount, a total, a fee, a premium, revenue, order, contract, repair, reservation and receipt
numbers, a Play product, order and token, gems bought and spent ``financial.purchase``; card
data, IBAN, bank account and routing numbers, last four digits and payment-method IDs
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``; a
value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments); text that states
a health fact, a sensitive trait or quotes a labelled value carries that category too
(``content.text|...``); Dutch keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- bike lease: the BSN and the passport number ``personal.national_id``, the passport photo
  ``content.media|personal.national_id``, its expiry and nationality unlabelled; her Amsterdam
  flat is her address while there (``straat``/``huisnummer`` ``contact.address``, its point
  ``location.precise``); the customer number ``klantnummer`` ``id.user``; the lease contract, its
  plan and monthly amount, the repair order (body, URL path), its cost and payment, the insurance
  ``financial.purchase``, the quote's price a negative; the IBAN ``financial.payment``, the
  bank's BIC not; the lock's one-time e-key ``secret.credential``; the bike is the company's
  (negatives); the flat-tyre, unlock and telemetry fixes ``location.precise``; a shop typed
  into the geocoder ``behavior.search``;
- menopause: stage, last period, cycle regularity, the diagnosis, hysterectomy, symptoms and
  severities, mood, sleep quality, flashes, skin temperature (a series and packed floats), flash
  count and temperature deviation, HRT names, doses, schedules, a dose taken and its site, FSH
  and estradiol ``health.medical`` (set 27's cycle data); height, weight, resting pulse, steps
  and sleep minutes ``health.fitness``; the journal, the community post and the questions
  ``content.text|health.medical``; the community handle ``id.user``; a search about HRT's risks
  ``behavior.search|health.medical`` (as the kosher searches below: the words state the topic of
  her care); the lab photo ``content.media|health.medical``; the ad keywords, flag
  attribute and push tags naming the stage or HRT ``health.medical``; the ring is an accessory
  (negatives), its hub's home SSID/BSSID ``location.wifi`` and key ``secret.credential``;
- home care: her mother is a data subject (set 39's pendant): her name, birth date, sex, phone,
  street and flat ``contact.address``, city, state and ZIP ``location.coarse``, her home's point
  ``location.precise``; her client ID ``id.user`` (body, URL path, JWT list, crash metadata, as
  set 37's child); the Medicare number ``health.medical`` (as insurance member IDs); conditions,
  allergies, mobility, diet, DNR, care tasks, medicines, doses and times, the medication round,
  blood pressure, glucose, temperature, a wound's site and stage, a fall ``health.medical``,
  pulse and weight ``health.fitness``; the key safe's code ``secret.credential`` and the access
  note quoting it ``content.text|secret.credential``; her own check-in, check-out, presence and
  incident fixes at the door ``location.precise``, the home's SSID/BSSID and neighbours' BSSIDs
  ``location.wifi`` (one label for the list); the route to her mother's ``location.precise`` at
  both ends; notes naming the carer ``content.text|contact.name`` (with ``health.medical`` where
  they state a fact), the carer's ID and name echoed by the app negatives; the GP, her brother and
  the neighbour ``contact.*``; the wound and pharmacy-label photos ``content.media|health.medical``;
- game: the gamer tag ``id.user`` (also as the log-in and a JWT claim), other players' tags
  negatives; the age check's frames ``content.media``, its 128-float embedding and five
  landmarks ``biometric.face``, the estimated age, over-18 flag, age band (also a JWT claim and a
  flag attribute) ``personal.birthdate``, liveness and face box not; voice chunks and the report's
  clip ``content.media`` (recordings, no template), the 192-float voice ID ``biometric.voice``;
  the srflx candidate ``location.ip``, the host candidate ``device.info``, the relay a negative;
  the aim drag ``behavior.motion``; play seconds ``behavior.usage``; gems bought, their price,
  the skin and gems spent ``financial.purchase``; the integrity token unlabelled (the platform's
  attestation, not a log-in);
- parking: her car's plate ``id.hardware`` (sets 29-36: body, OCR, permit list, crash metadata,
  texts quoting it), its state ``location.coarse``, make, model, colour and year unlabelled; the
  plate photo ``content.media|id.hardware``, the spot photo ``content.media``; her work mailbox
  ``contact.email``; the reservation code, totals, extension, permit and receipt (body, URL
  path) ``financial.purchase``, quotes and rates negatives; the card's method ID, last four and
  expiry ``financial.payment``; her fixes (nearby query at 4 decimals, exit at 6)
  ``location.precise``, the garage's point a negative;
- food scanner: keeping kosher, its strictness, the meat-dairy wait, Passover mode, accepted
  certifiers and the holidays observed ``personal.sensitive`` (religion, as sets 29, 37 and 43),
  also in a product query, ad keywords, identify traits, a flag attribute and push tags; Noor's
  halal diet ``personal.sensitive`` (another person's trait typed by her) with her name and phone
  ``contact.*``; searches naming kosher food ``behavior.search|personal.sensitive``; the list
  "Shabbat dinner", the guest note, the mislabel report and a review ``content.text|
  personal.sensitive``; the sesame allergy ``health.medical``; scanned EANs and printed marks
  negatives; the identity provider's ``sub`` ``id.user``, the ID token ``secret.credential``; the
  verification link's token ``secret.credential`` and e-mail ``contact.email``;
- financial aid: her SSN, its last four, the masked SSN in a crash report, the licence number and
  her parents' SSNs ``personal.national_id``; the licence photo
  ``content.media|personal.national_id``, the tax transcript photo ``content.media`` (a masked
  SSN); the parents' names and birth dates, her father's e-mail and their street
  ``contact.*``/``personal.birthdate``; income, wages, tax, assets, the parents' income, aid
  amounts, loans and grants unlabelled (no taxonomy type, sets 13-46); race and Hispanic origin
  and a disability ``personal.sensitive``, gender ``personal.gender``, first-generation and
  veteran flags unlabelled; the student ID ``id.user``; the e-signature's typed name
  ``contact.name``, PIN ``secret.credential``, drawn signature ``behavior.motion`` (set 38) and IP
  ``location.ip``; the essay naming her mother's stroke ``content.text|health.medical``; the
  refund account ``financial.payment``;
- SDKs: Attriquay's ``country`` is the locale's ``device.info``; its ``aq_uuid`` and the Android
  ID ``id.device``; Chatbriar's identity token lets its bearer act as the user in the widget
  ``secret.credential`` (claims labelled); Consentora's UUID (body, cookie, query, base64 JSON
  cookie) ``id.device``, its country and state ``location.coarse``; Flagmere's key the user ID;
  Crashkeel's session and log user the user ID; OpenRTB ``user.id`` the SDK's buyer ID
  ``id.device``, geo country, region, city and ZIP ``location.coarse``; Pushloft's position at 2
  decimals ``location.coarse`` and its zone offset ``device.info``; Countwell's position at 2
  decimals ``location.coarse``, at 4 ``location.precise``; Quaypay's cardholder name
  ``contact.name`` and postal code and country ``location.coarse``, the SEPA mandate's IP
  ``location.ip``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_marche``,
``_sleep``, ``_ride`` and the first 60 lines of ``_chat``; ``eval_families21.py``'s
``listed_once`` and ``LISTED_ONCE``; the definitions (``def`` and constant lines) of the kits of
sets 6-25 and the sources of the helpers used (``head``, ``claims``, ``rid``, ``sdk_id``,
``tok``, ``sjwt``, ``enc``, ``pb``, ``raw``, ``multipart``, ``lines``, ``jsonl``, ``at_path``,
``report``/``check_ci``, ``counts``, ``PEOPLE``, ``srflx``, ``relay``, ``f32b64``, ``landmarks``,
``push_token``, ``swipe``); ``grep`` lines of earlier top-module docstrings (sets 20-46) for
plates, cycles, religion, kosher and halal, parents, nationality, income, blood pressure, ID
tokens and set 34's driver; a few lines of the docstrings of sets 27, 34, 38, 39 and 45;
``grep -ril`` counts of the new names over ``scripts/`` and ``captures/``. No classifier, rule,
test or decoder was read; no classifier was run. Every label's path was checked with a small
decoder of the author's own outside the project (0 unproduced paths); the paths assume the
decoder conventions sets 21-37 state (base64 JSON in a query parameter continues at ``d.a``,
base64url JSON at ``u.key``, in a cookie at ``co_prefs.u``; a JSON string in a JSON field at
``partner_params.contract``; a URL in a JSON field per parameter (``deeplink.email``); JWT claims
at ``.claims`` (``id_token.claims.sub``, ``x-chatbriar-identity.claims.sub``); JSON Lines
``[i]``; a top-level JSON array ``[i].lat``; protobuf fields by number (``3.1``, ``4.2``, ``5``);
multipart parts at their names, a file part one field; bracketed form keys as sent; URL path
``path[i]``, a segment such as ``52.35881,4.88413`` one field). As the brief asked, ``main`` was
run once at the end: ``report``'s ``check_ci`` passed the set through the project's decoders
(the author read none of their code) and listed no unproduced path, so no gap is stated.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families47_aid
import eval_families47_care
import eval_families47_fiets
import eval_families47_game
import eval_families47_garage
import eval_families47_meno
import eval_families47_scan
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main``'s decoder check listed no unproduced path (see the docstring); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families47_fiets.spaakwerk(), *eval_families47_fiets.spaakwerk_sdks(),
            *eval_families47_meno.menolune(), *eval_families47_meno.menolune_sdks(),
            *eval_families47_care.hearthwell(), *eval_families47_care.hearthwell_sdks(),
            *eval_families47_game.voxhollow(), *eval_families47_game.voxhollow_sdks(),
            *eval_families47_garage.parkvane(), *eval_families47_garage.parkvane_sdks(),
            *eval_families47_scan.certiscan(), *eval_families47_scan.certiscan_sdks(),
            *eval_families47_aid.aidbridge(), *eval_families47_aid.aidbridge_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
