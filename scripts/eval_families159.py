"""Hundred-and-fifty-ninth, BLIND labelled set for the classifier evaluation ("blind156"): written
without reading the classifier code, its rules, the decoders, the tests or the README, and never
run through a classifier by its author; ``main`` (the project's decoder path check, which runs no
classifier) was run three times while writing and at the end (every labelled path was produced
on the first run; later runs followed small label edits). It is to be scored once, by the lead,
on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (154 first-party calls and 76 SDK calls, 230 exchanges, 1,737
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Papeete (Tahiti, French Polynesia) with her Tahitian husband Manutea
Teriitehau, her US SIM roaming on a Polynesian network (visited PLMN 547-20); their son Maui (5)
is in a reo Tahiti immersion pre-school; her mother-in-law Rosina Teriitehau lives on the family
land in Haapiti (Moorea) and is diabetic, with a weak heart and dialysis. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API whose keys are reo Tahiti without the macrons and glottal stops developers drop
(mixed with English ``token``, ``id``, ``lat``/``lng`` and, where Polynesian developers would,
French ``code_postal``, ``passeport``, ``handicap``, ``allergie``), and the SDKs it embeds: a
ciguatera (reef-fish poisoning) report and lagoon risk app ``eval_families159_taero.py`` ("Ia
Taero": her family's poisoning), a whale-watching tour off Moorea ``_tohora.py`` ("Tohora": a
swim waiver with health answers), a petanque club league ``_petanque.py`` ("Pupu Petanque": a
licence with a medical certificate), the co-heirs' family land in indivision ``_fenua.py``
("Fenua Tupuna": a genealogy with her husband's NIR, the land's corners), a social-housing
application ``_fare.py`` ("Fare Ora": the household, her mother-in-law's disability), Maui's
immersion pre-school ``_reo.py`` ("Punaha Reo": the child's data, his voice clip, an origin
question) and CPS-covered patient transport with an escort ``_evasan.py`` ("Tauturu Mai": the
mother-in-law's medical data, her escort's passport). Key words shared by the APIs: ``ioa`` first
name (or a name), ``ioa_utuafare`` family name, ``rata_uira`` e-mail ("electric letter"),
``niuniu`` phone, ``parau_huna`` password ("hidden word"), ``mahana_fanauraa`` birth date,
``ira`` sex (``vahine`` woman, ``tamaroa`` boy), ``nohoraa`` street line, ``oire`` town,
``fenua`` island or land, ``numera_cps`` CPS number, ``utuafare`` household, ``tiaraa``
relation/status, ``tapearaa`` booking, ``tere`` trip or tour, ``moni`` amount, ``tino_moni``
total, ``hoo`` price, ``aufauraa`` payment, ``metodi`` payment method, ``vahi`` place,
``hohoa`` photo, ``poroi`` message, ``manao`` opinion, ``faito`` rating or measure, ``imiraa``
search, ``tumu`` reason, ``tapao_rima`` signature, ``fariiraa`` consent, ``mai`` illness (also
"from"), ``raau`` medicines, ``taote`` doctor, ``matini`` device, ``reo`` language, ``hora_area``
time zone, ``tupuraa`` events, ``hiti`` screen/visit/sighting, ``taata`` person/user, ``tomo``
log-in/check-in, ``haere`` log-out; each module's docstring lists its own (``tapao_mai``
symptoms, ``hapu`` pregnant, ``mafatu`` heart, ``numera_faatia`` licence number, ``huaai``
lineage, ``tuhaa`` share, ``otia`` boundary, ``aniraa`` application, ``moni_roaa`` income,
``numera_piahi`` pupil number, ``nunaa`` origin, ``taata_apee`` escort, ``faatiaraa`` prior
agreement, ``tihota_toto`` blood sugar...). New kinds (a file-name and docstring grep of
``scripts/``): "ciguatera", "tsunami", "petanque", "indivision", "social housing", "whale watch",
"immersion", "evasan" and "medical evacuation" matched nothing; near kinds were made different:
set 104's dive app logs whales underwater (Tohora is a surface tour with a waiver), sets 125
(land title) and 135 (genealogy) are near Fenua Tupuna (a joint-ownership file: shares, votes, a
notary), sets 94 and 101 have kindergartens (Punaha Reo is a language-immersion class with voice
clips), set 116 (Hawaiian) has canoe, hula, surf, reef and lei apps (none reused). No earlier set
is in French Polynesia (a grep for Tahiti, Papeete, Moorea and Polyn found none). The SDKs are
ten new vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Metritiare", MMP "Trackvaa", OpenRTB 2.5 ads "Bidmarara", crash reporting "Crashmiti") and
``_svc.py`` (flags "Flagtiare", push "Pingpahu", consent "Consentmanu", payments "Coinpoe",
maps "Maporohena", support chat "Helpumete"); their code is set 151's SDK shapes with the
vendors, hosts, zone (Pacific/Tahiti), country (PF / PYF, region WI), currency (XPF) and versions
changed, and Trackvaa's device block adds the visited PLMN (a grep of ``scripts/`` found none of
the ten names). ``eval_families159_kit.py`` holds her places, people and the apps' businesses.

Identity numbers: the CPS ``DN`` (7 digits; no check digit is published, none computed) for her,
her husband, their son and her mother-in-law; her husband's French NIR ``1 86 03 98 735 042``
with its key 49 (97 - n mod 97; born in Papeete, INSEE 98735); her residence permit; her US
passport; the family's XPF account as a French-format IBAN (RIB key 81, IBAN check 76 computed).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/ou``-style GETs with JWT bearers (claims with CPS numbers, licence, file and pupil numbers);
ciguatera: the risk atlas (2 decimals), a search, the report (the fish her husband caught, her
fix aboard at 6 decimals, symptoms of the three of them, the son's age), the case by number in
the path, the fish photo, medicines, a protobuf diary, the catch log (msgpack), alerts by
cookie, an alert subscription, a remark, a message naming the son's vomiting, the household,
the sick note (PDF), a research consent, a market stall (negative), push, events, log-out;
whales: tours, the booking for three, payment, the swim waiver, the quay check-in (5 decimals),
a protobuf sighting beat, the boat's track (msgpack), a fluke photo, the boat's Wi-Fi joined, a
review admitting seasickness, a search, the receipt by booking in the path, a gift card for her
sister, points by cookie, a message quoting her phone, a refund for a sick child; petanque: the
licence (street line, post code, passport), SMS code, the medical certificate, the fee,
tournaments, a doubles registration with her partner, the boulodrome check-in, a protobuf score
card, ends (msgpack), the bar tab, ranking, club chat, a message to her partner quoting her
phone, a player search, her photo, her matches by licence in the path, a carpool, an injury;
land: the parcel, the genealogy (gzip), her husband's share, the boundary (4 corners), the
surveyor's visit with her fix, a 1921 deed photo, the notary's appointment, a signed power of
attorney, the land tax, the family chat, a vote (msgpack), the proceeds' IBAN, documents by file
number in the path, a cadastre search, a base64 JSON preferences cookie, a death certificate, an
offline sync (JSON Lines); housing: the application (gzip; household, rent, the son's CPS
number), her mother-in-law (disability rate, illnesses, wheelchair access), documents, the office
appointment with her fix, status by file in the path, a message about dialysis, wishes
(msgpack), the direct-debit IBAN, the CPS consent, a listing search and visit, an address change
(base64 JSON in a form field), an appeal; pre-school: enrolment (Maui's name, birth date, sex,
CPS number, origin), the day by pupil number in the path, the health form (gzip), his voice clip
(M4A), photo consent, a pick-up authorisation for his grandmother, the gate check-in (protobuf),
an absence note, a teacher message, fees, meals, the calendar, a song search, his photo,
emergency contacts, a newsletter cookie, home practice (msgpack); transport: the patient
(Rosina's CPS number, address, illnesses), the prior agreement (PDF) and its status by number in
the path, the trip (her passport), the quay check-in, a taxi, lodging, the cardiology
appointment, readings (msgpack: blood sugar, pressure, weight), medicines, a message, the
escort's cost claim (IBAN), the receipt by trip in the path, a boarding pass query, a protobuf
transit beat. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON
in a form field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed
e-mail and phone) and a deep link (a URL in a JSON field carrying the booking and her e-mail);
OpenRTB bids (GPS at 2 or 3 decimals, or IP geo) and notices; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON header); push subscribers; consent records and checks; card
tokens, confirmations and a mobile-wallet refund; geocoding (a typed address, a place), reverse
geocoding (``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, check-in, match, note, thread, listing, tour and trip-line IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the fish
market's ID, point and per-kilo price; the health bureau; the fish species and weights; the
quay's and operator's IDs, points and permit, the boat, the whales' point and the fluke
catalogue number; the boulodrome's ID and point, terrain, game scores and ends, the drinks'
prices; the notary's ID and point, the parcel reference (no taxonomy type fits; like set 151's
car plate), shares (1/6), the land's area, the marriage date, ancestors' death dates; the
housing office's ID and point, listings, wished towns, room counts, incomes and the husband's job
(no taxonomy type fits income or occupation); the pre-school's ID, class, lesson and calendar;
the hospital's ID and point, the ferry crossing, the CPS cover rate.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS codes, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element
and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town,
district, island, post code and country ``location.coarse``; street lines ``contact.address``;
amounts, totals, fees, fares, rents, taxes, bookings and trips ``financial.purchase``; card
data, last four digits, payment-method IDs and IBANs ``financial.payment``; another person's
full name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too; uploaded scans and PDFs ``content.media`` (with ``health.medical``
when medical), not the numbers printed on them.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Rosina, Tehei, Emily, Heimana without surname) is not
  ``contact.name`` except where the text is about the child (absence note, teacher message); a
  full name always is, also of the dead (ancestors in the genealogy, the death certificate);
- every CPS number (hers, her husband's, the son's, the mother-in-law's), the NIR, the residence
  permit and the passport ``personal.national_id``;
- ciguatera: the case number (body, URL path, protobuf, multipart meta) ``health.medical`` (a
  medical record number, as set 151's dental chart); symptoms, onset hours, medicines, days off
  work ``health.medical``; the son's age ``personal.birthdate``; her fix aboard and the catch
  log's fixes ``location.precise``; the alert area (Haapiti, Moorea) ``location.coarse`` (where
  the family fishes);
- whales: the waiver's answers (pregnancy, heart, seasickness) ``health.medical``, swimming
  ability unlabelled; the boat's Wi-Fi she joined ``location.wifi``; ages ``personal.birthdate``;
- petanque: the licence number ``id.user``; the medical certificate ``content.media|
  health.medical``; the injury ``health.medical``; the partner's phone as a recipient
  ``contact.phone``; her departure area ``location.coarse``;
- land: the co-heir file ``id.user``; the land's corners and her fix on it ``location.precise``
  (the family's land, as set 151's vineyard); the notary's point a negative;
- housing: the file number ``id.user``; the disability rate ``personal.sensitive``; wheelchair
  access ``personal.sensitive|health.medical``; illnesses ``health.medical``; rent
  ``financial.purchase``; income unlabelled (no type);
- pre-school: Maui is a data subject (name, birth date, sex, CPS number, pupil number ``id.user``
  in body, JWT ``tamarii``, protobuf and path); his origin ``personal.sensitive`` (ethnicity);
  allergies, vaccines, medicines ``health.medical``; his voice clip ``content.media`` (a
  recording, not a voiceprint); the family doctor's name ``contact.name``;
- transport: the prior agreement number ``health.medical``; Rosina's readings ``health.medical``
  except weight ``health.fitness``; the wheelchair seat ``personal.sensitive|health.medical``;
- SDKs: Trackvaa's ``country`` ``location.coarse``, ``roaming`` ``device.info``, its
  ``visited_plmn`` ``location.carrier``; OpenRTB geo country (PYF), region (WI) and city
  ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3 or more
  ``location.precise``.

Looked at (stated honestly): /work/shared/TAXONOMY.md and DESIGN.md; ``eval_payloads.py``;
``eval_families151.py`` and all its modules (the template; ``_sdk.py``/``_svc.py`` were copied
with renames by ``sed`` and edited); the signatures and constants of the helpers they import
(``eval_families6_kit`` ``raw``/``multipart``/``pb``, ``eval_families8_kit.report``,
``eval_families17_kit``'s import list, ``eval_families18_kit.sjwt``, ``eval_families19_kit``
constants, ``eval_families20_kit``, ``eval_families21_kit``, ``eval_families21.listed_once``,
``eval_families22_kit.lines``, ``eval_families24_kit`` ``head``/``claims``/``rid``/``sdk_id``);
file-name lists from greps of ``scripts/eval_families*.py`` for the kinds and names above (only
file names were read, not their code). No classifier, rule, decoder, test, README, eval script
or git command was read or run; ``ruff check --select F`` ran on these files (``--fix`` removed
two unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families159_evasan
import eval_families159_fare
import eval_families159_fenua
import eval_families159_petanque
import eval_families159_reo
import eval_families159_taero
import eval_families159_tohora
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders by the runs of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families159_taero.iataero(), *eval_families159_taero.iataero_sdks(),
            *eval_families159_tohora.tohora(), *eval_families159_tohora.tohora_sdks(),
            *eval_families159_petanque.petanque(), *eval_families159_petanque.petanque_sdks(),
            *eval_families159_fenua.fenua(), *eval_families159_fenua.fenua_sdks(),
            *eval_families159_fare.fare(), *eval_families159_fare.fare_sdks(),
            *eval_families159_reo.reo(), *eval_families159_reo.reo_sdks(),
            *eval_families159_evasan.tauturu(), *eval_families159_evasan.tauturu_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
