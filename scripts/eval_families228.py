"""Two-hundred-and-twenty-eighth, BLIND labelled set for the classifier evaluation ("blind225"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end and exited 0 (an early run on three of the apps also passed). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (152 first-party calls and 77 SDK calls, 229 exchanges, 1,719
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Paracho (Meseta P'urhépecha, Michoacán, Mexico) with her P'urhépecha
husband Rafael Tzintzun Cuara, a luthier, her US SIM roaming; their son Tariakuri ("Tari", 10)
dances in the culture house's children's Danza de los Viejitos; her mother-in-law Celerina Cuara
Huerta lives two streets away; her brother-in-law Ignacio runs the family's Hass avocado orchard
near Uruapan. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company
named as sender), each with its own API and the SDKs it embeds. All APIs' keys are P'urhépecha
written ASCII-folded as a Michoacán developer would (no ``ï``, no apostrophe), mixed with the
English words APIs keep (``email``, ``token``, ``id``, ``rfc``, ``curp``, ``clabe``) and the
Spanish loans people say (``telefunu``, ``kontrasenia``, ``apeyidu``, ``prestamu``); the words
are this author's working knowledge of the language, so a few keys are coinages (stated as such):
- ``eval_families228_kitara.py`` "Kitara Anapu": the husband's guitar workshop's sales; she is the
  seller (money too: payouts to her CLABE, CFDI invoices). Keys: ``arhikua`` name,
  ``irekua_arhikua`` family name, ``telefunu``, ``kontrasenia``, ``kumanchikua`` house (street
  line), ``ireta`` town, ``estadu``, ``kodigu_postal``, ``achati`` husband, ``jatsiri`` owner
  (seller), ``kitara`` guitar, ``chkari`` wood, ``anchekorhita`` work (commission), ``piakua``
  purchase (order), ``piari`` buyer, ``tumina`` money (amount), ``intskua`` giving (payment),
  ``karakata`` paper (invoice), ``jurhiata`` day, ``uandakua`` word (message);
- ``_itsi.py`` "Itsï Juani": purified-water jug (garrafón) delivery. Keys: ``kuiripu`` person
  (customer), ``arhikua``, ``telefunu``, ``kodigu`` code, ``kumanchikua``, ``kaie_entre`` between
  streets, ``referensia`` landmark, ``barriu``, ``ireta``, ``garrafuni`` jug, ``juakua`` bringing
  (delivery order), ``ora`` hour, ``tumina``, ``intskua``, ``propina`` tip, ``eratsekua``
  opinion (review), ``uandakua``, ``buskari`` search, ``nana_keri`` grandmother;
- ``_suero.py`` "Xurhijkua Suero": an IV-therapy (sueroterapia) clinic in Uruapan where she gets
  intravenous iron for iron-deficiency anaemia (her own health data). Keys: ``arhikua`` first name,
  ``apeyidu`` surname, ``nip`` PIN, ``tsipekua_jurhiata`` birth date (coinage "life day"),
  ``sexu`` (``uarhiti`` woman), ``pamenchakua`` illness/pain, ``xurhijkua`` medicine,
  ``xurhijki`` doctor, ``mintsita`` heart, ``alerjia``, ``embarasu`` pregnancy, ``presion``,
  ``pulsu``, ``kilu`` weight, ``expediente`` file;
- ``_caja.py`` "Tumina Jarhojpekua": a caja popular (savings-and-loan cooperative; money). Keys:
  ``socia`` member, ``apeyidu_tata`` / ``apeyidu_nana`` father's / mother's surname, ``jurhiata``
  / ``kutsi`` / ``uexurhini`` day / month / year (a birth date in three fields), ``ingresu``
  income, ``anchekorhita`` occupation, ``jatsikua`` what is kept (savings), ``prestamu`` loan,
  ``aval`` guarantor, ``uajpa`` child, ``parte_social`` member share, ``intskua`` instalment;
- ``_kurhikua.py`` "Kurhikuaeri": the P'urhépecha New Fire festival's (Kurhíkuaeri K'uínchekua,
  1 February, hosted this year by Nurío) delegation registry (ethnicity: a sensitive trait). Keys:
  ``ireta_anapu`` community one is from, ``purhepecha`` P'urhépecha (self-identification),
  ``uandakua_purhe`` speaks P'urhépecha, ``autoadskripsion`` self-ascription, ``irekua`` family,
  ``kargu`` ritual charge, ``kuinchekua`` fiesta, ``pirekua`` song, ``pireri`` singer,
  ``uarhakua`` dance, ``jarhojpekua`` help (contribution), ``karakata`` the pass;
- ``_uarhari.py`` "Uarhari Sapicha": the son's children's Danza de los Viejitos troupe (the
  child's data). Keys: ``nana`` mother, ``uajpa`` child, ``klabe`` password, ``uarhari`` dancer
  (his troupe number), ``ensayu`` rehearsal, ``jorhendari`` teacher, ``maskara`` mask,
  ``estatura`` / ``kilu`` height / weight, ``tumbi`` boy, ``permisu`` permission, ``faltas``;
- ``_kupanda.py`` "Kupandarhu": the family avocado orchard's phytosanitary logbook; she keeps the
  records and sells the harvest cut. Keys: ``jatsiri`` owner (grower account), ``echeri`` land
  (orchard), ``juata`` hill, ``municipiu``, ``trampa`` trap, ``plaga`` pest, ``fumigasion``
  spraying, ``korte`` harvest cut, ``anchikuarhiri`` workers (crew), ``empakadora`` packer.
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrikurunda", MMP "Trackcharanda", OpenRTB 2.5 ads "Bidjuata", crash
reporting "Crashtsakapu") and ``_svc.py`` (flags "Flagtsitsiki", push "Pingpireri", consent
"Consentzirahuen", payments "Cointumina", maps "Mapcupatitzio", support chat "Helpuandari"); their
code is set 151's ``_sdk.py``/``_svc.py`` with vendors, hosts, zone (America/Mexico_City),
country (MX/MEX), region (MIC, Uruapan), language and currency (MXN) changed (set 151's OpenRTB
geo country read "VUT", left from set 132; here "MEX"). A full-text grep of ``scripts/`` found
none of the ten names nor "kurunda", "charanda", "juata", "tsakapu", "tsitsiki", "pireri",
"zirahuen", "tumina", "cupatitzio", "uandari". ``eval_families228_kit.py`` holds her places,
people and the apps' businesses (its docstring lists them).

Novelty (a file-name and module-docstring grep of ``scripts/eval_families*``, by a small script
under /tmp/s23/blind225/): "luthier" and "tonewood" matched nothing ("guitar": set 133's child's
rumba-guitar school and a pawned guitar in set 54); "purified water" and "water jug" nothing
("garraf" is set 139's gas-cylinder truck); "IV drip", "vitamin drip", "IV iron" nothing ("iron
infusion": sets 41 and 76 inside IBD diaries); "caja" only a key gloss, "savings and loan" and
"savings cooperative" nothing ("credit union": set 181's teachers' credit union, mentioned by set
226), so the caja is made different (member share, guarantor, a child's account); "new fire",
"Purepecha", "P'urhe", "Michoacan", "Uruapan", "Paracho" nothing ("indigenous": sets 118, 173,
189, 209 with other institutions; "mayordom": sets 173 and 189's fiesta societies, not a
delegation registry); "viejitos" nothing, "dance troupe" only a none-found list (set 142);
"avocado": set 187's packhouse QC clerk, "orchard"/"phytosanit": sets 118, 127, 135, 173 (an
orange orchard selling lots, a squash exporter), so Kupandarhu is a grower's trap/spray/cut
logbook. Rejected because they existed: property tax / predial (sets 105, 114), a community radio
(109), rotating savings (112, 124, 130, 133), a temazcal-like bath (151), a scorpion-sting app
(173), a teachers' union (181, 217), a political party (221, 222).

What is in it: sign-ups and log-ins (JSON and form passwords, PINs, an OAuth password grant, SMS
codes), ``/me``-style GETs with JWT bearers; workshop: a guitar listed with its photo,
commissions, one accepted with its deposit, a progress photo, a shipping label (her and the
buyer), a courier pick-up, the payout CLABE, payouts, a CFDI (gzip), a tonewood order (msgpack),
a stock sync (JSON Lines), the guitar fair's contest entry for her husband, sales by seller number
in the path, messages (one quoting her phone), push, events with a session cookie, a refresh;
water: her address with landmark and pin (6 decimals), shops near her (3 decimals), prices, an
order, its payment, a subscription, tracking by order number in the path, "received" at her door
(5 decimals) with the truck's point, a protobuf wait beat, a rating, a tip, a search, a message to
the driver, her mother-in-law's address and pin, receipts by cookie, a complaint, a base64 JSON
preferences cookie; clinic: the questionnaire (gzip), lab results (PDF and values), the plan, an
infusion booked and paid, check-in with her fix (5 decimals), vitals (msgpack), a protobuf
infusion log, a reaction report, a message to the doctor, prescriptions, a video room, sharing
with her husband, invoices by file number in the path, a CFDI request, a package, reminders; caja:
the membership application (CURP, RFC, residence card), ID and proof-of-address photos, log-in by
member number and PIN, an SMS code, savings by account number in the path, a deposit, a loan
simulation and application with her husband as guarantor (his CURP), the schedule, an instalment,
her son as beneficiary, a transfer to her husband's CLABE, a child's savings account (his CURP),
statements by cookie, a message to the adviser, a card block; festival: the programme, the
family's delegation (self-identification per member), a contribution, bus seats, the pirekua
contest's schedule and her mother-in-law's entry, the plaza check-in (4 decimals), a photo, host
family lodging, a msgpack bookmark queue, a message to the committee, a language workshop, the
organisers' survey (gzip), a faena shift, receipts by cookie, the pass by delegate number in the
path, a search; troupe: the son enrolled, his health form (gzip), costume sizes (msgpack), the
fee, rehearsals by dancer number in the path, the hall check-in (5 decimals), an absence note, a
trip consent, a pick-up by his grandmother, a teacher message, a performance video (MP4), a mask
ordered, the calendar, notices, a search, the performance day's offline check-ins (JSON Lines; her
fix at 6 decimals); orchard: the boundary, traps, a trap reading with her fix, a spray record
(msgpack), a pest photo, the cut request, the crew, the cut check-in, a protobuf weighing ticket,
prices, the settlement, the CFDI (gzip), an offline trap queue (JSON Lines), the weather at 2
decimals, a message to the packer naming her brother-in-law, sales by grower number in the path.
SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form
field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and
phone); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions;
flag evaluations (JSON; base64 JSON header); push subscribers; consent records and checks; card
tokens, confirmations and mobile-wallet payouts; geocoding, reverse geocoding (``lat,lon`` in the
path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, order-line, slot, appointment, thread, conversation, trap, crew,
rehearsal and host-family IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the workshop's ID and shop point, guitar IDs, catalogue prices, woods and
tonewood per-item prices, the courier's guide number, the generic public RFC XAXX010101000; the
water shop's ID, prices, the driver's ID and the truck's point; the clinic's ID and point, the
chair, the nurse and lab IDs; the caja's branch, rates, deposit references and the SPEI tracking
key; the plaza's ID and point, the delegation code, bus route, song title, event IDs; the culture
house's ID and point, the stage's ID and point, mask and costume choices, the carver's ID; the
orchard's registration number (no taxonomy type fits, as set 164's cadastral parcel), the
variety, hectares, the hill's name, the pest, the product and dose, kilograms, the packer's ID,
name, point and RFC, the price per kilo, the scale.

Conventions kept from set 151 (and so from sets 20-37 and 132): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, PINs, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element
and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town,
municipality, neighbourhood, state, post code and country ``location.coarse``; street lines and
between-streets ``contact.address``; amounts, totals, fees, fares, deposits, invoices, bookings and
orders ``financial.purchase``; card data, last four digits, payment-method IDs, CLABEs and account
numbers ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name or nickname alone in free text (Rafael, Ignacio, Tari) is not ``contact.name``
  except where the text is about the child (the absence note, the teacher message, as set 151) or
  names a person with a surname; the child's full name always is;
- workshop: the seller account ``id.user``; her RFC and CURP ``personal.national_id``; the
  buyer's name, phone and street line on the label ``contact.*`` (a person's data the seller
  sends), the buyer's town and post code ``location.coarse``; a listing's price a negative, a
  commission's deposit and total ``financial.purchase``;
- water: the customer account ``id.user``; the landmark ``referensia`` ``content.text`` and
  ``contact.address``; her mother-in-law's house pin ``location.precise`` (a person's home, typed
  by her); the truck's point a negative;
- clinic: the file number (body, JWT ``expediente``, query, URL path, protobuf) ``health.medical``
  as set 151's chart; pulse and weight ``health.fitness`` (TAXONOMY names heart rate and weight),
  blood pressure and temperature ``health.medical``; pregnancy and lactation answers
  ``health.medical`` only (as set 151; TAXONOMY also lists pregnancy under ``personal.sensitive``);
  ``sexu`` ``personal.gender``; the lab PDF ``content.media|health.medical``;
- caja: the member number ``id.user``; the savings account (body and URL path) ``financial.payment``;
  the loan number, loan amount, instalment, deposit, member share and transfers
  ``financial.purchase`` (set 151's amounts convention; a loan is not a purchase, but no type fits
  better); income and occupation unlabelled (no type fits); the birth date split in three fields,
  each ``personal.birthdate``; the ID and proof-of-address photos ``content.media`` only; her
  husband's CURP ``personal.national_id`` and CLABE ``financial.payment`` (typed by her);
- festival: P'urhépecha self-identification, language spoken, mother tongue, the ritual charge,
  the delegation message and the push tag ``personal.sensitive`` (ethnicity), for her husband,
  son and mother-in-law as for her own "no" answer (a self-ascription answer is sensitive whatever
  its value); the delegate number ``id.user``; the son's age ``personal.birthdate``;
- troupe: the son is a data subject: his name, birth date, sex (``tumbi``), CURP and dancer
  number (body, JWT ``uarhariecha``, URL path, JSON Lines) are labelled; his asthma, inhaler,
  allergy and blood group ``health.medical``; height and weight ``health.fitness``; the video
  ``content.media``;
- orchard: the grower account ``id.user``; the orchard's corners and her fixes in the rows
  ``location.precise`` (the family's land, as set 151's vineyard); the weather query at 2
  decimals ``location.coarse``; the crew's day wage and the settlement ``financial.purchase``;
- SDKs: Trackcharanda's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` whole and DESIGN.md's
report.json section (a grep with 60 lines after); set 151 whole: ``eval_families151.py``,
``_kit.py``, ``_sdk.py``, ``_svc.py``, ``_abano.py``, ``_dental.py``, ``_parish.py``,
``_building.py``, ``_qvevri.py``, ``_svan.py`` and ``_school.py`` (the terminal cut part of the
middle of ``_school.py`` and of ``_sdk.py``'s ``bf_bid``; both were then printed in part);
``eval_payloads.py`` whole; of the helper kits only definitions and signatures:
``eval_families17_kit.py`` (its head and imports, its definitions), ``eval_families6_kit.py``
(``raw``, ``multipart``, ``pb``), ``eval_families8_kit.py`` (``check_ci``, ``report``),
``eval_families10_kit.py`` (``Acc``, ``token``, ``add``), ``eval_families18_kit.py`` (``sjwt``,
def names), ``eval_families20_kit.py`` (``App`` to ``opaque``), ``eval_families21_kit.py``
(``at_path``, ``sdk_uid``), ``eval_families22_kit.py`` (``lines``, ``sdk_uuid``),
``eval_families24_kit.py`` (``rid`` to ``others``, the card constants), ``eval_families21.py``
(``LISTED_ONCE``, ``listed_once``) and constant lines of kits 6, 8, 9, 11, 14, 15, 16, 19, 20, 24.
A rule bent: one early constant grep ran over all ``eval_families*_kit.py`` and so printed about
thirty lines of later sets' kits (birth-date formats and category-id tuples of sets 101-194);
nothing else of other sets was read beyond the file-name and docstring grep (which printed the
matched docstring snippets) and full-text file counts for the new vendor and app names (which
named ``eval_families143_mwani.py`` for "kupanda"). ``git status`` showed changed file names
under ``analysis/`` and ``tests/``; none was opened. No classifier, rule, test or decoder was read
or run (``ruff check --select F`` ran on these files).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families228_caja
import eval_families228_itsi
import eval_families228_kitara
import eval_families228_kupanda
import eval_families228_kurhikua
import eval_families228_suero
import eval_families228_uarhari
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
    return [*eval_families228_kitara.kitara(), *eval_families228_kitara.kitara_sdks(),
            *eval_families228_itsi.itsi(), *eval_families228_itsi.itsi_sdks(),
            *eval_families228_suero.suero(), *eval_families228_suero.suero_sdks(),
            *eval_families228_caja.caja(), *eval_families228_caja.caja_sdks(),
            *eval_families228_kurhikua.kurhikua(), *eval_families228_kurhikua.kurhikua_sdks(),
            *eval_families228_uarhari.uarhari(), *eval_families228_uarhari.uarhari_sdks(),
            *eval_families228_kupanda.kupanda(), *eval_families228_kupanda.kupanda_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
