"""Hundred-and-thirteenth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; it is to be scored once, by the lead, on the final rules (the
lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (160 first-party and 70 SDK calls, 230 exchanges, 1,710 labelled fields after
``listed_once``, 1,742 labels as ``report`` counts them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``) with everyday look-alikes. She is on a year's
posting in Vientiane with her husband Alex and their daughter Nina (7), keeps her New York home
(the profile's position, where she spends the holidays), roams on a Lao network with her US SIM and
has a Lao eSIM line; her house, office, passport, residence card, work permit and Lao bank account
are in ``eval_families113_kit.py``. Seven app kinds, each with its own API and the SDKs it embeds
(fictional names, hosts under example.* per RFC 2606): a Mekong river-boat ticket app with
romanised Lao keys ``_heua.py`` ("Heuakhong"), a sticky-rice farmers' cooperative milling app
``_khao.py`` ("Khaoniaw"), a glaucoma eye-drop adherence and eye-pressure log ``_eye.py``
("Ocutide": her own health data), a temple festival (Boun That Luang) donation and procession app
``_boun.py`` ("Bounsouk"), a Bolaven-plateau coffee roastery subscription with a GraphQL API
``_kafe.py`` ("Kafephou"), a motorbike loan repayment app ``_moto.py`` ("Sinlot") and her
daughter's swimming lessons ``_swim.py`` ("Panoy": the child's data). A file-name-only grep of the
scripts' docstrings found no earlier river-boat, glaucoma, roastery-subscription or motorbike-loan
app; a temple festival (sets 87, 110), milling (108), a coffee cooperative (100) and kids' swimming
lessons (58) exist, so those are variants: a lay family's merit donations and a procession walk at
a Lao wat, a cooperative that mills members' paddy and buys their surplus, a roaster's
subscription, and one child's swim school built around the pool-gate pass and the coach's video
feedback. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Pulsewhelk", MMP "Installgecko", OpenRTB 2.5 ads "Bidlinnet", crash
reporting "Faultfern") and ``_svc.py`` (flags "Toggleslate", push "Nudgeosprey", consent
"Consentwharf", payments "Tillbloom", maps "Tilequince", support chat "Parleywick"); their shapes
follow set 37's vendors with other keys, paths and hosts.

What is in it: sign-ups (Lao and English keys, GraphQL), log-ins (JSON and form passwords, an OAuth
password grant, SMS codes, OTPs, a member number and PIN, a Google-style ID token in a JSON field),
``/me``-style GETs with JWT bearers (claims ``beu_tho``, ``member_no``, ``temple``, ``contract``,
``children``, ``email``, ``phone``); boats: piers near her, a family booking with three passports,
the booking by code in the path (four URLs), the LaoQR payment, her passport photo, meals, the
boarding check-in, a protobuf ping (nested fix), a msgpack trace, the trip shared, lost property,
a review, the timetable, the motorbike as cargo, a refund, her address; cooperative: her residence
card, the member card by number in the path, the plot's corners, a visit with a photo, mills near
the plot, a delivery and its bags (msgpack), milling by code in the path, the collection, a sale,
the payout, the statement, an inputs order, a message, weather alerts, a PIN change; glaucoma: the
diagnosis, regimen, doses (JSON and a msgpack log), pressure (JSON and protobuf), the tonometer,
a visual-field PDF, an eye photo, symptoms, a visit, sharing with her doctor, a refill, pharmacies
near her, a caregiver, a Health Connect import, a travel letter, a Play purchase; temple: religion
and home temple, a dedicated donation and its receipt by number in the path, the family's
procession registration, a photo, the check-in (her fix, the temple's Wi-Fi), a protobuf beacon,
the dawn alms-giving, a shift, stalls, lost and found, a wish, the livestream, a monthly pledge by
bank debit, names of the dead, a lift offered from her house; roastery: a taste quiz, the
subscription, her address with a gate code, the payment method, an order by number in the path, a
skipped delivery, a gift to a friend in New York, a review and photo, a brew log (msgpack), a farm
tour and its check-in, stockists near her New York home, a referral, points, a ticket, her
birthday, a Play purchase; loan: the KYC, documents and a liveness template, the application, the
schedule and a repayment by contract in the path, the transfer slip by reference in the path, an
auto-debit, dealers, the bike's papers, where she parked, an insurance claim, a guarantor,
references, the device binding; swimming: the parent, Nina's profile, her progress, photo and
badges by ID in the path, an enrolment, a waiver with a signature, pick-up people, the gate
check-in, a lesson video, an absence, a make-up, preferences (msgpack), a message, pools near her,
a shop order, emergency contacts, a Play purchase. Per app a push registration, a gzip event log
and a cookie-authenticated GET. SDKs: analytics batches (gzip; ``context.location.ll`` at 2 or 3
decimals, in Vientiane, on a farm and in New York), identify (base64 JSON in a form field), an
offline queue (JSON Lines), a signed-out pixel (base64url JSON in the query); MMP installs and
sessions (form bodies; the Android ID, the referrer, the SIM's MCC and MNC and the network's
MCC/MNC), events (a JSON string ``partner_params``; hashed e-mail and phone) and deep links (a URL
in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals on the pier and in New York, or Lao IP
geo; yob, gender, keywords) and a win notice; crash envelopes (JSON Lines) and a session; flag
evaluations (JSON; base64 JSON in a header of a GET); push installations (tags, a position at 2
decimals); consent records (a signed proof cookie) and web-view checks (a base64 JSON cookie);
card tokens, payment confirmations and a debit mandate (bracketed form keys); geocoding (``q`` and
``near``), reverse geocoding (``lat,lon`` in the path), a route, map telemetry (a gzip JSON array
of her fixes); support messages (an identity JWT in ``user.jwt``) and attachments.

Negatives are implicit: request, trace, trip, plot, visit, thread, lesson, pass, shift, lantern,
registration, tour, subscription, check, conversation and session IDs, idempotency keys, nonces,
timestamps, versions, public SDK keys, OpenRTB auction/bid/publisher IDs and the floor; the piers'
IDs, names, phone and points, the boat's ID, name and MMSI, seats, the route; the cooperative's
and mill's IDs, phone, point and capacity, the scale, bag weights, moisture, variety, the price per
kilo; the eye clinic's ID, name, phone and point, a pharmacy's ID and phone, the tonometer's and
cap's serials, Bluetooth addresses, model, firmware and battery, reading quality; the temple's
point, the assembly point, the festival's slug, the castle's number, costumes; the roastery's
farm point, the pick-up hotel's name and address, a voucher code, points, brew recipes; the
dealer's ID and point, the bike's model, colour, plate, frame and engine numbers, an insurance
policy, the interest rate, employer and income; the swim school's pool point, gate and class;
tilequince's route end at the assembly point.

Encodings, in rough proportion to real traffic: JSON (108 plain, 8 of them GraphQL; 16 gzip),
form bodies (36), GETs (40, 18 with query strings), multipart (14: JSON, JPEG, PNG, PDF and MP4
parts), msgpack (5), JSON Lines (8: 7 crash envelopes under their own content type, an offline
queue), schema-less protobuf (3: a boat ping and a procession beacon with nested fixes ``3.1``/
``3.2``, a tonometer sync with a nested reading ``3.1``/``3.2``), headers (User-Agents, install
IDs under app-specific names plain, upper case and without dashes, English-with-Lao and English
Accept-Language, opaque, session and JWT bearers, SDK device and session headers, a base64 JSON
flag subject), cookies (11 requests: sessions, an install ID, the member number, the child's ID,
a JWT proof, a base64 JSON state), JWTs (bearers; an ID token and a support identity token in JSON
fields; a consent proof that is no credential), base64 JSON (a form field, a header, a cookie),
base64url JSON (a query parameter), JSON strings in JSON fields, URLs in JSON fields, values in URL
paths (a booking code four times, the member card, a delivery ticket, a milling booking twice, a
donation receipt, an order, the loan contract twice, a repayment reference, the child's ID three
times, a ``lat,lon`` segment). Profile transforms: the e-mail plain, mixed case, upper case and
SHA-256 (also in a deep link); the phone E.164, spaced (the profile's), national ``(555) 010-0199``
and SHA-256; her Lao line spaced, E.164 and national; the install ID plain, upper case and without
dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs, protobuf, JSON Lines,
headers and SDK calls; the public IP (OpenRTB, the loan's device binding); the LAN address (the
binding); MCC/MNC as ``310260``, ``310``/``260`` fields, ``310-260``, the Lao network's ``45703``
and ``457-03``, both carriers' names, the SIM country; the home SSID/BSSID and the temple's Wi-Fi;
the birth date ISO and ``17/05/1991``, a birthday ``05-17``, birth years, the child's age;
coordinates at 2 to 6 decimals as numbers, strings, query values, ``lat,lon`` strings, a path
segment and protobuf doubles, at the profile's position (New York) and at her places away from it
(her house, office, the pier, the river, the plot, the mill, the assembly point, the farm, where
she parked, where she skidded, the pool).

Conventions kept from sets 20-37 (as set 37's docstring states them): model, make, OS, locale,
language, Accept-Language, time zone and UTC offset, network type, battery, free memory, rooted
flag, the LAN address and User-Agents ``device.info``; event names and tokens, screens, session
counts and lengths, watched seconds ``behavior.usage``; SDK install/device IDs, the Android ID,
push tokens, consent subject IDs and the payment SDK's device ID ``id.device``; passwords, PINs,
OTP/SMS codes, a gate code, bearer and session tokens and cookies, a client secret and an ID token
``secret.credential``; JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element
and collapsed by ``eval_families21.listed_once``; series labelled once at their path (the cap's
dose log, blood pressure, steps); MCC/MNC, carriers and the SIM country ``location.carrier``;
village (``ban``), district (``meuang``), province (``khweng``), city, postcode, ZIP, country and
region ``location.coarse``; street lines (``thi_yu``, ``line1``) ``contact.address``; amounts,
prices, fees, totals, down payments, instalments, bookings, orders, receipts, tickets, references,
Play products, orders and tokens ``financial.purchase``; card data, bank accounts, last four and
payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed by the
user ``contact.*``; URL path values ``path[i]`` (0-based over non-empty segments); text that
states a health fact, a belief or names a person carries that category too (``content.text|...``);
a state-issued document's number and photo ``personal.national_id`` (``content.media|...``);
romanised Lao keys as their English equivalents.

Calls made in this set (a reader may disagree; stated so a score can be read):
- her Lao eSIM number is hers (``contact.phone``) in spaced, E.164 and national forms, also as
  the payout wallet; her passport, Lao residence card and work permit ``personal.national_id``
  wherever they are; nationality unlabelled (set 22);
- boats: Alex's and Nina's passports, names, Nina's birth date and Alex's phone, typed by her,
  ``personal.national_id``/``contact.*``/``personal.birthdate``; the booking code
  ``financial.purchase`` in bodies, four URL paths, analytics and support attributes; the LaoQR
  reference ``financial.purchase``, the paying account ``financial.payment``; the meal note on
  Nina's peanut allergy ``content.text|health.medical|contact.name``, the refund's reason (her
  fever) ``content.text|health.medical``; the lost life jacket naming Nina
  ``content.text|contact.name``; the ping, trace, check-in and pier bid fixes
  ``location.precise``; the timetable's ``near`` at 2 decimals ``location.coarse``; the cargo
  motorbike's plate unlabelled (set 23);
- cooperative: the member number ``id.user`` (body, form, query, path, JWT claim, cookie); the
  corners of the paddy she leases ``location.precise`` (her land, not a business's); the
  landlady ``contact.*``; delivery ticket (body and path), milling booking (body and two paths),
  sale reference, payout, fee and inputs order ``financial.purchase``; bag weights, moisture,
  variety and the price per kilo unlabelled (no taxonomy type); her fix at the mill
  ``location.precise``, the mill's point a negative; a geocoded "rice mill Naxaythong"
  ``behavior.search``; a torn sack's photo ``content.media``;
- glaucoma: diagnosis, eyes, diagnosis year, family history, drugs, strengths, eyes, frequencies,
  a dose, the late flag, the cap's dose log (one label), pressures (JSON, protobuf, analytics),
  visual-field MD and PSD, redness, symptoms, the visit's reason, the refill's drug, blood
  pressure, the travel letter's medicines, the flag attribute and push tag ``condition:
  glaucoma`` ``health.medical``; the PDF and the eye photo ``content.media|health.medical``;
  steps and resting heart rate ``health.fitness``; reminder times unlabelled (settings); the
  tonometer and cap are accessories (negatives); her New York doctor and Alex as caregiver
  ``contact.*``; the travel letter's destination ``location.coarse``;
- temple: ``religion: Buddhist``, her home temple (body, JWT claim), the temple of a donation, a
  pledge, the alms-giving, a push tag and an analytics property, and the ceremony itself
  ``personal.sensitive`` (religion, as set 37's tithe payee); the dedication naming her late
  father ``content.text|contact.name|personal.sensitive``; the names of the dead for the monks
  ``contact.name`` each; waist and height for the costumes ``health.fitness``; Nina's age
  ``personal.birthdate``; the temple's guest Wi-Fi seen by her phone ``location.wifi`` (set 21's
  office Wi-Fi); the procession registration's ID a negative (a free registration's object ID);
  the wish naming Nina ``content.text|contact.name``;
- roastery: the ID token a credential, its ``sub`` ``id.user``; the palpitations note
  ``content.text|health.medical``; the gate code ``secret.credential``; plan, price, order (body,
  path, SDKs), gift total, tour fee ``financial.purchase``, the subscription's ID a negative; the
  friend's name, street, phone ``contact.*``, her city, ZIP and country ``location.coarse``, the
  geocoded gift address ``contact.address``; a birthday without a year ``personal.birthdate``;
  the stockist search at the profile's position (4 decimals) ``location.precise``; in New York the
  SDKs report her US carrier;
- loan: the contract number is her account at the lender ``id.user`` (JWT claim, two paths,
  bodies), not a payment account; the liveness template ``biometric.face``, the selfie
  ``content.media``, scores not; price, down payment, financed amount, instalment, the repayment
  reference (body and path) ``financial.purchase``; the transfer slip (it shows her account)
  ``content.media|financial.payment``; the guarantor's ID card number ``personal.national_id``;
  references (Alex, the nanny, a friend) ``contact.*``; the binding's SIM and network
  ``location.carrier``, roaming flag unlabelled, IP ``location.ip``, SSID/BSSID
  ``location.wifi``; the claim's injury flag and text ``health.medical``; the bike's registration
  book photo ``content.media`` only;
- swimming: the child is a data subject (sets 29, 35, 111): her names ``contact.name``, birth date
  and age (body, analytics, identify, flags, push tag, the boat, tour and procession lists)
  ``personal.birthdate``, ``gender: girl`` ``personal.gender``, height and weight
  ``health.fitness``, asthma, eczema and inhaler ``health.medical``; her pupil ID ``id.user``
  (body, three paths, a JWT list claim, a cookie, a support attribute); her photo, the lesson video
  and the waiver's signature ``content.media``; texts naming her ``content.text|contact.name`` (the
  absence also ``health.medical``); the paediatrician, Alex and the nanny ``contact.*``; the app is
  for parents, so its bid is an ordinary one with the advertising ID;
- SDKs as set 37: the consent proof cookie labelled by its claims only, Parleywick's identity
  token a credential, OpenRTB ``user.id`` ``id.device``, its IP geo ``location.coarse``;
  Installgecko's event token names the event ``behavior.usage``, its SIM ``sim_mcc`` and
  ``sim_mnc`` each ``location.carrier``; ``ll`` and ``near`` labelled by their decimals and whose
  point they are.

Looked at (stated honestly): TAXONOMY.md, DESIGN.md; the whole of ``eval_payloads.py``;
``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep``, ``_marche``, ``_ride``; the top
docstring of ``eval_families111.py``, the first 60 lines and the ``def`` lines of its kit; sources
of the kits' helpers (all of kits 6 and 20, parts of 7, 10, 14, 16, 17, 18, 21, 22, 24, 25) and
``eval_families21.listed_once``/``LISTED_ONCE``; grep lines of ``def``/constants of kits 6-25;
the first lines of the docstrings of set 87's temple, 110's dansal, 78's harvest and market, 101's
choir, 100's coffee, 58's and 86's swimming, 58's, 60's, 68's and 91's motorbike apps, 108's mill,
109's cooperative, 104's credit ledger, 46's, 88's and 14's loans, 45's cars, 31's café, and a grep
of ``eval_families108_kit.py`` for "mill"; file-name-only greps of ``scripts/`` and ``captures/``
for the app kinds and the new names. No classifier, rule, test, README table or decoder source was
read. Every label's path was checked with a small decoder of the author's own outside the project;
``main``'s ``report`` (the project's path check) was run once at the end and reported no
missing path.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families113_boun
import eval_families113_eye
import eval_families113_heua
import eval_families113_kafe
import eval_families113_khao
import eval_families113_moto
import eval_families113_swim
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked by the author's own decoder and once by ``report``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families113_heua.heuakhong(), *eval_families113_heua.heuakhong_sdks(),
            *eval_families113_khao.khaoniaw(), *eval_families113_khao.khaoniaw_sdks(),
            *eval_families113_eye.ocutide(), *eval_families113_eye.ocutide_sdks(),
            *eval_families113_boun.bounsouk(), *eval_families113_boun.bounsouk_sdks(),
            *eval_families113_kafe.kafephou(), *eval_families113_kafe.kafephou_sdks(),
            *eval_families113_moto.sinlot(), *eval_families113_moto.sinlot_sdks(),
            *eval_families113_swim.panoy(), *eval_families113_swim.panoy_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
