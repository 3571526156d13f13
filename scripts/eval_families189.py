"""Hundred-and-eighty-ninth, BLIND labelled set for the classifier evaluation ("blind186"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check)
was run at the end (see "runs" below). It is to be scored once, by the lead, on the final rules
(the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (160 first-party calls and 75 SDK
calls, 235 exchanges, 1,766 labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She (Jane Doe)
lives in Juchitan de Zaragoza (Isthmus of Tehuantepec, Oaxaca, Mexico) with her Zapotec
(binniza) husband Candido Toledo Lopez; their daughter Xunaxi Toledo Doe (8) is in the third
grade; her mother-in-law Francisca Lopez Santiago ("Na Chica") lives in Tehuantepec; she is
pregnant with their second child (due June 2026; the boy, Biulu, is registered with the
cord-blood bank after the birth). Her US SIM roams on a Mexican network; the zone is
America/Mexico_City, the currency MXN. Seven app kinds (fictional names, hosts under example.*
per RFC 2606, no real company named as sender), each with its own API whose keys are Isthmus
Zapotec (diidxaza) as a local developer writes them in ASCII: glottal stops (') and accents
dropped, ``xh``/``dx``/``xp`` kept, ``ñ`` written ``n`` (``jnaa`` for jñaa), mixed with English
(``id``, ``token``, ``lat``/``lon``, ``refresh_token``, ``push_token``) and Spanish loans
(``correo``, ``telefonu``, ``codigu``, ``curp``, ``rfc``, ``clabe``, ``contrato``, ``pedido``,
``biaje``). Common words: ``la`` given name, ``la_bixhoze`` surname (coinage, "father's
name"), ``diidxa_nagaachi`` password (coinage, "hidden word"), ``dxi_gule`` birth date ("day
born"), ``gunaa_ngiiu`` sex (coinage "woman-man"; ``gunaa`` woman, ``ngiiu`` man), ``lidxe``
my home (street line), ``seccion`` town section, ``guidxi`` town, ``xheela`` spouse, ``jnaa``
mother, ``xcuidi`` child, ``xiini`` his/her child, ``binni`` person(s), ``binniza`` Zapotec
people, ``xquenda_binni`` people identity (coinage; ``dxu`` outsider), ``yoo`` house, ``layu``
land, ``bueltu`` money/amount, ``guixhe`` pay, ``ra_nuu`` where one is, ``neza`` road,
``diidxa`` word/message, ``guyubi`` search, ``retratu`` photo, ``bicaa_la`` signature
(coinage), ``guendahuara`` illness, ``dxi`` day, ``beeu`` month, ``iza`` year, ``naa`` me,
``biuu`` entered (log-in), ``biree`` went out (log-out). The words were written from the
author's memory of Isthmus Zapotec, not checked against a dictionary; some may be off, which
does not change the labels. Each app module's docstring lists its own words:

- ``eval_families189_vela.py`` "Velanu": a vela society (the Isthmus night ball for a patron
  saint: dues, a table, the limosna at the door, the mass, the regada, the queen vote);
- ``_bi.py`` "Biguidxi": a wind farm's landowner royalties app (the family's parcel, its
  boundary, royalty statements, CFDI, noise complaint, the indigenous consultation);
- ``_moto.py`` "Motobinni": a mototaxi cooperative (rides, the daughter's school run, SOS);
- ``_marimba.py`` "Saaxcuidi": the cultural house's children's marimba and diidxaza workshop
  (the daughter's data: enrolment, health form, recordings, a vocabulary quiz, costume sizes);
- ``_cordon.py`` "Nabani": a cord-blood bank (her pregnancy, the contract, the newborn);
- ``_gueta.py`` "Guetaxpor": a totopo exporter's seller app (customs, invoice, payouts);
- ``_xu.py`` "Alertaxu": a seismic alert and household emergency plan.

New kinds: a docstring grep of ``scripts/eval_families*.py`` for "vela" (a fiesta ball; only
candles and set 173's wake matched), "royalt", "turbine", "wind power", "motocarro",
"mototaxi", "cord blood", "stem cell", "marimba", "totopo", "tortilla", "civil protection",
"early warning" found none of these kinds. Near kinds, made different and said so in each
module: fiesta and gift sets (142, 166 pakoti, 173 xantolo, 90 slava), ride apps (150 becak,
110 kuli, 178 nusemoto), a dance school and language classes (174, 152, 163), antenatal sets
(121, 136, 149, 157), sellers (151 winery, 173 orange lots), a cyclone shelter and an earthquake
repair app (132, 161). The SDKs are ten new vendors, built once and called by every app with its
own events: ``_sdk.py`` (analytics "Metrigueta", MMP "Trackbinni", OpenRTB 2.5 ads "Bidxhiga",
crash reporting "Crashlayu") and ``_svc.py`` (flags "Flagbiulu", push "Pingbeedxe", consent
"Consentguie", payments "Bueltupay", maps "Mapneza", support chat "Helpgacane"); their code is
set 151's SDK shapes with the vendors, hosts, zone, country (MX, MEX), region (OAX), city and
currency (MXN) changed (a grep of ``scripts/`` found none of the ten names).
``eval_families189_kit.py`` holds her places, people, the apps' businesses and her numbers: CURP
``DOXJ910517MNEXXN09`` (NE: born abroad), the daughter's ``TODX170805MOCLXNA6``, the husband's
``TOLC870211HOCLPN04``, RFC ``DOXJ910517K76`` (homoclave K7), CLABE ``012610004581239062``; each
check digit computed with the published algorithm.

Negatives are implicit: request, ride, lot, alert, kit, sample, check-in and revision IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
vela hall's ID, name, phone and point, the society's mayordomo and candidate IDs, beer cartons;
the wind farm's substation and turbines (IDs, points), the contract ID, the tax regime and CFDI
use codes; the mototaxi stand's name and point, the school gate's point, drivers' IDs, tariffs
and a promo code; the cultural house's ID and point, a song title; the lab's ID, the hospital
ID; the bakery cooperative's ID, name, point and CLABE (a valid look-alike), catalogue prices,
the tariff code, the customs agent and office, the buyer's city; the meeting point, the
shelter's ID and point, the go-bag list, the alert receiver's ID.

Conventions kept from sets 20-37 and 151 (as set 151 states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session
and client-secret tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and
carrier ``location.carrier``; city, section, state, post code and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, fares, royalties, invoices, bookings,
contracts and orders ``financial.purchase``; card data, last four digits, payment-method IDs and
CLABEs ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name or nickname alone in free text ("Na Chica", "Rosa", "Emily") is not
  ``contact.name``; the child's full name always is, and her first name in a structured child
  block is;
- CURP, RFC (body, JWT ``rfc``, URL path) and the resident card ``personal.national_id``, the
  husband's and the daughter's CURP too;
- vela: the society member number ``id.user``; the patron saint, the mass intention and the
  ``xquenda_binni`` identity (``dxu``, ``binniza``) ``personal.sensitive`` (religion,
  ethnicity); the intention naming her mother-in-law's heart surgery
  ``content.text|personal.sensitive|health.medical|contact.name``; the limosna in money
  ``financial.purchase`` (as 151's donations);
- wind: the parcel account ``id.user``; the boundary corners and her fixes on the parcel
  ``location.precise``, the turbines and substation negatives; the royalty ``financial.purchase``
  (income, as 151's excise revenue); the consultation's Zapotec household and home language
  ``personal.sensitive`` (ethnicity);
- mototaxi: her mother-in-law's house (a person's home) ``location.precise`` and
  ``contact.address``; the chat giving her street and house ``content.text|contact.address``;
- workshop: the child's pupil number ``id.user``, CURP, name, birth date, sex, identity, health
  form; workshops filtered by the child's age ``personal.birthdate``; the costume's height and
  waist ``health.fitness`` (body measurements); the quiz answers ``content.text``; the song
  recording ``content.media`` only (not a voiceprint);
- cord blood: pregnancy facts (week, due date, labour) ``health.medical|personal.sensitive``;
  the contract number ``financial.purchase`` (body, JWT, URL path); the newborn's weight
  ``health.fitness``, Apgar ``health.medical``; the ultrasound PDF ``content.media|health.medical``;
- export: the exporter account ``id.user``; the buyer's name and e-mail ``contact.*``;
- seismic: the household number ``id.user``; the mother-in-law's wheelchair
  ``personal.sensitive|health.medical`` (disability); the phone's accelerometer window
  (protobuf bytes) ``behavior.motion``; her home SSID/BSSID for the receiver ``location.wifi``;
- SDKs: Trackbinni's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``OAX``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

What I looked at (stated honestly): /work/shared/TAXONOMY.md and DESIGN.md; ``eval_payloads.py``;
``eval_families151.py`` and all its modules (the template; ``_sdk.py``/``_svc.py`` copied with
renames by ``sed``); from the helper kits only names, constants and signatures needed to call
them (``eval_families6_kit`` raw/multipart/pb, ``_10_kit`` token/add, ``_17_kit`` exports,
``_20_kit`` App/ev/opaque, ``_21_kit`` at_path, ``_22_kit`` lines, ``_24_kit`` head/claims/rid,
``_8_kit`` report, ``eval_families21.listed_once``); the first lines of the docstrings of sets
100 (ubukwe), 109 (radio), 154, 157, 166, 170, 173, 174, 178 (nusemoto, fuyofe) and the
earthquake lines of 161, and docstring and
file-name greps of ``scripts/`` for the kinds and names. No classifier, rule, test or decoder
was read or run; ``ruff check --select F`` ran on these files.

Runs: while writing, two throw-away calls of ``report`` on single modules (vela; bi with
moto; both exit 0), then ``main`` four times, each exiting 0: twice with 230 exchanges and 1,738
labels (between them ``ruff --fix`` removed unused imports and two stray f-prefixes), then, after
five first-party calls were added, twice with 235 exchanges and 1,766 labels (the last after
editing only this docstring); one further run piped into ``head`` stopped on a BrokenPipeError
(not a check) and was repeated to a file: exit 0, 235 exchanges, 1,766 labels.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families189_bi
import eval_families189_cordon
import eval_families189_gueta
import eval_families189_marimba
import eval_families189_moto
import eval_families189_vela
import eval_families189_xu
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
    return [*eval_families189_vela.velanu(), *eval_families189_vela.velanu_sdks(),
            *eval_families189_bi.biguidxi(), *eval_families189_bi.biguidxi_sdks(),
            *eval_families189_moto.motobinni(), *eval_families189_moto.motobinni_sdks(),
            *eval_families189_marimba.saaxcuidi(), *eval_families189_marimba.saaxcuidi_sdks(),
            *eval_families189_cordon.nabani(), *eval_families189_cordon.nabani_sdks(),
            *eval_families189_gueta.guetaxpor(), *eval_families189_gueta.guetaxpor_sdks(),
            *eval_families189_xu.alertaxu(), *eval_families189_xu.alertaxu_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
