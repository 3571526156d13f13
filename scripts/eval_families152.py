"""Hundred-and-fifty-second, BLIND labelled set for the classifier evaluation ("blind149"):
written without reading the classifier code, its rules, its decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check)
ran while writing (once on the pension app alone) and on the full set (1,728 labels, no path
missing, exit 0 each time; one run piped to ``head`` stopped on a broken pipe). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes
in roughly real proportions (156 first-party calls and 78 SDK calls, 234 exchanges, 1,728 labels
after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the profile's
values (``eval_payloads.profile()``), with everyday look-alikes. She lives in Skopje (North
Macedonia, country MK, currency MKD, zone Europe/Skopje, her US SIM roaming) with her husband
Dimitar Bojadzi, whose family are Aromanians (Vlachs) from Krusevo, and their son Luka (11); the
family keeps a stone house in Ohrid's old town (Varosh). Seven app kinds (fictional names, hosts
under example.* per RFC 2606, no real company named as sender), each with its own API whose keys
are Macedonian in Latin letters as local developers write them (each module's docstring lists
its key words and meanings; most use the sh/ch/zh/gj/kj digraphs, "Ajvarnik" drops them the way
many developers do: ``plakanje``, ``zalba``, ``pecenje``), with English where real apps keep it
(``token``, ``id``, ``lat``/``lng``, ``ssid``, ``push_token``, ``refresh_token``, OAuth fields):
- ``eval_families152_penzija.py`` "Stolbovi": a second-pillar pension fund's member app (her
  EMBG, beneficiaries with their EMBGs, voluntary contributions, a fund switch);
- ``_ajvar.py`` "Ajvarnik": a neighbourhood pepper-roasting and ajvar app (peppers from a
  Strumica farmer, a yard roaster's slot and queue, jars, labels);
- ``_arman.py`` "Armanjlu": an Aromanian cultural society's member app (her husband's ethnic
  affiliation, the family's mother tongue, an Aromanian-language class for Luka, the Aromanians'
  Day festival in Krusevo: ethnic origin ``personal.sensitive``);
- ``_biser.py`` "Biserka": an Ohrid pearl workshop's orders (a necklace shipped to her sister in
  Ohio, an engraved ring, a brooch repair);
- ``_oko.py`` "Ostrovid": a laser eye-surgery clinic (her own health data);
- ``_rakomet.py`` "Rakometko": a children's handball academy (the child's data, his fitness
  and sports-medical data);
- ``_odzhak.py`` "Odzhak": chimney sweeping and firewood for the Ohrid house (a CO sensor on the
  house Wi-Fi, a municipal stove subsidy).
New kinds (a docstring grep of ``scripts/eval_families*.py``, module and function docstrings:
"pepper", "ajvar", "aromanian", "vlach", "chimney", "pellet", "lasik", "refractive", "laser
eye", "handball" matched nothing; "pension fund" only as a field of other apps; "union" and
"speech therapy" apps exist, so none was written; "jewel" matched a gold pawnshop and a vault,
not a maker's workshop; "ethnic" matched only labels in other apps, not a community society;
children's clubs exist as chess schools (sets 81, 103, 127), music schools (95, 111) and a
folk-dance group, none a team-sport academy with fitness data; "firewood" matched other sets'
fields, not a sweep's app). The SDKs are ten new vendors (the grep found none of the names),
built once and called by every app with its own events: ``_sdk.py`` (analytics "Metrivardar",
MMP "Atribukale", OpenRTB 2.5 ads "Bidtavche", crash reporting "Crashburek") and ``_svc.py``
(flags "Flagmastika", push "Pushpindzur", consent "Consentselsko", payments "Paydenar", maps
"Mapvodno", support chat "Helpkomshija"); their code is set 151's SDK shapes with the vendors,
hosts, zone, country (``MK``/``MKD``, OpenRTB region ``85``, city Skopje) and currency changed.
``eval_families152_kit.py`` holds her places, people, the businesses and the computed EMBGs.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, EMBG and
password, SMS codes), ``/jas``-style GETs with JWT bearers (claims ``embg``, ``chlenski_broj``,
``karton``, ``igrachi``, ``zaednica``); pension: balance, statement by membership number in the
path, contributions, employer, beneficiaries, a voluntary contribution, the IBAN, the address, a
residence-permit photo, a projection, a PIN-signed fund switch, a search, a message quoting her
son's EMBG, an appointment, a certificate by cookie GET, a base64 JSON form field; ajvar:
roasters near her flat (3 decimals), the order and payment, the slot, a check-in with her fix,
a protobuf queue beat, a recipe, a jar photo, labels, a neighbour invited, a search, a rating,
the order by number in the path, the bill by cookie GET, a complaint, the courier's pin (5
decimals); society: joining, the fee, the family, the class, the festival, attendance with her
fix, a msgpack choir queue, an archive photo, a donation, a message naming her mother-in-law,
the card by number in the path, a survey, the bulletin by cookie GET, volunteering, the address;
pearls: the catalogue, two orders, a deposit, shipping to her sister, the design (msgpack), a
repair photo, a visit with her fix, a certificate, a message quoting her sister's phone, the
order status by number in the path, the invoice by cookie GET, the workshop's Wi-Fi; eye clinic:
registration with her EMBG, the history (gzip), a topography PDF, her old prescription, the
surgery, deposit, consent signature, check-in, a protobuf drops diary, a post-op photo, a
message to her surgeon, a video room, her husband as companion, an acuity self-test, invoices
by chart number in the path, instalments; handball: the parent's grant, Luka's registration
(EMBG), measurements, the sports-medical PDF, trainings by player number in the path, an
absence (a fever), fees, a tournament consent, a pick-up by his grandmother, the hall check-in,
a protobuf heart-rate beat, a match video, the coach, the jersey, a search, a carpool from home
(3 decimals), reports by cookie GET, her address; chimney: the house (address and point),
prices for Ohrid, the wood order and payment, the sweep with the gate code and the key-holding
neighbour, an offline sync (msgpack), a stove photo, the CO sensor on the house Wi-Fi, a
protobuf sensor beat, a complaint, the order by number in the path, the subsidy (EMBG, IBAN).
SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form
field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and
phone) and a deep link (a URL in a JSON field with the order and her e-mail); OpenRTB bids (GPS
at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations
and a mobile-wallet refund; geocoding (a typed search, her Ohrid street), reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, slot, appointment, session, design, repair, queue, thread,
match, training and rehearsal IDs, idempotency keys, nonces, timestamps, versions, public SDK
keys, OpenRTB IDs and prices; the fund's branch, its fund codes, projection inputs and yield;
the employer's name and EDB (a business's tax number); the roaster's ID, point and price, the
farmer's ID, pepper variety, kilograms and the per-kilogram price; the society's hall and point,
event filters (``grad=Krushevo`` is the events' town, not hers), the choir's song and voice
part; the workshop's ID, point, catalogue and catalogue prices, strands, pearls, clasp, the
necklace's length; the clinic's ID and point, the consent form code, the operating room; the
academy's hall and point, group, jersey size and number, the tournament slug; the firewood
depot, wood kind and price per cubic metre, the CO sensor's serial, model and ppm reading.

Conventions kept from set 151 (which keeps sets 20-37 and 132): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS codes, a signing PIN, a gate code,
bearer, refresh, session and video-room tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, district,
municipality, neighbourhood, post code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, deposits, invoices, bookings and orders
``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Blagica, Slavica, Vera, Goce) is not ``contact.name`` except
  where the text is about the child (absence note, coach message, survey comment); full names
  (with a surname) always are, living or departed (the archive caption);
- EMBGs (hers, her husband's, her son's, in body, JWT claim and free text) and her residence
  permit number ``personal.national_id``; the permit photo ``content.media|personal.national_id``;
- pension: membership number ``id.user``; balance, units, projection, salary (``plata``), job
  title and nationality (``drzhavjanstvo: US``) unlabelled (no taxonomy type, as set 151 and
  sets 13-31 leave retirement funds); her age in the projection ``personal.birthdate``;
- society: ethnic affiliation, mother tongue (husband's and son's), the Aromanian-language course,
  the Aromanians' Day festival, the fund for Aromanian books, the community claim, trait and push
  tag, language-at-home answers ``personal.sensitive`` (ethnic origin); membership number
  ``id.user``; the search "armanjski pesni za deca" ``behavior.search`` only;
- pearls: ring size (``golemina``) unlabelled (not treated as a body measurement); engravings
  ``content.text`` (with ``contact.name`` when a full name is engraved); the workshop's Wi-Fi she
  joined ``location.wifi`` (its point a negative), her sister's country ``location.coarse``;
- eye clinic: chart number (body, JWT ``karton``, query, URL path, protobuf) ``health.medical``
  (a medical record number, as set 151's chart); history answers (pregnancy included), the
  prescription's sphere, cylinder and axis, procedure, anaesthesia, drops, pain, redness, acuity
  ``health.medical``; topography and discharge PDFs and the eye photo
  ``content.media|health.medical``; the consent signature image ``content.media``;
- handball: Luka is a data subject: EMBG, player number (body, JWT ``igrachi``, URL path,
  protobuf) ``id.user``, names, birth date, sex; height, weight, heart rate, distance and speed
  ``health.fitness``; fitness verdict, asthma, allergy, absence reason ``health.medical``; the
  sports-medical PDF ``content.media|health.medical``; the match video ``content.media``;
- chimney: the house's address and point are hers (``contact.address`` / ``location.precise``);
  ``grad=Ohrid`` in a price query is where she wants delivery ``location.coarse``; the house
  Wi-Fi ``location.wifi`` and the sensor's LAN address ``device.info``; the CO sensor's serial a
  negative (a device in the house, not the phone's hardware ID);
- SDKs: Atribukale's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; TAXONOMY.md; DESIGN.md (lines 100-136 and a grep for
path notation); ``eval_payloads.py`` (all); ``eval_families151.py`` and all its modules (the
template; ``_sdk.py``/``_svc.py`` copied with sed renames into this set's); the names exported by
``eval_families17_kit`` and its header; ``App``, ``ev``, ``opaque`` (set 20's kit), ``at_path``
(21), ``rid``, ``sdk_id``, ``head``, ``claims`` (24), ``lines`` (22), the signatures of ``raw``,
``multipart``, ``pb`` (6) and ``report`` (8); a grep of kit constants (E164, NATIONAL, DOB, ...);
a dump of module and function docstrings of ``scripts/eval_families*.py`` grepped for the app
kinds and names. No classifier, rule, decoder, test or README was read or run; no git command
was run. ``ruff check --select F`` passed on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families152_ajvar
import eval_families152_arman
import eval_families152_biser
import eval_families152_odzhak
import eval_families152_oko
import eval_families152_penzija
import eval_families152_rakomet
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main`` found no labelled path the decoders do not produce; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families152_penzija.stolbovi(), *eval_families152_penzija.stolbovi_sdks(),
            *eval_families152_ajvar.ajvarnik(), *eval_families152_ajvar.ajvarnik_sdks(),
            *eval_families152_arman.armanjlu(), *eval_families152_arman.armanjlu_sdks(),
            *eval_families152_biser.biserka(), *eval_families152_biser.biserka_sdks(),
            *eval_families152_oko.ostrovid(), *eval_families152_oko.ostrovid_sdks(),
            *eval_families152_rakomet.rakometko(), *eval_families152_rakomet.rakometko_sdks(),
            *eval_families152_odzhak.odzhak(), *eval_families152_odzhak.odzhak_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
