"""Two-hundred-and-eighty-fifth, BLIND labelled set for the classifier evaluation ("blind282"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run six times at the end (the set grew from 222 to 230 exchanges between runs; one
run was piped to ``head`` and died of a broken pipe; the others exited 0 with no missing
path). It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
sets 20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (151 first-party calls and 79 SDK calls, 230 exchanges, 1,694
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She is a Hmong American (Hmong name Ntxhi) who has moved to her husband's village,
Lao Chai below Sa Pa (Lao Cai province, Vietnam), her US SIM roaming; her husband Thoj Pov (Thao
A Po on his papers) grows cardamom in the forest; their son Tooj (Thao A Tong, 7) learns the qeej;
their daughter Ntxawm was born on 5 January 2026 and she keeps the month of confinement at home
with her mother-in-law Lis Mim (Ly Thi Mi), who weaves hemp. All fictional. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each
with its own API and the SDKs it embeds. Every API's keys are Hmong in RPA (already ASCII, tone
letters kept, words joined by ``_``) with the English words APIs keep (``email``, ``id``,
``token``, ``code``, ``lat``/``lng``, ``passport``, ``events``, ``user``) and Vietnamese loans as
Lao Cai Hmong write them (``tais_khoas`` account, from tai khoan; ``thaus quas`` cardamom):
- ``eval_families285_thauqua.py`` "Thaus Quas Tsev": the family's cardamom drying and sales
  ledger (money: sales, an advance, payouts to her bank account, a mobile-wallet payout).
  Keys: ``npe`` first name, ``xeem`` surname (clan name), ``xov_tooj`` phone, ``lo_zais``
  password, ``hnub_yug`` birth date, ``chaw_nyob`` address, ``zos`` village, ``nroog`` town,
  ``xeev`` province, ``txiv`` husband, ``lej_neeg_cog`` grower number, ``teb`` field,
  ``ces_kaum`` corners, ``khaws`` harvest, ``ziab`` drying, ``hnyav`` weight, ``taws`` firewood,
  ``muag`` sale, ``nqi`` price, ``tag_nrho`` total, ``tais_khoas`` account,
  ``tsev_txhab_nyiaj`` bank, ``qiv_nyiaj`` advance, ``vim`` reason, ``lus`` message, ``nrhiav``
  search, ``duab`` photo, ``sau_tseg`` note, ``huab_cua`` weather, ``ceeb_toom`` alert;
- ``_haivneeg.py`` "Pab Haiv Neeg": the commune's ethnic-minority household support programme
  (a sensitive trait: her and the family's ethnic group, the household's belief). Keys:
  ``haiv_neeg`` ethnic group (``Hmoob``), ``kev_ntseeg`` belief (``dab qhuas``), ``poj_txiv``
  sex, ``tsev_neeg`` household, ``tswv_cuab`` members, ``txheeb_ze`` relation, ``daim_npav`` /
  ``tus_lej`` card / its number, ``xyoo_yug`` birth year, ``teb_chaws`` country, ``pab``
  support, ``kawm_ntawv`` schooling, ``npua`` pigs, ``daim_npav_kho_mob`` health-insurance card,
  ``rooj_sib_tham`` meeting, ``xov_xwm`` notices;
- ``_qeej.py`` "Qeej Menyuam": the son's qeej (Hmong mouth organ) and dance class at the Sa Pa
  culture house (the child's data). Keys: ``menyuam`` child, ``chav_kawm`` class, ``xib_fwb``
  teacher, ``kawm`` lesson, ``tuaj`` attendance, ``tsis_tuaj`` absence, ``qhab_nia`` marks,
  ``xyaum`` practice, ``suab`` sound recording, ``khaub_ncaws`` costume, ``siab_cm`` /
  ``hauv_siab_cm`` height / chest, ``ua_yeeb_yam`` show, ``noj_peb_caug`` New Year,
  ``pab_pawg`` group, ``tuaj_tos`` pick-up, ``qiv_qeej`` instrument loan, ``mob`` illness;
- ``_nruabhlis.py`` "Nruab Hlis": a postpartum confinement service, meals, bath herbs and a
  midwife's home visits (her own health data and the newborn's). Keys: ``niam`` mother,
  ``me_nyuam_mos`` newborn, ``yug`` / ``hom_yug`` birth / kind of delivery, ``xaws`` stitches,
  ``los_ntshav_ml`` blood loss, ``pub_mis`` breastfeeding, ``daj`` jaundice, ``ntshav_siab``
  blood pressure, ``plawv_dhia`` pulse, ``siab_ntsws`` mood screening, ``lus_teb`` answers,
  ``tshuaj`` / ``tshuaj_ntsuab`` medicine / herbs, ``kua_zaub_qaib`` chicken soup, ``zaub_mov``
  meals, ``tsis_noj`` foods avoided, ``kws_yug_menyuam`` midwife, ``tuaj_saib`` home visit,
  ``kuaj_hnub`` daily check, ``plaub_tus_kawg`` last four;
- ``_cojkev.py`` "Coj Kev": a trekking guides' cooperative she guides for. Keys:
  ``neeg_coj_kev`` guide, ``daim_npav_coj_kev`` guide card, ``hom_lus`` languages,
  ``hnub_khoom`` free days, ``pab_pawg`` group, ``qhua`` visitors, ``txoj_kev`` route, ``pib``
  start, ``rov_qab`` return, ``qhov_chaw`` position, ``noj_su`` lunch, ``tsev_nyob`` homestay,
  ``raug_mob`` injury, ``nyiaj_zog`` wages, ``nyiaj_pab`` tip, ``nqi_koom`` dues;
- ``_maj.py`` "Ntaub Maj": the village hemp-cloth and indigo cooperative she and her
  mother-in-law belong to. Keys: ``tswv_cuab`` member, ``neeg_qhia`` sponsor, ``txuj_ci``
  skills, ``xov_maj`` hemp yarn, ``zas`` / ``xiav`` dye / indigo, ``lauj_kaub`` vat, ``ciab``
  wax, ``daim`` piece, ``qauv`` pattern, ``loj`` size, ``xa`` shipping, ``tus_txais``
  recipient, ``nqi_xa`` postage;
- ``_tsheb.py`` "Tsheb Hmo": a private sleeper carriage on the overnight Lao Cai - Hanoi train
  with a minibus from Sa Pa. Keys: ``tsheb_ciav_hlau`` train, ``nres`` station, ``hnub_mus``
  departure date, ``chav`` cabin, ``txaj`` berth, ``neeg_caij`` passengers, ``hnub_nyoog`` age,
  ``teem`` booking, ``pib`` ticket, ``hloov`` change, ``tsheb_thauj`` minibus, ``chaw_tos``
  pick-up place, ``poob`` lost, ``ntsuas`` rating.
Newness (a file-name and module-docstring grep of ``scripts/eval_families*.py``; the docstrings
were pulled out with ``ast`` into a scratch file and searched with whitespace-tolerant
patterns): "cardamom", "hemp", "qeej", "mouth organ", "reed pipe", "panpipe", "confinement",
"ethnic minorit", "trekking guide", "tour-guide", "night train", "overnight train", "hmoob",
"txiv", "xeem", "sa pa", "lao cai", "fansipan", "water buffalo", "sturgeon" matched nothing;
"indigo" only set 177's ajrak class; "sleeper" only set 87's overnight bus; "hmong" only a grep
list in set 275; "vietnam" sets 40 and 58 (food delivery in Ho Chi Minh City, a motorbike app).
Rejected because they existed: a Hmong shaman booking (shaman apps in sets 196, 264), a
hepatitis B clinic (141), wound care (105, 132), ox ploughing (229), a clan association (138),
rabies shots (142), gastro clinics (193, 224), a herbal-medicine clinic (64, 161), homestays
(191, 232, 249), cable cars (139), fish farms (149, 192, 195). Close kinds remain and are made
different: train and bus ticket offices (93, 115, 160) and an overnight sleeper bus (87) exist,
so Tsheb Hmo is an operator's own cabins on a train, sold with the road transfer; batik
commissions (150), a cashmere cooperative (141) and weaving classes (109) exist, so Ntaub Maj is
a members' hemp cooperative paying per piece; adults' music lessons and children's dance classes
exist, not a child's traditional-instrument class; antenatal, post-partum checks and lactation
exist, not a confinement meal-and-care service. The SDKs are ten new vendors, built once and
called by every app with its own events: ``_sdk.py`` (analytics "Metrikzos", MMP "Trackroob",
OpenRTB 2.5 ads "Bidpajntaub", crash reporting "Crashnag") and ``_svc.py`` (flags "Flagxiav",
push "Pingqeej", consent "Consentpov", payments "Paydong", maps "Mapfansi", support chat
"Helphuab"); their code is set 151's with the vendors, hosts, zone, country (VN; OpenRTB
``VNM``, region ``02``), locale and currency (VND) changed (a grep of ``scripts/`` found none of
the ten names). ``eval_families285_kit.py`` holds her places, people and the apps' businesses
(its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/kuv``-style GETs with JWT bearers, refreshes and log-outs; cardamom: the plot's
corners, a harvest with her fix at the kiln (6 decimals), a kiln batch (msgpack), the kiln
sensor's beat (protobuf), depot prices by village, depots near their house (3 decimals), a sale,
the payout account, an advance, payouts by grower number in the path, the scale slip's photo, an
offline sync (JSON Lines), a search, a message quoting her husband's phone, the frost forecast
(2 decimals), a price alert, receipts by cookie; ethnic programme: sign-up with her residence
card and ethnic group, the household's members with ethnic group, IDs and birth years, her card's
scan, the son's school-lunch support, roof repair with her fix (5 decimals), the bank account,
the file by household code in the path, the status, the children's health-insurance cards, a
pig grant, a Vietnamese class, a search, feedback stating her ethnicity, notices, a village
meeting with her fix (4 decimals), a certificate with a base64 JSON cookie; qeej: the son's
enrolment (name, birth date, sex, ID number, asthma), the timetable, the fee, her check-in at
the culture house, a practice recording (audio), marks by learner number in the path, a
protobuf practice log, the costume's measurements, the New Year line-up, a message and an
absence, his grandmother's pick-up, his photo, an instrument deposit, a search, a msgpack
practice queue, notices by cookie; confinement: the birth record (gzip), the meal plan and its
payment, a midwife's visit with her fix, a protobuf daily check, blood-pressure readings
(msgpack), the EPDS screening, the baby's weights, a jaundice photo, a message to the midwife,
medicines, bath herbs, sharing with her husband, her record by client number in the path, a
video room, invoices by cookie; guides: sign-up with her guide card and passport, free days,
assignments, accepting a group, the visitors' names and passports for the police, the trek's
start (5 decimals), a protobuf trail beat, a msgpack fix queue, lunch at a homestay, an injury
report, a group photo, the return (5-decimal strings), wages by guide number in the path, a tip,
a message, a search, dues, events with a session cookie; hemp: joining with her residence card
and her mother-in-law as sponsor, the yarn quota, a vat booking, her check-in at the workshop
(its Wi-Fi joined), a piece with its photo, its price, sales, the payout account, payouts by
member number in the path, a parcel to her sister in St. Paul, the members' chat, a JSON Lines
sync, the statement (gzip), a search, a note on the dye's rash, a base64 JSON preferences cookie;
train: sign-up with her passport, the timetable, cabins, the booking for the four of them, the
payment, the minibus from their house, her check-in at Lao Cai station (6 decimals), a date
change, a station search, the e-ticket by booking number in the path, food on board (msgpack),
a berth request, the live train position (protobuf), a lost bag with its photo, a review, the
invoice by cookie. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64
JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP installs, events
(hashed e-mail and phone) and deep links (a URL in a JSON field carrying her e-mail, once the
train booking); OpenRTB bids (GPS at 2 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and mobile-wallet payouts; geocoding, reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, batch, lesson, visit, trek, piece, review and meeting IDs, the
visitors' group reference (their booking, not hers, also in the URL path), idempotency keys,
nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the cardamom depot's ID,
name and phone, prices per kilo, weights of fresh and dried cardamom, the kiln sensor's
temperatures, firewood, hectares; the commune office's ID and point, the school's and the health
station's names; the culture house's ID and point, the class, the teacher's staff ID, the loaned
qeej's ID, practice minutes and tunes; the kitchen's ID, the midwife's staff ID, the blood
pressure cuff's serial and firmware, the hospital's name; the guides' office point, the
homestay's ID, phone and point, the trail's altitude; the workshop's ID and point, the vat, the
pattern, sizes, a piece's asking price, yarn kilograms; the station's code and point, the train,
the cabin, dishes and their prices, the train's own GPS position.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; village, town, district, province, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares, deposits,
bookings and orders ``financial.purchase``; card data, last four digits, payment-method IDs,
card tokens and bank accounts ``financial.payment``; another person's full name, phone, e-mail
and address typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text
that states a health fact, a sensitive trait or quotes a labelled value carries that category
too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Tooj, Pov, Ntxawg) is not ``contact.name`` except where the
  text is about the child (a message to the qeej teacher); the children's full names always are;
  a first name in its own ``npe`` field beside a ``xeem`` field (the son's enrolment) is;
- ``haiv_neeg`` "Hmoob" (body, JWT claim, cookie, SDK trait) and the household's ``kev_ntseeg``
  ``personal.sensitive`` (ethnic origin, religion), for every member; a search and a feedback
  text naming her Hmong origin ``behavior.search|personal.sensitive`` /
  ``content.text|personal.sensitive``; the nationality (``teb_chaws`` "US", the visitors' "DE")
  unlabelled (not ethnic origin); the poor-household flag unlabelled (no taxonomy type); the
  household's programme code ``id.user``; her temporary residence card, passport, her husband's
  citizen ID card, the son's personal ID and the visitors' passports ``personal.national_id``;
  the scan of her card ``content.media|personal.national_id``;
- the children's health-insurance card numbers ``health.medical`` (as set 151's chart number);
  the confinement service's client number (body, JWT ``niam``, query, protobuf, URL path)
  ``health.medical`` (a care record number); delivery, stitches, blood loss, breastfeeding,
  jaundice, the baby's birth weight, bleeding, pain, temperature, blood pressure, the EPDS answers
  and score, herbs for the postpartum bath ``health.medical``; her pulse and the baby's later
  weights, the son's height and chest ``health.fitness``; the discharge PDF and the jaundice
  photo ``content.media|health.medical``; the son's asthma and an absence for a cold
  ``health.medical``; the visitor's injury in her report ``content.text|health.medical``;
- the son's learner number, her grower, guide and member numbers and her guide card
  ``id.user``; the son's age (7) and birth years ``personal.birthdate``; ``poj_txiv`` ``tub``
  / ``poj niam`` ``personal.gender``;
- the family's cardamom plot corners and her fix at the kiln ``location.precise`` (their land);
  the kiln batch is not a purchase; the sale's total, the advance and the payouts' amounts
  ``financial.purchase`` (her sales, as set 151's excise revenue); a tip ``financial.purchase``;
- the workshop's Wi-Fi she joins ``location.wifi`` (its point a negative); the audio recording of
  the son's playing ``content.media``;
- SDKs: Trackroob's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``02``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; a geocoded typed place
  ``behavior.search``.

Looked at (stated honestly): ``eval_families151.py`` and all its modules whole (``_kit``,
``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``,
``_sdk``, ``_svc``), ``eval_payloads.py`` whole, ``/work/shared/TAXONOMY.md`` and
``/work/shared/DESIGN.md`` whole; of the helper kits only definitions and signatures: the
docstring and import list of ``eval_families17_kit.py`` (its first 124 lines) and its ``def``
lines, lines 20-80 of ``eval_families20_kit.py`` (``App``, ``ev``, ``opaque``, ``DOB``,
``FIRST``/``LAST``, ``T0``), ``at_path``/``sdk_uid`` in ``eval_families21_kit.py``, ``lines``/
``sdk_uuid`` in ``eval_families22_kit.py``, ``rid``/``sdk_id``/``head``/``claims`` in
``eval_families24_kit.py``, the heads of ``raw``, ``multipart`` and ``pb`` in
``eval_families6_kit.py``, the head of ``listed_once`` in ``eval_families21.py``, ``report`` in
``eval_families8_kit.py``; a grep of the kits for definition lines (which also printed constant
lines of kits 7-19, 23, 63, 80, 132 and 148 and ``M4A`` in kit 13); the module docstrings of all
``scripts/eval_families*.py`` (extracted with ``ast``, read only as grep hits with some context
for the candidate words above); a ``grep -ril`` of ``scripts/`` for the ten vendor names. No
classifier, rule, test, decoder or README was read or run; ``ruff check --select F`` ran on these
files (without ``--fix``; unused imports were removed by hand); no git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families285_cojkev
import eval_families285_haivneeg
import eval_families285_maj
import eval_families285_nruabhlis
import eval_families285_qeej
import eval_families285_thauqua
import eval_families285_tsheb
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
    return [*eval_families285_thauqua.thausquas(), *eval_families285_thauqua.thausquas_sdks(),
            *eval_families285_haivneeg.pabhaivneeg(),
            *eval_families285_haivneeg.pabhaivneeg_sdks(),
            *eval_families285_qeej.qeejmenyuam(), *eval_families285_qeej.qeejmenyuam_sdks(),
            *eval_families285_nruabhlis.nruabhlis(), *eval_families285_nruabhlis.nruabhlis_sdks(),
            *eval_families285_cojkev.cojkev(), *eval_families285_cojkev.cojkev_sdks(),
            *eval_families285_maj.ntaubmaj(), *eval_families285_maj.ntaubmaj_sdks(),
            *eval_families285_tsheb.tshebhmo(), *eval_families285_tsheb.tshebhmo_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
