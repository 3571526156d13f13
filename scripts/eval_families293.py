"""Two-hundred-and-ninety-third, BLIND labelled set for the classifier evaluation ("blind290"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run seven times at the end (one run stopped on the set's own NameError, an import
missing after exchanges were added, and ruff flagged an unused import; both fixed, counts
settled at 221 then, after adding exchanges, 229; one more run was cut by a closed pipe). It
is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (153 first-party calls and 76 SDK calls, 229 exchanges, 1,689
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Shillong (Meghalaya, India) with her Khasi husband Banteilang
Kharkongor, her US SIM roaming; their daughter Ibadahun (8) is in class 3 in Laitumkhrah; her
mother-in-law Rida Kharkongor and the husband's youngest sister Daplin (the ``khatduh`` who
keeps the family house) live in Sohra (Cherrapunji). All people are fictional. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each
with its own API whose keys are Khasi, ASCII-folded as a Shillong developer writes them, mixed
with the English words APIs keep (``email``, ``token``, ``id``, ``pan``, ``upi``, ``ifsc``) and
loans (``tiket``, ``nombar``, ``doktor``, ``dawai``), and the SDKs it embeds:
- ``eval_families293_siat.py`` "Siatkhnam", a teer counter's app (the archery-result number
  game: money): ``kyrteng`` name, ``kyrteng_jait`` surname, ``nombar_phone`` phone,
  ``kyntien_rieh`` password, ``sngi_kha`` birth date, ``jaka_shong`` address, ``shnong``
  locality, ``nongbah`` town, ``jingthoh`` slip (bet), ``bai`` amount, ``jingsiew`` payment,
  ``jingjop`` winnings, ``jingmih`` results, ``jingphohsniew`` dream, ``wad`` search,
  ``khubor`` message, ``jingkhang`` limit;
- ``_jingkieng.py`` "Jingkieng", the Nongriat root-bridge trail (passes, guides, homestay, rain
  warnings): ``kyrteng_baroh`` full name, ``ki_nongwan`` visitors, ``rta`` age, ``nongialam``
  guide, ``jingma`` emergency, ``nongiarap`` helper, ``slap`` rain, ``jingbam`` food,
  ``jingmut`` review, ``dur`` picture, ``jingkyrpad`` steps, ``jingkhlad`` lost item;
- ``_krem.py`` "Kremkhlaw", a caving club's expedition registry: ``krem`` cave, ``jingiaid``
  trip, ``ki_para`` companions, ``por_mih`` call-out time, ``koit_khiah`` health, ``dawai``
  medicine, ``jingkhia`` weight, ``snam`` blood (group), ``jingshai`` lights,
  ``nombar_member``;
- ``_koit.py`` "Koitkhiah", a mission hospital's fever clinic following the daughter's scrub
  typhus (health; the child): ``kynthei_shynrang`` sex, ``kmie`` mother, ``jingpang``
  illness, ``jingshit`` fever, ``nombar_record`` record number, ``aadhaar``, ``doktor``;
- ``_dorbar.py`` "Dorbar Hima", a fictional autonomous district council's app (the daughter's
  Scheduled Tribe certificate through her father's clan; her trading licence as a non-tribal;
  a sensitive trait: ethnicity/clan, and faith on the form): ``kur`` clan, ``jait_bynriew``
  tribe, ``kpa`` father, ``khun`` child, ``rangbah_shnong`` headman, ``jingpynshisha``
  certificate, ``niam`` faith, ``tang_jait`` taking the clan, ``dukan`` stall;
- ``_khoh.py`` "Khohiew", her basket stall in Iewduh and online, she is the seller (money):
  ``nongdie`` seller, ``nongtbeh`` weaver, ``khoh`` basket, ``jingdie`` sale, ``jingkhein``
  stock count, ``jingsiew_ha`` payout account;
- ``_slap.py`` "Slapkhein", a citizen rain-gauge network (her gauge on the Sohra house's roof):
  ``slap`` rain, ``jingkhein`` reading, ``nongpule`` reader, ``lyoh`` cloud, ``kyllang``
  storm, ``station``.
New kinds, checked by a grep of the file names and of the module, class and function docstrings
of ``scripts/eval_families*.py`` (an AST dump of all docstrings, searched by regex): "teer",
"khasi", "meghalaya", "shillong", "cherrapunji", "dorbar", "shnong", "district council", "root
bridge", "caving|speleo" (only set 169's salt-cave clinic), "typhus", "bamboo", "rock
climb|bouldering", "stamp collect" matched nothing or nothing of the kind ("sohra" only as a word
in set 292's docstrings). Neighbours made different: betting exists as sports betting (9, 30), a
wrestling-ticket bet (112) and a lotto (39), archery as a kids' club (241) and sports apps; Siatkhnam
is a number game on an archery result bought at a counter (dream numbers, rounds, UPI). Clan
adoption exists (251's suku; clans in 138, 147, 157), residence certificates in council/mahalla
apps (85, 173, 258); Dorbar Hima is a tribe certificate and a non-tribal trading licence. Fever
apps exist (104's dengue); Koitkhiah is a scrub-typhus course with an eschar photo and
doxycycline doses for the child. Rainfall appears inside landslide/insurance/water apps (88, 153,
188); Slapkhein is a volunteer gauge network. Trek/guesthouse apps exist (89, 127, 151);
Jingkieng is a village's pass-and-guide app for a root-bridge stair. Seller apps exist (151's
winery, 117's felt); Khohiew sells woven baskets at a market stall. Climbing gyms (52) and peak
permits (117) exist; Kremkhlaw is a cave-survey trip registry with call-out times.
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metricumiam", MMP "Trackmawsmai", OpenRTB 2.5 ads "Bidlaitlum", crash
reporting "Crashnohkalikai") and ``_svc.py`` (flags "Flagwahkaba", push "Pingmawlynnong",
consent "Consentdawki", payments "Coinpisa", maps "Mapmawphlang", support chat "Helpkwai");
their code is set 151's with the vendors, hosts, zone (Asia/Kolkata), country (IN/IND, region
ML, city Shillong), locale (en_IN), currency (INR) and UPI changed (a grep of ``scripts/`` found
none of the ten names). ``eval_families293_kit.py`` holds her places, people and the apps'
businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/nga``-style GETs with JWT bearers (claims: account, member, station, licence,
record, cases); teer: results, counters near her flat (3 decimals), two slips, a UPI payment,
a dream search, the slip by number in the path, a PAN card photo, winnings to her account, a
limit, a protobuf counter check-in, offline slips (msgpack), saved numbers (base64 JSON cookie),
a referral naming her husband, support, history; trail: the family pass (her passport, the
child's age), payment, a guide, the booth check-in, a protobuf beat with steps, a JSON Lines fix
queue, a rain subscription at 2 decimals, homestay, food, an emergency with 5-decimal strings and
her sister-in-law as helper, a review, a photo, the pass in the path, a lost raincoat, a UPI tip,
a search; caving: joining (husband as emergency contact), the fee, a gzip medical form, a trip,
the cave-mouth check-in, "out safe" at 4 decimals, a survey PDF, survey shots (msgpack), gear, a
message quoting her phone, the chat, an RSVP, a cancellation, trips by member number in the
path, a waiver signature, a base64 JSON cookie; hospital: the child registered (Aadhaar, record
number), triage (gzip), the eschar photo, tests and payment, the result by record number in the
path, prescriptions, a protobuf temperature diary, doses (JSON Lines), a message to the
paediatrician, a video room, a school note, the discharge PDF, a check-in, bills, an insurance
claim, the address; council: sign-up with her OCI card, the ST application (tribe, clan, faith,
the child's Aadhaar), documents, the clan record, fees, the application by number in the path, a
hearing, a check-in, the licence renewal (her PAN) and fee, house tax, a grievance, a search,
the certificate PDF, notices; baskets: seller sign-up, the stall opening with her fix, stock
(msgpack), a photo, a label from Sohra, a pick-up with her mother-in-law's phone, the payout
account (IFSC a negative), payouts, a weaver paid by UPI, a JSON Lines sync, sales by seller
number in the path, orders, a buyer message, the turnover note (gzip; her PAN); rain gauge: the
station on the roof (her fix, the house's address), readings (gzip, form, JSON Lines), a missed
day, a photo, a second reader, a storm with her fix, a landslip on the road (msgpack), the
station by code in the path, totals, the map at 2 decimals, the official station (a negative),
a certificate, the profile. SDKs: analytics batches (gzip; positions at 2 or 3 decimals),
traits (base64 JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP
installs, events (hashed e-mail and phone) and a deep link (the pass and her e-mail); OpenRTB
bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON header); push subscribers; consent records and checks; card
tokens, confirmations and a UPI payout; geocoding, reverse geocoding (``lat,lon`` in the path),
routes and telemetry; support messages and uploads.

Negatives are implicit: request, check-in, slip-line, reading, trip, order, slot, appointment,
lab-order IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the teer ground's and counter's IDs, names, licence, phone and points, the chosen
numbers (47, 74, 7) and results; the village, booth and bridge IDs and points, the guide and
homestay IDs; the cave's ID, mapped entrance and survey stations, shot lengths and bearings,
gear IDs; the hospital's ID and point; the council's ID and point, the office token, the house
holding number, the headman's ID; the stall's ID, row and point, basket IDs, stock counts and
catalogue prices, the weaver's ID, the IFSC; rainfall millimetres, cloud and storm codes, the
official station's ID and point, the road's kilometre.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; carrier ``location.carrier``;
locality, town, village, district, state, PIN code and country ``location.coarse``; street
lines ``contact.address``; amounts, fees, slips, passes, orders, stays and turnover
``financial.purchase``; card data, last four digits, payment-method IDs, UPI addresses and bank
account numbers ``financial.payment``; another person's full name, phone and e-mail typed by
the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health
fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name or nickname alone in free text (Bah Kit, Ibadahun, Wanphrang) is not
  ``contact.name``; the child's full name always is;
- teer: the punter account ``id.user``; her PAN ``personal.national_id``; the slip numbers
  ``financial.purchase``, the numbers played and the results negatives; the weekly limit left
  unlabelled; dream search text ``behavior.search``;
- trail: her passport ``personal.national_id``; the child's age ``personal.birthdate``; step
  counts ``health.fitness``; the knee injury text ``content.text|health.medical``; the booth
  and bridge points negatives, her fixes ``location.precise``; a rain subscription at 2
  decimals ``location.coarse``;
- caving: the membership number ``id.user``; her weight ``health.fitness``; blood group,
  medicines, allergy and old sprain ``health.medical``; the survey sketch PDF
  ``content.media`` only;
- hospital: the child is a data subject: her record number (body, JWT ``patients``, query, URL
  path, protobuf) ``health.medical`` (as set 151's dental chart); her Aadhaar
  ``personal.national_id``; temperatures, eschar, tests, doses ``health.medical``; her weight
  ``health.fitness``; the insurance policy number ``id.user``; "leit_ha" (where she had been,
  Sohra) ``location.coarse``;
- council: tribe, clan (``kur`` = the husband's clan name as a clan), ``tang_jait`` and faith
  ``personal.sensitive``; her own "non-tribal" status too (an ethnic status); the ST
  application number (body, JWT ``cases``, URL path) ``personal.sensitive`` (a case number
  that says a tribe certificate is sought, as a medical record number says health); the ST
  certificate PDF ``content.media|personal.sensitive``; the trading licence number ``id.user``;
  her OCI card and PAN ``personal.national_id``;
- baskets: the seller number ``id.user``; the trading licence ``id.user``; her mother-in-law's
  phone as pick-up contact ``contact.phone``; the turnover ``financial.purchase``;
- rain gauge: the station code ``id.user`` (a code tied to her roof and her account); the
  gauge's point ``location.precise`` (the family house); millimetres negatives;
- SDKs: Trackmawsmai's ``country`` ``location.coarse`` and ``roaming`` ``device.info``;
  OpenRTB geo country (``IND``), region (``ML``) and city ``location.coarse``; positions at 2
  decimals ``location.coarse``, at 3 or more ``location.precise``; a geocoding query biased by
  her own place at 3 decimals ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` and
``/work/shared/DESIGN.md`` whole; ``eval_families151.py`` and all its modules (``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_kit``,
``_sdk``, ``_svc``) whole; ``eval_payloads.py`` whole; the definitions and signatures used from
``eval_families6_kit``, ``_7_kit`` (``enc``), ``_8_kit``/``_11_kit``/``_15_kit``/``_16_kit``/
``_19_kit`` (constants' values), ``eval_families17_kit`` (its head and import list),
``_18_kit`` (``sjwt``), ``_20_kit`` (``App``, ``ev``, ``opaque``, constants), ``_21_kit``
(``at_path``, ``sdk_uid``), ``_22_kit`` (``lines``, ``sdk_uuid``), ``_23_kit``/``_24_kit``
(``rid``, ``head``, ``claims``, ``sdk_id``, card constants), ``_10_kit`` (``add``, ``token``),
and the signature line of ``eval_families21.listed_once``; file-name and docstring greps of
``scripts/eval_families*`` (one-line excerpts of matching docstrings printed to judge
neighbours). No classifier, rule, test or decoder was read or run (``ruff check --select F`` ran
on these files).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families293_dorbar
import eval_families293_jingkieng
import eval_families293_khoh
import eval_families293_koit
import eval_families293_krem
import eval_families293_siat
import eval_families293_slap
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
    return [*eval_families293_siat.siatkhnam(), *eval_families293_siat.siatkhnam_sdks(),
            *eval_families293_jingkieng.jingkieng(), *eval_families293_jingkieng.jingkieng_sdks(),
            *eval_families293_krem.kremkhlaw(), *eval_families293_krem.kremkhlaw_sdks(),
            *eval_families293_koit.koitkhiah(), *eval_families293_koit.koitkhiah_sdks(),
            *eval_families293_dorbar.dorbarhima(), *eval_families293_dorbar.dorbarhima_sdks(),
            *eval_families293_khoh.khohiew(), *eval_families293_khoh.khohiew_sdks(),
            *eval_families293_slap.slapkhein(), *eval_families293_slap.slapkhein_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
