"""Hundred-and-eighty-first, BLIND labelled set for the classifier evaluation ("blind178"):
written without reading the classifier code, its rules, its decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check)
was run at the end (see "what I looked at"). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (156 first-party calls and 75 SDK calls, 231 exchanges, 1,737
labelled fields after ``listed_once``; ``main`` prints 1,757, one per id of a joined label),
mostly ordinary placements of the profile's values (``eval_payloads.profile()``, the one every
set uses), with everyday look-alikes. She lives in Bikenibeu (South Tarawa, Kiribati), where she
teaches English at a secondary school, with her I-Kiribati husband Taaniera Tekinaiti (a boat
mechanic) and their daughter Meere (7); her US SIM roams on the Kiribati network. His mother
Tabita Kaitu lives on Abemama (Kariatebike), where the family keeps a house, a canoe landing and a
bêche-de-mer fisher registration; his sister Rutiana Waqa lives in Nasinu (Fiji) and his aunt
Takoua Rotan, a Banaban, on Rabi Island (Fiji). Money is in AUD; the family in Fiji pays in FJD.
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Gilbertese (te taetae ni Kiribati) mixed with the
English a local developer keeps (``email``, ``password``, ``token``, ``id``, ``loan``...), and
the SDKs it embeds:
- a coconut-toddy and syrup delivery app ``eval_families181_karewe.py`` ("Karewe Bou");
- a leprosy household-contact screening and single-dose rifampicin app ``_kamaiu.py``
  ("Kamaiu": her own, her husband's and her daughter's health data);
- a teachers' credit union ``_kaubwai.py`` ("Kaubwai": IDs, accounts, a face template, the
  daughter's junior saver, a transfer to Fiji);
- a church women's fellowship bingo app ``_bingo.py`` ("Bingo Ekaretia": religion);
- an outboard-motor workshop with a boat-trip register ``_injin.py`` ("Injin");
- a Fiji-Tarawa personal-effects freight consolidator ``_uota.py`` ("Uota Fiti": her passport
  with its machine-readable zone, customs, the family in Fiji);
- a bêche-de-mer buyer on Abemama ``_beche.py`` ("Beche Abemama": her sales, a diver's
  decompression incident).
Gilbertese key words used (each module's docstring lists its own): ``aram`` first name,
``aran_utu`` family name (lit. "name of the kin"), ``tarebon`` telephone, ``bongin_bung`` birth
date, ``mwaane_ke_aine`` sex ("man or woman"; ``aine`` woman), ``tabo_ni_maeka`` dwelling place
(street line), ``kawa`` village, ``aba`` island, ``taone`` town, ``namba_ni_kaain`` member
number, ``kaain`` member(s), ``kakoaua`` confirmation (code), ``ngai`` me (the ``/me`` route),
``oota`` order, ``mwaiti`` quantity, ``boo`` price, ``mwane`` money (amount), ``kabwaka``
payment, ``akaunti`` account, ``kaubwai`` savings, ``taeka`` message, ``ukeuke`` search,
``kanakoa`` send, ``tia_kanakoa``/``tia_anaa`` sender/consignee, ``kanoa`` contents,
``tamaroa`` rating, ``bong`` date, ``mai``/``nakon`` from/to, ``tamnei`` picture, ``reta``
letter (receipt, invoice), ``kaongora`` notice, ``rongorongo`` news, ``buu`` spouse, ``nati``
child, ``mwenga`` household, ``kaain_mwenga`` household members, ``ririki`` age, ``kiro``
weight/kilograms, ``aoraki`` illness, ``bwainikamaiu`` medicine, ``tuoa`` examination,
``kanikina`` sign/symptom, ``kun`` skin, ``mata`` face/eyes, ``kariaia`` consent, ``aomata``
people (ethnic group), ``namba_rejita`` register number, ``mwakuri`` job/duty,
``botaki_kaareirei`` teachers' union, ``tia_kaboonga`` beneficiary, ``bukina`` reason,
``ekaretia`` church, ``botaki`` fellowship, ``tataro`` prayer, ``anga`` gift, ``kaati`` cards,
``tuaai`` night, ``kaniwanga`` prize, ``raoi`` friends/saved contacts, ``booti`` boat,
``injin`` engine, ``nako``/``oki`` trip/return, ``kaain_booti`` people on board, ``tia_buoka``
emergency contact, ``tabo`` place, ``tia_akawa`` fisher, ``ika`` species, ``kaibuke`` ship,
``bwaoki`` box, ``karewe`` toddy, ``kamwaimwai`` syrup, ``tani_karewe`` toddy cutter. The author
knows Gilbertese only as a learner: some compounds (the ``tia-`` agent nouns, ``aran_utu``) are
how the author expects a local developer to coin them, not checked with a speaker.

New kinds (a docstring grep of ``scripts/eval_families*.py``): "toddy", "coconut", "leprosy"/
"Hansen", "credit union", "bingo"/"gambling", "outboard", "sea cucumber"/"bêche" and "Kiribati"/
"Tarawa"/"Gilbertese" matched nothing (one vendor name of set 153 contains "tarawa"). Close
kinds made different: TB apps (sets 93, 112, 128) are treatment adherence, Kamaiu screens
contacts of a leprosy case; loan, savings-group and salary-advance apps exist (78, 99, 119...),
Kaubwai is a member-owned credit union; raffles appeared as lines in sets 114, 116 and 150; the
fishing logbooks and the mooring association (46, 111, 154) are not engine workshops; customs
declarations were lines in shopping or travel apps. Set 179 (Tuvalu, written at the same time)
has a community maneapa app, reclaimed land, handicrafts, pulaka pits, seafarers, an NZ tax
agent and a medicine consignment app; none of those kinds is used here. The SDKs are ten new
vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Metribonriki", MMP "Trakbairiki", OpenRTB 2.5 ads "Bidbetio", crash reporting "Crashtemwaiku")
and ``_svc.py`` (flags "Flagnanikai", push "Pingbikenibeu", consent "Consentambo", payments
"Coineita", maps "Mapkariatebike", support chat "Helpbanraeaba"); their code is set 151's SDK
shapes with the vendors, hosts, zone (``Pacific/Tarawa``), country (``KI``/``KIR``, region ``G``),
currency (AUD; FJD where the family in Fiji pays) changed, and a mobile-wallet call that takes a
currency and provider (a grep of ``scripts/`` found none of the ten names).
``eval_families181_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them, and the ID formats: Kiribati has no national ID number with a published check digit
that the author knows, so her work permit, provident-fund (KPF) number and tax number are
invented shapes; her US passport comes with an MRZ whose 7-3-1 check digits are computed).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes,
a PIN change), ``/ngai`` GETs with JWT bearers; toddy: cutters near the house (3 decimals), the
order, its payment, the drop-off pin, a pause by order number in the path, a protobuf delivery
beat, a msgpack tally, points by cookie, a review, a search, syrup sent to Fiji (her
sister-in-law's Nasinu address), the receipt in the path, a base64 JSON card link in a form, a
complaint; leprosy: registration with her ethnicity and work permit, the household (the index
case named), a gzip self-examination, a photo of a patch on the daughter's elbow, her dose with
her weight and fix, the daughter's dose by weight, a consent signature, a protobuf diary, the
clinic check-in, a booking, a message, an article search, the certificate by register number
in the path, relatives on Abemama traced, side effects, the address at 4 decimals, notices by
cookie; credit union: membership (KPF, tax number, permit, union), a selfie with a 128-float face
template, the permit photo, a deposit, a gzip loan application with two guarantors, the payslip
PDF, the loan accepted, a repayment by loan number in the path, the daughter's junior saver with
her birth registration number, an FJD transfer, a protobuf beat at the office, the statement by
cookie, a beneficiary, branches at 2 decimals, a message quoting her KPF number; bingo: the
congregation and fellowship, cards, payment, the hall check-in, daubs (msgpack), a prize with her
payout account, a protobuf beat, the prize receipt in the path, a gift to the roof fund, a prayer
request, friends from her address book, the kitchen rota, a photo, an age check with her
passport; workshop: the boat with its landing, a service with a photo, the quote, a parts search
and order, fuel, a trip register (her mother-in-law as emergency contact), a protobuf beat at
sea, a msgpack fix queue, back safe (5-decimal strings), invoices by customer number in the
path, a message quoting her husband's number, the weather at 2 decimals; freight: her passport
and MRZ, the consignment with her sister-in-law as sender, FJD payment, the gzip customs
declaration, tracking in the path, the port check-in, the packing list (msgpack), delivery with
her pin, a damage claim, insurance, saved senders (the Banaban aunt), a code to release a
consignment; bêche-de-mer: registration with KPF and account, a lot with the landing's point, a
photo in the path, payouts, the statement in the path, a protobuf beat, a msgpack sync, the
licence (KPF, tax number), a decompression incident, the crew, the fishing ground. SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field),
offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone)
and a deep link (the consignment and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP
geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header);
push subscribers; consent records and checks; card tokens, confirmations and mobile-wallet calls
(one a Fiji wallet in FJD); geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and an upload.

Negatives are implicit: request, delivery, slot, appointment, night, card, job, trip, seal,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
toddy cutter's ID, name, phone and point and its prices; the clinic's ID, name and point, the
drug lot, the nurse's ID; the credit union's ID and point, other members' numbers (the
guarantors'), the liveness score and model name, the loan's principal, term and rate, her
salary, employer and job, the exchange rate; the hall's ID and point, the bingo pattern, called
and daubed numbers; the workshop's ID and point, the boat's hull number, engine serial and
horsepower, parts' SKUs and catalogue prices, litres and mix; the depot's ID and point, the port's
point and shed, sailings, rates, seals, box weights and the items' declared values in the list;
the buyer's ID, name and point, species, grades and kilograms, the licence code, depths.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, PINs, a release code, bearer, refresh and session
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; village, island, town, district, reef and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, quotes, premiums, orders, consignments,
lots and prizes ``financial.purchase``; card data, last four digits, payment-method IDs and bank
accounts ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; address-book entries ``content.contacts`` (one label per name and number); a
value in the URL path ``url`` ``path[i]``; text that states a health fact, a sensitive trait or
quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Rutiana, Taaniera, Takoua, Nei Karoua) is not
  ``contact.name`` except where the text is about the child (Meere's patch); full names are;
- money she receives (a bêche-de-mer lot's price and payout, a bingo prize) is labelled
  ``financial.purchase`` as set 151 labels her wine sales (sets 54, 83 and 118 leave income
  unlabelled); the loan's principal, rate and term and her salary are unlabelled (no taxonomy
  type, as sets 78, 99 and 119), the loan's number ``financial.payment`` (an account with the
  credit union), deposits and repayments ``financial.purchase``;
- toddy: the subscription account ``id.user``; the drop-off pin and cutters near the house
  ``location.precise``; the syrup's recipient in Fiji ``contact.*``, her Nasinu street line
  ``contact.address``;
- leprosy: her contact-register number and the index case's number (body, JWT, protobuf, URL
  path) ``health.medical`` (a medical record number, as set 151's dental chart); the index case's
  name ``contact.name`` with his diagnosis a separate ``health.medical`` field; ``aomata``
  (I-Matang, I-Kiribati) ``personal.sensitive`` (ethnic origin); weights ``health.fitness``
  (taxonomy: body measurements), doses and drugs ``health.medical``; the pregnancy answer
  ``health.medical`` (as set 151's); the patch photo ``content.media|health.medical``; the
  daughter is a data subject (name, birth date, sex, age, weight);
- credit union: the member number ``id.user``; KPF, tax number, work permit and the daughter's
  birth registration number ``personal.national_id``; the union membership ``personal.sensitive``;
  the 128-float ``mata`` template ``biometric.face`` (one label on the list), the selfie and the
  payslip PDF ``content.media`` only, the permit photo ``content.media|personal.national_id``;
- bingo: congregation, fellowship, the roof fund and push tags ``personal.sensitive`` (religion);
  the fellowship number ``id.user``; the prayer request ``content.text|personal.sensitive|
  health.medical``;
- workshop: the customer number ``id.user``; the landing, trip fixes and back-safe strings hers
  ``location.precise``; the destination lagoon ``location.coarse``; the weather query at 2
  decimals ``location.coarse``; the engine fault ``content.text``;
- freight: the consignee number ``id.user``; the passport, TIN and permit
  ``personal.national_id``; the MRZ lines (a list) ``contact.name|personal.national_id`` and
  ``personal.national_id``; the passport photo ``content.media|personal.national_id``; the aunt
  being Banaban ``personal.sensitive``;
- bêche-de-mer: the fisher number ``id.user``; the landing and the fishing ground (the family's)
  ``location.precise``, the reef's name ``location.coarse``, the buyer's point a negative; the
  nephew's symptoms and diagnosis ``health.medical``, his age ``personal.birthdate``;
- SDKs: Trakbairiki's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country (``KIR``), region (``G``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): TAXONOMY.md and DESIGN.md in /work/shared; ``eval_payloads.py``;
``eval_families151.py`` and all its modules (the template; its ``_sdk.py``/``_svc.py`` were
copied with ``sed`` renames into this set's); from the helper kits only what the calls need
(constants and the signatures and bodies of ``raw``, ``multipart``, ``pb``, ``App``, ``ev``,
``opaque``, ``at_path``, ``lines``, ``sdk_uuid``, ``rid``, ``sdk_id``, ``head``, ``claims``,
``token``/``tok``, ``add``, ``enc``, ``sjwt``, ``push_token``, ``listed_once`` and ``report``);
module docstrings of ``scripts/eval_families*.py`` searched by keyword (with ``ast``, to check
the kinds), the docstrings of set 179's modules (concurrent, Tuvalu) and the head of set 143's
and 118's, and docstring lines about salary, income and contacts; a ``grep -ril`` of ``scripts/``
for the vendor names and a few app words, which lists file names only. No classifier, rule,
test, decoder or the README was read or run. ``main`` ran (exit 0, no missing paths) and
``ruff check --select F`` (two unused imports removed with ``--fix``). A slip: three scratch
files were made and deleted under /tmp (a docstring-search script and an empty file in the
brief's folder, then a copy of ``main``'s output); nothing else outside this set's files was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families181_beche
import eval_families181_bingo
import eval_families181_injin
import eval_families181_kamaiu
import eval_families181_karewe
import eval_families181_kaubwai
import eval_families181_uota
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main`` found every labelled path among those the decoders produce; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families181_karewe.karewe(), *eval_families181_karewe.karewe_sdks(),
            *eval_families181_kamaiu.kamaiu(), *eval_families181_kamaiu.kamaiu_sdks(),
            *eval_families181_kaubwai.kaubwai(), *eval_families181_kaubwai.kaubwai_sdks(),
            *eval_families181_bingo.bingo(), *eval_families181_bingo.bingo_sdks(),
            *eval_families181_injin.injin(), *eval_families181_injin.injin_sdks(),
            *eval_families181_uota.uota(), *eval_families181_uota.uota_sdks(),
            *eval_families181_beche.beche(), *eval_families181_beche.beche_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
