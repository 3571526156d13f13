"""Hundred-and-sixtieth, BLIND labelled set for the classifier evaluation ("blind157"): written
without reading the classifier code, its rules, the decoders, the tests or the README, and never
run through a classifier by its author; ``main`` (the project's decoder path check) was run several
times (the first flagged two paths of a protobuf with a repeated field number, rewritten with
distinct field numbers; later runs followed ``ruff --fix`` and docstring edits; all exit 0). It
is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (159 first-party calls and 76 SDK calls, 235 exchanges, 1,747
labelled paths after ``listed_once``, 1,771 labels as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Adama (Oromia, Ethiopia) with her Oromo husband Gemechu
Tolera and their son Robsan (born 2 September 2025), who is treated for bilateral clubfoot in
Jimma, where her parents-in-law live; her US SIM roams and she also has a local line. Seven app
kinds (fictional names, hosts under example.* per RFC 2606, no real company named as sender),
each with its own API in Afaan Oromo (Qubee Latin orthography; the hudhaa ``'`` is dropped or
written ``_`` in keys, as local developers do: ``ka_umsa``, ``jia``, ``buaa``, ``baayina``;
``token``, ``id``, ``lat``/``lon``, ``ref``, ``tin`` stay English) and the SDKs it embeds:
a Waaqeffanna galma's membership and Irreechaa thanksgiving app ``eval_families160_hora.py``
("Hora Galataa": her faith, her husband's clan), an Adama photo studio ``_fakkii.py``
("Fakkii Studio": an on-phone ID-photo check sends face landmarks and a template), the son's
clubfoot (Ponseti) programme ``_miila.py`` ("Miila": the child's health data), a home
sample-collection laboratory ``_qorannoo.py`` ("Qorannoo": her tests, HIV among them), an Adama
cinema ``_fiilmii.py`` ("Fiilmii"), her mobile-money agent counter ``_wakiila.py``
("Wakiila": customers' phones, names and Fayda numbers she types) and a standard-gauge railway
``_baabura.py`` ("Baabura": Adama to Dire Dawa). Newness: the module docstrings of
``scripts/eval_families*.py`` (dumped with ``ast``) were grepped: "waaqeffann", "irreech",
"galma", "oromo", "adama", "jimma", "clubfoot", "ponseti", "photo studio", "cinema", "movie",
"phlebotom", "home sample", "money agent", "agent kiosk" and "railway" found nothing. Close
kinds, made different (each module says how): churches' harvest thanksgivings (a traditional
faith's lake-side festival here), a wedding photographer's client app (a walk-in ID-photo
studio), "lab test" in a BP diary and a fertility app (a lab that comes to the door), wallet
users finding a cash-in agent (she is the agent), set 93's bus-and-train office, a Spanish train
app and set 115's Tigrinya bus app (a railway's own app with passports, luggage and a live
trip). Two earlier Ethiopian sets (102 in Addis Ababa, Amharic keys; 115 in Mekelle, Tigrinya
keys) were avoided: no teff, fasting, parish, bus, hawala, trachoma, solar or honey app here.

Keys (Afaan Oromo, Qubee) and meanings: ``maqaa`` name / first name, ``maqaa_abbaa`` father's
name (her surname), ``maqaa_akaakayyuu`` grandfather's name, ``imeelii`` e-mail, ``bilbila``
phone, ``jecha_iccitii`` password, ``koodii`` code, ``koodii_dhuunfaa`` PIN,
``guyyaa_dhalootaa`` birth date (``_lh`` Ethiopian calendar), ``saala`` sex (``dubartii``
woman, ``dhiira`` man), ``umurii_jia`` age in months, ``fayda`` Fayda number, ``paaspoortii``
passport, ``tin`` taxpayer number, ``teessoo`` address, ``ganda`` kebele / neighbourhood,
``magaalaa`` town, ``amantaa`` faith, ``gosa`` clan (also "kind"), ``balbala`` lineage,
``galma`` house of worship, ``miseensa``/``lakkoofsa_miseensaa`` member / member number,
``abbaa_manaa`` husband, ``haadha`` mother, ``ilma`` son, ``daaima`` child, ``maatii`` family,
``ayyaana`` festival, ``hirmaattota``/``hirmaannaa`` participants / attendance, ``kennaa``
offering / gift, ``kadhannaa`` prayer, ``sirna`` rite, ``eebba`` blessing, ``hanga`` amount,
``gatii`` price, ``kaffaltii`` payment, ``ajaja`` order, ``galmee`` registration / booking,
``tikeetii`` ticket, ``barcuma`` seat, ``beellama`` appointment, ``seensa`` check-in,
``iddoo`` place, ``suuraa`` photo, ``fuula`` face / screen, ``qabxiilee_fuulaa`` face points,
``tarree_fuulaa`` face template, ``ibsa`` description, ``barreeffama`` text, ``ergaa``
message, ``yaada`` comment / note, ``madaallii`` review, ``urjii`` stars, ``komii`` complaint,
``barbaacha`` search, ``eeyyama`` consent, ``mallattoo`` signature, ``lakkoofsa_kaardii``
clinic card number, ``miila_mirgaa``/``miila_bitaa`` right / left foot, ``qabxii`` score /
points, ``pilaastara`` cast, ``bireesii`` brace, ``saatii`` hours, ``madaa`` sore,
``ulfaatina`` weight, ``dheerina`` length, ``qorannoowwan`` tests, ``soomii`` fasting,
``qoricha`` medicines, ``ulfa`` pregnancy, ``harma_hoosisuu`` breastfeeding, ``alarjii``
allergy, ``buaa`` result, ``inshuraansii`` insurance, ``wakiila`` agent, ``maamila`` customer,
``maallaqa_galchuu``/``maallaqa_baasuu`` cash-in / cash-out, ``komishinii`` commission,
``suuqii`` shop, ``herrega_baankii`` bank account, ``imala`` trip, ``imaltoota`` passengers,
``buufata`` station, ``ka_umsa``/``gahumsa`` departure / arrival, ``meeshaa`` device (and
luggage in ``meeshaa_imalaa``), ``nyaata`` food, ``wantoota`` items, ``gargaarsa`` assistance,
``afaan`` language, ``seenaa`` history, ``taateewwan`` events, ``fayyadamaa`` user,
``seeni``/``bai`` log in / out.

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrodaa", MMP "Trackhoraa", OpenRTB 2.5 ads "Bidodaa", crash
reporting "Crashgaara") and ``_svc.py`` (flags "Flagbiiftuu", push "Pingsagalee", consent
"Consentwalii", payments "Coinqarshii", maps "Mapboyyee", support chat "Helpgargaar"); their
code is set 151's SDK modules with the vendors, hosts, zone (Africa/Addis_Ababa), country
(``ET``/``ETH``), region (``OR``), city (Adama) and currency (ETB) changed (a docstring grep
found none of the ten names). ``eval_families160_kit.py`` holds her places, people, the apps'
businesses and a Verhoeff check digit for the Fayda numbers (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes,
an agent PIN and its change), ``/ana`` GETs with JWT bearers; galma: membership (faith, clan),
the festival calendar, the thanksgiving registration for the family with bus seats, payment by
wallet, attendance at the lake (5 decimals), an offering, a prayer for the son's feet, his
blessing rite, a photo, a message naming her mother-in-law with her phone, the member record by
number in the path, offering history, the family register (husband's Fayda number, clan,
lineage), a receipt by cookie, a search, the rota; studio: services, studios near her house (3
decimals), the baby's passport-photo booking, payment, check-in (6 decimals), the face check, the
upload, prints (msgpack) to her street line, a retake message, photos by order in the path, a
family portrait, a review, a search, an album shared with her husband, a base64 JSON
preferences cookie, a window-display consent, a Fayda replacement photo; clubfoot: the child
registered (her Fayda number, his birth date in two calendars), SMS code, his record by card
number in the path, Pirani scores (gzip), a cast, foot photos, a tenotomy booked and consented,
check-in, the brace sensor's day (protobuf), the brace diary, growth, a message to the nurse,
instructions, the brace payment, a bus-fare refund to her bank account, his grandmother as a
carer, appointments, a cookie GET, the Jimma address with the in-laws' house (6 decimals); lab:
sign-up with her Fayda number, a test search, the order, the home visit with her pin, payment,
the questionnaire (gzip), the ID check, collection (msgpack), results by order in the path,
results shared with her doctor, an earlier PDF, a message, her employer's insurance number,
history by cookie, a reminder, a review, a second address; cinema: cinemas near her, showings,
tickets, payment, snacks (msgpack), entry (6 decimals), points by cookie, a review, a search, a
gift card for her husband, the ticket by code in the path, the card linked (base64 JSON in a
form field), a complaint, a private screening, ticket history, the cinema's Wi-Fi; agent:
registration (Fayda, TIN, the shop's point, bank account), cash-in and cash-out for customers,
a customer's KYC and ID photo, a float top-up, an offline batch (protobuf), today's
transactions, commission by agent number in the path, the shop's point and Wi-Fi, a
suspicious-activity report, the agreement, the balance by cookie, a transfer to her husband,
a search by a customer's phone; railway: sign-up with her passport, a timetable search, the
family booking, payment, the ticket by booking code in the path, luggage, boarding (5
decimals), a protobuf trip beat, food (msgpack), assistance for the baby's brace, a complaint,
history by cookie, the traveller card (base64 JSON in a form field), the trip shared with her
sister, a refund, stations near her at 2 decimals. SDKs: analytics batches (gzip; positions at
2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, events (hashed e-mail and phone) and a deep link (a URL in a JSON field
carrying the booking and her e-mail); OpenRTB bids (GPS at 3 decimals or IP geo; a birth year
and gender once) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON
header); push subscribers; consent records and checks; card tokens, confirmations and a
mobile-wallet payout; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and uploads.

Negatives are implicit: request, slot, appointment, showing, order-line, tube-barcode,
reference and object IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the galma's ID and point, the lake's ID and point, the elder's ID; the
studio's ID, name, phone and point, print sizes and prices; the clinic's ID and point, rooms,
the nurse's ID, the brace sensor's serial (an accessory's, not the phone's hardware ID); the
lab's ID, the phlebotomist's ID, the employer's ID; the cinema's ID and point, film IDs, seats,
snack items and prices; her shop's trade name; the stations' IDs and points, the train ID,
seats, luggage weight and kinds, dishes; Ethiopian-calendar year and month parameters.

Conventions kept from set 151 (as it states them, from sets 20-37 and 132): model, make, OS,
locale, language, Accept-Language, time zone, rooted flags, network type, battery, free memory,
LAN addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK
and install IDs, push tokens ``id.device``; passwords, SMS codes, a PIN, a customer's withdrawal
code, bearer, refresh and session tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, kebele, region
and country ``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares,
commissions, orders, bookings and tickets ``financial.purchase``; card data, last four digits,
payment-method IDs, bank and float accounts ``financial.payment``; another person's full name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too; positions at 2 decimals ``location.coarse``, at 3 or more ``location.precise``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name`` except where the text is about the
  child (the prayer, the retake, the nurse message); a full name always is;
- galma: faith, the galma ID, festival, rite, offering kind and push tags ``personal.sensitive``
  (religion); her husband's clan and lineage ``personal.sensitive`` (ethnic origin); the
  membership number ``id.user``; the prayer for the son's feet
  ``content.text|personal.sensitive|health.medical|contact.name``;
- studio: the 68 landmarks and the base64 128-float template ``biometric.face`` (quality scores
  and the verdict not); the ID photo itself ``content.media`` only; the baby's age in months
  ``personal.birthdate``;
- clubfoot: the child is a data subject: name, birth dates, sex; his clinic card number (body,
  JWT ``kaardii``, query, URL path, protobuf) ``health.medical`` (a medical record number, as
  set 151's chart); Pirani scores, casts, tenotomy, brace hours and sores ``health.medical``;
  weight and length ``health.fitness``; the consent signature image ``content.media``;
- lab: the tests (HIV included), fasting, breastfeeding, allergies, medicines ``health.medical``;
  the insurance member number ``health.medical`` (as set 37); her doctor's name and e-mail
  ``contact.*``; the test order ``financial.purchase``;
- agent: customers' phones, names and Fayda numbers she types ``contact.*`` /
  ``personal.national_id``; a customer's ID photo ``content.media|personal.national_id``; her
  TIN ``personal.national_id``; her shop's point ``location.precise`` (her place, as set 151's
  vineyard), the shop's Wi-Fi ``location.wifi``; commissions ``financial.purchase``; a search
  by a customer's phone ``behavior.search|contact.phone``;
- railway: her passport and her husband's Fayda number ``personal.national_id``; the traveller
  card ``id.user``; the infant's birth date ``personal.birthdate``;
- Fayda numbers are 12 digits with a Verhoeff check digit (MOSIP-style), computed in the kit;
- SDKs: Trackhoraa's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``OR``) and city ``location.coarse``.

Looked at (stated honestly): /work/shared/TAXONOMY.md; of DESIGN.md a grep for "path" and its
``report.json`` paragraph (lines 105-150); ``eval_payloads.py``; set 151's modules, all of them
(the template); of the helper kits only what was needed to call them: the head and ``__all__``
of ``eval_families17_kit``, ``raw``/``encode``/``multipart``/``pb`` in ``eval_families6_kit``,
``token``/``add`` in ``_10_kit``, ``f32b64``/``landmarks`` in ``_16_kit``, ``sjwt`` in
``_18_kit``, constants and ``App``/``ev``/``opaque``/``pos`` in ``_20_kit``, ``at_path``/
``sdk_uid`` in ``_21_kit``, ``lines``/``sdk_uuid`` in ``_22_kit``, lines 59-124 of ``_24_kit``,
``LISTED_ONCE``/``listed_once`` in ``eval_families21``; a grep of constant definitions across
the kits (it also showed one line each of ``eval_families132_kit`` and ``_148_kit``); an
``ast`` dump of the module docstrings of ``scripts/eval_families*.py`` grepped for app kinds and
names, with short passages read (sets 102, 115, 157 and the hits listed above). No classifier,
rule, decoder, test, README or eval script was read or run; no git command was run. Ran: this
set's ``main`` (six times), small ``python -c`` builds of these modules (the Verhoeff check
and a first ``report`` over three modules) and ``ruff check --select F`` (``--fix`` once).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families160_baabura
import eval_families160_fakkii
import eval_families160_fiilmii
import eval_families160_hora
import eval_families160_miila
import eval_families160_qorannoo
import eval_families160_wakiila
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders by ``main`` (the project's path check); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families160_hora.hora(), *eval_families160_hora.hora_sdks(),
            *eval_families160_fakkii.fakkii(), *eval_families160_fakkii.fakkii_sdks(),
            *eval_families160_miila.miila(), *eval_families160_miila.miila_sdks(),
            *eval_families160_qorannoo.qorannoo(), *eval_families160_qorannoo.qorannoo_sdks(),
            *eval_families160_fiilmii.fiilmii(), *eval_families160_fiilmii.fiilmii_sdks(),
            *eval_families160_wakiila.wakiila(), *eval_families160_wakiila.wakiila_sdks(),
            *eval_families160_baabura.baabura(), *eval_families160_baabura.baabura_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
