"""Ninety-third, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author (the decoders ran once, through ``main``'s ``check_ci``); it is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (160 first-party calls and 79 SDK calls, 239 exchanges, 1,533 labelled paths
after ``listed_once``, which ``report`` counts as 1,543 labels), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday look-alikes.
She is on a two-year posting in Ulaanbaatar, renting a plot with a house and a ger in a ger district
(Chingeltei), and keeps the books of a herding household she stays with part of the year. Seven app
kinds new to the evaluation (fictional names, hosts under example.* per RFC 2606, no real company
named as sender), each with its own API and the SDKs it embeds: a ger-district heating-subsidy and
e-government app whose API keys are Mongolian in Latin letters ``eval_families93_dulaan.py``
("Dulaan Tusgal"), a tuberculosis directly-observed-therapy video app ``_dot.py`` ("Ariun Tun"), a
Naadam horse-racing fan app ``_naadam.py`` ("Khurdan Mori"), a nomadic herder's livestock-count and
pasture app ``_herder.py`` ("Malchin Devter"), a throat-singing lesson app recording her voice
``_khoomii.py`` ("Khoomii Zam"), a cashmere cooperative's seller app ``_cashmere.py`` ("Noolur") and
a long-distance bus-and-train ticket app ``_bus.py`` ("Zamtiit"). The SDKs are ten new vendors,
built once and called by every app with its own events and choices: ``_sdk.py`` (analytics
"Toololtix", MMP "Mordlink", OpenRTB 2.5 ads "Zarlalbid", crash reporting "Aldaacatch") and
``_svc.py`` (flags "Tugswitch", push "Medeeping", consent "Zuvshoorly", payments "Tulburlane", maps
"Gazartile", support chat "Tuslachat"). ``eval_families93_kit.py`` holds the places, people,
accounts and generators (its docstring lists them); ``head``, ``claims``, ``rid`` and ``sdk_id`` are
``eval_families24_kit``'s, ``fix``, ``home`` and ``obj`` ``eval_families37_kit``'s, the rest comes
from the kits of sets 17-22.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, PINs, SMS
codes, a password and a PIN change), ``/me`` GETs with JWT bearers; e-government: registration
with ``registriin_dugaar``, ``nuuts_ug`` and ``imeil``, the profile (``ner``, ``ovog``,
``tursun_ognoo``, ``huis``), her ``hayag`` (``hot``, ``duureg``, ``khoroo``, ``gudamj``,
``hashaa``, ``shuudangiin_kod``, her point), a subsidy application (multipart: JSON, her ID card,
the stove), the stove's registration, briquette vouchers, the payout account, an e-signature
PIN, status by application number in the path, air quality at home and at work, a complaint, a
service search, a household member, a meter reading, a rating; DOT: enrolment (register number,
diagnosis, regimen, HIV test, weight), a face check before the dose (template, 68 landmarks),
the dose video with her fix, side effects, a missed dose, the pill box, weight, liver tests, a
sputum-test booking, results by register number in the path, a message to the nurse, a trip to
the winter camp, household contacts for screening, the signed consent (a PNG signature), food
support; Naadam: the profile (handle, birth year), races, a horse, her check-in at the finish
(fix, the venue's Wi-Fi), a stand ticket, a shuttle fare, a points prediction, a comment, a
finish photo, a search, race chat (msgpack), a share to a friend, a highlight heartbeat
(protobuf), a leaderboard, a Play purchase; herder: registration (census number, aimag, soum,
bag), the camps, the herd count (msgpack), a winter loss report with a photo, pasture NDVI at
the summer camp, camps nearby, a neighbour's water report, her walk with the flock, an offline
sync (protobuf, a nested fix), weather alerts at 2 decimals, a vet request, prices, index
insurance and its payout account, a sale listing, the migration, a note; throat singing: the
profile, a recording (M4A) and its scoring (pitch and overtone tracks, gzip), a voice enrolment
and a voice sign-in (192-float embeddings), a teacher question, a live lesson booked, practice
minutes, a throat check-in, a share, a comment, a search, a subscription, an e-mail change;
cashmere: membership (member number, registration number, ``ner``/``ovog``/``utas``), a fibre lot
with its origin and photos, a tally, offers, a sale accepted, the payout account, a pick-up at
her address, the invoice by sale number in the path, buyer chat (msgpack), a traceability scan,
the fee, a tax receipt, training, a search, a rating, events (JSON Lines); bus and rail: a trip
search, seats, a booking for her and a friend (names, documents, birth dates, contact), payment,
the booking by reference in the path, a boarding scan, stations near her home, the train's
position relative to her, a passport scan, extras and insurance, a cancellation with a refund, an
e-receipt with her registration number, a heartbeat (protobuf, the PNR and her fix on board), a
review, her US home address, a hashed-e-mail loyalty call; per app push registration, an event
log and a cookie-authenticated GET. SDKs: analytics batches (gzip JSON, one msgpack; rounded,
4-decimal and precise positions, one at the profile's position), identify (base64 JSON in a form
field), offline queues (gzip JSON Lines), signed-out beacons (base64url JSON in the query); MMP
installs and sessions, events (a JSON string ``params``, hashed e-mail and phone) and a deep link
(a URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals or IP geo, yob, gender) and
win/impression beacons; crash envelopes (JSON Lines) and sessions; flag evaluations (JSON; base64
JSON in a header of a GET; one signed out); push subscribers (tags, positions at 1 and 2
decimals); consent records (a signed receipt cookie) and web-view checks (a base64 JSON cookie);
card tokens, charge confirmations and a payout IBAN (bracketed form keys); geocoding (text and
``near``), reverse geocoding (``lat,lon`` in the path), routes and map telemetry (a gzip JSON
array); support messages (an identity JWT in a JSON field) and an attachment.

Negatives are implicit: request, trace, dose, recording, thread, comment, chat, media, loss,
conversation and sync IDs, idempotency keys, nonces, challenges, timestamps, versions, public SDK
keys, OpenRTB auction, bid, creative and publisher IDs and prices; the subsidy application's
number, the stove's serial, model and firmware, the meter's number and readings, subsidy amounts;
the khoroo office's name, phone and point; the TB cabinet's ID, phone and point, the nurse's
staff ID, a lab's ID, the blister number, video duration and fps; the racecourse's point, races,
horses, trainers, other horses picked, prediction points and odds, the leaderboard; the herd's
counts, species, newborns, heads, altitude, the neighbours' household IDs and camps, the soum
centre, prices, the sale listing's asking price; the school's and teacher's IDs, the lesson,
micGain and noise floor, the pitch and overtone tracks, the score, the enrolment phrase; the
cooperative's ID, name, phone and point, the lot's ID, weight, micron, colour and grade, the
per-goat tally, buyers' IDs, photo IDs; trips, seats, cars, the conductor, stations and their
points, the train's speed, loyalty points.

Encodings: JSON (109 plain, 14 gzip), form bodies (36), GETs (52, 36 with query strings),
multipart (10: JSON, JPEG, PNG, MP4 and M4A parts), msgpack (5), JSON Lines (10: 6 crash envelopes
under their own content type, 3 gzip offline queues, one event log), schema-less protobuf
(3), headers (User-Agents, install IDs under app-specific names plain, upper case and without
dashes, Mongolian and English Accept-Language, opaque bearers and sessions, JWT bearers, SDK
device headers, a support session, base64 JSON flag subject), cookies (sessions, a JWT receipt, a
base64 JSON cookie), JWTs (bearers with ``registriin_dugaar``, ``utas``, ``tb``, ``phone``,
``email``, ``nick``, ``census``, ``member``, ``name`` claims; an identity token in a JSON field;
a receipt that is no credential), base64 JSON (a form field, a header, a cookie), base64url JSON
(a query parameter), JSON strings in JSON fields, URLs in JSON fields, values in URL paths.
Profile transforms: the e-mail plain, upper case and SHA-256; the phone E.164, national
``(555) 010-0199``, ten digits and SHA-256; the install ID plain, upper case, without dashes; the
Android ID; the advertising ID; the user ID (bodies, msgpack, protobuf, JSON Lines, crash
reports); the public IP (OpenRTB); MCC/MNC as ``310260`` and ``310-260`` and the carrier; the
birth date ISO and a birth year; coordinates at 1 to 6 decimals as numbers, strings, query
values, ``lat,lon`` strings and path segments, protobuf doubles; her places away from the
profile's position (her Ulaanbaatar plot, her office, the finish line, the camps, her walk).

Conventions kept from sets 20-37 (as set 37 states them): model, OS, locale, language,
Accept-Language, time zone, network type, free memory and storage, battery, UTC offset, device
type and User-Agents naming the model or OS ``device.info``; event and screen names, session and
launch counts, session lengths, practice minutes and streaks, seconds watched ``behavior.usage``;
SDK install, device and visitor IDs, the Android ID, push tokens and the payment SDK's device
fingerprint ``id.device``; passwords, PINs, one-time and SMS codes, bearer and session tokens and
cookies, a charge's client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; series
labelled once at their path; MCC/MNC and carrier ``location.carrier``; city, district, khoroo,
soum, bag, aimag, state, ZIP, postal code and IP-geo country/region ``location.coarse``; street
and plot lines (``gudamj``, ``hashaa``, ``line1``) ``contact.address``; fares, prices paid,
totals, fees, premiums, tickets, booking references, sale numbers, Play products, tokens and
orders ``financial.purchase``; card data, IBANs, last four digits and payment-method IDs
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``;
a value in the URL path ``url`` ``path[i]``; text that states a health fact or quotes a labelled
value carries that category too (``content.text|...``); Mongolian keys are labelled as their
English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- she is a resident of Ulaanbaatar for the posting: her plot's address and point are her home
  there; her residence registration number ``registriin_dugaar`` ``personal.national_id`` (also
  as a JWT claim, a tax receipt and quoted in a support message); ``huis: em`` and
  ``gender: female`` ``personal.gender``; ``ner`` and ``ovog`` ``contact.name`` each;
- e-government: the ID card's photo ``content.media|personal.national_id``, the stove's photo
  ``content.media``; the briquette voucher's price and code ``financial.purchase``; the
  e-signature PIN ``secret.credential``; the complaint ``content.text``; air quality asked at her
  home (3 decimals) and office (4) ``location.precise``; the meter number and readings unlabelled;
  the household member she names ``contact.*`` and the member's birth year ``personal.birthdate``;
- DOT: the TB register number ``health.medical`` (body, JWT claim ``tb``, URL path, flags,
  support attributes); diagnosis, regimen (one label), phase, HIV test, pills, symptoms,
  severity, remaining pills, liver tests and the test type ``health.medical``; weight
  ``health.fitness``; the dose video and the pill-box photo ``content.media|health.medical``; the
  face check's template and landmarks ``biometric.face`` (liveness and match scores not); her
  notes and messages ``content.text|health.medical``; household contacts for screening
  ``contact.*`` (typed by her, not an address-book upload); the signature image
  ``content.media``; reminder times unlabelled;
- Naadam: her handle ``saaral_fan91`` ``id.user`` (body, JWT ``nick``, deep link); her display
  name ``contact.name``; the venue's Wi-Fi BSSID and SSID seen from her phone ``location.wifi``,
  the venue's point a negative; prediction points and odds unlabelled (no money); the
  contextual ad keywords unlabelled (about the app);
- herder: the household's census number ``id.user`` (the account: body, JWT ``census``,
  protobuf, lot trace, queries); its camps are her places ``location.precise`` (3 to 6
  decimals); the herd's counts, losses and sick animals unlabelled (not a person's health, no
  taxonomy type); the loss note and a note ``content.text``; index-insurance premium and policy
  ``financial.purchase``; the sale listing's asking price unlabelled (an offer, not a purchase),
  its contact phone ``contact.phone``; a position at 1 or 2 decimals ``location.coarse``;
- throat singing: the recordings ``content.media`` only; the pitch and overtone tracks sent for
  scoring unlabelled (a lesson's features, like set 37's snore loudness); the voice enrolment and
  voice sign-in embeddings ``biometric.voice``; the throat check-in ``health.medical`` and its
  note ``content.text|health.medical``;
- cashmere: her member number ``id.user``; the sale she accepts is her transaction
  (``financial.purchase``: price per kg, total, sale number, invoice path, tax receipt), the
  fibre lot's facts negatives; the pick-up at her plot ``contact.address``, the depot a negative;
- bus and rail: the trip search's origin and destination ``behavior.search``, the date not; the
  passport number and the friend's ID number ``personal.national_id``, her scan
  ``content.media|personal.national_id``; the friend's name ``contact.name``, birth date
  ``personal.birthdate``; the heartbeat's fix is her phone's on board ``location.precise``,
  the PNR in it ``financial.purchase``; her point sent to see the train ``location.precise``;
  her US home address (``line1`` ``contact.address``; city, state, ZIP and country
  ``location.coarse``);
- SDKs: Tuslachat's identity token ``secret.credential`` (claims labelled); Zuvshoorly's receipt
  cookie a signed JWT that opens nothing (claims labelled, token not), its visitor ID
  ``id.device``, its country and region ``location.coarse``; Tugswitch's subject the user ID
  signed in, the install ID signed out; Aldaacatch's session ``did`` the user ID; Mordlink's own
  UID and the Android ID ``id.device``; OpenRTB ``user.buyeruid`` ``id.device``, ``utcoffset``
  and ``devicetype`` ``device.info``, IP-geo country, region and city ``location.coarse``;
  Gazartile's routes label her home and not stations or the cabinet; a geocoded address she typed
  ``contact.address``, a typed depot name ``behavior.search``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc`` and ``_ride``;
through ``inspect``, the ``__all__`` lists, signatures and first docstring lines of the kits of
sets 17, 20, 21, 22 and 24, and the sources of ``sjwt``, ``App``, ``ev``, ``head``, ``claims``,
``sdk_id``, ``rid``, ``tok``, ``enc``, ``multipart``, ``pb``, ``raw``, ``lines``, ``jwt``,
``report``, ``add``, ``listed_once``, ``_list_of`` and ``LISTED_ONCE``; ``grep -ril`` counts of
the new vendor names over ``scripts/`` and ``captures/``; a listing of ``scripts/``. No
classifier, rule, test or decoder source was read; no classifier was run. Every label's path was
checked with a small decoder of the author's own outside the project (``/tmp``); ``main`` was
then run once as the brief allows.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families93_bus
import eval_families93_cashmere
import eval_families93_dot
import eval_families93_dulaan
import eval_families93_herder
import eval_families93_khoomii
import eval_families93_naadam
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families93_dulaan.dulaan(), *eval_families93_dulaan.dulaan_sdks(),
            *eval_families93_dot.ariuntun(), *eval_families93_dot.ariuntun_sdks(),
            *eval_families93_naadam.khurdan(), *eval_families93_naadam.khurdan_sdks(),
            *eval_families93_herder.malchin(), *eval_families93_herder.malchin_sdks(),
            *eval_families93_khoomii.khoomii(), *eval_families93_khoomii.khoomii_sdks(),
            *eval_families93_cashmere.noolur(), *eval_families93_cashmere.noolur_sdks(),
            *eval_families93_bus.zamtiit(), *eval_families93_bus.zamtiit_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
