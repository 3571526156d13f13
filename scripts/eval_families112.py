"""Hundred-and-twelfth, BLIND labelled set for the classifier evaluation: written without reading
the classifier code, its rules, the tests or the README's evaluation tables, and never run through
a classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (161 first-party and 70 SDK calls, 231 exchanges, 1,693 labelled fields after
``listed_once``, 1,717 labels as ``report`` counts them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``) with everyday look-alikes. She lives in Dakar
(Sacré-Cœur 3) with her husband Ousmane and her son Moussa (9) and keeps her New York home (the
profile's position), where she spends Christmas; her phone keeps the profile's SIM (roaming on a
Senegalese network, ``60899``) and a Senegalese line; her number, identity card (CNI), villa,
Dakar Wi-Fi and family are in ``eval_families112_kit.py``. Seven app kinds, each with its own API
and the SDKs it embeds (fictional names, hosts under example.* per RFC 2606): a Dakar tontine
(rotating savings circle) app with Wolof keys ``_natt.py`` ("Nattsa": ``tur``, ``sant``,
``nimero_telefon``, ``adaras``, ``dekk``, ``nimero_kart_identite``, ``bes_juddu``, ``baatu_jall``,
``jekker``), a Grand Magal pilgrimage transport-and-lodging app ``_magal.py`` ("Yoonbi"), a
tuberculosis DOTS treatment-adherence app ``_tb.py`` ("Wergi": her own health data), a laamb
(wrestling) ticket and betting app ``_laamb.py`` ("Mbapatt"), a tailoring order app with her body
measurements for a boubou ``_nyaw.py`` ("Nyawkat"), her son's daara (Quranic school) fees app
``_daara.py`` ("Ndongopay": the child's data) and her bissap-juice home business's orders app
``_bissap.py`` ("Bissapkeur": she is the seller). A file-name-only grep of the scripts' docstrings
found no earlier tontine, Magal, laamb, daara or bissap app; a TB DOT app (set 93), tailors (sets
69 and 79), a Quran-recitation class (88) and a hajj-and-umrah planner (91) exist, so those are
variants: Wergi confirms doses by the number hidden behind each blister and a smart pill box with
a neighbour as treatment supporter (no video, no face check), Nyawkat is a Dakar workshop that
sews her own fabric from her measurements and delivers by courier (no scan, no shipping abroad),
Ndongopay is a child's day school's fees, attendance and pick-up (no recitation), Yoonbi is a bus
and host-family booking for a one-day pilgrimage inside the country (no visa, no agency group).
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Limbarka", MMP "Attrigoree", OpenRTB 2.5 ads "Bidkeliba", crash reporting
"Crashkapok") and ``_svc.py`` (flags "Flagniaye", push "Pushsabar", consent "Consentjom", payments
"Paycauri" with cards and mobile money, maps "Tilelompoul", support chat "Chatwaxtaan"); their
shapes follow set 37's vendors, with other keys, paths and hosts.

What is in it: sign-ups (Wolof, French and English keys), log-ins (JSON and form passwords, OAuth
password grants, SMS and OTP codes, a PIN), ``/me``-style GETs with JWT bearers (claims ``natt``,
``register_no``, ``phone``, ``parieur``, ``tel``, ``eleves``, ``email``, ``name``); tontine: a
log-in risk check made in New York (the profile's IP, home Wi-Fi, position at 4 decimals, SIM
country, MCC/MNC and line number), circles near her (``ll`` query), joining with a message, a
contribution by mobile money and its receipt by number in the path, the turn order, her payout, the
CNI (number and both photos) and a selfie, a chat message (msgpack), invitations from her address
book, her address with her villa's fix, her New York details, a loan from the social fund, a PIN;
Magal: trips near her, the booking for two (both CNIs, the dahira, the event), the payment, ticket
and return by code in the path, a lodging search and booking, boarding at the bus station, tracking
(a protobuf with a nested fix and the IP; a gzip list of fixes), an SOS for her lost mother-in-law,
a hadiya (offering), the programme, the dahira group, a review with a photo, an emergency contact;
TB: enrolment (register number, diagnosis, regimen, HIV status, weight), today's dose with its
blister code, offline doses (msgpack), pairing the pill box and its week (protobuf), side effects, a
dose missed at the Magal, a travel pack, sputum results by register number in the path, a GeneXpert
result's photo, weight, an appointment, the supporter, household screening, a message to her nurse,
a check-in at the centre, reminders, an article search; laamb: the combats, tickets, their payment
and QR by number in the path, the gate scan with her fix, the bettor's KYC (CNI and photo), the
geolocation check (her fix, her SSID/BSSID and three neighbours' BSSIDs, IP, SIM and network
country, mock and VPN flags), a deposit, a bet (msgpack) and its slip in the path, a withdrawal,
limits, a live heartbeat (protobuf), favourites, live chat, a referral; tailor: her nine
measurements, workshops near her, models, the fabric's and an inspiration photo, the order
(Tabaski), the deposit, its status, a voice note (M4A) and an alteration by order number in the
path, a fitting, the delivery, a review, a referral, her birthday and her son, a fabric search, the
balance; daara: the parent, the son's enrolment (birth-certificate number, programme, allergy, his
father), his photo, fees, attendance, progress and health card by his ID in the path, daaras near
her (``lat``/``lon`` strings), a fee by mobile money and its receipt in the path, an absence, a
message to the teacher, pick-up people, a school day's contribution, the uniform (his measures) and
its card payment, the school-bus stop at her door; bissap: the seller, a product and its photo,
orders, accepting one, a phone order typed for a regular, a courier from her door to the regular,
tracking, supplies, a payout, an expense, stock (msgpack), her food-handler health certificate, the
shop's point, a reply, sales, a promotion, her market-stall check-in. Per app a push registration, a
gzip event log and a cookie-authenticated GET. SDKs: analytics batches (gzip; ``context.ll`` at 2
decimals in New York, Dakar and Touba), identify (base64 JSON in a form field), offline queues (JSON
Lines), a signed-out pixel (base64url JSON in the query); MMP installs and sessions (Android ID,
referrer, SIM and network MCC/MNC), events (a JSON string ``partner_params``; hashed e-mail and
phone), deep links (a URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals in Touba and at
the arena, or IP geo; yob, gender, keywords, a hashed e-mail EID) and a win notice; crash envelopes
(JSON Lines) and sessions; flag evaluations (JSON; base64 JSON in a header of a GET); push players
(tags, a position at 2 decimals); consent records (a signed receipt cookie) and a web-view check (a
base64 JSON cookie); card tokens, confirmations and mobile-money charges (bracketed form keys);
geocoding (``q`` and ``near``), reverse geocoding (``lat,lon`` in the path), a route, map telemetry
(a gzip JSON array); support messages (an identity JWT in a JSON field) and an attachment.

Negatives are implicit: request, trace, thread, trip, object, product, order (her customers'),
delivery, session and stream IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB auction/bid/seat/creative/publisher IDs and prices; another member's ID (a referrer); the
circle's ID, name, size and collection wallet (the treasurer's number), round and turn numbers;
the bus station's ID, name and point, the bus's ID, plate and speed, seat numbers, the host
house's ID, name and phone, the Grand Mosque's point, the Magal's programme day, water points; the
health centre's ID, name, phone and point, the pill box's serial, Bluetooth address, firmware and
battery, the lab's code; the arena's ID and point, the combat's ID and wrestlers, the stable,
odds, potential gain, limits, the stream's bitrate; the workshop's ID, name, address and phone,
models, fabric and its shop price, embroidery; the daara's ID, point, phone and wallet, the
doctor's practice, the school year; the shop's ID, name and NINEA, products, SKUs, prices, stock
counts, her customers' order totals, the wholesaler's ID, name and phone, the market's name and
point, the stall number, promotion audience.

Encodings, in rough proportion to real traffic: JSON (108 plain, 16 gzip, one of them a top-level
array),
form bodies (32), GETs (48, 24 with query strings), multipart (12: JSON, JPEG and M4A parts),
msgpack (4), JSON Lines (8: 6 crash envelopes under their own content type, 2 offline queues),
schema-less protobuf (3: tracking with a nested fix ``3.1``/``3.2``, a pill box's week and a live
heartbeat, both flat), headers (User-Agents, install IDs under app-specific names plain, upper
case and without dashes, Wolof and French Accept-Language in four apps, opaque and JWT bearers, SDK
device and session headers, a base64 JSON flag user), cookies (14 requests: sessions, devices,
the child's ID, a JWT session, a JWT receipt, a base64 JSON cookie, language), JWTs (bearers; a
session cookie; a support identity token in a JSON field; a receipt that is no credential),
base64 JSON (a form field, a header, a cookie), base64url JSON (a query parameter), JSON strings
in JSON fields, URLs in JSON fields, values in URL paths (20: a receipt, the booking code three
times, the register number, the ticket twice, the bet slip, the order four times, the son's ID
five times, a fee reference, ``lat,lon`` segments twice). Profile transforms: the e-mail plain,
mixed case, upper case and SHA-256; the phone E.164, spaced (the profile's), national
``(555) 010-0199`` and SHA-256; her Senegalese number spaced, E.164 and national; the install ID
plain, upper case and without dashes; the Android ID; the advertising ID; the user ID in bodies,
JWTs, a JWT cookie, msgpack, protobuf, JSON Lines and SDK calls; the public IP (the risk check,
the betting check, two protobuf messages, OpenRTB); the LAN address (a log-in, a crash tag);
MCC/MNC as ``310260`` and ``310-260``, the roaming network's ``60899``, both carriers' names, SIM
and network country; the home SSID/BSSID (New York) and her Dakar SSID/BSSID with neighbours'; the
birth date ISO, ``17/05/1991``, ``17/05`` and a birth year; coordinates at 2 to 6 decimals as
numbers, strings, ``lat,lon`` query values and path segments and protobuf doubles, at the
profile's position (New York) and at her places away from it (her villa, the bus station, the
road, Touba, the health centre, the arena, the market).

Conventions kept from sets 20-37 (as set 37's docstring states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted/VPN/mock flags, network type, battery, free memory,
screen, orientation, the LAN address and User-Agents ``device.info``; event and screen names,
launch/session counts, session lengths and seconds watched ``behavior.usage``; SDK install/device
IDs, the Android ID, push tokens, consent visitor IDs and the payment SDK's device fingerprint
``id.device``; passwords, PINs, OTP/SMS codes, bearer and session tokens and cookies, a client
secret and an identity token ``secret.credential``; JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; series
labelled once at their path (offline doses, vaccinations); MCC/MNC, carrier names and SIM/network
country ``location.carrier``; city, ``dekk``, ``ville``, ``quartier``, district, ZIP, country and
region ``location.coarse``; street lines (``adaras``, ``adresse``, villa lines) ``contact.address``;
amounts, totals, fees, deposits, stakes, payouts, bookings, tickets, slips, orders and receipts
``financial.purchase``; card data, last four and payment-method IDs ``financial.payment``;
another person's name, phone and e-mail typed by the user ``contact.*``; address-book entries
``content.contacts`` (one label per name and number); URL path values ``path[i]`` (0-based over
non-empty segments); text that states a health fact, a sensitive trait, a street or names a person
carries that category too (``content.text|...``); a state-issued identity document's number and
photo ``personal.national_id`` (``content.media|...``); Wolof and French keys as their English
equivalents.

Calls made in this set (a reader may disagree; stated so a score can be read):
- her Senegalese number is hers (``contact.phone``) in all forms, though not the profile's; as a
  mobile-money wallet (``msisdn``, ``momo.msisdn``, Paycauri's ``mobile_money[msisdn]``) it stays
  ``contact.phone`` only (set 91's QR payment proxy); her CNI ``personal.national_id`` (spaced and
  bare); her mother-in-law's CNI typed by her for the bus manifest too (set 29's partner's
  passport); ``goor_jigeen: jigeen``, ``civilite: Mme``, ``sex: F`` ``personal.gender``;
- tontine: the circle membership number ``NT-0412-07`` ``id.user`` (body, query, JWT claim,
  identify trait, support attribute); contributions, the payout and the social-fund loan
  ``financial.purchase`` (set 37's deposits and withdrawals), the receipt number too (body, path);
  the circle's collection wallet a negative; the invitees from her address book
  ``content.contacts``; her display name ``Jane D.`` ``contact.name``; the join message naming
  Moussa ``content.text|contact.name``; the loan's motive (his malaria)
  ``content.text|contact.name|health.medical``; the risk check's line number (US national format)
  ``contact.phone``, its IP ``location.ip``, home SSID/BSSID ``location.wifi``, SIM country and
  MCC/MNC ``location.carrier``; the selfie ``content.media`` only (no template sent);
- Magal: fields stating her religious practice ``personal.sensitive`` (the event "Grand Magal de
  Touba", her dahira in the booking, the group, a push tag, the offering's beneficiary, the
  analytics event property, OpenRTB keywords naming the Magal and the Mourides); the offering's
  amount ``financial.purchase``; the destination of her own trip (``arrivee``, the lodging
  ``ville``) ``location.coarse`` (set 111); the lodging note that her mother-in-law walks with
  difficulty ``content.text|health.medical``; the SOS naming her ``content.text|contact.name``;
  her fixes at the station, on the road (protobuf, gzip list) and in Touba ``location.precise``,
  the station's and the Grand Mosque's points negatives; the bus is not hers (negatives);
- TB: register number (body, path, JWT claim, support attribute), diagnosis, regimen (also a push
  tag), start date, HIV status, phase (also a flag attribute and an analytics property), pills per
  dose, the blister codes (they certify a dose taken), offline doses, the pill box's taken/missed
  counts, symptoms and severity, test and result, the appointment's reason, the adherence streak,
  the travel pack's doses and the household contacts' cough ``health.medical``; weight and BMI
  ``health.fitness``; the side-effect note and the message ``content.text|health.medical``; the
  missed dose at the Magal ``content.text|health.medical|personal.sensitive``; the lab photo
  ``content.media|health.medical``; an article search for a TB fact
  ``behavior.search|health.medical``, the search for the health centre ``behavior.search``; the
  supporter and the household contacts (names, ages) ``contact.name``/``personal.birthdate``; her
  fix at the centre ``location.precise``; the pill box is an accessory (negatives);
- laamb: the betting account ``MBP-88120457`` ``id.user`` (JWT bearer and cookie claims, deposit,
  bet, withdrawal, cookie, identify trait, deep link); the chat nickname ``id.user``; tickets,
  their number (body, path), deposits, the stake, the slip (body, path) and a withdrawal
  ``financial.purchase``, odds and potential gain not; the KYC's CNI photo
  ``content.media|personal.national_id``; the geolocation check's fix ``location.precise``, SSID,
  BSSID and neighbours' BSSIDs ``location.wifi`` (the list one label), SIM and network country
  ``location.carrier``, mock and VPN flags ``device.info``; seconds watched ``behavior.usage``;
  favourites unlabelled; her fix at the gate ``location.precise``, the arena's point a negative;
- tailor: her measurements (nine, two again in an alteration, and her son's for his uniform in
  the daara app) ``health.fitness``, the alteration's remark on her weight
  ``content.text|health.fitness``; ``occasion: Tabaski`` ``personal.sensitive`` (a religious
  feast); the fabric, inspiration and embroidery photos and the voice note ``content.media``; the
  delivery instructions giving her villa ``content.text|contact.address``; her birthday without
  year ``personal.birthdate``; the workshop's address and phone negatives;
- daara: the child is a data subject (sets 29, 35, 37): his names ``contact.name``, birth date and
  age (body, analytics property and trait) ``personal.birthdate``, ``sexe: garçon``
  ``personal.gender``, his student ID ``tal_5c1e93a0`` ``id.user`` (body, URL path five times,
  JWT claim list, cookies, push tag), his birth-certificate extract number
  ``personal.national_id``, his allergy, vaccinations, asthma, inhaler and blood group
  ``health.medical``, his chest and height ``health.fitness``, his photo ``content.media``; the
  programme "hifz (mémorisation du Coran)" ``personal.sensitive`` (religious instruction), the
  message saying he recites a surah ``content.text|personal.sensitive``, the absence
  ``content.text|contact.name|health.medical``; his father and grandmother as pick-up people
  ``contact.*``; the school-bus stop at her door ``contact.address`` and ``location.precise``;
  progress and attendance are fetched, not sent (no label);
- bissap: she is the seller: her customers' orders and totals are their purchases (negatives, set
  91); the regular's order typed by her (name, phone, address), the courier's drop-off copy of it
  and the note naming her ``contact.*``/``content.text|contact.name``; her supplies order, its
  number, an expense, the courier's fee, a payout and a plan ``financial.purchase``; her NINEA
  (business registration) unlabelled (no taxonomy type, set 91); the shop's point is her kitchen
  at home, so ``location.precise``; her market-stall fix ``location.precise``, the market's point a
  negative; her food-handler health certificate ``content.media|health.medical``; the product
  photo ``content.media``; the promotion ``content.text``; the map search for the regular's street
  ``contact.address`` with her home as ``near`` (3 decimals) ``location.precise``; her delivery run
  in the map telemetry ``location.precise``;
- SDKs as set 37: Chatwaxtaan's identity token a credential (claims labelled), the consent
  receipt cookie labelled by claims only, its visitor ID ``id.device``, country and region
  ``location.coarse``; Flagniaye's user key the user ID; Crashkapok's session ``did`` the user
  ID; Attrigoree's ``ag_uid`` and the Android ID ``id.device``, the SIM's and the roaming
  network's MCC/MNC and operator ``location.carrier``; OpenRTB ``user.id`` ``id.device``, its
  ``device.ext.mccmnc`` ``location.carrier``, its IP geo ``location.coarse``; positions at 2
  decimals ``location.coarse``; Paycauri's billing city ``location.coarse``.

Looked at (stated honestly): TAXONOMY.md, DESIGN.md; the whole of ``eval_payloads.py``;
``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep``, ``_marche``; the top docstrings
of ``eval_families111.py`` and (its calls and looked-at sections) ``eval_families91.py``; the
module docstrings of ``eval_families93_dot``, ``79_tailor``, ``88_gona``, ``88_tilawa``,
``91_umrah`` and ``69_scan`` for the overlapping kinds; ``eval_families20_kit.py`` and
``eval_families24_kit.py`` whole, ``eval_families17_kit.py``'s first 80 lines; the ``__all__``
lists of kits 6-25; through ``inspect``, sources of helpers (``add``, ``enc``, ``multipart``,
``pb``, ``raw``, ``push_token``, ``tok``, ``jwt``, ``report``, ``check_ci``, ``chain``, ``pb64``,
``jsonl``, ``sjwt``, ``at_path``, ``sdk_uid``, ``track``, ``channel``, ``lines``, ``sdk_uuid``,
``gql``, ``counts``, ``listed_once``) and constants' values of kits 17-19; grep lines of
``eval_families21.py`` (``LISTED_ONCE``, ``_list_of``), of kit 6 (``encode``) and, printed by
file-name greps that matched a line, one line each of ``eval_families84_kit.py``,
``eval_families88_gona.py`` and ``eval_families110_kit.py``; file-name-only greps of ``scripts/``
and ``captures/`` for the app kinds and the new names; the listing of the project venv's
``site-packages`` for msgpack. Importing the earlier kits to print their helpers imports
``eval_payloads`` and so ``analysis.profile``/``analysis.records``; no classifier, rule, test,
README table, ``*.toml`` file or decoder source was read, and no classifier was run. Every label's
path was checked with a small decoder of the author's own outside the project (JSON, gzip, forms,
msgpack, JSON Lines, schema-less protobuf, multipart, JWT claims in headers, cookies and fields,
base64 and base64url JSON, JSON strings and URLs in fields, URL path segments); ``main``'s
``report`` (the project's path check) was run once at the end and
reported no labelled path the decoders do not produce, so ``DECODER_GAPS`` is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families112_bissap
import eval_families112_daara
import eval_families112_laamb
import eval_families112_magal
import eval_families112_natt
import eval_families112_nyaw
import eval_families112_tb
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main`` was run once at the end: no labelled path the decoders do not produce.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families112_natt.nattsa(), *eval_families112_natt.nattsa_sdks(),
            *eval_families112_magal.yoonbi(), *eval_families112_magal.yoonbi_sdks(),
            *eval_families112_tb.wergi(), *eval_families112_tb.wergi_sdks(),
            *eval_families112_laamb.mbapatt(), *eval_families112_laamb.mbapatt_sdks(),
            *eval_families112_nyaw.nyawkat(), *eval_families112_nyaw.nyawkat_sdks(),
            *eval_families112_daara.ndongopay(), *eval_families112_daara.ndongopay_sdks(),
            *eval_families112_bissap.bissapkeur(), *eval_families112_bissap.bissapkeur_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
