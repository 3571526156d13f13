"""Two-hundred-and-ninety-second, BLIND labelled set for the classifier evaluation ("blind289"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end (it exited 0 on the first run; it ran again after small edits). It is
to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not, and committed nothing).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths as set 151
states them). Like sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend
and SDK shapes in roughly the proportions real captures have (156 first-party calls and 77 SDK
calls, 233 exchanges, 1,732 labels after ``listed_once`` as ``main`` prints them), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. She has lived three years in Dumka (Santhal Parganas,
Jharkhand, India) with her Santal husband Sunil Murmu, a schoolteacher, her US SIM roaming on an
Indian network; their daughter Sonamuni (8) goes to a Sunday Ol Chiki reading class; Sunil's
mother Phulmani Murmu lives in the family's village Baskidih (Nala block, Jamtara district), his
brother Babulal Murmu in Jamtara town; her sister Emily is in Ohio (all people fictional). Seven
app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API and the SDKs it embeds. The Santali keys are written in Latin
letters ASCII-folded as a local developer types them (no ``ń``, ``ɔ`` or glottal apostrophe),
with the English words APIs keep (``email``, ``token``, ``id``, ``upi``, ``otp``, ``pin``) and
the Hindi/Bengali loans Santali speakers use (``thikana``, ``jila``, ``nalis``, ``taka``); the
author's Santali is a learner's, and a few words are best guesses:

- ``eval_families292_jaher.py`` "Jaherbonga": the Baskidih sacred grove (jaherthan) committee's
  app: festivals, dues, offerings, the priest's days (religion and ethnic origin). Keys:
  ``nutum`` name, ``paris`` clan, ``mobail`` phone, ``uku_sabad`` password ("hidden word"),
  ``janam_maha`` birth date, ``thikana`` address, ``sohor`` town, ``ato`` village, ``jila``
  district, ``herel`` husband, ``hanhar`` mother-in-law, ``kuri_gidri`` daughter, ``ling`` sex,
  ``orak_nombor`` household number, ``dhorom`` religion, ``porob`` festival, ``chanda`` dues,
  ``taka`` amount, ``taka_emok`` payment, ``sim`` fowl, ``naeke`` priest, ``hajira``
  attendance, ``tho`` place, ``akhansa``/``dirghansa`` latitude/longitude, ``khobor`` message,
  ``katha`` remark, ``panja`` search, ``beboharic`` user, ``ghotona`` events, ``jontro``
  device, ``parsi`` language, ``okte_tho`` time zone;
- ``_olchiki.py`` "Chatsali Ol": the daughter's Sunday Ol Chiki reading class (the child's data;
  English keys with ``gidri`` child, ``gurugomke`` teacher, ``onol`` lesson, ``ol_akhor``
  letter, ``parhao`` reading, ``orak_kami`` homework, ``matri_parsi`` mother tongue, ``hor``
  tribe);
- ``_sakam.py`` "Sakam Samiti": a forest-produce cooperative buying mahua flowers, sal leaves
  and leaf plates, sal seed and lac from her and her mother-in-law (money in: ``sodosyo``
  member, ``parichoy`` ID document, ``matkom`` mahua, ``sarjom_sakam`` sal leaves, ``khali``
  leaf plates, ``sarjom_jo`` sal seed, ``lah`` lac, ``daru`` tree, ``jokha`` weight, ``dam``
  price, ``khata`` account, ``nalis`` complaint, ``gari`` vehicle, ``jarwa`` collection);
- ``_fluor.py`` "Dakbes": a fluorosis screening and household-filter programme (her own health
  data and the daughter's teeth; English keys with ``hasu`` pain, ``muku`` knee, ``data``
  teeth, ``kandha`` shoulder, ``kamar`` back);
- ``_thog.py`` "Thogbanchao": a cyber-fraud complaint and refund tracker after a fake "KYC" call
  emptied part of her account (money: ``nalis_nombor`` complaint number, ``thog_mobail`` /
  ``thog_upi`` the cheat's number / UPI address, ``lenden`` transaction, ``saboot`` evidence,
  ``rok`` freeze, ``ferot`` refund, ``halot`` status, ``thana`` police station, ``pan``);
- ``_chapakal.py`` "Chapakal Seva": a block's hand-pump repair desk (``chapakal`` hand pump,
  ``kharap`` broken, ``mistri`` mechanic, ``sade`` voice, ``dak_gari`` water tanker, ``tola``
  hamlet, ``blok`` block, ``sujhao`` suggestion);
- ``_jatra.py`` "Enec Jatra": a touring Santali open-air drama company's tickets and the village
  committee's booking of a night (English keys with ``enec`` show).

Newness (a file-name grep of ``scripts/eval_families*`` and a grep of every such module's
docstring, extracted with ``ast`` into a scratch file): "sarna", "jaher", "sohrai", "santal",
"santali", "ol chiki", "olchiki", "mahua", "sal leaf", "sal seed", "forest produce", "leaf
plate", "fluorosis", "phishing", "cybercrime", "cyber crime", "cyber fraud", "chapakal",
"handpump", "jharkhand", "dumka", "jamtara" matched nothing; "sacred grove" only set 245's list
of words that matched nothing; "hand pump" an item in set 270's shop; "jatra" a key ("trip") in
set 191; "theatre troupe" one activity of set 249's evening classes; "fluoride" set 145's
varnish; "fraud" risk SDKs and set 195's fraud report in an agent kiosk; "cyber" set 167's copy
shop and set 287's service centre. Considered and dropped because they exist: sickle-cell
clinics, archery, silkworm cocoons (169), self-help groups (272), savings groups and
microfinance, leishmaniasis (106), snakebite (173), rabies shots (142), filariasis (220),
mobile medical caravans (206), water committees (206, 214), well-water testing (170),
self-build (265), land rights (234), legal aid (185), fish farms, paddy milling (113), community
radio. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Lekhaol", MMP "Horpanja", OpenRTB 2.5 ads "Bidsendra", crash reporting
"Crashrapud") and ``_svc.py`` (flags "Flagdhoja", push "Pingsereng", consent "Consentraji",
payments "Takajuri", maps "Mapdisom", support chat "Helpgateya"); their code is set 151's SDK
shapes with the vendors, hosts, zone (Asia/Kolkata), country (IN/IND; OpenRTB region ``JH``),
city and currency (INR) changed and the mobile-money call made a UPI one (a grep of the
docstrings and of ``scripts/eval_families*.py`` found none of the ten names).
``eval_families292_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
OTP codes), ``/me``/``/inak`` GETs with JWT bearers; grove: registration in the
household register (her clan by marriage, the religion), the festival calendar, Baha dues by
UPI, the offering rota, attendance with her fix (4 decimals), the priest's days, the household's
members (the daughter's birth date and sex), a dance photo, a message to the priest about her
mother-in-law's knees, dues by household number in the path, a search, a gift for the grove's
fence, the Sohrae list (msgpack), a protobuf presence beat, a receipt by cookie, an invitation
to her sister, a household link (base64 JSON in a form field); class: the daughter's enrolment
(birth certificate, mother tongue, tribe), lessons by pupil number in the path, letters learnt,
a reading recording (audio), homework, attendance, an absence (a cough), a health note (asthma),
the fee, a workbook order, a recital consent, a pick-up authorisation for her brother-in-law,
the hall-door check-in (5 decimals), a teacher message, a meeting slot, the pupil-card photo,
notices, a search, the certificate (PDF), the address, events with a session cookie;
cooperative: member sign-up (OCI card, her mother-in-law as co-collector), an SMS code, the
family's mahua trees, a collection with her fix under them, a weighed delivery (msgpack), leaf
plates, lac, prices, a photo, the payout account (account, IFSC, UPI), payouts, a weighing
complaint, a tractor trolley, an offline sync (JSON Lines), sales by member number in the path;
screening: sign-up (OCI), the questionnaire (gzip), camp slots, booking and check-in, the urine
result by screening number in the path, a dental photo, a knee X-ray report (PDF), a protobuf
joint-pain diary, prescriptions, a message to the camp doctor, a video room, the daughter's
dental check, the filter order to her house, its payment, a candle change, sharing with her
husband, the pump's fluoride reading; fraud: sign-up (OCI, tax card), log-in with an OTP, the
complaint (the cheat's number and UPI address, her two UTRs and amounts, her account and UPI),
a screenshot and the call recording, a freeze request, bank SMSes imported (msgpack), the status
by complaint number in the path, a transaction by UTR in the query, a station slot, the refund
claim, a card block, a message to the officer, a search, sharing with her brother-in-law, a
base64 JSON preferences cookie; hand pump: sign-up (the in-laws' house), pumps near the house
(3 decimals), the report with her fix, a photo and a voice note, her reports by user ID in the
path, the pump's history, the visit and its confirmation (handover code, 4 decimals), a
contribution by UPI, a rating, an offline queue (msgpack), an offline sync (JSON Lines), a
tanker request, a message to the mechanic, a suggestion, the village followed, a receipt by
cookie; drama: sign-up, shows near home (2 decimals), tickets for three (the daughter's age), a
payment, the QR by order number in the path, a check-in at the ground (6 decimals), the
village's booking (she is the committee's secretary) and its advance by UPI, a song request,
a stage photo, a review, shared-jeep seats, a refund (the daughter's fever), a wishlist, a
base64 JSON cookie, a search. SDKs: analytics batches (gzip; positions at 2 or 3 decimals),
traits (base64 JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP
installs, events (hashed e-mail and phone) and a deep link (a URL in a JSON field carrying the
order and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash
envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent
records and checks; card tokens, confirmations and UPI payouts/collections; geocoding, reverse
geocoding (``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, check-in, slot, visit, thread, batch, repair-ticket, show,
seat and rota-line IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB
IDs and prices; the grove's point; the class hall's ID, name, phone and point, the level and
the Ol Chiki letter names learnt; the depot's ID, name, phone and point, weights and prices per
kilogram, bundles; the camp's ID and point, the filter model and litres; the police station's ID
and point, the officer's desk ID, the bank branch's IFSC, the bank's SMS sender; the pump's ID,
tag, point, its fluoride reading and the bucket stroke count, the repair team's ID, the parts;
the drama ground's ID and point, the troupe and play IDs, the bus stand.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/OTP codes, a handover code, bearer,
refresh, session and video-room tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, area, village,
block, district, PIN and country ``location.coarse``; street lines ``contact.address``;
amounts, totals, fees, dues, deposits, orders, slips and transactions ``financial.purchase``;
card data, last four digits, payment-method IDs, accounts and UPI addresses
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Sonamuni, Sunil, Phulmani with no surname or number) is not
  ``contact.name`` except where the text is about the child (absence note, refund reason); the
  child's full name always is;
- grove: ``paris`` (the clan she took at marriage, Murmu) ``personal.sensitive`` (ethnic origin)
  and not ``contact.name``; ``dhorom``, the festivals (Baha, Sohrae), the grove's ID and name
  (JWT, query, protobuf, tags, analytics), the fence fund ``personal.sensitive`` (religion);
  the household number ``id.user``; the message about her mother-in-law's knees
  ``content.text|personal.sensitive|health.medical|contact.name``; a search for the Sohrae date
  ``behavior.search`` only (it states no trait); the grove's point a negative, her fix there
  ``location.precise``;
- class: Sonamuni is a data subject: her birth-certificate number ``personal.national_id``,
  pupil number ``id.user`` (body, query, JWT ``pupils``, URL path), name, birth date, sex;
  ``matri_parsi`` (Santali) and ``hor`` (Santal) ``personal.sensitive`` (ethnic origin); her
  asthma and inhaler ``health.medical``; the reading recording ``content.media`` only (a
  recording, not a voiceprint); the letters learnt and the score unlabelled; the certificate PDF
  ``content.media`` only;
- cooperative: the member number ``id.user``; her OCI card ``personal.national_id``; the family's
  mahua trees and her fix under them ``location.precise`` (the family's trees, as set 151's
  vineyard); the weighing slip and sale totals ``financial.purchase`` (her sales, as set 151's
  excise revenue); the tractor hire ``financial.purchase``;
- screening: the screening number (body, JWT, query, URL path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart); answers, joint pain, Dean's index, the X-ray
  report and dental photo (``content.media|health.medical``), the daughter's grade
  ``health.medical``; the pump's fluoride reading a negative (the water's, not a person's); the
  filter order and deposit ``financial.purchase``; the camp doctor ``contact.*`` (typed by her);
- fraud: the complaint number ``id.user`` (her case file, as set 185's legal-aid file); the
  cheat's phone ``contact.phone`` (a number typed by her); the cheat's UPI address
  ``financial.payment`` (an account identifier, though not hers); UTRs and amounts, the refund
  and the frozen sum ``financial.purchase``; her PAN and OCI ``personal.national_id``; imported
  bank SMSes ``content.text|financial.purchase|financial.payment`` (they quote amounts, UTRs
  and her masked account); the narrative ``content.text`` only;
- hand pump: the pump's ID and tag (path, body, query) negatives; her fixes at the pump, in the
  offline queue and near the in-laws' house ``location.precise``; the in-laws' house line
  ``contact.address``; the handover code ``secret.credential`` (as set 151's intercom code);
  her user ID in the path ``id.user``; the households' count unlabelled;
- drama: the daughter's age ``personal.birthdate``; order numbers (body, path, deep link)
  ``financial.purchase``; the village's booking fee, advance and booking number
  ``financial.purchase`` (she books as secretary); the bus-stand pickup unlabelled, the town
  ``location.coarse``;
- SDKs: Horpanja's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``JH``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` (its table); set 151 whole
(``eval_families151.py`` and its ``_kit``, ``_abano``, ``_parish``, ``_dental``, ``_school``,
``_svan``, ``_qvevri``, ``_building``, ``_sdk`` and ``_svc`` modules; ``_sdk``/``_svc`` copied
with renames into this set's); ``eval_payloads.py`` whole; of the helper kits only names and
signatures: the head and ``__all__`` of ``eval_families17_kit.py`` and, through ``inspect``,
the values of its category constants, ``App``, ``ev``, ``opaque``, ``FIRST``/``LAST``/``DOB``/
``T0`` of ``eval_families20_kit``, ``EMAIL_MIXED``, ``head``, ``claims``, ``rid``, ``sdk_id``,
``at_path``, ``sdk_uid``, ``lines``, ``raw``, ``pb``, ``multipart``, ``push_token``, ``tok``,
``enc``, ``add``, ``sjwt`` (signatures and docstrings); the docstrings of every
``scripts/eval_families*.py`` module, extracted with ``ast`` into a scratch file and searched
only by grep for the candidate words above (with the surrounding sentence printed). No
classifier, rule, test, decoder, README or other set's code was read or run; DESIGN.md was not
opened (paths follow set 151's stated conventions); ``ruff check --select F`` ran on these
files; no git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families292_chapakal
import eval_families292_fluor
import eval_families292_jaher
import eval_families292_jatra
import eval_families292_olchiki
import eval_families292_sakam
import eval_families292_thog
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
    return [*eval_families292_jaher.jaherbonga(), *eval_families292_jaher.jaherbonga_sdks(),
            *eval_families292_olchiki.chatsali(), *eval_families292_olchiki.chatsali_sdks(),
            *eval_families292_sakam.sakam(), *eval_families292_sakam.sakam_sdks(),
            *eval_families292_fluor.dakbes(), *eval_families292_fluor.dakbes_sdks(),
            *eval_families292_thog.thogbanchao(), *eval_families292_thog.thogbanchao_sdks(),
            *eval_families292_chapakal.chapakal(), *eval_families292_chapakal.chapakal_sdks(),
            *eval_families292_jatra.enecjatra(), *eval_families292_jatra.enecjatra_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
