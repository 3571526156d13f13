"""Hundred-and-ninety-seventh, BLIND labelled set for the classifier evaluation ("blind194"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check)
was run while writing (every run exited 0). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37, 151 and 170 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (160 first-party calls and 72 SDK calls, 232
exchanges, 1,809 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She (Jane Doe) is an enrolled Oglala Lakota citizen through her mother's
family in Kyle; she grew up in New York and moved back in 2023 with her Oglala husband Dustin Two
Lance, their son Mato (15, a basketball player) and their daughter Winona (9, a jingle-dress
dancer) to Pine Ridge village (South Dakota); she drives to Rapid City for a cardiologist, her
son's tournament and shopping; her mother Loretta Yellow Hawk and her uncle Harvey Yellow Hawk
(78, on home oxygen) live in Kyle. Her US SIM is at home (MCC/MNC 310/260, no roaming); the zone
is America/Denver. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API whose keys are Lakota in plain Latin letters
(no diacritics, no glottal stops, as people type on a phone), mixed with English (``id``,
``token``, ``ssn``, ``hrn``, ``rx``) as a local developer writes them; several keys are
coinages, stated as such:

- ``eval_families197_wacipi.py`` "Wacipi Kin", powwow dancer registration and contests (her
  Women's Northern Traditional, Winona's Junior Girls' Jingle, an honour song, a giveaway, the
  prize payout with a W-9);
- ``_pte.py`` "Pteyuha", the Tribe's bison herd sharing meat with enrolled households (a share,
  a pick-up, a skull for a Sun Dance, volunteering at the corrals, her mother's elder share);
- ``_woyute.py`` "Woyute", the commodity-food programme (the household's certification with
  four SSNs and enrollment numbers, a diabetic package, the Kyle tailgate stop);
- ``_waziya.py`` "Waziya", the blizzard registry (vulnerable uncle, plough request, her car stuck
  on the Kyle road, shelter check-in, hay drop, volunteer drivers);
- ``_pejuta.py`` "Pejuta Ti", referred care and pharmacy (a 72-hour notice of an emergency visit
  in Rapid City, a cardiology referral, mileage by ACH, refills, glucose and blood pressure);
- ``_tapa.py`` "Tapa Wankatuya", a reservation schools' basketball invitational in Rapid City
  (her son's eligibility and physical, tickets, the hotel block, the hand-game team);
- ``_owapi.py`` "Oyate Owapi", the enrollment office (ID card renewal with a face match,
  Winona's first card, a blood-quantum correction, the IIM account, per-capita deposits,
  election registration, a recall petition).

Key words (meanings; each app module lists its own): ``caje`` first name / name, ``tiwahe_caje``
surname ("family name"), ``mazawowapi`` e-mail ("metal letter", a coinage), ``masape`` phone
(mas'aphe), ``natakapi`` password ("it is locked", a coinage), ``tonpi`` birth date ("born"),
``waniyetu`` age (winters), ``wiyawicasa`` sex (values ``wiya`` woman, ``wicincala`` girl),
``oyate`` nation / tribe, ``oyate_owapi`` enrollment number ("nation register", a coinage),
``oyate_wowapi`` tribal ID card, ``we_tonakca`` blood quantum ("how much blood", a coinage),
``hunkake`` ancestors, ``ina`` / ``ate`` mother / father, ``cinca`` child, ``unci``
grandmother / elder, ``tiwahe`` household, ``tiwahe_op`` household members, ``tiyata`` street
line or PO box ("at home"), ``tiyata_canku`` directions home, ``otonwahe`` town, ``tokiya``
where (a fix), ``waziyata`` / ``wiyohiyanpata`` latitude / longitude ("north" / "east",
coinages), ``mazaska`` amount (money), ``mazaska_icupi`` income ("money received", a coinage),
``opetun`` purchase / order, ``wahosi`` message, ``akita`` search, ``wowiyukcan`` remark,
``itowapi`` photo, ``ite_itowapi`` face photo, ``ite_wowapi`` face template (a coinage),
``caje_owa`` signature, ``wowapi`` document, ``tonpi_wowapi`` birth certificate, ``iapi``
language, ``wacipi`` powwow, ``waci`` dance style, ``waci_owapi`` dancer number, ``olowan``
song, ``wicayuonihan`` honouring, ``wihpeyapi`` giveaway, ``pte`` buffalo, ``talo`` meat,
``wicohan`` ceremony, ``pahi`` skull, ``ha`` hide, ``okiya`` help / volunteer / representative,
``wasna`` pemmican, ``woyute`` food, ``canhanpi`` sugar, ``canhanpi_yazan`` diabetes ("sugar
sickness", a coinage), ``wayazanka`` illness, ``pejuta`` medicine, ``cante`` heart, ``yeyapi``
referral ("sent", a coinage), ``owicakiyaka`` appointment (a coinage), ``waziya`` winter storm,
``canku`` road, ``can`` wood, ``sunkawakan`` horses, ``iyecinkinyanke`` car, ``tapa`` ball,
``skatapi`` game, ``okolakiciye`` team ("society"), ``owinja`` bed / room, ``icimani`` travel /
ride, ``han_kasaka`` hand game, ``makoce`` land (allotment), ``wakpamni`` distribution
(per-capita payment), ``wowapi_iyohi`` election registration (a coinage), ``wowasi`` job.

The app kinds are new (a file-name and docstring grep of ``scripts/``): "powwow", "wacipi",
"giveaway", "bison", "commodit" (only set 88's commodity trading), "food distribution",
"blizzard", "tribal college", "housing authority" and an enrollment office matched nothing.
Close kinds made different: set 170 (the Navajo Nation) has a chapter house, a rodeo, propane
and a senior center; here nothing of those (no chapter, rodeo or propane app; the storm registry
is an emergency desk, not heating assistance); sets 137 and 145 share sacrifice meat (here a
tribal herd's harvest shares); set 132 books cyclone shelters (here a blizzard registry with an
SOS from a stuck car); sets 87 and 95 have dialysis and many sets clinics (here referred care
off the reservation); sets 104 and 142 have basketball leagues (here a school invitational seen
by a travelling parent). The SDKs are ten new vendors, built once and called by every app with
its own events: ``_sdk.py`` (analytics "Metriccottonwood", MMP "Trackchokecherry", OpenRTB 2.5
ads "Bidbadlands", crash reporting "Crashpasque") and ``_svc.py`` (flags "Flagsweetgrass", push
"Pingmeadowlark", consent "Consenttimpsila", payments "Coinpheasant", maps "Mapgrassland",
support chat "Helpchinook"); their code is set 151's SDK shapes with the vendors, hosts, zone,
country (US), region (SD), city (Rapid City), currency (USD) and roaming (false) changed, and
Coinpheasant pays out by ACH (routing and account numbers) instead of mobile money (a docstring
grep of ``scripts/`` found none of the ten names). ``eval_families197_kit.py`` holds her
identity numbers, places, people and the businesses (its docstring lists them). Identity numbers
are synthetic but valid in shape: SSNs outside the never-issued ranges; the routing number
``091402785`` passes the ABA 3-7-1 check; enrollment numbers, IHS health record numbers, the
IIM account and the licence are invented shapes (no public check digit).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes, a
phone change with a code), ``/mitawa`` ("mine") GETs with JWT bearers (claims: dancer number,
enrollment number and tribe, household share account, case number, registry number, health
record number, a ``players`` list, e-mail, phone), profile edits, payments (card method IDs,
last four, ACH routing and account numbers, an IIM account), uploads (a tribal ID scan, a pay
stub, a face photo and signature, a birth certificate PDF, an ECG PDF, a sports physical PDF,
photos), a 128-float face template, searches, messages, crash envelopes, analytics batches
(gzip), offline queues (JSON Lines), MMP installs and events with hashed e-mail and phone, a deep
link, OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices, consent records and checks,
push subscribers, flags (JSON and a base64 JSON header), maps (geocoding, reverse geocoding
with ``lat,lon`` in the path, routes, telemetry), support chat with a signed identity JWT and
attachments, an ACH payout; protobuf bodies (an arena beat, a volunteer shift beat, a food-queue
ticket, an SOS beat, a glucose log, a fan beat, an enrollment-office kiosk check-in), msgpack
(a beadwork order, a cut list, substitutions, an offline fix queue, blood pressure, concessions,
a family tree), JSON Lines (an offline sync); values in URL paths (dancer number, share,
case, household registry, health record number, order, enrollment number), query strings,
cookies (sessions, devices, a base64 JSON preferences cookie) and headers.

Negatives are implicit: request, check-in, slot, shift, visit, ticket, referral, petition and
attempt IDs, a plough request's ID in the URL path, idempotency keys, nonces, timestamps,
versions, public SDK keys, OpenRTB IDs and prices; the powwow grounds', corrals', warehouse's,
tailgate site's, service unit's, specialist's, arena's, gym's and enrollment office's IDs, names,
phones and points; contest categories, camp sites, drums, the bracket, seats and jerseys;
catalogue items and prices (beadwork, cuts, food items, passes, concessions); the lease tract,
its acres and lessee kind; the car's make, colour and plate (no taxonomy type fits; left
unlabelled like set 151's plate); household income, a job title, eye colour and the
``snap`` flag (no taxonomy type fits income; set 170 left it unlabelled); the face-match model
name and liveness score.

Conventions kept from sets 20-37, 151 and 170: model, make, OS, locale, language,
Accept-Language (``lkt-US`` too), time zone, rooted flags, network type, battery, free memory,
LAN addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and
video-visit tokens, client secrets ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, district,
county, state, ZIP code and country ``location.coarse``; street lines, PO boxes and typed
directions to a home ``contact.address``; amounts, totals, fees, shares, receipts, orders,
prizes and mileage ``financial.purchase``; card data, last four digits, payment-method IDs,
routing and account numbers and the IIM account ``financial.payment``; another person's full
name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too; positions at 2 decimals ``location.coarse``, at 3 or more
``location.precise`` when the point is hers or her family's (home, pasture, her mother's and
uncle's houses, her fixes), a negative when it is a business's or the Tribe's.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Mato, Dustin, Winona) is not ``contact.name``; a full name is,
  and "my uncle Harvey Yellow Hawk" in a message is ``content.text|contact.name|health.medical``;
- ethnicity: "Oglala Lakota" / "Oglala Sioux Tribe" as her nation (body, JWT, traits) and blood
  quantum values ``personal.sensitive``; enrollment numbers ``personal.national_id`` like SSNs
  (and their last four digits) and her South Dakota licence; the tribal ID scan
  ``content.media|personal.national_id|personal.sensitive``; the Lakota locale and
  Accept-Language ``device.info`` (not ethnicity); dance styles and categories unlabelled;
- religion: the Sun Dance ceremony and the message about her husband's pledge
  ``personal.sensitive``; political opinion: her position on a recall petition
  ``personal.sensitive`` (the petition's ID unlabelled);
- powwow: dancer numbers (hers and Winona's; body, JWT, protobuf, URL path) ``id.user``; the
  W-9 SSN ``personal.national_id``; Winona is a data subject (name, birth date, age, sex,
  enrollment number);
- bison: the household share account ``id.user``, the share ``financial.purchase``; her mother's
  house point ``location.precise`` and her diabetes ``health.medical``;
- food: the case numbers (hers and her mother's) ``id.user``; the diabetic diet, the class and
  swaps' reason ``health.medical``; all four household members' SSNs and enrollment numbers
  ``personal.national_id``; the pay stub ``content.media`` only;
- storm: the registry number ``id.user``; her uncle's house point ``location.precise``, his
  conditions and oxygen ``health.medical`` ("uses a wheelchair" also ``personal.sensitive``,
  disability); the pasture and her stuck car's fixes ``location.precise``; the road-conditions ``near`` at 2 decimals ``location.coarse``;
- referred care: the health record number (body, JWT, query, protobuf, msgpack, URL path; hers
  and her son's) ``health.medical`` like set 151's chart number; prescription numbers, drugs,
  glucose, blood pressure, pulse, complaints and panels ``health.medical``; the ECG and
  discharge PDFs ``content.media|health.medical``;
- tournament: the player registration ``id.user``; the son's enrollment number
  ``personal.national_id``; asthma and inhaler ``health.medical``; the physical PDF
  ``content.media|health.medical``; the player search with his full name
  ``behavior.search|contact.name``;
- enrollment: the face photo and signature ``content.media``; the 128-float face template
  ``biometric.face`` (one label on the list); height and weight ``health.fitness``; the birth
  certificate PDF ``content.media|personal.birthdate``;
- SDKs: Trackchokecherry's ``country`` ``location.coarse`` and ``roaming`` ``device.info``;
  OpenRTB geo country, region (``SD``) and city ``location.coarse``.

Looked at (stated honestly): /work/shared/TAXONOMY.md, /work/shared/DESIGN.md,
``eval_payloads.py``, ``eval_families151.py`` and all its modules (the template; its
``_sdk.py``/``_svc.py`` were copied with renames into this set's), the constant and function
names of ``eval_families17_kit`` and the bodies of ``head``, ``claims``, ``rid``, ``sdk_id``
(``_24_kit``), ``App``, ``ev``, ``opaque`` (``_20_kit``), ``at_path`` (``_21_kit``), ``lines``
(``_22_kit``), ``raw``, ``multipart``'s head and ``pb``'s head (``_6_kit``), ``sjwt``
(``_18_kit``), ``enc``'s head (``_7_kit``), ``report`` and ``check_ci`` (``_8_kit``),
``listed_once`` and ``LISTED_ONCE`` (``eval_families21``), plus grep lines naming constants in
kits 6 to 19; the module docstrings of all ``scripts/*.py`` were extracted with ``ast`` and
grepped for kinds and names, and set 170's top docstring was read in full (the nearest setting).
No classifier, rule, decoder, test or README was read or run; ``ruff check --select F`` ran on
these files (``--fix`` removed unused imports); no git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families197_owapi
import eval_families197_pejuta
import eval_families197_pte
import eval_families197_tapa
import eval_families197_wacipi
import eval_families197_waziya
import eval_families197_woyute
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families197_wacipi.wacipikin(), *eval_families197_wacipi.wacipikin_sdks(),
            *eval_families197_pte.pteyuha(), *eval_families197_pte.pteyuha_sdks(),
            *eval_families197_woyute.woyute(), *eval_families197_woyute.woyute_sdks(),
            *eval_families197_waziya.waziya(), *eval_families197_waziya.waziya_sdks(),
            *eval_families197_pejuta.pejutati(), *eval_families197_pejuta.pejutati_sdks(),
            *eval_families197_tapa.tapawankatuya(),
            *eval_families197_tapa.tapawankatuya_sdks(),
            *eval_families197_owapi.oyateowapi(), *eval_families197_owapi.oyateowapi_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
