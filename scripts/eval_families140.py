"""Hundred-and-fortieth, BLIND labelled set for the classifier evaluation: written without reading
the classifier code, its rules, the tests or the README's evaluation tables, and never run through
a classifier by its author; ``main`` (the project's decoder path check) was run once at
the end. It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (158 first-party calls and 70 SDK calls, 228 exchanges, 1,701 labelled fields
after ``listed_once``; ``main`` prints 1,726 labels, the joined categories split), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set uses),
with everyday look-alikes. She spends the year in Tirana (Albania) with her Albanian husband
Arben Hoxha and their son Ilir (8), her US SIM roaming. Seven app kinds (fictional names, hosts
under example.* per RFC 2606, no real company named as sender), each with its own API and the
SDKs it embeds: a village raki distillery's booking app ``eval_families140_kazan.py``
("Kazanxhiu": its API's keys are Albanian: ``emer`` first name, ``mbiemer`` family name,
``postel`` e-mail, ``nr_cel`` mobile number, ``fjalekalim`` password, ``dt_lindje`` birth date
(``17.05.1991``), ``gjinia`` sex, ``nr_personal`` personal number, ``adresa_banimit`` home
address, ``lagjja`` neighbourhood, ``bashkia`` municipality, ``qarku`` county, ``bashkeshorti``
husband, ``nr_kartele`` customer card number, ``vendndodhja`` location with
``gjeresi``/``gjatesi`` latitude/longitude, ``rezervim`` booking, ``shuma`` amount, ``metoda``
payment method, ``shifrat_fundit`` last digits, ``koment`` comment, ``kerko`` search text,
``mesazh`` message, ``marresi`` recipient, ``emer_mbiemer`` full name, ``te_dhena`` data,
``pajisja`` device, ``gjuha`` language, ``zona_kohore`` time zone, ``perdorues`` user,
``ngjarje`` events; unlabelled ``fruti`` fruit, ``sasia_kg``, ``litra``, ``graduat`` alcohol
degrees, ``shishe`` bottles, ``kazani`` the kazan; set 83's Albanian keys were ``emri``,
``mbiemri``, ``telefoni``, ``adresa``, ``rruga``, ``qyteti``, ``kodi_postar``, ``datelindja``,
``fjalekalimi``, ``numri_personal``: this vocabulary is another one), a Bektashi tekke's
community app ``_tekke.py`` ("Teqenet": her religion), a skin clinic's vitiligo phototherapy app
``_uvb.py`` ("Dritaderm": her own health data), her son's judo club ``_judo.py`` ("Tatamiku":
the child's data), a Riviera beach club's lounger booking app ``_beach.py`` ("Shezlongu"), a
residence-permit case app for foreign spouses ``_permit.py`` ("Lejeza": national IDs) and an
intercity furgon seat and parcel app ``_furgon.py`` ("Furgoni"). Novelty (file-name and
docstring greps of ``scripts/``): "bektash", "tekke", "vitiligo", "judo", "lounger" and
"furgon" matched nothing; set 103 has a rose-oil distillery, so Kazanxhiu is a raki kazan's
slot booking with the excise declaration, the still's readings and the bottles delivered; sets
73, 78, 94, 107, 108, 129 and 134 have urban minibus apps, so Furgoni books seats on a fixed
intercity departure, tracks the van on the mountain road, carries a parcel and drops at a pin;
residence permits appear in sets 100, 123, 134 and 135 only as documents inside other apps, here
the permit case is the app. Set 83 (also Tirana) had a diaspora money-and-property app, an
olive cooperative, mountain huts, a driving log, a wedding planner, hepatitis C and hearing:
none of these kinds is repeated. The SDKs are ten new vendors, built once and called by every app
with its own events: ``_sdk.py`` (analytics "Metrikaval", MMP "Trackdrin", OpenRTB 2.5 ads
"Bidbuna", crash reporting "Crashlynx") and ``_svc.py`` (flags "Flagosum", push "Pingllogara",
consent "Consentvjosa", payments "Coinlek", maps "Mapdajti", support chat "Helppelikan"); their
shapes follow set 132's SDK modules (vendor names, hosts, locale, currency and geography
changed). ``eval_families140_kit.py`` holds her places, people and the apps' businesses (its
docstring lists them); ``head``, ``claims``, ``rid`` and ``sdk_id`` are ``eval_families24_kit``'s,
the rest comes from ``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, a
Google-style ID token in a JSON field, SMS and MFA codes), ``/me``-style GETs with JWT bearers;
kazan: the card, kazans near her flat (3 decimals), slots, a booking, the excise declaration
(her personal number), the payment, her check-in at the kazan, the still's readings (msgpack),
points by cookie, a review, a search, a friend invited, a profile photo, the bottles delivered to
her husband, the invoice by booking number in the path, a card link (base64 JSON in a form
field), a complaint, a log-out; tekke: joining, the Matem fast, an offering, a candle for her
father-in-law, a prayer request, Nevruz attendance with her fix (4 decimals), pilgrimage buses
(2 decimals), the family's Tomorr registration, a protobuf check-in at the tyrbe, an Ashure
order (msgpack), a hymn search, a group message, a photo and caption, the directory, a house
blessing, the son's class, a receipt in the path; vitiligo: the intake (diagnosis, body surface,
phototype, Hashimoto's, medicines, height, weight), a patch photo with its measurements, a
session's dose, the cabin's sync (protobuf), a questionnaire (gzip, a series), an appointment, a
video consult, a message, an ointment order, a home-lamp log (msgpack), reminders, results by
chart number, sharing with her US dermatologist, insurance, a check-in, the care plan, an
invoice; judo: the parent, the athlete (personal number, weight, height), his medical (PDF and
JSON), classes by age, an enrolment and payment, her check-in at the hall, a weigh-in
(msgpack), a grading, a tournament entry, pick-up people, an absence, a message to the coach,
his photo, results by licence in the path, a judogi order, notices by cookie, a car-pool offer
(3 decimals), an invoice in the path; beach: beaches near Tirana (2 decimals), the lounger map, a
booking and payment, a QR check-in (6 decimals), the club's Wi-Fi, a drinks order (msgpack), a
tip, sea weather (4 decimals), lost and found, a review with a photo, a search, bookings by
cookie, a share with her husband, a boat ticket, the receipt in the path; permit: the applicant
(passport number), an MFA code, the case (her husband as sponsor with his personal number),
three documents (passport scan, marriage certificate, rental contract with the landlord), the
insurance, means (IBAN), offices near her (3 decimals), slots, an appointment (her local SIM
number), the fee, an office check-in, the card photo, the status by case number in the path with
a base64 JSON header, the civil-registry address, a message, the card by cookie, its delivery,
the permit confirmed; furgon: routes, departures, a seat booking for three, the fare, a terminal
check-in, a shared trip (a URL in JSON), a protobuf beat, an offline track (JSON Lines), a
parcel to her mother-in-law with its photo, tracking by waybill in the path, a drop-off pin
(``lat,lon`` in the path), a rating, a lost item, tickets by cookie, a search, an SOS; per app
push registration and an event log (gzip). SDKs: analytics batches (gzip; positions at 2 or 3
decimals), a traits form (base64 JSON), offline queues (JSON Lines), a signed-out beacon
(base64url JSON in the query); MMP installs and sessions (the Android ID, the referrer,
roaming), events (a JSON string ``partner_params``; hashed e-mail and phone) and a deep link (a
URL in a JSON field); OpenRTB 2.5 bids (GPS at 3 decimals or IP geo) and beacons; crash envelopes
and sessions; flag evaluations (JSON; base64 JSON in a header of a GET); push subscribers (tags,
a position at 2 decimals); consent records (a signed receipt cookie) and web-view checks (a
base64 JSON cookie); card tokens, confirmations and a mobile-wallet collection; geocoding,
reverse geocoding (``lat,lon`` in the path), routes and telemetry (a gzip JSON array); support
messages (an identity JWT in a JSON field) and uploads.

Negatives are implicit: request, trace, slot, session, lesion, class, trip, departure,
appointment, bus, seat and room IDs, idempotency keys, nonces, timestamps, versions, public SDK
keys, OpenRTB auction, bid, creative and publisher IDs and prices; the kazan's ID, name, phone,
point and excise licence, fruit, kilograms, litres, degrees and bottles; the tekke's ID and
point, the tyrbe's point in the route, bowls, the album; the clinic's ID and point, the cabin's
serial, lamp hours and firmware, the grey card, the home lamp's serial, the insurer's name; the
club's ID and point, belts, school year, the scale, SKUs; the beach club's ID, point, QR, row and
umbrella, the waiter; the office's ID and point, the marriage certificate's number and date, the
queue ticket, the rent, the nationality; the terminal's ID, name and point, the furgon's plate,
seat numbers, the parcel's weight.

Encodings: JSON (103 plain, 17 gzip), form bodies (27), GETs (52, 31 with query strings),
multipart (13: JSON, JPEG and PDF parts), msgpack (5), JSON Lines (8: 5 crash envelopes under
their own content type, 2 offline queues, a trip's track), schema-less protobuf (3: nested fixes
``4.1``/``4.2`` at the tyrbe and on the road, a nested dose summary), headers (User-Agents,
install IDs plain, upper case and without dashes, Albanian and English Accept-Language, opaque
and JWT bearers, a session header, SDK headers, base64 JSON contexts), cookies (10: sessions,
devices, a JWT receipt, a base64 JSON cookie), JWTs (bearers with ``postel``, ``nr_kartele``,
``member``, ``chart``, ``guardian``, ``athletes``, ``name``, ``case``, ``phone`` and ``rider``
claims; an ID token and an identity token in JSON fields; a receipt that is no credential),
base64 JSON, base64url JSON, JSON strings in JSON fields, URLs in JSON fields, values in URL
paths. Profile transforms: the e-mail plain, mixed case, upper case and SHA-256; the phone E.164,
national ``(555) 010-0199`` and SHA-256; the install ID plain, upper case and without dashes;
the Android ID; the advertising ID; the user ID (bodies, JWTs, msgpack, protobuf, JSON Lines);
the public IP (OpenRTB); MCC/MNC and the carrier; the birth date ISO and ``17.05.1991``;
coordinates at 2 to 6 decimals as numbers, strings, query values, ``lat,lon`` values and path
segments, protobuf doubles; her fixes away from the profile's position.

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/jailbroken flags, network type, battery, free memory, a LAN
address and User-Agents naming the model or OS ``device.info``; event and screen names, session
counts and lengths ``behavior.usage``; SDK install, device, subscriber, visitor and payment
device IDs, the Android ID and push tokens ``id.device``; passwords, SMS, MFA and one-time codes,
bearer, refresh, session, video-room and client-secret tokens and session cookies
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; series labelled once at their path
(the questionnaire's answers); MCC/MNC and the carrier ``location.carrier``; town, area,
neighbourhood, municipality, county, postcode, administrative unit, region and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fares, fees, tips,
orders, tickets, waybills, invoices, receipts and bookings ``financial.purchase``; card data,
bank accounts (the IBAN), last four digits and payment-method IDs ``financial.payment``; another
person's name, phone, address and e-mail typed by the user ``contact.*``; a value in the URL path
is ``url`` ``path[i]`` (0-based over non-empty segments); text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too (``content.text|...``);
Albanian keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- kazan: ``nr_kartele`` (body, query, JWT claim, msgpack, base64 JSON, a support message's
  attributes) ``id.user``; ``nr_personal`` (the personal number on her permit, in the sign-up
  and the excise declaration) ``personal.national_id``; ``gjinia`` ``personal.gender``;
  ``lagjja``, ``bashkia`` and ``qarku`` ``location.coarse``; ``bashkeshorti`` and ``marresi``
  (her husband) ``contact.*``; the booking number, amounts, the delivery charge
  ``financial.purchase``;
  the still's readings (degrees, litres) unlabelled (the kazan's process, not hers); her
  check-in at the kazan ``location.precise`` (the kazan's own point a negative);
- tekke: the community name ("Bektashi"), the Matem fast and its dates, the no-water flag, the
  offering's fund, Nevruz, the pilgrimage, the house blessing, the children's class, the flag
  attribute and push tag ``personal.sensitive`` (religion); the tekke's ID (``tq_kdr``) is left
  unlabelled wherever it is sent (an organisation's ID; the name of her community is the
  label's carrier); a candle's intention and a prayer request naming health
  ``content.text|personal.sensitive|health.medical``, the father-in-law's name ``contact.name``;
  a search of the hymn library ``behavior.search|personal.sensitive``; a caption naming the
  tekke's feast and a friend ``content.text|personal.sensitive|contact.name``; a group message
  with a friend's name and number ``content.text|contact.name|contact.phone``; the member
  number ``id.user``; the son's name, birth date and sex labelled (he is a data subject), his
  age ``personal.birthdate``;
- vitiligo: the chart number (body, JWT ``chart``, query, msgpack, protobuf) ``health.medical``
  (a medical record number, as set 37's insurance member ID, and so is the insurance policy
  number); diagnosis, onset, body surface, phototype, comorbidity, medicines, family history,
  patch site, area and repigmentation, doses, cumulative dose, session count,
  erythema, adherence, reminders, the ointment SKU, the questionnaire's answers and score
  ``health.medical``; the intake's pregnancy flag ``health.medical|personal.sensitive``
  (TAXONOMY lists pregnancy under sensitive); height and weight ``health.fitness``; the patch photo
  ``content.media|health.medical``; the results PDF sent to support
  ``content.media|health.medical``;
  her US dermatologist ``contact.*``; the geocoded clinic name ``behavior.search``;
- judo: Ilir is a data subject (sets 29, 35, 37): his name, birth date, age, sex, personal
  number (``personal.national_id``), licence (body, JWT ``athletes``, URL path: ``id.user``),
  weight, height and weight category ``health.fitness``; his medical (asthma, inhaler, peanut
  allergy, fit for sport) ``health.medical``, its PDF ``content.media|health.medical``; an
  absence and a message naming him and a fever or his knee ``content.text|health.medical|
  contact.name``; the people who may collect him ``contact.*``; his photo ``content.media``;
  the age in the class query ``personal.birthdate``; belts and school year unlabelled; her
  guardian number ``id.user``; the car-pool start at 3 decimals near her flat
  ``location.precise``;
- beach: the club's Wi-Fi she joins (SSID, BSSID) ``location.wifi`` (its point still a
  negative), her address on that network ``device.info``; the booking number (body, path) and
  prices, the drinks order and tip, the boat ticket ``financial.purchase``; her fix on the sand
  and the sea-weather query at 4 decimals ``location.precise``; the Google-style ID token in the
  log-in is a credential (claims labelled, the provider's ``sub`` not: another service's ID);
- permit: her passport number and the permit's numbers ``personal.national_id``, the passport
  scan ``content.media|personal.national_id``, a passport page sent to support likewise; the
  marriage certificate's and rental contract's files ``content.media``, the certificate's
  number unlabelled (a civil-status record's number, not an identity number); her husband's
  personal number ``personal.national_id`` and his name and phone ``contact.*``; the landlord
  ``contact.*``; the case number (body, JWT, path, header context, traits, tags) ``id.user``;
  the fee and its bank reference ``financial.purchase``; the IBAN ``financial.payment``, the
  means' source and statement months unlabelled (income, no taxonomy type); nationality
  unlabelled; her local SIM number ``contact.phone``; the card photo ``content.media`` (no
  template);
- furgon: the route's towns and the village favourite ``location.coarse``; the passengers
  (her, her husband, her son by first name and age) ``contact.name``/``personal.birthdate``;
  the ticket (body, URL query in a JSON field) and waybill (body, path) ``financial.purchase``;
  the mother-in-law's name, phone and village address ``contact.*``; the parcel contents naming
  her blood-pressure tablets ``content.text|health.medical``; her fixes on the road and at the
  village drop-off (the family house) ``location.precise``, the terminal's point a negative;
  the plate unlabelled;
- SDKs: Trackdrin's ``country`` (from the IP) ``location.coarse``, its ``roaming`` flag
  ``device.info``; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, its geo country, region
  (``11``, Tirana county) and city ``location.coarse``; Consentvjosa's receipt cookie opens
  nothing (claims labelled, the token not); Helppelikan's identity token is a credential (claims
  labelled); Coinlek's cardholder ``contact.name`` and card country ``location.coarse``, the
  wallet number (her phone) ``contact.phone``; Pingllogara's and Metrikaval's positions at 2
  decimals ``location.coarse``, Metrikaval's on the beach at 3 decimals ``location.precise``;
  routes label her points, not the tyrbe or the office.

Looked at beyond TAXONOMY.md, DESIGN.md and the README's first 80 lines (stated honestly): the
whole of ``eval_payloads.py``; ``eval_families132.py`` and all its modules (the model; its
``_sdk.py`` and ``_svc.py`` were the starting text of this set's, vendor names and geography
replaced); the sources of ``head``, ``claims``, ``rid``, ``sdk_id``, ``App``, ``multipart``,
``raw``, ``pb``, ``jwt``, ``token``, ``sjwt``, ``enc``, ``pb64``, ``add``, ``at_path``, ``lines``,
``jsonl``, ``report`` and ``eval_families21.listed_once``, the whole of the kits of sets 20, 21,
22 and 24 and the first 124 lines of set 17's; grep output for constants in the kits of sets
6-139; set 83's docstring's first 40 lines; file-name and docstring greps of ``scripts/`` for the
app kinds, the vendor and app names. No classifier, rule, test or decoder was read or run.
Besides ``main``, the author ran the set's own builders (``raw_build`` and ``listed_once``, no
decoder) to count exchanges, labels and encodings for this docstring.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families140_beach
import eval_families140_furgon
import eval_families140_judo
import eval_families140_kazan
import eval_families140_permit
import eval_families140_tekke
import eval_families140_uvb
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the run of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families140_kazan.kazanxhiu(), *eval_families140_kazan.kazanxhiu_sdks(),
            *eval_families140_tekke.teqenet(), *eval_families140_tekke.teqenet_sdks(),
            *eval_families140_uvb.dritaderm(), *eval_families140_uvb.dritaderm_sdks(),
            *eval_families140_judo.tatamiku(), *eval_families140_judo.tatamiku_sdks(),
            *eval_families140_beach.shezlongu(), *eval_families140_beach.shezlongu_sdks(),
            *eval_families140_permit.lejeza(), *eval_families140_permit.lejeza_sdks(),
            *eval_families140_furgon.furgoni(), *eval_families140_furgon.furgoni_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
