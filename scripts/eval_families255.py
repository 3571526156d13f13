"""Two-hundred-and-fifty-fifth, BLIND labelled set for the classifier evaluation ("blind252"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; only ``main`` (the project's decoder
path check) was run four times, each exiting 0 with no path reported (the later runs followed
trimming six SDK calls and three first-party calls to the brief's size, removing two unused
imports ``ruff check --select F`` found, and docstring edits; a one-off import of ``build``
counted first-party against SDK exchanges). It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (153 first-party calls and 77 SDK calls, 230 exchanges, 1,755
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She (the profile's Jane Doe) lives in Calabar (Cross River State, Nigeria) with her
Efik husband Etim Asuquo Archibong, teaching English at a private school; her US SIM roams on a
Nigerian network. Their daughter Enobong ("Eno", 8) is in primary 3 and skates on Saturdays; her
mother-in-law Affiong Archibong lives in Uyo (Akwa Ibom State); her sister Rachel Doe lives in
Ohio. All are fictional. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no
real company named as sender), each with its own API and the SDKs it embeds. Every app's API
keys are Efik written in ASCII as a Calabar developer would (no subdots, ``n̄`` as ``ng`` or
``n``), mixed with the English words real APIs keep (``email``, ``token``, ``id``, ``lat``/
``lng``, ``nin``, ``bvn``, ``plate``, ``sku``) and loans (``pasport``, ``akaunt``, ``katon``,
``tiket``, ``risit``, ``sais``, ``kod``, ``presho_iyip``); each module's docstring lists its
words. The common ones: ``enyin`` first name, ``enyin_ubon`` surname, ``ukwak_iko`` phone,
``iko_ndibe`` password, ``usen_emana`` birth date, ``nwan_eren`` sex, ``itie_odung`` address,
``obio`` town, ``ebe`` husband, ``eyen`` child, ``owo_ubon`` next of kin, ``ibat_okuk`` amount,
``ukpe`` payment, ``udongo`` illness, ``ibok`` medicine, ``etop`` message, ``ndiyom`` search,
``ndise`` photo, ``ukwak`` device, ``usem`` language. The apps:
- ``eval_families255_carnival.py`` "Ofongunek" (``ofong unek`` dance costume): a Calabar
  Carnival band's members' app (``andibuana`` member, ``ukpep_unek`` rehearsal, ``anyan_idem``
  height, ``udobi`` weight, ``isin`` waist, ``esop`` the band's dues);
- ``_isong.py`` "Isongubon" (money): an estate developer's plot bought on eighteen monthly
  instalments near Uyo (``isong`` land, ``akaunt`` account, ``ofiong`` months, ``utom`` work,
  ``ufan`` friend);
- ``_hmo.py`` "Nsongidem" (health): an HMO enrolee app (``nsongidem`` health, ``ufok_ibok``
  clinic, ``abia_ibok`` doctor, ``presho_iyip`` blood pressure, ``ubon`` dependants,
  ``mfina`` complaint);
- ``_camp.py`` "Edidiong" (a sensitive trait: her religion): a residential Pentecostal prayer
  camp (``akam`` prayer, ``uwa`` offering, ``udeme_duop`` tithe, ``edinyana`` deliverance,
  ``mbuotidem`` faith, ``ufok_abasi`` church, ``ndikpan_udia`` fasting);
- ``_skate.py`` "Nditoskate" (the child): Eno's roller-skating academy (``eka`` mother,
  ``ibat_eyen`` skater number, ``ufok_nwed`` school, ``ukpep`` lesson, ``andikpep`` coach,
  ``unan`` injury, ``ududuo`` fall);
- ``_iyak.py`` "Iyakice": a frozen-fish and chicken depot's order app (``iyak`` fish, ``unen``
  chicken, ``mfi`` periwinkle, ``ndidep`` order, ``mfin`` today);
- ``_driver.py`` "Andiwat" (``andiwat`` driver): a driver sent to drive the family's own car
  (``isan`` trip, ``itie_ntongo``/``itie_utit`` start/destination, ``moto`` car, ``nyene``
  owner, ``unwam`` help, ``itie_mi`` my places).
Novelty (a grep of the file names and module docstrings of ``scripts/eval_families*``, the
docstrings extracted with ``ast`` into a scratch file): "carnival band", "costume band",
"land bank", "estate developer", "site inspection", "survey plan", "health maintenance",
"enrolee", "prayer camp", "prayer mountain", "roller skat", "frozen fish", "driver hire",
"chauffeur", "private driver", "efik", "calabar", "ekombi", "masquerade" matched nothing. Near
kinds, made different: carnival in 101 (tickets), 155 (a nippers carnival entry) and 168 (a
children's mask group); land in 158 (search, survey and transfer) and 179 (reclaimed plots), an
off-plan flat in 162; HMO claims inside apps of 145 and 199, a spa with health insurance in 92;
retreats and a deliverance crusade inside church apps (124, 136, 193); ice-hockey and figure
skating (171, 198); cold rooms for fishermen's crates (193) and apples (206); intercity seats
and ride-hailing in many sets. Dropped after the grep because they existed: kindred and town
unions (236), esusu/ajo savings ("esusu" in 7 docstrings), genotype and sickle-cell
topics (12 and 35 docstrings), dance troupes (228, 235), an
intercity bus (115, 93), Scrabble (246), abacus (175), heritage-language classes (152, 252),
T-bills (235). The SDKs are ten new vendors, built once and called by every app with its own
events: ``_sdk.py`` (analytics "Metrafang", MMP "Trackikong", OpenRTB 2.5 ads "Bidekombi",
crash reporting "Crashmarina") and ``_svc.py`` (flags "Flagudara", push "Pingekpang", consent
"Consentebre", payments "Coinokuk", maps "Mapobudu", support chat "Helpufan"); their code is set
151's SDK modules with vendors, hosts, zone (Africa/Lagos), country (NG/NGA), region (``CR``),
city, currency (NGN) and versions changed (a grep of ``scripts/eval_families*`` found none of
the ten names nor the seven app names). ``eval_families255_kit.py`` holds her places, people
and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/ami``-style GETs with JWT bearers; carnival: dues, costume measurements, the costume order and
card payment, a rehearsal check-in (6 decimals), a protobuf rehearsal beat (her fix, steps),
the schedule, accessories (msgpack), a fitting photo, a message, a stand ticket for her sister,
a search, receipts by cookie, a wristband pairing (base64 JSON in a form field), the member card
by number in the path, the parade health form (gzip); land: KYC (NIN, BVN, passport), estates
near her (2 decimals), an estate's plots, the subscription (husband co-subscriber, mother-in-law
next of kin with her address), the deposit by transfer (her account), a site-inspection
booking and check-in (6 decimals), the plot's corners (msgpack), plot photos, the schedule by
subscriber number in the path, an instalment (gzip), the signed contract (PDF), a survey fee, a
message naming her husband with his phone, a search, a colleague referred, receipts by cookie,
inspection notes (JSON Lines); HMO: activation by enrolee number, dependants (husband and
child), clinics near her (3 decimals), the clinic chosen, a pre-authorisation for a fever, the
visit check-in with the code (5 decimals), a lab result (PDF), refills, home blood-pressure
readings (protobuf), the questionnaire (gzip), a video token, a message to the doctor, a
reimbursement claim to her account, the ID card by enrolee number in the path, a plan upgrade,
a search, a complaint, encounters by cookie; camp: registration with her church and faith, the
programme, a hostel bed and its payment, a prayer request naming her mother-in-law's operation,
the gate check-in (4 decimals), a deliverance slot, a seed offering, a tithe, a testimony
(audio), marriage counselling naming her husband, the fasting and meal plan, bus seats for her
and Eno, an attendance queue (msgpack), the camper card by number in the path, a sermon search,
receipts by cookie; skating: the parent, Eno enrolled, her health form (gzip), her height and
weight, the schedule, a lesson slot, the term fee, gear (msgpack), the drop-off (5 decimals), a
pick-up authorisation for her grandmother, a fall reported, progress by skater number in the
path, the skate-jam entry, a video, a message to the coach, a search, events with a session
cookie; fish: the catalogue, today's prices, an order delivered home (5 decimals), its payment,
a slot, a pick-up check-in (6 decimals), periwinkle and crayfish (msgpack), the order by number
in the path, a complaint photo, a message giving her husband's phone, a search, points by
cookie, an offline cart (JSON Lines), a gift carton to her mother-in-law, a rating, a base64
JSON preferences cookie; driver: the car, a quote (``lat,lon`` at 4 decimals in query values),
the trip to Uyo, its payment, the trip by number in the path, a protobuf live beat, a fix
queue (JSON Lines), SOS contacts (husband, sister), a fuel receipt photo, a rating and tip, a
message quoting her street line, a search, saved places, a school-run plan, invoices by cookie,
a lost item. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON
in a form field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed
e-mail and phone) and deep links (a URL in a JSON field carrying the plot or the trip and her
e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and a wallet payment; geocoding (the clinic's name, her
typed street line), reverse geocoding (``lat,lon`` in the path), routes and telemetry; support
messages and an upload.

Negatives are implicit: request, session, slot, visit, thread, inspection, object IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
band's ID, yard point and stand; the estate's ID, office point, plot size and survey beacons,
the surveyor and the bank's name; the clinic's ID and point, the lab, pharmacy and employer IDs,
the cuff's serial, the plan names; the camp's ID, gate point, hostel and hall; the academy's ID
and point, levels, the coach's ID, gear SKUs and prices, the skate shoe size, Eno's school name
and class; the depot's ID and point, SKUs, carton counts and catalogue prices; the driver
office's ID, the driver's ID, the school gate's point, litres, speeds; the car's plate, make,
model and year (no taxonomy type fits; left unlabelled, as set 151's plate).

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, state, post code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, deposits, instalments, balances, orders, bookings,
trips and plots ``financial.purchase``; card data, last four digits, payment-method IDs and bank
accounts ``financial.payment``; another person's full name, phone, e-mail and address typed by
the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health
fact, a sensitive trait or quotes a labelled value carries that category too; positions at 2
decimals ``location.coarse``, at 3 or more ``location.precise``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name`` except where the text is about the
  child (the fall report, the coach message); "Mma" (mother) is not a name;
- her NIN and US passport ``personal.national_id``; her BVN (a bank verification number every
  Nigerian account holder is issued, tied to her identity) ``personal.national_id`` too;
- carnival: the member number ``id.user``; height, weight, waist, chest, hips and the costume
  size ``health.fitness`` (body measurements); steps in the rehearsal beat ``health.fitness``;
  the parade form's illness, medicine and blood group ``health.medical``;
- land: the subscriber number ``id.user``; the plot number, price, instalments and balance
  ``financial.purchase``; the plot's corners and her fixes on it ``location.precise`` (the
  family's land, as set 151's vineyard); the estate office's point a negative; her occupation
  unlabelled (no taxonomy type); the signed contract PDF ``content.media``;
- HMO: the enrolee number (body, JWT ``enrolee``, URL path, protobuf) and the pre-authorisation
  code ``health.medical`` (a member and encounter number, as set 37's member ID); symptoms,
  tests, medicines, allergies, pregnancy and family history ``health.medical`` (pregnancy kept
  with health, as set 151); blood-pressure values ``health.medical`` (her hypertension), pulse
  ``health.fitness``; the husband's birth date and sex as a dependant ``personal.*``;
- camp: her church, faith, baptism, sessions, the offering kind, fasting and the push tag
  ``personal.sensitive`` (religion); the sermon search ``behavior.search|personal.sensitive``;
  the prayer request naming her mother-in-law's operation
  ``content.text|personal.sensitive|health.medical|contact.name``; the camper number ``id.user``;
  the hostel bed ``financial.purchase``;
- skating: Eno is a data subject: her name, birth date, sex, skater number (body, query, JWT
  ``ndito``, URL path), genotype, asthma, blood group, allergy and injury; her height and weight
  ``health.fitness``; the "under-9 girls" category ``personal.birthdate|personal.gender``; the
  video ``content.media``;
- fish: the customer number ``id.user``; her delivery pin (5 decimals) and pick-up fix
  ``location.precise``; the gift's recipient (her mother-in-law) ``contact.*``;
- driver: the start (her home) and the destination (her mother-in-law's house, where she is
  going) ``location.precise`` in the quote, booking, saved places and route; the road fixes
  ``location.precise``; the daughter's school point a negative (an institution's place); the
  owner's name ``contact.name``; the trip number ``financial.purchase``;
- SDKs: Trackikong's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``CR``) and city ``location.coarse``; the typed street line geocoded
  ``contact.address``.

Looked at (stated honestly): ``/tmp/s24/briefs/blind252.md``; ``/work/shared/TAXONOMY.md``
whole and the report.json section of ``/work/shared/DESIGN.md``; set 151 whole
(``eval_families151.py`` and its ``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_building``,
``_dental``, ``_parish``, ``_qvevri``, ``_school``, ``_svan`` modules; ``_sdk.py``/``_svc.py``
copied with renames into this set's); ``scripts/eval_payloads.py`` whole; of the helper kits
only definitions and signatures: the head and import list of ``eval_families17_kit``, the
constants' definitions found by a grep of ``eval_families*_kit.py`` (E164, NATIONAL, EMAIL_UPPER,
EMAIL_MIXED, FIRST, LAST, DOB, T0, JPEG, M4A, MP4, CARD2...), the head of
``eval_families20_kit`` (``App``, ``ev``, ``opaque``), ``eval_families24_kit`` lines 55-123
(``rid``, ``sdk_id``, ``head``, ``claims``), ``at_path``/``sdk_uid`` in ``eval_families21_kit``,
``lines``/``sdk_uuid`` in ``eval_families22_kit``, ``raw``/``encode``/``multipart``/``pb`` in
``eval_families6_kit``, ``add`` and ``token`` in ``eval_families10_kit``; the module docstrings
of all ``scripts/eval_families*.py`` (extracted with ``ast`` into a scratch file under
``/tmp/s24/blind252/`` and grepped for the candidate words, with excerpts of the matching
sets' docstrings), and a grep of ``scripts/eval_families*`` for the new vendor and app names
(which also listed two files of sets 152 and 248 containing "efik"; a grep for its context
in them printed nothing and they were not opened). No
classifier, rule, test, README or decoder was read or run; ``ruff check --select F`` ran on
these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families255_camp
import eval_families255_carnival
import eval_families255_driver
import eval_families255_hmo
import eval_families255_isong
import eval_families255_iyak
import eval_families255_skate
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
    return [*eval_families255_carnival.ofongunek(), *eval_families255_carnival.ofongunek_sdks(),
            *eval_families255_isong.isongubon(), *eval_families255_isong.isongubon_sdks(),
            *eval_families255_hmo.nsongidem(), *eval_families255_hmo.nsongidem_sdks(),
            *eval_families255_camp.edidiong(), *eval_families255_camp.edidiong_sdks(),
            *eval_families255_skate.nditoskate(), *eval_families255_skate.nditoskate_sdks(),
            *eval_families255_iyak.iyakice(), *eval_families255_iyak.iyakice_sdks(),
            *eval_families255_driver.andiwat(), *eval_families255_driver.andiwat_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
