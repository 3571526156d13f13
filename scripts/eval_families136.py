"""Hundred-and-thirty-sixth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run twice at
the end (the first under the system Python stopped at ``import msgpack`` before building the set;
the second, under the project's ``.venv``, found every labelled path and is the one counted). It
is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (163 first-party calls and 72 SDK calls, 235 exchanges, 1,751 labels per
category after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday look-alikes.
She spends the year in Bujumbura (Burundi) with her Burundian husband Olivier Niyonzima, her US SIM
roaming, and a local line that is also her mobile-money wallet; their daughter Kevine (9) learns
the drum after her day school. Seven app kinds (fictional names, hosts under example.* per RFC
2606, no real company named as sender), each with its own API and the SDKs it embeds: a Lake
Tanganyika ndagala traders' market app ``eval_families136_ndagala.py`` ("Ndagazi": its API's keys
are Kirundi: ``izina`` given name, ``izina_ry_umuryango`` family name, ``telefone`` phone number,
``aderesi`` address, ``karitiye`` quarter, ``komine`` commune, ``intara`` province,
``ikarata_karangamuntu`` identity card number, ``itariki_y_amavuka`` birth date, ``ijambo_banga``
password, ``umugabo`` husband, ``igitsina`` sex; also ``imeyili`` e-mail, ``nomero_y_umucuruzi``
trader number, ``amafaranga`` amount, ``igiciro`` price, ``ibiro`` kilograms, ``ifi`` fish,
``isoko`` market, ``ubutumwa`` message, ``ururimi`` language, ``ahantu`` place, ``itumizwa`` order,
``umwakira`` receiver, ``isano`` relation, ``ukoresha`` user, ``ivyabaye`` events), a Pentecostal
church's night-vigil and crusade app ``_vigil.py`` ("Kesharama": her religion), a family-planning
clinic's app ``_plan.py`` ("Planiya": her own reproductive health), a cross-border small traders'
app for the Gatumba post ``_border.py`` ("Mpakapass": her residence card, passport and
laissez-passer), a children's drumming school's parent app ``_drum.py`` ("Karyendo": the child's
data), a fuel-queue slot booking app ``_fuel.py`` ("Lisansi") and a subsidised-fertilizer voucher
app for her husband's family's plot ``_ifumbire.py`` ("Fumbira"). File-name and docstring greps of
``scripts/`` found no earlier Burundi set, no fish traders' market (set 46 is an angler's log), no
Pentecostal vigil, crusade or fasting chain (a grep for "choir" matched sets 101, 113, 122, 124,
126 and 129; sets 130 and 132 have congregations' apps), no family-planning clinic (sets 27, 35, 57
are cycle trackers, 134 an HPV kit), no drumming school, no fuel queue (set 124 delivers generator
diesel, 133 sells generator power), no fertilizer voucher ("input credit" matched set 88, unread;
set 107 has water turns); sets 42, 119 and 135 have a remittance, a cross-border car pool and a
barrel's customs entry, so Mpakapass is a small trader's border paperwork (a one-day pass, a
declaration, a certificate of origin, the queue, a health screening); each module says how it
differs. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metricrane", MMP "Tracksitatunga", OpenRTB 2.5 ads "Bidhippo", crash
reporting "Crashmukeke") and ``_svc.py`` (flags "Flagrusizi", push "Pingkarera", consent
"Consentkibira", payments "Paygitega", maps "Mapkagera", support chat "Helprusumo").
``eval_families136_kit.py`` holds her places, people and the apps' businesses (its docstring lists
them); ``head``, ``claims``, ``rid`` and ``sdk_id`` are ``eval_families24_kit``'s, the rest comes
from ``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes, a PIN), ``/me``-style GETs with JWT bearers; fish: prices, landings near her house, a
check-in at the landing, a lot order (msgpack), its mobile-money payment, the lot's photo, porters
to the stall with her sister-in-law as receiver, a check-in at the stall, the landing scale's
weighing (protobuf), the receipt by order number in the path, a message to the landing's
committee, a search, a stall partner, a price alert, the account by cookie, lake weather (2
decimals), a complaint, a card link (base64 JSON in a form field), a log-out; vigil: the month's
vigils, a vigil sign-up with its bus stop, a fasting-chain slot, a prayer request, a tithe by
mobile money, a crusade offering, the crusade registration (her husband, a pick-up point), her fix
on the crusade ground, an audio testimony (M4A and JSON), a hymn search, a prayer partner, a cell
message, the live service, a home cell, the daughter's Sunday school, a giving statement by
cookie, a receipt by number in the path, volunteering; family planning: the intake
(contraceptive, last period, pregnancies, blood pressure, migraine with aura, weight, height),
methods, counselling, a clinic check-in, an injection log (msgpack), the bleeding diary (gzip),
side effects, a referral PDF, messages, sharing with the midwife, SMS reminders, a refill order
and its status, a pregnancy-test result by record number, discreet mode behind a PIN, the plan by
cookie, a couples-counselling invitation; border: the trader's documents (passport and residence
card scans), a laissez-passer and the pass by number in the path, a declaration (a share link in
a JSON field), a certificate of origin, fees, the queue (``lat,lon`` in the query), the crossing
(her fix), a protobuf heartbeat (nested fix), rates, a broker and a message to him, an incident,
an offline queue (msgpack), a health screening (fever, rash, temperature, mpox vaccination), the
receipts by cookie, alerts; drum: the pupil's enrolment (asthma, emergency contact), her
timetable by pupil number in the path, fees, a pick-up at the gate, an authorised collector (her
identity card), the child's photo, consents, tickets, a costume, a message and an absence naming
her health, progress, a practice video (MP4), a car-pool offer, invoices by cookie and a PDF
invoice in the path, the medical form; fuel: stations near her, stock, a slot, its payment, the
queue position (protobuf), the QR check-in, the fill and its receipt in the path, the odometer
(msgpack), a report, a search, alerts, sharing the slot with her husband, a trip plan, the wallet
by cookie, a top-up by card, the quota (base64 JSON in a header of a GET); fertilizer: the
household head's identity card, the plot's corners, a plot photo with its fix, the catalogue, a
voucher order, the deposit, the voucher in the path, depots near the plot (2 decimals), the
pick-up by her husband, an offline sync (msgpack, her fix), a soil sample point, a question,
weather, the household (the daughter's name and birth date), her bank account, the statement by
cookie, a complaint, SMS options; per app push registration and an event log (gzip). SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field),
offline queues (JSON Lines), signed-out beacons (base64url JSON in the query); MMP installs and
sessions (the Android ID, the referrer, roaming), events (a JSON string ``callback_params``;
hashed e-mail and phone) and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS at 2 or 3
decimals or IP geo) and win/impression beacons; crash envelopes and sessions; flag evaluations
(JSON; base64 JSON in a header of a GET); push devices (segments, a position at 2 decimals);
consent records (a signed receipt cookie) and web-view checks (a base64 JSON cookie); card
tokens, confirmations and mobile-money collections; geocoding, reverse geocoding (``lat,lon`` in
the path), routes and telemetry (a gzip JSON array); support messages (an identity JWT in a JSON
field) and an upload.

Negatives are implicit: request, trace, check-in, lot, slot, vigil, stream, booking, visit, plot
and sample IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB auction,
bid, creative and publisher IDs and prices; the landing's ID, name, phone and point, the boat,
the scale's serial, fish kinds, kilograms and prices per kilo, the stall's number, the market's
point; the church's ID and point, the crusade ground's ID and point, the stream, the fasting
slot; the clinic's ID and point, the injectable's lot, the queue number; the border post's ID
and point, the Uvira market, HS codes, goods' kilograms and values, the broker's licence, rates;
the drumming school's ID and point, level, group, rhythm, seats, the costume's size; the
stations' IDs, points, stock, pump, QR and price per litre, the car's make, model, plate and
odometer; the depot's ID, point and QR, products, bags, the plot's area, crops, depth; her
nationality.

Encodings: JSON (108 plain, 17 gzip), form bodies (27), GETs (58, 33 with query strings), multipart
(8: JSON, JPEG, M4A, MP4 and PDF parts), msgpack (5), JSON Lines (9: 7 crash envelopes under their
own content type, 2 offline queues), schema-less protobuf (3: a nested lot and fix
``4.x``/``5.1``-``5.2``, nested fixes ``4.1``/``4.2``), headers (User-Agents, install IDs plain,
upper case and without dashes, French and Kirundi Accept-Language, opaque and JWT bearers, a
session header, SDK headers, base64 JSON contexts), cookies (sessions, devices, a JWT receipt, a
base64 JSON cookie), JWTs (bearers with ``imeyili``, ``umucuruzi``, ``numeroMembre``, ``eglise``,
``client_no``, ``phone``, ``str_card``, ``email``, ``pupils``, ``driver``, ``agriculteur`` and
``tel`` claims; an identity token in a JSON field; a receipt that is no credential), base64 JSON,
base64url JSON, JSON strings in JSON fields, URLs in JSON fields, values in URL paths. Profile
transforms: the e-mail plain, upper case and SHA-256; the phone E.164, national ``(555) 010-0199``
and SHA-256; the install ID plain, upper case and without dashes; the Android ID; the advertising
ID; the user ID (bodies, JWTs, JSON Lines, headers); the public IP (OpenRTB); MCC/MNC and the
carrier; the birth date ISO and ``17/05/1991``; coordinates at 2 to 6 decimals as numbers, strings,
query values, ``lat,lon`` values and path segments, protobuf doubles; her fixes away from the
profile's position (her Kinindo house, the landing, the stall, the church, the crusade ground, the
clinic, the border post, the school gate, the fuel queue, the family plot).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/jailbroken flags, network type, battery, free memory and
User-Agents naming the model or OS ``device.info``; event and screen names, session counts and
lengths ``behavior.usage``; SDK install, device, subscriber, visitor and payment device IDs, the
Android ID and push tokens ``id.device``; passwords, SMS and one-time codes, PINs, bearer,
refresh, session and client-secret tokens and session cookies ``secret.credential``, JWT claims
at ``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; series labelled once at their path (the bleeding diary);
MCC/MNC and the carrier ``location.carrier``; quarter, commune, hill, town, province, country and
region ``location.coarse``; street lines ``contact.address``; amounts, totals, fees, deposits,
revenue, orders, declarations, vouchers, tickets, invoices, receipts and refills
``financial.purchase``; card data, bank accounts, last four digits and payment-method IDs
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``;
a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments); text that
states a health fact, a sensitive trait or quotes a labelled value carries that category too
(``content.text|...``); Kirundi keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- fish: the trader number (body, JWT claim, protobuf, base64 JSON, traits) ``id.user``;
  ``ikarata_karangamuntu`` (her residence card) ``personal.national_id``; ``igitsina`` ``gore``
  ``personal.gender``; ``karitiye``, ``komine`` and ``intara`` ``location.coarse``; the husband
  and the sister-in-law (partner, receiver) ``contact.*``; her local wallet number
  ``contact.phone``; the lot she buys (order number, total, porters' fee) ``financial.purchase``,
  the fish kinds, kilograms and prices per kilo not; the lot's photo ``content.media`` (goods,
  no person); lake weather at 2 decimals ``location.coarse``;
- vigil: the church, the denomination, water baptism, the vigil, the fasting chain, the
  crusade, the services, the cell groups, the ministry, the tithe's and offering's funds, the
  Sunday-school class and push segments ``personal.sensitive`` (religion), the amounts
  ``financial.purchase``; the vigil's bus stop in her quarter ``location.coarse``; a prayer
  request and a testimony naming her migraines ``content.text|personal.sensitive|health.medical``
  and the crusade's prayer need ``personal.sensitive|health.medical``; the audio testimony
  ``content.media|personal.sensitive`` (a voice recording, no voiceprint sent); the member
  number ``id.user``; the hymn search ``behavior.search`` only (a title, not a statement); a cell
  message naming a sister ``content.text|personal.sensitive|contact.name``; her fix on the
  ground (6 decimals) and at the church (4) ``location.precise``; the daughter (name, birth date,
  sex, peanut allergy) labelled as a data subject;
- family planning: the clinic record number (body, JWT, msgpack, query) ``health.medical`` (a
  medical record number, as set 37's insurance member ID); contraceptive, last period,
  pregnancies, breastfeeding, blood pressure, migraine with aura, wish for children later, the
  injection's product, site and next date, the refill's SKU, side effects, the bleeding diary
  (one series), reminders ``health.medical``; weight and height ``health.fitness``; the
  referral PDF ``content.media|health.medical``; the discreet-mode PIN ``secret.credential``; the
  midwife she shares with and her husband invited ``contact.*``; the geocoded clinic name
  ``behavior.search``;
- border: the small-trader card (body, JWT, protobuf, msgpack, a URL's query) ``id.user``; her
  passport number, residence card and laissez-passer (body, URL path) ``personal.national_id``
  and their scans ``content.media|personal.national_id``; nationality unlabelled; the
  declaration number, fees and the pass's fee ``financial.purchase`` (the goods' values are
  trade stock, not her purchases: unlabelled); the screening answers ``health.medical``; the
  incident's fix (5 decimals) hers; the broker she adds ``contact.*`` (his licence a negative);
  the queue's ``from`` ``lat,lon`` at 3 decimals ``location.precise``;
- drum: Kevine is a data subject (sets 29, 35, 37): her name, birth date, sex and pupil number
  (body, JWT ``pupils``, URL path, query) labelled; her asthma, blood group, allergy, inhaler and
  the mutuelle number ``health.medical``, her weight ``health.fitness``; her photo and practice
  video ``content.media``; a message and an absence naming her health
  ``content.text|health.medical`` (with ``contact.name`` where her name is written); her age in
  a flag context ``personal.birthdate``; the sister-in-law authorised to collect ``contact.*``
  and her identity card ``personal.national_id``; the invoice in the path (with ``.pdf``)
  ``financial.purchase``;
- fuel: the driver account (body, JWT, protobuf, msgpack, a base64 JSON header) ``id.user``; her
  driving permit ``personal.national_id``; the car's plate unlabelled (a vehicle's registration
  has no taxonomy type; a reader may disagree); the slot's quote, payment, fill total and
  receipt, the top-up ``financial.purchase``; her place in the queue (a count) unlabelled;
- fertilizer: the farmer number ``id.user``; the household head's identity card (her husband's)
  ``personal.national_id``; province, commune and hill ``location.coarse``; the plot's corners,
  the photo's and the sync's fixes and the soil sample point are hers (``location.precise``:
  her family's land), depots and weather at 2 decimals ``location.coarse``; the voucher,
  subsidised total and deposit ``financial.purchase``; the household members typed by her
  ``contact.name``, the daughter's birth date ``personal.birthdate``; her bank account
  ``financial.payment`` and holder ``contact.name``;
- SDKs: Tracksitatunga's ``country`` (from the IP) ``location.coarse``, its ``is_roaming`` flag
  ``device.info``; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, its geo country, region
  (``BM``, Bujumbura Mairie) and city ``location.coarse``; Consentkibira's receipt cookie opens
  nothing (claims labelled, the token not); Helprusumo's identity token is a credential (claims
  labelled); Paygitega's cardholder ``contact.name`` and card country ``location.coarse``;
  Pingkarera's and Metricrane's positions at 2 decimals ``location.coarse``, Metricrane's in the
  fuel queue at 3 decimals ``location.precise``; routes label her points, not the crusade ground
  or the school.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families132.py``, ``_kit``, ``_sdk``, ``_svc``, ``_kava``,
``_wound``, ``_shelter`` and the first 60 lines of ``_church``; the sources of ``raw``,
``multipart``, ``pb``, ``token``, ``sjwt``, ``enc``, ``add``, ``report``, ``jsonl``, ``encode``,
``pb64``, ``lines``, ``App``, ``ev``, ``opaque``, ``at_path``, ``sdk_uid``, ``sdk_uuid``,
``rid``, ``sdk_id``, ``head``, ``claims`` and ``push_token``, the re-export list and constants of
``eval_families17_kit.py``; the first 40 lines of ``eval_families100.py`` and first lines of a few
modules of sets 46, 60, 66, 73, 79, 103, 107, 110, 112, 114, 119, 124, 125, 133, 134 and 135 to
make the apps different; README's first 80 lines. No classifier, rule, test or decoder was read
or run. The helper sources and constants listed were printed by importing the earlier kits
(``inspect``, ``ast``) in three short Python commands; no other set's ``build`` or ``main`` was
run. One ``git status --porcelain`` was run by mistake (read-only) besides the allowed
``git rev-parse --short HEAD`` (f3c26b9).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families136_border
import eval_families136_drum
import eval_families136_fuel
import eval_families136_ifumbire
import eval_families136_ndagala
import eval_families136_plan
import eval_families136_vigil
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
    return [*eval_families136_ndagala.ndagazi(), *eval_families136_ndagala.ndagazi_sdks(),
            *eval_families136_vigil.kesharama(), *eval_families136_vigil.kesharama_sdks(),
            *eval_families136_plan.planiya(), *eval_families136_plan.planiya_sdks(),
            *eval_families136_border.mpakapass(), *eval_families136_border.mpakapass_sdks(),
            *eval_families136_drum.karyendo(), *eval_families136_drum.karyendo_sdks(),
            *eval_families136_fuel.lisansi(), *eval_families136_fuel.lisansi_sdks(),
            *eval_families136_ifumbire.fumbira(), *eval_families136_ifumbire.fumbira_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
