"""Ninety-sixth, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (161 first-party calls and 70 SDK calls, 231 exchanges, 1,658 labelled fields
after ``listed_once``, 1,678 category labels as ``report`` counts them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. The user moved from New York to Durban (her
husband's home town) and kept her US phone, number and SIM; the profile's position is where the
phone was during part of the capture (a visit to New York), her Durban places are her other places.
Seven app kinds new to the evaluation (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API and the SDKs it embeds: a Durban stokvel (savings
club) ``eval_families96_stokvel.py`` ("Hlanganisa": its API's keys are isiZulu), a chronic-
medication pick-up app ``_refill.py`` ("Refillpoint": repeat prescriptions collected from lockers),
a water-outage app ``_amanzi.py`` ("Amanzi Watch": outages, tankers, meter readings, the water
bill), a township spaza-shop ordering app ``_spaza.py`` ("Spazabox": she orders for her
mother-in-law in Umlazi), an LPG cylinder-refill delivery app ``_gas.py`` ("Gasrunner"), a netball
league app ``_netball.py`` ("Centrepass": she plays goal defence) and a creche app
``_creche.py`` ("Khulisa": the user is the parent; her daughter Nandi, three, attends). The brief
proposed a TB-treatment adherence app, a minibus-taxi rank app, a rugby supporters' club app and a
prepaid electricity-meter app; a file-name-only grep of the scripts found those kinds already in
sets 93 (``_dot``) and 73 (``_taxi``, ``_scrum``, ``_krag``), so the chronic-medication, water,
LPG and netball apps replace them (health, household utilities and sport again, in kinds no
earlier file names; the water app stands in for the taxi rank). The SDKs are ten new vendors,
built once and called by every app with its own events and choices: ``_sdk.py`` (analytics
"Tallyweave", MMP "Attribosk", OpenRTB 2.5 ads "Bidkiaat", crash reporting "Crashoribi") and
``_svc.py`` (flags "Flipprotea", push "Pingweaver", consent "Okaydassie", payments "Payduiker",
maps "Tilesunbird", support chat "Helpbulbul"). ``eval_families96_kit.py`` holds the apps'
places, people, accounts and generators (its docstring lists them); ``head``, ``claims``, ``rid``,
``sdk_id`` are ``eval_families24_kit``'s, ``fix``, ``home``, ``obj`` ``eval_families37_kit``'s,
the rest comes from ``eval_families6_kit`` to ``eval_families25_kit``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS
codes), ``/me``-style GETs with JWT bearers; stokvel: sign-up with isiZulu keys (``igama``,
``isibongo``, ``inombolo_yocingo``, ``ikheli``, ``idolobha``, ``inombolo_kamazisi``,
``usuku_lokuzalwa``, ``iphasiwedi``, ``umyeni``), joining by code, an ID-book photo and selfie, a
contribution (paid from New York, with her position) and its proof of payment, the rotation, the
payout account, a loan request, a vote, an RSVP and a check-in at the meeting, the chat, an
invitation, the year-end grocery order (msgpack), the nominee (her husband and his ID number), a
statement, settings; chronic medication: conditions and allergies, the script's photo with its
medicines and her GP, the medical-aid card, lockers near home, a refill order and its status by
number in the path, the locker opened with a PIN at her fix, dose check-ins (msgpack), blood
pressure, peak flow, a medicine search, a message to the pharmacist, a travel notice with her
position as ``lat,lon``, home delivery, a caregiver, reminders, a rating; water: outages near home,
an outage report (her fix, her Wi-Fi and her neighbours' access points), a photo of a burst main,
a protobuf ping, a tanker request, a meter reading with its photo, ward alerts (base64 JSON in a
form field), the bill and its payment, paperless billing, a complaint, a street search; spaza:
shops near home, a search, a basket (msgpack), an order for her mother-in-law (her name, number,
address and pin), its status by number in the path, a voice-note order, the shop's credit book, a
review, a tip, airtime for her mother-in-law, a wrong-item photo, a referral, the saved address;
LPG: the address with the gate code, a safety check with photos, dealers near ``lat,lon`` in the
path, prices by province, an order, tracking and the handover code, a device check (public IP,
LAN address, SIM and network country, MCC/MNC, carrier, SSID/BSSID; base64 JSON in a header), a
gas-leak alert, a smart scale's readings (msgpack), a deposit refund, an invoice by e-mail, a
ticket; netball: registration with her ID number, emergency contact and asthma, joining by code,
fixtures, availability, a check-in at the courts, match stats (protobuf), a watch import (a
heart-rate series, distance, calories, steps), an injury, first-aid notes and blood group, a team
photo, the team chat (msgpack), fees, a kit order, her player card by number in the path, a
player search, a lift offered; creche: the parent's registration with her ID number, the child's
profile (birth date, gender, allergies, eczema, doctor), the clinic card and birth certificate,
the pick-up list (her husband with his ID number, a neighbour, a code word), a gate check-in
(protobuf), the daily report by the child's ID in the path, messages and a meeting about the child,
a medicine authorisation and photo, an absence, fees, photo consents, the gallery, a concert RSVP,
artwork; per app push registration, an event log (gzip) and a cookie-authenticated GET. SDKs:
analytics batches (gzip; positions at 2 to 4 decimals, two in New York), identify, offline queues
(JSON Lines), a signed-out beacon (base64url JSON in the query); MMP installs and sessions (forms),
events (a JSON string ``params``; hashed e-mail and phone) and deep links (a URL in a JSON field);
OpenRTB 2.5 bids (GPS geo at 3 decimals, in Durban and New York, or IP geo; yob, gender, keywords)
and a win notice; crash envelopes (JSON Lines) and sessions; flag evaluations (JSON; base64url JSON
in the query of a GET); push devices (tags, positions at 2 decimals) and a notification opened;
consent records (a signed receipt cookie) and web-view checks (a base64 JSON cookie); card tokens,
confirmations and bank accounts for debit orders and payouts (bracketed form keys); geocoding,
reverse geocoding (``lat,lon`` in the path), a walking route and map telemetry (a gzip JSON
array); support messages (an identity JWT in a JSON field) and attachments.

Negatives are implicit: request, trace, message, thread, dose, basket, ticket, tanker-request and
outage-report IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB
auction, bid, seat, creative and publisher IDs and prices; other members' and teammates' IDs, the
club's ID and name, the vote, the month, the meeting house's point; the medical-aid scheme's and
plan's names, the lockers' ID, name, phone, line, point and bay; the municipality's meter number
and reading, the standpipe's point, the household's size and tank; the spaza shop's ID, name,
phone and point, product barcodes, the runner's ID; the gas dealer's ID, name, phone and point,
the cylinder's serial, the smart scale's ID, levels and battery; the team's and venue's IDs and
names, the courts' point, the fixture, position, bib and match statistics; the creche's ID, name,
phone, line, point and gate QR, the teacher's staff ID, the class, the week's menu, photo consents,
the child's home languages.

Encodings, in rough proportion to real traffic: JSON (98 plain, 16 gzip), form bodies (42), GETs
(44, 25 with query strings), multipart (15: JSON, JPEG, M4A and PNG parts), msgpack (5), JSON
Lines (8: 5 crash envelopes under their own content type, 3 offline queues), schema-less
protobuf (3: a ping with a nested fix ``3.1``/``3.2``, a gate check-in with a nested fix, match
stats), headers (User-Agents, install IDs under app-specific names plain, upper case and without
dashes, isiZulu and English Accept-Language, opaque and JWT bearers, SDK headers, a support
session, base64 JSON client context), cookies (sessions, devices, a user ID, the child's ID, a JWT
receipt, a base64 JSON cookie), JWTs (bearers with user ID, e-mail, phone, name, ``member``,
``acct``, ``league``, ``kids`` claims; an identity token in a JSON field; a receipt that is no
credential), base64 JSON (a form field, a header, a cookie), base64url JSON (query parameters),
JSON strings in JSON fields, URLs in JSON fields, values in URL paths. Profile transforms: the
e-mail plain, mixed case, upper case and SHA-256; the phone E.164, spaced (the profile's),
national, ``+1 (555) 010-0199``, ``555-010-0199`` and SHA-256; the install ID plain, upper case
and without dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs, a query, a
cookie, protobuf and JSON Lines; the public IP (OpenRTB, the LPG device check); the LAN address;
MCC/MNC as ``310``/``260``, ``310-260`` and ``310260`` and the carrier; the SSID/BSSID; the birth
date ISO and as ``1991/05/17``, a birth year; the profile's position at 2, 3, 4 and 5 decimals
(numbers, a ``lat,lon`` string) and her Durban places at 2 to 6 decimals as numbers, strings,
query values, ``lat,lon`` parameters and path segments and protobuf doubles.

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone and UTC offset, rooted and emulator flags, network type, free memory,
screen, battery, charging and the LAN address, User-Agents naming the model or OS ``device.info``;
event and screen names, session counts and lengths ``behavior.usage``; SDK install and device IDs,
the Android ID, push tokens, consent visitor IDs and the payment SDK's device ID ``id.device``;
passwords, one-time and SMS codes, join codes, a locker PIN, a gate code, a handover code, a
pick-up code word, bearer and session tokens and cookies and a client secret
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; series labelled once at their path (a
heart-rate series); MCC/MNC, carrier and SIM/network country ``location.carrier``; city, suburb,
postal code, province, ward, a country ``location.coarse``; street lines ``contact.address``;
amounts, totals, fees, tips, deposits, order and invoice numbers ``financial.purchase``; card
data, bank account and branch code and payment-method IDs ``financial.payment``; another
person's name and phone typed by the user ``contact.*``; a value in the URL path is ``url``
``path[i]`` (0-based over non-empty segments); text that states a health fact or quotes a
labelled value carries that category too (``content.text|...``); isiZulu keys are labelled as
their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- identity: her South African ID number (``inombolo_kamazisi``, ``idNumber``) and her husband's and
  daughter's ID numbers ``personal.national_id`` (the birth date inside the number is not labelled
  again); the ID-book photo and the birth certificate ``content.media|personal.national_id``; the
  selfie ``content.media`` only (no template sent);
- stokvel: contributions, the grocery share, the loan asked for and the payment reference
  ``financial.purchase`` (money she moves, as sets 35-37 label deposits and withdrawals), the proof
  of payment's photo ``content.media|financial.purchase``; the payout account and branch code
  ``financial.payment``, the account holder ``contact.name``; ``umyeni`` (her husband) and the
  nominee ``contact.*``, the relationship unlabelled; the loan's reason naming her daughter
  ``content.text|contact.name``; isiZulu chat ``content.text``; her fix at the meeting
  ``location.precise``, the treasurer's house (the meeting's point) a negative;
- chronic medication: conditions, allergies, smoker, medicines and strengths, the prescription
  number, the medical-aid member number (also a JWT claim), blood pressure, peak flow and its zone,
  a dose taken ``health.medical``; the pulse ``health.fitness``; the script's and card's photos
  ``content.media|health.medical``; a medicine search ``behavior.search|health.medical`` (a
  search for an inhaler states a condition); her GP and caregiver typed by her ``contact.*``; the
  locker PIN ``secret.credential``; the scheme's name unlabelled;
- water: the municipal account number ``id.user`` (her account there, also a JWT claim), the meter
  number a negative (the municipality's asset); a chronic illness in the household
  ``health.medical``; the connected and neighbours' BSSIDs ``location.wifi``; the ward
  ``location.coarse``; a street search (``Bulwer``) ``behavior.search`` only (a street name, not
  an address);
- spaza: her mother-in-law as recipient: name and number ``contact.*``, her street line
  ``contact.address``, her area and postal code ``location.coarse`` and the delivery pin she drops
  ``location.precise`` (a place of a person in her life, sent by her; labelled as her own places
  would be), also as a route's waypoint; the delivery note naming her ``content.text|contact.name``;
  the credit book's amount ``financial.purchase``; the voice-note order ``content.media``;
- LPG: the gate code (also inside the delivery instructions, ``content.text|secret.credential``);
  the device check's public IP ``location.ip``, LAN address ``device.info``, SIM and network
  country ``location.carrier``, SSID/BSSID ``location.wifi``; the dealer's phone in the leak alert
  a negative;
- netball: her league number ``id.user`` (body, protobuf, URL path, JWT claim); ``gender: female``
  ``personal.gender``; asthma, the inhaler, the injury, blood group ``health.medical``; watch heart
  rate (one series label), distance, calories and steps ``health.fitness``; match statistics
  unlabelled (sport, not app usage); a player search ``behavior.search``; the team photo
  ``content.media``; the team's join code (also in an invite link) ``secret.credential``;
- creche: the child is a data subject (sets 29-37): her name ``contact.name``, birth date and age
  (analytics, flags, push tags) ``personal.birthdate``, ``gender: girl`` ``personal.gender``,
  allergies, eczema, immunisations, medicine, dose, fever and chickenpox ``health.medical``, her
  profile ID ``id.user`` (body, URL path, query, JWT ``kids``, cookie, protobuf), her clinic card
  ``content.media|health.medical``, her artwork ``content.media``; texts naming her
  ``content.text|contact.name`` and with a health fact ``|health.medical``; the pick-up list's
  people ``contact.*`` and her husband's ID number; her fix at the gate ``location.precise``; home
  languages unlabelled (no taxonomy type; not taken as ethnic origin);
- SDKs: Helpbulbul's identity token lets its bearer act as the user ``secret.credential`` (claims
  labelled); Okaydassie's receipt cookie is a signed JWT that opens nothing (claims labelled, the
  token not), its visitor ID ``id.device``, its country and province from the IP
  ``location.coarse``; Flipprotea's user key the user ID signed in; Crashoribi's session ``did``
  the user ID; Attribosk's ``ab_uid`` and the Android ID ``id.device``; OpenRTB ``user.id`` the
  SDK's buyer ID ``id.device``, its geo country, region, city and ZIP ``location.coarse``, the
  UTC offset ``device.info``; Pingweaver's positions at 2 decimals ``location.coarse``; the
  Payduiker cardholder's name ``contact.name``, postal code and country ``location.coarse``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_code``, ``_sleep``,
``_marche`` and ``_ride``, the imports of ``_sport``; ``eval_families21.py``'s ``listed_once`` and
``LISTED_ONCE``; the whole of ``eval_families6_kit``, ``17_kit`` and ``20_kit``, parts of the kits
of sets 7, 8 (``report``, ``check_ci``'s docstring), 10, 14, 15, 18, 21, 22 and 24, and a grep of
the definitions and constants of the kits of sets 6-25; file-name-only ``grep -ril`` of the new
names and app kinds over ``scripts/`` and ``captures/``. No classifier, rule, test or decoder was
read, and no classifier was run. Every label's path was checked with a small decoder of the
author's own outside the project; then, as the brief asked, ``main`` was run once: ``report``
printed the counts and no labelled path the decoders do not produce, so ``DECODER_GAPS`` is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families96_amanzi
import eval_families96_creche
import eval_families96_gas
import eval_families96_netball
import eval_families96_refill
import eval_families96_spaza
import eval_families96_stokvel
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main`` (run once, as the brief asked) printed no labelled path the decoders do not produce.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families96_stokvel.hlanganisa(), *eval_families96_stokvel.hlanganisa_sdks(),
            *eval_families96_refill.refillpoint(), *eval_families96_refill.refillpoint_sdks(),
            *eval_families96_amanzi.amanzi(), *eval_families96_amanzi.amanzi_sdks(),
            *eval_families96_spaza.spazabox(), *eval_families96_spaza.spazabox_sdks(),
            *eval_families96_gas.gasrunner(), *eval_families96_gas.gasrunner_sdks(),
            *eval_families96_netball.centrepass(), *eval_families96_netball.centrepass_sdks(),
            *eval_families96_creche.khulisa(), *eval_families96_creche.khulisa_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
