"""Two-hundred-and-ninety-eighth, BLIND labelled set for the classifier evaluation ("blind295"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run nine times (twice with only the rubber module wired in, then on the whole set;
all exited 0 except one cut by a closed pipe to ``head``; between runs ruff flagged two unused
imports, five SDK calls were dropped and three first-party calls added to bring the proportions
to 150/77, and the docstring was written). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (150 first-party calls and 77 SDK calls, 227 exchanges, 1,742
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Agartala (West Tripura, India) with her Tripuri husband Bishal
Debbarma, her US SIM roaming (she holds an OCI card and a PAN); their daughter Khumlai (8) is in
class 3; her mother-in-law Sumati Debbarma and her brother-in-law Naphai Debbarma live in Udaipur
(Gomati district), where the family has a small rubber garden near Maharani. All people are
fictional. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company
named as sender), each with its own API whose keys are Kokborok, ASCII-folded as an Agartala
developer writes them, mixed with the English words APIs keep (``email``, ``token``, ``id``,
``pin``, ``upi``, ``ifsc``, ``otp``) and the Bengali loans the town uses (``thikana``,
``podobi``, ``jonmo_tarikh``, ``oushud``, ``bemar``, ``rasid``, ``bikri``), and the SDKs it
embeds:
- ``eval_families298_rubber.py`` "Sheetrang", a rubber smallholders' society (money: she sells
  the garden's smoked sheets): ``mung`` name, ``podobi`` surname, ``phon`` phone, ``chabi``
  password, ``jonmo_tarikh`` birth date, ``thikana`` address, ``sohor`` town, ``jila`` district,
  ``kami`` village, ``bank_khata`` account, ``swami`` husband, ``bufang`` trees, ``kata_sal``
  tapping day, ``twi`` latex, ``samungnai`` worker, ``ojon`` weight, ``dam`` price, ``mot_rang``
  total, ``bikri`` sale, ``rang_rwnai`` payment, ``khorang`` message, ``nai`` search;
- ``_kok.py`` "Borokkok", a Kokborok language and literature society (her community and her
  opinion in the Roman-script campaign: ethnicity and political opinion): ``mung``, ``dopha``
  clan/surname, ``mobail``, ``guptokok`` password, ``jonmo_sal`` birth date, ``nok_thikana``,
  ``jati`` community, ``lipi`` / ``lipi_mot`` script / script opinion, ``sadosyo_nambar``
  membership, ``chanda`` dues, ``utsob`` festival, ``dabi`` petition, ``sakkhor`` signature,
  ``kobita`` poem, ``patrika`` magazine, ``bwsajwk`` daughter, ``chwla_bwrwi`` sex;
- ``_chitro.py`` "Chitrosal", the daughter's sit-and-draw art competition (the child's data):
  ``ama_mung`` mother's name, ``mobail_nambar``, ``gupto_chabi`` password, ``otp``,
  ``bwsa_mung`` / ``bwsa_podobi`` child's name / surname, ``bwswr`` age, ``chitro`` picture,
  ``chitro_mung`` title, ``swastho`` health, ``oushud`` medicine, ``lwinai`` pick-up person,
  ``phol`` result;
- ``_twiham.py`` "Twiham", a nature-cure and yoga-therapy centre (her health): ``rogi_mung``
  patient's name, ``phon_nambar``, ``login_pin``, ``ojon`` / ``uchchota`` weight / height,
  ``bemar`` illness, ``oushud`` medicine, ``komor_sanai`` lower-back pain, ``hachi`` sneezing,
  ``mai_talika`` meal plan, ``bondhu`` friend, ``case_file``;
- ``_dhoa.py`` "Dhoachek", a vehicle emission-test (PUC certificate) centre for her scooter:
  ``malik_mung`` owner's name, ``gopon_kok`` password, ``gari_nambar`` plate, ``tel`` fuel,
  ``licence_nambar`` driving licence, ``porikkha`` test, ``somoi`` slot, ``bima`` insurance,
  ``jorimana`` fine, ``chalak`` driver;
- ``_anaras.py`` "Anarasbox", a Queen-pineapple growers' collective's farm-gate boxes (she buys
  and sends a gift box to a friend in Kolkata): ``purno_mung`` full name, ``email_code``,
  ``customer_nambar``, ``jinis`` items, ``upohar`` gift, ``pathano`` delivery, ``hapta`` week,
  ``nalish`` complaint, ``ferot`` refund;
- ``_wa.py`` "Wasamung", a bamboo and cane craft centre (a workshop and a furniture order):
  ``gupto_sabdo`` password, ``swrangnai`` / ``phorangnai`` learner / teacher, ``asbab``
  furniture, ``bet`` cane, ``baranda`` verandah, ``agrim`` advance, ``kisti`` instalment.
Newness (a docstring grep: every module docstring of ``scripts/eval_families*.py``, sets up to
296 as present, extracted with ``ast`` into a scratch file and grepped; plus file names):
"rubber plantation", "rubber sheet", "language society", "literature society", "roman script",
"kokborok", "sit and draw", "art competition", "art contest", "naturopath", "mud therapy",
"pollution certificate", "emission test", "pineapple", "fruit box", "bamboo craft", "cane craft",
"craft workshop", "tripura", "agartala" matched nothing ("rubber" alone only rubber-band
ligation, rubber orders and model planes; "drawing class" one art school in 231 and "art school"
222/291, which are classes, not a competition; "homeopath"/"ayurved" exist, naturopathy does
not; "bamboo" only a grep list in 293; set 292's Ol Chiki class is a child's script class, not
an adults' language society with a script campaign). Candidates dropped because earlier sets
have them: LPG, self-help groups, home phlebotomy, health/screening camps, pay-TV, dance
schools, border markets (and a US citizen could not hold a border-haat card). The SDKs are ten
new vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Metrihachuk", MMP "Tracktwipra", OpenRTB 2.5 ads "Bidrangpai", crash reporting "Crashbufang")
and ``_svc.py`` (flags "Flagkhum", push "Pingkhorang", consent "Consentmwsa", payments "Coinrang",
maps "Mapgomati", support chat "Helpmuiya"); their code is set 151's with the vendors, hosts,
zone, country, region, locale and currency changed and the wallet payout made a UPI collection (a
``grep -ril`` of ``scripts/`` found none of the ten names nor the seven app names).
``eval_families298_kit.py`` holds her places, people and the businesses (its docstring lists
them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, a PIN,
SMS and e-mail codes), ``/me``-style GETs with JWT bearers; rubber: the garden's boundary, a
tapping log with her fix and her brother-in-law as tapper, a rain-guard subsidy (photo; PAN, OCI,
account), a depot check-in (5 decimals), the price board, a sale, the payout account, payouts by
grower number in the path, a protobuf smoke-house beat, a msgpack tapping queue, a JSON Lines
sync, the TDS statement (gzip), a message, a search, the weather at the garden (3 decimals), a
fertiliser order; society: sign-up with her community and script opinion, dues, a Kokborok Day
RSVP for the family, the hall check-in (4 decimals), the petition signed, her class, attendance
by member number in the path, a poem, the magazine, the daughter's reading circle (clan, mother
tongue), a donation to the campaign fund, a photo, a message naming her husband, the member card
by number in the path, a receipt by cookie, preferences (base64 JSON cookie); art competition:
the child's entry (birth date, age, sex), a UPI fee, the admit card by entry number in the path,
the ground check-in (5 decimals), the artwork and badge photos, a health note (inhaler), a pick-up
authorisation for her grandmother, results, the certificate PDF acknowledged, a message naming
the child, an art kit order, a waitlist (base64 JSON in a form field), the address; nature cure:
the intake form (gzip), an MRI PDF, a package and its payment, check-in (6 decimals), the
schedule by case-file number in the path, the meal plan, a protobuf yoga session (heart rate),
a JSON Lines weight log, a message to the doctor, a referral of a friend, a review, an invoice by
cookie; emission test: her licence, centres near her house (3 decimals), a slot, a UPI payment,
check-in, the result, the certificate by booking number in the path, reminders, the RC details,
an insurance quote and purchase (husband as nominee), her husband as second driver (his
licence), a fine check; pineapple: orders, a gift box to her friend (name, phone, address), a
subscription, a shed visit (5 decimals), tracking by order number in the path, a delivery note
quoting her phone, a msgpack cart, a complaint photo, a UPI refund, points by cookie; craft
centre: a workshop, check-in with the centre's Wi-Fi joined, photos, the certificate by learner
number in the path, a chair order with a sketch (multipart), advance, instalments (her account),
delivery (husband's phone), a shop purchase, a gift card for her sister. SDKs: analytics batches
(gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep link (a URL
in a JSON field carrying the order and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP
geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and UPI collections;
geocoding (a typed address), reverse geocoding (``lat,lon`` in the path), routes and telemetry;
support messages and uploads.

Negatives are implicit: request, check-in, lot, slot, visit, thread, quote, order-line and SKU
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices,
catalogue prices and per-kilo prices, the IFSC branch code; the depot's ID, name, phone and
point, sheets, kilograms, grade and DRC; the society's hall ID and point, the class and teacher
IDs, the magazine issue; the ground's ID, point, gate, block and row; the centre's ID and point,
the doctor's ID; the testing centre's ID, point, lane, her scooter's plate, model, fuel, year,
chassis digits, RTO and the test's readings (the vehicle's, not hers; no taxonomy type fits a
plate, as set 151); the shed's ID and point; the craft centre's ID and point, the verandah's
measurements.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, PINs, SMS/e-mail codes, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, district, village, state, PIN code and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, bookings, policies and orders
``financial.purchase``; card data, last four digits, payment-method IDs, bank accounts and UPI
addresses ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Khumlai, Moumita, Claire) is not ``contact.name``; the
  child's full name always is;
- her OCI card, PAN and driving licence, and her husband's licence typed by her,
  ``personal.national_id``; her UPI address (VPA) ``financial.payment`` (a payment address like
  an account number);
- rubber: the grower number ``id.user``; the garden's corners, her fixes in it and the weather
  query at 3 decimals ``location.precise`` (the family's land), the depot a negative; the sale,
  the TDS deducted and the yearly sales ``financial.purchase`` (her sales, as set 151's excise
  revenue);
- society: her stated community, her script opinion (sign-up, JWT ``lipi``, push tag, cookie),
  the petition, the campaign fund and events naming them, the child's community, mother tongue
  and clan (``dopha``, also ``contact.name``) ``personal.sensitive``; her own languages spoken
  left unlabelled; dues and the magazine ``financial.purchase``, not sensitive; the membership
  number ``id.user``;
- art competition: Khumlai is a data subject: her entry number ``id.user`` (body, query, JWT
  ``entries``, URL path), name, birth date, age (``personal.birthdate``), sex, inhaler
  ``health.medical``; the age group letter left unlabelled; the certificate PDF ``content.media``
  only; the drawing's title ``content.text``;
- nature cure: the case-file number (body, JWT, query, URL path, protobuf) ``health.medical`` as
  set 151's chart; weight, height, heart rate and session minutes ``health.fitness``; blood
  pressure, sugar, conditions, medicines, pain and the package's name ``health.medical``;
- emission test: the plate, chassis digits and readings unlabelled (see negatives); the old and
  new insurance policy numbers ``financial.purchase``;
- pineapple: the friend's name, phone, street line (``contact.*``) and town/PIN
  (``location.coarse``), also in the geocoding query ``q`` (``contact.address``);
- craft centre: the centre's Wi-Fi she joins ``location.wifi`` (its point a negative);
- SDKs: Tracktwipra's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``TR``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.
The Kokborok words are the author's best knowledge of the everyday language (``mung``, ``nok``,
``kami``, ``bwsa``, ``twi``, ``rang``, ``khorang``, ``bufang``, ``wa``...), with Bengali loans
where a town developer would use them; a few compounds may be imperfect Kokborok.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md``; ``eval_families151.py`` and all its
modules whole (``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_parish``, ``_dental``, ``_school``,
``_svan``, ``_qvevri``, ``_building``); ``eval_payloads.py`` whole; of the helper kits only
definitions and signatures: lines 1-124 and the ``__all__`` of ``eval_families17_kit.py`` (its
imports) and a ``def``/constant grep of it; the ``App``/``ev``/``opaque`` block of
``eval_families20_kit.py``; ``rid``/``sdk_id``/``head``/``claims``/``others`` of
``eval_families24_kit.py``; ``at_path``/``sdk_uid`` of ``_21_kit``; ``lines``/``sdk_uuid`` of
``_22_kit``; ``raw``/``multipart``/``pb`` of ``_6_kit``; ``token``/``add`` of ``_10_kit``; a
``def``/constant grep of ``_18_kit``, ``_19_kit``, ``_20_kit``, ``_21_kit``, ``_22_kit``,
``_24_kit``, ``_6_kit``. For newness: module docstrings of all ``scripts/eval_families*.py``
extracted into ``/tmp/s26/blind295/docstrings.txt`` and grepped (the matching lines of a few
were read: 292's Ol Chiki module, the head of 293's entry docstring, lines mentioning "haat",
"post office", "phlebotom", "rubber", "cable", "screening camp", "bamboo"). Bent: the first
newness check was a whole-file ``grep -lis`` of ``scripts/eval_families*.py`` (only file names
printed, no content), before the docstring-only grep; and a ``grep -ril`` of ``scripts/`` for the
new vendor and app names (counts only). No classifier, rule, test, decoder, README or DESIGN.md
was opened or run (``ruff check --select F`` ran on these files); ``eval_families21.py`` was
imported, not read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families298_anaras
import eval_families298_chitro
import eval_families298_dhoa
import eval_families298_kok
import eval_families298_rubber
import eval_families298_twiham
import eval_families298_wa
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
    return [*eval_families298_rubber.sheetrang(), *eval_families298_rubber.sheetrang_sdks(),
            *eval_families298_kok.borokkok(), *eval_families298_kok.borokkok_sdks(),
            *eval_families298_chitro.chitrosal(), *eval_families298_chitro.chitrosal_sdks(),
            *eval_families298_twiham.twiham(), *eval_families298_twiham.twiham_sdks(),
            *eval_families298_dhoa.dhoachek(), *eval_families298_dhoa.dhoachek_sdks(),
            *eval_families298_anaras.anarasbox(), *eval_families298_anaras.anarasbox_sdks(),
            *eval_families298_wa.wasamung(), *eval_families298_wa.wasamung_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
