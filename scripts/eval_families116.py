"""Hundred-and-sixteenth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author (the decoders' path check ran once, through ``main``, at the
end); it is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (164 first-party calls and 76 SDK calls, 240 exchanges, 1,594 labels after
``listed_once``; ``report`` counts 1,608, one per id of a joined label), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes. She, her husband Mark and their daughter Ava
(9) spend the winter in a rental in Makiki, Honolulu. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a Honolulu surf-school booking app ``eval_families116_nalu.py``
("Naluwave": its API's keys are Hawaiian words, ``inoa`` name, ``inoa_ohana`` family name,
``kelepona`` phone number, ``helu_wahi`` address, ``kulanakauhale`` town, ``laikini`` licence
number, ``la_hanau`` birth date, ``huaolelo_huna`` password, ``kane`` husband, and also
``leka_uila`` e-mail, ``mokuaina`` state, ``haawina`` lesson, ``hoopaa`` booking, ``wahi`` place,
``mai`` illness; set 55 had a Portuguese surf school in Ericeira, this one differs in place,
language and flows), an outrigger canoe-club regatta entry app ``_canoe.py`` ("Kahakai": paddlers,
seats, club dues and crews, not sets 66/82's sailing regattas), a reef-safe sunscreen subscription
``_reef.py`` ("Reefbalm"), a kidney-stone hydration and pain log with her own health data
``_stone.py`` ("Stonelog": drinks typed by hand, pain episodes, an emergency visit, the stone and
its analysis; set 70 had a smart-bottle hydration tracker, this is a pain and treatment diary), a
hula hālau class-fees app for her daughter ``_halau.py`` ("Halaupay": the child's data), a
lei-making workshop marketplace where she sells ``_lei.py`` ("Leihana") and a volcano-tour
helicopter booking app ``_heli.py`` ("Lavalift": a trip from Hilo; set 77 had eruption alerts).
The SDKs are ten new vendors, built once and called by every app with its own events and choices:
``_sdk.py`` (analytics "Countwrasse", MMP "Sourcecrab", OpenRTB 2.5 ads "Bidsculpin", crash
reporting "Faultpetrel") and ``_svc.py`` (flags "Switchcove", push "Nudgeurchin", consent
"Optinoddy", payments "Paygannet", maps "Mapshoal", support chat "Talkbrine").
``eval_families116_kit.py`` holds the category ids, the places, people, businesses and generators
(its docstring lists them); ``head``, ``claims``, ``rid``, ``sdk_id`` and ``others`` are
``eval_families24_kit``'s, ``fix``/``obj`` set 37's, the rest comes from ``eval_families6_kit.py``
to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, a password grant, SMS and e-mailed
codes, a phone check), ``/me``-style GETs with JWT bearers; surf: the profile in Hawaiian keys
(with a base64 JSON context header), schools near her rental, a lesson for two, the waiver (her
licence number, a condition, a signature PNG), a board rental held on her licence, check-in on the
beach, her waves (msgpack), a photo package and a photo, a review, a gift card, a cancellation, her
husband as emergency contact, the forecast, a Play purchase; canoe: dues, regattas, a crew entry
(her paddler number in a seat, a guest paddler), the declaration (a medical note, her husband),
a typed signature, invites from her address book with a JSON-string message, check-in at the
lagoon, a live track (msgpack), the accelerometer in the canoe (gzip), a protobuf finish packet,
results by paddler number, a car-pool from the rental, chat, a team photo, a heat search, body
measures, volunteering; sunscreen: the profile's birthday, the skin quiz, the subscription to her
New York home, the winter redirect to Honolulu, products, the cart, the checkout, the order by
number in the path, a skip, a gift to a friend, a review with a photo, UV alerts (2 decimals) and
the UV index (3 decimals), an address check (a JSON string in a JSON field), a tube return, a
referral; stone: sign-up with her stone history and sex at birth, the health profile (gzip), drinks,
a pain episode where she was, medicines and a dose, an emergency visit, the stone's photo, the
stone analysis, a 24-hour urine test, weight, urine colour, an offline sync (msgpack), a protobuf
day summary, a Health Connect import, a note, sharing with her urologist, a PDF report, reminders;
hālau: the parent, the child's profile, photo, classes by age, enrolment, tuition, attendance by
the child's ID in the path, costume measurements, pick-up people, the child's doctor and insurance,
an absence note, a performance video (MP4) and a chant (M4A), a message to the kumu, raffle
tickets, a car-pool, a Play subscription, a schedule GET with a child cookie and a base64 JSON
preferences cookie; lei: the seller's sign-up and pick-up address, the phone check, reviews by her
shop in the path, tax and payout verification (SSN), payout schedule, listings and photos, a
workshop at a hall, the shop profile and avatar, orders, a postage label, a reply to a buyer,
check-in at the workshop, a promo code, an inventory sync (JSON Lines), a flower order, a market
search, earnings, the 1099 e-mail; helicopter: SMS log-in, tours, a booking for three with
weights, the payment, the booking by reference in the path, the waiver and signature, the manifest
(msgpack), check-in at the heliport, a protobuf boarding scan with a base64 JSON context header,
add-ons, the flight video, insurance, the weather status, photos shared with her husband, a lost
item, a review; per app push registration, an event log (gzip) and a cookie-authenticated GET.
SDKs: analytics batches (gzip and plain, a position at 2, 3 or 4 decimals, an advertising ID),
identify (base64 JSON in a form field), offline queues (JSON Lines), signed-out GET beacons
(base64url JSON in the query); MMP installs and sessions, events (a JSON string
``partner_params``, hashed e-mail and phone) and deep links (https URLs in a JSON field); OpenRTB
2.5 bids (GPS geo at 3 decimals or IP geo; yob, gender, keywords) and win beacons; crash envelopes
(JSON Lines under their own content type) and sessions; flag evaluations (JSON, and base64 JSON in
a header of a GET); push subscriptions (tags, a position at 1 or 2 decimals); consent records (a
signed receipt cookie) and web-view checks (a base64 JSON cookie); card tokens, confirmations and a
payout bank account (bracketed form keys); geocoding (``q`` and ``proximity``), reverse geocoding
(``lat,lon`` in the path), routes and map telemetry (a gzip JSON array); support messages (an
identity JWT in a JSON field) and attachments (multipart).

Negatives are implicit: request, trace, message, cart, lesson, race, episode, listing, workshop,
conversation, thread and auction IDs, idempotency keys, nonces, timestamps, versions, public SDK
keys, OpenRTB auction, bid, creative and publisher IDs and clearing prices; other users' IDs
(crew mates, buyers, attendees, photographers, instructors), the surf school's ID, name, phone,
street and point, the forecast spot, boards; the club's ID and point, the regatta's venue and
point, bibs, canoe names, lanes, finish times; SKUs, list prices, subscription and cart IDs, promo
codes; the emergency centre's name and point, a lab's accession and phone, reminder times; the
hālau's ID, name, kumu, phone and street, class IDs, fabric, song titles, invoice IDs; her listing
prices, seat prices, sale order numbers and the venue's name, street and point, the flower farm;
tours, slots, the aircraft's tail number, seat codes, the heliport's pad and point, the Hilo
hotel's name, street, phone and point.

Encodings, in rough proportion to real traffic: JSON (116 plain, 16 gzip), form bodies (38), GETs
(44, most with query strings), multipart (12: JSON, JPEG, PNG, MP4 and M4A parts), msgpack (4),
JSON Lines (7: 4 crash envelopes under their own content type, 2 SDK queues, an inventory sync),
schema-less protobuf (3: a finish packet and a boarding scan with a nested fix ``3.1``/``3.2``, a
flat day summary), headers (User-Agents, install IDs under app-specific names plain, upper case
and without dashes, Accept-Language, opaque and JWT bearers, SDK device headers, a support
session, base64 JSON contexts), cookies (sessions, a device cookie, a child's ID, base64 JSON
preferences and consent state, a JWT receipt), JWTs (bearers with the user ID, e-mail,
``leka_uila``, ``paddler``, ``name``, ``keiki``, ``shop`` and ``phone_number`` claims; an identity
token in a JSON field; a receipt that is no credential), base64 JSON (a form field, headers,
cookies), base64url JSON (a query parameter), JSON strings in JSON fields, https URLs in JSON
fields, values in URL paths. Profile transforms: the e-mail plain, mixed case, upper case and
SHA-256; the phone E.164, spaced (the profile's), national, dashed, ten digits and SHA-256; the
install ID plain, upper case and without dashes; the Android ID; the advertising ID; the user ID in
bodies, JWTs, headers, cookies, msgpack, protobuf and JSON Lines; the public IP (OpenRTB); MCC/MNC
as ``310260`` and the carrier; the birth date ISO and as ``05/17/1991``, a birth year;
coordinates at 1 to 6 decimals as numbers, strings, query values, a ``lat,lon`` proximity and
path segment, protobuf doubles, and her places away from the profile's position (the Makiki
rental, the beach, the lagoon, a pain episode, the workshop hall, the heliport).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, free memory, screen, battery and
User-Agents naming the model or OS ``device.info``; event and screen names, session and launch
counts and session lengths ``behavior.usage``; SDK install and device IDs, the Android ID, push
tokens, consent visitor IDs and the payment SDK's device ID ``id.device``; passwords, one-time,
SMS and e-mailed codes, bearer and session tokens and cookies and a client secret
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element
and collapsed by ``eval_families21.listed_once``; series labelled once at their path (drinks,
hydration records, the canoe's accelerometer); MCC/MNC and carrier ``location.carrier``; city,
state, ZIP, ``kulanakauhale``, ``mokuaina`` and an island ``location.coarse``; street lines
(``helu_wahi``) ``contact.address``; plans, amounts, totals, fees, tuition, deposits, postage,
premiums, add-ons, Play products, orders and tokens, order numbers and booking references
``financial.purchase``; card data, bank account and routing numbers, the account's last four and
payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty
segments); text that states a health fact, names a person or gives her street carries that
category too (``content.text|...``); Hawaiian keys are labelled as their English equivalents.

Calls made in this set (a reader may disagree; stated so a score can be read):
- surf: her NY driver's licence number (``laikini``, waiver and board deposit)
  ``personal.national_id``, its state ``location.coarse``; the waiver's signature image
  ``content.media`` (no template); a condition in the waiver ``content.text|health.medical``; her
  husband (``kane``) typed by her ``contact.*``; the beach check-in and her waves (msgpack, each
  fix) ``location.precise``; schools near her at 4 decimals ``location.precise``; a review naming
  her husband ``content.text|contact.name``; a gift card's recipient ``contact.*``; the level and
  board preference unlabelled; a beach name typed into the map search ``behavior.search``;
- canoe: her paddler number (body, seat, JWT claim, query, msgpack) ``id.user``; ``gender:
  female`` ``personal.gender``; the age division (``W40``) and canoe unlabelled (a race category);
  the typed signature ``contact.name``; the medical note ``content.text|health.medical``; the guest
  paddler and the emergency contact ``contact.*``; invitees picked from her address book
  ``content.contacts`` (one label per name and number), the JSON-string message naming her
  ``contact.name`` inside; the phone's accelerometer in the canoe ``behavior.motion`` (a sensor
  series); weight and height ``health.fitness``; the car-pool note giving her street
  ``content.text|contact.address``; crew mates' paddler IDs negatives;
- sunscreen: concerns and a family history of melanoma ``health.medical`` (listed once), the
  dermatologist note ``content.text|health.medical``; Fitzpatrick skin type, burning, outdoor hours
  and activities unlabelled (cosmetic choices); her New York home and the Honolulu redirect
  ``contact.address``/``location.coarse``; the friend's gift address, name and e-mail (typed)
  ``contact.*``, the gift note naming her ``content.text|contact.name``; list prices in the cart
  negatives, the checkout total, tax and order number ``financial.purchase``; UV alerts at 2
  decimals ``location.coarse``, the UV index at 3 ``location.precise``; the bid's keywords (the
  app's content) unlabelled;
- stone: stone history, pain score and site, radiation, nausea, blood, medicines and doses, the
  visit kind, findings, the stone's date and size, its composition, the 24-hour urine values, urine
  colour, the day summary's totals, conditions, diet, stone type, the fluid target and drinks
  ``health.medical`` (a treatment plan: intake is medical here, as set 37's sleep stages),
  weight, height and steps ``health.fitness``; the stone photo ``content.media|health.medical``;
  the pain score in analytics events and SDK traits/flags ``health.medical``; the copay
  ``financial.purchase``; the urologist (typed) ``contact.*``; ``sexAtBirth``
  ``personal.gender``; the pain episode's fix at 4 decimals ``location.precise``, the emergency
  centre's point a negative;
- hālau: the child is a data subject (sets 29, 35, 37): her names ``contact.name``, birth date and
  age (profile, query, analytics, push tags, the heli booking) ``personal.birthdate``, grade
  unlabelled; her ID ``haumana_7c2e91`` ``id.user`` (body, JWT ``keiki``, path, cookies); allergies
  ``health.medical``, asthma ``content.text|health.medical``; her photo, video and chant
  ``content.media`` only; costume measurements ``health.fitness`` (body measurements); pick-up
  people, her pediatrician (typed) ``contact.*``, the insurance member ID ``health.medical``; a
  doctor's note attached to support ``content.media|health.medical``; the kumu's name a negative
  (the school's published teacher);
- lei: her shop handle ``id.user`` (body, log-in, JWT ``shop``, path, JSON Lines, support
  attributes); the SSN ``personal.national_id``; the payout account's last four
  ``financial.payment``; her sales (order numbers, listing and seat prices, earnings) unlabelled:
  they are her business's sales, not her purchases; the postage she buys and the flower order
  ``financial.purchase``; listing, avatar photos ``content.media``; descriptions, bio and replies
  ``content.text``; buyers' IDs and the attendee list negatives; her fix at the hall
  ``location.precise``, the hall's point a negative;
- helicopter: the passengers' weights (booking, manifest, boarding scan) ``health.fitness``, her
  husband's and daughter's names ``contact.name``; the waiver's ``pregnant: false``
  ``personal.sensitive`` (pregnancy status, even when answered no), motion sickness and the
  medicine note ``health.medical``/``content.text|health.medical``; the booking reference (body,
  path, protobuf, deep link) ``financial.purchase``; her check-in and boarding fixes
  ``location.precise``; the pick-up hotel and heliport negatives; the route between them (not her
  fix) unlabelled;
- SDKs: Talkbrine's identity token lets its bearer act as the user ``secret.credential`` (claims
  labelled); Optinoddy's receipt cookie is a signed JWT that opens nothing (claims labelled, the
  token not), its visitor ID ``id.device``, its country and region from the IP
  ``location.coarse``; Switchcove's target ``id`` the user ID signed in; Faultpetrel's session
  ``distinct`` the user ID; Sourcecrab's ``sc_uid`` and the Android ID ``id.device``; OpenRTB
  ``user.id`` the SDK's buyer ID ``id.device``, IP geo country, region, city and ZIP
  ``location.coarse``; Nudgeurchin's position at 1-2 decimals ``location.coarse``; Paygannet's
  ``radar[device_id]`` ``id.device`` (its ``radar[session]`` a negative), cardholder's name
  ``contact.name`` and ZIP ``location.coarse``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc`` and ``_ride``;
``eval_families21.py``'s ``listed_once`` and ``LISTED_ONCE``; signatures, docstrings and constants
of ``eval_families17/18/20/21/22/24_kit`` (through an AST dump, no import) and sources of
``eval_families6_kit``'s ``raw``/``multipart``/``pb``/``jwt``, ``eval_families7_kit``'s
``enc``/``jsonl``, ``eval_families10_kit``'s ``token``/``add``, ``eval_families8_kit``'s
``report``/``check_ci`` and parts of ``eval_families14_kit``, ``eval_families16_kit`` and
``eval_families17_kit``; ``grep`` lines of constants in kits 6-25; the first three docstring
lines of ``eval_families55_surf``, ``69_surf``, ``66_regatta``, ``82_sail``, ``70_stone``,
``55_bottle``, ``77_volcano`` and ``71_kidney`` (to tell the new kinds apart); ``grep -l`` file
names for the app kinds and ``grep -ril`` file names for the new names. No classifier, rule, test
or decoder was read, and none was run by the author except the decoders' path check inside
``main``/``report``, run once at the end (it listed no missing path, so ``DECODER_GAPS`` is
empty). Every label's path was first checked with a small
decoder of the author's own outside the project (JSON, forms, msgpack, JSON Lines, multipart,
schema-less protobuf, gzip; JWT claims at ``.claims``, base64/base64url JSON, JSON strings and
https URLs in fields continuing the path; URL path ``path[i]``; cookies and headers by name).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families116_canoe
import eval_families116_halau
import eval_families116_heli
import eval_families116_lei
import eval_families116_nalu
import eval_families116_reef
import eval_families116_stone
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked only by the author's own path decoder before ``report`` ran once (see the docstring).
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families116_nalu.naluwave(), *eval_families116_nalu.naluwave_sdks(),
            *eval_families116_canoe.kahakai(), *eval_families116_canoe.kahakai_sdks(),
            *eval_families116_reef.reefbalm(), *eval_families116_reef.reefbalm_sdks(),
            *eval_families116_stone.stonelog(), *eval_families116_stone.stonelog_sdks(),
            *eval_families116_halau.halaupay(), *eval_families116_halau.halaupay_sdks(),
            *eval_families116_lei.leihana(), *eval_families116_lei.leihana_sdks(),
            *eval_families116_heli.lavalift(), *eval_families116_heli.lavalift_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
