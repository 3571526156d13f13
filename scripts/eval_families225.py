"""Two-hundred-and-twenty-fifth, BLIND labelled set for the classifier evaluation ("blind222"):
written without reading the classifier code, its rules, its decoders, the tests or the README, and
never run through a classifier by its author; ``main`` (the project's decoder path check) was run
once the set was complete (it exited 0 on the first run, after ``ruff --select F --fix`` removed
two unused imports; no gap is stated). It is to be scored once, by the lead, on the final rules
(the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (152 first-party calls and 80 SDK calls, 232 exchanges, 1,721
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She spends the year in Tamale (Northern Region, Ghana) with her Dagomba husband
Abdul-Rauf Sulemana, a secondary-school teacher, her US SIM roaming (visited network 620-01)
beside a local mobile-money wallet (+233 55 104 6288); their son Mahama (15) is in JHS 3 at
Choggu and writes the BECE this year; her mother-in-law Hajia Memunatu Sulemana lives in the
family compound in Yendi, where her father-in-law Alhaji Sulemana Iddrisu died in November 2025;
her sister-in-law Azara Sulemana is a nurse in Tamale; her sister Laura is in Oregon. All are
fictional. Prices are in cedis (GHS), the zone is Africa/Accra. Seven app kinds (fictional names,
hosts under example.* per RFC 2606, no real company named as sender), each with its own API
whose keys are Dagbani as a Tamale developer would type them: ASCII-folded (``ɛ`` e, ``ɔ`` o,
``ŋ`` ng, ``ɣ`` gh), snake_case or camelCase, mixed with the English real APIs keep (``email``,
``token``, ``code``, ``lat``/``lng``, ``refresh_token``) and loans Dagbani speakers use
(``akawunti`` account, ``kaadi`` card, ``foto``, ``risiti`` receipt, ``masini`` device,
``sukuu`` school, ``dokita``, ``adiini`` religion, ``wasiyya``, ``sadaqa``, ``momo``), and the
SDKs it embeds:
- ``eval_families225_yilsam.py`` "Yilsam": rent-advance financing (the landlord wants two years'
  rent; the app pays him and she repays monthly: the money app). Keys ``yuli`` first name,
  ``dang_yuli`` surname (lineage name), ``fon_nomba`` phone, ``soghisim`` password (a secret),
  ``doghim_dabsili`` birth date, ``doo_bee_pagha`` sex (``pagha`` woman), ``yili_yaghili`` house
  place (street line), ``gps_adiresi`` GhanaPostGPS code, ``ting`` town, ``fong`` neighbourhood,
  ``tuma`` work, ``yili_dana`` landlord, ``ligidi`` amount, ``goya`` months, ``samli`` loan,
  ``yobu`` payment, ``yidana`` husband, ``resident_kaadi``, ``ghana_kaadi``, ``saini``
  signature, ``yeltogha`` message, ``yela`` events;
- ``_sukuu.py`` "Sukuu Zang": the BECE registration and senior-high placement of their son (the
  child's data): ``bia``/``bihi`` child(ren), ``karimbia`` pupil, ``zahimbu`` examination,
  ``index_nomba``, ``gahibu`` choices, ``doro`` illness, ``tim`` medicine, ``bobu`` search;
- ``_kpang.py`` "Kpang Bihi": a hatchery's guinea-fowl keet sales and buy-back, the pens in the
  Yendi compound: ``kpang_bihi`` keets, ``nahingli`` pen, ``dabu`` buying, ``kohibu`` selling,
  ``bindirigu`` feed, ``kpibu`` deaths, ``bohibu`` question, ``yaghili`` place, ``dabsili`` day;
- ``_puuni.py`` "Puuni Alaafee": a women's clinic's fibroid care up to a myomectomy (her health):
  ``folda`` folder, ``ziem`` blood, ``zabbu`` pain, ``doro``, ``tim``, ``doghimDabsili``;
- ``_faraid.py`` "Faraidu": the Yendi chief imam's office's Islamic estate distribution after
  her father-in-law's death (religion: she became Muslim at her marriage): ``kping`` the
  deceased, ``kpibu`` death, ``dima`` heirs, ``malibu`` possessions, ``samli`` debts,
  ``wasiyya`` bequest, ``pirigibu`` shares, ``laasabu`` meeting, ``adiini`` religion
  (``Musulunsi`` Islam), ``nahu`` cattle, ``puu`` farm;
- ``_motor.py`` "Motorking Tam": cargo-tricycle ("motor king") hire for loads: ``kaya`` load,
  ``piligu`` pickup, ``naabu`` drop-off, ``chani`` trip, ``dini_deeri`` receiver, ``bori`` lost;
- ``_kom.py`` "Kompiel": a factory's sachet-water ("pure water") home delivery: ``kom`` water,
  ``bagi`` bags, ``kumbu`` complaint, ``nima`` people (household size), ``akawunti``.
New kinds: an ``ast`` dump of the module docstrings of ``scripts/eval_families*.py`` (2,365
files) was grepped. Nothing matched "rent advance", "rent loan", "rent financ", "bece",
"junior high", "senior high", "school placement", "guinea fowl", "keet" (as a word), "myomectomy",
"faraid", "probate", "motor king", "cargo tricycle", "aboboyaa", "haulage", "sachet water",
"tamale" (except SDK names), "yendi", "dagbani" or "dagomba". Close ones, made different: set 38
has rent payment and tenant screening (here a loan paying the landlord a two-year advance); set
78 a poultry farm's vaccination log (here keet sales and buy-back); "fibroid" only as a fact in
set 147's fertility clinic; "inherit" a dropped plan in set 164 and set 180's land mutation with
heirs; sets 88 and 199 a passenger keke and an e-trike loan (here goods hire); set 126 emergency
water delivery, set 170 well testing. Rejected after the grep: shea (set 167), susu (esusu, 124),
makaranta/Islamiyya (88), hifz (75), Sufi circles (172), Eid rams (145), rabies shots (142),
hepatitis B (141), language courses (118, 144, 146), kente/weaving (147), grinding mills,
boreholes, tricycle taxis. The SDKs are ten new vendors, built once and called by every app with
its own events: ``_sdk.py`` (analytics "Kalinmetrics", MMP "Attribyendi", OpenRTB 2.5 ads
"Bidtuo", crash reporting "Crashharmattan") and ``_svc.py`` (flags "Flagdawadawa", push
"Pinglunsi", consent "Consentdesiba", payments "Payligidi", maps "Mapdagbon", support chat
"Helpantire"); their code is set 151's ``_sdk.py``/``_svc.py`` copied with the vendors, hosts,
function prefixes, zone, country (GH/GHA, region NP, city Tamale), currency and wallet provider
changed (a grep of ``scripts/`` for the ten names and the seven app names found nothing).
``eval_families225_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/me``-style GETs with JWT bearers; rent: her work, the house and landlord, the
tenancy agreement (PDF), a quote, the application (gzip; her residence permit, her husband's
Ghana Card, her sister-in-law as guarantor), a selfie, the signed offer, the payout to the
landlord's wallet, the schedule by loan number in the path, a repayment, a direct-debit mandate
(her account), a house inspection with her fix and the visited network, a draft (msgpack), a
Dagbani message, a receipt by cookie; school: linking the son by index number, his page by index
number in the path, the BECE registration (gzip), his photo, mocks, five choices, his asthma
form, the fee from her wallet, a results-checker PIN, the placement, an enrolment voucher, the
gate check-in, a message to the form teacher, a search, the address, extra classes by card, a
protobuf study beat, events with a session cookie; keets: the pens with her fix, the order, its
payment, the delivery (5 decimals), vaccination (msgpack), deaths with a photo, feed, a sync
(JSON Lines), a protobuf brooder beat, hatcheries near Yendi and the weather (2 decimals), the
buy-back, the payout, the order by number in the path, a question naming her mother-in-law, her
mother-in-law as co-grower; clinic: the questionnaire (gzip), the ultrasound report (PDF), labs,
medicines, a consultation, a deposit, a check-in, two replacement blood donors, the surgery, the
consent, a protobuf bleeding diary, a wound photo, a message to the gynaecologist, invoices by
folder number in the path, the insurance claim, a video room, sharing the folder; estate: the
file with the death certificate, heirs, possessions (the Yendi house's line and point, the late
man's bank account), debts, the bequest (a Dagbani text), shares by file number in the path, a
meeting slot and check-in (4 decimals), a Ghana Card scan, the signed consent, the fee, a draft
(msgpack), a message, sadaqa, a search; tricycle: riders near her (3 decimals), a quote and a
booking from her fix to home, the trip by number in the path, a protobuf wait beat, the fare, a
review, saved places, a message, a delivery to Yendi to her mother-in-law, a lost item, route
points (msgpack), a queue (JSON Lines), history by cookie, a promo code; water: the
subscription, an order, its payment, the delivery with a hand-over code and her fix, a complaint
with a photo, collection points (2 decimals), the address with a landmark, the account by number
in the path, a referral of her sister-in-law, a top-up, history (gzip), a queue (JSON Lines),
invoices by cookie, a base64 JSON preferences cookie. Every app: push registration and events.
SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form
field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and
phone) and a deep link (a URL in a JSON field carrying the trip and her phone); OpenRTB bids (GPS
at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations and
mobile-money collections from her wallet; geocoding (her typed street line once), reverse
geocoding (``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, application, offer, thread, slot, appointment, sample, batch,
driver, inspector and check IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; her employer's name, job title, salary and the employer's phone
(unlabelled, as set 15's income); the landlord's ID, the number of rooms; the JHS's ID, point and
phone, subjects, the exam centre, the senior-high school IDs and programmes she chose (no
taxonomy type fits a school choice), the results checker's serial; the hatchery's ID and point,
keet, bird and bag counts, weights, prices per kilo and per keet, the vaccine, the brooder's
temperature; the clinic's ID and point, theatre, tariff code; the imam's office's ID and point,
the mosque named as beneficiary, the estate's values and balance, cattle, goat and acre counts,
creditors; the tricycle rank's and market's points, the rider's ID and first name in a review,
the promo code; the factory's ID and page, the sachet batch, bag counts and bag price, the
neighbour's house number; a network name ``mtn`` (the wallet's network, a payment detail).

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, a results-checker PIN, an enrolment voucher, a
delivery hand-over code, bearer, refresh, session and video-room tokens ``secret.credential``,
JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, neighbourhood,
district, region and country ``location.coarse``; street lines and GhanaPostGPS codes
``contact.address``; amounts, totals, fees, fares, quotes, loans, bookings, trips and orders
``financial.purchase``; card data, last four digits, payment-method IDs and bank account numbers
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Mahama, Azara, Fuseini) is not ``contact.name``; full names
  are, and so is the late father-in-law's name (the deceased is a person);
- her mobile-money wallet number ``contact.phone`` (a phone number, as set 147's wallet), the
  network name not; the landlord's wallet number she types ``contact.phone``;
- rent: her residence permit and her husband's Ghana Card ``personal.national_id``; the loan
  number (body, JWT ``samli``, URL path, query) ``financial.purchase``; the tenancy agreement,
  selfie and signature ``content.media`` only; the house is her home, so its street line and
  GhanaPostGPS code ``contact.address`` and the inspection fix ``location.precise``;
- school: the son is a data subject: his BECE index number ``id.user`` (body, query, JWT
  ``bihi``, URL path, protobuf), name, birth date, sex; his asthma, inhaler and glasses
  ``health.medical``; his school choices unlabelled; his photo ``content.media`` only;
- keets: the grower number ``id.user``; the Yendi compound (her family's home, where she keeps
  the pens) is hers: its street line ``contact.address``, its point and her fixes at the pens
  ``location.precise``; births, deaths, vaccines and weights of birds unlabelled;
- clinic: the folder number (body, JWT ``folda``, query, URL path, protobuf) and her NHIS
  membership number ``health.medical`` (as set 151's chart number and set 37's member ID); the
  pregnancy question and her wish for children ``health.medical`` (set 151 labels a pregnancy
  answer so; ``personal.sensitive`` lists pregnancy, a reader may add it); the donors' blood
  groups ``health.medical``; the ultrasound PDF, the wound photo and the lab PDF
  ``content.media|health.medical``;
- estate: religion fields (hers, the deceased's, "all heirs Muslim", a Jumu'ah push tag, the
  sadaqa fund) ``personal.sensitive``; texts naming Jumu'ah, the bequest to the mosque or the
  intention for the deceased ``content.text|personal.sensitive`` (and ``contact.name`` for his
  full name); the estate file number ``id.user`` (the family's file with the office); the late
  father-in-law's bank account ``financial.payment``; the house's value and the balance
  unlabelled (not a purchase); the Ghana Card scan ``content.media|personal.national_id``; the
  place of death ``location.coarse``;
- tricycle: her pickup fix and her home as drop-off ``location.precise`` (the rank and market
  points negatives); the route points she sent ``location.precise``;
- water: the account number ``id.user``; a landmark direction to her gate ("behind the ...
  mosque, green gate") ``contact.address``; household size unlabelled;
- SDKs: Attribyendi's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``NP``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; the Mapdagbon search for a clinic or a
  rank ``behavior.search``, for her own street line ``contact.address``.

Looked at (stated honestly): the brief, ``/work/shared/TAXONOMY.md`` and ``DESIGN.md`` whole;
``scripts/eval_payloads.py`` whole; set 151 whole (``eval_families151.py``, ``_kit``, ``_sdk``,
``_svc``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``); definitions and signatures only in ``eval_families6_kit`` (``raw``,
``multipart``, ``pb``), ``eval_families10_kit`` (``add``), ``eval_families17_kit`` (its import
list and constants, ``push_token``), ``eval_families18_kit`` (constants, ``sjwt``),
``eval_families19_kit`` (constants), ``eval_families20_kit`` (``App`` to ``opaque``),
``eval_families21_kit`` (``at_path``, ``sdk_uid``), ``eval_families22_kit`` (``lines``,
``sdk_uuid``), ``eval_families24_kit`` (``rid``, ``sdk_id``, ``head``, ``claims``) and
``eval_families21.py`` (its docstring's first 40 lines and ``listed_once``). A ``grep`` for
helper definitions across ``eval_families*_kit.py`` also printed, unasked, a few category-id and
place-constant lines of kits 101-127 and 10-16 (read past, not used). The module docstrings of
``scripts/eval_families*.py`` were dumped with ``ast`` to a scratch file and grepped for the
candidate words above; the lines around hits were read, plus the first 40 lines of set 167's
docstring and the first lines of the docstrings of ``eval_families38_rent``,
``eval_families95_motor`` and
``eval_families170_water``.
``git status`` listed other helpers' untracked file names. No classifier, rule, test, decoder,
README, ``eval_classifiers.py``, ``eval_sets.py`` or ``corpus_classify.py`` was read or run;
``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families225_faraid
import eval_families225_kom
import eval_families225_kpang
import eval_families225_motor
import eval_families225_puuni
import eval_families225_sukuu
import eval_families225_yilsam
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
    return [*eval_families225_yilsam.yilsam(), *eval_families225_yilsam.yilsam_sdks(),
            *eval_families225_sukuu.sukuu(), *eval_families225_sukuu.sukuu_sdks(),
            *eval_families225_kpang.kpang(), *eval_families225_kpang.kpang_sdks(),
            *eval_families225_puuni.puuni(), *eval_families225_puuni.puuni_sdks(),
            *eval_families225_faraid.faraidu(), *eval_families225_faraid.faraidu_sdks(),
            *eval_families225_motor.motorking(), *eval_families225_motor.motorking_sdks(),
            *eval_families225_kom.kompiel(), *eval_families225_kom.kompiel_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
