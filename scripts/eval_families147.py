"""Hundred-and-forty-seventh, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run twice at
the end (the first, under the system Python, stopped at ``import msgpack`` before any check; the
second, under the project's ``.venv``, printed the counts below and no missing path). It is to
be scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (150 first-party calls and 73 SDK calls, 223 exchanges, 1,645 labelled
fields as ``main`` prints them), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She spends the
year in Kumasi (Ashanti, Ghana) with her Ghanaian husband Kwabena Owusu-Ansah, her US SIM roaming;
their son Kofi (9) plays in a junior football academy. Seven app kinds (fictional names, hosts
under example.* per RFC 2606, no real company named as sender), each with its own API and the
SDKs it embeds: an Asante funeral-contributions ledger ``eval_families147_ayie.py`` ("Ayiedi":
its API's keys are Twi (Asante): ``din`` name, ``abusua`` clan, ``abusua_noma`` clan-ledger
number, ``fon_noma`` phone number, ``efie`` home, ``kurow`` town, ``mantam`` region, ``awoda``
birth date, ``kunu`` husband, ``sika`` money, ``nsawa`` funeral donation, ``ayie`` funeral,
``owufo`` the deceased, ``nkra`` message, ``ahintasem`` password, ``kasa`` language, ``baabi``
place, ``mmere`` time, ``nnipa`` people, ``aboa_boa`` helper, ``dwuma`` task, ``afe`` year, and
the paths ``akwan/kyerew`` register, ``akwan/bra`` log in, ``akwan/fi`` log out), a trotro route
and fare app ``_trotro.py`` ("Trotrokwan"), a Bonwire kente weaver's order app ``_kente.py``
("Kentenwene"), a fertility clinic's patient app ``_fertility.py`` ("Awoboa": her own health
data), a Methodist society's harvest and dues app ``_harvest.py`` ("Wesleyharvest": her
religion), a chop bar's pre-order and delivery app ``_fufu.py`` ("Fufupa") and a junior football
academy's parent app ``_mmofra.py`` ("Mmofraball": the child's data). Funeral contributions,
trotros, kente weaving and chop bars are new (file-name and docstring greps of ``scripts/`` for
"trotro", "kente", "weav", "chop bar" matched nothing; "funeral" matched sets 122 and 126, where a
funeral is one church or clinic event, not a clan's donation ledger). Three overlap earlier kinds
and were made different: sets 12 and 13 name fertility tracking, so Awoboa is clinic-run
treatment (scans, injections, a partner's consent, results by record number); harvest in sets
100, 102 and 107 is a crop's, Wesleyharvest's is a church's thanksgiving and auction; academies
in sets 100, 103 and 110 are chess or tutoring, Mmofraball is football. The SDKs are ten new
vendors, built once (``_sdk.py`` and ``_svc.py`` keep set 132's shapes under new names) and
called by every app with its own events: analytics "Metricadinkra", MMP "Trackweaverbird",
OpenRTB 2.5 ads "Bidbarracuda", crash reporting "Crashodum", flags "Flagkolanut", push
"Pingtalkingdrum", consent "Consentpalmwine", payments "Coinpesewa", maps "Mapadinkrastool",
support chat "Helpkentestrip". ``eval_families147_kit.py`` holds her places, people and the
apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes,
PINs), ``/me`` GETs with JWT bearers; the funeral ledger (donations by mobile money, dues,
attendance at the grounds, a protobuf beat, a condolence naming her mother-in-law and her
number, a family photo, a msgpack queue, receipts by ledger number in the path); trotro (OTP,
saved places, stops near a ``lat,lon`` path segment, route search, a trip, the fare, a JSON Lines
live track, the stop called, a rating, lost property, an SOS, a shared ETA to her husband, a
weekly pass, a complaint); kente (an order, her measurements, a note that she is expecting, a
card deposit, progress, a reference photo, a shed visit and check-in, the balance, delivery, an
invoice PDF by order number in the path, a gift to her sister in Ohio); fertility (intake,
cycles gzip, basal temperatures in protobuf, appointments, check-in, results by record number
in the path, a scan image, prescriptions, injections msgpack, a partner consent, payment,
insurance, nurse messages, a video token, a lab PDF, reminders); church (membership, dues,
harvest pledge and auction bid, offering, attendance at 4 decimals, fellowship, a prayer
request, the son's Sunday school with an allergy, a Twi hymn search, a welfare visit, the
statement by class ticket in the path, a photo, a class-meeting RSVP, a tithe standing order,
the directory); chop bar (menu, bars near her at 3 decimals, pick-up and delivery orders, a group
order for the funeral helpers, a diet note stating her pregnancy, stamps by cookie, a msgpack
queue, the receipt by order number in the path); academy (guardian, Kofi's registration, his
birth certificate scan, a consent with her Ghana Card, fees, kit, attendance with her fix,
his medical form, an injury, transport, a message, his photo, the progress report by player
number in the path, a tournament trip, a scholarship). SDKs as set 132's (gzip batches, base64
JSON traits, JSON Lines queues, base64url beacons, MMP installs/events/deep links, OpenRTB bids
and notices, crash envelopes and sessions, flags (one in a base64 JSON header), push
subscribers, consent records and checks, card tokens, confirmations and mobile-money payouts,
geocoding, reverse geocoding in the path, routes, telemetry, support messages and uploads).

Negatives are implicit: request, trip, session, room, order-line and object IDs, nonces,
timestamps, versions, public SDK keys, OpenRTB auction, bid, creative and publisher IDs and
prices; the funeral grounds' ID, name, phone and point, the deceased's name (on the family's
public funeral poster, not her contact: unlabelled), the programme; the stations, the van's ID,
plate and route, the mate; the weaver's ID, point and phone, patterns, strips and warp colours;
the clinic's ID and point, the thermometer's name; the chapel's ID and point, the class
leader's name (a public office), auction lots; the chop bar's ID, phone and point, menu items
and prices, "no pork" (a preference, not stated as religion); the academy's ID and point, squad,
position, boot size, income band and household size.

Calls made in this set (a reader may disagree; stated so a score can be read):
- Ayiedi: ``abusua`` (her husband's matrilineal clan, an ethnic/kin affiliation) is labelled
  ``personal.sensitive`` wherever sent (body, query, traits, push tags); the ledger number
  ``abusua_noma`` ``id.user``; ``nsawa``/``sika`` and dues ``financial.purchase``; ``momo`` (her
  Ghanaian wallet number) ``contact.phone``; the GhanaPost GPS code ``contact.address``; the Twi
  message quoting her mother-in-law's name and national-format number
  ``content.text|contact.name|contact.phone``; Twi keys are labelled as their English
  equivalents would be.
- Trotrokwan: the rider card ``id.user`` (body, path, JSON Lines); the board, stop, SOS and track
  fixes and the ``lat,lon`` path segment ``location.precise``; the fare, pass and top-up
  ``financial.purchase``; the stop name she calls unlabelled (a public stop); the lost-property
  text mentions her Ghana Card but not its number: ``content.text`` only.
- Kentenwene: body measurements ``health.fitness``; the note that she is expecting
  ``content.text|health.medical``; the gift recipient (her sister) ``contact.*`` and her US street
  line ``contact.address``; the invoice by order number in the path ``financial.purchase``.
- Awoboa: the record number (body, JWT ``mrn``, query, protobuf, path) ``health.medical`` (as set
  132's); every fertility fact (months trying, births, cycle, fibroids, drugs, follicle size,
  temperatures, injections, the consent kind, reminders) ``health.medical``; the cycle days a
  series labelled once; height and weight ``health.fitness``; the scan and the lab PDF
  ``content.media|health.medical``; her insurance member number ``health.medical``; her Ghana
  Card ``personal.national_id``; the partner ``contact.name``; the video token a credential.
- Wesleyharvest: society, circuit, denomination, baptism, class, fellowship, services, funds and
  push tags ``personal.sensitive`` (religion); the class ticket ``id.user``; amounts
  ``financial.purchase``; the tithe's bank account ``financial.payment``; the prayer request
  ``content.text|personal.sensitive|health.medical|contact.name``; the Twi hymn search
  ``behavior.search|personal.sensitive``; her mother-in-law's stroke
  ``content.text|health.medical``.
- Fufupa: her home fix, street, landmark and GPS code; the loyalty stamp card in a cookie
  ``id.user``; the son's groundnut allergy ``health.medical``; the chop bar's point negative.
- Mmofraball: Kofi is a data subject (sets 29, 35, 37): names, birth date, sex, player number
  (body, JWT ``players``, query, path) labelled; his birth certificate scan
  ``content.media|personal.birthdate``; his genotype (AS, sickle-cell trait), asthma, inhaler,
  allergy and blood group ``health.medical``; his primary school ``location.coarse``; the
  parent's Ghana Card ``personal.national_id``; the scholarship statement (income sources)
  ``content.text``.
- SDKs: as set 132 states for its vendors (positions at 2 decimals ``location.coarse``, 3 or more
  ``location.precise``; OpenRTB geo country ``GHA``, region ``AH`` (Ashanti) and city Kumasi
  ``location.coarse``; the MMP's ``roaming`` flag ``device.info``; the consent receipt cookie
  opens nothing; the support identity token is a credential).

Looked at (stated honestly; under time pressure TAXONOMY.md and DESIGN.md were not opened: the
category ids and path notation are those set 132's files use): set 132's files (top, kit,
sdk, svc, copra; grep lines of shelter, church, wound, yacht), ``eval_payloads.py``'s constant
names and ``case``/``U``, ``head``/``claims`` of set 24's kit, ``ev`` of set 20's kit, ``pb`` and
``raw`` of set 6's kit and ``report`` of set 8's kit; file-name and content greps of ``scripts/``
for the app kinds and vendor names. No classifier, rule, test or decoder was read or run beyond
``main``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families147_ayie
import eval_families147_fertility
import eval_families147_fufu
import eval_families147_harvest
import eval_families147_kente
import eval_families147_mmofra
import eval_families147_trotro
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the first run of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families147_ayie.ayiedi(), *eval_families147_ayie.ayiedi_sdks(),
            *eval_families147_trotro.trotrokwan(), *eval_families147_trotro.trotrokwan_sdks(),
            *eval_families147_kente.kentenwene(), *eval_families147_kente.kentenwene_sdks(),
            *eval_families147_fertility.awoboa(), *eval_families147_fertility.awoboa_sdks(),
            *eval_families147_harvest.wesleyharvest(),
            *eval_families147_harvest.wesleyharvest_sdks(),
            *eval_families147_fufu.fufupa(), *eval_families147_fufu.fufupa_sdks(),
            *eval_families147_mmofra.mmofraball(), *eval_families147_mmofra.mmofraball_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
