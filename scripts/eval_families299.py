"""Two-hundred-and-ninety-ninth, BLIND labelled set for the classifier evaluation ("blind296"):
written without reading the classifier code, its rules, the tests, the README or the evaluation
scripts, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run twice at the end (both runs passed). It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151, whose structure it copies, this set measures ORDINARY traffic: mainstream app-backend
and SDK shapes in roughly the proportions real captures have (156 first-party calls and 80 SDK
calls, 236 exchanges, 1,762 labels after ``listed_once`` as ``main`` prints them), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. She lives in Agadez (Niger), in the Amarewat quarter, with her
Tuareg husband Ghali ag Assalek, a camel trader of the Kel Ewey, her US SIM roaming; their
daughter Tinhinan (8) is at primary school in town; her mother-in-law Fadimata welet Intallah
lives in Timia in the Air mountains; her husband's brother Attaher ag Assalek keeps the family's
camels and goats around In-Gall; her sister Emily is in Ohio. All people, numbers and businesses
are fictional. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API and the SDKs it embeds. Every app's own keys are
Tamasheq (Tamajaq) in Latin letters, ASCII-folded as a local developer would write them (``gh``
for the velar fricative, ``ch`` for sh, no schwa or emphatic letters), mixed with the English
words APIs keep (``token``, ``id``, ``lat``/``lng``, ``user``, ``events``, ``refresh_token``) and
the French and Arabic loans people actually say (``portabl``, ``adres``, ``kartye``, ``karte``,
``dosye``, ``vaksin``, ``kommand``, ``avans``, ``livrezon``; ``amana``, ``bennay``,
``tabriqt``). Shared key words: ``esem`` first name, ``esem_n_ebba`` family name (lit.
"father's name", the patronymic slot), ``imel`` e-mail, ``portabl`` mobile, ``awal_n_ekchem``
password (lit. "word of entering"), ``ashal_n_tahut`` birth date (lit. "day of birth"),
``sekse`` sex (``tamet`` woman, ``tabarart`` girl), ``adres`` street line, ``kartye`` quarter,
``aghrem`` town, ``ales`` husband (lit. man), ``azref`` amount (lit. silver), ``takfit``
payment, ``edag`` place, ``awal`` message, ``asiggel`` search, ``foto`` photo, ``aparey``
device, ``ilas`` language (lit. tongue), ``ekchem``/``effegh`` log-in/log-out (enter/go out),
``amaris`` sign-up, ``nak`` me. The spellings are my best recollection of Niger Tamasheq; a few
keys are coinages and each module's docstring says which (``awal_n_ekchem``, ``ashal_n_tahut``,
``takfit``, ``tamedrayt``, ``akafay``, ``imesli``, ``amekkas``, ``teghrert``...). Set 206's
Central Atlas Tamazight keys (``isem``, ``imayl``, ``tilifun``, ``awal_uffir``, ``tansa``,
``tamdint``, ``azal``, ``axelles``, ``nekk``, ``tabrat``, ``tawlaft``, ``anadi``) were avoided
where Tamasheq offers its own form.

Apps:
- ``eval_families299_imnas.py`` "Imnas": the Agadez camel market, buying a she-camel with an
  escrow (``amana``) and selling a young male (money);
- ``_tenekert.py`` "Tenekert": the herders' yearly salt-pasture gathering at In-Gall (camp, herd,
  vaccination, civil-status desk, camel parade), which records the family's confederation
  (``tawshit``) and drum-group (``ettebel``) and runs a council vote (the sensitive trait:
  ethnic origin; political opinion);
- ``_tamzak.py`` "Tamzak": a smiths' (inaden) workshop, a camel saddle commissioned for her
  husband and a leather bag for her sister;
- ``_assahat.py`` "Assahat": the regional hospital's patient app through a meningitis scare (a
  clear lumbar puncture, the vaccine, household prophylaxis: her own health data);
- ``_amnay.py`` "Amnay": the daughter's children's camel-riding club (the child's data);
- ``_afarag.py`` "Afarag": mud-brick builders repairing the roof terrace and the yard wall after
  the rains (her house);
- ``_alechcho.py`` "Alechcho": an old-town shop of indigo veil cloth (a veil for her husband,
  wraps for her mother-in-law).

New kinds (a Python ``ast`` extraction of the module docstrings of every
``scripts/eval_families*.py`` joined with its file name, grepped case-insensitively): "camel
market", "camel trad", "camel rac", "dromedar", "cure sal", "salt lick", "tagelmust", "saddle",
"blacksmith", "goldsmith", "mud.brick", "plaster", "oasis", "Agadez", "Tuareg", "Tamasheq",
"heatstroke", "sandstorm", "koranic", "food aid" matched nothing ("camel" alone matches camelCase
in 129 files); "meningitis" only a passing mention in set 231 (Niamey, Zarma keys, whose seven
kinds are different: pirogues, typhoid, a marabout, tractor hire, drawing class, print shop,
perfume); "nomad" only set 93's herder app (Mongolia, pasture counts, not a gathering);
"turban" matched the docstrings of sets 24 and 28, "indigo" sets 177 (``_ajrak``) and 285, "banco"
sets 139 and 268, "horse" 38 files (set 151's horse hire among them), "construction" sets 157,
162, 257 and 283 (those docstrings were not read beyond the grep hit; the kinds chosen here are
named after what matched nothing). Set 206 (Morocco, Tamazight keys) was looked at to keep the keys
apart. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrikafay", MMP "Trackterzit", OpenRTB 2.5 ads "Bidtenere", crash
reporting "Crashairou") and ``_svc.py`` (flags "Flagtabel", push "Pingtafsit", consent
"Consentaghrem", payments "Payazref", maps "Mapedag", support chat "Helptamidit"); their code is
set 151's with the vendors, hosts, zone (Africa/Niamey), country (NE/NER, region ``1`` =
Agadez, city Agadez), locale (en_US) and currency (XOF) changed (a grep of ``scripts/`` found
none of the ten names). ``eval_families299_kit.py`` holds her places, people, documents and the
apps' businesses, and says how the Niger numbers were made.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, an SMS code),
``/nak`` GETs with JWT bearers; camel market: the day's lots, a search, an offer, the deal with
the seller she typed, the escrow paid (last four digits), a check-in at the market (5 decimals),
the vet certificate photo, the family's brand mark, a truck to In-Gall for her brother-in-law, a
protobuf market beat, queued bids (msgpack), the receipt by deal number in the path, the balance
by cookie, a message quoting her husband's number, her payout IBAN, a young camel for sale with a
photo; gathering: registration with the confederation and drum-group, the camp with her fix and
its members, the herd declaration, herd vaccination, the girl's birth record at the civil-status
desk, the parade entry, the programme, the pasture rota by confederation (query), the gate
check-in (4 decimals), the camp plot's payment, a tende photo, an offline sync (JSON Lines), a
message about her sick daughter, the council vote, a lost-camel report quoting her
brother-in-law's number, the pass by number in the path, tickets by cookie, the well's water
turn; workshop: the catalogue, the saddle commission, the deposit, the old saddle's photo, a visit
slot, a check-in (6 decimals), progress photos by order number in the path, a bag sent to her
sister (name, e-mail, phone, US address), the courier, the engraving in Tifinagh, a review, a
search, a basket (msgpack), the balance, an invoice by cookie, a message, the pick-up by her
husband; hospital: sign-up with her passport and file number, the triage (gzip), an urgent slot,
the check-in, the lumbar-puncture consent (signature), results by file number in the path,
prescriptions, a protobuf symptom diary, a pharmacy delivery, the visit paid, the vaccination
card, household prophylaxis, a message to her doctor, her travel-insurance member number, a
video room, a rash photo, temperatures queued (msgpack), appointments by cookie; riding club: the
girl's enrolment (school number, weight, height), her health form (gzip), the waiver signature,
the term fee, the schedule, a lesson, the gate check-in, progress by rider number in the path, a
photo, an absence note, a pick-up authorisation for her grandmother, a message, a helmet, the
race entry, a protobuf walk beat, an attendance sync (JSON Lines), an invoice with a base64 JSON
preferences cookie, a search; builders: the rain-damage report with her fix at the house, photos,
builders near the house (3 decimals in the query), the quote, the deposit, a visit, a sketch, the
key left with a neighbour (name and phone typed), arrival confirmed (5-decimal strings), materials
(msgpack), the job by number in the path, a balance by cookie, a message, a review, the final
payment, the warranty, the commune's repair permit (her residence card); cloth shop: the
catalogue, a search, a veil as a gift (her husband's head size), the payment, delivery with a
6-decimal pin, a shop check-in (its Wi-Fi joined), the loyalty card, a photo to match, a wish
list (msgpack), wraps sent to her mother-in-law in Timia, a review, a message, the order by number
in the path, a base64 JSON basket cookie, a return. SDKs: analytics batches (gzip; positions at 2
or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, sessions, events (hashed e-mail and phone) and a deep link (a URL in a JSON
field carrying the pass and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and
notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and a mobile-money payout;
geocoding, reverse geocoding (``lat,lon`` in the path), routes and map telemetry; support
messages and uploads.

Negatives are implicit: request, check-in, lot, slot, appointment, thread, quote, report, lesson
and camp IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the camel market's ID, name, phone and point, the lots and their catalogue prices (her own
listing's asking price too), the vet and vaccine lot, the brand mark's code, herd counts; the
gathering ground's ID and point, the public well's point, the vet post, the camel's name in the
parade; the workshop's ID, phone and point, saddle measurements of the camel, catalogue SKUs;
the hospital's ID and point, the vaccine lot, the pharmacy's ID; the club's ID and point, the
riding camel, the instructor's ID; the builder's ID, brick and beam counts and unit prices, the
plot number (no taxonomy type fits; left unlabelled); the shop's ID, phone and point, SKUs and
their prices.

Conventions kept from set 151 (as its docstring states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, quarter, region, post code and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, fares, invoices, deals, jobs and orders
``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone, e-mail and address typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Ghali, Emily, Mano) is not ``contact.name`` except where the
  text is about the child (the photo caption and the absence note name Tinhinan) or names a
  person with a surname or number; the child's full name always is;
- camel market: the trader account ``id.user``; the deal number and escrow ``financial.purchase``;
  the seller (another person she typed) ``contact.name``/``contact.phone``; her residence card
  ``personal.national_id``; the herd owner's name (her husband) ``contact.name``; the market's
  point a negative, her fix at the market ``location.precise``;
- gathering: the confederation (``Kel Ewey``, in the body, the JWT claim, queries, SDK traits,
  flags and push tags) and the drum-group ``personal.sensitive`` (ethnic origin; the husband's
  family's, which she declares as hers by marriage); the council vote's choice
  ``personal.sensitive`` (political opinion); the pass number ``id.user``; the girl's birth record
  number ``personal.national_id``; the lost camel's last-seen point (not a person's) a negative;
  the tende caption naming the confederation ``content.text|personal.sensitive``;
- workshop: the engraving (her husband's full name in Tifinagh letters)
  ``content.text|contact.name``; her sister's US address ``contact.address``;
- hospital: the file number (body, JWT ``dosye``, query, URL path, protobuf) ``health.medical``
  (a medical record number, as set 151's chart) and her travel-insurance member number
  ``health.medical`` (as set 37's); symptoms, temperatures, the procedure, medicines, the vaccine
  and its date ``health.medical``; household prophylaxis drugs ``health.medical``, the husband's
  and daughter's ages ``personal.birthdate``; the consent signature ``content.media``; the rash
  photo and the result PDF ``content.media|health.medical``;
- riding club: the girl is a data subject: her school number and rider number ``id.user``, name,
  birth date, sex; her weight and height ``health.fitness``; her allergy, blood group and vaccine
  date ``health.medical``; the absence note ``content.text|health.medical|contact.name``;
- builders: her house's point (3, 5 and 6 decimals) ``location.precise``; the neighbour's name and
  phone typed in a message ``content.text|contact.name|contact.phone``; the JWT's ``ehan`` claim
  (her street line) ``contact.address``; the plot number unlabelled;
- cloth shop: her husband's head circumference ``health.fitness`` (a body measurement); the shop's
  Wi-Fi she joins ``location.wifi`` (its point a negative); the mother-in-law's town (Timia)
  ``location.coarse``;
- SDKs: Trackterzit's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country (``NER``), region (``1``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; typed geocoding queries
  ``behavior.search``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``DESIGN.md``; set 151 whole
(``eval_families151.py`` and all ten modules: ``_kit``, ``_sdk``, ``_svc``, ``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``), whose ``_sdk.py``
and ``_svc.py`` were copied with renames into this set's; ``eval_payloads.py`` whole; of the
helper kits only definitions and signatures: a ``grep`` of ``def``/``class``/constant lines of
kits 6, 17, 18, 19, 20, 21, 22 and 24, the head of ``eval_families17_kit.py`` (its docstring and
re-export list) and its ``chain``/``pbu``/``varints``/``push_token``, the bodies of
``raw``/``encode``/``multipart``/``pb`` (kit 6), ``App``/``pos``/``latlng``/``ev``/``opaque``
(kit 20), ``at_path``/``sdk_uid`` (kit 21), ``gql``/``lines``/``sdk_uuid`` (kit 22), ``rid``/
``sdk_id``/``head``/``claims`` (kit 24), and a grep of constant definition lines across
``eval_families*_kit.py`` (which printed one-line category and phone/e-mail constants of kits
6-16, 42, 71, 72, 108, 115, 116, 118, 127, 130, 187, 194); the file-name and module-docstring
grep above (docstrings extracted with ``ast``), with short excerpts printed from the docstrings of
sets 294, 170, 93 and 231 (its app list) and the first part of set 206's (its keys and apps); a
``grep -ril`` of ``scripts/`` for the ten vendor names and the seven app names (only file names
printed; "banco" matched three other sets' files, not opened). No classifier, rule, test,
decoder, README or evaluation script was read or run; ``ruff check --select F`` ran on these
files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families299_afarag
import eval_families299_alechcho
import eval_families299_amnay
import eval_families299_assahat
import eval_families299_imnas
import eval_families299_tamzak
import eval_families299_tenekert
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
    return [*eval_families299_imnas.imnas(), *eval_families299_imnas.imnas_sdks(),
            *eval_families299_tenekert.tenekert(), *eval_families299_tenekert.tenekert_sdks(),
            *eval_families299_tamzak.tamzak(), *eval_families299_tamzak.tamzak_sdks(),
            *eval_families299_assahat.assahat(), *eval_families299_assahat.assahat_sdks(),
            *eval_families299_amnay.amnay(), *eval_families299_amnay.amnay_sdks(),
            *eval_families299_afarag.afarag(), *eval_families299_afarag.afarag_sdks(),
            *eval_families299_alechcho.alechcho(), *eval_families299_alechcho.alechcho_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
