"""Fifty-first, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (162 first-party calls and 70 SDK calls, 232 exchanges, 1,634 labels over
1,613 labelled fields after ``listed_once``), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. Seven app kinds
new to the evaluation (fictional names, hosts under example.* per RFC 2606, no real company named
as sender), each with its own API and the SDKs it embeds: a pharmacy chain's app in Milan with
e-prescriptions ``eval_families51_farmacia.py`` ("Farmalba": its API's keys are Italian, ``nome``,
``cognome``, ``codice_fiscale``, ``telefono``, ``indirizzo``, ``cap``, ``data_di_nascita``; she
is on a long secondment there), an ADHD behaviour chart for parents ``_adhd.py`` ("Tokenleaf":
the user is the mother, her son Theo is charted), a smart door peephole camera with visitor face
recognition ``_peephole.py`` ("Peekwell"), a fertility clinic's egg-freezing portal ``_eggs.py``
("Cryobloom"), a church small-group app ``_church.py`` ("Fellowly": prayer requests, attendance,
kids' check-in, giving), a truck driver's hours-of-service logbook ``_hos.py`` ("Haulbook": duty
status, GPS breadcrumbs, CDL, DOT medical card) and a karaoke singing coach ``_karaoke.py``
("Belto": recordings, pitch contour and timbre). The SDKs are ten new vendors, built once and
called by every app with its own events and choices: ``_sdk.py`` (analytics "Tallysprout", MMP
"Installvane", OpenRTB 2.5 ads "Bidtern", crash reporting "Crashpetal") and ``_svc.py`` (flags
"Flagspire", push "Pushkettle", consent "Consentgrove", payments "Payquarry", maps "Mapthistle",
support chat "Askfinch"). ``eval_families51_kit.py`` holds the apps' places, people, equipment
and generators (its docstring lists them); the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are ``eval_families24_kit``'s,
the rest comes from ``eval_families6_kit.py`` to ``eval_families25_kit.py`` (``FRIEND`` from
``eval_families37_kit``).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, a one-time
MFA code, a magic link, a Google ID token, a driver log-in), ``/me``-style GETs with JWT bearers;
pharmacy: registration with the codice fiscale, her Milan address with the intercom name, her GP,
pharmacies near her fix, e-prescriptions (NRE) imported and a paper prescription's photo, a
pick-up order and its status by number in the path, a home delivery (msgpack) with rider notes, a
blood-pressure check, a flu-jab booking, the receipt sent for the tax deduction, the health
record's consent (a JSON string), a search, a cart, a question to the pharmacist, a colleague
allowed to collect (her codice fiscale), a reminder, the loyalty card; ADHD chart: the child's
profile (diagnosis, birth date), his medicine and a dose log with side effects, a week's chart, an
incident in msgpack, a Vanderbilt rating scale, the teacher and the co-parent invited, a photo of
the fridge chart, a therapy appointment, her journal, homework timers, the PDF report and every
child-scoped call by his ID in the path, a tips search, reminders; peephole: the home (address and
point), claiming the camera, its Wi-Fi (SSID, BSSID, password), settings, her face enrolled (photo
and float32 template), a friend's face (name, number, 128-float embedding), a neighbour named on a
visitor, live view ICE candidates, two-way talk audio, quick replies, access shared with her
partner, a porch-theft report, the arrival geofence, a protobuf local status (LAN address, SSID,
nested doubles), the event list; egg freezing: intake (pregnancy history, cycle, PCOS, family
history), the insurance card, outside labs (PDF and AMH/FSH/AFC), the stimulation cycle and
medicines, injections (msgpack) and a medicine-box photo, symptoms, her scan tracker (E2, lining,
follicle lists), a clinic check-in with her fix, a nurse message, the storage consent (typed name,
drawn signature, a disposition choice, a designee), the retrieval escort, a storage plan,
financing (SSN last four, address), a payment, a telehealth join token, specialty-pharmacy
delivery; church: registration (birthday without year), a magic link, the profile (address,
baptism, membership class) and photo, joining a group, a meeting hosted at home, attendance with a
first-time guest, a prayer request, praying for another's, a Sunday check-in with her daughter
(allergy, pick-up code), weekly giving, a giving statement by e-mail in the query, sermon notes, a
highlighted verse (msgpack), a volunteer background check, an RSVP, a group search near her, the
group chat; logbook: the profile (CDL, birth date), the DOT medical card (photo, number, expiry,
restriction), truck and trailer, the ELD paired (protobuf, a nested fix), duty-status changes
(JSON and a form) with location descriptions, a pre-trip inspection, breadcrumbs (msgpack and
gzip JSON Lines), a fuel purchase, a bill of lading photo, certification, a roadside transfer, a
message to dispatch, her logs by user ID in the query, the weather at 2 decimals, an emergency
contact; karaoke: the profile and avatar, a song search, the guide, headphone calibration, a
vocal-range test, a take (M4A), its analysis (pitch contour, MFCC means, a 128-float timbre
embedding; gzip), a live pitch stream (protobuf, packed float32), a voice-ID enrolment (192-float
speaker embedding), a coach question, a duet invitation, a comment, follows, a bar check-in,
warm-ups (msgpack), publishing; per app push registration (model, OS, locale), an event log
(gzip) and a cookie-authenticated GET; Play purchase checks in three apps. SDKs: analytics
batches (gzip; a position at 3 or 4 decimals in two, the public IP in one), identify (base64 JSON
in a form field), offline queues (JSON Lines), a signed-out beacon (base64url JSON in the query);
MMP installs and sessions (Android ID, referrer, session counts), events (a form whose
``event_values`` is a JSON string; hashed e-mail and phone) and a deep link (a URL in a JSON
field carrying her user ID and hashed e-mail); OpenRTB 2.5 bids (IP geo in New York and Milan with
a GDPR consent string, GPS geo at 3 decimals, yob, gender, keywords) and an impression beacon;
crash envelopes (JSON Lines), a native minidump upload (multipart) and a session; flag
evaluations (JSON; base64 JSON in a header of a GET); push players (tags, a position at 2
decimals) and an opened notification; consent records (a signed receipt cookie) and banner checks
(a base64 JSON cookie); card tokens, a confirmation and a SEPA mandate (bracketed form keys);
geocoding of her Milan address with a ``proximity``, reverse geocoding (``lat,lon`` in the path),
walking and truck routes, map telemetry (a gzip JSON array); support messages (an identity JWT in
a JSON field) and an attachment.

Negatives are implicit: request, trace, event, clip, take, visit, cycle, invoice, thread, meeting,
prayer, load, bill-of-lading and message IDs, idempotency keys, nonces, timestamps, versions,
public SDK keys, OpenRTB auction, bid, creative and publisher IDs, a TCF consent string and a
price; other users' IDs (group members, singers), shelf prices and the medicines' AIC codes, a
coupon; the pharmacy's ID, name, address, phone and point, the GP's regional code, the health
authority; the school's name, phone and point, the therapy practice and its phone, token goals
and rewards, homework timers; the camera's serial, MAC, model, firmware, battery and LAN address,
motion zones, a face box, a parcel's tracking number, an SDP line; the clinic's ID, name,
phone, address and point, storage straws and tank, a medicine lot, the outside lab's name, the
specialty pharmacy's name; the church's ID, name, address, phone and point, the service and room,
a Bible reference, RSVP counts, the dietary choice, marital status; the carrier's USDOT and MC
numbers and name, the truck's unit, VIN and plate, the trailer, the ELD's serial, Bluetooth
address and firmware, odometer and engine hours, CDL class, endorsements and expiry, the medical
examiner's registry number, the travel plaza's ID and point, gallons, the officer's code; the
song's ID, title, key and guide melody (MIDI notes), headphone latency, noise floor and gain, the
vocal range and voice type, score, accuracy, timing and vibrato, the bar's ID and point.

Encodings, in rough proportion to real traffic: JSON (112 plain, 18 gzip), form bodies (37), GETs
(34, 17 with query strings), multipart (14: JSON, JPEG, PDF, M4A and minidump parts, text parts),
msgpack (6), JSON Lines (8: 5 crash envelopes under their own content type, 2 offline queues, a
gzip breadcrumb batch), schema-less protobuf (3: the camera's status with a nested fix ``6.1``/
``6.2``, the ELD pairing with a nested fix ``4.1``/``4.2``, a live pitch stream with packed floats
as one bytes field ``4``), headers (User-Agents, install IDs under app-specific names plain, upper
case and without dashes, Italian and English Accept-Language, opaque and JWT bearers, SDK device
and session headers, base64 JSON flag context), cookies (sessions, a child's ID, a patient number,
a driver's ID, a JWT receipt, a base64 JSON cookie), JWTs (bearers with user ID, e-mail, name,
``cf``, ``kids``, ``mrn``, ``handle`` claims; a Google ID token in a form field; an identity token
in a JSON field; a receipt that is no credential), base64 JSON (a form field, a header, a cookie),
base64url JSON (a query parameter), JSON strings in JSON and form fields, a URL in a JSON field,
values in URL paths. Profile transforms: the e-mail plain, mixed case and SHA-256 (plain and in a
deep link); the phone E.164, spaced (the profile's), national and SHA-256; the install ID plain,
upper case and without dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs,
cookies, the query, msgpack, protobuf and JSON Lines; the public IP (OpenRTB, an analytics
context, an ICE candidate); the LAN address (a host candidate, the camera claim, protobuf); MCC/MNC
as ``310260`` and the carrier; the home SSID/BSSID; the birth date ISO, as ``17/05/1991``, as
``05-17`` and a birth year; coordinates at 2 to 6 decimals as numbers, strings, query values, a
``lat,lon`` proximity, search bias and path segment, protobuf doubles, and her fixes away from the
profile's position (Milan, outside the pharmacy, the clinic, the church, the yard, the interstate,
the travel plaza, the dock, the bar).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, free memory, battery and charging, the LAN
address and User-Agents naming the model or OS ``device.info``; event and screen names, session
counts and lengths, practice minutes and an opened notification ``behavior.usage``; SDK install,
player, visitor and device IDs, the Android ID, push tokens and the payment SDK's device
fingerprint ``id.device``; passwords, one-time and MFA codes, a magic-link token, a camera claim
code, a Wi-Fi password, a pick-up code, a telehealth join token, bearer and session tokens and
cookies, a client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar
lists are labelled per element and collapsed by ``eval_families21.listed_once``; series are
labelled once at their path (a week's chart, follicle lists, rating items, a signature trace, the
pitch contour, templates and embeddings); MCC/MNC and carrier ``location.carrier``; city, state,
ZIP, ``cap``, ``citta``, ``provincia``, a region code, a market and a licence's state
``location.coarse``; street lines (``indirizzo``, ``interno``, ``line1``/``line2``)
``contact.address``; a plan, an amount, a total, a tip, a copay, revenue, order and receipt
numbers, a Play product, order and token ``financial.purchase``; card data, an IBAN, payment-method
IDs and a card's last four ``financial.payment``; another person's name, phone and e-mail typed by
the user ``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty
segments); text that states a health fact, a sensitive trait or names a labelled person carries
that category too (``content.text|...``); Italian keys are labelled as their English equivalents
would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- pharmacy: the codice fiscale (body, JWT claim ``cf``, a JSON string, the tax-deduction form)
  ``personal.national_id``, also the colleague's she types to let her collect, with her name
  ``contact.name``; NRE prescription numbers ``health.medical`` (they open her prescriptions at any
  pharmacy), the medicines, doses, the flu jab, systolic and diastolic pressure ``health.medical``,
  the pulse ``health.fitness``; the paper prescription's photo ``content.media|health.medical``; the
  intercom name ``citofono: Doe`` ``contact.name``; the rider note naming her staircase and floor
  ``content.text|contact.address``; her GP's name (chosen by her) ``contact.name``, the GP's
  regional code a negative; ``sesso: F`` ``personal.gender``; the loyalty card ``id.user``; the
  pickup order number and the receipt number ``financial.purchase``, the rider tip too; the cart's
  prices and AIC codes negatives (not a purchase yet); her Milan flat is her address while there;
  the IBAN of the SEPA mandate ``financial.payment``; the geocoded typed address
  ``contact.address``; the bid's Italian IP geo ``location.coarse`` and its TCF string a negative;
- ADHD chart: the son is a data subject (sets 29, 35, 37): his first name ``contact.name``, birth
  date and age (push tag) ``personal.birthdate``, ``sex: boy`` ``personal.gender``, grade
  unlabelled; his profile ID ``kid_51e8a07c`` ``id.user`` (body, URL path, JWT ``kids``,
  cookie); the diagnosis and its date, his medicine, doses and side effects, the week's chart
  entries (one label), the incident's kind, length and trigger, the rating scale's items and
  counts and the appointment's reason ``health.medical`` (behaviour tracking of a diagnosed
  condition, shared with his therapist); the incident note ``content.text|health.medical``, her
  journal naming him ``content.text|health.medical|contact.name``, a support message naming him
  ``content.text|contact.name``; the prescriber, teacher and co-parent she types ``contact.*``;
  the bid's ``user.keywords`` naming ADHD ``health.medical`` (the app hands an interest in ADHD to
  the ad market); tokens, rewards and homework timers unlabelled; ``rater: mother`` unlabelled;
- peephole: her enrolled face's float32 template and the friend's 128-float embedding
  ``biometric.face`` (a faceprint of someone else is still a faceprint), her enrolment photo
  ``content.media`` only; the friend's name and number and the neighbour named on a visitor
  ``contact.*``; the home SSID and BSSID sent to provision the camera ``location.wifi``, its
  password ``secret.credential``; the camera's claim code ``secret.credential``; the phone's LAN
  address ``device.info``, the camera's LAN address, MAC and serial negatives (another device);
  the srflx ICE candidate ``location.ip`` (it also carries the LAN address, one label), the host
  candidate ``device.info``; two-way talk audio ``content.media``; the home's point, the theft
  report's point and the geofence's centre (4 decimals) and last fix ``location.precise``;
- egg freezing: gravida, para and miscarriages ``health.medical|personal.sensitive`` (pregnancy is
  listed under ``personal.sensitive``); cycle, LMP, PCOS, contraception, smoking, family history,
  AMH, FSH, AFC, E2, lining and follicle lists, protocol, medicines, doses, injection sites and the
  cycle day, symptoms, the payment's description and the disposition choice ``health.medical``;
  height and weight ``health.fitness``; the patient number ``CBF-0047219`` ``id.user`` (JWT
  ``mrn``, cookie: how the portal names her), the insurance member ID ``health.medical``, the card
  and the lab PDF ``content.media|health.medical``; the drawn signature's touch trace
  ``behavior.motion`` (a trajectory; the typed name ``contact.name``); the designee and escort
  ``contact.*``; the SSN's last four ``personal.national_id``; financing income unlabelled;
  ``sexAtBirth`` ``personal.gender``; the telehealth join token ``secret.credential``; the
  clinic's point a negative, her check-in fix ``location.precise``;
- church: baptism, its date and the membership class ``personal.sensitive`` (religion); the
  meeting's title naming a Bible study, sermon notes, a verse note and the prayer request
  ``content.text|personal.sensitive`` (the request naming her mother's biopsy adds
  ``health.medical``); other texts (a join note, meeting notes, the chat) ``content.text`` only;
  attendance of other members unlabelled (their IDs), the first-time guest she records
  ``contact.*``; the daughter's name, birth date and peanut allergy ``contact.name``,
  ``personal.birthdate``, ``health.medical``, the pick-up code ``secret.credential``; giving
  amounts ``financial.purchase`` (also in analytics), the fund unlabelled (the church's own fund,
  not a payee revealing religion as in set 37's budget app); ``birthday: 05-17``
  ``personal.birthdate``; the volunteer check's SSN last four ``personal.national_id``; the
  group search text ``behavior.search`` with its ``near`` at 3 decimals ``location.precise``;
  marital status unlabelled (no taxonomy type);
- logbook: the log-in name ``jdoe.bwf`` ``id.user`` (this app's own account, unlike set 37's bank
  log-in); the CDL number ``personal.national_id``, its state ``location.coarse``; the DOT medical
  card's number, expiry and restriction ``health.medical`` and its photo
  ``content.media|health.medical``; every fix (yard, breadcrumbs, break, pump, dock, SDK
  positions) ``location.precise``, the ELD-required location descriptions ("2 mi W of
  Bloomsbury, NJ") ``location.coarse``, the weather query at 2 decimals ``location.coarse``;
  duty statuses, the 70-hour cycle and the home terminal unlabelled (no taxonomy type; the
  employer's); annotations, the inspection defect note, the roadside comment and the dispatch
  message ``content.text``; the typed and certified signature name ``contact.name``; the fuel
  amount ``financial.purchase``, the fuel card's last four ``financial.payment``; the truck,
  trailer, ELD and carrier identifiers negatives (the employer's equipment, not the phone); the
  bill of lading's photo ``content.media``;
- karaoke: the take's recording and the avatar ``content.media``; her sung pitch contour (f0 per
  20 ms), the take's MFCC means and timbre embedding, the live stream's packed pitch floats and
  the voice-ID enrolment's 192-float embedding ``biometric.voice`` (features of her voice sent
  with her ID; the contour is taken as a voice feature, not as a score); the song's guide melody,
  score, accuracy, timing, vibrato rate, the range test's notes and the voice type unlabelled
  (summaries and the song's own data); the handle ``id.user`` (signup, JWT, identify), the Google
  ID token ``secret.credential`` with its ``sub`` ``id.user``; the display name ``Jane D.``
  ``contact.name``; the duet invitee ``contact.*``; the bar's point a negative, her check-in fix
  ``location.precise``; practice minutes ``behavior.usage``;
- SDKs: Askfinch's identity token lets its bearer act as the user in the widget
  ``secret.credential`` (claims labelled); Consentgrove's receipt cookie is a signed JWT that opens
  nothing (claims labelled, the token not), its visitor ID ``id.device``, its country and region
  from the IP ``location.coarse``; Flagspire's user key the user ID signed in; Crashpetal's session
  ``did`` the user ID and its minidump's ``guid`` the SDK's device ID; Installvane's ``iv_uid`` and
  the Android ID ``id.device``, the deep link's ``uid`` and ``em`` (a hashed e-mail) labelled per
  parameter; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, its geo country, region, city
  and ZIP ``location.coarse``; Pushkettle's position at 2 decimals ``location.coarse``; routes
  label her home, yard and dock ``location.precise`` and leave the clinic and travel plaza
  unlabelled; the Payquarry cardholder's name ``contact.name`` and postal code ``location.coarse``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep``, ``_chat``
and ``_ride``; the whole of ``eval_families6_kit.py``, ``_7_kit``, ``_17_kit``, ``_18_kit``,
``_20_kit``, ``_21_kit``, ``_22_kit`` and ``_24_kit``; parts of ``eval_families8_kit.py``
(``device_*``, ``fixes``, ``check_ci``, ``report``), ``_10_kit``, ``_13_kit``, ``_14_kit``,
``_15_kit``, ``_16_kit``, ``_19_kit``, ``_23_kit`` and ``_25_kit`` (constants, helpers and
``__all__``), ``grep`` lists of the constants of ``_9_kit`` and ``_11_kit``;
``eval_families21.py``'s docstring opening, ``listed_once`` and ``LISTED_ONCE``; ``ls`` of
``scripts/`` (file names only: sets 26-31 have modules named for karaoke, doorbell, church,
driver, pharmacy and fertility apps, which were not opened); ``grep -ril`` counts of candidate
names over ``scripts/`` and ``captures/``; the file names (only) in the lead's scratch
directory. No classifier, rule, test or README table was read or run. Every label's path was
checked with a small decoder of the author's own outside the project (232 exchanges, 0 paths
missing); the paths assume the decoder conventions sets 21-37 state
(base64 JSON in a form field continues at ``data.traits.email``, in a header at
``x-flagspire-user.key``, in a cookie at ``cg_state.vid``; base64url JSON in the query at
``d.a``; a JSON string in a JSON or form field at ``payload.cf`` and ``event_values.revenue``; a
URL in a JSON field per parameter (``deeplink.uid``); JWT claims at ``.claims``
(``person.user_jwt.claims.user_id``, ``id_token.claims.sub``, ``cg_receipt.claims.sub``); JSON
Lines ``[i]``; a top-level JSON array ``[i].lat``; protobuf fields by number (``6.1``, ``4.2``,
``4``); multipart parts at their names, a file part one field; bracketed form keys as sent; URL
path ``path[i]``, a segment such as ``40.74183,-73.98931`` one field). At the brief's request the
author ran ``main()`` at the end (three times, around edits of this docstring); ``report``
runs the project's path check (``check_ci``, which calls the decoders) and prints counts: 232
exchanges, 1,634 labels, no labelled path reported missing; no label was changed after it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families51_adhd
import eval_families51_church
import eval_families51_eggs
import eval_families51_farmacia
import eval_families51_hos
import eval_families51_karaoke
import eval_families51_peephole
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked only against the author's own decoder outside the project; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families51_farmacia.farmalba(), *eval_families51_farmacia.farmalba_sdks(),
            *eval_families51_adhd.tokenleaf(), *eval_families51_adhd.tokenleaf_sdks(),
            *eval_families51_peephole.peekwell(), *eval_families51_peephole.peekwell_sdks(),
            *eval_families51_eggs.cryobloom(), *eval_families51_eggs.cryobloom_sdks(),
            *eval_families51_church.fellowly(), *eval_families51_church.fellowly_sdks(),
            *eval_families51_hos.haulbook(), *eval_families51_hos.haulbook_sdks(),
            *eval_families51_karaoke.belto(), *eval_families51_karaoke.belto_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
