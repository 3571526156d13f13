"""Two-hundred-and-thirty-sixth, BLIND labelled set for the classifier evaluation ("blind233"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run six times at the end, each passing (two SDK values were relabelled between
the first and the second run; the later runs followed edits of this docstring only; one was cut
short by a closed pipe). It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (156 first-party calls and 80 SDK calls, 236 exchanges,
1,807 labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Otukpo (Benue State, Nigeria) with her Idoma husband Oche Adikwu, her
US SIM roaming; their son Ochai (11) is in primary 6 at a private school in Otukpo and sits the
common entrance this year; her mother-in-law Ene Adikwu lives in the family compound at Ugboju;
she goes to Makurdi, the state capital, for the teaching hospital and to change dollars. Seven app
kinds (fictional names, hosts under example.* per RFC 2606, no real company named as sender),
each with its own API and the SDKs it embeds. The keys are Idoma, ASCII-folded (no tone marks, as
a local developer types them), mixed with the English words APIs keep (``email``, ``id``,
``token``, ``pin``, ``nin``, ``bvn``, ``state``, ``lga``) and the loans Nigerians use (``foni``
phone, ``dola``, ``naira``, ``banki``, ``akanti`` account, ``pasipoti``, ``dokita``,
``sukulu``, ``moto``, ``lasisi`` licence, ``inshora`` insurance, ``aso``, ``gele``, ``yadi``).
The Idoma words are the author's own recollection, NOT checked against a dictionary or a speaker
(a search of stored web pages found only animal names): a speaker may find some wrong; they are
used consistently across the apps: ``enyi`` name, ``enyi_ada`` surname ("father's name"),
``enyi_kpo`` full name, ``asiri`` password ("secret"), ``kodu``/``otp`` code, ``ojo_omi`` birth
date, ``ekpa`` sex (``oyinya`` woman, ``oyobi`` boy), ``ole`` house / street line, ``ijeni``
town, ``akpa`` ward, ``oko`` husband, ``ene`` mother, ``ene_oko`` mother-in-law, ``oyi`` child,
``onyi`` relative / next of kin, ``owo`` amount, ``ikpo`` payment, ``ikpe`` price / rate,
``ohi`` illness, ``ogwu`` medicine, ``iju`` pain, ``ebe_ekpa`` blood group, ``otu`` heart,
``ara`` body, ``ogbo`` height, ``ya`` kindred, ``idu`` people, ``ogba`` age grade / wing,
``iko`` meeting, ``okwu`` funeral, ``oja`` market, ``ejo`` goods, ``akwo`` book / paper,
``esi`` result / receipt, ``ohu`` message, ``ekwo`` search, ``ebo`` place, ``efoto`` photo,
``ojo`` date, ``ihotu`` love / gift.

The apps: a kindred development union ``eval_families236_ya.py`` ("Ochiya": her husband's
kindred at Ugboju: levies, meetings, an elder's burial levy, the borehole, the women's wing, the
household in the register, the family land; her ethnic affiliation), an aso-ebi app
``_aso.py`` ("Ihotu Aso": the family's matching fabric for the husband's cousin's wedding, the
tailor's measurements, the RSVP and a cash gift), a bureau de change ``_bdc.py`` ("Owonyi": money:
KYC with passport, residence card, BVN and NIN, a sell order paid to her naira account, a wire from
her US account, her sister's remittance), a teaching hospital's outpatient app ``_opd.py`` ("Ole
Ogwu": her own health: fibroids, triage, laboratory, a myomectomy, family blood donors, home
blood pressure), the son's common-entrance app ``_akwo.py`` ("Akwo Oyi": the child's data:
registration with his NIN, religion paper and asthma, the fee, practice, the exam day, the result,
the boarding medical form), a market-errand app ``_oja.py`` ("Ojarun": a runner buys her
foodstuff in Otukpo's main market; an errand for her mother-in-law) and a vehicle-papers agent
``_moto.py`` ("Papakwo": the car's licence, roadworthiness and insurance, her driving licence).
New kinds (a file-name and module-docstring grep of ``scripts/eval_families*``, the docstrings
extracted with ``ast`` into a scratch file): "town union", "development association", "age
grade", "aso-ebi"/"aso ebi", "BDC", "teaching hospital", "hospital card", "common entrance",
"errand", "market runner", "personal shopper", "foodstuff", "vehicle papers", "vehicle licence",
"plate number", "Idoma", "Otukpo", "Makurdi", "Benue" matched nothing. Close kinds, made
different (each module says how): "kindred" is only set 57's peer-support forum; "bureau de
change" one passing mention, set 182's POS cash-agent finder (Maiduguri, Kanuri) and wallets'
cash-in agents (here an exchange office's customer app); tailoring (set 79, customer) and a
seamstress's book (set 148) (here the celebrant family's group fabric with a fitting); "entrance
exam" set 115's university results for a 17-year-old (here a primary-6 registration, practice and
exam day); hospital and clinic apps (eye, dental, infection, IVF) exist (here an outpatient
"folder" with replacement blood donors); grocery delivery in many sets (here a runner in an open
market); learner-driver, garage and licensing-counter apps (sets 63, 144; here an agent for the
whole set of papers). Also rejected after the grep: POS agents, a lecturers' union (set 174),
fish farms, sickle-cell and genotype clinics. The SDKs are ten new vendors, built once and called
by every app with its own events: ``_sdk.py`` (analytics "Metricoja", MMP "Attribenue", OpenRTB
2.5 ads "Bidotukpo", crash reporting "Crashakpa") and ``_svc.py`` (flags "Flagidu", push
"Pushigwe", consent "Consentihotu", payments "Coinaira", maps "Mapwurukum", support chat
"Helpojira"); their code is set 151's ``_sdk.py``/``_svc.py`` copied with the vendors, hosts,
function prefixes, zone (Africa/Lagos), country (NG/NGA), region (BE), city, locale and currency
changed (a file-name and docstring grep found none of the ten names). ``eval_families236_kit.py``
holds her places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and OTP
codes, a scratch-card PIN, a transaction PIN), ``/me``-style GETs with JWT bearers (claims:
membership, kindred, buyer, customer, hospital number, the child's examination number, client);
kindred union: registration as a wife of the kindred, levies and a payment, the general meeting
with her fix at the hall (5 decimals), the minutes, a burial levy naming the deceased elder, a
project donation, the women's wing, a protobuf check-in at the compound, pledges (msgpack), a
message to the secretary quoting her husband's number, a festival photo, the household (the son),
a search, the receipt by membership number in the path, the family land's corners, notices by
cookie (with a base64 JSON preferences cookie); aso-ebi: SMS sign-up, the wedding page, the
family's order naming the wearers, a transfer from her account with a typed narration, its
screenshot, her and the son's measurements, a style photo, the fitting with her fix at the
tailor's, delivery line and landmark, RSVP, a gift, a venue check-in (4 decimals), a photo, a
search, the cart (msgpack), the order by number in the path, a message naming her sister, status
pings (JSON Lines); exchange: KYC sign-up, selfie and passport scan, a quote, a sell order, a
wire, a remittance announced with her sister's details, slots, a branch check-in, the receipt by
order number in the path, a rate alert, history, a protobuf attestation, a PIN, a support
message, her husband as beneficiary, a search, statements by cookie (base64 JSON); hospital:
folder opening with her NIN and next of kin, card fee, triage (gzip), clinic booking, OPD
check-in, lab requests, results by hospital number in the path, a scan report (PDF), a message
to her consultant, surgery and deposit, blood donors, consent signature, home BP (protobuf),
pharmacy, insurance, a wound photo, a health search, discharge by cookie, a video room; common
entrance: parent sign-up, the son's registration, the fee, his photo, centres, a practice test
(gzip), a protobuf timer, a lesson teacher at home, the slip by examination number in the path,
the exam-day check-in (5 decimals), the result with a PIN, college choices, the boarding medical
form, a message to the tutor, a search, offline answers (JSON Lines), flash cards (msgpack);
errands: the drop-off address with its pin (6 decimals), prices, an errand, a top-up, her hand-off
position (5 decimals), chat, a brand photo, a substitution, rating and tip, the receipt by errand
number in the path, a search, the weekly list (msgpack), an errand for her mother-in-law with
the compound's point, a protobuf hand-off beat, cart edits (JSON Lines); papers: the car, the
application, photos of the old papers, the driving licence renewal, a capture slot, a check-in
at the office, payment, the insurance certificate by application number in the path, the
inspection, delivery, a fines check, history export (gzip), the checklist (msgpack), a message
quoting her husband's name and number. Every app: push registration, events (gzip or plain,
some with session cookies). SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits
(base64 JSON in a form field), offline queues (JSON Lines), a base64url beacon; MMP installs,
sessions and events (hashed e-mail and phone); OpenRTB bids (GPS at 2 or 3 decimals or IP geo)
and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and a mobile-wallet payout;
geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages
and uploads.

Negatives are implicit: request, meeting, funeral, thread, quote, slot, appointment, fitting,
line, ticket IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the kindred hall's ID, point and phone, the project IDs; the wedding's page code, the
fabric SKUs and their prices, the venue's ID and point, the tailor's ID, point and phone, the
table; the exchange office's ID, point and phone, the rates and quotes' rates, the scratch card's
serial; the hospital's ID and point, the queue and ward; the school, the examination centre's ID
and point, the colleges, the tutor's ID, practice answers and scores (no taxonomy type); the
market's ID, the items and prices, the runner's ID and position; the licensing office's ID and
point, the garage, the odometer, the car's plate, chassis number, make, model and year (no
taxonomy type fits; left unlabelled), fees per paper.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/OTP codes, PINs, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, ward, LGA, state, post code and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, levies, gifts, orders, errands, applications
and receipts ``financial.purchase``; card data, last four digits, payment-method IDs and bank
accounts ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Ochai, Oche, Laura, Musa, Mama Ene) is not ``contact.name``;
  a name with a surname is, and so is the child's first name in a structured field about him;
- kindred union: the kindred's name (body, JWT ``ya``, query, SDK traits and push tags), the
  people ``idu: Idoma`` and the age grade / women's wing's name ``personal.sensitive`` (ethnic
  origin: membership of an ethnic kindred union; she is its member by marriage); the bare wing
  value ``women`` ``personal.gender``; the burial message with "rest with the ancestors" and the
  Alekwu (ancestral) festival caption ``content.text|personal.sensitive`` (traditional religion);
  the deceased elder's full name ``contact.name``; the membership number ``id.user``; the family
  land's corners and the compound's fix ``location.precise`` (the family's land, as set 151's
  vineyard), the hall's point a negative;
- aso-ebi: body measurements and height ``health.fitness`` (hers and the son's); the transfer
  narration naming "Jane Adikwu" ``content.text|financial.purchase|contact.name``; a delivery
  landmark ``contact.address|content.text``; the buyer account ``id.user``; the screenshot of the
  transfer ``content.media`` only;
- exchange: passport, residence card, NIN and BVN ``personal.national_id`` (the BVN is a
  bank-industry identity number tied to her biometrics: taken as a government-grade identity
  number); the passport scan ``content.media|personal.national_id``; her selfie
  ``content.media`` (no face template is sent); her US routing and account numbers and her
  husband's account ``financial.payment``; her nationality ``US`` unlabelled (no type);
- hospital: the hospital (folder) number (body, JWT, query, URL path, protobuf) and the health
  insurance member number ``health.medical`` (as set 37's member ID); the clinic's speciality
  (gynaecology) ``health.medical``; the donors' blood groups ``health.medical`` (their health,
  typed by her) and their names and phones ``contact.*``; home blood-pressure readings
  ``health.medical``, pulse and weight ``health.fitness``; a health search
  ``behavior.search|health.medical``;
- common entrance: the son is a data subject: NIN ``personal.national_id``, examination number
  ``id.user`` (body, query, JWT ``oyi``, URL path, protobuf, JSON Lines), name, birth date, sex,
  asthma, genotype, blood group, allergies ``health.medical``; his religious knowledge paper
  ``CRS`` ``personal.sensitive`` (religion); his state and LGA of origin ``location.coarse`` (a
  proxy for ethnicity, but the field names a place; not ``personal.sensitive``); the practice
  timer's seconds and the flash-card streak ``behavior.usage``; the scratch-card PIN
  ``secret.credential``, its serial a negative;
- errands: the mother-in-law's name, phone, village and compound point typed by her
  ``contact.*`` / ``location.coarse`` / ``location.precise``; the runner's position a negative;
- papers: the driving licence number ``personal.national_id``; blood group and glasses
  ``health.medical``, height ``health.fitness``; the plate and chassis number unlabelled (no
  type, as set 151's plate);
- SDKs: Attribenue's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``BE``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``eval_families151.py`` and all its modules whole
(``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``,
``_kit``, ``_sdk``, ``_svc``); ``eval_payloads.py`` whole; ``/work/shared/TAXONOMY.md`` and
``/work/shared/DESIGN.md``; of the helper kits only definitions and signatures: the head and
import list of ``eval_families17_kit.py`` (lines 1-124) and its ``chain``, ``pbu``,
``varints``, ``push_token`` and later generators (lines 140-290), ``App``, ``ev``, ``opaque``
(``eval_families20_kit``), ``at_path``, ``sdk_uid`` (``_21_kit``), ``lines``, ``sdk_uuid``
(``_22_kit``), ``rid``, ``sdk_id``, ``head``, ``claims``, ``others`` (``_24_kit``), ``raw``,
``encode``, ``multipart``, ``pb`` (``_6_kit``), ``sjwt`` (``_18_kit``), ``report``
(``eval_families8_kit``), ``listed_once`` (``eval_families21.py``), and a grep of the
top-level names defined in kits 6, 10, 18, 19, 20, 21, 22, 24; the module docstrings of every
``scripts/eval_families*.py`` (extracted with ``ast`` and grepped for the candidate words, with
a few lines of context around hits: parts of the docstrings of sets 57, 115, 148, 155, 166,
174, 182, 202 and a few others). Stored public web pages about Idoma were searched (Wikipedia's
animal names, a poem page, a phrase guide judged unreliable); none of their words is used except
``ihotu`` (love). No classifier, rule, test, decoder or other set's code was read or run
(``ruff check --select F --fix`` ran on these files and removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families236_akwo
import eval_families236_aso
import eval_families236_bdc
import eval_families236_moto
import eval_families236_oja
import eval_families236_opd
import eval_families236_ya
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
    return [*eval_families236_ya.ochiya(), *eval_families236_ya.ochiya_sdks(),
            *eval_families236_aso.ihotu(), *eval_families236_aso.ihotu_sdks(),
            *eval_families236_bdc.owonyi(), *eval_families236_bdc.owonyi_sdks(),
            *eval_families236_opd.oleogwu(), *eval_families236_opd.oleogwu_sdks(),
            *eval_families236_akwo.akwooyi(), *eval_families236_akwo.akwooyi_sdks(),
            *eval_families236_oja.ojarun(), *eval_families236_oja.ojarun_sdks(),
            *eval_families236_moto.papakwo(), *eval_families236_moto.papakwo_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
