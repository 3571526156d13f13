"""Hundred-and-forty-ninth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run twice at
the end (the first attempt, under the system Python, stopped on a missing ``msgpack`` module
before any check; the second, under the project's ``.venv``, printed 238 exchanges and 1,849
labels with no path reported missing). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes, mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes (167 first-party calls and 71 SDK calls, 238 exchanges, 1,849 labels
as ``main`` prints them). She spends the year in Pokhara (Kaski,
Gandaki Province, Nepal) with her Nepali husband Bikash Gurung, her US SIM roaming; their
daughter Asha (9) goes to a day school in Lakeside. Seven app kinds (fictional names, hosts under
example.* per RFC 2606, no real company named as sender), each with its own API and the SDKs it
embeds: a women's savings-and-credit cooperative ``eval_families149_sahakari.py``
("Bachatghar": its API's keys are Nepali in Latin letters: ``naam`` given name, ``thar`` family
name/clan, ``phone_nambar`` phone number, ``gopya_shabda`` password, ``janma_miti`` birth date,
``thegana`` address, ``tol`` neighbourhood, ``jilla`` district, ``pradesh`` province, ``linga``
sex (``mahila`` woman), ``parichaya_nambar`` identity card number, ``pati`` husband,
``sadasya_nambar`` member number, ``sahakari`` cooperative, ``khata`` account/ledger, ``jamma``
deposit, ``rakam`` amount, ``mudra`` currency, ``bhuktani_madhyam``/``bhuktani_phone`` payment
channel/phone, ``karobar_id`` transaction ID, ``rin`` loan, ``rin_rakam`` loan amount,
``uddeshya`` purpose, ``kista`` instalment, ``kista_sankhya`` number of instalments, ``jamani``
guarantor, ``masik_aamdani`` monthly income, ``rin_khata`` loan account, ``khata_nambar`` account
number, ``khata_dhani`` account holder, ``shakha`` branch, ``hakdar`` nominee, ``naata``
relation (``chhori`` daughter), ``kagaj`` document, ``baithak`` meeting, ``upasthiti``
attendance, ``thau`` place, ``karyalaya`` office, ``prapak`` recipient, ``sachiv`` secretary,
``sandesh`` message, ``bibaran`` statement, ``barsa`` year, ``upakaran`` device, ``bhasa``
language, ``samaya_kshetra`` time zone, ``ghatana`` events, ``prayogkarta`` user; set 99 had a
"bachat" app, this one is a different, women's cooperative with a loan and a guarantor), a
Hindu temple committee's puja-booking and offering app ``_puja.py`` ("Pujasewa": her religion),
an antenatal clinic ``_garbha.py`` ("Garbhasathi": her pregnancy, her own health), a day school's
bus and diary app for Asha ``_school.py`` ("Balpathshala": the child's data), a Phewa lake
rowing-boat hire app ``_doonga.py`` ("Doongasawari"), a dairy's doorstep milk subscription
``_doodh.py`` ("Doodhwala") and a porter and mule-train cargo service to the husband's village
``_bhari.py`` ("Bhariyasewa"). File-name greps of ``scripts/`` found no "puja", "garbha",
"doonga", "milk", "dairy", "doodh", "porter" or "sahakari"; set 99's paragliding, set 89's
trekking and sets 99/140's permits are different kinds (stated in the app files). The SDKs are ten
new vendors, built once and called by every app: ``_sdk.py`` (analytics "Rhodometric", MMP
"Tracksaligram", OpenRTB 2.5 ads "Bidlammergeier", crash reporting "Crashmahseer") and ``_svc.py``
(flags "Flagphewa", push "Pingsarangkot", consent "Consentdhido", payments "Coinsuntala", maps
"Mapbegnas", support chat "Helpsisnu"); their shapes were taken from set 132's ``_sdk.py`` and
``_svc.py`` with names, zone, country (NP/NPL, region ``P4``, city Pokhara) and currency changed.

Encodings: JSON (plain and gzip), forms, GETs with and without queries, multipart (JSON, JPEG and
PDF parts), msgpack, JSON Lines (kick counts, crash envelopes, an offline queue), schema-less
protobuf (a BP cuff sync with a nested reading, a boat beat with a nested fix ``4.1``/``4.2``),
headers (install IDs plain, upper case and without dashes, Nepali and English Accept-Language,
opaque and JWT bearers), cookies (sessions, devices, a base64 JSON cookie of preferences), JWTs
(``sadasya``, ``devotee``, ``mrn``, ``students``, ``phone``, ``sub_no`` claims), base64 JSON
in forms and headers, values in URL paths, ``lat,lon`` in a query.

Conventions kept from sets 20-37: model, OS, locale, zone, Accept-Language, User-Agents
``device.info``; event and screen names ``behavior.usage``; install IDs, push tokens and SDK IDs
``id.device``; passwords, OTPs, bearers, session cookies, a video-room token
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element; tole, town, district, province, village ``location.coarse``; street lines and a
landmark typed as a stop ``contact.address``; amounts, bookings, orders, bills, consignments,
subscriptions ``financial.purchase``; bank accounts, a loan account, last four digits, payment
methods ``financial.payment``; other people's names and phones typed by her ``contact.*``; a
value in the URL path is ``url`` ``path[i]``; text that states a health fact, religion or a
labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- cooperative: the member number ``id.user``; the residence card number and its photo
  ``personal.national_id`` (the photo ``content.media|personal.national_id``); the loan account
  ``financial.payment``; deposits, loan amount and instalments ``financial.purchase``; monthly
  income unlabelled (no taxonomy type); the guarantor (mother-in-law) and the husband
  ``contact.*``; the nominee is Asha (her name and birth date labelled); her fix at the meeting
  ``location.precise``, the office's point a negative;
- temple: religion, gotra, kuldevta, caste, puja names, occasions, the fund, visit names, push
  tags ``personal.sensitive``; the sankalpa text and messages ``content.text|personal.sensitive``
  (plus ``contact.name`` where a person is named); Asha's rashi ``personal.sensitive``; the
  temple's point and the darshan QR negatives;
- antenatal: the record number (body, JWT, URL path, forms) ``health.medical``; gravida,
  para, LMP, EDD, blood group, conditions, visit findings, BP series (labelled once), kick
  counts, the cuff's readings, reminders, the birth plan's pain relief ``health.medical``;
  height and weight ``health.fitness``; the ultrasound PDF and scan photo
  ``content.media|health.medical``; her passport number ``personal.national_id``; the cuff's
  serial and the hospital name negatives;
- school: Asha is a data subject: her name, birth date, sex, student number (bodies, JWT, path,
  cookie) labelled; her health card ``health.medical``; the bus stop at her house (4 decimals)
  ``location.precise``; the gate's point, bus number, grade, section, teacher and slot negatives;
- boat: ages of the party ``personal.birthdate`` (as set 132's household members); her fix
  on the lake in the protobuf beat and the track calls ``location.precise``; the boat's ID and
  the ghat's point negatives; ``near`` at 4 decimals (her fix at the pier) ``location.precise``;
- dairy: the gate pin at her house ``location.precise``; the subscription and bill numbers
  ``financial.purchase``; the referred friend ``contact.*``; the Dashain trip text names
  Lamjung ``content.text|location.coarse``;
- cargo: the porters' tracking pings are the porter's positions (not hers: unlabelled); the
  road-head depot's point a negative; price quotes asked before booking (``price``)
  unlabelled, the booked consignment's quote labelled; the waybill photo
  ``content.media|financial.purchase``; the signature image ``content.media``; the medicine
  line for her mother-in-law ``content.text|health.medical``;
- SDKs as set 132 labels them (positions at 2 decimals ``location.coarse``, 3 or more
  ``location.precise``; OpenRTB buyer ID ``id.device``, IP geo country/region/city
  ``location.coarse``; hashed e-mail and phone; card holder ``contact.name``).

Looked at (stated honestly; written in a hurry against a deadline): the brief; not
TAXONOMY.md, DESIGN.md or ``eval_payloads.py`` themselves (the category ids and the profile's
names were taken from set 132's files); set 132's top file, ``_kit.py``, ``_kava.py``, the
first 80 lines of ``_sdk.py``, a few lines of ``_wound.py`` and ``_board.py`` (the protobuf
and JWT helpers' use), the grep of ``_svc.py``'s function signatures; the sources of
``head``, ``claims``, ``ev``, ``lines``, ``pb`` and ``raw``; file-name greps of ``scripts/``
and the first lines of set 89's trek file.
The SDK and service modules are set 132's, copied with vendor names changed by ``sed``. No
classifier, rule, test or decoder was read or run; paths were not checked outside ``main``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families149_bhari
import eval_families149_doodh
import eval_families149_doonga
import eval_families149_garbha
import eval_families149_puja
import eval_families149_sahakari
import eval_families149_school
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the runs of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families149_sahakari.bachatghar(), *eval_families149_sahakari.bachatghar_sdks(),
            *eval_families149_puja.pujasewa(), *eval_families149_puja.pujasewa_sdks(),
            *eval_families149_garbha.garbhasathi(), *eval_families149_garbha.garbhasathi_sdks(),
            *eval_families149_school.balpathshala(),
            *eval_families149_school.balpathshala_sdks(),
            *eval_families149_doonga.doongasawari(),
            *eval_families149_doonga.doongasawari_sdks(),
            *eval_families149_doodh.doodhwala(), *eval_families149_doodh.doodhwala_sdks(),
            *eval_families149_bhari.bhariyasewa(), *eval_families149_bhari.bhariyasewa_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
