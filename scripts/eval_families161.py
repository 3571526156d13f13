"""Hundred-and-sixty-first, BLIND labelled set for the classifier evaluation ("blind158"): written
without reading the classifier code, its rules, the decoders, the tests or the README, and never
run through a classifier by its author; ``main`` (the project's decoder path check) was run on it
at the end. It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (153 first-party calls and 78 SDK calls, 231 exchanges, 1,793
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Yangon (Myanmar) with her Burmese husband Zaw Min Htet, her US SIM
roaming; their son Aung Khant Min (10) is to be novitiated as a Buddhist novice; her husband's
mother Daw Khin Mar Yi lives in Mandalay, where the family house was damaged by the earthquake;
his sister Su Myat Noe stays with them. Seven app kinds (fictional names, hosts under example.*
per RFC 2606, no real company named as sender), each with its own API whose keys are Burmese in
Latin letters, MLC-style romanisation as Burmese developers write them (tone marks dropped,
``c`` for sa, ``hc`` for hsa, ``ny`` for nya, ``hp`` for pha), mixed with English where real
apps do (``token``, ``id``, ``user``, ``lat``/``lng``, ``passport``, ``frc``, ``imei``):
a son's novitiation-ceremony (shinbyu) planner ``eval_families161_shinbyu.py`` ("Shinlaung"), a
ward office's household list and overnight-guest registration ``_rapkwak.py`` ("Rapkwak"), a
Thingyan water-festival pandal's family passes ``_sangkran.py`` ("Sangkran"), an earthquake
damage, relief and repair app for the Mandalay house ``_ngalyang.py`` ("Ngalyang"), a Burmese
traditional-medicine clinic ``_tuingrang.py`` ("Tuingrang"), a monastic school's volunteer
teachers ``_kyaungsa.py`` ("Kyaungsa") and a weekday-of-birth astrologer ``_bedang.py``
("Bedang"). Common key words: ``amany`` name, ``hpun`` phone, ``imel`` e-mail, ``cakahwak``
password, ``mwe_ne`` birth date, ``nenam`` weekday of birth, ``asak`` age, ``kya_ma`` sex
(``kya`` male, ``ma`` female), ``hmatpumtang`` NRC card number, ``lumyui`` race/ethnicity,
``bhasa`` religion, ``lipca`` address, ``lam`` street line, ``rapkwak`` ward, ``mruinay``
township, ``mrui`` town, ``tuing`` region, ``ca_tuik`` post code, ``tanyne`` position,
``khangpwan`` husband, ``sa`` son, ``yokkhama`` mother-in-law, ``hcakhcany`` relation,
``pamana`` amount, ``ngwe_pekhye`` payment, ``nany`` (payment) method, ``kat_nauk4`` card's last
four, ``ahma`` order, ``necwai`` date, ``akhyin`` time, ``catui`` message, ``lakkhan``
recipient, ``hmatkhyak`` remark, ``dhatpum`` photo, ``hrahpwe`` search, ``kyanmare`` health,
``roga`` illness, ``hce`` medicine, ``dhat_matany`` allergy, ``carangswang`` register,
``wangrauk`` log in, ``htwak`` log out, ``kywannup`` me, ``atanypru`` verify, ``kud`` code,
``cak`` device, ``lhup_rhar_hmu`` events, ``hlup`` events list, ``pyecalwha`` receipt; each
module's docstring lists its own. App kinds were checked by a docstring grep of ``scripts/``:
"shinbyu", "novitiat", "ordination", "household list", "ward office", "earthquake", "thingyan",
"traditional medicine" matched nothing; "novice" matched set 125's pagoda sponsorship,
"festival" many processions and stalls, "cyclone"/"relief" sets 122 and 132 (evacuation,
shelters), "astrolog"/"horoscop" sets 18, 87 (matchmaking) and 141, "herbal" set 64 (Chinese
medicine), "volunteer" food banks, hospices and festivals; each module says how it differs.
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Mohingastat", MMP "Trackshwe", OpenRTB 2.5 ads "Bidpadauk", crash
reporting "Crashthanaka") and ``_svc.py`` (flags "Flagzedi", push "Pingchinlone", consent
"Consentnaga", payments "Coinkyat", maps "Mapayeyar", support chat "Helplaphet"); their code is
set 151's SDK shapes with the vendors, hosts, zone (Asia/Yangon), country (MM/MMR), region
(``06``), currency (MMK) and offsets changed (a grep of ``scripts/`` found none of the ten
names). ``eval_families161_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes), ``/kywannup`` GETs with JWT bearers, profile and address edits, payments (card tokens,
last four digits, payment methods, a bank account, a mobile wallet), uploads (photos, a signature,
a voice question, PDFs), searches, messages, bookings, check-ins with her fixes, protobuf beats
(procession, crowd wristband, damage survey, home readings, lesson), msgpack bodies (alms meal,
member updates, pandal food, damage list, self-care diary, lesson plan, saved readings), gzip
bodies (health forms, events), base64 JSON in form fields and a cookie, values in URL paths
(order, household-list, pass, relief, patient, volunteer and member numbers), query strings,
cookies, headers and JWT claims; SDKs: analytics batches (gzip; positions at 2 or 3 decimals),
traits (base64 JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP
installs, events (hashed e-mail and phone) and a deep link; OpenRTB bids (GPS or IP geo; a
year of birth and gender once) and notices; crash envelopes and sessions; flag evaluations;
push subscribers; consent records and checks; card tokens, confirmations and a wallet payout;
geocoding, reverse geocoding, routes and telemetry; support messages and uploads.

Negatives are implicit: request, check-in, scan, inspection, appointment and object IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
monastery's name, phone and point, the pagoda stop, package IDs, dishes and their prices, the
other donors' amounts; the ward office's ID and point, occupations, the watch post; the pandal's
ID and point, gates, the float truck and route; the relief point's ID and point, the contractor
and its phone, item lists; the clinic's ID and point, the physician's ID; the school's ID, class
and point, pupils' opaque IDs and marks; the astrologer's ID, forecasts' words.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; ward, township, town, region, post code, birthplace and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares, bookings,
passes and orders ``financial.purchase``; card data, last four digits, payment-method IDs, card
tokens and bank accounts ``financial.payment``; another person's full name, phone and e-mail
typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Maung Ko Ko, a pupil) is not ``contact.name``; a full
  Burmese name (Burmese names have no surname) always is, with or without ``Daw``/``U``;
- NRC numbers (husband, mother-in-law, sister-in-law), her foreigner registration certificate,
  stay permit and passport, the son's birth-certificate number and the ward's household-list
  number ``personal.national_id``;
- ethnicity (``lumyui``) and religion (``bhasa``) on the ward's forms ``personal.sensitive``;
  the novitiation, its date, the novice's religious name, the monastery's ID where it records
  the family's affiliation (sign-up, novice, JWT, push tag) and the astrologer's remedy
  (an offering at the pagoda) ``personal.sensitive`` (religion); the monastery ID elsewhere a
  negative; the weekday of birth (``nenam``) and age ``personal.birthdate``; the birth time
  ``personal.birthdate``, the birthplace ``location.coarse``;
- health: the patient record number (body, JWT, query, URL path, protobuf) ``health.medical``
  (as set 151's chart number); symptoms, elements, medicines, allergies, blood pressure,
  menstruation, sleep hours, pain scores, injuries and first aid ``health.medical``; pulse,
  weight and height ``health.fitness``; the tongue photo and a lab PDF
  ``content.media|health.medical``;
- the son's lost-child wristband number ``id.user``; her relief registration, volunteer and
  astrology member numbers ``id.user``; her husband's lost phone's IMEI ``id.hardware``;
- the Mandalay house (a family house she files for): its point ``location.precise``, its street
  line ``contact.address``; relief cash-aid and repair amounts ``financial.purchase``;
- palm photo, voice question, signature image, class photo ``content.media`` only;
- SDKs: Trackshwe's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``06``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): TAXONOMY.md; the path notation line of DESIGN.md (by grep); the
head of ``eval_payloads.py`` (markers, ``case``, ``profile``); ``eval_families151.py`` and all its
modules (the template; ``_sdk.py``/``_svc.py`` copied with renames); the constant and function
lines of the kits 6, 17-24 (by grep) and ``head``/``claims``/``at_path``/``multipart``/``pb``/
``raw``/``listed_once``'s bodies; file-name and docstring greps of ``scripts/`` for the app
kinds and the new names. No classifier, rule, test or decoder was read or run; ``main`` and
``ruff check --select F`` were run on these files. A scratch runner (a copy of ``main`` taking
module names) was written to /tmp and deleted after one use; later module checks ran inline.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families161_bedang
import eval_families161_kyaungsa
import eval_families161_ngalyang
import eval_families161_rapkwak
import eval_families161_sangkran
import eval_families161_shinbyu
import eval_families161_tuingrang
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders with ``main`` (module by module while writing); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [
        *eval_families161_shinbyu.shinlaung(),
        *eval_families161_shinbyu.shinlaung_sdks(),
        *eval_families161_rapkwak.rapkwak(),
        *eval_families161_rapkwak.rapkwak_sdks(),
        *eval_families161_sangkran.sangkran(),
        *eval_families161_sangkran.sangkran_sdks(),
        *eval_families161_ngalyang.ngalyang(),
        *eval_families161_ngalyang.ngalyang_sdks(),
        *eval_families161_tuingrang.tuingrang(),
        *eval_families161_tuingrang.tuingrang_sdks(),
        *eval_families161_kyaungsa.kyaungsa(),
        *eval_families161_kyaungsa.kyaungsa_sdks(),
        *eval_families161_bedang.bedang(),
        *eval_families161_bedang.bedang_sdks(),
    ]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
