"""Two-hundred-and-first, BLIND labelled set for the classifier evaluation ("blind198"): written
without reading the classifier code, its rules, the tests, the README or the evaluation scripts,
and never run through a classifier by its author; only ``main`` (the project's decoder path
check) was run. It is to be scored once, by the lead, on the final rules (the lead registers it
in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (155 first-party calls and 73 SDK calls, 228 exchanges, 1,719
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She (the profile's Jane Doe, a US citizen with Zimbabwean permanent residence and a
Zimbabwean ID number, her US SIM roaming on network 648-04, a local number for mobile money)
lives in Hillside, Bulawayo with her Ndebele husband Mthokozisi Ncube and their son Thabani (7);
one week a month she is in Gwanda, where the Ncube family holds a small-scale gold claim she
co-holds; her parents-in-law Jabulani and Sithembile (MaNdlovu) Ncube live at the family
homestead outside Plumtree. Seven app kinds (fictional names, hosts under example.* per RFC 2606,
no real company named as sender), each with its own API whose keys are isiNdebele (Northern
Ndebele of Zimbabwe) as a local developer writes them (English kept where developers keep it:
``token``, ``id``, ``lat``/``lng``, OAuth fields, ``push_token``, ``joinToken``, ``os``) and the
SDKs it embeds:

- ``eval_families201_igolide.py`` "Igolide Lethu": the family's small-scale gold claim near
  Gwanda (pegs, holders, workers' roll, blasting permit, monthly returns, deliveries to a buying
  centre, an accident report);
- ``_mngcele.py`` "Mngcele Drive": the car's cross-border papers, regional third-party motor
  cover and the Plumtree border queue for a family drive to Francistown;
- ``_izindlu.py`` "Indlu Yethu": a Bulawayo housing co-operative (subscriptions, a stand
  allocated in Cowdray Park, its pegs, the house plan, a materials pool, an AGM vote);
- ``_umhlangano.py`` "Umhlangano": a Brethren in Christ district's Easter conference at a mission
  (tents, meals, her river baptism, the children's programme, offerings; her religion);
- ``_indlebe.py`` "Indlebe": a paediatric ENT clinic (Thabani's snoring, ear infections and
  adenotonsillectomy: the child's data);
- ``_isandla.py`` "Isandla": a hand-and-wrist clinic (her carpal tunnel release: her own health
  data);
- ``_imbube.py`` "Imbube Yethu": an a-cappella imbube group (she is secretary; members, a
  competition entry, uniforms, prize shares).

Novelty (a docstring and file-name grep of ``scripts/eval_families*.py``, no code read): "gold
claim", "small-scale", "temporary import", "vehicle permit", "motor insurance", "housing
cooperative", "stand allocation", "Brethren", "tonsil", "adenoid", "carpal", "hand surgery",
"imbube", "a cappella", "Bulawayo", "Ndebele", "Matabele", "Gwanda" and "Plumtree" matched
nothing. Neighbours made different: set 195's artisanal-diamond seller (a buying house's app;
Igolide is the claim-holder's compliance app, deliveries one part of it); border traders' and
transporter apps (Mngcele is the car's own papers and cover); set 151's residents' association
and set 158's land rates (Indlu Yethu builds new houses as a co-operative); congregations'
weekly apps and set 134's Adventist camp meeting as one feature of a church app (Umhlangano is a
conference's own app); set 194's vein clinic (a different specialty); church and
rehearsal-recording choir apps (an imbube group's competitions and prize shares). Set 108 is
also Zimbabwean (Harare, Shona keys): none of its kinds (power tokens, grinding mill, kombi,
tobacco floor, borehole levy, PrEP, early-childhood enrolment) is reused. The SDKs are ten new
vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Statsgwayi", MMP "Attribuwayo", OpenRTB 2.5 ads "Bidinsiza", crash reporting "Crashshashe") and
``_svc.py`` (flags "Flagmzingwane", push "Pushkhami", consent "Consentmangwe", payments
"Payinyathi" with cards and mobile money, maps "Mapmatobo", support chat "Helpumguza"); their
code is set 151's SDK shapes with the vendors, hosts, zone (Africa/Harare), country (ZW/ZWE,
region BU, city Bulawayo) and currency (USD) changed (a grep of ``scripts/`` found none of the
ten names). ``eval_families201_kit.py`` holds her places, people and the apps' businesses (its
docstring lists them) and computes Zimbabwean ID check letters.

isiNdebele key words (each module's docstring lists its own): ``ibizo`` first name / name,
``isibongo`` surname, ``ibizo_eliphelele`` full name, ``imeyili`` e-mail, ``ucingo`` /
``inombolo_yocingo`` phone, ``imfihlo`` (lit. "secret") and ``iphasiwedi`` password, ``ikhodi``
code, ``usuku_lokuzalwa`` birth date, ``iminyaka`` age, ``ubulili`` sex (``owesifazana`` woman,
``umfana`` boy), ``inombolo_yesitupa`` national ID number (``isitupa``: the ID card),
``iphasipoti`` passport, ``ilayisensi`` driving licence, ``ikheli`` address (``umgwaqo`` street,
``ilokitshi`` suburb, ``idolobho`` town, ``isifundazwe`` province, ``isifunda`` district),
``indoda`` husband, ``umntwana`` / ``abantwana`` child(ren), ``umzali`` parent, ``umamazala`` /
``ubabazala`` mother- / father-in-law, ``umndeni`` family, ``ubudlelwane`` relation, ``ilungu`` /
``amalungu`` member(s), ``indlalifa`` beneficiary, ``inani`` amount, ``intengo`` price,
``imali`` currency / money, ``imbadalo`` payment, ``indlela`` method, ``iakhawunti`` account,
``okwamane_okucina`` last four, ``irisidi`` receipt, ``inombolo_yomvukuzi`` miner's number,
``ikleyimu`` claim, ``izikhonkwane`` pegs, ``abasebenzi`` workers, ``umgodi`` shaft,
``amagremu`` grams, ``ukuthengisa`` sale, ``ingozi`` accident, ``imoto`` car, ``inshorensi``
cover, ``uhambo`` trip, ``abahambi`` travellers, ``umngcele`` border, ``ulayini`` queue,
``isiza`` stand, ``iminikelo`` contributions, ``izinto_zokwakha`` building materials,
``ibandla`` congregation, ``ukholo`` faith, ``ukubhabhathizwa`` baptism, ``ubufakazi``
testimony, ``umnikelo`` offering, ``isikhwama`` fund, ``umthandazo`` prayer, ``ithende`` tent,
``izingoma`` hymns, ``inombolo_yefayela`` file number, ``ishadi`` chart,
``inombolo_yemedical_aid`` medical-aid number, ``imibuzo`` questionnaire, ``ialeji`` allergy,
``imithi`` medicines, ``isisindo`` weight, ``ubude`` height, ``ukuhlinzwa`` operation,
``ukululama`` recovery, ``ukuhona`` snoring, ``isandla`` hand, ``amandla_okubamba`` grip,
``iqembu`` group, ``ilizwi`` voice part, ``umncintiswano`` competition, ``iyunifomu`` uniform,
``umklomelo`` prize, ``umlayezo`` message, ``umbhalo`` text, ``ukudinga`` search, ``isikrini``
screen, ``izehlakalo`` events, ``umsebenzisi`` user, ``idivayisi`` device, ``ulimi`` language,
``isikhathi_sendawo`` time zone, ``ukungena`` / ``ukuphuma`` log in / out, ``ukubhalisa``
register. Set 155's isiXhosa list shares a few Nguni words (``ibizo`` is not among them;
``ukholo``, ``umntwana``, ``umzali``, ``ubudlelwane``, ``umlayezo`` are).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/mina`` GETs with JWT bearers (claims in isiNdebele); gold: registration with her ID number,
the claim's pegs and holders (her husband's ID number), its permit, the workers' roll (the
foreman's ID number), a shaft inspection photo with her fix, a blasting permit, the monthly
return (gzip), a delivery with her ID and bank account, its receipt by delivery number in the
path, a protobuf shaft-head beat, an offline sync (msgpack), an accident report naming a worker,
the day's gold price, a search, a message quoting her number, the payout account (base64 JSON in
a form field), permits by miner number in the path, a receipt by cookie; car: her passport, an
SMS code, her licence photo and number, the car and owner, quotes, cover with two drivers, the
payment, the trip declaration (the three of them, Thabani's ID number), the border queue with
her fix, a protobuf queue beat, border fees (msgpack), a windscreen claim photo, an emergency
contact, the certificate by policy number in the path, a base64 JSON preferences cookie;
co-operative: joining with her husband as beneficiary, contributions by membership number in the
path, mobile money, the stand and its pegs (stand number in the path), a site photo, the house
plan (PDF), a materials order (msgpack), a vote, a transfer proof photo, a complaint, a water
connection; conference: registration, a tent plot (6 decimals), meal tickets with her
mother-in-law's diabetes, her baptism with a testimony, Thabani's children's programme (his
allergy), an offering, a prayer request for her father-in-law's stroke, bus seats, a gate
check-in (4 decimals), hymns (msgpack), a baptism photo, her record by number in the path; ENT:
Thabani registered (ID, file and medical-aid numbers), a questionnaire (gzip), a hearing-screen
PDF, booking, payment, check-in, consent signature, a protobuf recovery diary, a nurse message,
a video room, a school sick note, invoices by file number in the path, a medical-aid claim,
sharing with her husband, events with a session cookie; hand: registration, the questionnaire
(gzip), a nerve-conduction PDF, booking, deposit, check-in, a protobuf recovery entry, a wound
photo, a surgeon message, a therapy log (msgpack), a sick-leave certificate, invoices by chart
number in the path, a claim, a splint; imbube: members, a competition entry (two ID numbers),
rehearsal check-in, a recording (M4A), uniforms with measurements, subscriptions, a cash book
(msgpack), prize shares, a bus, a vote by phone, tasks by user ID in the path, a base64 JSON
context header. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64
JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP installs, events
(hashed e-mail and phone) and a deep link (a URL in a JSON field with the policy and her
e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and mobile-money payouts; geocoding, reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, delivery-line, shaft, trip, slot, booking, rehearsal, thread
and arrival IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs
and prices; the claim's registration and name, ore tonnes, gold grams and purity, the day's
price per gram, the buying centre's ID, name, phone and point, the mining office; the car's
plate, make, model, year and chassis number (no taxonomy type fits), the border post's ID and
point, the fees' items; the co-operative's ID and site office, the stand's phase, size, rooms,
materials and unit prices, the proposal ID; the mission's ID and point, the gate, the bus and
its pick-up point, the pastor's ID; the clinics' IDs, phones and points, the doctor's ID, the
theatre, the splint size, the employer and its HR mailbox, the school's name; the group's ID and
name, the competition, songs, voice parts, the hall's ID and point, the bus's route.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, suburb, district, province and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, fares, invoices, bookings, covers, deliveries
and orders ``financial.purchase``; card data, last four digits, payment-method IDs and bank
accounts ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Mthokozisi in a group chat) is not ``contact.name`` except
  where the text is about the child (Thabani's bleeding, a tent request); names with a surname
  always are;
- Zimbabwean ID numbers (hers, her husband's, Thabani's, the foreman's, the group leader's),
  her US passport and her driving licence number ``personal.national_id``; a photo of the
  licence ``content.media|personal.national_id``; the passport's country (``US``) unlabelled;
- her local number (not the profile's) is hers: ``contact.phone``, also as a mobile-money wallet
  number and spelt out in a message;
- gold: the miner's registration number ``id.user`` (body, JWT, query, path, protobuf); the
  claim's pegs and her fixes at the shaft ``location.precise`` (the family's land), the buying
  centre's point a negative; the claim's district ``location.coarse``; the monthly income and
  the delivery's total ``financial.purchase`` (her sales, as set 151's excise revenue); a
  worker's injury ``health.medical``;
- car: the trip's origin and destination towns ``location.coarse`` (where she is and will be);
  the cover number ``financial.purchase`` (body, path, deep link);
- co-operative: the membership number ``id.user``; the stand number ``contact.address`` (in
  Zimbabwe a stand number is the plot's postal address), its pegs and her fix on it
  ``location.precise``; the stand price ``financial.purchase``;
- conference: congregation, faith, baptism, testimony, hymns, the offering's fund, the
  children's Sunday-school group and push tags ``personal.sensitive`` (religion); the member
  number ``id.user``; a hymn search ``behavior.search|personal.sensitive``; a prayer request
  naming her father-in-law's stroke ``content.text|personal.sensitive|health.medical|
  contact.name``; Thabani's age ``personal.birthdate``;
- ENT and hand clinics: file and chart numbers (body, JWT, query, path, protobuf)
  ``health.medical`` (medical record numbers, as set 151's chart); medical-aid member numbers
  (hers and Thabani's dependant code) ``id.user`` (as set 37's insurance member ID); diagnosis
  codes, procedures, symptoms, medicines, allergies, pain and the sick-note reasons
  ``health.medical``; weight, height and grip strength ``health.fitness``; the consent
  signature ``content.media``; reports and wound photos ``content.media|health.medical``;
  searches about surgery ``behavior.search|health.medical``;
- imbube: members' chest and height measurements ``health.fitness``; the recording and the
  group photo ``content.media``; the group's cash book, prize and shares ``financial.purchase``
  (money she administers, as set 151's winery sales);
- SDKs: Attribuwayo's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``BU``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md's outputs section (stated honestly):
``eval_payloads.py``, ``eval_families151.py`` and all its modules (copied in structure; its
``_sdk.py``/``_svc.py`` copied with renames into this set's), and the definitions of the helpers
called (``raw``, ``multipart``, ``pb`` in ``eval_families6_kit``; ``push_token`` and the
constant names in ``eval_families17_kit``; ``sjwt`` and ``FIT`` in ``eval_families18_kit``;
``EMAIL_MIXED`` in ``eval_families19_kit``; ``App``, ``ev``, ``opaque`` in
``eval_families20_kit``; ``at_path``, ``sdk_uid`` in ``eval_families21_kit``; ``lines``,
``sdk_uuid`` in ``eval_families22_kit``; ``rid``, ``sdk_id``, ``head``, ``claims`` in
``eval_families24_kit``; ``token``/``add`` in ``eval_families10_kit``; ``enc`` in
``eval_families7_kit``; ``check_ci``/``report`` in ``eval_families8_kit``; ``listed_once`` and
``LISTED_ONCE`` in ``eval_families21.py``); module docstrings of ``scripts/eval_families*.py``
(extracted with ``ast.get_docstring`` into a scratch file, then grepped) for novelty. No
classifier, rule, test, decoder, README or evaluation script was read or run (``ruff check
--select F`` ran on these files).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families201_igolide
import eval_families201_imbube
import eval_families201_indlebe
import eval_families201_isandla
import eval_families201_izindlu
import eval_families201_mngcele
import eval_families201_umhlangano
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path is one the decoders produce (``main`` exits 0); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families201_igolide.igolide(), *eval_families201_igolide.igolide_sdks(),
            *eval_families201_mngcele.mngcele(), *eval_families201_mngcele.mngcele_sdks(),
            *eval_families201_izindlu.indluyethu(), *eval_families201_izindlu.indluyethu_sdks(),
            *eval_families201_umhlangano.umhlangano(),
            *eval_families201_umhlangano.umhlangano_sdks(),
            *eval_families201_indlebe.indlebe(), *eval_families201_indlebe.indlebe_sdks(),
            *eval_families201_isandla.isandla(), *eval_families201_isandla.isandla_sdks(),
            *eval_families201_imbube.imbube(), *eval_families201_imbube.imbube_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
