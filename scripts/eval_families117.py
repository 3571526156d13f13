"""Hundred-and-seventeenth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never
run through a classifier by its author; it is to be scored once, by the lead, on the final rules
(the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes (149 first-party
calls and 78 SDK calls, 227 exchanges, 1,619 labels after ``listed_once``), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``) with everyday look-alikes. The
story: she has moved to Bishkek for a year with her husband Azamat and their son Timur (nine);
the profile's position is her New York home (a few calls were made there before the move). Seven
app kinds (fictional names, hosts under example.*, no real company named as sender), each with its
own API and the SDKs it embeds: a Bishkek agency's yurt-camp booking app with romanised Kyrgyz
keys ``eval_families117_yurt.py`` ("Konokuy"; keys ``aty`` name, ``familiyasy`` family name,
``telefon_nomeri`` phone number, ``darek`` address, ``shaar`` town, ``pasport_nomeri`` passport
number, ``tuulgan_kunu`` birth date, ``syrsoz`` password, ``kuyoosu`` her husband, with
``el_pochta``, ``jynysy``, ``konok``, ``baasy``, ``bron_kodu``, ``kat``, ``pikir``), a kymyz
(mare's milk) farm-delivery app ``_kymyz.py`` ("Kymyzbar"), a felt-carpet (shyrdak) cooperative's
app where she sells ``_felt.py`` ("Shyrdakchy"), a high-altitude climbing permit app for Lenin
Peak ``_peak.py`` ("Chokuluk"), a goitre follow-up app for her own multinodular goitre
``_goitre.py`` ("Kalkanbez"), a kok-boru (horse games) ticket app ``_ulak.py`` ("Ulakbilet") and
a school-uniform shop where she orders her son's uniform ``_uniform.py`` ("Formachy"). A
file-name grep of earlier docstrings found near kinds, so these are made clearly different and
each module says how: set 81's Kazakh yurt camp (which also mentions kymyz), sets 89, 99 and
100's trekking GPS, Nepal and gorilla permits, sets 91 and 99's thyroid cancer and Hashimoto's
apps, set 95's carpet marketplace (she was a buyer there), sets 100, 106 and 108's school apps.
The SDKs are ten new vendors built once, called by every app with its own events: ``_sdk.py``
(analytics "Argalytics", MMP "Attriyak", OpenRTB 2.5 ads "Bidsnowcock", crash reporting
"Crashibex") and ``_svc.py`` (flags "Flagjuniper", push "Pingsaxaul", consent "Consentarcha",
payments "Tulparpay", maps "Mapmanas", support chat "Helpkalpak"). ``_kit.py`` holds the
places, people, codes and generators (its docstring lists them); ``head``, ``claims``, ``rid``
and ``sdk_id`` are ``eval_families24_kit``'s, the rest comes from the kits of sets 6-25.

What is in it: sign-ups (JSON), log-ins (forms, OAuth password grants, SMS codes, a refresh
token), ``/me`` GETs with JWT bearers; yurt: a search, camps near her flat, the booking for three
(names, her and her son's birth date or age), the guests' registration by booking code in the
path (passport, address, husband), a passport scan, the payment, a message to the host naming
her husband and his number, a horse ride (msgpack), a transfer from her flat, check-in at the
camp, her walk (gzip), a review with a photo, the camp's weather by its point in the path; kymyz:
SMS sign-in, her profile, the address with a door code and point, farms near her, a subscription,
an order, the courier by order in the path, a delivery acknowledged at her door (protobuf, a
nested fix), dietary notes (lactose, gastritis), a referral, a wallet top-up, a support photo, a
pause; felt: the seller check (passport and selfie) by her seller ID in the path, her shop,
listings with photos, a price change, a buyer conversation (msgpack), a sale accepted and
shipped by sale number in the path, payout settings, a class booked and her check-in, wool
bought; permit: sign-up with passport and New York address, the application with her emergency
contact, documents and the health declaration by permit number in the path, payment, the rescue
policy, checkpoint check-ins (JSON and form), acclimatisation readings, a protobuf beacon, her
track, an SOS test, a summit photo with her fix, an offline sync with her home Wi-Fi; goitre:
history, labs (gzip), an ultrasound with nodules, the biopsy, iodine doses (msgpack), symptoms, a
neck photo, an appointment, a referral, a message, the insurance card, results by card number in
the path; kok-boru: fixtures, seats, three tickets, payment, the QR by ticket in the path, a
ticket passed to her husband, the gate scan with her fix, a parking pass, food (msgpack), a
protobuf live heartbeat, a comment, a photo; uniform: the son's profile, his sizes and fitting
photo by his ID in the path, the basket, embroidery, delivery, the order, tracking and a return
by order in the path, a size question, a review; per app push registration, events (gzip) and a
cookie GET. SDKs: analytics batches (gzip and plain; positions at 2, 3 and 4 decimals),
identifies (base64 JSON in the query), offline queues (JSON Lines); MMP installs with the
Android ID, sessions, events (a JSON string ``params``; hashed e-mail and phone) and deep links (a
URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals or IP geo; yob, gender) and win
notices; crash reports (JSON Lines) and sessions (msgpack); flag evaluations (JSON, base64url
JSON in the query); push subscriptions and opens (a form); consent records (a base64 JSON
cookie); card tokens and payout accounts (bracketed form keys), charges; geocoding, reverse
geocoding (``lat,lon`` in the path) and routes; support messages (an identity JWT in a JSON
field) and attachments.

Negatives are implicit: request, message, conversation, listing, delivery, specimen, study and
auction IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB auction,
bid, creative and publisher IDs and the clearing price; the camp's ID, name, phone and point
(also in a URL path), the farm's, the cooperative's, the clinic's and the school's IDs, names,
phones and points, the courier's van, base camp's point (in a URL path), the hippodrome's point
and gate, the endocrinologist the centre lists, a buyer's ID and city, prices she asks or sees
(a listing's price, catalogue prices, a class's slot), teams, seats and sectors, a parcel's
tracking number, products and sizes, the lab's ID, a car's plate (no taxonomy type).

Encodings: JSON (99 plain, 16 gzip), form bodies (28), GETs (51, 26 with query strings),
multipart (15: JSON, JPEG, PNG and PDF parts), msgpack (7), JSON Lines (8: crash reports and
queues), schema-less protobuf (3: nested fixes ``3.1``/``3.2`` in two), headers
(User-Agents, install IDs under app-specific names plain, upper case and without dashes, Kyrgyz
and English Accept-Language, opaque and JWT bearers, SDK headers, a support token), cookies
(sessions, devices, a child's ID, a base64 JSON consent state), JWTs (bearers with user ID,
e-mail, phone, name, ``el_pochta``, ``aty``, ``seller``, ``climber``, ``card``, ``kids``
claims; an identity token in a JSON field), base64 JSON (a query parameter), base64url JSON (a
query parameter), JSON strings in JSON fields, URLs in JSON fields. Profile transforms: the
e-mail plain, mixed case, upper case and SHA-256; the phone spaced, E.164, ``(555)``-style with
country code, dashed and SHA-256; the install ID plain, upper case and without dashes; the
Android ID; the advertising ID; the user ID; the public IP (OpenRTB); the LAN address; MCC/MNC and
the carrier; the home SSID/BSSID; the birth date ISO, as ``17.05.1991`` and a year; coordinates at
2 to 6 decimals as numbers, strings, ``lat,lon`` query values and path segments, protobuf
doubles, the profile's position and her places away from it (her Bishkek flat, the camp, her
door, the workshop, checkpoints, camps, the summit, the hippodrome gate).

Conventions kept from set 37's docstring: model, OS, locale, language, Accept-Language, time
zone, rooted flag, network type, free memory, battery, the LAN address and User-Agents naming the
model ``device.info``; event and screen names, session counts and lengths, a campaign opened and
live minutes ``behavior.usage``; SDK install and device IDs, the Android ID, push tokens, consent
visitor IDs and the payment SDK's fingerprint ``id.device``; passwords, SMS codes, a door code,
refresh, bearer and session tokens and cookies, a support session token ``secret.credential``,
JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, town, region,
ZIP and country ``location.coarse``; street lines ``contact.address``; bookings, orders, totals,
prices paid, subscriptions, plans, top-ups, refunds and codes of things bought
``financial.purchase``; card data, last four digits, payment-method and token IDs and bank
accounts ``financial.payment``; another person's name and phone typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text stating a fact carries that
category too (``content.text|...``).

Calls made in this set (a reader may disagree; stated so a score can be read):
- yurt: citizenship (``jarandygy``, ``nationality``) unlabelled (no taxonomy type; not ethnic
  origin); ``jynysy: ayal`` and her son's ``er bala`` ``personal.gender``; the son's age
  ``personal.birthdate``; the horse-ride add-on's price ``financial.purchase``; the host's
  message naming her husband and his number ``content.text|contact.name|contact.phone``; a map
  search for "Son-Kul lake" ``behavior.search``; her camp fix ``location.precise``, the camp's
  point (body and URL path) a negative; a push tag ``bron: true`` unlabelled;
- kymyz: lactose intolerance ``health.medical``, the note naming gastritis
  ``content.text|health.medical``; the delivery note ``content.text``; a referred friend
  ``contact.*``; the courier's van and the farm's point negatives, her door fix (protobuf)
  ``location.precise``;
- felt: her seller ID ``id.user`` (body, query, URL path, JWT, SDKs); her sales (sale number,
  amount) and wool and class bookings ``financial.purchase`` (a sale is a transaction of hers),
  the listing's asking price a negative; the shop name "Jane's Felt Corner"
  ``content.text|contact.name``; listing photos and the selfie ``content.media`` only (no
  template sent), the passport scan ``content.media|personal.national_id``; the buyer's ID and
  city negatives;
- permit: the permit and rescue policy numbers, fees and the helicopter deposit
  ``financial.purchase``; the medical certificate PDF ``content.media|health.medical``; SpO2,
  pulse, resting heart rate and weight ``health.fitness``; the Lake Louise score, symptoms,
  conditions, medicines, blood type, smoker and altitude-sickness history ``health.medical``;
  the passport's expiry unlabelled; the home SSID/BSSID ``location.wifi``; the beacon's battery
  ``device.info``; base camp's point in a URL path a negative, her check-in, camp, summit and SOS
  fixes ``location.precise`` (4 to 6 decimals); a route from her flat (labelled) to base camp
  (not);
- goitre: her patient card number ``health.medical`` (a medical record's number; body, JWT,
  URL path, Helpkalpak attributes); diagnosis, family history, labs (one label on the list),
  ultrasound volume, nodule lobes, sizes and TI-RADS, Bethesda class and result, iodine and dose,
  symptoms and severity, the appointment's reason and the analytics/push condition
  ``health.medical``; ``pregnant: false`` ``personal.sensitive`` (pregnancy); the ultrasound
  image, neck photo and insurance card ``content.media|health.medical``, the insurance member ID
  ``health.medical``; the referring GP she typed ``contact.*``, the centre's doctor a negative;
  the appointment's price ``financial.purchase``; the SMS step's hashed phone ``contact.phone``;
- kok-boru: the ticket and order number (body, URL path, deep link, charge reference), totals,
  the parking pass and food pre-order ``financial.purchase``; the ticket holders' names
  ``contact.name`` (hers, her husband's, her son's), the child's age ``personal.birthdate``; the
  live heartbeat's seconds watched ``behavior.usage``; a car's plate unlabelled (no type); the
  gate fix ``location.precise``, the gate's point a negative;
- uniform: the son is a data subject: his first name and the embroidered "Timur D."
  (``content.text|contact.name``), his birth date and age ``personal.birthdate``, ``sex: boy``
  ``personal.gender``, his class and school unlabelled, his profile ID ``id.user`` (body, URL
  path, JWT ``kids`` claim, cookie); his height, chest, waist and shoe size ``health.fitness``
  (body measurements), garment sizes in SKUs unlabelled; his fitting photo ``content.media``;
  the size question stating his height ``content.text|health.fitness``; catalogue prices in the
  basket negatives, the order total and refund ``financial.purchase``;
- SDKs: Helpkalpak's identity token lets its bearer act as the user ``secret.credential``
  (claims labelled); Consentarcha's visitor ID (body and base64 JSON cookie) ``id.device``, its
  country ``location.coarse``; Flagjuniper's context key the user ID; Attriyak's ``ay_uid``
  ``id.device``; OpenRTB ``user.id`` ``id.device``, geo country and city ``location.coarse``;
  Pingsaxaul's position at 2 decimals ``location.coarse``; Tulparpay's holder ``contact.name``.

Looked at beyond TAXONOMY.md and DESIGN.md (stated honestly): the whole of ``eval_payloads.py``;
``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc`` and ``_marche``, parts of ``_sleep`` and
``_code``; ``eval_families20_kit.py`` and ``eval_families24_kit.py`` whole; the ``__all__`` lists
of the kits of sets 6-25 and, read as text (not imported), signatures, docstrings and sources of
helpers in the kits of sets 6, 7, 8 (``check_ci``, ``report``), 10, 13-18, 21 and 22;
``eval_families21.py``'s ``listed_once`` and ``LISTED_ONCE``; the first lines of the docstrings
of set 81's yurt, 30's campus, 89's trek, 99's permit and thyroid, 100's gorilla and school,
91's thyroid, 106's school and carpet, 108's two apps, 95's carpet, 113's boat, 114's lace and
club and 115's two apps, found by file-name greps; ``grep -ril`` counts of the new names over
``scripts/`` and ``captures/``. No classifier, rule, test or decoder was read; no classifier
was run. Every label's path was checked with a small decoder of the author's own outside the
project (paths per DESIGN.md and set 37's stated decoder conventions); ``main`` was run at the
end, twice by slip (the second run only to capture the output): its ``report`` (the project's
decoder path check) reported no missing path, and counts 1,641 category labels (a label with
``|`` counts once per category) for the 1,619 labelled paths.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families117_felt
import eval_families117_goitre
import eval_families117_kymyz
import eval_families117_peak
import eval_families117_ulak
import eval_families117_uniform
import eval_families117_yurt
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

DECODER_GAPS: set = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families117_yurt.konokuy(), *eval_families117_yurt.konokuy_sdks(),
            *eval_families117_kymyz.kymyzbar(), *eval_families117_kymyz.kymyzbar_sdks(),
            *eval_families117_felt.shyrdakchy(), *eval_families117_felt.shyrdakchy_sdks(),
            *eval_families117_peak.chokuluk(), *eval_families117_peak.chokuluk_sdks(),
            *eval_families117_goitre.kalkanbez(), *eval_families117_goitre.kalkanbez_sdks(),
            *eval_families117_ulak.ulakbilet(), *eval_families117_ulak.ulakbilet_sdks(),
            *eval_families117_uniform.formachy(), *eval_families117_uniform.formachy_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
