"""Fifty-second, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (161 first-party calls and 72 SDK calls, 233 exchanges, 1,621 labels after
``listed_once``, 1,657 before; 1,644 category marks counting each of a multi-category label),
mostly ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. Seven app kinds new to the evaluation (fictional names, hosts
under example.* per RFC 2606, no real company named as sender), each with its own API and the SDKs
it embeds: a Berlin e-scooter and bike-share subscription ``eval_families52_rad.py`` ("Radflott":
its API's keys are German; she is on a four-month secondment in Berlin), an eczema and skin-flare
photo diary ``_skin.py`` ("Flarebook"), a hearing-aid fitting app for an audiologist's remote
session ``_hear.py`` ("Hearloom"), a smart pet door ``_cat.py`` ("Purrtal": the cat Miso and her
microchip), a payday-advance app reading her bank transactions and employer ``_pay.py``
("Paydrift", with the aggregator "Ledgerwick" in its module, counted as SDK calls), a hospice
volunteer scheduling app ``_hospice.py`` ("Vigilrota": she volunteers, the patients are third
persons) and a rock-climbing gym ``_climb.py`` ("Cruxhold"). The SDKs are ten new vendors, built
once and called by every app with its own events and choices: ``_sdk.py`` (analytics
"Countwhelk", MMP "Tracebuoy", OpenRTB 2.5 ads "Bidquokka", crash reporting "Snagmoth") and
``_svc.py`` (flags "Switchfjord", push "Beaconkite", consent "Okaybramble", payments "Tillperch",
maps "Chartgrebe", support chat "Helpdunlin"). ``eval_families52_kit.py`` holds the apps' places,
people, equipment, accounts and generators (its docstring lists them); the apps' header helper
``head``, JWT claims ``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are
``eval_families24_kit``'s, the rest comes from ``eval_families6_kit.py`` to
``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and MFA
codes), ``/me``-style GETs with JWT bearers; bike-share: registration with a German birth date,
her Berlin address, a SEPA subscription, the employer's mobility budget (Steuer-ID, employee
number, work e-mail), favourites (her flat and office), stations by position in the query and
vehicles by ``lat,lon`` in the path, a ride's start, trace (msgpack) and heartbeat (protobuf with
a nested fix and the roaming network), the end with a parking photo, the receipt in the query, a
damage report, a roaming check (SIM and network MCC/MNC, operator, SIM country), a referral,
support; eczema diary: her condition, treatments, a flare (areas, itch, sleep loss, triggers, a
note), a flare photo with its geotag, the on-device analysis, POEM, the weather at 2 decimals, a
food log (msgpack), a cream reminder, a report shared with her dermatologist, a tele-dermatology
consult, the insurance card, a search, community posts, a Health Connect import, a Play
subscription, the PDF export by her user ID in the path; hearing aids: pairing, joining the video
session (ICE candidates, a base64 JSON client header) and its stats, the in-situ audiogram, the
NAL-NL2 prescription, a feedback check (msgpack), her adjustments with a comment, SSQ-12,
tinnitus, a chat message, an own-voice recording with a speaker embedding, a firmware check, the
data log (gzip), find-my-aid (protobuf), an appointment, insurance and a claim, an order; pet
door: the household (address, position), claiming the hub and provisioning its Wi-Fi (SSID, BSSID,
password, nearby BSSIDs, the phone's LAN address), pairing the flap, the cat (photo, chip), curfews,
a neighbour's cat, the timeline, a member invited, an away reminder with a JSON-string ``meta``,
diagnostics, the vet, a LAN discovery, a voice-assistant link, a shop order; payday advance: SSN
and address, the ID check (licence both sides, a selfie), the aggregator (session, bank log-in, an
MFA code, the account ticked), the token exchanged, accounts and transactions (gzip), employment,
her position at work, a pay stub (PDF), eligibility, an advance (tip, express fee, debit card, ACH
authorisation with her IP), a debit card, a reschedule, a membership, hashed contacts, a referral,
a device-risk report (msgpack: Android ID, advertising ID, carrier, IP, SSID, installed apps),
support, history by her user ID in the path; hospice: the application (faith), the background
check (SSN, licence, prior addresses, a drawn signature, her IP), the health screening (a TB test
photo, vaccinations), a badge photo, references, an emergency contact, training, open shifts, a
claim, a check-in (her fix, the hospice's Wi-Fi), visit logs (a note, comfort needs in msgpack, a
chaplaincy request, an incident), mileage, a condolence card, availability, an hours export, a
message; climbing gym: the waiver (details, conditions, emergency contact, drawn signature, IP), a
card check and a check-in (her fix, the gym's Wi-Fi, a base64 JSON pass), the wrist band, a
session's heart-rate series (gzip) and summary (protobuf), the logbook, a beta video, body
measurements and an injury, a Health Connect sync (msgpack), a leaderboard handle, a partner,
a class, a guest pass, a locker code, a shop order, a feed post, visits by her card in the path;
per app push registration (model, OS, locale, time zone), an event log (gzip) and a
cookie-authenticated GET. SDKs: analytics batches (gzip; positions at 2 or 3 decimals; Berlin's
time zone and roaming network), identify (JSON traits), offline queues (JSON Lines),
a signed-out beacon (base64url JSON in the query); MMP installs and sessions (forms; Android ID,
referrer), events (a JSON string ``callback_params`` in a form, revenue, hashed e-mail and phone
in a JSON string ``partner_params``), deep links (a URL in a JSON field); OpenRTB 2.5 bids (GPS
geo at 3 decimals or IP geo; yob, gender, context keywords) and a win notice; crash envelopes
(JSON Lines under their own content type) and a session; flag evaluations (JSON; base64url JSON in
the query of a GET); push devices (tags, a position at 2 decimals); consent records (visitor
ID in the body, a plain cookie and a base64 JSON cookie) and a banner GET; card tokens, a
confirmation and a SEPA mandate (bracketed form keys); geocoding (text and ``proximity``),
reverse geocoding (``lat,lon`` in the path), routes and map telemetry (a gzip JSON array);
support messages (a user JWT in a JSON field) and attachments (multipart).

Negatives are implicit: request, trace, message, event, ride, flare, session, shift, visit,
advance, waiver, class, route, household, pet and conversation IDs, idempotency keys, nonces,
timestamps, versions, public SDK and API keys, OpenRTB auction, bid, tag, creative and publisher
IDs and a clearing price, image hashes, model versions and crops; a Berlin station's ID and
point, the parking zone and its centre, the scooter's and bike's IDs, QR codes,
serials, Bluetooth address and battery, minutes and kilometres, the employer's name, budget and
cost centre; the dermatology clinic's ID and phone, a provider ID, the insurer's name and group,
food IDs, reminder times, community post and comment IDs; the hearing aids' serials, Bluetooth
addresses, models, firmware and batteries, the audiologist's ID and practice, frequencies, a
relay candidate, RTT, jitter, bitrate, feedback-path estimates and margins, programme, volume,
bass and treble, environment shares, the RSSI; the cat's name, breed, birth date, sex, weight,
microchip, vet clinic and phone, medicine and condition, a neighbour's cat's chip, the hub's and
flap's serials, MACs, Bluetooth address, firmware, battery and LAN address, the router and a TV on
the LAN, curfew times; the bank's ID and name, balances, the employer's name, EIN, phone, title,
pay frequency and paydays, the warehouse's point and radius, a cursor, the ACH form version;
the hospice's ID, point and radius, the coordinator's ID and mailbox, patients' IDs and rooms,
shift and family IDs, minutes, activities, miles, availability, a quiz score, the FCRA form; the
gym's ID and point, the wrist band's serial, Bluetooth address, firmware and battery, route IDs,
SKUs, the locker number.

Encodings, in rough proportion to real traffic: JSON (110 plain, 18 gzip), form bodies (42), GETs
(32, 21 with query strings), multipart (13: JSON, JPEG, WAV, MP4 and PDF parts), msgpack (6), JSON
Lines (9: 7 crash envelopes under their own content type, 2 offline queues), schema-less protobuf
(3: a heartbeat with a nested fix ``3.1``/``3.2``, find-my-aid with a nested fix, a climbing
summary), headers (User-Agents, install IDs under app-specific names plain, upper case and without
dashes, English and German Accept-Language, opaque and JWT bearers, SDK device headers, a support
session, a base64 JSON client header), cookies (sessions, devices, a membership card, consent
visitor IDs plain and as base64 JSON), JWTs (bearers with user ID, e-mail, phone, name, ``kdnr``
and ``card`` claims; a user token in a JSON field), base64 JSON (a header, a JSON field, a
cookie), base64url JSON (two query parameters), JSON strings in a JSON field and in form fields,
URLs in JSON fields, values in URL paths (a ``lat,lon`` segment, her user ID, her card).
Profile transforms: the e-mail plain and SHA-256; the phone E.164, spaced (the profile's),
national, ``555-010-0199``, ``+1 (555) 010-0199`` and SHA-256; the install ID plain, upper case and
without dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs, msgpack,
protobuf, JSON Lines, query JSON and URL paths; the public IP (OpenRTB, an ICE candidate, the
session stats, an ACH authorisation, signature records, a risk report); the LAN address (a host
candidate, Wi-Fi provisioning, diagnostics, discovery); MCC/MNC as ``310260`` and the carrier, and
the Berlin network ``26203``/"Spreenetz"; the home SSID/BSSID; the birth date ISO and as
``17.05.1991``, a birth year; coordinates at 2 to 6 decimals as numbers, strings, query values, a
``lat,lon`` proximity and path segment, protobuf doubles, and her fixes away from the profile's
position (Berlin, a café, a block from home, her workplace, the hospice, the gym).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/emulator flags, network type, free memory, screen, battery,
the LAN address and User-Agents naming the model or OS ``device.info``; event and screen names,
session and launch counts, session lengths and seconds watched ``behavior.usage``; SDK install
and device IDs, the Android ID, push tokens, consent visitor IDs and the payment SDK's
fingerprint and machine ID ``id.device``; passwords, one-time, SMS and MFA codes, a join code, a
claim code, a Wi-Fi password, a locker code, a voice-assistant authorisation code, a bank log-in,
bearer and session tokens and cookies, a bank link's public token and a client secret
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists are labelled per
element and collapsed by ``eval_families21.listed_once``; series are labelled once at their path
(a heart-rate series, signature strokes, an audiogram ear, a prescription ear, a logbook,
transactions); MCC/MNC, carrier and SIM/network country ``location.carrier``; city, state, ZIP,
``plz``, ``ort``, ``land`` and a consent region ``location.coarse``; street lines (``strasse``,
``zusatz``) ``contact.address``; a plan, a price, an amount, a total, a tip, a fee, revenue,
contract and order numbers, a Play product, order and token ``financial.purchase``; card data,
IBAN, account and routing numbers, masks, last four digits, card tokens and payment-method IDs
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``;
a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments); text that states
a health fact, a sensitive trait, a payment detail or names a person carries that category too
(``content.text|...``); German keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- bike-share: ``vorname``/``nachname`` ``contact.name``, ``geburtsdatum`` (``17.05.1991`` and
  ISO) ``personal.birthdate``, ``telefonnummer`` ``contact.phone``, ``steuer_id``
  ``personal.national_id``; her Berlin flat is her address while there; the employer's
  ``personalnummer`` (her account there) ``id.user``, her work e-mail ``contact.email``, the
  employer's name, budget and cost centre unlabelled; the subscription's tariff, price and
  contract number ``financial.purchase``, the IBAN ``financial.payment``; the roaming network's
  MCC/MNC and name ``location.carrier`` beside the SIM's; her favourites (flat, office), ride,
  parking and damage-report fixes ``location.precise``; stations and vehicles negatives; a map
  search for a flea market ``behavior.search``;
- eczema diary: the Fitzpatrick skin type ``health.medical`` (a dermatological classification,
  not ethnicity); diagnosis, year, severity, comorbidities, family history, treatments, areas,
  itch, sleep loss, triggers, redness index, lesion area, EASI estimate, POEM answers and total, a
  reminder naming a cream, the insurance member ID, analytics properties, an identify trait and a
  push tag ``health.medical``; the flare photo, the insurance card and a support attachment
  ``content.media|health.medical``; notes, a post, a consult reason and a support message
  stating symptoms ``content.text|health.medical``; a search for a drug's side effect
  ``behavior.search|health.medical``; the photo's geotag at home ``location.precise``, the
  weather's position at 2 decimals ``location.coarse``; food items picked from a list
  unlabelled; her dermatologist typed by her ``contact.*``, the clinic negatives; the ad keywords
  ``skincare,eczema`` the app's context, unlabelled (set 49); sleep minutes and steps
  ``health.fitness``;
- hearing: the audiogram and the NAL-NL2 targets one ``health.medical`` label per ear (the
  prescription encodes her loss); SSQ-12, tinnitus, CPT codes (one label) and the member ID
  ``health.medical``; hearing loss is not also ``personal.sensitive`` (sets 24, 30); programme,
  volume, bass and treble unlabelled (settings), feedback-path estimates negatives (the aids'
  acoustics); a comment on how she hears and a chat message ``content.text|health.medical``; the
  own-voice recording ``content.media`` only, its 192-float embedding and mean f0
  ``biometric.voice``; the server-reflexive ICE candidate ``location.ip`` (one field, its LAN
  ``raddr`` inside), the host candidate ``device.info``, the relay a negative; the join code
  ``secret.credential``, ``Jane D.`` ``contact.name``; wear hours (one label) and programme
  switches ``behavior.usage``; the lost aid's last fix (protobuf) ``location.precise``; the
  claim's amount ``financial.purchase``, its receipt photo ``content.media``;
- pet door: the cat's data, its microchip included, are negatives (sets 24, 30; not set 11's
  ``id.hardware``), as are a neighbour's cat's chip and the hub's and flap's identifiers and LAN
  address (other devices); her SSID and BSSID ``location.wifi``, the nearby BSSIDs one label, the
  Wi-Fi password and the hub's claim code ``secret.credential``; the household's position at 3
  decimals (her home) and the away reminder's fix ``location.precise``; the cat's photo
  ``content.media``; door events and curfews unlabelled; the partner invited ``contact.*``;
  battery, charging and network in a JSON-string ``meta`` ``device.info``;
- payday advance: SSN and licence ``personal.national_id``, the licence's photos
  ``content.media|personal.national_id``, the selfie ``content.media`` only (no template sent);
  the bank log-in name is what logs in, so ``secret.credential`` with the password and the MFA
  code (set 37); transactions synced one ``financial.purchase`` label (payroll deposits inside),
  balances unlabelled; the employer's name, EIN, phone, title, pay frequency and paydays
  unlabelled (sets 13-37: no taxonomy type), her work e-mail ``contact.email``; her position at
  work ``location.precise``, the warehouse's geofence a negative; the pay stub ``content.media``;
  the advance, its tip and express fee and the membership ``financial.purchase`` (a transaction
  with the app), the debit card's token and last four ``financial.payment``; the ACH
  authorisation's IP ``location.ip``; hashed address-book numbers one ``content.contacts`` label;
  the risk report's installed apps one ``device.apps`` label, its SSID ``location.wifi``, its IP
  ``location.ip``; a support message naming the card's last four
  ``content.text|financial.payment``;
- hospice: her faith (for the spiritual-care team) ``personal.sensitive``; SSN and licence
  ``personal.national_id``, prior addresses one ``contact.address`` label, the convictions answer
  unlabelled (no taxonomy type), the drawn consent signature ``behavior.motion`` (sets 10-16),
  the signer's IP ``location.ip``; the TB test photo ``content.media|health.medical``, the TB
  result and date and vaccinations ``health.medical``; references and the emergency contact
  ``contact.*``; the badge photo ``content.media``, its printed name ``contact.name``, her
  volunteer number ``id.user``; the patients are third persons whose data the app sends: their
  IDs and rooms negatives, notes that name them and state their health
  ``content.text|health.medical|contact.name``, comfort needs and observed pain
  ``health.medical``, a chaplaincy request ``content.text|personal.sensitive|contact.name``, a
  condolence card ``content.text|contact.name``; her check-in fix ``location.precise`` and the
  hospice guest Wi-Fi she joins ``location.wifi`` (set 21), the hospice's point a negative;
  mileage from home ``location.precise``; volunteer minutes and availability unlabelled;
- climbing gym: the membership card ``id.user`` (body, query, JWT claim, cookie, path, a base64
  JSON pass) and the leaderboard handle ``id.user`` (also a deep link's ``ref``); pronouns
  ``personal.gender``; waiver conditions (one label) and an injury ``health.medical``, the
  signature's strokes ``behavior.motion``, its IP ``location.ip``; the heart-rate series, the
  logbook's ascents (each one label), the summary's duration, heart rates and calories, body
  measurements, resting heart rate and VO2max ``health.fitness``; a session's minutes and sends
  in analytics ``health.fitness`` (a workout's, not app usage); the check-in fix at 4 decimals
  ``location.precise``, the gym's Wi-Fi she joins ``location.wifi``, the gym's point a negative;
  the wrist band is an accessory (negatives); the beta video ``content.media``, its caption
  ``content.text``, a post naming her partner ``content.text|contact.name``; the partner and a
  guest ``contact.*``; the locker code ``secret.credential``;
- SDKs: Helpdunlin's user JWT lets its bearer act as the user in the widget
  ``secret.credential`` (claims labelled), its session header too; Okaybramble's visitor ID
  ``id.device`` (body, plain cookie, base64 JSON cookie, query), its country and region from the
  IP ``location.coarse``; Switchfjord's unit key the user ID signed in; Snagmoth's session ``did``
  the user ID; Tracebuoy's ``tb_uid`` and the Android ID ``id.device``, its
  ``external_device_id`` the user ID; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, the
  screen ``h``/``w`` ``device.info``, the IP geo's country, region, city and ZIP
  ``location.coarse``; Beaconkite's and Countwhelk's positions at 2 decimals ``location.coarse``,
  at 3 ``location.precise``; Chartgrebe's route waypoints and telemetry fixes labelled when they
  are hers (home, flat, office, the gym's front desk), the station and the hospice negatives; the
  Tillperch cardholder's name ``contact.name``, ZIP ``location.coarse``, the SEPA mandate's
  billing street ``contact.address``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_ride`` and
``_budget``; ``eval_families21.py``'s opening docstring, ``listed_once``, ``_list_of`` and
``LISTED_ONCE``; the whole of ``eval_families6_kit``, ``7``, ``10``, ``17``, ``20``, ``21``, ``22``
and ``24``; parts of ``8`` (``check_ci``, ``report``), ``13``-``16``, ``18``, ``19`` (their
constants and helpers) and constant lines of ``23`` and ``25``; the ``__all__`` lists of the kits of
sets 6-25 (through ``ast``); ``grep`` of earlier sets' docstrings for signatures, hearing,
microchips, employers, background checks, PLZ and heart rate; in passing, the opening of
``eval_families51_kit.py`` and ``pyproject.toml``'s ruff settings (not a rule file); ``grep -ril``
counts of candidate names over ``scripts/`` and ``captures/`` (first-choice vendor names were taken
by sets 42-48). No classifier, rule, test or decoder source was read; no classifier ran. Every
label's path was checked with a small decoder of the author's own outside the project; the paths
assume the decoder conventions sets 21-37 state (base64 JSON in a header continues at
``x-hearloom-client.iid``, in a JSON field at ``pass.card``, in a cookie at ``ob_prefs.v``;
base64url JSON in the query at ``d.a`` and ``u.key``; a JSON string in a JSON field at
``meta.battery`` and in a form field at ``callback_params.city`` and
``partner_params.sha256_email``; a URL in a JSON field per parameter (``deeplink.ref``); JWT claims
at ``.claims`` (``person.jwt.claims.user_id``); JSON Lines ``[i]``; a top-level JSON array
``[i].lat``; protobuf fields by number (``3.1``, ``6``); multipart parts at their names, a file part
one field; bracketed form keys as sent; URL path ``path[i]``, a segment such as
``52.54841,13.41307`` one field). ``main`` runs ``report``, whose path check uses the project's
decoder: it was run once, at the end, as the brief asks; ``DECODER_GAPS`` is empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families52_cat
import eval_families52_climb
import eval_families52_hear
import eval_families52_hospice
import eval_families52_pay
import eval_families52_rad
import eval_families52_skin
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Paths checked with the author's own decoder; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families52_rad.radflott(), *eval_families52_rad.radflott_sdks(),
            *eval_families52_skin.flarebook(), *eval_families52_skin.flarebook_sdks(),
            *eval_families52_hear.hearloom(), *eval_families52_hear.hearloom_sdks(),
            *eval_families52_cat.purrtal(), *eval_families52_cat.purrtal_sdks(),
            *eval_families52_pay.paydrift(), *eval_families52_pay.paydrift_sdks(),
            *eval_families52_hospice.vigilrota(), *eval_families52_hospice.vigilrota_sdks(),
            *eval_families52_climb.cruxhold(), *eval_families52_climb.cruxhold_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
