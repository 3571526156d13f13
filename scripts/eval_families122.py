"""Hundred-and-twenty-second, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author (the project's decoder path check ran once, through ``main``,
at the end); it is to be scored by the lead on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (160 first-party calls and 70 SDK calls, 230 exchanges, 1,625 labelled fields
after ``listed_once``, 1,645 labels as ``report`` counts them, a joined category apiece), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set uses),
with everyday look-alikes. She spends a year in Fiji with her husband Sitiveni's family: they live
in Tamavua (Suva), his village is Nakorovou in Ra, his sister sends money from Auckland; her phone
keeps its US SIM and roams on a fictional Fijian network ("Tavuatel", 542-05). Seven app kinds,
fictional names, hosts under example.* (RFC 2606), no real company named as sender, each with its
own API and the SDKs it embeds: a Suva market vendor-stall rental app
``eval_families122_makete.py`` ("Maketevou", keyed in Fijian: ``yaca`` name, ``yaca_ni_vuvale``
family name, ``naba_ni_talevoni`` phone number, ``itikotiko`` address, ``koro`` village,
``naba_ni_ivakatakilakila`` identity-card number, ``siga_ni_sucu`` birth date, ``vosa_vuni``
password, ``watina`` wife), a cyclone evacuation-centre household registry ``_evac.py``
("Valetaqomaki"), a sugarcane grower's cane-delivery and payment app ``_dovu.py`` ("Dovupay"), a
Methodist church's tithe and choir-roster app ``_lotu.py`` ("Lotusere": her religion), a rugby
sevens fan club and ticket app ``_sevens.py`` ("Bulasevens"), a diabetic foot-care clinic app
``_yava.py`` ("Yavacare": her own health data) and a remittance receipt app ``_ilavo.py``
("Ilavomai": money from her sister-in-law in Auckland). A file-name-only grep of the scripts found
several kinds present, so they were made clearly different: set 77's volcano app is an alert app
(this one registers households at a centre and tracks needs and relief); the church apps of sets
28, 59, 78 and 115 are giving or parish apps and the choirs of sets 68-101 record rehearsals (this
one is a Methodist congregation's member register, mission offering and the choir's service
roster, no recordings); set 73's rugby app is a concussion tracker (this one a supporters' club
with tickets, merchandise and a stream); set 105's diabetic-foot app is a wound-photo tracker and
set 102's a podoconiosis programme (this one a clinic's screening, appointments and footwear
app); the remittance apps of sets 15, 62 and 71 are senders' and set 101's a cash pick-up (this
one a wallet-side receipt book); set 78's Lagos trader keeps a stock book (this one rents a stall
from the market). Cyclones, sugarcane and sevens are new. The SDKs are ten new vendors, built once
and called by every app with its own events and choices: ``_sdk.py`` (analytics "Gaugeferry", MMP
"Installreef", OpenRTB 2.5 ads "Bidlagoon", crash reporting "Faultpalm") and ``_svc.py`` (flags
"Flagtrellis", push "Pingkava", consent "Permitloom", payments "Coinrafter", maps "Atlasgecko",
support chat "Askmarlin"). ``eval_families122_kit.py`` holds the places, people, accounts and
generators (its docstring lists them); ``head``, ``claims``, ``rid`` and ``sdk_id`` are
``eval_families24_kit``'s, ``fix`` and ``obj`` ``eval_families37_kit``'s, the rest comes from
``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes,
a password change, a wallet PIN), ``/me``-style GETs with JWT bearers; market: registration with
the ID card, the stall licence (her husband as head of household, her as ``watina``), the ID
card's photo, free stalls, a booking, its mobile-money payment, the receipt by booking in the path,
the dawn check-in at the stall, stock (msgpack), the day's sales (gzip), a stall photo, a repair
request, a helper, a search, the address, push, events, notices by cookie; evacuation: the
household (head, spouse, his mother and nephew, ID cards, the house's point), their needs, centres
near her, the check-in (her fix, the centre's Wi-Fi), "we are safe" to Auckland, damage with a
photo, a relief claim (msgpack), alerts by province, a missing relative, a protobuf ping, an
offline queue (JSON Lines), volunteering, the head's ID photo, water, feedback, the household by
number in the path, a ride home for his mother; cane: the grower by number in the path, the farm
block's boundary, a harvest booking, a weighbridge docket (msgpack), deliveries, a dispute, the
bank account, a payment advice, a fertiliser order, an advance, a field photo, a protobuf field
visit, weather alerts, a message to the sirdar, a cane-fire report, the TIN, a search; church:
the member register (denomination, baptism), family, a mission-offering tithe, the statement, a
pledge in memory, the roster, availability, a swap, a check-in at church, a hymn search, a prayer
request, a festival RSVP, the uniform photo, a recurring gift, study notes, a message to the choir
master, envelopes by member number in the path; sevens: membership, events by city, a ticket
order for two, its payment and the order in the path, a ticket sent to a friend, the gate scan
(msgpack), predictions, match chat, a fan-wall photo, a player search, a jersey order to her
address, a watch-party check-in, favourites, the stream's rights check (base64 JSON client header)
and a protobuf heartbeat, a vote; foot clinic: the patient number, history, the annual screening,
self-checks (gzip), a callus photo, glucose (msgpack), HbA1c, slots and a booking, the booking in
the path, a footwear voucher with foot measurements, an activity import, a message to the nurse,
an education video, reminders, her husband as carer, a protobuf meter sync, a refill; remittance:
KYC (ID card, selfie, her New York permanent address and its point), the sender, pending
transfers, a transfer by reference in the path, its acceptance into her bank account, thanks, the
receipt PDF, sharing it with her loan officer, a cash-out with the PIN, a funeral contribution,
fraud signals, a rate alert, agents near her, a ticket, a limit upgrade, a client log (JSON
Lines), contact matching by hashed numbers; per app push registration, an event log (gzip) and a
cookie GET. SDKs: analytics batches (gzip; IP, 2-decimal position, advertising ID), identify
(base64url JSON in a form field), an offline queue (JSON Lines), a screen hit (GET); MMP installs
and sessions (forms with the SIM's MCC, MNC and the network's MCC), events (``callback_params`` a
JSON string; hashed e-mail and phone), a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS
at 3 decimals or IP geo in Fiji; yob, gender, keywords) and an impression notice; crash
reports (gzip JSON) and a session batch (JSON Lines); flag evaluations (JSON, and base64url JSON in
a GET's query); push devices (tags, 2-decimal positions) and an opened notification; consent
records (a signed receipt cookie) and web-view status checks (a base64 JSON cookie); a card token,
charge confirmations, a mobile-money charge, a payout account; place search, reverse geocoding
(``lat,lon`` in the path), routes and map telemetry (a gzip JSON array); support messages (a user
JWT in a JSON field) and attachments.

Negatives are implicit: request, trace, message, gift, thread, ride, report, ticket and
conversation IDs, idempotency keys, nonces, timestamps, versions, public SDK keys and publishable
payment keys, OpenRTB auction, bid, creative and publisher IDs and prices; the market's ID, point
and phone, the stall number, produce, prices, counts and takings; the centre's ID, point, phone and
QR code, relief items, household size, tank level; the farm's ID and lease, the variety, ratoons,
hectares, the gang, lorry plate, docket, weights, the mill's ID, name and point, the payment
advice, the fertiliser SKUs; the church's ID, circuit, point, service IDs, class group, roles,
voice part, envelope, uniform sizes; the event, seats, stand, ticket ID, the ground's and the
venue's points, the gate, the scanning tablet's ID, picks, teams, players, the stream session and
bitrate; the clinic's ID, name, phone and point, the nurse's ID, the meter's serial, appointment
ID, slot, lesson ID; the exchange rate, the agent's ID and point, occupation, source of funds.

Encodings, in rough proportion to real traffic: JSON (98 plain, 24 gzip), form bodies (37), GETs
(47, 24 with query strings), multipart (11: JSON and JPEG parts), msgpack (5), JSON Lines (4: an
offline queue, a session batch, a first-party offline queue, a client log), schema-less protobuf
(4: a ping with a nested fix ``3.1``/``3.2``, a field visit with a nested fix and a note, a stream
heartbeat with the IP, a meter sync with packed floats as one bytes field ``4``), headers
(User-Agents, install IDs under app-specific names plain, upper case and without dashes, Fijian
English Accept-Language, opaque and JWT bearers, SDK device and session headers, a base64 JSON
client header), cookies (sessions, her member, fan-club and grower numbers, the device, a signed
receipt, a base64 JSON state), JWTs (bearers with user ID, phone, e-mail, name and ``naba``,
``laisenisi``, ``household``, ``grower``, ``member``, ``fanclub``, ``patient`` claims; a user JWT in
a JSON field; a receipt that is no credential), base64 JSON (a header, a cookie), base64url JSON (a
form field, a query parameter), a JSON string in a JSON field (``callback_params.order``), a URL in
a JSON field (``deeplink.ref``). Profile transforms: the e-mail plain, mixed case, upper case and
SHA-256; the phone E.164, spaced (the profile's), national ``(555) 010-0199``, ten digits,
``+1 (555) 010-0199`` and SHA-256; the install ID plain, upper case and without dashes; the Android
ID; the advertising ID; the user ID; the public IP; the LAN address; MCC/MNC as ``310``/``260``
and ``310260``, the home carrier's country; the home SSID/BSSID; the birth date ISO and
``17/05/1991``, a birth year; coordinates at 2 to 6 decimals as numbers, query strings, ``lat,lon``
strings and path segments and protobuf doubles: her fixes away from the profile's position (the
Tamavua house, the village house, the stall, the centre, the farm, the church, the gate, a watch
party) and the profile's position once (her New York address geocoded in the KYC).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/emulator/VPN flags, network type, free memory, battery,
orientation, the LAN address and User-Agents naming the model or OS ``device.info``; event and
screen names, session counts and lengths, a crash's screen, minutes and seconds watched
``behavior.usage``; SDK install and device IDs, the Android ID, push tokens, consent visitor IDs
and the payment SDK's fingerprint ``id.device``; passwords, PINs, SMS codes, bearer and session
tokens and cookies, a client secret ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; series labelled once at their path (a farm boundary, glucose
readings, a monofilament list per foot, steps); MCC/MNC, carrier and SIM or network country
``location.carrier``; city, suburb, village, province, region, sector, state, ZIP and
country of residence ``location.coarse``; street lines ``contact.address``; amounts, totals, fees,
tithes, pledges, orders, bookings, tickets, vouchers, copays, advances and transfer references
``financial.purchase``; card data, last four digits, bank accounts and payment-method IDs
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``; a
value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments); text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too
(``content.text|...``); Fijian keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- Fiji: the Tamavua house is her address while there (street ``contact.address``; suburb, city,
  ``koro``, ``yasana``, ``tikina``, ``koro_levu``, country ``FJ`` ``location.coarse``); the
  village house is hers too (its point ``location.precise``); her fixes ``location.precise`` from
  3 decimals; the roaming network's name, MCC ``542``, MCC-MNC ``54205``/``542-05`` and network
  country ``FJ`` ``location.carrier`` (they place the phone in Fiji), the SIM's too;
- market: the vendor licence number ``SCC-MV-04471`` ``id.user`` (her account with the market:
  body, JWT claim, path, analytics trait); the ID-card number ``personal.national_id``, its photo
  ``content.media|personal.national_id``, card type and expiry unlabelled; ``watina`` (her name)
  ``contact.name``; the head of household (her husband: name, phone, ID-card number) typed by her
  ``contact.*`` and ``personal.national_id``; the licence fee, stall fees and the booking number
  ``financial.purchase``; stock and the day's sales unlabelled (her stall's goods and takings,
  income not purchases, as set 37's income); the helper's name and number ``contact.*``; the
  mobile-money number is her phone;
- evacuation: the household registry number ``id.user`` (the registry's account of her household:
  body, JWT, path, protobuf, JSON Lines); members' names ``contact.name`` and ages
  ``personal.birthdate`` (data subjects, as set 101's son); their conditions, medicines and
  wheelchair ``health.medical`` (other people's health, sent by her); ``pregnant: false``
  ``personal.sensitive`` (asked and answered, as set 101); the centre's Wi-Fi SSID and BSSID the
  phone is on ``location.wifi`` (they locate the phone) though the network is the school's; the
  missing relative's name and age ``contact.name``/``personal.birthdate``; relief items unlabelled
  (free relief is no purchase); the protobuf battery ``device.info``;
- cane: the grower number ``id.user`` (body, query, path, JWT, cookie, protobuf, push tag); the
  TIN ``personal.national_id``; the farm block's boundary one ``location.precise`` label (a series
  of her farm's corners), its centroid, field photo, fire and visit points ``location.precise``;
  the co-grower and the account's names ``contact.name``; the bank account ``financial.payment``;
  the fertiliser order and total and the advance ``financial.purchase``; the payment advice in the
  path a negative (her income); the docket, weights and mill negatives (the mill's record); cane
  disease ("smut") is no health data;
- church: the congregation's name (register, analytics trait, push tag), the denomination,
  baptism, confirmation year and the funds "Vakamisoneri 2025" and "Tithe" ``personal.sensitive``
  (religion), the amounts ``financial.purchase``; the member number ``id.user``; OpenRTB keywords
  "hymns,methodist,gospel" ``personal.sensitive`` (other apps' keyword lists unlabelled); roles,
  voice part and class group unlabelled; the hymn search ``behavior.search`` only; the prayer
  request naming her mother-in-law's diabetes ``content.text|health.medical|contact.name``, her
  availability reason (the foot clinic, her diabetes) ``content.text|health.medical``; the swap
  partner ``contact.*``, her note naming her ``content.text|contact.name``;
- sevens: the fan-club number ``id.user`` (body, JWT, cookie, the deep link's ``ref``); the ticket
  order (body, path, gate QR) ``financial.purchase``, seats, stand and ticket ID unlabelled;
  predictions, favourites and votes unlabelled (choices in a game); minutes watched
  ``behavior.usage``; the rights check's IP ``location.ip``, SIM and network country and MCC-MNC
  ``location.carrier``, zone and VPN flag ``device.info``; the watch-party fix at 4 decimals
  ``location.precise`` though it nearly equals the venue's point (a negative);
- foot clinic: the patient number ``health.medical`` (a medical record's number; body and JWT);
  history, screening, self-checks, the photo's site, HbA1c, glucose readings and the meter's packed
  readings ``health.medical``; foot length and width ``health.fitness`` (body measurements), steps
  and weight too; the voucher, subsidy, fee and copay ``financial.purchase``; the callus photo
  ``content.media|health.medical``; seconds of an education video watched ``behavior.usage``; her
  husband as carer ``contact.*``;
- remittance: the transfer reference ``financial.purchase`` (path, bodies, texts, MMP parameters)
  and the amounts in NZD and FJD, the rate not; the sender ``contact.*``; the wallet PIN
  ``secret.credential``; the loan officer's name and e-mail ``contact.*``; the contribution's
  recipient ``contact.*``; risk signals (Android ID ``id.device``, IP, LAN, her SSID and BSSID, SIM
  and network codes and countries, rooted and emulator flags) as the conventions say; the KYC
  selfie ``content.media`` only (no template sent); her New York permanent address (street
  ``contact.address``; city, state, ZIP, country ``location.coarse``) and its geocoded point at 4
  decimals ``location.precise``; hashed address-book numbers one ``content.contacts`` label, her own
  hash ``contact.phone``;
- SDKs: Gaugeferry's anonymous ID is the install ID ``id.device``; Installreef's ``ir_uid``,
  Bidlagoon's ``user.id``, Faultpalm's device ID, Pingkava's device ID and token, Permitloom's
  visitor ID, Coinrafter's fingerprint, Atlasgecko's and Askmarlin's device IDs ``id.device``;
  Flagtrellis's key the user ID signed in; Permitloom's receipt cookie opens nothing (claims
  labelled, the token not), its country and region from the IP ``location.coarse``; Bidlagoon's IP
  geo (``FJI``, ``C``, Suva) ``location.coarse``; Atlasgecko's place searches typed by her
  ``behavior.search``, route and reverse-geocoding points by whose place they are (the clinic's
  and the agent's negatives); Askmarlin's user JWT ``secret.credential`` with its claims, its
  session header too; Coinrafter's wallet ``msisdn`` her phone ``contact.phone``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the brief
(``/tmp/s18/blind122.md``) and a file listing of its directory (names only, no other file there
opened); the whole of ``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``,
``_marche`` and ``_sleep``; most of ``eval_families101.py``'s docstring and a three-line grep of
``_lajan`` for its ``mari`` key; the first 400 characters of the docstrings of 22 earlier app
modules the file-name grep returned (sets 15, 28, 59, 62, 63, 68, 71, 73, 77, 78, 80, 89, 97, 99,
101, 102, 105, 108, 115); through ``ast``/``inspect``, the kits of sets 6-25: their docstrings'
openings, module-level constants, signatures and first docstring lines, and the sources of
``App``, ``pos``, ``latlng``, ``ev``, ``opaque``, ``play_token``, ``rid``, ``sdk_id``, ``head``,
``claims``, ``others``, ``at_path``, ``sdk_uid``, ``lines``, ``sdk_uuid``, ``multipart``, ``pb``,
``raw``, ``jwt``, ``F32``, ``encode``, ``token``, ``add``, ``enc``, ``jsonl``, ``counts``,
``sjwt``, ``push_token``, ``chain``, ``pbu`` and ``report``; ``eval_families21.py``'s
``listed_once``, ``_list_of`` and ``LISTED_ONCE``; file-name-only ``grep -ril`` of the app kinds
and of every new name over ``scripts/`` (and ``captures/``). No classifier, rule, test or decoder
was read or run, nothing under ``analysis/``, ``addons/`` or ``tests/`` was read or grepped (the
kits import ``analysis.profile``/``analysis.records`` through ``eval_payloads``). Every label's path
was checked with a small decoder of the author's own outside the project (it also listed profile
and set values left unlabelled, and coordinates whose printed precision contradicted their label);
the paths assume the decoder conventions sets 21-37 state (base64url JSON in a form field continues
at ``data.traits.koro``, in the query at ``u.key``, base64 JSON in a header at
``x-bs-client.iid``, in a cookie at ``pl_state.vid``; a JSON string in a JSON field at
``callback_params.order``; a URL in a JSON field per parameter (``deeplink.ref``); JWT claims at
``.claims`` (``contact.user_jwt.claims.user_id``, ``pl_receipt.claims.sub``); JSON Lines ``[i]``;
a top-level JSON array ``[i].lat``; protobuf fields by number (``3.1``, ``4``); multipart parts at
their names, a file part one field; bracketed form keys as sent; URL path ``path[i]``, a segment
such as ``-18.13569,178.42440`` one field).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families122_dovu
import eval_families122_evac
import eval_families122_ilavo
import eval_families122_lotu
import eval_families122_makete
import eval_families122_sevens
import eval_families122_yava
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# The decoder path check ran once, through ``main``, at the end; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families122_makete.maketevou(), *eval_families122_makete.maketevou_sdks(),
            *eval_families122_evac.valetaqomaki(), *eval_families122_evac.valetaqomaki_sdks(),
            *eval_families122_dovu.dovupay(), *eval_families122_dovu.dovupay_sdks(),
            *eval_families122_lotu.lotusere(), *eval_families122_lotu.lotusere_sdks(),
            *eval_families122_sevens.bulasevens(), *eval_families122_sevens.bulasevens_sdks(),
            *eval_families122_yava.yavacare(), *eval_families122_yava.yavacare_sdks(),
            *eval_families122_ilavo.ilavomai(), *eval_families122_ilavo.ilavomai_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
