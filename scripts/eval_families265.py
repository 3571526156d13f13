"""Two-hundred-and-sixty-fifth, BLIND labelled set for the classifier evaluation ("blind262"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end and exited 0 on every complete run (the first, then after adding four
first-party exchanges and removing an unused import, then after writing this docstring; two
more runs piped into ``head`` stopped on the pipe's BrokenPipeError, not on the set). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (152 first-party calls and 78 SDK calls, 230 exchanges, 1,693
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Bundung (Serekunda, The Gambia) with her Gambian husband Lamin Sanneh,
her US SIM roaming; their daughter Fatoumata (8) goes to a Saturday art class in Kotu; her
mother-in-law Kaddy Bojang lives in the family compound in Brikama (Kabafita ward), next to the
family's cashew orchard. All people, apps and businesses are fictional (hosts under example.*
per RFC 2606, no real company named as a sender). The apps' API keys are Mandinka as a local
developer writes it, ASCII-folded (``ng`` for the velar nasal), mixed with the English words real
APIs keep (``token``, ``id``, ``email``, ``refresh_token``, ``push_token``, ``currency``) and
loans (``telefoon``, ``imeel``, ``kod``, ``konto``, ``komandi``, ``kalaasi``, ``sitaasoo``,
``batiri``). Seven app kinds, each with its own API and the SDKs it embeds:

- ``eval_families265_kafo.py`` "Kafo Kendeh": the women's kafo (association) of her husband's
  family's ward in Brikama (her religion; her husband's ethnic group): ``too`` first name,
  ``kontong`` surname, ``telefoon``, ``imeel``, ``gundo`` password (lit. "secret"),
  ``wulu_lungo`` birth date, ``suwo`` compound (street line), ``saatee`` town, ``kabilo`` ward,
  ``diinoo`` religion, ``siyo`` ethnic group, ``kee`` husband, ``mooko_nimero`` member number,
  ``kafo_kodoo`` dues, ``joo`` payment, ``kodoo`` amount, ``bengo`` meeting, ``dulaa`` place,
  ``sadaa`` alms, ``suutoo`` (Gamo) night, ``faanoo`` cloth, ``sango`` price, ``sandu`` savings
  box, ``juloo`` loan, ``sababoo`` reason, ``kibaaroo`` message, ``safee`` writing, ``nyinin``
  search, ``jaa`` photo, ``kango`` language, ``waati_dulaa`` time zone, ``woti`` vote;
- ``_cashew.py`` "Kasuu Jula": a cashew processor's farmer app, she sells the family orchard's
  raw nuts (money: sales, payouts, her tax number): ``sabati_kaardi`` residence card,
  ``kunkoo`` farm, ``dandanoo`` boundary, ``yiroo`` trees, ``tombo`` harvest, ``baaga`` bags,
  ``kiloo``, ``sango`` price, ``waafi`` sale, ``taa`` pick-up, ``konto`` account, ``otp``;
- ``_oyster.py`` "Ooyo Muso": a women's oyster cooperative's shop and mangrove boat trips:
  ``komandi`` order, ``fengolu`` items, ``kuloo`` boat, ``taamaa`` trip, ``luntangolu``
  guests, ``sanji`` age, ``looloo`` stars, ``nyininkaaroo`` question, ``maraa`` saved;
- ``_keloid.py`` "Kendeya Faata": a dermatology and keloid clinic (her own health data):
  ``kewo_muso`` sex, ``fayil_nimero`` file number, ``kuuraa`` illness, ``boori`` medicine,
  ``dimoo`` pain, ``nyaminoo`` itching, ``dokitaa`` doctor, ``karoolu`` months;
- ``_artclass.py`` "Dindin Art": the daughter's Saturday art class (the child's data):
  ``wuluulaa`` parent, ``dindingo`` child, ``karambung`` school, ``kalaasi`` class,
  ``karamoo`` teacher, ``taalaa`` the one who collects, ``lungolu`` days;
- ``_lumo.py`` "Lumodoo": a weekly-market (lumo) shopping runner: ``lumoo`` market, ``lungo``
  day, ``siyaa`` quantity, ``kiilaa`` runner, ``falindiroo`` substitution, ``mookoo`` person;
- ``_powerbank.py`` "Kurangbox": power-bank rental kiosks for the power cuts: ``sitaasoo``
  station, ``kurango`` electricity, ``batiri`` battery, ``kodi_maaraa`` deposit, ``segi``
  return, ``waatoo`` time, ``baarimmuso`` sister.

Newness (a file-name grep of ``scripts/`` and a grep of the module docstrings of all
``scripts/eval_families*.py``, extracted to a scratch file, case-insensitive): "oyster",
"cashew", "lumo", "weekly market", "power bank"/"powerbank", "kafo" (only inside Tongan words),
"gambia", "serekunda", "banjul", "brikama", "mandinka" matched nothing; "keloid" matched one
passing mention (a skin item in another app's form) and "art class" one sentence saying it
matched nothing. Candidates dropped because they matched: prepaid electricity (sets 106-108,
133...), Tabaski (occasions in a tailor and a perfume app; "kurban" a file), naming ceremony
and griot (a Bambara set), osusu-like rotating savings (esusu, stokvel...), football academy,
drumming school, school vans, tyre repair (an Estonian tyre app with a roadside puncture),
self-build (a Bambara builder app), land search and surveyors, septic pumping, pest control.
The kafo overlaps hometown/development associations of other sets ("age grade" in an Igbo set):
Kafo Kendeh is a women's ward association with dues, a Gamo (Mawlid) night, Sunkaro alms and a
Qur'an circle, not a town union.

The SDKs are ten new vendors (the docstring grep found none of their names), built once and
called by every app with its own events: ``_sdk.py`` (analytics "Metribantaba", MMP
"Trackkunda", OpenRTB 2.5 ads "Bidwonjo", crash reporting "Crashtanji") and ``_svc.py`` (flags
"Flagkairaba", push "Pushbakau", consent "Consentkotu", payments "Paydalasi", maps "Mapkombo",
support chat "Helpattaya"); their code is set 151's ``_sdk.py``/``_svc.py`` copied with the
vendors, hosts, zone (Africa/Banjul), country (GM/GMB), OpenRTB region (GM-W) and city
(Serekunda), currency (GMD), wallet provider and bank account changed (set 151's OpenRTB country
was "VUT", an earlier set's; here it is "GMB"). ``eval_families265_kit.py`` holds her places,
people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes
and OTPs), ``/nna``-style GETs with JWT bearers (claims: member number, farmer ID, file number,
children, phone, quarter); kafo: dues, a meeting attendance with her fix (5 decimals) beside the
bantaba's point, the Gamo night pledge, Sunkaro alms, the Qur'an circle, cloth, the savings box,
a loan for the daughter's school fees, the leader vote, a member search, the group chat quoting
her mother-in-law's number, a naming-ceremony photo, the register entry by member number in the
path, receipts by cookie; cashew: the orchard boundary, the tree census, the day's price, the
harvest with her fix, a moisture note (msgpack), a protobuf weighing ticket, bag photos, a
pick-up at the orchard (5-decimal strings), the sale by number in the path, a dispute, the
payout account, payouts, a split to her husband's wallet, the tax return (gzip; her TIN), an
offline sync (JSON Lines), a price alert; oyster: the catalogue, an order with her pin, its
payment, tracking, a favourite, a boat trip for her sister and daughter, its payment, the
landing check-in, a question about the daughter's shellfish allergy, a harvester kit, trip
photos, a review, a search, a voucher for her mother-in-law, the order by number in the path,
a base64 JSON preferences cookie; keloid: the intake (gzip), keloid photos, the plan and quote,
a deposit, the injection appointment, check-in, a protobuf itch diary, a message to the
dermatologist, prescriptions, silicone sheets to her compound (4 decimals), the earring size, a
video room, sharing with her husband, invoices by file number in the path, instalments (her
bank account), a histology PDF; art class: enrolment (asthma, inhaler), the term fee, the
kit, the gate check-in, a pick-up authorisation for her mother-in-law and a gate PIN, the
schedule, attendance, an absence note, artwork photos, the photo consent, exhibition tickets, a
teacher message, the portfolio by pupil number in the path, the signed report (PDF), a search,
a party booking, the address, events with a session cookie; lumo: lumos near her (2 decimals),
a search, prices, an order with her pin (6 decimals), payment, a substitution, the runner's
position, a chat quoting her phone, a tip, a rating, an order for her mother-in-law (her
Brikama compound at 4 decimals), the order by number in the path, saved lists, a cart queue
(JSON Lines), a basket (msgpack), a base64 JSON cookie; power bank: stations near her (3
decimals), a Wi-Fi and cell locate, the deposit, a rental with her fix, a protobuf beat, the
return (5-decimal strings), the rental by number in the path, the bill, payment, a damage
photo, a promo code, a monthly pass, a power-cut report (2 decimals), a referral of her sister,
history by cookie, the deposit refunded to her account. SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and phone) and deep
links (URLs in a JSON field carrying a trip and her phone); OpenRTB bids (GPS at 2 or 3
decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and a
mobile-wallet payout to her husband's number; geocoding, reverse geocoding (``lat,lon`` in the
path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, check-in, meeting, lot, line, thread, session and reference
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
kafo's ID and the bantaba's point, the Qur'an teacher's and the vote candidate's IDs, the cloth's
SKU and metres; the buying station's ID, name, point and phone, the day's price, bags,
kilograms, moisture, nut count and KOR, tree counts and ages; the landing's ID and point, SKUs
and catalogue prices, boats, life jackets, the courier ID; the clinic's ID and point, the room
and doctor IDs; the studio's ID, point, gate and group, the teacher ID, the kit's SKUs; the
lumos' IDs, the runner's ID and position (his phone, not hers), SKUs and unit prices; the
kiosks' IDs, points and slots, the power bank's serial, QR and charge, the promo code.

Conventions kept from sets 20-37 and 151 (as set 151 states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes and OTPs, a gate PIN, bearer, refresh, session and
video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC, LAC, cell ID and
carrier ``location.carrier``; town, quarter, ward, district and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, deposits, tips, sales, bookings, trips,
rentals and orders ``financial.purchase``; card data, last four digits, card tokens,
payment-method IDs and bank accounts ``financial.payment``; another person's full name, phone
and e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text
that states a health fact, a sensitive trait or quotes a labelled value carries that category
too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Lamin, Emily, Mba Kaddy, Aunty Isatou) is not
  ``contact.name``; the daughter's first name in a text about her (an absence, an allergy
  question, a loan reason, a teacher message) is, as set 151 did;
- kafo: ``diinoo: Silaamu``, the Gamo night, Sunkaro alms, the Qur'an circle, the Gamo tag and
  event parameter ``personal.sensitive`` (religion); her husband's ``siyo: Mandinka``
  ``personal.sensitive`` (ethnic origin, of a person she types); the ward ``kabilo``
  ``location.coarse``; the member number ``id.user``; the leader vote of a women's association
  unlabelled (not a political opinion); the cloth order's note plain ``content.text``;
- cashew: the farmer ID ``id.user``; her residence card ``personal.national_id`` and her TIN
  ``personal.national_id``; the orchard's corners and her fix among the trees
  ``location.precise`` (the family's land), the station's point a negative; the sale, its
  amount (also in the protobuf ticket) and the tax return's revenue ``financial.purchase`` (her
  sales, as set 151's excise revenue); the split to her husband's wallet number
  ``contact.phone``;
- oyster: the daughter's age on the trip ``personal.birthdate``; her shellfish allergy in the
  question ``content.text|health.medical|contact.name``; the delivery pin (5 decimals) and the
  landing check-in ``location.precise``;
- keloid: the file number (body, JWT ``fayil``, query, URL path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart number); sites, cause, itching, pain, previous
  surgery, plan, injection kind, lobe size, the silicone-sheet SKU she buys, medicines and
  allergies ``health.medical``; the keloid photos and the histology PDF
  ``content.media|health.medical``; ``kewo_muso: muso`` ``personal.gender``;
- art class: Fatoumata is a data subject: her name, birth date, sex (``muso``), pupil number
  (body, query, JWT ``children``, URL path) and her asthma and inhaler are labelled; her artwork
  photo ``content.media`` (the child's work, uploaded by her mother); its title ``content.text``;
  the report PDF ``content.media`` only; the party date (a Saturday) unlabelled;
- lumo: the runner's position a negative; her pins ``location.precise``; her mother-in-law's
  compound (4 decimals) ``location.precise`` (a family place she sends); the visited network
  in the sign-up ``location.carrier``;
- power bank: the Wi-Fi she scans (the profile's home SSID/BSSID) ``location.wifi``, LAC and cell
  ID ``location.carrier``; her phone's battery (body and protobuf) ``device.info``, the power
  bank's charge a negative (a rented device's reading); the power-cut report at 2 decimals
  ``location.coarse``;
- SDKs: Trackkunda's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``GM-W``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; geocoding proximity at 2 decimals
  ``location.coarse``.

Looked at (stated honestly): ``eval_families151.py`` and all its modules whole (``_abano``,
``_building``, ``_dental``, ``_parish``, ``_qvevri``, ``_school``, ``_svan``, ``_kit``, ``_sdk``,
``_svc``; some read in two passes where the terminal cut the output), ``eval_payloads.py``
whole; of the helper kits only definitions and signatures: the import block and ``__all__`` of
``eval_families17_kit`` (and its module docstring), the values of the category constants and
profile transforms it exports, the signatures of ``pb``, ``multipart``, ``raw``, ``tok``,
``enc``, ``add``, ``push_token``, ``ev``, ``opaque``, ``at_path``, ``lines``, ``head``,
``claims``, ``rid``, ``sdk_id``, ``sjwt``, ``sdk_uid``, ``sdk_uuid`` (printed with
``inspect``), the sources of ``head``, ``claims``, ``ev``, ``at_path`` and the ``App`` class,
``listed_once`` in ``eval_families21.py`` (with the first lines of that set's ``raw_build`` that
followed it), ``report`` in ``eval_families8_kit.py``; TAXONOMY.md whole and DESIGN.md's
Outputs section (report.json paths); ``ls scripts/`` and the module docstrings of all
``eval_families*.py`` (extracted with ``ast`` to a scratch file under /tmp/s25/blind262 and
grepped for the candidate words and vendor names). No classifier, rule, test, README or decoder
was read or run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families265_artclass
import eval_families265_cashew
import eval_families265_kafo
import eval_families265_keloid
import eval_families265_lumo
import eval_families265_oyster
import eval_families265_powerbank
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
    return [*eval_families265_kafo.kafokendeh(), *eval_families265_kafo.kafokendeh_sdks(),
            *eval_families265_cashew.kasuujula(), *eval_families265_cashew.kasuujula_sdks(),
            *eval_families265_oyster.ooyomuso(), *eval_families265_oyster.ooyomuso_sdks(),
            *eval_families265_keloid.kendeyafaata(),
            *eval_families265_keloid.kendeyafaata_sdks(),
            *eval_families265_artclass.dindinart(), *eval_families265_artclass.dindinart_sdks(),
            *eval_families265_lumo.lumodoo(), *eval_families265_lumo.lumodoo_sdks(),
            *eval_families265_powerbank.kurangbox(),
            *eval_families265_powerbank.kurangbox_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
