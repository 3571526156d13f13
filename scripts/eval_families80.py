"""Eightieth, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author (the one allowed run of ``main`` checked the decoders' paths); it is to
be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (160 first-party calls and 72 SDK calls, 232 exchanges, 1,614 labels after
``listed_once``), mostly ordinary placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: an e-residency company-registry and digital-signature app of
Tallinn ``eval_families80_firma.py`` ("Firmavarav": its API's keys are Estonian, ``eesnimi``,
``perekonnanimi``, ``telefon``, ``aadress``, ``tanav``, ``linn``, ``postiindeks``, ``synniaeg``,
``parool``, ``isikukood``, ``epost``; she is an e-resident living in New York), a celiac-disease
gluten-exposure diary ``_crumb.py`` ("Crumbwise"), a public-sauna booking app ``_sauna.py``
("Leiliaeg"), a donor-conception clinic's patient portal ``_donor.py`` ("Nestwell": she is the
recipient, married to a woman; the donor's catalogue profile is a look-alike), an orienteering
race app with control-point splits and a GPS track ``_orient.py`` ("Rajapunkt"), an e-scooter
rental ``_kick.py`` ("Toukur") and a choir singer's vocal-training app recording her voice
``_choir.py`` ("Laululind"). The SDKs are ten new vendors, built once and called by every app
with its own events: ``_sdk.py`` (analytics "Kuusemeter", MMP "Rabaviit", OpenRTB 2.5 ads
"Oksjonik", crash reporting "Veakiri") and ``_svc.py`` (flags "Lylitorn", push "Teatekell",
consent "Nousolek", payments "Maksehaldjas", maps "Kaardiklaas", support chat "Abikiri").
``eval_families80_kit.py`` holds the apps' places, people, accounts and generators (its docstring
lists them); ``head``, ``claims``, ``rid`` and ``sdk_id`` are ``eval_families24_kit``'s, the rest
comes from ``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
phone-check codes), ``/me``-style GETs with JWT bearers (claims ``sub``, e-mail, phone, name,
``isikukood``, ``epost``, ``member``, ``mrn``, ``si``); e-residency: her address by Estonian keys,
her digi-ID card (document number, personal code), a passport scan, pick-up points near her, the
company founded (board member, shareholder, the contact-person service), the state fee, a
signature started (document hash, verification code) and confirmed with PIN2, the company's IBAN,
an accountant's mandate, the annual report's note, look-ups by her code in the query and in the
path, notification settings, a device binding (Android ID, root flag), a support message; celiac
diary: the diagnosis, conditions and supplements, a restaurant meal with her fix and a photo,
symptoms (msgpack), a gluten sensor's test of the dish, a barcode look-up, a search, restaurants
nearby (``ll``), lab results and a report photo, sharing with her gastroenterologist, a review, an
Italian dining card, a household invite, weight, a supplement reminder, a Play subscription;
sauna: saunas near her, a women-only booking, its payment, the health declaration, the door code
by booking code in the path, check-in with her fix, the door code and the guest Wi-Fi, a locker
PIN, a heat session with heart rate (msgpack), a moved booking, a friend invited, a waitlist SMS,
a gift card, a membership, a review, an avatar; donor clinic: the intake (PCOS, AMH, blood type),
the insurance card, a donor search by filters, a donor's page, a favourite with the donor's
profile, a vial order and payment plan, a cycle, basal temperatures (msgpack), an ultrasound, a
beta-hCG result, consent signatures (PNG), a message to the nurse, a viability-scan appointment,
counselling, a pharmacy delivery to her home, a dose log (JSON Lines); orienteering: her class,
SI card and club, events near her (2 decimals), an entry with an emergency contact, its payment,
another class's start list, the course's controls, her splits, her track with heart rate (gzip),
live tracking (protobuf doubles), the result with the finish fix, a photo of her map, a profile
photo, a comment, results by SI card in the query and the path, a watch import, the finish safety
check; e-scooter: SMS log-in with the Android ID, the profile with the age check, scooters near
her, unlocking, a friend's scooter, the trace (JSON Lines), a protobuf ping with a nested fix,
ending with a parking photo, the receipt in the query, a tip, a top-up, a day pass, a damage
report, a rating, an unlock diagnosis (SSID, BSSID, LAN and public IP, MCC/MNC, carrier), an
emergency contact, a referral; choir: a range test with an f0 contour, a recorded exercise (WAV),
a voice enrolment and a verification (256-float speaker embeddings), an attempt (msgpack), the
choir's join code, her part over the rehearsal track (M4A), rehearsal attendance with her fix,
vocal nodules, a message to the director, a lesson, a subscription, a calendar sync, a practice
log (JSON Lines), microphone calibration, a take shared by SMS; per app push registration, an
event log (gzip) and a cookie-authenticated GET. SDKs: analytics batches (gzip and one plain JSON;
positions at 2, 3 and 4 decimals, one advertising ID), identify (base64 JSON in a form field),
offline queues (JSON Lines), signed-out beacons (base64url JSON in the query); MMP installs (the
Android ID and the referrer), sessions, events (a JSON string ``params``; hashed e-mail and phone)
and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 and 4 decimals or IP
geo; yob, gender, keywords) ; crash envelopes (JSON Lines) and sessions; flag evaluations (JSON;
base64 JSON in a header of a GET; one signed out); push subscriptions (tags, a position at 2
decimals); consent records (a signed receipt cookie) and web-view checks (a base64 JSON cookie);
card tokens, confirmations and a SEPA mandate (bracketed form keys, JSON); geocoding (``q`` and
``proximity``), reverse geocoding (``lat,lon`` in the path), routes (``[lon, lat]`` waypoints) and
map telemetry (a gzip JSON array); support messages (an identity JWT in a JSON field) and
attachments.

Negatives are implicit: request, trace, message, meal, take, ride, entry, cycle, dose, signature
session and booking-move IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB auction, bid, seat, creative and publisher IDs and a clearing price; her company's
registry code, name, legal address, VAT number and activity code, the contact-person service's
name, phone and mailbox, the card pick-up point, a document hash, a certificate serial, the
verification code, a device public key, the state fee's reference number, the company's revenue
and profit; the restaurant's ID, name, phone, line and point, a sensor's serial, capsule, firmware
and its test of a dish, product barcodes, the lab's name, the unit and reference ranges; the
saunas' IDs, names, lines, phones and points, slots, temperatures, a watch's model, the door QR;
the clinic's ID, name, phone, line and point, the donor's ID and whole catalogue profile, the
insurance group and payer, the sonographer's and witness's staff IDs; the event's ID, centre and
name, the course's controls and their points, another class's start list, the place in the
results, the club; the scooters' IDs, QR codes, serials and battery, the parking zone and its
centre, speed, minutes and distance; the choir's ID, hall and point, the piece, bars, the pitch
contour, cents off, scores, microphone gain and noise floor, rehearsal calendar entries.

Encodings, in rough proportion to real traffic: JSON (108 plain, 16 gzip), form bodies (35),
GETs (42, 21 with query strings), multipart (14: JSON, JPEG, PNG, WAV and M4A parts), msgpack (4),
JSON Lines (11: 5 crash envelopes under their own content type, 3 offline queues, a trace, a dose
log, a practice log), schema-less protobuf (2: a flat live fix with doubles ``3``/``4``, a nested
fix ``2.1``/``2.2``), headers (User-Agents, install IDs under app-specific names plain, upper case
and without dashes, English and English-Estonian Accept-Language, opaque and JWT bearers, SDK
device headers, a support session, base64 JSON flag context), cookies (sessions, a JWT receipt, a
base64 JSON cookie), JWTs (bearers; an identity token in a JSON field; a receipt that is no
credential), base64 JSON (a form field, a header, a cookie), base64url JSON (a query parameter),
JSON strings in JSON fields, URLs in JSON fields, values in URL paths (her personal code, a
booking code, her SI card, ``lat,lon``). Profile transforms: the e-mail plain, mixed case, upper
case and SHA-256; the phone E.164, spaced (the profile's), national, dashed, ten digits and
SHA-256; the install ID plain, upper case and without dashes; the Android ID; the advertising ID;
the user ID in bodies, JWTs, JSON Lines and a deep link; the public IP (OpenRTB, MMP devices, a
diagnosis); the LAN address; MCC/MNC as ``310260`` and ``310-260`` and the carrier; the home
SSID/BSSID; the birth date ISO and as ``17.05.1991``, a birth year; coordinates at 2 to 6
decimals as numbers, strings, query values, ``lat,lon`` strings and a path segment, protobuf
doubles, ``[lon, lat]`` pairs, and her fixes away from the profile's position (a restaurant table,
a sauna door, a forest race, a scooter ride, a rehearsal hall).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language
(also an account language such as ``keel``), Accept-Language, time zone, rooted flags, network
type, free memory and storage, screen, battery, the LAN address and User-Agents naming the model
or OS ``device.info``; event and screen names, launch and session counts, session lengths and
practice minutes ``behavior.usage``; SDK install and device IDs, the Android ID, push tokens,
consent visitor IDs and the payment SDK's device fingerprint ``id.device``; passwords, PINs
(PIN2, a locker PIN), one-time and SMS codes, a door code, the choir's join code, bearer and
session tokens and cookies and a client secret ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists are labelled per element and collapsed by
``eval_families21.listed_once``; series are labelled once at their path (splits, heart-rate
lists, basal temperatures, follicle sizes, speaker embeddings); MCC/MNC and carrier
``location.carrier``; city, state, ZIP, ``linn``, ``maakond``, ``postiindeks``, ``riik`` and an
IP-derived country or region ``location.coarse``; street lines (``tanav``, ``korter``)
``contact.address``; a fee, an amount, a price, a tip, a top-up, a pass, a booking code, a vial
order and its count, a Play product, order and token ``financial.purchase``; card data, an IBAN
and payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty
segments); text that states a health fact, a sensitive trait or names a person carries that
category too (``content.text|...``); Estonian keys are labelled as their English equivalents.

Calls made in this set (a reader may disagree; stated so a score can be read):
- e-residency: her Estonian personal code (body, JWT claim ``isikukood``, query, URL path) and her
  digi-ID card's document number ``personal.national_id``, so is the passport number, the
  passport scan ``content.media|personal.national_id``; the accountant's personal code she typed
  ``personal.national_id`` (another person's ID, as other people's contact values are labelled);
  PIN2 ``secret.credential``, the verification code shown on both screens unlabelled (a check,
  not a secret), the document hash and certificate serial negatives; her company's registry
  record and the contact-person service negatives (a business's public data), but the company's
  IBAN ``financial.payment`` (she is its sole owner and pays from it); the state fee
  ``financial.purchase``, its reference number not; the pick-up points query at 3 decimals of her
  home ``location.precise``, the chosen pick-up point a negative; the annual report's note and the
  support message ``content.text``; the company's revenue and profit unlabelled;
- celiac diary: the diagnosis, its year, biopsy, conditions, sensitivity, supplements, symptoms,
  severity and onset, suspected exposure, lab values and the supplement reminder
  ``health.medical``; a lab-report photo ``content.media|health.medical``, the meal photo
  ``content.media``; the dish typed ``content.text`` (a meal, no health fact), the review about
  being sick and the dining card ``content.text|health.medical``; the gluten sensor's test is of
  the food, not of her (negatives); her gastroenterologist ``contact.*`` (typed by her, also as
  the results' recipient); weight and height ``health.fitness``; the ad keywords
  ``celiac,gluten free`` ``health.medical`` (one label), the choir app's keywords unlabelled;
- sauna: the women-only session ``personal.gender`` (booking, analytics); the health declaration's
  heart condition, blood-pressure medicine and epilepsy answers ``health.medical``, the pregnancy
  answer ``personal.sensitive`` even when false (it answers the question); the booking code
  ``financial.purchase`` also in the URL path and at check-in; the guest Wi-Fi she joined at the
  sauna ``location.wifi`` (the network the phone is on); the door and locker codes
  ``secret.credential``; heart rate in the heat ``health.fitness``; her member card ``id.user``;
- donor clinic: ``familyType: two mothers`` and ``relationship: spouse`` ``personal.sensitive``
  (they reveal her sexual orientation); her wife's name, e-mail and phone ``contact.*``; her
  patient number (JWT ``mrn``, dose log) and insurance member ID ``health.medical``; the beta-hCG
  value, the outcome, previous pregnancies, prenatal vitamins and the viability-scan reason
  ``health.medical|personal.sensitive`` (pregnancy); the intake, cycle dates, protocol, basal
  temperatures (one label), follicles and endometrium ``health.medical``; the ultrasound and
  insurance card ``content.media|health.medical``; both signature images ``content.media``; the
  donor search's filters ``behavior.search`` (one label each); the donor's catalogue profile is
  another person's published, anonymised data (negatives, also echoed in the favourite); a note
  naming her wife ``content.text|contact.name``; the counselling note ``content.text``;
- orienteering: a class such as ``W35`` ``personal.gender|personal.birthdate`` (it states both);
  her SI card ``id.user`` (it names her in every result list: body, JWT ``si``, query, URL path,
  protobuf); splits (one label), track heart rate, result time, resting heart rate, VO2max and
  weight ``health.fitness``; her track, live fixes, start and finish ``location.precise``; events
  near her at 2 decimals ``location.coarse``; the map photo and profile photo ``content.media``;
- e-scooter: ``over18`` ``personal.birthdate`` (an age); the friend riding the second scooter
  ``contact.name``; the SSID and BSSID in the unlock diagnosis ``location.wifi``, the public IP
  ``location.ip``, the LAN address ``device.info``; the deep link's ``ref`` (her user ID)
  ``id.user``; the scooters and zones negatives;
- choir: the speaker embeddings of the enrolment and the verification ``biometric.voice`` (they
  exist to find her voice in choir recordings); the recordings ``content.media`` only; the range
  test's notes, the f0 contours, cents off and scores unlabelled (an exercise's musical analysis,
  not a voiceprint); the vocal-fold nodules and rest days ``health.medical``, notes about them
  ``content.text|health.medical``; the director's name and e-mail she typed ``contact.*``; her
  attendance fix ``location.precise``, the hall's point a negative; the calendar account (her
  e-mail) ``contact.email``, rehearsal entries unlabelled;
- SDKs: Abikiri's identity token ``secret.credential`` (claims labelled); Nousolek's receipt cookie
  is a signed JWT that opens nothing (claims labelled, not the token), its visitor ID
  ``id.device``, its country and region ``location.coarse``; Lylitorn's ``targetingKey`` the user
  ID (the install ID signed out); Veakiri's session ``did`` the user ID; Rabaviit's ``rv_uid`` and
  the Android ID ``id.device``, its device ``ip`` ``location.ip``; OpenRTB ``user.id`` the SDK's
  buyer ID ``id.device``; Teatekell's position at 2 decimals ``location.coarse``; the
  Maksehaldjas cardholder ``contact.name`` and postal code ``location.coarse``, the SEPA holder
  (her company) a negative; a route's destination (a sauna, the event centre) a negative, her
  start ``location.precise``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_ride`` and most of
``_sleep``; ``eval_families21.py``'s ``listed_once`` and ``LISTED_ONCE``; the ``__all__`` lists
and ``def``/constant lines of the kits of sets 6-25 and the sources of the helpers used
(``raw``, ``multipart``, ``pb``, ``jwt``, ``enc``, ``jsonl``, ``token``, ``add``, ``lines``,
``sdk_uuid``, ``at_path``, ``sdk_uid``, ``sjwt``, ``App``, ``head``, ``claims``, ``rid``,
``sdk_id``, ``check_ci`` and ``report``); ``grep -ril`` counts of the new names over
``scripts/`` and ``captures/``; a directory listing of ``scripts/``. No classifier, rule, test or
decoder was read; no classifier was run. Every label's path was checked with a small decoder of
the author's own outside the project, which assumes the decoder conventions sets 21-37 state
(base64 JSON in a form field continues at ``data.traits.city``, in a header at
``x-lylitorn-context.targetingKey``, in a cookie at ``no_state.vid``; base64url JSON in the query
at ``d.a``; a JSON string in a JSON field at ``params.revenue``; a URL in a JSON field per
parameter (``link.ref``); JWT claims at ``.claims``; JSON Lines ``[i]``; a top-level JSON array
``[i].lat``; protobuf fields by number (``3``, ``2.1``); multipart parts at their names, a file
part one field; bracketed form keys as sent; URL path ``path[i]``, a segment such as
``40.72988,-73.99152`` one field); then ``main`` was run once, as the brief allows: it reported
one path not produced, the live-tracking protobuf's field ``1`` holding the SI card as a digit
string (its bytes read as a nested message); the field was made a varint (as SportIdent numbers
are) and checked again with the author's decoder only, not re-run through ``main``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families80_choir
import eval_families80_crumb
import eval_families80_donor
import eval_families80_firma
import eval_families80_kick
import eval_families80_orient
import eval_families80_sauna
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# The one allowed run of ``main`` found one path, fixed since (see the docstring); no gap stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families80_firma.firmavarav(), *eval_families80_firma.firmavarav_sdks(),
            *eval_families80_crumb.crumbwise(), *eval_families80_crumb.crumbwise_sdks(),
            *eval_families80_sauna.leiliaeg(), *eval_families80_sauna.leiliaeg_sdks(),
            *eval_families80_donor.nestwell(), *eval_families80_donor.nestwell_sdks(),
            *eval_families80_orient.rajapunkt(), *eval_families80_orient.rajapunkt_sdks(),
            *eval_families80_kick.toukur(), *eval_families80_kick.toukur_sdks(),
            *eval_families80_choir.laululind(), *eval_families80_choir.laululind_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
