"""Hundred-and-third, BLIND labelled set for the classifier evaluation: written without reading
the classifier code, its rules, the tests or the README's evaluation tables, and never run through
a classifier by its author (the decoders only once, through ``main``'s ``report``, at the end); it
is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (161 first-party calls and 70 SDK calls, 231 exchanges, 1,647 labelled fields
after ``listed_once``, 1,681 labels as ``report`` counts them, one per category), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She is on a four-month posting in Sofia with her son (a long-stay permit gave
her a foreigner's personal number, which Bulgarian forms take in the ``egn`` field); her phone
keeps its US SIM. Seven app kinds, each with its own API and the SDKs it embeds (fictional names,
hosts under example.* per RFC 2606, no real company named as sender): a Sofia public-transport
fine-payment app ``eval_families103_globa.py`` ("Globoza": its API's keys are Bulgarian in Latin
letters: ``ime``, ``familiya``, ``telefon``, ``adres``, ``grad``, ``egn``, ``data_na_razhdane``,
``parola``, ``sapruzhnik``), a psoriasis treatment diary ``_plaque.py`` ("Plaquelog": set up at
home in New York, the profile's position; topical creams, weekly methotrexate and its bloods,
triggers, a psoriatic-arthritis screening: not set 54's biologic tracker nor set 90's phototherapy
tracker), a rose-oil distillery tour booking app ``_rose.py`` ("Petalstill", Kazanlak), a nightclub
VIP-table reservation app ``_vip.py`` ("Tablenoir"), a mountain-hut booking app ``_huts.py``
("Hizhanet": Rila huts with a rescue-service trek plan and the hut's Wi-Fi; set 83 had Albanian
huts with a cross-border permit and an SOS beacon), a pharmacy prescription-reservation app
``_rx.py`` ("Rezervika": a national e-prescription reserved at one pharmacy and released by an SMS
code; set 76 had a click-and-collect pharmacy with refills) and a chess-school app for her son
``_chess.py`` ("Gambitka": an in-person Sofia academy, no ads, a door check-in, pickups and a
tournament; set 81 had an online children's school with COPPA ads). The SDKs are ten new vendors,
built once and called by every app with its own events and choices: ``_sdk.py`` (analytics
"Gaugefern", MMP "Attrisedge", OpenRTB 2.5 ads "Auctiwren", crash reporting "Faultquince") and
``_svc.py`` (flags "Switchthistle", push "Pushmallow", consent "Permithazel", payments
"Tillbeacon", maps "Chartmoss", support chat "Helprowan"). ``eval_families103_kit.py`` holds the
places, people, documents, codes and generators (its docstring lists them); ``head``, ``claims``,
``rid`` and ``sdk_id`` are ``eval_families24_kit``'s, the rest comes from ``eval_families17_kit``
to ``eval_families24_kit``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and OTP
codes), ``/me``-style GETs with JWT bearers (``egn``, ``pn``, ``tel``, ``phone``, ``age``,
``children`` claims); fines: registration with her personal number, fines looked up by it, a
penalty notice by number in the path and paid, a photo of the paper notice, an objection with a
photo of her card, her transit card linked, topped up, its trips, a validation on the tram
(msgpack, her fix), her husband added and his fines checked, an employer's invoice, an address
change, ticket machines near her, a device check with the flat's Wi-Fi and LAN address; psoriasis:
the diagnosis at sign-up, daily entries, a body map (msgpack), photos, treatments and doses,
triggers, a PEST screening, methotrexate bloods, the UV index and clinics near her New York home,
her dermatologist, a report shared, a video visit, a community search and post, a reminder, a
Health Connect sync, a Play subscription; rose tours: a search, a booking for three (her son, a
friend), his allergy note, payment, the ticket, a transfer from her flat, a check-in in the rose
field, gallery and review photos, a shop order shipped to a friend with a gift message, tracking,
a workshop; nightclub: an SMS log-in, a profile with an avatar and an Instagram handle, venues
near her, a table with a minimum spend and a note, guests from her address book, a deposit,
bottles, an ID check (passport and selfie), a split with friends, arrival at the door (protobuf),
the pass, a tab (msgpack) closed with a tip, a lost item, a song request, a ride home; huts: a
search, a booking for three with a coeliac guest, a deposit, a trek plan (emergency contact, a
medical note), check-ins (protobuf, a nested fix), a GPX track (multipart), a live track (gzip),
the hut's Wi-Fi voucher, weather alerts, an SOS test, a booklet stamp, a review with a photo, a
companion saved, a receipt; pharmacy: her e-prescription by number and personal number (query,
path), pharmacies near her, a medicine search, a stock check, the reservation, its pickup with an
SMS code, her husband authorised to collect, a paper prescription photo, a pharmacist chat with a
photo, a reminder, her health profile, an OTC order delivered to her flat and paid, the loyalty
card; chess: the parent, the student (FIDE ID), his medical note, enrolment and tuition, pickups
(the nanny, his father), attendance at the door (msgpack), progress by his ID in the path, a live
game (protobuf), a PGN naming him, a tournament entry with his personal number, a photo, a message
to the coach, homework and video minutes, the schedule by his ID in the query, a carpool offer;
per app push registration (model, OS, locale, zone), an event log (gzip) and a cookie GET.
SDKs: analytics batches (gzip; a position at 2 or 3 decimals, the home Wi-Fi once, the public IP
once, the advertising ID twice), identify (base64 JSON in a form field), offline queues (JSON
Lines), a signed-out beacon (base64url JSON in the query); MMP installs and sessions (forms: the
Android ID on installs, MCC and MNC), events (a JSON string ``partner_params``; hashed e-mail and
phone) and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 and 4 decimals or
IP geo; yob, gender, keywords naming psoriasis) and an impression beacon; crash reports (gzip
JSON) and log drains (JSON Lines); flag evaluations (JSON; base64 JSON in a header of a GET); push
subscriptions (a position at 2 decimals, tags) and an open receipt; consent records (the visitor
ID in a cookie) and a banner check (a base64 JSON cookie); card tokens and payment confirmations
(a client secret); reverse geocoding (``lat,lon`` in the path), a place search with a ``near``
point, routes and map telemetry (a gzip JSON array); support messages (a JWT bearer) and
attachments.

Negatives are implicit: request, trace, entry, tab, trek-plan, thread, game, cart, payment and
notification IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, a TCF string,
OpenRTB auction, bid, creative and publisher IDs and a clearing price; the inspector's badge, the
tram's vehicle, line, stop and validator, the stop's point, her employer's name, company ID,
address and phone; the New York clinic's ID, name, phone and point, a Sofia lab and its phone,
treatment IDs, the diary's metadata (a body map's view, a photo's lighting, a questionnaire's
version); the distillery's
ID, name and point (3 decimals in a hotel query), a hotel's name, product SKUs and unit prices;
the club's ID, name, address, phone and point, a promoter's code, bottle SKUs, the table, the
server, the party's gender ratio; the huts' IDs, names and points, the trailhead's point, the
rental car's plate, an offline map's bounding box, altitude, distance and ascent; the pharmacy's
ID and another's, product IDs; the academy's ID and point, the coach,
the group, a QR code, the tournament's ID, rating, grade, moves and clocks.

Encodings, in rough proportion to real traffic: JSON (96 plain, 23 gzip), form bodies (39), GETs
(48, 28 with query strings), multipart (13: JSON, JPEG and GPX parts), msgpack (5), JSON Lines (4:
two offline queues, two log drains), schema-less protobuf (3: a nested fix ``3.1``/``3.2`` with a
battery level, a door arrival with a nested fix ``2.1``/``2.2`` and a float accuracy, a live game
with a nested device ``5.1``/``5.2``), headers (User-Agents, install IDs under app-specific names
plain, upper case and without dashes, Bulgarian and English Accept-Language, opaque and JWT
bearers, SDK device headers, a support session, base64 JSON flag context), cookies (sessions,
devices, a language, a child's student ID, a visitor ID, a base64 JSON cookie), JWTs (bearers;
the support widget's identity bearer), base64 JSON (a form field, a header, a cookie), base64url
JSON (a query parameter), JSON strings in JSON fields, a URL in a JSON field, values in URL
paths (the notice, the transit card, bookings, reservations, an order, the e-prescription, the
son's ID, a ``lat,lon`` segment). Profile transforms: the e-mail plain, mixed case, upper case
and SHA-256; the phone E.164, spaced (the profile's), national, ``+1 (555) 010-0199``,
``15550100199``, ``0015550100199`` (as typed in Bulgaria) and SHA-256; the install ID plain,
upper case and without dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs,
JSON Lines, a header's base64 JSON and protobuf; the public IP (OpenRTB, one analytics context);
the LAN address (a device check); MCC and MNC apart, as ``310-260``, and the carrier; the home
SSID/BSSID (an analytics context in New York); the birth date ISO and as ``17.05.1991``, a birth
year, her age; coordinates at 2 to 6 decimals as numbers, strings, query values, a ``lat,lon``
``near`` value and path segment, protobuf doubles, and her fixes away from the profile's position
(her Sofia flat, the tram, the rose field, the club's door, the trail, a hut, the academy).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/VPN flags, network type, memory and storage, orientation,
device type, the LAN address and User-Agents naming the model or OS ``device.info``; event and
screen names, session counts and lengths, time spent and minutes watched ``behavior.usage``; SDK
install and device IDs, the Android ID, push tokens, consent visitor IDs and the payment SDK's
fingerprint ``id.device``; passwords, SMS and OTP codes, bearer and session tokens and cookies, a
client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists are
labelled per element and collapsed by ``eval_families21.listed_once``; series are labelled once at
their path (a body map's regions, a GPX file); MCC/MNC and carrier ``location.carrier``; city,
district, region, ZIP, country ``location.coarse``; street lines ``contact.address``; amounts,
totals, fares, deposits, tips, tuition, fees, revenue, order, booking and reservation numbers, a
Play product, order and price ``financial.purchase``; card data, last four digits and card
tokens ``financial.payment``; another person's name, phone and e-mail typed by the user
``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments);
text that states a health fact, a sensitive trait or quotes a labelled value carries that category
too (``content.text|...``); Bulgarian keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- the foreigner's personal number (LNCh) is a government identity number
  ``personal.national_id`` wherever sent (``egn``, ``personalNumber``, a JWT claim, a query), her
  husband's and her son's too; citizenship, nationality and a federation (``USA``) unlabelled (no
  taxonomy type; not ethnic origin);
- fines: the penalty notice's number (body, path, an event, a support text) ``financial.purchase``
  (it is what she pays, like an order number), the fine and the 30-day pass ``financial.purchase``;
  the photo of the paper notice (her name and number on it) ``content.media|personal.national_id``;
  her personalised transit card ``id.user`` (body, path); her fix at the validator
  ``location.precise``, the stop, line, vehicle and inspector negatives; the spouse's names,
  number, e-mail and personal number (``sapruzhnik``) ``contact.*``/``personal.national_id``;
  ``mol`` (her name as the invoice's responsible person) ``contact.name``; the employer's data
  negatives; ``rayon`` and ``oblast`` ``location.coarse``;
- psoriasis: the diagnosis, its year, suspected arthritis, family history, itch, pain, scaling,
  sleep lost, BSA, areas, the body map (one label), treatments and doses, triggers (stress,
  alcohol, illness), PEST answers and score, swollen joints, stiffness, the bloods and their panel
  name, a visit's reason ``health.medical``; steps, sleep minutes and weight ``health.fitness``;
  photos of plaques ``content.media|health.medical``; a community search
  ``behavior.search|health.medical``; a post, a note, a reminder label and a support message
  ``content.text|health.medical``; the dermatologist (typed by her) ``contact.*``; ad keywords
  naming psoriasis ``health.medical`` (one label on the list); the clinic search's
  ``specialty: dermatology`` unlabelled (a filter); the UV query at 2 decimals ``location.coarse``,
  clinics near home at 5 ``location.precise``; a subscription plan ``financial.purchase``;
- rose tours: the guests' names (her son, her friend) ``contact.name``, his age
  ``personal.birthdate``; his allergy note ``content.text|health.medical|contact.name``; her own
  skin note ``content.text|health.medical``; the gift's recipient: name, phone and street
  ``contact.*``, her city, state, ZIP and country ``location.coarse`` (another person's address
  typed by the user); the gift message ``content.text|contact.name``; a display name ``Jane D.``
  ``contact.name``; a tour's guide language and a receipt's language unlabelled (service choices),
  a newsletter's and an app's UI language ``device.info``;
- nightclub: the Instagram handle ``id.user`` (a user name); guests picked from her address book
  ``content.contacts`` (one label per name and number), the same friends' numbers in a payment
  split ``contact.phone`` (a number she sends a request to, as set 37's referred friend); the
  note that a guest uses a wheelchair ``content.text|personal.sensitive`` (disability); the
  passport scan ``content.media|personal.national_id``, its number ``personal.national_id``, the
  selfie and the avatar ``content.media`` only (no template sent); her age in a JWT and traits
  ``personal.birthdate``; a song request and a lost-item description ``content.text``;
- huts: the booklet number ``id.user``; the hut's Wi-Fi she joins ``location.wifi`` (the network
  the phone is on, as set 21's office Wi-Fi) and its voucher ``secret.credential``; the GPX file
  one ``location.precise`` label; the trek plan's route names, start time and trailhead unlabelled
  (a plan, not a fix), the track's distance and ascent unlabelled (a route's summary, as set 37's
  ride distance); the coeliac and asthma notes ``content.text|health.medical`` (with
  ``contact.name`` where Nico is named); companions' birth years ``personal.birthdate``;
- pharmacy: the e-prescription number (query, path, body) ``health.medical`` (it opens her
  prescribed medicines); NHIF insurance (``nhifInsured``, a flag's ``nhif``) ``health.medical``
  (as set 37's insurance member ID); ``pregnant: false`` ``personal.sensitive`` (pregnancy);
  weight ``health.fitness``; the pickup code ``secret.credential`` (it releases the medicines to
  whoever holds it), the reservation number ``financial.purchase``; the medicine names
  ``health.medical``, product IDs negatives; the medicine box and paper prescription photos
  ``content.media|health.medical``; the husband authorised to collect ``contact.*`` and
  ``personal.national_id``;
- chess: the child is a data subject (sets 29-37): his names ``contact.name``, birth date and age
  (body, analytics, flags) ``personal.birthdate``, ``gender: male`` ``personal.gender``, his
  student ID ``id.user`` (body, path, query, JWT ``children``, cookie, protobuf, crash metadata),
  his FIDE ID ``id.user`` (a register's ID of a person), his personal number
  ``personal.national_id``; allergies and asthma ``health.medical``; the PGN naming him, captions
  and messages naming him ``content.text|contact.name``; ``relation: mother``
  ``personal.gender`` (as set 37's ``civilite``), the pickups' relations unlabelled; the nanny
  and his father ``contact.*``; rating, grade, group, moves and clocks unlabelled; her fix at the
  door ``location.precise``, the academy's point a negative;
- SDKs: Helprowan's widget bearer is a JWT the app's server signed: ``secret.credential``, claims
  labelled; Permithazel's TCF string unlabelled (the choices, encoded), its visitor ID
  ``id.device``, its country from the IP ``location.coarse``; Switchthistle's user key the user ID
  signed in; Attrisedge's ``as_uid`` and the Android ID ``id.device``, ``mcc``/``mnc``
  ``location.carrier``, ``os_name`` ``device.info``; OpenRTB ``user.id`` the SDK's buyer ID
  ``id.device``, its geo country, region and city ``location.coarse``, ``mccmnc``
  ``location.carrier``; analytics' ``wifi`` flag (network type) ``device.info``; Pushmallow's
  ``lastLocation`` at 2 decimals ``location.coarse``; Chartmoss's route origin (her flat)
  ``location.precise``, destinations (a distillery, a pharmacy) negatives; a Faultquince
  breadcrumb's queued check-in fix ``location.precise``; Tillbeacon's billing country
  ``location.coarse``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep``, ``_code``
and ``_marche``; ``eval_families21.py``'s ``LISTED_ONCE``, ``_list_of``, ``listed_once`` and
``build`` (through ``grep``); through ``inspect``, the docstrings, ``__all__`` lists and
signatures of ``eval_families6_kit``, ``16``-``25`` (not 12, which does not exist), the constants
of kits 18 and 19, and the sources of ``head``, ``claims``, ``rid``, ``sdk_id``, ``App``, ``ev``,
``pos``, ``latlng``, ``opaque``, ``play_token``, ``multipart``, ``pb``, ``raw``, ``enc``, ``add``,
``tok``, ``sjwt``, ``jsonl``, ``lines``, ``sdk_uuid``, ``at_path``, ``sdk_uid``, ``push_token``,
``srflx`` and ``report`` (which calls ``check_ci``, not read), and part of ``eval_families6_kit``'s
``encode`` (a ``grep``); ``grep -o`` excerpts of the docstrings of sets 23, 28, 33, 53, 54, 76,
81, 83 and 90 and one line of ``eval_families76_kit.py`` (to check the app kinds are new);
``grep -ril`` counts of the new names over ``scripts/`` and ``captures/``; the list of file names in
``scripts/``. No classifier, rule, test, decoder or README section was read; no classifier was
run. Every label's path was checked with a small decoder of the author's own outside the project
(gzip, JSON, forms, msgpack, JSON Lines, schema-less protobuf, multipart, JWTs, base64 and
base64url JSON, JSON strings, URLs with queries, cookies, URL path segments); the paths assume the
decoder conventions sets 21-37 state (base64 JSON in a form field continues at
``data.traits.city``, in a header at ``x-switchthistle-user.key``, in a cookie at ``ph_state.vid``;
base64url JSON in the query at ``d.e``; a JSON string in a JSON field at
``partner_params.order``; a URL in a JSON field per parameter (``deeplink.booking``); JWT claims
at ``.claims`` (``authorization.claims.egn``); JSON Lines ``[i]``; a top-level JSON array
``[i].lat``; protobuf fields by number (``3.1``, ``2.2``, ``5.1``); multipart parts at their
names, a file part one field; URL path ``path[i]``, a segment such as ``42.69371,23.33846`` one
field). ``main`` (whose ``report`` runs the project's decoder path check) was run once, at the
end: it reported one labelled path the decoders do not produce, the GPX file part ``gpx`` of the
huts' track upload (the decoders apparently read into the XML); the label stays where an auditor
puts it (a file part is one field) and ``DECODER_GAPS`` states it. ``main`` was not run again
after that line was added.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families103_chess
import eval_families103_globa
import eval_families103_huts
import eval_families103_plaque
import eval_families103_rose
import eval_families103_rx
import eval_families103_vip
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# What the one run of ``main`` reported (family, "part:path"): the GPX file part, read as XML.
DECODER_GAPS: set[tuple[str, str]] = {("hizhanet", "body:gpx")}


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families103_globa.globoza(), *eval_families103_globa.globoza_sdks(),
            *eval_families103_plaque.plaquelog(), *eval_families103_plaque.plaquelog_sdks(),
            *eval_families103_rose.petalstill(), *eval_families103_rose.petalstill_sdks(),
            *eval_families103_vip.tablenoir(), *eval_families103_vip.tablenoir_sdks(),
            *eval_families103_huts.hizhanet(), *eval_families103_huts.hizhanet_sdks(),
            *eval_families103_rx.rezervika(), *eval_families103_rx.rezervika_sdks(),
            *eval_families103_chess.gambitka(), *eval_families103_chess.gambitka_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
