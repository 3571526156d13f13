"""Two-hundred-and-thirty-fifth, BLIND labelled set for the classifier evaluation ("blind232"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end (exit 0, no labelled path missing, on the first run and on the reruns
after adding calls). It is to be scored once, by the lead, on the final rules (the lead registers
it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths as set 151
states them). Like sets 20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK
shapes in roughly the proportions real captures have (152 first-party calls and 79 SDK calls, 231
exchanges, 1,688 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She spends the year between Takoradi (the Anaji house) and Axim (her
husband's family house), Western Region, Ghana, with her Nzema husband Kwame Kaku Amihere, her US
SIM roaming and a Ghana SIM for mobile money; she works two-week offshore rotations as an
environmental monitoring officer on an oil production vessel. Their daughter Adwoba (8) is a
Brownie in a Takoradi pack; her mother-in-law Efua Ackah smokes fish on Axim beach and she keeps
the business's books; her sister Megan is in Ohio. All people, businesses and numbers are
fictional. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company
named as sender), each with its own API and the SDKs it embeds. The apps' keys are Nzema written
as a local developer would, ASCII-folded (``ɛ``->``e``, ``ɔ``->``o``), mixed with the English
words real APIs keep (``email``, ``id``, ``token``, ``password`` in OAuth, ``pin``) and loans
(``fonu``, ``nomba``, ``paasepoti``, ``paasiwodi``, ``akonta``, ``baanke``, ``koodu``,
``doketa``, ``foto``, ``digital_adrese``). The Nzema is the author's own, not checked against a
dictionary (no Nzema word list was found in the reference search): ``duma`` name, ``agyale_duma``
family name, ``awole_kenle`` birth date (birth + day), ``evole`` age/year, ``raale_nrenyia`` sex
(``raale`` woman), ``sua`` house (the street line), ``suakpole`` town, ``maanle`` nationality,
``kunli`` husband, ``nli`` mother, ``kakula`` child, ``mrale`` children, ``abusua`` matriclan,
``abusua_kpanyinli`` clan elder, ``menli`` people (ethnic group), ``asone`` religion/worship,
``ewule`` the departed, ``agole`` dance, ``moale`` donation, ``ezukoa`` money/amount, ``tuale``
payment, ``bole`` price, ``nvasoe`` interest, ``tonvole``/``tovole`` seller/buyer,
``tonle``/``tole`` sale/purchase, ``elene`` vessel/canoe, ``eyale`` illness, ``ayile``
medicine, ``ayile_kelata`` medical certificate, ``ahonle_kilo`` body weight, ``tenlenle`` height,
``alee`` food, ``gyima`` work (``gyima_nomba`` staff number), ``veale_edweke`` password ("hidden
word"), ``eleka`` place, ``meke`` time, ``kenle`` day, ``edweke`` message, ``kponde`` search,
``kele`` register (write), ``wulo``/``fi`` log in/out; ``mpoano``, ``ndodwe`` and ``tenlenle``
are the author's guesses. The apps:
- ``eval_families235_anwuma.py`` "Anwumalift": an offshore crew-change and helicopter-manifest
  app (her rotation, medical, body weight, heliport check-in, boarding scan, alcohol test);
- ``_smoke.py`` "Kpanlasmoke": the fish-smoking business's book (canoe purchases, oven batches,
  sales to Takoradi traders, her food-handler certificate, payouts: money);
- ``_kundum.py`` "Kundumpass": the Axim traditional area's Kundum festival and clan register
  (her husband's clan, her stated ethnicity, the remembrance with a libation, a stool-dispute
  poll: the sensitive traits);
- ``_holter.py`` "Takoheart": a cardiology clinic's Holter-monitor app for her palpitations (her
  own health data);
- ``_ezukoa.py`` "Ezukoapa": treasury bills and fixed deposits (KYC, orders, mobile-money
  funding, a beneficiary: money);
- ``_brownie.py`` "Brownietrail": the daughter's Brownie pack (badges, subs, uniform, pack
  holiday health form: the child's data);
- ``_borla.py`` "Borlafie": a private household refuse-collection subscription.
New kinds (a file-name and module-docstring grep of ``scripts/eval_families*.py``, via ``ast``
docstrings): "offshore", "crew change", "bosiet", "oil platform", "fpso" matched no app
(helicopter apps exist: a volcano tour in 116, island hopping in 120; a seafarer's crewing agency
in 104 and a fishing-boat roster in 77, none offshore oil); "smokehouse", "fish smok", "chorkor"
nothing ("smoked" a betel-quit note); "kundum" nothing (clan registers in 138, 233, 234, 236 and
festival apps in 106, 113, 120, 123, 87 differ: see ``_kundum.py``); "holter", "arrhythm"
nothing; "investment", "treasury bill", "t-bill", "fixed deposit" nothing (set 223 states "unit
trust" and "investment" matched nothing); "brownie", "girl guide" nothing ("ballet" and "scout"
are other sets' children's apps); "borla", "refuse collect", "bin collection" nothing (waste
days inside sets 142 and 150). Earlier Ghana sets (147 Kumasi, 178 Lomé/Ho, 225 Tamale) have
football, kente, fertility, trotro, harvest, chop bar, car import, pest control, sachet water,
rent, inheritance and school apps: none repeated. The SDKs are ten new vendors, built once and
called by every app with its own events: ``_sdk.py`` (analytics "Ankobrix", MMP "Sekontrak",
OpenRTB 2.5 ads "Bidbusua", crash reporting "Crashprinsi") and ``_svc.py`` (flags "Flagsefwi",
push "Pingamanzu", consent "Consentelubo", payments "Coinkroful", maps "Mapbeyin", support chat
"Helpesiama"); their code is set 151's SDK shapes with the vendors, hosts, zone
(``Africa/Accra``), country (GH/GHA), region (``WP``), city, locale and currency (GHS) changed (a
grep of ``scripts/`` found none of the ten names). ``eval_families235_kit.py`` holds her places,
people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, a PIN, OAuth password grants, SMS
codes), ``/me``-style GETs with JWT bearers (claims ``gyima_nomba``, ``tonvole``, ``register``
and ``abusua``, ``patient``, ``client``, ``mrale``, ``sua_nomba``); crew: the roster, the
offshore medical (PDF) and yellow-fever card (photo), the manifest (msgpack: her weight, bag
weight, seat), the heliport check-in (6 decimals), a protobuf boarding scan (her fix, her
weight), the alcohol and drug test, arrival (muster, cabin, the vessel's point), a safety card, a
rotation swap, the flight's status, the vessel's weather, a search, a message naming her husband,
an expense claim with her account, documents by staff number in the path, a timesheet (JSON
Lines), the payslip by cookie; smokehouse: seller sign-up with the owner, a canoe purchase paid to
the canoe owner's wallet, her check-in at the ovens (5 decimals), an oven batch (msgpack), prices,
a sale to a trader, a mobile-money collection, a lorry, a photo, firewood, her health
certificate, the payout account, sales by seller number in the path, a sync (JSON Lines), a
message, a search; Kundum: registration (her ethnicity, her husband's clan), the household by
clan, the levy, the daughter in the children's troupe, the remembrance, durbar seats, a
check-in (4 decimals), a photo with a caption, a donation, a message to the clan elder's
secretary, a poll, the programme, the register entry by number in the path, a search, the Axim
address; Holter: sign-up with her Ghana Card and health-plan number, the referral (PDF), the
questionnaire (gzip), the fitting, a deposit, a check-in (5 decimals), pairing the recorder, a
protobuf diary entry, the recording, an ECG summary (gzip), results by patient number in the
path, the report, a message to her cardiologist, a refill, an echo, sharing with her husband, a
video room, the invoice by cookie (base64 JSON preferences); investments: KYC with three
government numbers and a selfie, the bank account, the portfolio, a bill, mobile-money funding,
a deposit, auction results, the beneficiary, a rollover (msgpack), the statement by client
number in the path, a withdrawal with an OTP, the risk questionnaire, the tax certificate by TIN
in the query, a calculator; Brownies: linking the child, badges by member number in the path,
attendance, subs, a uniform with her height, the pack-holiday consent (gzip), a pick-up
authorisation and check-in (5 decimals), a badge photo, messages, an absence, a Thinking Day
ticket, the promise ceremony's guests, the kit list, a search, a badge sync (JSON Lines), the
newsletter by cookie; refuse: sign-up with the GhanaPostGPS address, the plan, a payment, the
bin's pin (6 decimals), a missed pick-up with a photo, bulky waste, the truck's position asked,
recycling credits, a rating, the schedule by account in the path, the Axim house added for her
mother-in-law, a neighbour referred, a message, a search, receipts by cookie (base64 JSON).
Every app: push registration, events (often gzip), a log-out or a cookie GET. SDKs: analytics
batches (gzip; positions at 2 decimals), traits (base64 JSON in a form), offline queues (JSON
Lines), base64url beacons; MMP installs, events (hashed e-mail and phone), a deep link (a URL in
a JSON field with the member number and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP
geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header);
push subscribers (positions at 2 or 3 decimals); consent records and checks; card tokens,
confirmations and mobile-money payouts; geocoding, reverse geocoding (``lat,lon`` in the path)
and routes; support messages and an upload.

Negatives are implicit: request, check-in, slot, appointment, thread, ticket, batch, order-line
and pickup IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the heliport's ID and point, the flight number, seat, muster station, cabin, persons on
board, the vessel's ID, IMO number and point, baggage weight, timesheet hours; the smokehouse's
ID, phone and point, the canoe's name, kilograms, baskets, prices per kilo, the ovens'
thermometer readings, a trader's stall; the durbar ground's ID and point, the seat, the troupe,
the fund; the clinic's ID and point, the recorder's serial, model, firmware and battery, the
sample rate, the room and pharmacy IDs; the auction, tenor, quoted rates, the calculator's
hypothetical amount, the risk answers and score; the pack's ID and hall point, the six, badge
names and clauses, uniform SKUs and sizes; the collector's truck, route, depot, plastics
kilograms, cans and points, bin size and plan.

Conventions kept from set 151 (sets 20-37, 132): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, PINs, SMS codes, OTPs, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, area, region and country ``location.coarse``; street lines and
GhanaPostGPS digital addresses ``contact.address``; amounts, totals, fees, fares, levies,
orders, invoices and bookings ``financial.purchase``; card data, last four digits,
payment-method IDs, bank and securities accounts ``financial.payment``; another person's full
name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Kwame, Esi) is not ``contact.name`` except where the text is
  about the child (the absence note, the captions); the child's full name always is; "Nana Kwesi
  Ackah" (a title and full name) and "Kwame Amihere" are;
- crew: the staff number ``id.user`` (body, JWT, query, path, protobuf, timesheet); her body
  weight ``health.fitness`` (manifest, scan); the medical certificate's result, the vaccination
  date, the breath-alcohol and urine results ``health.medical``; the medical PDF and yellow card
  ``content.media|health.medical``; the BOSIET survival-training certificate number left
  unlabelled (a training record: no taxonomy type; not a government number, not an account);
  the employer's name and nationality ``US`` unlabelled;
- smokehouse: her seller number ``id.user``; the canoe owner's and the trader's name and phone
  ``contact.*`` (people she types); her sales and purchases ``financial.purchase`` (as set 151's
  wine sales); her mobile-money number ``contact.phone`` (a wallet is a phone number; set 151
  labels ``msisdn`` so); the health certificate's results and image ``health.medical``;
- Kundum: her husband's clan (body, JWT, traits, push tags, events, search) and "Nzema", her own
  "African American" and the daughter's "none (mother not Nzema...)" ``personal.sensitive``
  (ethnic origin by descent); the libation ``personal.sensitive`` (traditional religion); the
  stool-dispute poll choice ``personal.sensitive`` (a political opinion in a chieftaincy
  dispute); the names of the departed ``contact.name``; the children's troupe and the fund left
  unlabelled; the register number ``id.user``;
- Holter: the clinic number (body, JWT, query, path, protobuf, cookie) ``health.medical`` (a
  medical record number, as set 151's chart); the health-plan number ``health.medical`` (set 37's
  insurance member ID); symptoms, their times, caffeine, her contraceptive, the family history,
  the diary's activity and intensity, heart-rate figures, ectopic counts, the ECG strip (base64)
  and the recording file ``health.medical`` (not ``content.media``: not a photo or audio she
  made); the referral and report PDFs ``content.media|health.medical``;
- investments: the client number ``id.user``; the securities account ``financial.payment``; the
  Ghana Card, TIN and passport ``personal.national_id``; orders, deposits, rollovers, funding
  and withdrawals ``financial.purchase``; occupation, source of funds, income band and PEP flag
  unlabelled (no taxonomy type); the selfie ``content.media`` only (a photo, no face template);
  the beneficiary's name and birth date ``contact.name`` / ``personal.birthdate``;
- Brownies: Adwoba is a data subject: her member number ``id.user`` (body, query, JWT
  ``mrale``, path, deep link), name, birth date, age, sex; her sickle-cell trait, allergy,
  medicine and diet ``health.medical``; her height for the uniform ``health.fitness``; her
  swimming distance left unlabelled; the guests' names ``contact.name``;
- refuse: the account ``id.user``; the bin's pin at her gate ``location.precise`` (her house);
  the truck's position is not requested with coordinates (its ID and route negatives);
- SDKs: Sekontrak's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``WP``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; a geocoding query typed by her
  ``behavior.search``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` (whole); set 151 whole
(``eval_families151.py`` and all ten modules) and ``eval_payloads.py`` whole; of the kits only
definitions and signatures: the non-indented lines and ``__all__`` of ``eval_families17_kit``
(and its constants' values printed with Python), ``App``/``pos``/``ev``/``opaque`` of
``eval_families20_kit``, ``at_path``/``sdk_uid`` of ``_21_kit``, ``lines``/``sdk_uuid`` of
``_22_kit``, ``rid``/``sdk_id``/``head``/``claims`` of ``_24_kit``, ``raw``/``multipart``/``pb``
of ``eval_families6_kit``, the ``def`` lines of ``_18_kit``, ``_10_kit`` and ``_7_kit``;
``EMAIL_MIXED`` of ``_19_kit`` printed. Greps: module docstrings (via ``ast``) and file names of
``scripts/eval_families*.py`` for the candidate kinds; one early whole-file ``grep -l`` count
(file counts only, no text read) for candidate words, beyond the docstring rule; whole-file greps
for the new app and vendor names (none found). The reference search was asked for an Nzema word
list (none found). No classifier, rule, test, decoder or README was read or run;
DESIGN.md was not read (paths follow set 151's stated conventions); ``ruff check --select F``
ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families235_anwuma
import eval_families235_borla
import eval_families235_brownie
import eval_families235_ezukoa
import eval_families235_holter
import eval_families235_kundum
import eval_families235_smoke
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
    return [*eval_families235_anwuma.anwumalift(), *eval_families235_anwuma.anwumalift_sdks(),
            *eval_families235_smoke.kpanlasmoke(), *eval_families235_smoke.kpanlasmoke_sdks(),
            *eval_families235_kundum.kundumpass(), *eval_families235_kundum.kundumpass_sdks(),
            *eval_families235_holter.takoheart(), *eval_families235_holter.takoheart_sdks(),
            *eval_families235_ezukoa.ezukoapa(), *eval_families235_ezukoa.ezukoapa_sdks(),
            *eval_families235_brownie.brownietrail(),
            *eval_families235_brownie.brownietrail_sdks(),
            *eval_families235_borla.borlafie(), *eval_families235_borla.borlafie_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
