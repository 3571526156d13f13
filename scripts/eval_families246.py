"""Two-hundred-and-forty-sixth, BLIND labelled set for the classifier evaluation ("blind243"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run by the author: exit 0 at the first run (after ``ruff --fix`` had removed five
unused imports); a run piped into ``head`` died of a broken pipe; exit 0 at every later run
(after docstring and line-length edits only). It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (153 first-party calls and 77 SDK calls, 230 exchanges, 1,738
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She (the
profile's Jane Doe) lives in Matadi (Kongo Central, DR Congo) with her Congolese husband Luzolo
Mabiala, a marine-engine mechanic, and their son Nsimba (11, sixth primary class); her US SIM
roams on a Congolese network and a local SIM carries her mobile-money wallet. She works as a
tally clerk for a stevedoring firm on the quays of the port of Matadi; her husband's mother
Makiese Lusamba lives in Boma (Kalamu), where the family spends weekends; her sister Ruth is in
Houston. All fictional. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no
real company named as sender), each with its own API whose keys are Kituba (Kikongo ya leta) in
ASCII, as a Matadi developer writes them, mixed with the English words APIs keep (``token``,
``id``, ``email``, ``lat``/``lon``, ``events``) and French loans where a local developer would
use them (``adresi``, ``kartie``, ``komine``, ``karti``, ``komande``, ``polise``, ``sinistre``,
``prime``, ``licence``, ``kondje``, ``devise``, ``pansema``); each module's docstring lists its
keys:

- ``eval_families246_kisalu.py`` "Kisalu Maswa": the stevedoring firm's staff app (her work:
  ``zina_ya_ntete``, ``zina_ya_dikanda``, ``imele``, ``nsinga``, ``kinsweki``,
  ``kilumbu_ya_kubutuka``, ``nimero_ya_musali``, ``karti_ya_kuvanda``, ``adresi``, ``kartie``,
  ``mbanza``, ``nkazi``, ``ngunga``, ``mposo``, ``kisika``, ``maswa``, ``kontene``, ``kondje``,
  ``kimbevo``, ``lufutu``, ``ntalu``, ``nsapatu``, ``mpangi``, ``nsangu``, ``mambu``, ``sosa``);
- ``_biblia.py`` "Ndinga Santu": a Kituba Bible translation's community-checking app (her
  religion: ``zina``, ``imele``, ``telefone``, ``mpovo_ya_kinsweki``, ``dibundu``,
  ``kimvuka_ya_dibundu``, ``batisimu``, ``kisalu_ya_dibundu``, ``nimero_ya_mutadi``, ``ngindu``,
  ``mpovo``, ``kupona``, ``lukutakanu``, ``sambu``, ``dikabu``, ``mwana``, ``mvula``,
  ``kento_bakala``);
- ``_mputa.py`` "Mputa": a burns-and-dressings clinic (her health: ``zina_ya_tata``,
  ``dati_ya_kubutuka``, ``nkento_bakala``, ``pasipore``, ``nimero_ya_fisha``, ``mputa``,
  ``kisika_ya_nitu``, ``mpasi``, ``bilongo``, ``alerzi``, ``divumu``, ``vaksin``, ``pansema``,
  ``diboko_cm``, ``kabula``);
- ``_bisono.py`` "Bisono": the son's Scrabble club (the child's data: ``mbuti``, ``mwana``,
  ``lumbu_ya_kubutuka``, ``kento_bakala``, ``nzo_nkanda``, ``kalasi``, ``licence``, ``nsaka``,
  ``mpovo``, ``pwenti``, ``turnwa``, ``nkwenda``, ``nswa``, ``nsapi`` password, ``mvutu``);
- ``_lukengo.py`` "Lukengo": household micro-insurance with weekly premiums (money:
  ``zina_ya_mvimba``, ``polise``, ``ntalu_ya_mposo``, ``nimero_ya_mobile_money``,
  ``bantu_ya_kuzwa``, ``kinkazi``, ``sinistre``, ``lopitalu``, ``bilumbu``, ``konti``,
  ``komine``, ``nzo``);
- ``_makala.py`` "Tiya Makala": charcoal delivered by the sack (``saki``, ``komande``,
  ``kunata``, ``mbeki`` stove, ``nota`` rating, ``kuzwa`` recipient);
- ``_glase.py`` "Glase Nzadi": an ice-cream parlour in Boma (``karti``, ``pwenti``, ``gu``
  flavour, ``nkinsi`` party, ``dikabu`` gift, ``kuzwa``, ``alerzi``).

Novelty (a file-name and module-docstring grep of ``scripts/eval_families*``, case-insensitive):
"stevedor", "docker", "port worker", "tally clerk" nothing; "bible transl" only inside another
set's list of words it had found nowhere; "burn" only as sunburn, burn-out or firewood ("wound":
a diabetic foot-ulcer tracker exists, so Mputa is an acute scald's dressings); "scrabble" and
"crossword" nothing ("word game" an SDK set's host app; chess and draughts clubs exist);
"microinsur" and "home insurance" nothing (insurance exists as a feature: travel, car, medevac
cover); "charcoal" only two docstrings' keys, "charcoal deliver" nothing (cooking-gas refills
exist); "ice cream" nothing. Rejected after the grep because they existed: tontine/likelemba,
currency exchange, sports betting, sickle-cell clinic, freight forwarders and barrel shipping,
river pirogues and ferries, trade unions (teachers, farmworkers, plantations), generators, palm
toddy, funeral societies, a travel clinic. "Matadi", "Kituba", "Kikongo" matched nothing;
"Kinshasa", "Kimbangu" and "Lingala" matched sets 133 and 195 (other provinces and languages).

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Tallynsafu", MMP "Linkmaswa", OpenRTB 2.5 ads "Bidmakemba", crash
reporting "Crashnzadi") and ``_svc.py`` (flags "Flagmbika", push "Pushngoma", consent
"Consentkimvuka", payments "Paymakuta", maps "Mapmayombe", support chat "Helpmbote"); their code is
set 151's SDK modules with the vendors, hosts, zone, country, region, currency and language
changed (a grep of ``scripts/`` found none of the ten names). ``eval_families246_kit.py`` holds
her places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes
and a PIN), ``/mono`` GETs with JWT bearers (claims: worker number, reviewer number and
congregation, file number, the child's licence list, policy, loyalty card, phones); port: the
roster, the gate check-in (6 decimals), a container tally, a protobuf shift beat, an offline
tally queue (JSON Lines), a near-miss photo, overtime, a sick leave (malaria), the payslip by
worker number in the path, the salary account, protective gear sizes, the staff bus stop near her
house (3 decimals), a shift swap naming a colleague, a training PDF, the canteen card;
translation: registration with congregation, denomination, baptism and office, verse
suggestions, a recorded reading (audio), a key-term vote, a gzip glossary proposal, workshop
attendance (5 decimals), a per-diem to her account, a prayer request naming her mother-in-law's
heart illness, an offline sync (JSON Lines), msgpack notes, the son's Sunday-school class, a
tithe, a signature image, her reviewer page by number in the path, a cookie GET; burns: triage
(site, degree, area, pain, tetanus, allergies, pregnancy), burn photos, dressings booked and
paid, the check-in (5 decimals), a protobuf pain diary, medicines, a message to the nurse, wrist
exercises (gzip), a compression sleeve's arm measurements, her employer's cover, invoices by
file number in the path, sharing with her husband, a video token, reminders; Scrabble: the
child's registration, the licence fee, the drop-off (4 decimals), a msgpack game, the rating by
licence in the path, a tournament with his grandmother and his asthma, a bus seat, a trophy
photo, a message to the coach, a word check, anagrams he typed, an absence note, the shirt, a
certificate PDF; insurance: a quote, the policy with beneficiaries (husband, son), premiums by
mobile money, the history by policy number in the path, the house's position (6 decimals) and
photo, a flood claim, photos, the claim by number in the path, a hospital-cash claim (malaria,
a receipt PDF), the payout account, an agent's visit, a referral, a renewal (base64 JSON in a
form field), her resident's card scan, a base64 JSON preferences cookie; charcoal: depots near
the house (3 decimals), an order to her door (6 decimals), mobile money, a msgpack cart, a
subscription, a stove, a complaint photo, a rating, a note naming her husband; ice cream: the
card, parlours near her mother-in-law's house (3 decimals), a delivery there, the son's birthday
club and party, the check-in (5 decimals), a protobuf card scan, her lactose intolerance, a gift
card for her sister, the parlour's Wi-Fi, the receipt by order number in the path. SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field),
offline queues (JSON Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail
and phone) and deep links (URLs in a JSON field carrying a claim number and her phone); OpenRTB
bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON header); push subscribers; consent records and checks; card
tokens, confirmations and a mobile-money payout; geocoding, reverse geocoding (``lat,lon`` in
the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, check-in, slot, appointment, thread, game, note, line and
reference IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the port's quay, gate and their points, the ship's name, IMO number and voyage, container
and seal numbers, weights, the crane; the church's ID and point, verse and draft IDs, Greek words
and the project's glossary entries; the clinic's ID, phone and point, the box, the doctor's ID;
the club's ID and point, other children's licences, scores, the dictionary; the agency's ID and
point, the agent's ID, the house's build (bricks, rooms); the depot's ID, point and price list,
the rider's ID and last position (not hers); the parlour's ID and point, the menu, litres and
cones; the Houston and Congolese catalogue prices.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses, roaming and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK
and install IDs, push tokens ``id.device``; passwords, SMS codes, a PIN, bearer, refresh, session
and video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar
lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC (the SIM's
and the visited network's) and carrier ``location.carrier``; quarter, commune, town, province
and country ``location.coarse``; street lines ``contact.address``; amounts, totals, fees,
premiums, orders, policies and claims ``financial.purchase``; card data, last four digits,
payment-method IDs and bank accounts ``financial.payment``; another person's full name, phone,
e-mail and address typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Nsimba, Luzolo, Makiese, Didier, Odette, Ruth) is not
  ``contact.name`` except where the text is about the child (absence note) or names a person with
  a surname or number, as set 151; the child's full name always is;
- her Congolese SIM's number (sign-ups, mobile-money wallet fields, JWT) ``contact.phone``: it is
  her phone number whatever the field; the wallet provider's name unlabelled;
- port: the worker number (body, JWT, query, path, protobuf, badge) ``id.user``; her resident's
  card ``personal.national_id``; her job title unlabelled (no type); salary figures are not
  sent, the salary account ``financial.payment``; shoe and vest sizes ``health.fitness`` (body
  measurements); the sick-leave reason and text ``health.medical``; her fix at the gate
  ``location.precise`` (the gate's point a negative); the bus-stop query at 3 decimals around
  her house ``location.precise``;
- translation: congregation ID and name, denomination, baptism date, church office, a tithe's
  kind, the Sunday-school class, push tags and the flag ``dibundu`` ``personal.sensitive``
  (religion); her verse suggestions and notes ``content.text`` only (scripture wording, not a
  statement about her), but texts saying "in our church" or announcing a church meeting
  ``content.text|personal.sensitive``; the audio reading ``content.media`` (a recording, not a
  voiceprint); the reviewer number ``id.user``; the per-diem amount unlabelled (money she
  receives is not a purchase), the account ``financial.payment``; the languages she reads
  unlabelled;
- burns: the file number (body, JWT, query, path, protobuf) ``health.medical`` (as set 151's
  chart); site, degree, area, pain, itching, tetanus status, allergies, pregnancy (``False``),
  dressings, exercises' degrees ``health.medical``; the arm's circumferences for the sleeve
  ``health.fitness``; the burn photos ``content.media|health.medical``; the employer's cover
  entry carries her worker number ``id.user``; the search about itching
  ``behavior.search|health.medical``;
- Scrabble: Nsimba is a data subject: his licence (body, query, JWT ``bana``, path) ``id.user``,
  name, birth date, sex, age; the words he played and his anagram answers ``content.text``; the
  asthma line ``content.text|health.medical``; the travel consent flag unlabelled; the shirt size
  ("12 ans") unlabelled;
- insurance: the policy and claim numbers (body, JWT, path, deep link, events) and premiums,
  insured value and damage estimate ``financial.purchase``; beneficiaries' names, phone and the
  son's birth date ``contact.*`` / ``personal.birthdate``; the malaria stay ``health.medical``;
  the resident's-card scan ``content.media|personal.national_id``; the house's fix
  ``location.precise`` (her home);
- charcoal and ice cream: the parlour's Wi-Fi she joins ``location.wifi`` and its LAN address
  ``device.info``; the loyalty card ``id.user``; her mother-in-law's address typed as the
  delivery address (and geocoded) ``contact.address``; the diabetes line
  ``content.text|health.medical``; "Nsimba, mvula 12" ``content.text|personal.birthdate``;
  lactose ``health.medical``; positions near her mother-in-law's house at 3 decimals
  ``location.precise`` (her phone there); the rider's position a negative;
- SDKs: Linkmaswa's ``country`` ``location.coarse``, ``roaming`` ``device.info``,
  ``visited_plmn`` ``location.carrier``; OpenRTB geo country (``COD``), region (``BC``) and city
  ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3 or more
  ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and the report.json section of
``DESIGN.md``; ``eval_families151.py`` and all its modules whole (``_kit``, ``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_sdk``, ``_svc``;
``_sdk``/``_svc`` copied with renames into this set's); ``eval_payloads.py`` whole; in the helper
kits only definitions and signatures: ``App``, ``ev``, ``opaque``, ``FIRST``/``LAST``/
``DOB``/``T0`` (set 20's kit), ``head``, ``claims``, ``rid``, ``sdk_id``, ``CARD2``,
``WEBVIEW_UA`` (24), ``at_path``, ``sdk_uid`` (21's kit), ``lines``, ``sdk_uuid`` (22), ``raw``,
``multipart``, ``pb`` (6), ``enc`` (7), ``add`` (10), ``sjwt`` (18), ``EMAIL_MIXED`` (19),
``check_ci`` and ``report`` (8), ``listed_once`` and ``LISTED_ONCE`` (``eval_families21.py``),
the module docstring, imports and ``__all__`` of ``eval_families17_kit.py`` and lines 125-141 of
it, and the constant lines defining its phone, e-mail, category and JPEG names in the earlier
kits (a scripted grep also printed a few neighbouring definitions: ``points``, ``token`` (10),
``pos``, ``latlng``, ``play_token`` (20), ``channel`` (21), ``others`` (24), ``band_gains``,
``peaks`` (18)). For novelty, the module docstrings of all
``scripts/eval_families*.py`` were extracted to a scratch file and grepped for the words above
(matching lines read, not the modules), and ``scripts/`` was grepped for the ten SDK names (file
counts only). No classifier, rule, test, decoder or other set's data was read or run;
``ruff check --select F --fix`` ran on these files (it removed five unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families246_biblia
import eval_families246_bisono
import eval_families246_glase
import eval_families246_kisalu
import eval_families246_lukengo
import eval_families246_makala
import eval_families246_mputa
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
    return [*eval_families246_kisalu.kisalu(), *eval_families246_kisalu.kisalu_sdks(),
            *eval_families246_biblia.ndinga_santu(), *eval_families246_biblia.ndinga_santu_sdks(),
            *eval_families246_mputa.mputa(), *eval_families246_mputa.mputa_sdks(),
            *eval_families246_bisono.bisono(), *eval_families246_bisono.bisono_sdks(),
            *eval_families246_lukengo.lukengo(), *eval_families246_lukengo.lukengo_sdks(),
            *eval_families246_makala.makala(), *eval_families246_makala.makala_sdks(),
            *eval_families246_glase.glase(), *eval_families246_glase.glase_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
