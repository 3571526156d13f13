"""Two-hundred-and-twenty-fourth, BLIND labelled set for the classifier evaluation ("blind221"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check) was
run seven times at the end, each exiting 0 with no unproduced path (between runs eight SDK calls
were dropped and four swapped for lighter ones to bring the counts near the brief's, two
language values were labelled ``device.info``, unused imports were removed by ``ruff --fix``
and this docstring was written); once a scratch snippet built the cases to count labels per
family (no decoder, no classifier).
It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md's report.json
paths). Like sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and
SDK shapes in roughly the proportions real captures have (150 first-party calls and 76 SDK calls,
226 exchanges, 1,753 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She (Jane Doe) lives in San Cristobal de las Casas (Chiapas, Mexico; Jobel
in Tzotzil), in the Barrio de Mexicanos, with her Tzotzil husband Pascual Gomez Tontic, her US SIM
roaming; she teaches English. Their daughter Xunka Gomez Doe turns 6 on 14 March 2026 and is in
her last year of preschool. Her parents-in-law Juan Gomez Perez and Rosa Tontic Lopez were
expelled from their paraje in San Juan Chamula (Tsajalchen, fictional) in 1994 for becoming
Presbyterians and live in a colonia on the north side of San Cristobal; they still hold a milpa
parcel in the paraje. Her sister Laura Doe lives in Portland (US). All people, numbers, parajes,
colonias and businesses are fictional; hosts are under example.* (RFC 2606); no real company is
named as a sender. The zone is America/Mexico_City, the currency MXN.

The API keys are Tzotzil (Bats'i k'op) as a local developer types them in ASCII: the glottal
apostrophes of k', ts', ch', p', t' and the saltillo dropped (``kakal`` for k'ak'al, ``chulna``
for ch'ulna), mixed with the English words APIs keep (``email``, ``token``, ``id``, ``lat`` /
``lon``, ``device``) and the Spanish loans Mexican paperwork and trade keep (``curp``, ``rfc``,
``factura``, ``cp``, ``barrio``, ``paraje``, ``expediente``, ``enganche``, ``folio``), some
written the Tzotzil way (``apeyido``, ``kotisasion``, ``pinyata``, ``kodigo``, ``interprete``).
The words vary across apps as different developers would choose them: first name ``sbi`` /
``biil`` / ``sbiil`` (full name), surname ``slajeb_sbi`` ("the last of the name") / ``sbi_stot``
("the father's name") / ``xchaal_sbi`` ("the second name") / ``apeyido``, phone ``koponob`` /
``snumero_koponob`` / ``snumero`` / ``cel``, password ``mukul_kop`` ("hidden word") /
``mukulal`` / ``mukulKop``, birth date ``svokel`` / ``skakalil_svokel``, address ``yav_snaj``
("the place of her house") / ``snaj`` + ``be`` (street), town ``jteklum``, amount ``takin``
(money), price ``stojol``, payment ``tojel``, debt ``yil``, credit ``majanel``, order ``kanel``,
purchase ``manel``, gift ``matanal``, illness ``chamel``, medicine ``poxil``, pain ``kux``, blood
``chich``, sedation ``vayel``, sex ``antz_vinik`` (``antz`` woman, ``tseb`` girl), her child
``yol``, her husband ``smalal``, age ``sjabilal``, people/ethnicity ``slumal``, language ``skop``,
belief/religion ``xchunel``, church ``chulna``, organisation ``tsobobil``, case ``koplal``,
message ``takbil_kop``, remark ``yalel``, photo ``lokol``, search ``sael``, place ``yav``,
signature ``stsib_sbi``, events ``spasel``, sign-up ``tsibael`` / ``tsakel``, log-in ``ochel``,
log-out ``lokel``, check-in ``yulel`` (arriving). Each module's docstring lists its own keys. The Tzotzil is the author's, from
memory, not checked against a dictionary; a native speaker may find words a developer would not
choose.

Seven app kinds, each with its own API and the SDKs it embeds:
- ``eval_families224_chut.py`` "Lekil Chut": a private digestive clinic's colorectal screening
  (a positive FIT, a colonoscopy under sedation, a polyp's pathology): her own health data;
- ``_majanel.py`` "Majanel": an appliance store's weekly-instalment credit (a fridge and stove on
  52 weeks; the application with references, the bureau authorisation, payments): money;
- ``_ichbail.py`` "Ichbail": a human-rights centre's accompaniment app (her in-laws' case: the
  water pipe of their parcel cut and threats because they are Presbyterian; the family's
  ethnicity, language and religion, her membership of a displaced families' organisation): the
  sensitive traits;
- ``_tajimol.py`` "Tajimol": a children's party hall (Xunka's sixth birthday: her name, birth
  date, age, sex and peanut allergy; the other parents' names and phones): the child;
- ``_kakav.py`` "Kakavchi": a chocolate shop (pick-up orders, a monthly box, a workshop, a gift box
  shipped to her sister, the loyalty card, a kiosk queue);
- ``_sjolna.py`` "Sjolna": a roof-waterproofing contractor (their roof and the in-laws': quotes
  from photos, an inspection, payments, a leak after the rain, the warranty);
- ``_veel.py`` "Lekilveel": an organic farmers' market's weekly box (her coeliac diet, pick-up and
  delivery, a volunteer shift, the box shared with a neighbour).
Novelty (a file-name and module-docstring grep of ``scripts/eval_families*.py``, no code read):
"colonoscop", "colorectal", "faecal|fecal", "instalment credit", "installment credit", "credit
line", "pay later", "bnpl", "human rights", "expel", "evangelical", "chamula", "chiapas",
"tzotzil", "san crist", "party venue", "children's party", "pi.ata", "chocolat", "cacao",
"waterproof", "impermeab", "roofer", "farmers market", "veg box" matched nothing. Near kinds were
made different and are named in the modules: set 193's gastroscopy (upper GI, H. pylori), set
41's IBD diary; set 220's airfare layaway and set 104's shop debt list ("abono" also in 154,
212); "legal aid" in sets 185, 187, 218 (land, tenants), "displac" in 63 and 98 (refugee housing,
drought relief); set 162's cinema birthday and set 194's quinceanera; "cocoa" only set 132's
copra; "renovat" in sets 200 and 212 (whole flats); "organic" in 129, 139, 167 (coffee and
others). Rejected because they existed: temazcal-like baths (151), a maize mill queue (108),
rabies shots (142), a property-tax app (105, 114), a copy shop (167), motor insurance (171, 201,
218), a currency exchange (178), a community radio (109), a cervical-screening app (134), mototaxis
and shared vans (107, 108, 147, 189), a children's marimba workshop (189), basketball (104, 197),
orchestra-like string bands (192), weaving (109, 129, 131, 147), sheep and wool (97, 117, 128),
the Mexican sets 173 (Huasteca) and 189 (Isthmus) as a whole.

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrijobel", MMP "Trackhuitepec", OpenRTB 2.5 ads "Bidpozol", crash
reporting "Crashkokono") and ``_svc.py`` (flags "Flagjuncia", push "Pingsots", consent
"Consentnichim", payments "Payjolob", maps "Mapmuktavits", support chat "Helpkoltael"); their
code is set 151's ``_sdk.py``/``_svc.py`` copied with the vendors, hosts, function prefixes, zone,
country (MX/MEX, region CHP, city San Cristobal de las Casas), locale and currency (MXN) changed (a
grep of ``scripts/`` found none of the ten names, nor "jobel", "huitepec", "pozol", "kokono",
"juncia", "nichim", "jolob", "muktavits", "koltael"). ``eval_families224_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/me`` GETs with JWT bearers (claims: record number, credit account, case file,
bookings, quotes, membership), refresh-token log-outs; clinic: the FIT result (gzip), the
questionnaire (msgpack: medicines, allergy, blood in stool, family history, weight and height),
the colonoscopy with her husband as escort, the deposit, the prep kit to her house, the prep
diary (protobuf), the consent signature, a check-in (5 decimals), post-procedure symptoms, her
2019 US report (PDF), a message to the doctor, results by record number in the path, pathology,
the follow-up, the tax invoice; credit: the application (CURP, RFC, husband, two references),
selfie and resident-card photos, the house point (6 decimals) with a typed description, the
bureau NIP, the decision by account number in the path, a search, the catalogue, the contract,
the down payment, delivery, a counter pay-in reference, a transfer from her CLABE, the balance
by cookie, a pay-off quote, a warranty photo, the collector's visit; rights centre: the case
intake (the in-laws' names, ages, ethnicity, language, religion, the parcel's corners), photos of
the cut pipe with its point, a voice statement (M4A), a threat report with her fix at the
in-laws' house and their address, an accompaniment, the organisation membership, a workshop, an
interpreter, the 1994 expulsion record (PDF), a message to the lawyer, the case by number in the
path, its timeline, a check-in (4 decimals), a donation, consent for a public statement, the
safety plan (husband, sister, pastor and their church, a duress word); party hall: free days,
the booking with Xunka's data, the deposit, the cake (writing, allergy), the pinata (msgpack),
the guest list, the invitation card (her photo), SMS invitations (a list of phones), RSVPs, food,
the clown, a check-in (6 decimals), the album, a review, the balance, the booking by folio in the
path, a receipt by base64 JSON cookie; chocolate shop: shops near her house (3 decimals as query
strings), the catalogue, a search, an order, its payment, the monthly box to her house, a
workshop for her and her sister, a gift box to her sister's Portland address, a check-in (5
decimals), points by cookie, a review, a photo, a kiosk's offline queue (JSON Lines), the order
by number in the path, an invoice; roofer: the quote with her house's point, roof photos, the
inspection, the quote accepted by number in the path, the advance by transfer, the in-laws'
quote (their address, point and her mother-in-law), the crew, rain alerts by barrio, a leak
photo with a 5-decimal point, the warranty, the colour (msgpack), the second payment, the
invoice, maintenance, a message quoting her husband's phone, a review; market: the growers, the
week's box, her coeliac diet, payment, a pick-up check-in (6 decimals), delivery (4-decimal
strings), a stall basket (msgpack), a grower's review, a recipe search, a volunteer shift, the
box shared with a neighbour, the box by number in the path, a photo, a pause, a message in
Tzotzil to a grower, preferences in a base64 JSON cookie. SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines),
base64url beacons; MMP installs and sessions, events (hashed e-mail and phone), a deep link (a
URL in a JSON field carrying the party booking and her e-mail); OpenRTB bids (GPS at 2 or 3
decimals or IP geo); crash envelopes and sessions; flag evaluations (JSON; base64 JSON header);
push subscribers (some with a last position); consent records and checks; card tokens and
confirmations; geocoding (a shop name as a search, the in-laws' typed address), reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, session, slot, appointment, check-in, order-line, shift,
evidence, warranty and crew IDs, idempotency keys, SPEI and lab folios, nonces, timestamps,
versions, public SDK keys, OpenRTB IDs and prices; the clinic's ID, name, phone and point, the
room, the lab and pharmacy IDs, the pathology sample ID; the store's ID, SKUs and catalogue
prices, the truck; the centre's ID and point, the workshop and lawyer IDs, the vehicle, the
expulsion year; the hall's ID and point, the package, theme, dishes and litres; the shop's ID and
point, SKUs and unit prices, points earned; the contractor's yard ID, the roof's square metres,
floors, colour, product and litres; the market's ID and point, the growers' IDs, the stall,
quantities of maize, beans, greens and eggs, unit prices.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs,
push tokens ``id.device``; passwords, SMS/e-mail codes, a bureau NIP, bearer, refresh and
session tokens and client secrets ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and
carrier ``location.carrier``; barrio, colonia, town, paraje, municipio, state, post code and
country ``location.coarse``; street lines ``contact.address``; amounts, totals, fees, prices of
her own orders, contracts, quotes, bookings and orders ``financial.purchase``; card data, last
four digits, payment-method IDs and her CLABE ``financial.payment``; another person's full name,
phone, e-mail or address typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Pascual, Laura, Rosa, Juan) is not ``contact.name`` unless a
  surname or a phone number goes with it or the text is about the child (the cake's writing and
  the invitation name Xunka: ``contact.name`` with ``personal.birthdate`` for her age);
- her CURP, RFC and resident-card number ``personal.national_id``; the resident card's photo
  ``content.media|personal.national_id``; her selfie ``content.media``;
- clinic: the record number (body, JWT ``expediente``, query, URL path, protobuf)
  ``health.medical``, as set 151's chart number; test results, medicines, allergy, symptoms,
  family history (her grandmother's cancer), the study and sedation ``health.medical``; weight
  and height ``health.fitness``; the signature image ``content.media``; her US report and the
  pathology PDF ``content.media|health.medical``; a typed "I am fine now, my belly no longer
  hurts" ``content.text|health.medical``;
- credit: the credit account ``id.user`` (her account with the lender); the contract, total,
  down payment, weekly instalment and the balance ``financial.purchase``; her wage, occupation and
  employer are left unlabelled (no taxonomy type fits; an auditor would still note them); the
  typed description of her gate ``content.text|contact.address``;
- rights centre: the case file number ``id.user`` (the record under her account); the in-laws'
  ethnicity (``tsotsil``), language (Tzotzil, also as the interpreter's pair), religion
  (Presbyterian), their church's name, the expulsion record PDF and her role in the displaced
  families' organisation ``personal.sensitive``; the texts that say why the pipe was cut and the
  threat ``content.text|personal.sensitive``; the in-laws' ages ``personal.birthdate``; the
  parcel's corners and the pipe photo's point ``location.precise`` (the family's land, as set
  151's vineyard); the duress word of the safety plan ``secret.credential``; the voice statement
  ``content.media`` (her mother-in-law's voice, recorded by her);
- party hall: Xunka is a data subject: her full name, birth date, age, sex (``tseb``)
  ``contact.name`` / ``personal.birthdate`` / ``personal.gender``; her peanut allergy and the
  peanut-free sweets ``health.medical``; the other parents' names and phones ``contact.*``;
- chocolate shop: the loyalty card ``id.user``; her sister's Portland street ``contact.address``,
  her city, ZIP and country ``location.coarse``;
- roofer: the in-laws' street ``contact.address``, their house's point ``location.precise``
  (a family home she sends, as her own); the quotes ``financial.purchase``;
- market: the membership ``id.user``; her coeliac disease and the grains she cannot eat
  ``health.medical`` (also the SDK trait ``dieta``);
- SDKs: Trackhuitepec's ``country`` ``location.coarse`` and ``roaming`` ``device.info``;
  OpenRTB geo country, region (``CHP``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; a typed address sent to the geocoder
  ``contact.address``, a shop name typed into it ``behavior.search``.

Looked at (stated honestly): the brief; ``eval_families151.py`` and all its modules whole
(``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_building``, ``_dental``, ``_parish``, ``_qvevri``,
``_school``, ``_svan``); ``eval_payloads.py`` whole; of the helper kits only definitions and
signatures: the ``def``/constant lines of ``eval_families6_kit`` (and the bodies of ``raw``,
``encode``, ``multipart``, ``pb``), ``eval_families7_kit`` (``enc``'s head, ``jsonl``'s line),
``eval_families8_kit`` (``report``'s body), ``eval_families10_kit`` (``token``, ``add``),
``eval_families17_kit`` (its import list and ``__all__``), ``eval_families18_kit`` (``sjwt``),
``eval_families19_kit`` (constants), ``eval_families20_kit`` (``App``, ``ev``, ``opaque``,
constants), ``eval_families21_kit`` (``at_path``, ``sdk_uid``), ``eval_families22_kit``
(``lines``, ``sdk_uuid``), ``eval_families24_kit`` (``rid``, ``sdk_id``, ``head``, ``claims``,
constants) and a grep of constant lines (category ids) across the kits; TAXONOMY.md; DESIGN.md's
report.json section; the module docstrings of all ``scripts/eval_families*.py`` (extracted with
``ast`` into a scratch file and grepped for the kind words above), with the opening lines of the
docstrings of sets 173, 189, 221, 222 and of the modules named in "Novelty". No classifier, rule,
test, decoder or README was read or run; ``ruff check --select F`` (with ``--fix``, which removed
unused imports) ran on these files, and once ``--select F,I --diff`` (import order, a diff only,
not applied; its one finding was fixed by hand).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families224_chut
import eval_families224_ichbail
import eval_families224_kakav
import eval_families224_majanel
import eval_families224_sjolna
import eval_families224_tajimol
import eval_families224_veel
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
    return [*eval_families224_chut.lekilchut(), *eval_families224_chut.lekilchut_sdks(),
            *eval_families224_majanel.majanel(), *eval_families224_majanel.majanel_sdks(),
            *eval_families224_ichbail.ichbail(), *eval_families224_ichbail.ichbail_sdks(),
            *eval_families224_tajimol.tajimol(), *eval_families224_tajimol.tajimol_sdks(),
            *eval_families224_kakav.kakavchi(), *eval_families224_kakav.kakavchi_sdks(),
            *eval_families224_sjolna.sjolna(), *eval_families224_sjolna.sjolna_sdks(),
            *eval_families224_veel.lekilveel(), *eval_families224_veel.lekilveel_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
