"""Hundred-and-fifteenth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; the project's decoder path check ran once, through ``main``'s
``report``, at the end. It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (160 first-party calls and 70 SDK calls, 230 exchanges, 1,670 labelled paths
after ``listed_once``, 1,718 category labels counting each half of an ``a|b`` label), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set uses),
with everyday look-alikes. She lives in Mekelle with her husband Tesfay and her daughter Lwam (17,
Tesfay's daughter, whom she adopted) and keeps her New York flat (the profile's position); the
capture ran over a fortnight, her last week in Mekelle (her phone keeps its US SIM and roams on a
fictional Ethiopian network, "Tekezetel", 636-07) and her first days back in New York (the hawala
app). Seven app kinds, fictional names, hosts under example.* (RFC 2606), no real company named as
sender, each with its own API and the SDKs it embeds: a Mekelle intercity bus-ticket app
``eval_families115_guezo.py`` ("Guezobus": its API's keys are romanised Tigrinya, ``shim``
(name), ``shim_abo`` (father's name), ``qutsri_silki`` (phone number), ``adrasha`` (address),
``ketema`` (town), ``qutsri_menenet`` (identity-card number), ``ilete_lidet`` (birth date),
``mehlefi_qal`` (password), ``sebay`` (husband), with ``tsota``, ``idme``, ``qwanqwa``, ``kab``,
``nab``, ``wenber``, ``waga``, ``kiflit``, ``gual``, ``kifle_ketema``, ``milikit``), a hawala
money-transfer app ``_hawala.py`` ("Amanatpay"), a trachoma eye-surgery follow-up app ``_ayni.py``
("Aynilid": her own trichiasis surgery), an Orthodox Tewahedo parish's register, fasting-calendar
and tithe app ``_asrat.py`` ("Asratmezgeb"), a pay-as-you-go solar lamp app ``_birhan.py``
("Birhanlamp"), a university entrance-exam results app for her daughter ``_fetena.py``
("Fetenamark": the child's data) and a honey cooperative's hive-inspection app ``_mear.py``
("Mearcoop"). A file-name-only grep of the scripts' docstrings found no earlier bus-ticket, hawala,
trachoma, exam-results, Mekelle or Tigrinya app; it found Orthodox fasting and tithes (set 102's
"Tsomgize", a personal fasting calendar), pay-as-you-go solar (set 88's home system, set 101's
lamp) and beekeeping (sets 63 and 74, hive-scale monitors), so those three are made clearly
different: a parish's own administration app (the household's register, a tithe ledger, a
memorial, Sunday school, a prayer association), a lamp she pays for remotely at her
mother-in-law's village (the beneficiary gets the unlock code by SMS; the lamp's log is synced over
Bluetooth on a visit), and a cooperative's member app (inspections typed at the apiary,
deliveries, payouts, loans; no sensors). The SDKs are ten new vendors, built once and called by
every app with its own events and choices: ``_sdk.py`` (analytics "Countmarten", MMP
"Sourcequince", OpenRTB 2.5 ads "Bidokapi", crash reporting "Faultkudu") and ``_svc.py`` (flags
"Flagmarram", push "Pingsorrel", consent "Consentamber", payments "Paymallow", maps "Maptamarind",
support chat "Chatsedge"). ``eval_families115_kit.py`` holds the category ids, her places, people,
accounts and generators (its docstring lists them); ``head``, ``claims``, ``rid`` and ``sdk_id``
are ``eval_families24_kit``'s, the rest comes from ``eval_families6_kit.py`` to
``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, an SMS code,
MFA, password changes), ``/me`` GETs with JWT bearers; buses: registration with the Tigrinya keys
(her resident ID card, her birth date in the Ethiopian calendar), a route search with her position,
seats, a booking for her and Lwam with Tesfay as the contact, a mobile-money payment, the booking by
code in the path, the ticket shared with Tesfay, the ID card's photo, her trip shared live
(msgpack), the boarding scan (protobuf, a nested fix), a review, a lost scarf, a refund, a baggage
fee, Tesfay added with his ID card, the profile with her sub-city, kebele and landmark; hawala:
the sender's KYC (passport page and number, selfie, US address, SSN's last four), a device-risk
check (IP, LAN address, Wi-Fi, position, flags), a rate quote, agents in Hawzen, her
mother-in-law as a cash pick-up recipient (with her kebele ID) and her sister-in-law with a wallet,
two transfers and a pick-up secret, the transfer by reference in the path, history by a cookie GET,
an e-mailed receipt, contact matching by truncated hashes, a bank account, a support message, a
limit increase, a cancellation; trachoma: registration, the surgery record, eyelid photos, the
day-14 review, daily symptoms (msgpack), ointment doses, the household's azithromycin round,
clinics near her, an appointment, a transport voucher, a message to the nurse, a lesson watched, a
vision test, research consent, Tesfay as caregiver, the clinic check-in (protobuf), her
community health-insurance number, feedback; parish: registration with her baptismal name, the
household (Tesfay's and Lwam's baptismal names), the calendar by member number, a fast logged with
an exemption, the tithe and its confirmation (receipt in the path), the ledger by a cookie GET, her
confessor, a memorial for her late father-in-law, Sunday school, a pledge, a prayer association,
attendance with her fix, churches near her, a prayer request, a vow, the member card's photo,
reminders, an in-kind gift; solar lamp: the lamp registered to her mother-in-law, payments with a
one-time code, the unlock code by account in the path and sent by SMS, the Bluetooth sync
(protobuf, her fix at the village) and the lamp's log (gzip), shops near the village, a ticket with
a photo, a credit check with installed apps, an upgrade, autopay, statements by a cookie GET, a
warranty, a survey, a referral, reminders; exam results: the guardian's account, linking Lwam by
registration number and admission PIN, her results, PDF, photo, profile and consent by her number
in the path (one with a base64 JSON context header), placement choices, a re-check paid by mobile
money, cut-offs, a certificate ordered to the house, SMS alerts, a search, a scholarship with
Lwam's essay, a message to the counsellor, the transcript shared with her aunt, the guardian's ID
check; honey: the apiary's corners, an inspection (her fix, a photo, a spoken note), an offline
batch (msgpack), a delivery and its ticket in the path, a payout, inputs and queens ordered, a
training video, a pesticide alert, a swarm, prices by a cookie GET, a loan with Tesfay as
guarantor, a sting reaction, a meeting, her shares by member number in the path; per app push
registration (model, OS, locale) and an event log (gzip JSON). SDKs: analytics batches (gzip;
positions at 2, 3 and 4 decimals or none; the SIM's and the visited network's carrier, MCC and
MNC), identify (base64 JSON in a form field), offline queues (JSON Lines), signed-out beacons
(base64url JSON in the query); MMP installs and sessions (forms: Android ID, advertising ID, MCC,
MNC, session counts), events (a JSON string ``partner_params`` in a form; hashed e-mail and phone
once) and deep links (https URLs in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals or IP
geo in Mekelle; yob and gender once; keywords) and a win beacon; crash reports (gzip JSON, one with
her Wi-Fi and LAN address) and session flushes (JSON Lines); flag evaluations (JSON; base64url JSON
in the query of a GET); push subscriptions (tags, a position at 2 decimals); consent decisions (a
visitor cookie and a signed proof cookie) and a web-view check (a base64 JSON cookie); card tokens
and confirmations, mobile-money charges with a one-time code; geocoding (text and ``proximity``),
reverse geocoding (``lat,lon`` in the path), a route and map telemetry (a gzip JSON array); a
support message (an identity JWT in a JSON field) and an attachment.

Negatives are implicit: request, trace, message, thread, visit, inspection, ledger-line, recipient,
entry, auction, bid, creative, publisher, notification and report IDs, idempotency keys, nonces,
cursors, timestamps, versions, builds, public SDK keys, a clearing price, Ethiopian-calendar months
and years, a rate quote's amount and the exchange rate; the bus terminal's ID, name, point and
phone, the trip, bus, plate, route and driver, seat numbers; the paying agent's code, name, phone
and point, the passport's issuing country and expiry, occupation, source of funds and income band;
the eye clinic's ID and point, the surgeon's ID, the study code, a quiz score, the test distance;
the church's ID and point, Ethiopian-calendar pledge months; the lamp's serial, keypad, model,
firmware, hours, battery and panel log, the installer and shop IDs and the shop's point, kerosene
spending and study hours, occupation, income band and contact count; the school, stream,
universities and fields chosen, household income band, cut-off queries; the collection centre's ID,
hive IDs, queen, brood and honey frames, temper, varroa counts, temperature, the distance to a
sprayed field, kilos, grade and price per kilo, SKUs, a breeder, the bank's name; keywords in bid
requests.

Encodings, in rough proportion to real traffic: JSON (95 plain, 20 gzip), form bodies (54), GETs
(42, 26 with query strings), multipart (9: JSON, JPEG and M4A parts), msgpack (3), JSON Lines (4:
two offline queues, two session flushes), schema-less protobuf (3: a boarding scan, a clinic
check-in and a lamp sync, each with a nested fix ``3.1``/``3.2``), headers (User-Agents, install IDs
under app-specific names plain, upper case and without dashes, Tigrinya Accept-Language in four
apps and none in three, opaque and JWT bearers, SDK device headers, a support session, a base64
JSON context), cookies (sessions, an install ID, a member number, a consent visitor, a signed
proof, a base64 JSON state), JWTs (bearers with the user ID, ``silki``, ``sender``, e-mail,
``patient``, ``member``, ``parish``, ``payg``, ``students`` and ``phone`` claims; an identity token
in a JSON field; a consent proof that is no credential), base64 JSON (a form field, a header, a
cookie), base64url JSON (query parameters), JSON strings in form fields and in a JSON field, URLs in
JSON fields, values in URL paths. Profile transforms: the e-mail plain, mixed case, upper case and
SHA-256; the phone E.164, SHA-256 and truncated SHA-256, and her Ethiopian line in E.164, spaced
and national forms; the install ID plain, upper case and without dashes; the Android ID; the
advertising ID; the user ID in bodies, JWT ``sub``, protobuf, JSON Lines, base64 JSON and a flag
context; the public IP (OpenRTB, the device-risk check); the LAN address (a crash report, the
device-risk check); MCC and MNC apart and as ``636-07``, the carriers; the home SSID and BSSID; the
birth date ISO and in the Ethiopian calendar (``09/09/1983``), a birth year; coordinates at 2 to 6
decimals as numbers, strings, query values, ``lat,lon`` strings, path segments, protobuf doubles,
and her places away from the profile's position (her Mekelle house and office, the bus, the eye
clinic, the church, her mother-in-law's village, her apiary).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/emulator flags, network type, free memory, battery, screen
brightness, the LAN address and User-Agents naming the model or OS ``device.info``; event and
screen names, session counts and lengths, a lesson's and a video's watched seconds
``behavior.usage``; SDK install and device IDs, the Android ID, push tokens, consent visitor IDs and
the payment SDK's device ID ``id.device``; passwords, SMS, MFA and one-time codes, an admission PIN,
a pick-up secret and its security answer, the lamp's unlock code, bearer and session tokens and
cookies, a client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar
lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, sub-city, kebele, woreda, village, region, state, ZIP and country
``location.coarse``; street lines, house lines and landmarks ``contact.address``; amounts, fares,
fees, totals, deposits, plans, days bought, booking, transfer, receipt, order, re-check and
delivery references ``financial.purchase``; card data, account numbers, wallets and payment-method
IDs ``financial.payment``; another person's name, phone and e-mail typed by the user
``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments);
text that states a health fact, a sensitive trait or quotes a labelled value carries that category
too (``content.text|...``); Tigrinya keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- everywhere: her Ethiopian line is hers (``contact.phone``), and as a mobile-money wallet
  ``contact.phone|financial.payment`` (Paymallow's ``msisdn`` too); her resident ID card
  ``personal.national_id`` wherever it is, its photo ``content.media|personal.national_id``; in
  Mekelle the visited network's name, MCC and MNC and the SIM's ``location.carrier``, the roaming
  flag ``device.info`` (like a VPN flag); the Mekelle house is her address (``adrasha``,
  ``milikit``, house line ``contact.address``; ``kifle_ketema``, ``kebele``, ``ketema``
  ``location.coarse``);
- buses: the route search's ``kab``/``nab`` ``behavior.search`` (what she looked up, not where she
  is), its ``near`` at 3 decimals ``location.precise``; Lwam's and Tesfay's names, phone, Lwam's
  Ethiopian-calendar birth date and age, Tesfay's ID card typed by her ``contact.*``,
  ``personal.birthdate``, ``personal.national_id``; the fare, refund, baggage fee and booking code
  (body, path, protobuf, SDKs) ``financial.purchase``; the refund's reason (Lwam's typhoid)
  ``content.text|health.medical|contact.name``; her fixes on the bus and at the terminal's gate
  ``location.precise``, the terminal's point a negative; the driver's name a negative (the
  operator's staff);
- hawala: the sender account ``AMN-S-884120`` ``id.user`` (a JWT claim); transfer references and
  the amounts sent and received and fees ``financial.purchase`` (the rate not); the recipients'
  names, phones ``contact.*`` and towns ``location.coarse``, the mother-in-law's kebele ID
  ``personal.national_id``, the sister-in-law's wallet ``contact.phone|financial.payment``; the
  pick-up secret and its security answer ``secret.credential`` only (the church named as an answer
  is no statement of faith); the passport ``personal.national_id``, its page
  ``content.media|personal.national_id``, the selfie ``content.media`` only (no template sent); the
  SSN's last four ``personal.national_id``; the device-risk block's IP ``location.ip``, SSID/BSSID
  ``location.wifi``, position (her New York home, 5 decimals) ``location.precise``; address-book
  hashes one ``content.contacts`` label, her own hash ``contact.phone``; texts naming the town or
  her mother-in-law carry ``location.coarse``/``contact.name``;
- trachoma: her patient number (body, JWT claim, protobuf) and insurance number
  ``health.medical`` (as set 37's member ID); the eye, procedure, surgery date, lashes, opacity,
  pain, granuloma, contour, acuities, symptoms, the ointment, doses, the appointment's reason, the
  SDKs' post-op day, condition, stage and the push tag ``health.medical``; lid photos
  ``content.media|health.medical``; the household's azithromycin doses ``health.medical`` with each
  name ``contact.name`` (Tesfay's and Lwam's too); screen brightness of the vision test
  ``device.info``; the clinic check-in fix and the ``near`` at 3 decimals ``location.precise``, the
  clinic's point a negative; the caregiver ``contact.*``; the research signature ``contact.name``;
- parish: her religion is ``personal.sensitive`` wherever a field states it: the parish (body, JWT
  claim, SDK traits, flags, push tag), the fast, ``kept``, the tithe's kind, the fund pledged to,
  the prayer association, the service attended, reminder kinds, the memorial's rite; baptismal
  names (hers, Tesfay's, Lwam's) ``contact.name|personal.sensitive``; her member number
  ``id.user`` (body, query, cookie, JWT claim, a JSON-string context); the tithe, its receipt (path,
  SDKs), the memorial's donation, pledge, dues and the in-kind gift's value ``financial.purchase``;
  the exemption ``content.text|personal.sensitive|health.medical``, prayer requests and notes naming
  people ``content.text|personal.sensitive|contact.name``, the vow (her mother-in-law's eyes) adds
  ``health.medical``; her late father-in-law's name ``contact.name``; the confessor ``contact.*``;
  a typed search for a church ``behavior.search|personal.sensitive``; her attendance fix
  ``location.precise``, churches ``near`` at 2 decimals ``location.coarse``;
- solar lamp: her pay-as-you-go account ``BL-TG-0071842`` ``id.user`` (body, path, query, JWT
  claim, protobuf, push tag, a referral link); the keypad unlock code ``secret.credential`` (it
  unlocks the lamp; set 101's call, set 88 chose ``financial.purchase``); the deposit, plan, days
  bought, payments, upgrade, receipt ``financial.purchase``; her mother-in-law (beneficiary, SMS
  recipient) ``contact.*``, her village ``location.coarse``, the house's landmark
  ``contact.address``; her fix at the village (protobuf) ``location.precise``, the shops query at 2
  decimals ``location.coarse``; the lamp and its log negatives (an appliance); installed apps
  ``device.apps`` (one label); texts naming Letay ``content.text|contact.name``;
- exam results: Lwam is a data subject (sets 29, 35, 37): her registration number ``id.user``
  (body, five URL paths, a JWT list claim, a base64 JSON header, a form, flags, a push tag, a deep
  link), her names ``contact.name``, birth date and age ``personal.birthdate``, ``sex``
  ``personal.gender``, region and zone ``location.coarse``, the dyslexia accommodation
  ``health.medical``, her photo ``content.media``, her essay ``content.text``; scores, stream,
  school and choices unlabelled (no taxonomy type, like set 37's grade); the admission PIN
  ``secret.credential``; the re-check fee, its reference (path), the certificate's price and order
  ``financial.purchase``; the re-check's reason ``content.text|health.medical|contact.name``; the
  aunt's e-mail and name, Lwam's and Tesfay's phones ``contact.*``; the certificate address typed
  into geocoding ``contact.address``; the app is for guardians, so its bid is an ordinary one;
- honey: her member number ``id.user`` (body, JWT claim, form, path, push tag); the apiary's
  corners, the inspection, batch, pesticide and swarm fixes ``location.precise`` (her plot), the
  push position at 2 decimals ``location.coarse``, the centre's point a negative; the apiary's
  name "Enda Tesfay" ``content.text|contact.name``; the bees' data unlabelled; the delivery ticket
  (body, path), totals, payout, orders and the loan ``financial.purchase``, the bank account
  ``financial.payment``; the frame photo and spoken note ``content.media``; the sting reaction,
  venom allergy and auto-injector ``health.medical``; Tesfay as guarantor ``contact.*`` with his ID
  card ``personal.national_id``;
- SDKs: Chatsedge's identity token ``secret.credential`` (claims labelled); Consentamber's proof
  cookie a JWT that opens nothing (claims labelled, the token not), its visitor ID ``id.device``,
  country and region ``location.coarse``; Flagmarram's key the user ID, its ``device`` the install
  ID; Sourcequince's ``sq_uid`` and the Android ID ``id.device``; OpenRTB ``user.id`` the SDK's
  buyer ID ``id.device``, its IP geo ``location.coarse``, ``mccmnc`` ``location.carrier``;
  Pingsorrel's subscriber ID and token ``id.device``; Paymallow's ``client_session`` unlabelled,
  its cardholder name ``contact.name``; Maptamarind's ``proximity`` and waypoints labelled by their
  decimals and whose point they are.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc`` and ``_sleep``;
``eval_families21.py``'s ``listed_once``, ``LISTED_ONCE`` and ``_list_of`` (with the lines around
them); the top-level names of the kits of sets 6-25 through ``grep``, and the sources of ``raw``,
``encode``, ``multipart``, ``pb``, ``jwt``, ``enc``, ``pb64``, ``jsonl``, ``token``, ``add``,
``chain``, ``pbu``, ``push_token``, ``sjwt``, ``App``, ``pos``, ``latlng``, ``ev``, ``opaque``,
``at_path``, ``sdk_uid``, ``track``, ``lines``, ``sdk_uuid``, ``head``, ``claims``, ``rid``,
``sdk_id``, ``others``, ``obj_id``, ``check_ci`` and ``report`` (line ranges printed with
``sed``/``grep`` from kits 6, 7, 8, 10, 13, 16, 17, 18, 20, 21, 22, 24 and 25, docstrings
included); the full docstrings of ``eval_families102.py`` and ``eval_families102_kit.py``, the
"Calls made" sections of ``eval_families88.py``, ``eval_families101.py`` and
``eval_families113.py``, and the first 25 lines of the docstrings of sets 63, 74, 81, 88, 101, 102
and 113; ``grep -ril`` file names over ``scripts/`` (and ``captures/``) for the app kinds and the
new names. No classifier, rule, test or decoder was read or run by hand; every label's path was
checked with a small decoder of the author's own outside the project (JWT claims at ``.claims``,
base64 and base64url JSON continuing the path, JSON strings in JSON and form fields, URL
parameters, JSON Lines ``[i]``, a top-level array ``[i]``, msgpack like JSON, protobuf fields by
number, multipart parts by name, URL ``path[i]``), then ``main`` ran the project's decoder path
check once (it listed no missing path).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families115_asrat
import eval_families115_ayni
import eval_families115_birhan
import eval_families115_fetena
import eval_families115_guezo
import eval_families115_hawala
import eval_families115_mear
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# The author's own decoder and the project's path check (``main``, run once) found no gap.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families115_guezo.guezobus(), *eval_families115_guezo.guezobus_sdks(),
            *eval_families115_hawala.amanatpay(), *eval_families115_hawala.amanatpay_sdks(),
            *eval_families115_ayni.aynilid(), *eval_families115_ayni.aynilid_sdks(),
            *eval_families115_asrat.asratmezgeb(), *eval_families115_asrat.asratmezgeb_sdks(),
            *eval_families115_birhan.birhanlamp(), *eval_families115_birhan.birhanlamp_sdks(),
            *eval_families115_fetena.fetenamark(), *eval_families115_fetena.fetenamark_sdks(),
            *eval_families115_mear.mearcoop(), *eval_families115_mear.mearcoop_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
