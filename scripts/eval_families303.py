"""Three-hundred-and-third, BLIND labelled set for the classifier evaluation ("blind300"): written
without reading the classifier code, its rules, its decoders, the tests or the README, and never
run through a classifier by its author; ``main`` (the project's decoder path check) ran eight
times, after the first app, the second, all seven and five times at the end (every labelled path
was found each time; it exits 0). It is to be scored
once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this
author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths as set 151
uses them). Like sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and
SDK shapes in roughly the proportions real captures have (152 first-party calls and 81 SDK calls,
233 exchanges, 1,689 labelled fields after ``listed_once``, 1,713 category labels as ``main``
prints them), mostly ordinary placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes. She (the profile's Jane Doe) lives in Namche
Bazaar (Khumbu Pasanglhamu rural municipality, ward 5, Solukhumbu, Nepal) with her Sherpa husband
Mingma Tenzing Sherpa, her US SIM roaming; they keep a small trekkers' lodge and three dzos. Their
daughter Pema Diki (8) walks over the Syangboche saddle to school in Khumjung, where Mingma's
mother Ang Phuti (Pema's ibi) lives; his brother Dawa Nuru guides climbers from Thame; her sister
Clara is in Ohio (all fictional). Nepal: NPR, +977 numbers, Asia/Kathmandu, her US passport, her
non-tourist (spouse) visa and PAN. Seven app kinds (fictional names, hosts under example.* per RFC
2606, no real company named as sender), each with its own API whose keys are Sherpa, ASCII-folded
as a Namche developer would type them, mixed with the English words real APIs keep (``email``,
``token``, ``id``, ``otp``, ``pin``, ``imei``) and Nepali loans where a Nepali developer would use
them (``rakam``, ``bhuktani``, ``khata``, ``bima``, ``rasid``); each module's docstring lists its
keys:

- ``eval_families303_dumji.py`` "Dumji Lawa": the village Dumji festival's sponsor rota and
  offerings (her religion; her husband's clan): ``min``, ``gyuming``, ``khapar``, ``sangta``,
  ``kyetshe``, ``yul``, ``khyoga``, ``khyimtsang`` household, ``ru`` clan, ``cholug`` religion,
  ``lawa`` sponsor, ``ngul``, ``ngultre``, ``chopa``, ``chome`` butter lamps, ``kurim`` rite,
  ``shipa`` the departed, ``monlam``, ``tam``, ``par``, ``tshol``, ``jinpa``, ``bya`` events;
- ``_kyidug.py`` "Kyidug": the lodge owners' mutual-aid society (money: dues, interest-free loans,
  death and illness support, goods lent): ``tsogpa_ang`` member number, ``mobail``, ``lamyig``
  passport, ``pan``, ``visa``, ``nesa`` residence, ``bulon`` loan, ``rakam``, ``bhuktani``,
  ``jamma``, ``kisti``, ``jamani`` guarantor, ``khata``, ``rogram`` support, ``tsogdu`` meeting,
  ``sampa`` goods lent, ``karan`` reason;
- ``_khyagne.py`` "Khyagne": her frostbite follow-up with the valley health post (her health):
  ``nepa_ang`` patient number, ``pho_mo`` sex, ``ne`` illness, ``kangpa`` foot, ``sormo`` toes,
  ``drodang`` skin temperature, ``men``, ``menyig`` prescription, ``ngonzin`` appointment,
  ``tshok`` check-in, ``sacha`` place;
- ``_lamdro.py`` "Lamdro": the daughter's walk-to-school group with an escort (the child's data):
  ``ama`` parent, ``phrugu`` child, ``bumo`` girl, ``lobdra`` school, ``lobtrug_ang`` pupil
  number, ``gegen`` teacher, ``lamdrog`` escort / group, ``dzomsa`` meeting point, ``lamka``
  trail, ``lo`` age, ``trak`` blood group, ``nyenkha`` emergency, ``mayong`` absence,
  ``khelen`` consent, ``khyim`` home, ``dutsho`` time;
- ``_dzo.py`` "Dzomo Khal": the pack-stock owners' hire board (their dzos; she runs the
  account): ``dagpo_ang`` owner number, ``dzo``, ``khal`` load, ``kilo``, ``dzopa`` driver, ``la``
  wage, ``rtsa`` hay, ``gong`` price, ``pan``, ``khata``;
- ``_drelwa.py`` "Drelwa": a satellite messenger's companion app: ``trulkhor`` device, ``imei``,
  ``serial``, ``tam``, ``lendzin`` recipient, ``lamshul`` track, ``nyenkha`` SOS,
  ``nyenkha_drog`` emergency contacts, ``bima`` insurance, ``namshi`` weather, ``gormo`` amount,
  ``tro`` payment;
- ``_khyagri.py`` "Khyagri": a village ice-climbing school's course app: ``lobma`` student,
  ``lobjong`` course, ``jitse`` weight, ``thotse`` height, ``lham`` boot size, ``chalag`` gear,
  ``lagta`` signature, ``nesa`` lodging, ``nyin`` day.

New kinds (a file-name and module-docstring grep of ``scripts/eval_families*`` for each candidate
word; words tried and dropped are listed too): "dumji", "lawa", "kyidug", "frostbite", "cold
injury", "walking bus", "walk to school", "school walk", "satellite messenger", "inreach",
"ice climb", "climbing school", "climbing course", "zopkio", "pack-stock", "pack animal",
"sherpa", "khumbu", "namche", "lukla", "everest" matched nothing (or only inside other words:
"dzo" in Bidzomo and rendzo, "yak" in kayak and Yakutsk). Neighbours, made different and said so in
each module: "monaster"/"buddhis"/"butter lamp" (sets 113, 125, 141, 161, 186: readings, merit,
novitiation, teachings; here a village festival's sponsorship), "mutual aid" (192, 238), "savings
group"/"burial society"/"sahakari" (88, 112, 124, 128, 133, 138, 142, 149, 150), "wound" (132 and
post-operative sets), "escort" (other meanings), "crampon" (set 76's ski app), porter and mule
cargo (149, where she is the customer), "satellite" (182's satellite phone, 217's satellite
Wi-Fi). Dropped as taken: altitude-sickness and oximetry logs (99, 109), trekking and climbing
permits (99, 117), bush-plane and helicopter seats with body weights (116, 120, 234), lodges and
host apps (73, 84, 99, 100, 111, 130, 166, 246), Nepal savings (99, 149), family planning (136),
eye camps and glasses, LPG cylinders, internet cards, weekly markets. The SDKs are ten new vendors,
built once and called by every app with its own events: ``_sdk.py`` (analytics "Tallyrimdu", MMP
"Trackthamserku", OpenRTB 2.5 ads "Bidkongde", crash reporting "Crashtaboche") and ``_svc.py``
(flags "Flagchorten", push "Pingdablam", consent "Consentkhunde", payments "Coinpangboche", maps
"Mapgokyo", support chat "Helpsherwa"); their code is set 151's with the vendors, hosts, function
prefixes, zone, country (NP / NPL, region P1, city Namche Bazaar), language and currency (NPR)
changed (a grep of ``scripts/`` found none of the ten names). ``eval_families303_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS, e-mail
and OTP codes, a PIN), ``/nga``-style GETs with JWT bearers (claims: household, clan, member,
patient, pupil list, owner, the messenger's IMEI, student); festival: the household with her
clan and religion, the rota, the sponsorship, offerings (msgpack), the payment, 108 butter lamps
with an intention, a rite for the departed, a check-in at the gompa (5 decimals), seats, a
message, a photo, the household by number in the path, its people, a search, a receipt by cookie,
a donation, a base64 JSON preferences cookie, a log-out; society: joining (passport, visa, PAN,
residence), OTP, PIN, the ledger by member number in the path, dues, a bank account, a loan
request (gzip) with her brother-in-law as guarantor, the schedule by loan number in the path, a
repayment (msgpack), funeral-rite support, illness support with a bill photo, a meeting RSVP and
check-in (4 decimals), the statement by cookie, tents and pots borrowed, a message quoting her
phone, an offline sync (JSON Lines), a re-verification (base64 JSON in a form field); frostbite:
registration, the intake (gzip), a toe photo, a protobuf diary, skin temperatures (msgpack), a
dressing change, the check-in (5 decimals), a message to the doctor, prescriptions, medicines
sent up, the payment, a video room, sharing with her husband, the discharge PDF, the bill by
patient number in the path; walking group: the child's registration and emergency card (gzip),
a pick-up authorisation for her grandmother, the hand-over at the saddle (5 decimals), an absence
note, status, notices, the fee, the child's photo, messages to the escort and teacher, a trip
consent, "home" (4-decimal strings), the walk log by pupil number in the path, an offline queue
(msgpack), the roster by cookie; pack stock: the animals (msgpack), the board, a job with their
driver, the check-in at the Lukla yard (6 decimals), a load photo, invoices by owner number in
the path, the payout account, the driver's wage, a vet visit, hay (gzip), an offline sync (JSON
Lines), a dispute, the tax summary with a base64 JSON cookie; messenger: pairing (IMEI), the
plan, the SOS profile (gzip), presets, a message with her fix, the inbox, a protobuf track beat,
a track batch (msgpack), a share page, "OK" (4-decimal strings), weather at 2 decimals, a
firmware check, devices by user ID in the path; ice school: the enrolment (weight, height, boot
size), the waiver (gzip) and its signature image, gear hire (msgpack), a dorm bed, the check-in
at the wall (6 decimals), a day's log, a video, feedback by student number in the path, the
certificate by cookie, a message naming her brother-in-law with his phone, an offline sync (JSON
Lines). SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a
form field), offline queues (JSON Lines), a base64url beacon; MMP installs, sessions, events
(hashed e-mail and phone) and a deep link carrying her user ID and e-mail; OpenRTB bids (GPS at 2
or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and
mobile-wallet payouts (to her husband's and the driver's numbers); geocoding, reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, slot, appointment, thread, job, meeting, line and loan-line
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
gompa's ID as a catalogue filter, its point, the lama's ID, offerings' items and quantities; the
society's ID, another member's number (the guarantor's), the culture hall's point, the tents and
pots; the health post's ID, point and phone, the probe's ID, the porter's ID; the school's ID, the
group's ID, the saddle's point, the trip and teacher IDs, the trail's name; the pack-stock
association's yard and its point, the dzos' ear tags, ages and loads, the customer lodge's name,
the animals' medicine and ticks (an animal's health), hay kilos, the fiscal year; the messenger's
serial, firmware and nickname, its battery level, altitudes, the ice school's point in a weather
query; the ice school's ID and the wall's point, gear items, route grades, the dorm.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail/OTP codes, a PIN, a share page's password, bearer, refresh,
session and video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and
carrier ``location.carrier``; town, ward, village, district, region and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, prices, dues, loans,
bookings and orders ``financial.purchase``; card data, last four digits, payment-method IDs and
bank accounts ``financial.payment``; another person's full name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact,
a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Mingma, Pema, Ibi as a kin word) is not ``contact.name``
  except where the text is about the child (absence note, messages to the escort and the
  teacher); full names always are;
- festival: the clan (``ru``: in the body, a JWT claim, an SDK trait), religion, the sponsorship
  flag, the rite names, the dance day attended, the donation fund, the gompa's ID where it records
  her offering or rite, the gompa's name as a push tag and the photo caption of the child's dance
  costume ``personal.sensitive``; the household number ``id.user``; the departed father-in-law's
  name ``contact.name``; the intention naming Ibi's knee pain ``content.text|personal.sensitive|
  health.medical``; the offerings' items (butter, grain, beer) unlabelled;
- society: the member number ``id.user``; passport, visa and PAN ``personal.national_id``; the
  loan's number (body, URL path, msgpack) and amounts ``financial.purchase`` (as bookings and
  orders; no taxonomy type fits a loan better); the funeral rite's kind ``personal.sensitive``;
  the bill photo ``content.media|health.medical``; the guarantor's member number a negative;
- frostbite: the patient number (body, JWT, query, URL path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart); injury, toes, pain, skin temperatures, medicines,
  the dressing change ``health.medical``; where it happened (Gokyo Ri) ``location.coarse``; a
  search for "frostbite blister care" ``behavior.search|health.medical`` (she searches her own
  condition);
- walking group: the child is a data subject: her name, birth date, age (``lo``), sex, pupil
  number (body, query, JWT ``lobtrug``, URL path), asthma, inhaler and blood group labelled;
  the child's photo ``content.media``;
- pack stock: the owner number ``id.user``; their driver's name and phone ``contact.*``; the
  driver's wage, vet bill and hay ``financial.purchase``; the animals' medicine unlabelled;
- messenger: the messenger's IMEI ``id.hardware`` (an accessory she always carries; the serial
  is left a negative, as set 151 leaves accessories' serials); the rescue-insurance policy number
  ``id.user`` (an account number of hers; also in the ice school's waiver); weather at 2 decimals
  ``location.coarse``; the message to her husband's number ``contact.phone``;
- ice school: weight, height and boot size ``health.fitness`` (body measurements); the
  frostbite history and medicine ``health.medical``; the typed signature name ``contact.name``,
  the signature image ``content.media``; "toes numb and white" ``content.text|health.medical``;
- SDKs: Trackthamserku's ``country`` ``location.coarse`` and ``roaming`` ``device.info``;
  OpenRTB geo country, region (``P1``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md``; set 151 whole
(``eval_families151.py`` and its ``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_dental``,
``_parish``, ``_building``, ``_qvevri``, ``_school``, ``_svan``), ``eval_payloads.py`` whole;
of the helper kits only definitions and signatures (``eval_families17_kit`` head and imports,
``report`` in ``eval_families8_kit``, ``App``/``ev``/``opaque``/constants in ``_20_kit``,
``head``/``claims``/``rid``/``sdk_id`` in ``_24_kit``, ``raw``/``multipart``/``pb`` in
``_6_kit``, ``enc`` in ``_7_kit``, ``add`` in ``_10_kit``, ``at_path``/``sdk_uid`` in
``_21_kit``, ``lines``/``sdk_uuid`` in ``_22_kit``, ``sjwt`` in ``_18_kit``, category constants in
``_16_kit``); module docstrings of all ``scripts/eval_families*`` through a word grep (the
matching snippets), and, more than snippets, the first 3,500 characters of set 186's entry
docstring (a Tibetan-keyed set, to see its keys) and the first 700 characters of the docstrings
of ``eval_families149_bhari``, ``_279_paulitos``, ``_99_permit`` and ``_130_lodge``. One grep
for constant definitions (``E164 =``, ``BUY =``...) strayed beyond the kits and printed single
constant lines of ``eval_families.py``, ``eval_families2.py``, ``eval_families37_chat.py`` and
``eval_families162_nationalitet.py`` (e.g. ``VOICE = "biometric.voice"``); nothing else of them
was read. No classifier, rule, test, decoder, README or DESIGN.md was read or run (``ruff check
--select F`` ran on these files); no git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families303_drelwa
import eval_families303_dumji
import eval_families303_dzo
import eval_families303_khyagne
import eval_families303_khyagri
import eval_families303_kyidug
import eval_families303_lamdro
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families303_dumji.dumji(), *eval_families303_dumji.dumji_sdks(),
            *eval_families303_kyidug.kyidug(), *eval_families303_kyidug.kyidug_sdks(),
            *eval_families303_khyagne.khyagne(), *eval_families303_khyagne.khyagne_sdks(),
            *eval_families303_lamdro.lamdro(), *eval_families303_lamdro.lamdro_sdks(),
            *eval_families303_dzo.dzo(), *eval_families303_dzo.dzo_sdks(),
            *eval_families303_drelwa.drelwa(), *eval_families303_drelwa.drelwa_sdks(),
            *eval_families303_khyagri.khyagri(), *eval_families303_khyagri.khyagri_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
