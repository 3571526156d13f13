"""Sixty-seventh, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (162 first-party calls and 71 SDK calls, 233 exchanges, 1,650 labels after
``listed_once``), mostly ordinary placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a Helsinki public-transport and city-bike app
``eval_families67_transit.py`` ("Matkalla": its API's keys are Finnish; she is on a six-month
research posting in Helsinki), a tinnitus sound-therapy app with a hearing test ``_tinnitus.py``
("Humwane"), an e-sports team app with voice chat and anti-cheat ``_esports.py`` ("Squadhalo"), a
nanny-cam baby monitor ``_nanny.py`` ("Lullacam": her son Theo, the nanny Marta), a wine-tasting
notes app ``_wine.py`` ("Vintnote"), a bereavement and grief-support forum ``_grief.py``
("Afterlight": her father died in October) and a camper-van rental with a GPS tracker in every van
``_camper.py`` ("Vanwander"). The SDKs are ten new vendors, built once and called by every app
with its own events and choices: ``_sdk.py`` (analytics "Eventhollow", MMP "Installgrove",
OpenRTB 2.5 ads "Bidcurlew", crash reporting "Faultmoth") and ``_svc.py`` (flags "Flagmallow",
push "Pingrook", consent "Assentmoor", payments "Payfenwick", maps "Atlasbeck", support chat
"Askmeadow"). ``eval_families67_kit.py`` holds the apps' places, people, equipment, accounts and
generators (its docstring lists them); the apps' header helper ``head``, JWT claims ``claims``,
request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are ``eval_families24_kit``'s, the rest
comes from ``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, a two-factor
code, a team join code, a bike PIN), ``/me``-style GETs with JWT bearers; transit: sign-up with
``etunimi``/``sukunimi``/``sahkoposti``/``puhelin``/``salasana``/``syntymaaika``, a log-in, the
home-municipality check for resident fares (``nimi``, ``osoite.katu``/``postinumero``/
``kaupunki``, ``kotikunta``, ``henkilotunnus``), a travel card linked, a journey plan (her
``lat,lon`` and a typed destination), stops nearby, a single ticket bought and activated
(``leveys``/``pituus``), its status by order number in the path, a 30-day season ticket, a
city-bike season, a bike taken, its ride (msgpack) and return, a Bluetooth check-in on a tram
(protobuf, a nested fix), lost property with a photo, feedback, saved places (her flat and
workplace), a referral; tinnitus: the intake, the earbuds' calibration, hearing thresholds, the
pitch and loudness match, the THI, a therapy session (msgpack), her clinic's audiogram photo, a
symptom diary and triggers, the report shared with her ENT, a visit, the sound library, a custom
mix, a CBT reflection, reminders, a health-data consent; e-sports: the account with a gamer tag
and birth date, the team's code, the roster, a voice channel's ICE candidates, voice settings, a
reported voice clip, the anti-cheat attestation (gzip), heartbeat (protobuf, packed touch
samples) and aim telemetry (msgpack), a match result, a scrim, team chat, a looking-for-team post,
a tournament entry, W-9 details, a payout bank account; baby monitor: the camera provisioned with
her home Wi-Fi (SSID, BSSID, password, a setup token, the phone's LAN address), the camera's
settings, her son's profile and photo, cry alerts, the event list, the camera's sleep tracking of
the baby, a familiar face named by her, the nanny and her partner invited, a saved clip, live view
(ICE), talk-back audio, a lullaby, the home geofence and an exit; wine: a label photo, a search,
tasting notes (JSON and msgpack), cellar bottles and one drunk, a winery check-in, a shop order
with an adult signature, a gift by order number in the path, a wine club, a tasting group's invite
and chat, a pairing search, preferences, a review, a wine-list photo, an export; grief: the
handle, a memorial page for her father and his photo, posts in a parent-loss and a faith forum, a
reply, a reaction, a search, a private message, a mood check-in, a private journal (msgpack), an
audio letter, groups nearby and an RSVP, a counselling booking, a report, a call-back request, a
memorial donation; camper van: the licence (both sides, number, address), a van search near her,
a booking with her partner as extra driver, the deposit by booking number in the path, pick-up
photos and her fix, a digital key and the unlock (protobuf), the tracker's trip log relayed by the
phone (gzip) and harsh-braking events (msgpack), fuel nearby by ``lat,lon`` in the path, a
campsite search and booking, the trip shared, a roadside call, a damage report, the return, a
review, the van's hotspot plan; per app push registration (model, OS, locale), an event log
(gzip) and a cookie-authenticated GET, Play purchase checks in three apps. SDKs: analytics
batches (gzip, three with her position at 3 or 4 decimals), identify (base64 JSON in a form
field), offline queues (JSON Lines), a signed-out beacon (base64url JSON in the query); MMP
installs (Android ID, referrer), sessions (a form), events (``partner_params`` a JSON string;
hashed e-mail and phone) and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS geo at
2, 3 and 4 decimals, in Finland too, or IP geo; yob, gender) and a win beacon; crash envelopes
(JSON Lines under their own content type) and sessions; flag identities (traits as key/value
records; base64 JSON in a header of a GET); push players (tags, a position at 2 decimals);
consent records (a signed receipt cookie) and web-view checks (a base64 JSON cookie); payment
methods (bracketed form keys) and a confirmation; forward geocoding (``proximity`` as
``lon,lat``), reverse geocoding (``lon,lat.json`` in the path), a route (``[lon, lat]`` pairs) and
map telemetry (a gzip JSON array); support messages (a user JWT in a JSON field) and an
attachment.

Negatives are implicit: request, trace, event, message, post, clip, match, channel, session,
booking-internal and cursor IDs, idempotency keys, nonces, timestamps, versions, public SDK keys
and environment keys, OpenRTB auction, bid, creative and publisher IDs and a price, a consent
string's vendor list; other users' IDs (teammates, an opponent, forum members), the
transit network's stops, stations, bike and tram and their points, zones and fare codes; the
audiology clinic's ID, name, phone, address and point, the earbuds' model, Bluetooth address,
firmware and serial, the test frequencies, ambient noise, volume step, reference tone, sound IDs
and gains; the game server, the noise suppressor's band gains, frame-time stats, fps, ping,
reaction times, scores, a one-time integrity token; the camera's ID, serial, MAC, model,
firmware, LAN address and signal, privacy zones, cry confidence, the baby's sleep segments,
breathing rate and score (look-alikes), face boxes, scores, tracks and a face cluster (no
template), a lullaby's track and volume; the winery's ID, name, address, phone and point, wine IDs,
OCR'd label text, aromas, ratings, bins, market value and a list price; the support group's
venue, name, address, phone and point, a helpline's number, a counsellor's ID, a fund; the depot,
campsite and van (ID, VIN, plate, Bluetooth address, the tracker's IMEI and firmware), odometer,
fuel, engine hours, g-forces, a trip-share link ID, the phone's public key.

Encodings, in rough proportion to real traffic: JSON (117 plain, 17 gzip), form bodies (31), GETs
(36, 18 with query strings), multipart (14: JSON, JPEG, MP4 and M4A parts), msgpack (6), JSON
Lines (9: 7 crash envelopes under their own content type, 2 offline queues), schema-less
protobuf (3: a nested fix ``3.1``/``3.2`` twice, packed touch samples as one bytes field ``3``),
headers (User-Agents, install IDs under app-specific names plain, upper case and without dashes,
Finnish-English and English Accept-Language, opaque and JWT bearers, SDK device headers, a
support session, base64 JSON flag identity), cookies (sessions, a JWT receipt, a base64 JSON
cookie), JWTs (bearers with user ID, ``sahkoposti``, e-mail, gamer ``tag``, phone, name and
``handle`` claims; a user token in a JSON field; a receipt that is no credential), base64 JSON
(a form field, a header, a cookie), base64url JSON (a query parameter), a JSON string in a JSON
field, a URL in a JSON field, values in URL paths. Profile transforms: the e-mail plain, mixed
case, upper case and SHA-256; the phone E.164, spaced (the profile's), national,
``+1 (555) 010-0199``, ten digits and SHA-256; the install ID plain, upper case and without
dashes; the Android ID (MMP, anti-cheat, a protobuf field, push); the advertising ID; the user ID
in bodies, JWTs, protobuf and JSON Lines; the public IP (OpenRTB, ICE
candidates); the LAN address (host candidates, the camera's provisioning); MCC and MNC apart and
as ``310-260``, the carrier; the home SSID/BSSID; the birth date ISO, ``17.05.1991``,
``05/17/1991`` and as a year; coordinates at 2 to 6 decimals as numbers, strings, query values,
``lat,lon`` and ``lon,lat`` strings and path segments, ``[lon, lat]`` pairs, protobuf doubles,
and her places away from the profile's position (Helsinki, a winery, a camper-van trip).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, build fingerprint,
kernel, locale, language, Accept-Language, time zone and UTC offset, rooted/emulator/debugger
flags, network type, free memory, screen, battery, orientation, the LAN address and User-Agents
naming the model or OS ``device.info``; event and screen names, session counts and lengths,
listening, lesson and match minutes ``behavior.usage``; SDK install, device and buyer IDs, the
Android ID, push tokens, consent visitor IDs and the payment SDK's ``guid`` ``id.device``;
passwords, PINs, one-time and two-factor codes, a team join code, a Wi-Fi password, a camera
setup token, a digital key, bearer and session tokens and cookies, a client secret
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; series labelled once at their path (aim
drags, packed touch samples, hearing thresholds, THI answers); MCC/MNC, carrier
``location.carrier``; city, state, ZIP, ``kaupunki``, ``postinumero``, ``kotikunta``, country and
region ``location.coarse``; street lines (``katu``, ``osoite``, ``line1``/``line2``)
``contact.address``; a plan, an amount, a total, a fee, a price, a deposit, a copay, revenue,
ticket, order and booking references, a Play product, order and token ``financial.purchase``;
card data, bank account and routing numbers and payment-method IDs ``financial.payment``; another
person's name, phone and e-mail typed by the user ``contact.*``; a value in the URL path is
``url`` ``path[i]`` (0-based over non-empty segments); text that states a health fact, a
sensitive trait or names a person carries that category too (``content.text|...``); Finnish keys
are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- transit: her Helsinki flat and workplace are her places (``location.precise`` where sent, the
  flat's street ``contact.address``), the network's stops, docks, bike and tram negatives even
  where her fix is next to them; ``henkilotunnus`` (a temporary Finnish identity code)
  ``personal.national_id``; the travel card number ``id.user`` (as set 37's loyalty card, also
  ``kortti``); ``kotikunta`` ``location.coarse``; the typed destination ``toName``
  ``behavior.search`` (``to`` a stop ID, a negative); the ticket's order number
  ``financial.purchase`` in the body and the path; the city-bike PIN ``secret.credential``; ride
  minutes and distance unlabelled (no taxonomy type), as Zipwheel's in set 37; the referred
  colleague ``contact.*``; ``kieli``, ``malli``, ``aikavyohyke`` ``device.info``;
- tinnitus: the intake's facts, hearing thresholds (one label per ear), pitch, loudness, ear,
  type and residual inhibition, THI answers, total and grade, the diary's loudness, distress and
  sleep hours (a symptom diary, not fitness), triggers, the visit's reason ``health.medical``;
  the therapy notch frequency ``health.medical`` (it is her tinnitus pitch); the clinic's
  audiogram photo ``content.media|health.medical``; listening minutes and a lesson's seconds
  ``behavior.usage``; the mix's title ``content.text``; ``sex`` ``personal.gender``; the ENT,
  typed by her, ``contact.*``; the earbuds are an accessory (negatives);
- e-sports: the gamer tag ``id.user`` (sign-up, log-in, JWT ``tag``, captain); the ICE
  server-reflexive candidate ``location.ip``, the host candidate ``device.info`` (collapsed by
  ``listed_once`` to the list), the relay a negative; the reported voice clip ``content.media``
  only (a recording, no template); the attestation's installed packages ``device.apps`` (one
  label), its integrity token and nonce unlabelled (a one-time signed verdict that opens
  nothing); the heartbeat's packed touch samples and the aim drag ``behavior.motion``, reaction
  times, fps and ping unlabelled (game performance); the server region ``NA-East`` unlabelled (a
  matchmaking choice, not her position); the W-9 TIN ``personal.national_id``; the bid's
  keywords unlabelled (the app's context);
- baby monitor: her home SSID and BSSID given to the camera and the SSID lost at the geofence
  exit ``location.wifi``; the Wi-Fi password and setup token ``secret.credential``; the camera is
  another device (serial, MAC, LAN address: negatives), the phone's own LAN address
  ``device.info``; her son is a data subject (sets 29-37): name ``contact.name``, birth date
  ``personal.birthdate``, ``sex: boy`` ``personal.gender``, photo ``content.media``; the camera's
  sleep tracking of the baby (segments, breathing rate, score, wake-ups) is unlabelled, a
  look-alike of health data: the monitor's readings of the nursery, not data about the user and
  not typed by her; the camera's face detections (boxes, scores, tracks, a cluster ID) are
  negatives (no template or embedding is sent), the nanny's name typed for the familiar face
  ``contact.name``; the nanny and her partner invited ``contact.*``; the clip's title naming her
  son ``content.text|contact.name``; talk-back audio ``content.media``; the home geofence at the
  profile's position and the exit fix ``location.precise``;
- wine: tasting notes, a review, group chat, an occasion naming a friend ``content.text`` (the
  last ``|contact.name``); companions tagged ``contact.name``; the cellar's ``pricePaid``
  ``financial.purchase`` (her purchase record), market value and a list price negatives; an
  order's items one ``financial.purchase`` label with its total; the gift's recipient
  ``contact.*`` and the card message ``content.text|contact.name``; ``sulfites (asthma)``
  ``health.medical``; alcohol consumption in tastings unlabelled (notes about wine, not a health
  record); the deep link's e-mail parameter ``contact.email``; her fix at the winery
  ``location.precise``, the winery's point a negative;
- grief: the handle ``id.user``; her late father's name ``contact.name`` (memorial, donation),
  his birth date ``personal.birthdate``, his cause of death ``health.medical`` (another person's
  health data, typed by her), his death date unlabelled; posts and a journal stating her
  depression, medication or crying ``content.text|health.medical``, the faith-forum post
  ``content.text|personal.sensitive`` (religion); the mood check-in, PHQ-2, sleep trouble,
  appetite and the self-harm answer ``health.medical``; the counselling reason
  ``health.medical``, its fee ``financial.purchase``; groups nearby at the profile's position (3
  decimals) ``location.precise``, the venue a negative; a reaction unlabelled;
- camper van: the tracker's trip log and harsh-brake fix are hers while she drives the rented van
  ``location.precise``, the tracker's IMEI (another device's) a negative; her licence and her
  partner's licence number ``personal.national_id``, both licence photos
  ``content.media|personal.national_id``, its expiry unlabelled; the digital key token
  ``secret.credential`` (protobuf field ``2``), the booking reference ``financial.purchase``
  (body, path, protobuf); the van's hotspot SSID the phone is on ``location.wifi`` (as set 21's
  office Wi-Fi); the trip-share link ID unlabelled; the friend the trip is shared with
  ``contact.*``; depot and campsite points negatives in a route, her fix ``location.precise``;
- SDKs: Askmeadow's user JWT lets its bearer act as the user in the widget ``secret.credential``
  (claims labelled); Assentmoor's receipt cookie is a signed JWT that opens nothing (claims
  labelled, the token not), its visitor ID ``id.device``, country and region (``18``, Uusimaa)
  ``location.coarse``; Flagmallow's identifier the user ID, its traits' values labelled at
  ``traits[i].trait_value``; Faultmoth's session ``did`` the user ID; Installgrove's
  ``ig_uuid`` and the Android ID ``id.device``, its session count ``behavior.usage``; OpenRTB
  ``user.id`` the buyer ID ``id.device``, ``geo.utcoffset`` ``device.info``, its country,
  region, city and ZIP ``location.coarse``; Pingrook's position at 2 decimals
  ``location.coarse``; Atlasbeck's typed geocoding text ``behavior.search``, ``proximity`` by
  whose position it is; Payfenwick's cardholder ``contact.name``, postal code and country
  ``location.coarse``, its ``sid`` a per-checkout negative.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_ride``, ``_sleep``
and ``_chat``; ``eval_families21.py``'s ``listed_once``, ``_list_of`` and ``LISTED_ONCE`` (and its
docstring's first lines); the ``__all__`` lists of the kits of sets 6-25, the sources of the kits
of sets 6, 10, 17, 18, 20-22 and 24 in full and of 7, 8 and 14-16 in part, and a ``grep`` of the
constant and function lines of the kits of sets 9, 11, 13-16, 19, 23 and 25; ``grep -ril`` file
counts of the new names over ``scripts/`` and ``captures/``; a listing (names only) of the
``scripts/`` directory and of the brief's own directory. No classifier, rule, test, decoder source
or README table was read; no classifier or ``phonehome`` command was run. Every label's path was
checked with a small decoder of the author's own outside the project; the paths assume the decoder
conventions set 37 states (base64 JSON in a form field continues at ``data.traits.email``, in a
header at ``x-flagmallow-identity.identifier``, in a cookie at ``am_state.vid``; base64url JSON in
the query at ``d.aid``; a JSON string in a JSON field at ``partner_params.order``; a URL in a JSON
field per parameter (``deeplink.email``); JWT claims at ``.claims``
(``user.user_jwt.claims.email``, ``am_receipt.claims.sub``); JSON Lines ``[i]``; a top-level JSON
array ``[i].lat``; protobuf fields by number (``3.1``, ``3``); multipart parts at their names, a
file part one field; bracketed form keys as sent; URL path ``path[i]``, a segment such as
``43.3112,-73.6409`` or ``-73.802214,42.913408.json`` one field). As the brief asked, the author
ran ``main`` at the end (its ``report`` runs the project's decoders over the set to list labelled
paths they do not produce): the first run listed one, ``deeplink.email`` of a deep link written
with a custom scheme (``vintnote://club/join?...``); the link was rewritten as an https App Link
(``https://go.vintnote.example.com/club/join?...``, as ordinary) rather than stating a gap, and the
second run listed none, so ``DECODER_GAPS`` is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families67_camper
import eval_families67_esports
import eval_families67_grief
import eval_families67_nanny
import eval_families67_tinnitus
import eval_families67_transit
import eval_families67_wine
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main``'s own check (the project's decoders) lists no labelled path they do not produce.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families67_transit.matkalla(), *eval_families67_transit.matkalla_sdks(),
            *eval_families67_tinnitus.humwane(), *eval_families67_tinnitus.humwane_sdks(),
            *eval_families67_esports.squadhalo(), *eval_families67_esports.squadhalo_sdks(),
            *eval_families67_nanny.lullacam(), *eval_families67_nanny.lullacam_sdks(),
            *eval_families67_wine.vintnote(), *eval_families67_wine.vintnote_sdks(),
            *eval_families67_grief.afterlight(), *eval_families67_grief.afterlight_sdks(),
            *eval_families67_camper.vanwander(), *eval_families67_camper.vanwander_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
