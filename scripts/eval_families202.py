"""Two-hundred-and-second, BLIND labelled set for the classifier evaluation ("blind199"):
written without reading the classifier code, its rules, its decoders, the tests, the README or
the evaluation scripts, and never run through a classifier by its author; only ``main`` (the
project's decoder path check, which runs no classifier) and ``ruff check --select F`` were run on
it. It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (158 first-party calls and 77 SDK calls, 235
exchanges, 1,725 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She (the profile's Jane Doe) lives in Elista (Republic of Kalmykia,
Russia) on a Russian residence permit with her Kalmyk husband Sanal Erdniev and their daughter
Kermen (9), her US SIM roaming on a Russian network; summers the family stays in its flat in
Lagan on the Caspian coast, where her brother-in-law Mergen Erdniev co-owns the family's motor
boat with her; her parents-in-law Bulgun and Ochir Erdniev live in Yashkul and grow watermelons.
Money is in roubles (RUB), phones are +7, the zone Europe/Moscow, the region RU-KL. Russian
identifiers are computed with their check digits: her SNILS ``174-208-935 74``, her
mother-in-law's ``183-517-246 76`` and Kermen's ``205-611-873 38`` (mod 101), the 12-digit INNs
``081403627100`` (hers) and ``081102459854`` (her mother-in-law's) with both check digits, the
Mir card ``2202203677419055`` (Luhn), the rouble account's key digit against BIC 048580603.

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Kalmyk in Latin letters as an Elista developer
types them (a for ә, o for ө, u for ү, h for һ, ng for ң, j for җ, kh/ch/sh/ts for х/ч/ш/ц),
mixed with Russian loans where local paperwork has them (``snils``, ``inn``, ``pasport``,
``vnzh``, ``polis``, ``zayavk``, ``kadastr``, ``kotel``, ``bolnichny``, ``strahovk``,
``zakaz``, ``bron``) and English where real apps keep it (``token``, ``id``, ``lat``/``lon``,
``push_token``, ``refresh_token``, OAuth fields, ``events``); each module's docstring lists its
key words and meanings:
- ``eval_families202_gorasn.py`` "Gorasn Tal": a steppe reserve's entry permits, a
  watering-hole hide, saiga sightings and a drone permit;
- ``_gaz.py`` "Gaz Gert": a rural gas connection for her mother-in-law's house in Yashkul, filed
  by her under a power of attorney (SNILS, INN, passport, disability group);
- ``_arvs.py`` "Arvs": the family's watermelon field's wholesale sales (her INN as a
  self-employed seller, the field's corners, buyers' trucks, pickers);
- ``_jangar.py`` "Jangrchi": Kermen's epic-recitation (Jangar) studio and contest (the child's
  data: SNILS, birth certificate, nationality, recordings, body measurements, allergy);
- ``_emch.py`` "Emchin Dong": an infection clinic's brucellosis treatment (her own health data,
  OMS policy, sick leave, the family's screening);
- ``_zul.py`` "Zul Gerl": a khurul's Zul lamps by each family member's age, readings for named
  relatives, a house blessing, donations (her religion);
- ``_ongts.py`` "Ongts": the Lagan boat's registry and sea-exit notices in the Caspian border
  zone (crew passports, the track at sea, catches, fuel, insurance).
The shared vocabulary: ``nern`` name, ``ovg`` surname, ``utsn`` phone, ``el_bichg`` e-mail,
``nuuts_ug`` password (lit. "secret word"), ``kod`` code, ``torsn_odr`` birth date, ``nasn``
age, ``pol`` sex (``em`` woman, ``kuukn`` girl), ``haig`` address, ``uulnts`` street,
``balhsn`` city, ``selan`` village, ``rayon`` district, ``indeks`` post code, ``nokr``
husband, ``hadm_ek`` mother-in-law, ``sadn`` relatives, ``hazr`` place, ``mongn`` amount,
``un`` price, ``tolvr`` payment, ``kartin_suul`` card's last digits, ``dans`` account, ``bichg``
message / text / document, ``zurg`` photo, ``haah`` search, ``bolzr`` appointment, ``dong``
help, ``ovchn`` illness, ``odr`` day, ``tsag`` time, ``sar`` month, ``bi`` me, ``orh`` log in,
``harh`` log out / departure, ``burtkl`` registration. A docstring grep of
``scripts/eval_families*.py`` (module docstrings extracted with ``ast``, no other code) found
none of the kinds: "gasification", "gas connection", "boiler", "melon", "bakhcha", "epic",
"jangar", "storytell", "brucell", "infectious", "sea exit", "boat registr" matched nothing;
near kinds are named in each module (set 73's safari lodge, sets 113/125/141/186's Buddhist
apps, sets 154/171's boats, set 151's winery); no earlier set is set in Kalmykia ("kalmyk",
"elista" matched no docstring). The SDKs are ten new vendors, built once and called by every app
with its own events: ``_sdk.py`` (analytics "Metricdombra", MMP "Trackmanych", OpenRTB 2.5 ads
"Bidkovyl", crash reporting "Crashtulpan") and ``_svc.py`` (flags "Flagtsagan", push
"Pingsarpa", consent "Consentkhar", payments "Paymongn" with an SBP transfer, maps "Mapkhotn",
support chat "Helpjomba"); their code is set 151's SDK shapes with the vendors, hosts, zone,
country, region and currency changed (a grep of ``scripts/`` file contents for the ten names
found none). ``eval_families202_kit.py`` holds her places, people, identifiers and the apps'
businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/bi`` GETs with JWT bearers, refresh tokens and log-outs; reserve: the family's
permit, its payment, the QR by permit number in the path, the cordon entry (5 decimals), the hide
booked, a protobuf beat, a sighting with her fix, a photo, a drone permit, a search, a msgpack fix
queue, her emergency contact (a wasp-sting allergy), a saiga patronage for Kermen, a review, the
weather (2 decimals), receipts by cookie; gas: the application, a power of attorney PDF, a house
photo, the status by application number in the path, the survey, the pipe's route on the plot,
a boiler order and payment, the contract signature image, the pensioner's benefit, the gate code,
a meter reading (gzip), commissioning with her fix, a message quoting her father-in-law's phone;
melons: the field's corners, the harvest fix, an irrigation note (msgpack), spraying, a truck
order, a loading slot with the buyer's driver, the payout account, the self-employed tax
receipt, an offline sync (JSON Lines), sales by grower number in the path, the pickers' roll;
epic studio: enrolment, the timetable by pupil number in the path, a recital recording (M4A),
marks, the contest entry, a costume (height, chest, waist), a trip consent, the health form
(gzip), a teacher message, a meeting slot, a photo, a pick-up by her grandmother, a studio
check-in, notices, the address, a practice log (msgpack), a session cookie; clinic: the history
(gzip), the lab PDF, the plan, medicines, a protobuf dose diary, an appointment, a check-in, sick
leave, messages, a video room, the family's screening, a paid test, the invoice by card number in
the path, results by cookie, sharing, a health search, a fever log (msgpack); khurul: lamps by
age, a reading for named relatives, a house blessing at the in-laws' (their point), the hural
timetable, attendance (4 decimals), an offering, a blessing for Kermen, a photo, a message to a
monk, the donor entry by number in the path, a monthly donation from her account, a live-stream
token; boat: the registry, its papers, a sea-exit notice, the departure at the berth, a protobuf
beat at sea, a msgpack track, a catch (3 decimals), the return (5-decimal strings), the wind
(2 decimals), fuel, notices by skipper number in the path, a message to the post, insurance, the
mooring fee. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in
a form field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed
e-mail and phone) and a deep link (a URL in a JSON field carrying her e-mail); OpenRTB bids (GPS
at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations
and an SBP transfer by her phone number; geocoding, reverse geocoding (``lat,lon`` in the path),
routes and telemetry; support messages and uploads.

Negatives are implicit: request, slot, booking-line, order-line, survey, appointment, thread and
zakaz IDs, the sea-exit notice's reference, idempotency keys, nonces, timestamps, versions,
public SDK keys, OpenRTB IDs and prices; the reserve's cordon (ID, name, point, phone), the hide
and its point, saiga counts, the adopted saiga's ID and name, the ranger's ID; the gas company's
office and the gas main's point, boiler models and catalogue prices, the meter's serial and
reading, the floor area; the buyers' IDs and depot, the variety, tonnes, hectares, prices per
kilo, the BIC; the studio's ID and point, groups, cantos, the costume's ID; the clinic's ID and
point, the room; the khurul's point, the monk's ID, lamp counts; the border post (ID, name,
point), the boat's name and engine, fish species and kilograms, the berth's name; the cadastral
number of the in-laws' plot, car plates, the boat's registration number and the drone's model and
serial (no taxonomy type fits; left unlabelled, as set 151's car plate).

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS/e-mail codes, a gate code, bearer, refresh, session,
live-stream and video-room tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, district,
village, region, post code and country ``location.coarse``; street lines ``contact.address``;
amounts, totals, fees, orders, permits, insurance and invoices ``financial.purchase``; card data,
last four digits, payment-method IDs and accounts ``financial.payment``; another person's full
name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Ochir, Sanal, Delgr, Mergen without surname) is not
  ``contact.name`` except where the text is about the child (Kermen) or names a person with a
  surname; the child's full name always is; a phone number quoted in text is ``contact.phone``;
- SNILS, INN, passports (US and Russian), the residence permit, the birth certificate
  ``personal.national_id``; the OMS policy ``health.medical`` (as set 37's insurance member ID),
  as are the outpatient card number (body, JWT ``karta``, query, URL path, protobuf), the sick
  leave number and the ICD code; citizenship (``irgn: US``) and the languages a child speaks are
  unlabelled (no taxonomy type);
- reserve: the permit number ``financial.purchase`` (a bought pass: body, JWT, URL path, SDK
  traits); the hide's and cordon's points negatives, her fixes there ``location.precise``;
- gas: the application number ``id.user`` (her case account: body, JWT, URL path, support
  traits); the mother-in-law's disability group ``personal.sensitive|health.medical``; the pipe's
  entry and boiler-wall points on the family's plot ``location.precise``;
- melons: the grower number ``id.user``; the field's corners and her fix ``location.precise``;
  sales revenue and the tax receipt amount ``financial.purchase`` (as set 151's excise revenue);
  the pickers and the buyer's driver (full names, phones) ``contact.*``;
- epic studio: Kermen is a data subject: name, birth date, age, sex, SNILS, birth certificate,
  pupil number ``id.user``, nationality ``halmg`` ``personal.sensitive`` (ethnicity), her
  height, chest and waist ``health.fitness``, her honey allergy and car sickness
  ``health.medical``; her recital recording ``content.media`` only (no voiceprint sent);
- khurul: religion, the temple's ID and name, services, sutra, offerings, the repair fund and
  push tags ``personal.sensitive``; ages for the lamps ``personal.birthdate``; the relatives named
  for readings (living and departed) ``contact.name``; the donor card ``id.user``; the in-laws'
  house point for the blessing ``location.precise``;
- boat: the skipper's certificate ``id.user``; her fixes at the berth and at sea
  ``location.precise`` (a catch at 3 decimals too); the wind query at 2 decimals
  ``location.coarse``; the child's age ``personal.birthdate``;
- SDKs: Trackmanych's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``KL``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md's output/path notes (stated honestly): set 151's top
module, its kit, sdk, svc and all seven app modules (the template; ``_sdk.py``/``_svc.py`` were
copied with renames by ``sed``); ``eval_payloads.py``; the head of ``eval_families17_kit`` (its
imports and ``__all__``), the ``App``/``ev``/``opaque`` code of ``eval_families20_kit``,
``rid``/``sdk_id``/``head``/``claims`` of ``eval_families24_kit``, a grep of the constants and
function names of kits 18-24 and 1x (``E164``, ``NATIONAL``, ``M4A``); module docstrings of all
``scripts/eval_families*.py`` (extracted with ``ast`` into a temporary file outside the
checkout and grepped for the kinds, plus the heads of sets 171, 184, 196, 198, 199, 200 and 201
to see the Russian sets' choices); a content grep of ``scripts/`` for the new names and for
"kalmyk"/"elista" (file names only printed). No classifier, rule, decoder, test, README or
evaluation script was read or run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families202_arvs
import eval_families202_emch
import eval_families202_gaz
import eval_families202_gorasn
import eval_families202_jangar
import eval_families202_ongts
import eval_families202_zul
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders by ``main`` before this set was handed over; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families202_gorasn.gorasn(), *eval_families202_gorasn.gorasn_sdks(),
            *eval_families202_gaz.gazgert(), *eval_families202_gaz.gazgert_sdks(),
            *eval_families202_arvs.arvs(), *eval_families202_arvs.arvs_sdks(),
            *eval_families202_jangar.jangrchi(), *eval_families202_jangar.jangrchi_sdks(),
            *eval_families202_emch.emchindong(), *eval_families202_emch.emchindong_sdks(),
            *eval_families202_zul.zulgerl(), *eval_families202_zul.zulgerl_sdks(),
            *eval_families202_ongts.ongts(), *eval_families202_ongts.ongts_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
