"""Sixty-sixth, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (164 first-party calls and 72 SDK calls, 236 exchanges, 1,683 labelled fields
after ``listed_once``, 1,695 labels as ``report`` counts categories), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a Bucharest food-delivery and grocery app
``eval_families66_cosulet.py`` ("Coșuleț": its API's keys are Romanian, ``nume``, ``prenume``,
``telefon``, ``strada``, ``oras``, ``judet``, ``cod_postal``, ``data_nasterii``, ``parola``,
``cnp``; she spends the winter in a Bucharest flat), a cochlear-implant processor companion
``_implant.py`` ("Sonavia"), a regatta race tracker for crew members ``_regatta.py``
("Tackline": she trims on a skipper's J/105), a cat shelter's fostering app ``_foster.py``
("Purrhaven": she fosters two kittens), a sleep-talking recorder ``_sleeptalk.py``
("Somniloq"), a community-fridge food-sharing app ``_fridge.py`` ("Coldshelf") and a personal
budgeting app reading her bank through an open-banking aggregator ``_budget.py`` ("Penniwise",
with the aggregator "Accountrail" in its module, counted as SDK calls). The SDKs are ten new
vendors, built once and called by every app with its own events and choices: ``_sdk.py``
(analytics "Tallyquince", MMP "Attriheron", OpenRTB 2.5 ads "Bidkestrel", crash reporting
"Crashlichen") and ``_svc.py`` (flags "Flagpoppy", push "Pingbirch", consent "Optinmarl",
payments "Paymarten", maps "Tilemere", support chat "Replywisp"). ``eval_families66_kit.py``
holds the apps' places, people, equipment, accounts and generators (its docstring lists them);
``head``, ``claims``, ``rid`` and ``sdk_id`` are ``eval_families24_kit``'s, ``fix``, ``home`` and
``obj`` ``eval_families37_kit``'s, the rest comes from ``eval_families6_kit`` to ``_25_kit``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS, TOTP
and phone codes, a magic-link token, a Google ID token), ``/me``-style GETs with JWT bearers; food
delivery: her Bucharest address with the building code and door notes, restaurants near her
(``lat``/``lon`` query strings, a base64 JSON context header), a menu, a search, a cart
(msgpack), an order and its tracking by number in the path, her live position for the courier,
a review, an age check for alcohol (CNP, names, birth date, the residence permit's photo), a
grocery order from the dark store, invoice details with the CNP, allergens, her office there, a
colleague invited, a complaint with a photo, a subscription; implant: the implant record, pairing
the processor, the map's T and C levels, the day's data log (protobuf), electrode impedances, a
remote speech test (her recorded answers, words correct), a questionnaire (msgpack), saved live
captions, streaming minutes, a home program switched by her Wi-Fi, where the phone last heard the
processor, an appointment, sharing with her audiologist, a message, the insurance card, an
accessories order, a warranty claim; regatta: her sailor number, joining the crew by invite code,
the crew declaration (weight, emergency contact, allergies, a medical note), the course, the
live stream (protobuf, repeated fixes as doubles), a msgpack batch of fixes, the start check, the
phone's heel/pitch window (gzip), the finish as ``lat,lon``, a protest, a photo, her watch's heart
rate, the entry fee, crew chat, the ashore check-in, a profile photo, regattas near home, her
results by sailor number in the path; fostering: the application (landlord, partner, experience,
the partner's allergy), an ID check (licence number and photo), photos of the foster room, cats
near home, a cat's page, the placement and its pickup at the shelter, a care log (msgpack), a cat
photo, a vet visit, an expense receipt and its payout, availability, a referral, a meet-and-greet
at her flat, a donation with a tribute name, a message; sleep talk: a night started, detections
(msgpack), a clip (M4A) and its transcript, a 256-float voice enrolment, the night's summary
(protobuf), tags and a note about melatonin, a clip shared, her partner invited, a library
search, settings, the room's readings, a Health Connect import, feedback, an export; fridges:
fridges near her, a fridge's page, a check-in there, its temperature reading, an item posted with
a photo, another sharer's item claimed, a chat message (msgpack), a food request (kosher, a
diabetic neighbour, pickup at home), her saved home, the feed at 2 decimals, a search, a
volunteer shift and its waiver, a fridge issue, a user blocked, a donation, her karma by handle
in the path; budgeting: the aggregator's link session, the bank's OAuth callback code, the
accounts consented, micro-deposits verified, the public token exchanged, accounts and
transactions synced (gzip), a split with a friend, a note naming therapy, a rule, a search,
budgets, a student loan, a credit-report pull (SSN, birth date, address), a utility bill PDF to
negotiate, a receipt photo, round-ups, ATMs near her office, her partner invited, an export;
per app push registration (model, OS, locale), an event log (gzip), a cookie-authenticated GET,
Play purchase checks in three apps. SDKs: analytics batches (gzip; a position at 2 or 3 decimals
in three, the public IP in one), identify (base64 JSON in a form field), offline queues (JSON
Lines), signed-out beacons (base64url JSON in the query); MMP installs with the Android ID,
launches, events (a JSON string ``event_values``; hashed e-mail and phone) and a deep link (the
magic-link URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals, in Romania too, or IP
geo; yob, gender, keywords); crash envelopes (JSON Lines, one with the LAN address) and a
session; flag evaluations (JSON, and base64url JSON context in a GET's query); push subscribers
(tags, a position at 2 decimals) and a push opened (a form); consent records (a signed
receipt cookie) and web-view checks (a base64 JSON cookie); card payment methods, confirmations
and a bank account (bracketed form keys); geocoding (typed text and ``near``), reverse
geocoding (``lat,lon`` in the path), routes and map telemetry (a gzip JSON array); support
messages (an identity JWT in a header) and attachments.

Negatives are implicit: request, trace, message, chat, night, clip, map, placement, expense,
post, shift, checkin, link-session and transaction IDs, cursors, OAuth ``state``, idempotency
keys, nonces, timestamps, versions, public SDK keys, OpenRTB auction, bid, creative and publisher
IDs; the restaurant's ID, name, address, phone and point, the dark store and its point, product
IDs, EANs and prices in a cart, the courier's ID and first name; the processor's
serial, Bluetooth address, model, firmware, battery and signal, the map's strategy, rate, pulse
width, programs and volume, the environment classifier's shares, coil-offs, the implant centre's
ID, name, phone, address and point, the insurance group and payer; the boat's ID, name, sail
number, class and MMSI, the race ID, marks, the committee boat and the pin end, the distance to
the line, another boat's sail number, wind and boat speed, the club's dock; the shelter's and the
vet clinic's IDs, names, phones, addresses and points, the cats' IDs, microchips, a weight and
medicines, her dog's name and age; the clip's loudness, microphone gain,
the talk detections, coughs, room temperature, noise and light, diary tags; the fridges' IDs,
names, addresses, points and QR code, the fridge's temperature and stock, the item's allergens,
another sharer's ID and handle, a blocked user's ID; the bank's ID and name, balances, budgets,
a loan's balance and rate, a rule's merchant, the servicer.

Encodings, in rough proportion to real traffic: JSON (110 plain, 20 gzip, two of them top-level
arrays), form bodies (33), GETs (40, 23 with query strings), multipart (16: JSON, JPEG, M4A and
PDF parts), msgpack (6), JSON Lines (8: 6 crash envelopes under their own content type, 2 offline
queues), schema-less protobuf (3: a data log with a nested ``4.1``, a stream of repeated fixes
``3[i].1``/``3[i].2`` as doubles, a night summary), headers (User-Agents, install IDs under
app-specific names plain, upper case and without dashes, Romanian and English Accept-Language,
opaque and JWT bearers, SDK device headers, a support identity JWT and session, a base64 JSON
context), cookies (sessions, devices, the foster ID, the handle, a JWT receipt, a base64 JSON
cookie), JWTs (bearers with user ID, e-mail, phone, name, ``telefon``, ``sailor``, ``foster``,
``handle`` claims; a Google ID token in a JSON field; an identity token in a header; a receipt
that is no credential), base64 JSON (a form field, a header, a cookie), base64url JSON (query
parameters), JSON strings in JSON fields, URLs in JSON fields, values in URL paths. Profile
transforms: the e-mail plain, mixed case, upper case and SHA-256; the phone E.164, spaced (the
profile's), national, dashed, dotted and SHA-256; the install ID plain, upper case and without
dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs, msgpack, protobuf, JSON
Lines, a query's base64url context and the URL path; the public IP (OpenRTB, an analytics
context); the LAN address (a crash report); MCC/MNC as ``310260`` and ``310-260`` and the carrier;
the home SSID/BSSID; the birth date ISO, as ``17.05.1991`` and as a year; coordinates at 2 to 6
decimals as numbers, strings, query values, ``lat,lon`` strings and a path segment, protobuf
doubles, and her fixes away from the profile's position (Bucharest, the shelter, a fridge, the
boat, the yacht club, her office).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, platform, locale,
language, Accept-Language, time zone, screen, battery, charging, free memory and storage,
orientation, rooted flag, network type, Bluetooth LE support, the LAN address and User-Agents
naming the model or OS ``device.info``; event and screen names, launch counts, session lengths,
tracking minutes, wear hours, streaming minutes and program switches ``behavior.usage``; SDK
install, subscriber, visitor and device IDs, the Android ID and push tokens ``id.device``;
passwords, SMS, TOTP and phone codes, bearer and session tokens and cookies, a magic-link token,
a Google ID token, a crew invite code, a building entry code (``interfon``), a bank's OAuth code,
a public token and a client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled once at the list where their category is listed once
(``eval_families21.listed_once``); series are labelled once at their path (T and C levels,
impedances, questionnaire answers, a heel window, heart rate, Health Connect lists, captions);
MCC/MNC, carrier and SIM/network country ``location.carrier``; city, sector, county (``judet``),
state, ZIP, ``cod_postal``, a neighbourhood, country and region ``location.coarse``; street lines
(``strada``, ``detalii``, ``line1``/``line2``) ``contact.address``; prices paid, totals, tips,
fees, amounts, donations, order and receipt numbers, a Play product, price and token
``financial.purchase``; card data, bank account and routing numbers, masks, last four digits and
payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty
segments); text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too (``content.text|...``); Romanian keys are labelled as their English equivalents
would be; a pet is not a person (set 24); hearing loss is ``health.medical``, not also
``personal.sensitive`` (sets 24, 30).

Calls made in this set (a reader may disagree; stated so a score can be read):
- food delivery: the CNP ``personal.national_id`` (invoice and age check), the residence permit's
  photo ``content.media|personal.national_id``, its type unlabelled; her Bucharest flat is her
  address while there (street, block/stair/floor/flat, sector, county, postal code; its fix at 5
  and 6 decimals and 3 in a query ``location.precise``); the door notes naming her
  ``content.text|contact.name``; the building code ``secret.credential``; subtotal, delivery fee,
  tip and the grocery total ``financial.purchase``, cart lines before checkout not; the
  courier's first name in her review a negative (echoed, not typed about a person she knows), her
  review ``content.text``; allergens ``health.medical``; the colleague's name and Romanian number
  ``contact.*``;
- implant: the implant's model, serial, ear, activation date, the cause of her loss and the
  other ear's aid ``health.medical`` (the implant is part of her medical record; the external
  processor is an accessory, negatives); the map's T and C levels, impedances, words correct,
  SNR, questionnaire answers, tinnitus and dizziness, an appointment's reason and the member ID
  ``health.medical``, the map's strategy, rate and pulse width negatives (device settings, as
  set 30's fitting gains); the speech-test recording ``content.media`` only (no template); saved
  captions and their title ``content.text``; the home program's SSID/BSSID ``location.wifi`` and
  its geofence (the profile's position) ``location.precise``; the audiologist she shares with
  ``contact.*``; analytics ``wordsCorrect`` and the events' ``words`` ``health.medical``;
- regatta: the sailor number ``id.user`` (JWT claim, body, path, support attribute); her weight,
  heart rate, maximum and calories ``health.fitness``; the phone's accelerometer/gyroscope window
  on the boat ``behavior.motion`` (one label; the phone's sensors, as set 30 decides); her fixes
  on the water, at the start, at the finish, the protest's incident point (where her boat was)
  and ashore ``location.precise``; a witness she names and her emergency contact ``contact.*``;
  the medical note about her implant ``content.text|health.medical``; the entry fee and its
  receipt ``financial.purchase``;
- fostering: the foster account number ``id.user`` (JWT claim, body, cookie, path, analytics
  trait); the licence number ``personal.national_id`` and its photo
  ``content.media|personal.national_id``, its state ``location.coarse``; landlord, partner, a
  referred friend and a tribute name ``contact.*``; the partner's allergy note
  ``content.text|health.medical``; cats' data negatives even under medical keys, notes and a vet
  visit's reason about a cat ``content.text`` only; room, cat and receipt photos
  ``content.media``; the expense and its payout amount ``financial.purchase``, the payout's last
  four ``financial.payment``; the pickup fix ``location.precise``, the shelter's point negative;
  a typed clinic name for geocoding ``behavior.search``;
- sleep talk: clips ``content.media`` only, the 256-float speaker embedding ``biometric.voice``
  (it exists to tell her voice from her partner's); transcripts, a caption, feedback
  ``content.text``; snore minutes ``health.medical`` (set 24), sleep minutes, score, hours, resting
  heart rate and steps ``health.fitness``; the talk detections' times and loudness, coughs and
  the room's readings unlabelled (the detector's view of the room); the melatonin note
  ``content.text|health.medical``; the Google subject ``id.user`` (set 36);
- fridges: the handle ``id.user`` (JWT claim, body, cookie, path); ``kosher``
  ``personal.sensitive`` (religion, as set 29); a request for a diabetic neighbour
  ``content.text|health.medical``; her saved home and the request's pickup at 4 decimals
  ``location.precise``, the home street ``contact.address``; the feed's ``near`` at 2 decimals
  ``location.coarse``; the magic-link token ``secret.credential`` also inside the MMP's deep link
  with her e-mail; the volunteer waiver's emergency contact ``contact.*``, birth date labelled;
- budgeting: transactions synced one ``financial.purchase`` label; the bank's OAuth code, the
  public token and the micro-deposit amounts ``secret.credential`` (they prove control of the
  account like a one-time code); masks, account and routing numbers, the card's last four and a
  loan's mask ``financial.payment``; balances, budgets, APR, a categorisation rule and the
  servicer unlabelled; the SSN ``personal.national_id``; the utility account number ``id.user``
  (her account there, as set 24's policy number), the bill PDF ``content.media``, its monthly
  amount ``financial.purchase``; the split's friend ``contact.*``, her share and round-up transfer
  ``financial.purchase``; the therapy note ``content.text|health.medical``; ATMs searched near
  her office (``WORK_AT`` of set 23) ``location.precise``;
- SDKs: Replywisp's identity token ``secret.credential`` (claims labelled); Optinmarl's receipt
  cookie opens nothing (claims labelled, the token not), its visitor ID ``id.device``, country
  and region from the IP ``location.coarse``; Flagpoppy's key the user ID; Crashlichen's user ID
  and device ID labelled, the active screen ``behavior.usage``; Attriheron's ``ah_uid`` and the
  Android ID ``id.device``; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, geo country,
  region, city and ZIP ``location.coarse``; positions at 2 decimals in analytics and push
  ``location.coarse``, at 3 ``location.precise``; map routes and reverse geocoding labelled by whose
  place each point is (fridges, the shelter and the yacht club unlabelled); Paymarten's ``muid``
  ``id.device``, the cardholder's name ``contact.name``, the billing postal code
  ``location.coarse``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the brief; the
whole of ``eval_payloads.py``; ``eval_families37.py``, its ``_kit``, ``_sdk``, ``_svc``,
``_budget``, ``_sleep`` and ``_marche``; the conventions, calls and looked-at sections of
``eval_families36.py``; the kits of sets 6, 7, 8, 10, 13, 17, 18, 20, 21, 22 and 24 whole, parts of
those of sets 14, 15, 16 and 19, constant and ``def`` lines of sets 23 and 25, the ``__all__``
lists of the kits of sets 6-25 (printed by a small ``ast`` script); ``eval_families21.py``'s
``listed_once`` and ``LISTED_ONCE``; a ``grep`` of earlier modules for hearing/cochlear lines
(it printed code lines of an earlier hearing module and the hearing calls of sets 24, 30 and
42), a ``grep`` of the calls of sets 24, 30 and 60 for pets (it also printed set 60's pet-sitting
and mosque calls); ``grep -ril`` counts of the new names over ``scripts/`` and ``captures/`` and
the names of the files matching the names that collided; the listing of ``scripts/``. No
classifier, rule, test, decoder source or README table was read, no classifier was run. Every
label's path was checked with a small decoder of the author's own outside the project, which
assumes the decoder conventions sets 21-37 state (base64 JSON continues at ``data.traits.city``,
``x-cosulet-context.oras``, ``om_state.vid``; base64url JSON at ``d.a`` and ``ctx.key``; a JSON
string at ``event_values.revenue``; JWT claims at ``.claims`` (``idToken.claims.sub``,
``x-replywisp-identity.claims.email``, ``om_receipt.claims.sub``); JSON Lines ``[i]``; a top-level
JSON array ``[i].lat``; a URL in a JSON field per parameter (``link.token``); protobuf fields by
number, repeated sub-messages ``3[i].1``, nested ``4.1``; multipart parts at their names, a file
part one field; bracketed form keys as sent; URL path ``path[i]``, a segment such as
``44.43051,26.12437`` one field). ``main`` (which runs ``report``'s decoder path check) was run
once at the end, at the lead's request, to see that the set builds: it listed no labelled path
the decoders do not produce; only this docstring changed after it; ``DECODER_GAPS`` is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families66_budget
import eval_families66_cosulet
import eval_families66_foster
import eval_families66_fridge
import eval_families66_implant
import eval_families66_regatta
import eval_families66_sleeptalk
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders by the author (only ``main`` at the end); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families66_cosulet.cosulet(), *eval_families66_cosulet.cosulet_sdks(),
            *eval_families66_implant.sonavia(), *eval_families66_implant.sonavia_sdks(),
            *eval_families66_regatta.tackline(), *eval_families66_regatta.tackline_sdks(),
            *eval_families66_foster.purrhaven(), *eval_families66_foster.purrhaven_sdks(),
            *eval_families66_sleeptalk.somniloq(), *eval_families66_sleeptalk.somniloq_sdks(),
            *eval_families66_fridge.coldshelf(), *eval_families66_fridge.coldshelf_sdks(),
            *eval_families66_budget.penniwise(), *eval_families66_budget.penniwise_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
