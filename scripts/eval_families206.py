"""Two-hundred-and-sixth, BLIND labelled set for the classifier evaluation ("blind203"): written
without reading the classifier code, its rules, the tests, the README or the evaluation scripts,
and never run through a classifier by its author; ``main`` (the project's decoder path check)
was run at the end. It is to be scored once, by the lead, on the final rules (the lead registers
it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151, whose structure it copies, this set measures ORDINARY traffic: mainstream app-backend
and SDK shapes in roughly the proportions real captures have (155 first-party calls and 74 SDK
calls, 229 exchanges, 1,721 labels after ``listed_once`` as ``main`` prints them), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. She lives in the douar of Tighza just outside Khenifra
(Middle Atlas, Morocco) with her husband Hammou Amahrouq, her US SIM roaming; their daughter
Itto (8) is at school in Khenifra and their son Yuba was born on 18 November 2025; her
husband's mother Tuda and brother Ali live in Midelt, where the family has an apple orchard.
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API and the SDKs it embeds. Every app's own keys are Central Atlas
Tamazight in Latin letters as a local developer writes them (no special letters: ``gh`` for
the velar fricative, ``x`` for kh, ``c`` for sh in older habits, plain ``d``/``t`` for the
emphatics), mixed with English (``token``, ``id``, ``lat``/``lng``) and with the French and
Arabic loans people actually say (``lkontur`` meter, ``lfatura`` bill, ``lbirmi`` licence,
``tansyu`` blood pressure, ``sukkar`` diabetes, ``sbitar`` hospital). Shared key words:
``isem`` name, ``isem_n_twacult`` family name, ``imayl`` e-mail, ``tilifun`` phone,
``awal_uffir`` password, ``ass_n_tlalit`` birth date, ``tawsit`` sex / kind, ``uttun_n_tanttit``
identity number, ``tansa`` address, ``tamdint`` town, ``aduwar`` village, ``argaz`` husband,
``anessemres`` user, ``azal`` amount, ``axelles`` payment, ``tadrimt`` currency, ``adeg`` place,
``tawlaft`` photo, ``tabrat`` message, ``awal`` remark, ``anadi`` search, ``tangalt`` code,
``allal`` device, ``nekk`` me, ``ajerred`` registration, ``tuqqna`` log-in, ``ffegh`` log-out,
``tidyanin`` events, ``tasna`` screen; each module's docstring lists its own words. The spellings
are my best recollection of Central Atlas / IRCAM-standard forms; a few are coinages and the
modules say which.

Apps: ``eval_families206_asemmid.py`` ("Asemmid": a Midelt apple cold store where she keeps the
family's grower account), ``_idgel.py`` ("Idgel": a cedar-forest Barbary-macaque census and
guided walks above Azrou; she volunteers), ``_aman.py`` ("Aman Tighza": the douar's
drinking-water association), ``_azru.py`` ("Azru": a Midelt mineral-specimen shop; she is the
seller), ``_isem.py`` ("Isemnu": an Amazigh association's first-name and birth-registration
helper, used for Yuba), ``_asafar.py`` ("Asafar": a mobile medical caravan's screening day, her
post-partum check) and ``_aslm.py`` ("Aslm": a trout-angling licence and catch log). A
docstring grep of ``scripts/eval_families*.py`` (sets up to 205) found no Moroccan set and none
of "cold store", "macaque"/"monkey"/"primate", "mineral"/"vanadinite", "birth declaration"/"name
registration", "caravan", "trout"/"angling"; close kinds are named in each module with how this
one differs (set 100's gorilla permits, set 130's borehole meter, set 151's residents'
association, earlier fossil, gemstone, whitebait and newborn-care apps). The SDKs are ten new
vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Statazul", MMP "Trackayyur", OpenRTB 2.5 ads "Bidtizi", crash reporting "Crashadrar") and
``_svc.py`` (flags "Flagasif", push "Pingtafukt", consent "Consentagdal", payments "Paymitqal",
maps "Mapighil", support chat "Helpatay"); their code is set 151's with the vendors, hosts,
zone (Africa/Casablanca), country (MA/MAR, region ``05``, Khenifra) and currency (MAD) changed
(a grep of ``scripts/`` found none of the ten names). ``eval_families206_kit.py`` holds her
places, people, documents and the apps' businesses, and says how the Moroccan numbers were made.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/nekk`` GETs with JWT bearers; cold store: the orchard's boundary, the harvest with her fix,
crates brought in (her fix at the dock), chamber temperatures, a protobuf dock beat, grading
(msgpack), a hail claim photo, a release for sale, rent paid, her RIB, bills by grower account in
the path, a balance by cookie, a price search, a message naming her brother-in-law, the kin
allowed to collect (his CIN), a lorry, a JSON Lines scan sync; forest: volunteer sign-up with her
passport, a walk for her and Itto, the payment, a health note (asthma), troop counts with her
fixes (JSON, protobuf, msgpack), a photo, a voice note, a feeding-ban report, the volunteer card
by number in the path, a message, a search, a review, hours, the eco-museum's Wi-Fi; water: the
member sign-up (husband's CIN), the SMS code, bills by member number in the path, a meter photo,
a protobuf meter read with her fix, payment, an outage and a tanker request from her house, the
rota, collective work, a vote, the household with birth dates (gzip), a complaint about Itto's
stomach, a direct debit (RIB), a base64 JSON preferences cookie; minerals: seller sign-up (her
residence card, tax ID, her brother-in-law as partner), listings and photos, her fix at the dig
spot, a shipping label, the customs declaration (gzip), a courier pick-up, the IBAN, sales by
seller number in the path, stock (msgpack, JSON Lines), messages; names: membership, name
searches, the birth declaration (the baby's name, sex, birth date and weight, the father's CIN
and identity, her residence card, the family booklet), the hospital notice (PDF) and booklet
photo, the registry queue (protobuf with her fix), the birth record by number in the path, an
appeal, a petition, dues, Itto's Tifinagh class, Yennayer tickets, a transliteration of the
baby's name, a message quoting the CIN and booklet; caravan: sign-up, SMS code, the stops near
her (2 decimals), the slot and services, a check-in, the questionnaire (gzip), vitals (protobuf),
an eye photo, results, a message, medicines, a referral and transport from home, her
mother-in-law's data, sharing with her husband, a donation, the results PDF by file number in
the path, a video token, home blood pressures (msgpack); angling: sign-up with her passport, the
licence with Itto as junior, payment, the QR by licence number in the path, a lake check-in,
catches (protobuf, msgpack), a photo, a search, a river level by her home at 3 decimals, a
review, messages, a pollution report, a boat, the SOS contact. SDKs as set 151: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline
queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep
link; OpenRTB bids (GPS or IP geo) and notices; crash envelopes and sessions; flag evaluations;
push subscribers; consent records and checks; card tokens, confirmations and wallet payouts;
geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages
and an upload.

Negatives are implicit: request, lot, crate, chamber, transect, troop, walk, slot, draft, queue
ticket, order-line and listing IDs, idempotency keys, nonces, timestamps, versions, public SDK
keys, OpenRTB IDs and prices; the cold store's ID, name, phone and point, crate counts, kilos,
grades, per-crate prices, the wholesaler buyer's ID; the trailhead's and eco-museum's IDs and
points, monkey counts, a tourist car's plate; the water association's tank point, the meter's
serial and readings, litres; the sorting yard's point, a specimen's grams and catalogue price,
the HS code, the buyer's ID and country; the association's and registry's IDs, the hospital's
ID; the caravan's ID and point; the lake's ranger post point, fish species and lengths, the
boat's ID, the zones.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, commune, village, region, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, invoices, bookings,
tickets and orders ``financial.purchase``; card data, last four digits, payment-method IDs, RIBs
and IBANs ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Itto, Hammou, Yuba) is not ``contact.name`` except where the
  text is about a child's health or names a person with a surname or number; a child's full
  name always is; a baby name looked up in the dictionary is ``behavior.search`` only;
- her residence card, passport, tax identifier, her husband's and brother-in-law's CINs, the
  family booklet number and the baby's birth record number (body, URL path) are
  ``personal.national_id``; a photo of the family booklet ``content.media|personal.national_id``;
- the father's ``tamagit`` ("amazigh"), her home language ``tamazight``, the petition's
  identity and activism fields, and the appeal saying a name was refused for being Amazigh are
  ``personal.sensitive`` (ethnic origin, political opinion); Yennayer tickets only
  ``financial.purchase``;
- the baby: name, sex, birth date (``personal.birthdate``), birthplace (``location.coarse``),
  birth weight ``health.medical``; the hospital's birth notice ``content.media|health.medical``;
- caravan: the file number (body, JWT, query, URL path, protobuf) ``health.medical`` (a medical
  record number, as set 151's chart); the services asked for, vitals, questionnaire answers,
  last delivery date, breastfeeding, medicines, referral speciality ``health.medical``; her
  weight and height ``health.fitness``; her mother-in-law's conditions and medicines
  ``health.medical``, her age ``personal.birthdate``;
- accounts: the grower account, volunteer number, member number, seller number, association
  membership and angling licence are ``id.user`` (body, JWT, query, URL path, protobuf);
- her own fixes (dock, orchard, forest, house, dig spot, registry queue, caravan tent, shore,
  river) ``location.precise`` at 3 or more decimals; the orchard's corners ``location.precise``
  (the family's land); businesses' and public points negatives; the stops near her at 2
  decimals ``location.coarse``;
- the eco-museum's Wi-Fi she joined ``location.wifi``; photos she took (apples, macaques,
  specimens, meter, fish, the baby) ``content.media``; her voice note ``content.media``;
- SDKs: Trackayyur's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``05``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

What I looked at (stated honestly): /work/shared/TAXONOMY.md; DESIGN.md's findings/path
paragraph (a grep for "path"); ``eval_payloads.py`` (the profile, ``L``/``W``/``U``/``J``,
``case``); set 151's top module and all ten of its modules (copied in structure; ``_sdk.py`` and
``_svc.py`` copied with renames by sed); the signatures and constants of the helper kits it
imports (``eval_families6_kit``, ``17``, ``18``, ``19``, ``20``, ``21``, ``22``, ``24``); module
docstrings of all ``scripts/eval_families*.py`` (extracted with ``ast`` into a scratch file and
grepped for the app kinds and the new names). No classifier, rule, decoder, test, README or
evaluation script was read or run; besides ``main`` (run on each app's cases while writing, then
on the whole set), ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families206_aman
import eval_families206_asafar
import eval_families206_asemmid
import eval_families206_aslm
import eval_families206_azru
import eval_families206_idgel
import eval_families206_isem
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders by ``main`` while writing; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families206_asemmid.asemmid(), *eval_families206_asemmid.asemmid_sdks(),
            *eval_families206_idgel.idgel(), *eval_families206_idgel.idgel_sdks(),
            *eval_families206_aman.aman(), *eval_families206_aman.aman_sdks(),
            *eval_families206_azru.azru(), *eval_families206_azru.azru_sdks(),
            *eval_families206_isem.isemnu(), *eval_families206_isem.isemnu_sdks(),
            *eval_families206_asafar.asafar(), *eval_families206_asafar.asafar_sdks(),
            *eval_families206_aslm.aslm(), *eval_families206_aslm.aslm_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
