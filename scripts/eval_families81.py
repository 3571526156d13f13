"""Eighty-first, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author (the decoders ran once, through ``check_ci`` in ``main``, to check the
paths: they flagged one path, a label inside a repeated protobuf sub-message ``4.2``; the cap sync
was then given two distinct fields ``4`` and ``5``, Sanaqly's identify came to send its traits as
base64 JSON and a Kelisimo status check was added to the mole app; these were rechecked with the
author's own decoder only, ``main`` was not run again); it is to be scored once, by the lead,
on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (159 first-party calls and 74 SDK calls, 233 exchanges, 1,673 labels after
``listed_once``), mostly ordinary placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: an Almaty utilities-and-tax app ``eval_families81_almaty.py``
("Almatolem": its API's keys are Kazakh in Latin letters, ``aty``, ``tegi``, ``telefon``,
``mekenzhai``, ``kala``, ``poshta_indeksi``, ``tugan_kuni``, ``qupiya_soz``, ``zhsn``; she is on a
year's assignment in Almaty), a smart inhaler-cap asthma tracker ``_inhaler.py`` ("Dempuff"), a
horse-racing betting app ``_horse.py`` ("Furlongo"), a yurt-camping booking app ``_yurt.py``
("Kiizuy": a trip to the Kolsai lakes with two friends), an intercity car-share ``_carshare.py``
("Karvanly": she rides as a passenger, New York to Philadelphia), a children's chess school
``_chess.py`` ("Knightkin": the user is the parent, her son Timur studies; COPPA ads) and a
dermatology mole-scan app ``_mole.py`` ("Molemapa": photos of her skin). The SDKs are ten new
vendors, built once and called by every app with its own events and choices: ``_sdk.py``
(analytics "Sanaqly", MMP "Izkeshu", OpenRTB 2.5 ads "Zharnabid", crash reporting "Qatestep") and
``_svc.py`` (flags "Belgitu", push "Habarlyk", consent "Kelisimo", payments "Tolemkap", maps
"Kartabai", support chat "Komekchat"). ``eval_families81_kit.py`` holds the apps' places, people,
equipment, accounts and generators (its docstring lists them); ``head``, ``claims``, ``rid`` and
``sdk_id`` are ``eval_families24_kit``'s, the rest comes from ``eval_families6_kit.py`` to
``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and MFA
codes, a parent PIN), ``/me`` GETs with JWT bearers, push registrations, gzip event logs and
cookie-authenticated GETs in every app; utilities: sign-up with the IIN, her flat's address and
fix, electricity and water accounts linked, a meter photo, a water reading (form), the smart meter
joining her Wi-Fi, its protobuf reading (a nested fix), bills by account in the path, a bill paid,
the tax debt by IIN in the query, a tax paid, a complaint with a photo, a service centre
appointment, a gas-leak report with her fix, payment terminals near her (string coordinates),
notifications; inhaler: the asthma profile (diagnosis, triggers, ACT), medicines, pairing the cap,
its actuation log (msgpack), rescue puffs with where she took them, a protobuf cap sync (nested
puffs, a float32), peak flows (form), a diary, air quality by position, pollen by ZIP in the path,
a cough recording, the action plan's photo, a report shared with her pulmonologist, a nurse
message, a refill, the insurance card, a Health Connect import, reminders; betting: sign-up with
address and SSN's last four, the geolocation check (fix, Wi-Fi, nearby BSSIDs, public and LAN IP,
SIM country), an ID check with a selfie, ACH details, a deposit, the race card, a bet, live odds
(msgpack), a protobuf stream heartbeat with the IP, favourites, a search, notes, limits, a
withdrawal, a W-9 with the full SSN, a referral, venues near her (``lat,lon``); yurts: a search, a
camp page, camps near her Almaty flat (2 decimals), a wish list, a booking with her friends, the
guest registration (passport photo and number), the payment, a host message with her number, a
horse ride (her weight), a transfer from her flat, an insurance quote (age), check-in at the camp,
her hike's trace (gzip), an SOS with her sister as contact, a review with a photo, offline maps;
car-share: SMS sign-up, the profile and photo, a licence check, a search, a ride's page, a seat
booked with her pickup point, the payment, chat (msgpack), the trip shared with a friend, a
protobuf live position, an offline trace (JSON Lines), an SOS with MCC/MNC and cell ID, a rating, a
receipt by booking in the query, contacts invited, a lost item, her saved home; chess: the parent,
the child's profile and avatar, a lesson, a camp form (allergy, EpiPen, the grandmother picking him
up), a tournament entry with his federation ID, a game by his ID in the path, puzzles (msgpack), a
recorded question, a coach message, his progress by ID in the path, limits, a class join token, a
scoresheet photo, a Play subscription; moles: the skin profile, lesions on a body map, scans
(close-up and dermoscopy photos), the on-device analysis, a full-body photo set, a protobuf
summary, a lesion timeline (msgpack), a consult, the insurance card, a report shared with her
dermatologist, a biopsy result, the UV index by ``lat,lon`` in the path, clinics near her, a data
export. SDKs: analytics batches (gzip; a rounded, a 4-decimal or no position; an advertising ID
once), identify (base64 JSON traits in a JSON field), an offline queue (JSON Lines), a signed-out
beacon (base64url JSON in the query); MMP installs and sessions (JSON), events (forms whose
``partner_params`` is a JSON string; hashed e-mail and phone) and a deep link (a URL in a JSON
field with her e-mail); OpenRTB 2.5 bids (GPS geo at 3 decimals in New York and Almaty, or IP geo
in the US and Kazakhstan; yob and gender once; a child-directed bid without an advertising ID) and
win beacons; crash envelopes (JSON Lines) and sessions; flag evaluations (JSON; base64 JSON in a
header of a GET); push devices (tags, a position at 2 decimals); consent records (a signed receipt
cookie) and web-view checks (a base64 JSON cookie); card tokens (bracketed form keys, a ZIP) and
confirmations; geocoding (typed text and a ``near`` focus) and routes; support messages (an
identity JWT in a JSON field) and attachments.

Negatives are implicit: request, trace, message, thread, scan, game, ride, withdrawal and bill
IDs, idempotency keys, nonces, captchas, timestamps, versions, public SDK keys, OpenRTB auction,
bid, creative and publisher IDs and a clearing price; other users' IDs (rival children, the
driver); the utility's meters and their serials, readings, the call centre's number, the service
centre's point and phone, the tax office and tax codes; the inhaler cap's serial, Bluetooth
address, model, firmware and battery, the pharmacy's name, phone and point, flow rates inside the
log's one label, reminder times; the race, runners, jockeys, trainer, odds, potential payout,
deposit limits, the track's point, the stream edge; the camp's ID, name, phone and point, the
offline map's bounding box, the host's phone, citizenship, passport expiry, diet; the ride offer,
the driver's ID, car, plate and meeting point, the invite code, the fee; the coach's name and
mailbox, the school, grade, rating, game moves (PGN), puzzle IDs; lesion IDs and body-map x/y,
the dermoscopy lens's serial and model, exposure, the model version, the pathology lab.

Encodings, in rough proportion to real traffic: JSON (96 plain, 16 gzip), form bodies (44), GETs
(41, 24 with query strings), multipart (18: JSON, JPEG and M4A parts), msgpack (5), JSON Lines (8:
6 crash envelopes under their own content type, an offline queue, an offline trace), schema-less
protobuf (5: nested fixes ``5.1``/``5.2`` and ``3.1``/``3.2``, the last rescue and controller puffs
``4.2`` and ``5.2``, a nested lesion with a float32 ``4.2``, a flat heartbeat), headers
(User-Agents, install IDs under app-specific names plain, upper case and without dashes, English
and ``en-KZ,ru;q=0.8,kk;q=0.6`` Accept-Language, opaque and JWT bearers, an opaque session header,
SDK device headers, a support session, base64 JSON flag context), cookies (sessions, a child's ID,
a state, a JWT receipt, a base64 JSON cookie), JWTs (bearers with user ID, e-mail, phone, name,
``zhsn``, ``telefon``, ``jurisdiction``, ``kids`` claims; an identity token in a JSON field; a
receipt that is no credential), base64 JSON (a JSON field, a header, a cookie), base64url JSON (a
query parameter), JSON strings in form fields, URLs in JSON fields, values in URL paths (utility
account, ZIP, child ID, ``lat,lon``). Profile transforms: the e-mail plain, mixed case and SHA-256;
the phone E.164, spaced (the profile's, also inside a message), national, ten digits, E.164 without
the plus and SHA-256; the install ID plain, upper case and without dashes; the Android ID; the
advertising ID; the user ID in bodies, JWTs, msgpack, protobuf and JSON Lines; the public IP
(OpenRTB, the geolocation check, a protobuf heartbeat); the LAN address (the geolocation check, the
smart meter's provisioning); MCC/MNC as ``310260``, the carrier and a cell ID; the home SSID/BSSID;
the birth date ISO and as ``17.05.1991``, a birth year, an age; coordinates at 2 to 6 decimals as
numbers, strings, query values, a ``lat,lon`` query, focus and path segment, protobuf doubles, and
her places away from the profile's position (her Almaty flat, the camp, a trail, the pickup point,
a motorway on the way to Philadelphia).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/VPN/mock flags, network type, free memory and storage, screen,
battery, a tablet flag, the LAN address and User-Agents naming the model or OS ``device.info``;
event and screen names, launch and session counts, session lengths, play and puzzle time
``behavior.usage``; SDK install and device IDs, the Android ID, push tokens, consent visitor IDs
and the payment SDK's device fingerprint ``id.device``; passwords, PINs, SMS and MFA codes, a
Wi-Fi password, a class join token, bearer and session tokens and cookies and a client secret
``secret.credential``; JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element
and collapsed by ``eval_families21.listed_once``; series labelled once at their path (the cap's
log, a lesion's diameters, the hike's and the car's traces per fix); MCC/MNC, carrier, cell ID
and SIM country ``location.carrier``; city, state, ZIP, ``kala``, ``poshta_indeksi``, ``audan``,
a jurisdiction and a market ``location.coarse``; street lines (``mekenzhai``, ``line1``)
``contact.address``; amounts, totals, stakes, fees, prices, copays, revenue, booking, ticket,
seat and consult codes, a Play product, order and token ``financial.purchase``; card data, bank
account and routing numbers, last four digits and payment-method IDs ``financial.payment``;
another person's name, phone and e-mail typed by the user ``contact.*``; a value in the URL path
is ``url`` ``path[i]``; text that states a health fact or quotes a labelled value carries that
category too (``content.text|...``); Kazakh keys are labelled as their English equivalents.

Calls made in this set (a reader may disagree; stated so a score can be read):
- utilities: the IIN (``zhsn``: body, query, JWT claim) ``personal.national_id``; her utility
  account numbers (``esep_shot``, also in the URL path and quoted in a support message) ``id.user``
  (her customer number with the utility, as set 37's loyalty card); meter readings unlabelled (no
  taxonomy type), the meter photo ``content.media`` only; her Almaty flat is her address while
  there, its fix ``location.precise``; bills and taxes paid ``financial.purchase``; the smart
  meter's Wi-Fi SSID/BSSID ``location.wifi`` and the Wi-Fi password ``secret.credential``; the
  complaint naming her flat ``content.text|contact.address``;
- inhaler: diagnosis, triggers, ACT items and total, smoker flag, medicines and doses, the cap's
  actuation log, puff counts, peak flows and zone, the diary, the prescription number, the
  insurance member ID and the analytics/flag severity ``health.medical``; the cough recording,
  the action plan's photo and the insurance card ``content.media|health.medical``; height,
  weight, steps and resting heart rate ``health.fitness``; where she took rescue puffs
  ``location.precise`` (not medical on their own); the cap is an accessory (negatives);
- betting: the SSN's last four and the W-9's SSN ``personal.national_id``; the ID photo
  ``content.media|personal.national_id``, the selfie ``content.media`` (no template sent); the
  geolocation check's fix ``location.precise``, its BSSIDs ``location.wifi``, public IP
  ``location.ip``; the ticket and the stake ``financial.purchase``, odds and payout not; deposits
  and withdrawals ``financial.purchase``; a search for a horse ``behavior.search``; handicapping
  notes ``content.text``; gambling itself is not ``personal.sensitive``;
- yurts: the passport number ``personal.national_id`` and its photo
  ``content.media|personal.national_id``, citizenship unlabelled; the friends travelling with her
  and her sister as SOS contact ``contact.*``; a wish list named for a friend
  ``content.text|contact.name``; ``diet: vegetarian`` unlabelled; her weight for the horse ride
  ``health.fitness``; the insurance quote's age ``personal.birthdate``; the SOS message about an
  injury ``content.text|health.medical``; check-in, SOS and the hike are her fixes
  ``location.precise``, the camp's point and the map's bounding box not;
- car-share: the licence number ``personal.national_id``; ride-search cities ``behavior.search``
  (what she searched, not where she is); the address-book entries invited
  ``content.contacts`` (one label per name and number); the friend the trip is shared with
  ``contact.*``; the driver's meeting point a negative, her pickup point ``location.precise``;
  ``gender: female`` ``personal.gender``; the bio ``content.text``;
- chess: the child is a data subject (sets 29-37): his first name ``contact.name``, birth date
  and age ``personal.birthdate``, ``gender: boy`` ``personal.gender``; his profile ID
  ``ch_9a31f04c`` ``id.user`` (body, path, JWT ``kids``, cookie) and his federation member ID
  ``id.user``; his allergy and EpiPen ``health.medical``; the message that he has ADHD
  ``content.text|health.medical|contact.name``; his avatar, recorded question and scoresheet
  ``content.media``; game moves and ratings unlabelled; the coach's name and mailbox negatives
  (the school's own, echoed); the class join token ``secret.credential``;
- moles: skin type, burns, family melanoma, mole count, biopsies, tanning-bed use, lesion sites,
  ABCDE scores, risk, diameters, histology ``health.medical``; every photo of her skin
  ``content.media|health.medical``; body-map x/y unlabelled (a diagram's coordinates, the site
  name carries the fact); eye colour unlabelled; the dermatologist, typed by her, ``contact.*``;
- SDKs: Komekchat's identity token lets its bearer act as the user in the widget
  ``secret.credential`` (claims labelled); Kelisimo's receipt cookie is a signed JWT that opens
  nothing (claims labelled, the token not), its visitor ID ``id.device``, its country and region
  from the IP ``location.coarse``; Belgitu's context key the user ID signed in; Qatestep's
  session ``did`` the user ID; Izkeshu's ``iz_uid`` and the Android ID ``id.device``; OpenRTB
  ``user.id`` the SDK's buyer ID ``id.device``, geo country, region and city ``location.coarse``;
  Habarlyk's position at 2 decimals ``location.coarse``; Tolemkap's holder name ``contact.name``
  and postal code ``location.coarse``; Kartabai's typed address ``contact.address``, typed places
  ``behavior.search``, the route's first point hers, the second not.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_code`` and most of
``_sleep``; ``eval_families20_kit.py`` (head), ``eval_families24_kit.py`` (most),
``eval_families22_kit.py`` and ``eval_families21_kit.py`` (parts); ``eval_families21.py``'s
``listed_once`` and ``LISTED_ONCE``; the ``__all__`` lists of the kits of sets 6-25 and, through
``inspect``, signatures, docstrings and some sources of their helpers (``pb``, ``F32``,
``multipart``); ``grep -ril`` file counts of the new names over ``scripts/`` and ``captures/``. No
classifier, rule, test, decoder or addon was read; no classifier was run. Every label's path was
checked with a small decoder of the author's own outside the project before ``main`` ran once (it
found no gap; ``main`` found the one above); the paths assume the decoder conventions sets 21-37
state (base64 JSON in a header at ``x-belgitu-context.key``, in a cookie at ``kl_state.vid``;
base64url JSON in the query at ``d.a``; a JSON string in a form field at
``partner_params.revenue``; a URL in a JSON field per parameter (``url.em``); JWT claims at
``.claims`` (``contact.user_jwt.claims.sub``, ``kl_receipt.claims.sub``); JSON Lines ``[i]``;
protobuf fields by number; multipart parts at their names, a file part one field; bracketed form
keys as sent; URL path ``path[i]``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families81_almaty
import eval_families81_carshare
import eval_families81_chess
import eval_families81_horse
import eval_families81_inhaler
import eval_families81_mole
import eval_families81_yurt
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked with the author's own decoder; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families81_almaty.almatolem(), *eval_families81_almaty.almatolem_sdks(),
            *eval_families81_inhaler.dempuff(), *eval_families81_inhaler.dempuff_sdks(),
            *eval_families81_horse.furlongo(), *eval_families81_horse.furlongo_sdks(),
            *eval_families81_yurt.kiizuy(), *eval_families81_yurt.kiizuy_sdks(),
            *eval_families81_carshare.karvanly(), *eval_families81_carshare.karvanly_sdks(),
            *eval_families81_chess.knightkin(), *eval_families81_chess.knightkin_sdks(),
            *eval_families81_mole.molemapa(), *eval_families81_mole.molemapa_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
