"""Hundred-and-twenty-ninth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; only ``main()``'s report (the project's decoder path check)
was run at the end (twice in a row, the second time to read the head of the same output). It is
to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (161 first-party calls and 73 SDK calls, 234 exchanges, about 1,640 labels
after ``listed_once``), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses) with everyday look-alikes. She lives in
Dili, Timor-Leste, for a few years (her US phone, e-mail and SIM kept: the SIM roams on a local
network) with her husband Mateus Ximenes, their son Lucas (12) and baby daughter Ana; the family
has a coffee plot in Letefoho, Ermera. Seven apps (fictional names, hosts under example.* per
RFC 2606, no real company named as sender), each with its own API and the SDKs it embeds: a Dili
coffee-export cooperative's member app ``eval_families129_kafe.py`` ("Kafemori", its API's keys
Tetum: ``naran`` name, ``apelidu`` family name, ``numeruTelefone`` phone number, ``enderesu``
address, ``munisipiu`` municipality, ``numeruKartaunEleitoral`` electoral card number,
``dataMoris`` birth date, ``liafuanXave`` password, ``laen`` husband; also ``seksu``/``feto``,
``suku``, ``todan``, ``saku``, ``folin``, ``osan``, ``mensajen``, ``buka``), a dive-boat booking
app for the reefs of Atauro ``_dive.py`` ("Beloiboat"), a Catholic parish's baptism and
first-communion registration app ``_paroki.py`` ("Sakramentu": her religion), a malaria and
dengue fever clinic's telehealth app ``_klinika.py`` ("Febrila": her own health data), a
tais-weaving women's group marketplace ``_tais.py`` ("Taisfeto"), a school scholarship
application for her son ``_bolsa.py`` ("Bolsafuturu": the child's data) and a microlet
(minibus) route and fare app ``_mikrolet.py`` ("Rotamikro"). Novelty, checked by file-name-only
greps of the scripts: no earlier set names Tetum, Timor, Atauro or microlets; the kinds have
cousins elsewhere (coffee cooperatives in sets 100 and 113, dive trips in 85 and 104, parish
sacraments in 28, 51, 101, 102, 115, 124, 126 and 127, malaria or dengue in 100, 104, 107, 110,
121 and 125, weaving in 95 and 109, scholarships in 87, 105 and 115, minibuses in 73, 78, 94, 107
and 108), so these are made different by place and content: a Tetum-keyed API with an electoral
card, a plot's corners and cherry deliveries; a boat day trip with a post-partum diving medical
and a marine-park permit; a family's sacramental record with godparents' faith, a low-gluten
host and Mass intentions; a dengue NS1 telehealth course with a surveillance notice; a gift tais
woven with a child's name; a child's bursary with his essay typed as key events; microlet fares,
stops and a student pass. The SDKs are ten new vendors, built once and called by every app with
its own events and choices: ``_sdk.py`` (analytics "Tallykoa", MMP "Tracklafaek", OpenRTB 2.5 ads
"Bidmangrove", crash reporting "Crashtasi") and ``_svc.py`` (flags "Flagwattle", push
"Buzzhollow", consent "Okaylumen", payments "Coinpelican", maps "Chartjuniper", support chat
"Askosprey"). ``eval_families129_kit.py`` holds her places, family, documents, the businesses
(negatives) and generators; ``head``, ``claims``, ``rid``, ``sdk_id`` and ``others`` are
``eval_families24_kit``'s, the rest comes from ``eval_families6_kit.py`` to ``_25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes, refresh tokens), ``/me``-style GETs with JWT, opaque and session bearers; coffee: the
Tetum registration (her electoral card, her husband), the member photo, the plot's corners,
deliveries and a receipt, the payout account, prices, a message, a training, the organic
questionnaire with her fix, an offline harvest log (msgpack), a leaf-rust photo, supplies, a
search, the beneficiary, the history by member number in the path; dive: trips and seats, a
booking for two (passport and ID card, weight and height, pick-up at home), the diving medical
(post-partum, breastfeeding, iron tablets), the passport photo and a doctor's letter (PDF), the
payment, the booking by reference in the path, a forecast, the dive log (msgpack: entry fix,
depth profile) and a turtle photo, a review, gear, the emergency contact, the check-in at the
jetty, a waiver with her IP, the gallery, the park permit, a referral; parish: the family's
record, the daughter's baptism (godparents, birth and confirmation certificates), the son's
first communion and photo, Mass times, an intention for her late father, a tithe, a
reconciliation slot, a prayer request, a certificate, the choir, a calendar, a streamed Mass's
protobuf heartbeat, sacraments by user ID in the path; clinic: registration with her ID card,
SMS log-in, the triage, malaria and dengue rapid tests (photos and results), vitals, a video
consultation and its ICE candidate, messages and a rash photo, results by patient number, a home
blood draw, a prescription delivered, the day-3 follow-up, a fever diary (msgpack), her son's
fever, the surveillance notice, consent; tais: listings, a search, a wishlist, the cart
(msgpack), her mother's and her own US addresses, the order with a gift note, payment, tracking
by order number in the path, a message and a custom order for the baptism, a review with a photo,
a referral, a pick-up, the app's event lines (JSON Lines), a donation; scholarship: the guardian,
the application (the son's number and birth registration, the household, her previous New York
home), documents, the essay and its key events, his health needs, a referee, a school search,
submission, status, interview, the stipend account, his grades by student number in the path,
the distance from home, a draft (msgpack), siblings, feedback; microlet: stops near her, routes,
live vehicles, a plan from ``lat,lon`` in the path, a trip started, tracked (protobuf, a nested
fix) and ended, a top-up and the history by wallet number in the path, saved places, a search,
a complaint, a lost item, crowd-sourced positions (JSON Lines), a student pass, events with the
Wi-Fi and network context, an SOS, a rating; per app push registration, an event log (gzip) and
a cookie-authenticated GET. SDKs: analytics batches (gzip; rounded or precise positions in
three), traits (base64 JSON in a form field), offline queues (JSON Lines), signed-out beacons
(base64url JSON in the query); MMP installs and sessions (SIM and visited network), events (a
JSON string ``event_value``; hashed e-mail and phone) and deep links (a URL in a JSON field);
OpenRTB 2.5 bids (GPS geo at 3 decimals or IP geo in Timor-Leste; yob, gender, keywords) and win
notices; crash envelopes (JSON Lines under their own content type) and sessions; flag
evaluations (JSON; base64 JSON in a header of a GET); push subscriptions (tags, positions at 2
decimals) and an open receipt (form); consent records (a signed receipt cookie) and web-view
checks (a base64 JSON cookie); card tokens and charges (bracketed form keys); geocoding (text and
``near``), reverse geocoding (``lat,lon`` in the path), routes and map telemetry (a gzip JSON
array); support messages (an identity JWT in a JSON field) and an attachment (multipart).

Negatives are implicit: request, trace, message, delivery, trip, booking-seat, log, consultation,
prescription, cart, address, thread, application, registration and charge IDs, idempotency
keys, nonces, timestamps, versions, public SDK keys, OpenRTB auction, bid, seat, creative and
publisher IDs and the clearing price; the cooperative's warehouse (ID, name, phone, point),
group code, prices per kilogram, weights, grades and SKUs; the dive site's and jetty's points,
the forecast's point, the dive computer's model and serial, gear sizes and the seat; the parish's
ID, name, phone and point, Mass and priest IDs, the catechism group; the clinic's ID, doctor and
point, the rapid-test kit's lot, the thermometer's ID, the lab and pharmacy IDs; the weavers'
group's ID, name, phone and point, listing and cart prices, the market pick-up point, other
groups' IDs; the school's ID and point, grades, household size and income, occupations, the
photo check's scores; microlet stops and their points, routes, plates, the driver's phone, live
vehicles, the place labels ``Uma`` and ``Servisu``; campaign IDs.

Encodings, in rough proportion to real traffic: JSON (96 plain, 13 gzip), form bodies (43), GETs
(51, 32 with query strings), multipart (14: JSON, JPEG and PDF parts), msgpack (5), JSON Lines
(10: 6 crash envelopes, 2 offline queues, the tais event lines, the microlet crowd lines),
schema-less protobuf (2: a flat heartbeat, a track with a nested fix ``3.1``/``3.2``), headers
(User-Agents, install IDs under app-specific names plain, upper case and without dashes, Tetum
and English Accept-Language, opaque, session and JWT bearers, SDK device and session headers,
base64 JSON flag subject), cookies (sessions, a JWT consent receipt, a base64 JSON cookie), JWTs
(bearers with user ID, e-mail, phone, name, ``membru`` and ``patient`` claims; an identity token
in a JSON field; a receipt that is no credential), base64 JSON (a form field, a header, a
cookie), base64url JSON (a query parameter), JSON strings in JSON fields, URLs in JSON fields,
values in URL paths (member, booking, user, order, student and wallet numbers; ``lat,lon``).
Profile transforms: the e-mail plain, upper case and SHA-256; the phone E.164, spaced (the
profile's), national, ten digits and SHA-256; the install ID plain, upper case and without
dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs, msgpack, protobuf, JSON
Lines and the path; the public IP (OpenRTB, a waiver, an ICE candidate); the LAN address (an
event context, the ICE candidate); MCC/MNC ``310260`` and the carrier, the visited network
``51402``/``514-02`` and its name; the home SSID/BSSID; the birth date ISO and a birth year;
the profile's position (her New York home) at 6 decimals and as a ``lat,lon`` string at 4; her
Dili fixes at 2 to 6 decimals as numbers, strings, query values, a ``lat,lon`` ``near`` and path
segment and protobuf doubles (home, office, the boarding point, the plot, the jetty, the dive).
Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, free memory, battery, charging, the LAN
address, OpenRTB ``utcoffset`` and User-Agents naming the model or OS ``device.info``; event and
screen names, launch and session counts, session lengths and minutes watched ``behavior.usage``;
SDK install and device IDs, the Android ID, push tokens, consent visitor IDs and the payment
SDK's device fingerprint ``id.device``; passwords, SMS codes, bearer, session and refresh tokens,
session cookies and a client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; series
labelled once at their path (a depth profile, key events); MCC/MNC, carrier and network
``location.carrier``; city, state, ZIP, ``suku``, post, municipality and a country from the IP
``location.coarse``; street lines ``contact.address``; amounts, totals, fares, fees, offerings,
deposits, revenue and order, booking and receipt references ``financial.purchase``; card data,
bank accounts and payment-method IDs ``financial.payment``; another person's name, phone and
e-mail typed by the user ``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based
over non-empty segments); text stating a health fact, a sensitive trait or a labelled value
carries that category too (``content.text|...``); Tetum keys are labelled as their English
equivalents would be; the children are data subjects (sets 29, 35, 37).

Calls made in this set (a reader may disagree; stated so a score can be read):
- her Dili home, office, boarding point, plot, jetty check-in and dive entry are her places:
  ``location.precise`` at 3 or more decimals; businesses' points, stops and dive sites are not;
- coffee: the membership number ``id.user`` (body, JWT claim ``membru``, traits, msgpack, URL
  path); the plot's corners ``location.precise`` (her land, each point), its ``suku`` and
  municipality ``location.coarse``; a delivery's payout ``osan`` ``financial.purchase`` (her sale
  to the cooperative, a transaction), weight, sacks, grade and price per kilogram unlabelled;
  the payout account ``financial.payment``; her husband (``laen``, the courier ``lori``, the
  beneficiary) ``contact.*``; ``seksu: feto`` ``personal.gender``; the electoral card number
  ``personal.national_id``; the leaf-rust photo ``content.media`` only (a plant); a message naming
  her husband ``content.text|contact.name``; a support message quoting her account
  ``content.text|financial.payment``;
- dive: her US passport (booking, permit) and her husband's Timorese ID card
  ``personal.national_id``, the passport photo ``content.media|personal.national_id``; the dive
  training card's level and number unlabelled (a private agency's card: no taxonomy type); weight
  and height ``health.fitness``, gear sizes unlabelled; the medical answers ``health.medical`` (one
  label after ``listed_once``), ``recentBirthOrPregnant`` ``personal.sensitive|health.medical``
  (pregnancy is in personal.sensitive), its explanation ``content.text|personal.sensitive|
  health.medical``, medications ``health.medical``, the doctor's letter
  ``content.media|health.medical``; the dive log's depth profile, maximum depth and minutes
  ``health.fitness`` (a workout record), its entry fix ``location.precise``; the booking reference
  ``financial.purchase`` everywhere (body, query, path, deep link); the waiver's IP
  ``location.ip``; the turtle photo ``content.media`` and its caption ``content.text``;
- parish: her and her husband's religion, her baptism's church and date, the church wedding, the
  son's baptism, the godparents' ``confirmed`` status, a push tag ``preparing: first_communion``
  and ``sacrament: reconciliation`` ``personal.sensitive``; the godparent's confirmation
  certificate ``content.media|personal.sensitive``, the daughter's birth certificate
  ``content.media|personal.national_id``; the low-gluten host ``health.medical``; the Mass
  intention for her late father ``content.text|personal.sensitive|contact.name`` and its offering
  ``financial.purchase``; the prayer request (her mother's cancer)
  ``content.text|personal.sensitive|health.medical``; explicit religious facts only: the app being
  a parish's does not make every field religious (the streamed Mass's seconds watched
  ``behavior.usage``, Mass times unlabelled); the birthplace ``Dili`` ``location.coarse``;
- clinic: symptoms, temperatures, onset, pain, breastfeeding (``health.medical``, not pregnancy),
  recent travel, test results, tests ordered, platelets, hematocrit, warning signs, the fever
  diary (temperatures and fluids), medicines and the analytics' dengue result and severity
  ``health.medical``; her patient number ``health.medical`` (as set 37's insurance member ID: it
  says she is the fever clinic's patient; body, query, JWT claim); pulse and weight
  ``health.fitness``; the test, rash and lab-result files ``content.media|health.medical``; the
  consultation's reason and messages ``content.text|health.medical``; the ICE candidate
  ``location.ip`` (one field; the LAN address inside it not labelled apart); her son's fever
  ``health.medical`` with his name and age; the surveillance notice's home point at 4 decimals
  ``location.precise``; a pharmacy search ``behavior.search``;
- tais: her mother's name and street ``contact.*`` and her city, state and ZIP
  ``location.coarse`` (keyed as her own would be); her own US address (the profile's street and
  position) ``contact.address``/``location.*``; the gift note and the woven name ``ANA``
  ``content.text|contact.name``; the baptism tais message ``content.text|personal.sensitive|
  contact.name``; listing and cart prices unlabelled (nothing bought yet), the order total,
  deposit, donation and order number ``financial.purchase``; the geocoded mother's address
  ``contact.address``;
- scholarship: the son's name, birth date and age, ``gender: mane``, his student number
  ``id.user`` (his account in the school system: body, path, pass), his birth registration
  ``personal.national_id`` and its scan ``content.media|personal.national_id``; asthma, glasses
  and needs ``health.medical``; the essay ``content.text`` and its key events
  ``behavior.keystroke|content.text`` (one label); report card and photo ``content.media`` only;
  grades, income and occupations unlabelled; the referee (his teacher, typed by her)
  ``contact.*``; the application number a negative (a case ID); a push tag naming him
  ``contact.name``, a flag attribute with his age ``personal.birthdate``;
- microlet: the wallet number ``id.user``; fares and top-ups ``financial.purchase``; the home
  SSID and BSSID ``location.wifi``; the visited network ``location.carrier``; the driver's phone
  and the plate negatives (the operator's published data); a complaint and a lost item's
  description ``content.text``; the SOS contact ``contact.*``;
- SDKs: the SIM roaming flag ``device.info``; OpenRTB IP geo (``TLS``, ``DI``, Dili) and the
  consent country ``TL`` ``location.coarse``; Askosprey's identity token a credential (claims
  labelled), Okaylumen's receipt a signed JWT that opens nothing (claims labelled, the token not);
  Flagwattle's subject key and Crashtasi's session ``did`` the user ID signed in; Tracklafaek's
  ``tl_uid`` and Bidmangrove's ``user.id`` ``id.device``; Buzzhollow's positions at 2 decimals
  ``location.coarse``; Coinpelican's cardholder ``contact.name``.

Looked at beyond TAXONOMY.md and DESIGN.md (stated honestly): the whole of ``eval_payloads.py``;
``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc`` and ``_ride``; ``eval_families21.py``'s
``LISTED_ONCE``, ``listed_once``, ``build`` and ``raw_build``; in the kits of sets 6-25 a
``grep`` of their ``def`` and constant lines and the sources of the helpers used (``raw``,
``encode``, ``multipart``, ``pb``, ``token``/``add``, ``enc``, ``jsonl``, ``head``, ``claims``,
``rid``, ``sdk_id``, ``others``, ``App``, ``pos``, ``latlng``, ``ev``, ``opaque``, ``at_path``,
``lines``, ``sdk_uuid``, ``sjwt``, ``keys``, ``srflx``, ``chain``, ``push_token`` and the
seventeenth kit's import list); file-name-only greps for the app kinds and vendor names over
``scripts/`` (and ``captures/``, which listed demo file names); by accident one ``grep`` that
printed ``Accept-Language`` lines of the docstrings of sets 39-127 (allowed files). No
classifier, rule, test, addon or decoder was read, and none was run except ``main()``'s report
at the end: it listed two paths under a custom-scheme deep link (``taisfeto://...`` in a JSON
field, ``deeplink.e`` and ``deeplink.uid``), so that link became an https app link (as common);
it was not run again and ``DECODER_GAPS`` is empty. Every label's path was checked with a
small decoder of the author's own outside the project (base64 JSON in a form field continues at
``data.traits.member``, in a header at ``x-flagwattle-subject.key``, in a cookie at
``olm_state.vid``; base64url JSON in the query at ``d.a``; a JSON string in a JSON field at
``event_value.revenue``; a URL in a JSON field per parameter (``deeplink.booking``); JWT claims at
``.claims`` (``person.user_jwt.claims.sub``, ``olm_receipt.claims.sub``); JSON Lines ``[i]``; a
top-level JSON array ``[i].lat``; protobuf fields by number (``3.1``); multipart parts at their
names, a file part one field; bracketed form keys as sent; URL path ``path[i]``, a segment such
as ``-8.55417,125.56961`` one field).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families129_bolsa
import eval_families129_dive
import eval_families129_kafe
import eval_families129_klinika
import eval_families129_mikrolet
import eval_families129_paroki
import eval_families129_tais
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# The report's decoder check listed only the custom-scheme link, since made an https link.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families129_kafe.kafemori(), *eval_families129_kafe.kafemori_sdks(),
            *eval_families129_dive.beloiboat(), *eval_families129_dive.beloiboat_sdks(),
            *eval_families129_paroki.sakramentu(), *eval_families129_paroki.sakramentu_sdks(),
            *eval_families129_klinika.febrila(), *eval_families129_klinika.febrila_sdks(),
            *eval_families129_tais.taisfeto(), *eval_families129_tais.taisfeto_sdks(),
            *eval_families129_bolsa.bolsafuturu(), *eval_families129_bolsa.bolsafuturu_sdks(),
            *eval_families129_mikrolet.rotamikro(), *eval_families129_mikrolet.rotamikro_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
