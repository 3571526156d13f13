"""Hundred-and-thirty-third, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier (nor through the decoders, but for ``main``'s one run of ``report``) by its
author; it is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic (151 first-party calls and 75 SDK calls, 226 exchanges,
about 1,650 labels after ``listed_once``), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``) with everyday look-alikes. She (the profile's Jane Doe) spends the
dry season in Kinshasa, where she keeps a wax-print stall at the central market (Zando, Gombe) and
a house in Ngaliema with her husband; the phone roams on its US SIM. Seven app kinds, each with its
own API and the SDKs it embeds: a wax-print fabric wholesaler whose API keys are Lingala
``eval_families133_kitoko.py`` ("Kitoko Wax"), a river-boat (baleinière) ticket app ``_ebale.py``
("Ebale"), a Kimbanguist parish's choir and offering app ``_bondeko.py`` ("Bondeko": her
religion), a sickle-cell and malaria children's clinic where she is seen for her own anaemia
``_makila.py`` ("Makila Malamu"), a likelemba (rotating savings) app ``_likelemba.py``, a music
school where her son Dieumerci, 12, learns rumba guitar ``_sebene.py`` ("Sebene": the child's data,
she holds the account) and a generator-electricity subscription for her stall ``_mwinda.py``
("Mwinda"). The Lingala keys chosen: ``nkombo`` (name), ``nkombo_ya_libota`` (family name),
``nimero_ya_telefone`` / ``telefone`` (phone number), ``esika_ya_kofanda`` (address: "place where
one lives"), ``komine`` (commune), ``kalati_ya_kopona`` (voter card, "card for choosing"),
``mokolo_ya_kobotama`` (birth date, "day of being born"), ``liloba_ya_sekele`` (password, "secret
word"), ``mobali`` (husband); and around them ``engumba`` (city), ``esika`` (place), ``butiki``
(shop), ``bilamba`` (cloths), ``boluki`` (search), ``motango`` (count), ``ntalo`` (price),
``mbongo`` (money), ``lifuti`` (payment), ``komande`` (order), ``botindi`` (delivery),
``moyambi`` (receiver), ``nsango`` (message), ``elilingi`` (picture), ``mokanda`` (document),
``kredi``, ``basali`` (workers), ``mayele``/``makambo`` (events), ``lokota`` (language),
``ntango`` (time zone). Newness (a file-name-only ``grep -il`` of ``scripts/``): no earlier set
names Kinshasa, Lingala, baleinière, Kimbangu or likelemba; earlier sets do have church choirs
(68, 73, 80, 89, 97...), sickle-cell apps (60, 124), rotating savings (88, 112, 124), music
lessons (25, 95) and a river boat (113), so these differ: a Kimbanguist parish with tithes by
mobile money and the Nkamba pilgrimage; an adult anaemia consultation in a children's clinic
(the son's genotype one call); a Zando market likelemba with a draw, payouts and a pot loan; rumba
guitar with a tuner and pick-up; a Congo River baleinière with a cargo of bales and a safety
tracker. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Tallyweft", MMP "Sourcetack", OpenRTB 2.5 ads "Bidsorghum", crash
reporting "Faultloom") and ``_svc.py`` (flags "Gatewhisk", push "Alertkelp", consent
"Agreeborne", payments "Paymoringa" with mobile money, maps "Chartbasin", support chat
"Helpcanoe"). ``eval_families133_kit.py`` holds her places, people, the businesses and generators.

What is in it: sign-ups (JSON, Lingala and French keys), log-ins (forms, an OAuth password grant,
SMS codes, a PIN), JWT bearers on ``/me``-style GETs, IDs in URL paths (an order, a ticket, a
member card, a patient file, a child, a subscriber); wholesaler: her stall, a search, depots near
home, a basket, an order to the stall, payment, the receiver (msgpack), a defect photo, a chat,
trade credit with her voter card (both sides), an assistant, an invoice, a network diagnosis;
boat: the passenger with her voter card, a route search, the booking with next of kin and
luggage, check-in, a protobuf heartbeat, fixes (msgpack), an engine-failure alert, cargo, a
review, lost property, river weather, a refund; church: parish and baptism, attendance, a
recording, a hymn search, a tithe and receipt, a prayer intention, the pilgrimage, a uniform, a
donation, her household; clinic: the mutual, a booking, symptoms, vitals, labs, a malaria rapid
test, a lab photo, a prescription and refill, a diary, a message, her son's screening, payment,
check-in, a teleconsultation; likelemba: KYC, hashed contact match, a group from her address
book, a typed invitation, the draw, contributions and their wallet PIN, a payout, chat (msgpack)
and a voice note, a penalty, a loan, a meeting at her stall; music school: the child, progress,
enrolment, lessons, pick-up at the gate, practice with a tuner, a recording and photo, homework,
a message, a pick-up person, recital tickets, a Play purchase, a rental, consent; generator:
subscription, sites, the socket's installation and Wi-Fi set-up, bills, an outage with a photo
and its follow-up, fuel, a meter photo, smart-plug telemetry (protobuf), a transfer, a referral, a
call-back; per app push registration, events (gzip) and a cookie GET. SDKs: analytics batches
(gzip; positions at 2 decimals), identify (base64 JSON in a form field), offline queues (JSON
Lines), a signed-out beacon (base64url JSON in the query); MMP installs/sessions, events (a JSON
string ``params_json``, hashed e-mail and phone) and deep links (a URL in a JSON field); OpenRTB
2.5 bids (GPS at 3 decimals or IP geo, yob, gender, keywords, one COPPA bid) and a win notice;
crash reports (JSON Lines) and sessions; flags (JSON; base64 JSON in a GET's header); push
subscribers and an open; consent records (a signed receipt cookie) and checks (a base64 JSON
cookie); mobile-money collections, a card token and a charge; place search, reverse geocoding
(``lat,lon`` in the path), directions and telemetry (a gzip JSON array); support messages (an
identity JWT in a JSON field) and an attachment.

Negatives are implicit: request, nonce, idempotency, message, thread, trip, visit, sample,
lesson, outage, bill and contribution IDs, timestamps, versions, public SDK keys, OpenRTB
auction, bid, creative and publisher IDs and a price; the depot's ID, name, phone, address and
point, wax SKUs and catalogue prices, her stall's trade-register number (RCCM), a latency and a
test server's address; the port's and the boat's IDs, names and points, the captain's phone, the
Mbandaka landing, luggage counts and declared value; the parish's ID, point and phone, a hymn's
title, the voice part, announcement IDs; the clinic's ID and point, the doctor's name, the
analyser, the rapid test's lot and cassette, the pharmacy's ID, the queue number; the group's ID,
name, cycle and size, the draw's seed and order, other members' IDs, a penalty's amount, a mobile
money transaction ID; the teacher's ID and name, the school's point, the rental guitar's serial,
tuner readings and tempo, seats; the generator site (ID, size, point), the socket, its plug's MAC
address, kWh, fuel litres and price.

Encodings: JSON (107 plain, 15 gzip), forms (38), GETs (42, 18 with query strings), multipart (12:
JSON, JPEG and M4A parts), msgpack (4), JSON Lines (6: 4 crash reports under their own content
type, 2 offline queues), schema-less protobuf (2: a nested fix ``3.1``/``3.2``, a flat plug
record), headers (User-Agents, install IDs plain, upper case and without dashes, a Kinshasa
French Accept-Language, opaque and JWT bearers, SDK device and session headers, base64 JSON flag
subjects), cookies (sessions, devices, a child's profile, a signed receipt, a base64 JSON state),
JWTs (claims ``telefone``, ``nkombo``, ``phone``, ``name``, ``email``, ``membre``, ``patient``,
``students``, ``abonne``, ``tel``; an identity token in a JSON field; a receipt that is no
credential), base64/base64url JSON, a JSON string in a JSON field, a URL in a JSON field. Profile
transforms: the e-mail plain, upper case and SHA-256; the phone E.164, spaced, national, ten
digits and SHA-256; the install ID plain, upper case and without dashes; the Android ID; the
advertising ID; the user ID in bodies, JWTs, msgpack, protobuf and JSON Lines; the public IP; the
LAN address; MCC/MNC (SIM ``310260``, visited ``63089`` and ``630-89``) and both carriers; the
SSID and BSSID; the birth date ISO and ``17/05/1991``, a birth year; coordinates at 2 to 6
decimals as numbers, strings, query values, a ``lat,lon`` bias and path segment, protobuf doubles;
and her places away from the profile's position (the stall, the house, the port, the river, the
parish hall, the clinic's waiting room, the school gate).

Conventions kept from sets 20-37 (as set 37's docstring states them): model, OS, locale, language,
Accept-Language, time zone, screen, battery, charging, free memory, rooted and battery-saver
flags, network type, the LAN address and User-Agents naming model or OS ``device.info``; event
and screen names, launch and session counts, session lengths and practice minutes
``behavior.usage``; SDK install and device IDs, the Android ID, push tokens, consent visitor IDs
and the payment SDK's device fingerprint ``id.device``; passwords, PINs, SMS/OTP codes, a
wallet PIN, a Wi-Fi passphrase, bearer and session tokens and cookies, a client secret
``secret.credential``; JWT claims at ``<where>.claims.<claim>``; scalar lists per element,
collapsed by ``eval_families21.listed_once``; MCC/MNC and carriers ``location.carrier``; city,
commune, quartier, country and region ``location.coarse``; street lines and her stall
``contact.address``; order numbers, tickets, amounts, fees, totals, tithes, contributions,
payouts, loans, a Play product, order and token ``financial.purchase``; card data and payment
method IDs ``financial.payment``; another person's name and phone typed by her ``contact.*``; a
value in the URL path ``url`` ``path[i]``; text stating a health fact or quoting a labelled value
carries that category too; Lingala and French keys labelled as English ones would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- the voter card number ``personal.national_id`` (it is the Congolese identity document), its
  photos ``content.media|personal.national_id``; the stall's RCCM trade-register number a
  negative (a business's public registration);
- a mobile-money wallet number is her phone and her payment account:
  ``contact.phone|financial.payment`` wherever it is sent as the wallet (``msisdn``, ``wallet``,
  ``to_wallet``, ``to``), plain ``contact.phone`` elsewhere;
- her stall is her own premises (a sole trader): its address ``contact.address``, her fixes there
  ``location.precise``; the shop's name containing her name ``content.text|contact.name``;
- her husband, her assistant, a neighbour, a typed invitee and a late member are other people
  named or numbered by her ``contact.*``; the savings group's members picked from her address
  book and the hashed numbers of a contact match ``content.contacts`` (her own hash
  ``contact.phone``);
- religion: ``confession``, the parish named as hers, the baptism date, the pilgrimage, the tithe's
  beneficiary, her son's ``baptise`` and the religious ad keywords ``personal.sensitive``; the
  parish's ID and point negatives (the app's own organisation, no statement about her); her member
  card ``id.user``; a prayer intention naming anaemia ``content.text|health.medical``; hymn titles
  unlabelled;
- clinic: symptoms and diet, blood pressure, temperature, SpO2, Hb, MCV, ferritin, electrophoresis,
  the rapid test's result, the diagnosis, medicines, tablets taken, energy score, the service booked
  and the analytics' programme tags ``health.medical``; weight, height and pulse
  ``health.fitness``; ``pregnant: false`` ``personal.sensitive``; the mutual's member number
  ``health.medical``; the lab report photo ``content.media|health.medical``; her patient file
  number ``id.user`` (also a JWT claim and a path segment); the son's genotype and malaria episodes
  ``health.medical``, his clinic file ID ``id.user``;
- the child (sets 29, 35, 37): his first name ``contact.name``, birth date and age (body, flags,
  push tags, analytics) ``personal.birthdate``, ``gender: boy`` ``personal.gender``; his student
  ID ``id.user`` (body, path, query, JWT ``students``, cookie); his recording and photo
  ``content.media``; a message saying he hurt his finger
  ``content.text|contact.name|health.medical``; grade, level, handedness unlabelled; the COPPA
  bid has no advertising ID;
- the route search's ``from``/``to`` ``behavior.search``; river weather at 2 decimals
  ``location.coarse``; the engine-failure note ``content.text``; a cargo's declared value
  unlabelled;
- likelemba: contribution, payout, fee and loan amounts ``financial.purchase`` (deposits and
  withdrawals, as set 37); the group's contribution rule and a penalty's amount unlabelled;
- generator: the subscriber number ``id.user`` (also a JWT claim, a path segment, protobuf field
  ``1``); consumption and kWh unlabelled; the Wi-Fi set-up's SSID/BSSID ``location.wifi`` (the
  profile's network, set up for the plug), the plug's MAC a negative (the operator's device);
- SDKs: Helpcanoe's identity token ``secret.credential`` (claims labelled); Agreeborne's receipt
  cookie a signed JWT that opens nothing (claims labelled, token not); Gatewhisk's subject the user
  ID; Faultloom's ``distinct`` the user ID; Sourcetack's ``st_uid`` and the Android ID
  ``id.device``; OpenRTB ``user.id`` ``id.device``, geo country/region/city ``location.coarse``;
  Alertkelp and Tallyweft positions at 2 decimals ``location.coarse``; route waypoints labelled by
  whose place they are (home ``location.precise``; port, landing and school negatives).

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_marche`` and part of
``_ride``; through ``inspect``, the ``__all__`` lists, signatures and first docstring lines of the
kits of sets 17, 18, 20, 21, 22 and 24 and the sources of ``App``, ``ev``, ``opaque``, ``head``,
``claims``, ``rid``, ``sdk_id``, ``multipart``, ``tok``, ``enc``, ``add``, ``pb``, ``raw``,
``sjwt``, ``lines``, ``at_path``, ``report`` and ``eval_families21.listed_once``; file-name-only
``grep -il``/``grep -ril`` of ``scripts/`` for the app kinds and vendor names. No classifier,
rule, test, README table or decoder was read or run. Every label's path was checked with a small
decoder of the author's own outside the project (JSON, gzip, forms, msgpack, JSON Lines,
multipart, schema-less protobuf, base64/base64url JSON, JWT claims, URLs in fields, path
segments); ``main``/``report`` was run once at the end.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families133_bondeko
import eval_families133_ebale
import eval_families133_kitoko
import eval_families133_likelemba
import eval_families133_makila
import eval_families133_mwinda
import eval_families133_sebene
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked only with the author's own decoder and ``main``'s one run; no gap is stated.
DECODER_GAPS: set = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families133_kitoko.kitoko(), *eval_families133_kitoko.kitoko_sdks(),
            *eval_families133_ebale.ebale(), *eval_families133_ebale.ebale_sdks(),
            *eval_families133_bondeko.bondeko(), *eval_families133_bondeko.bondeko_sdks(),
            *eval_families133_makila.makila(), *eval_families133_makila.makila_sdks(),
            *eval_families133_likelemba.likelemba(),
            *eval_families133_likelemba.likelemba_sdks(),
            *eval_families133_sebene.sebene(), *eval_families133_sebene.sebene_sdks(),
            *eval_families133_mwinda.mwinda(), *eval_families133_mwinda.mwinda_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
