"""Two-hundred-and-sixtieth, BLIND labelled set for the classifier evaluation ("blind257"): written
without reading the classifier code, its rules, the tests, the README or the analysis package,
and never run through a classifier by its author; only ``main`` (the project's decoder path
check) was run, several times while writing (the one stop it made, on two protobuf fixes sent
under the same field number in the set's own code, was fixed). It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (153 first-party calls and 79 SDK calls, 232 exchanges, 1,740
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the profile's
values (``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She lives
in Lübbenau/Spreewald (Lubnjow) in Lower Lusatia, Brandenburg, with her husband Mato Noack, a Lower
Sorbian (Wendish) Spreewald man, her US SIM roaming on a German network; their son Kito (11) rides
for a youth track-cycling club at the Cottbus velodrome; Mato's grandmother Hanža Noack (86) lives
in Lehde; her mother Linda Doe lives in Giddings, Texas, where Jane's own Wendish forebears settled
in 1854. All are fictional. Seven app kinds (fictional names, hosts under example.com/.net/.org per
RFC 2606, no real company named as sender), each with its own API whose keys are Lower Sorbian as a
local developer writes them (ASCII-folded: ł l, ś/š s, ź/ž z, ě e, ó o; mixed with the English words
APIs keep: ``email``, ``token``, ``id``, ``iban``, ``grant_type``...) and the SDKs it embeds:
- a Spreewald punt-tour and berth app ``eval_families260_coln.py`` ("Colnik": ``psedme`` first
  name, ``familijowe_me`` surname, ``mobilny``, ``gronidlo`` password, ``datum_narozenja``,
  ``adresa``/``droga``/``postowa_licba``/``mesto``, ``rezerwacija``, ``jezba`` tour,
  ``wosoby``, ``cena``, ``suma``, ``plasenje``, ``sledne_styri`` last four, ``syrina``/
  ``dlujkosc``, ``mestno``, ``psistaw`` harbour, ``coln`` punt, ``mandzelski`` husband,
  ``wobsedar`` owner, ``pogodnosenje`` rating, ``komentar``, ``pytanje`` search, ``powesc``
  message, ``dostawar`` recipient, ``korta`` card, ``grat`` device, ``rec`` language,
  ``casowa_cona``, ``tsojenja`` events);
- a gherkin cannery's shop and club ``_korki.py`` ("Korkarnja", camelCase: ``familijoweMe``,
  ``telefon``, ``narodnyZen`` birthday, ``klubowaKorta``, ``plc`` post code, ``skazanka`` order,
  ``pozicije``, ``sklenca`` jar, ``dogromady`` total, ``wotwzese`` collection, ``posylka``,
  ``dostawarka``, ``recept``, ``hodnosenje``, ``slowo`` search word, ``zniwowyZen`` harvest day,
  ``leta`` years, ``punkty``, ``bilety``);
- a family doctor's practice ``_praksa.py`` ("Praksa": her health: ``pacient``, ``rod`` sex,
  ``zawescenje`` insurance, ``zawescenski_numer``, ``termin``, ``psicyna`` reason, ``bolosc``
  pain, ``lekarstwa`` medicines, ``alergije``, ``samodruga`` pregnant, ``zaszczepjenje``
  vaccination, ``recept``, ``lekarnja``, ``njezmoznosc`` sick note, ``diagnoza``, ``wusledki``
  results, ``syn`` son, ``ksejny_tlok`` blood pressure, ``podpismo`` signature,
  ``psizwolenje`` consent);
- a citizens' energy cooperative ``_drustwo.py`` ("Swetlo": money: ``clonski_numer``
  membership number, ``clonkojstwo``, ``podzele`` shares, ``dankowy_id`` tax ID, ``kraj``,
  ``wobsedar_konta`` holder, ``dywidenda``, ``wuwzese`` exemption order, ``cyrkwinski_dank``
  church tax, ``zgromadzizna`` general meeting, ``zastupnik`` proxy, ``glosowanje`` vote,
  ``tarif``, ``licak`` meter, ``stav`` reading, ``wotplacenje`` instalment, ``sused``
  neighbour, ``zastojnica`` guardian);
- a Wendish descendants' society with a Lower Sorbian evening class ``_korjenje.py``
  ("Korjenje": her ethnic origin: ``clonk`` member, ``pochad`` descent, ``narodnosc``,
  ``se_cujom`` "I feel", ``kurs``, ``swojbny_bom`` family tree, ``psedownicy`` ancestors,
  ``pokolenje``, ``wupucowanje`` emigration, ``wjas`` village, ``cyrkwine_knigly`` church
  books, ``skan``, ``drasta`` costume, ``mery`` measurements, ``lektorka`` teacher, ``dar``
  donation, ``slowka`` vocabulary);
- Kito's youth track-cycling club ``_kolaso.py`` ("Kolasko": the child's data, camelCase:
  ``jezdar`` rider, ``jezdarskiNumer``, ``licenca``, ``narodnyDatum``, ``rod`` (``golc`` boy),
  ``starsej`` parents, ``atest`` certificate, ``strowje`` health, ``nuzowyKontakt``,
  ``wusokosc``/``woga`` height/weight, ``trening``, ``bana`` track, ``psijezd`` arrival,
  ``psinosk`` fee, ``zawod`` race, ``startne`` entry fee, ``trenar`` coach);
- the biosphere reserve's volunteers and ranger walks ``_zwerjeta.py`` ("Zwerjeta":
  ``wolontarka`` volunteer, ``wolontarski_numer``, ``nuzowy_kontakt``, ``kuri`` walk,
  ``dorosli``/``zise`` adults/child, ``bocany`` storks, ``gnezdo`` nest, ``mlode`` young,
  ``wudra`` otter, ``sled`` sign, ``dokradnosc`` accuracy, ``goziny`` hours, ``nadawk`` task,
  ``skoda`` damage, ``mlody_ranger`` junior ranger).
The vocabulary differs from set 210's Upper Sorbian keys (mjeno, swojbne_mjeno, heslo, clon...):
Lower Sorbian ``psedme``, ``familijowe_me``, ``gronidlo``, ``clonk``, ``mesto``, ``licba``. The
seven kinds are new by a file-name and module-docstring grep of ``scripts/eval_families*`` (run with
a small ``ast`` script): "spreewald", "punting", "punt boat", "gherkin", "pickle", "general practi",
"borreli", "energy co", "velodrome", "track cycling", "biosphere", "wendish", "heritage society"
matched nothing; "kahn" matched only set 204 (not a punt), "tick bite" only set 248, "nature
reserve" only 202, "family doctor" 155/159/205, "wind farm" 189 (a landowner's lease app, not a
members' cooperative), "canoe"/"kayak" many (rentals and paddling; Colnik is a ferryman's tour and a
berth), "genealog"/"language course" several (144 a Maltese course for residence, 212 a Sephardic
nationality file; Korjenje is a descendants' society), "sorbian" only set 210 (Upper Lusatia: a tax
association, Easter eggs, Easter riders, resettlement, a houseboat, balcony solar, a
mother-and-child cure; none of these kinds is reused). The SDKs are ten new vendors, built once and
called by every app with its own events: ``_sdk.py`` (analytics "Cyslowak", MMP "Zwezowak", OpenRTB
2.5 ads "Bidkorka", crash reporting "Zlamkar") and ``_svc.py`` (flags "Psesaltar", push "Powescak",
consent "Dowolnik", payments "Plasik", maps "Blotomap", support chat "Rozgronko"); their code is set
151's SDK shapes with vendors, hosts, zone (Europe/Berlin), country (DE/DEU, region BB, IP city
Cottbus) and currency (EUR) changed, and the mobile-money call replaced by a SEPA payout (a ``grep
-ril`` of ``scripts/`` found none of the ten names nor the seven app names).
``eval_families260_kit.py`` holds her places, people and the apps' businesses (its docstring lists
them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/me``-style GETs with JWT bearers, refreshes and log-outs; punts: tours near her
house (3 decimals), a tour for six, its payment, the landing-stage check-in (6 decimals), a
protobuf tour beat, a picnic basket (msgpack), a berth for the family punt and its SEPA mandate,
points by cookie, a review, a search, a gift voucher for her mother, the receipt by booking number
in the path, the family card (base64 JSON in a form field), a lost item (multipart photo), a
complaint, water levels; gherkins: club sign-up, the catalogue, an order, its payment, collection
with her fix (5 decimals), jars shipped to Texas, the pickers' day with Kito, a recipe photo, a
review, a search, history (gzip), a base64 JSON cart cookie, the order in the path, points, festival
tickets, the till's card scans (JSON Lines); practice: registration with her insurance number,
an SMS code, slots, the tick-bite appointment, the ring's photo, a questionnaire (gzip), a
check-in, e-prescriptions, a repeat prescription, a sick note, lab results by patient number in
the path, a video room, a message to her doctor, Kito's check-up, the vaccination card, a
self-pay test, documents by cookie, a consent, home blood pressure (msgpack); cooperative:
membership (tax ID, shares, IBAN), her residence permit photographed, the SEPA mandate, shares,
the dividend by membership number in the path, a share for Kito (his tax ID), the joint exemption
order, the general meeting and its vote, the tariff for their house, a meter reading photo, a
park visit, a message quoting her IBAN, cookies (one base64 JSON), the signed declaration PDF, a
neighbour recommended, the park's output; society: joining with her descent, the course, its
payment, attendance (6 decimals), the family tree (gzip), a church-book request, a hymnal scan,
costume hire, ball tickets, a teacher message, a search, the member card in the path, a donation,
the identity survey, vocabulary results (JSON Lines), a session cookie; cycling: her parent
account, Kito's rider record, his sports-medical certificate (PDF), his health form (gzip), his
measurements, the plan, a track slot, the drop-off (5 decimals), a protobuf training record
(pulse, power), the fee by SEPA, a kit order, a race entry, a carpool offer, photo consent, a
coach message, results by rider number in the path, a team photo, events with a session cookie;
reserve: volunteer sign-up, walks, a walk booked and paid, a stork count (her fix beside the
nest), an otter slide photo, an offline sighting queue (JSON Lines), hours (msgpack), a broken
boardwalk (4 decimals), a search, a protobuf transect, the certificate by volunteer ID in the
path, accident insurance, Kito as a junior ranger, news by cookie, the water level. SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field),
offline queues (JSON Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and
phone) and a deep link (a URL in a JSON field carrying her e-mail); OpenRTB bids (GPS at 2 or 3
decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON
header); push subscribers; consent records (a signed receipt cookie) and checks (base64 JSON
cookie); card tokens, confirmations and a SEPA payout; geocoding, reverse geocoding (``lat,lon``
in the path), routes and telemetry; support messages (identity JWT in a field) and uploads.

Negatives are implicit: request, check-in, slot, appointment, session, tour, transect, bon and
object IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the harbour's ID, name, phone and point, the channel's name; the shop's ID, phone and
point, product IDs and catalogue prices, T-shirt sizes; the practice's ID and point, the
pharmacy and hospital names, the home cuff's name; the cooperative's ID, the solar park's point
and output, the family punt's registration and their electricity meter's number and reading (no
taxonomy type fits; left unlabelled), agenda items of the vote; the society's house and its
point, course, table and fund IDs, the emigrant ship and its destination; the velodrome's ID and
point, the kit's sizes and prices, the age class ``U13``; the ranger station's ID and point, the
stork nest's ID and point, species, counts, the gauge.

Conventions kept from sets 20-37 (as 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, district, region, post code and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, fares, prices paid, bookings and orders
``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone, e-mail and address typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Kito, Mato, Hanža, Mila when no surname) is not
  ``contact.name``; full names always are, the child's included;
- punts: the family card ``id.user``; the remark that her husband's grandmother uses a walker
  since hip surgery ``content.text|health.medical`` (not ``personal.sensitive``: a temporary
  mobility aid after surgery, not a stated disability); her mother's phone ``contact.phone``;
- gherkins: the club card ``id.user``; her mother's one-line US address ``contact.address``
  (country ``US`` unlabelled beside it); Kito's age ``personal.birthdate``; his wasp allergy in
  a note ``content.text|health.medical``;
- practice: her patient number (body, JWT ``pacient``, query, URL path) and both insurance
  numbers ``health.medical`` (a medical record / member number, as sets 37 and 151); the
  insurer's name unlabelled; symptoms, dates of the bite and vaccinations, the ICD code, the
  self-pay test's name, blood-pressure readings ``health.medical``; photos of the ring and the
  vaccination card and the sick-note PDF ``content.media|health.medical``;
- cooperative: tax IDs (hers, Mato's, Kito's) and her residence permit number
  ``personal.national_id``; the church-tax status ``ev`` ``personal.sensitive`` (religion); the
  exemption order's allowance amount unlabelled (not a purchase); the general meeting's agenda
  votes unlabelled (a business vote, not a political opinion); shares bought ``financial.purchase``;
  the residence permit's photo ``content.media`` only;
- society: her stated Wendish descent (sign-up, family tree, survey, a push tag) and texts that
  say it ``personal.sensitive``; her Sorbian level, the course and the donation fund unlabelled;
  ancestors (deceased 1810s) named ``contact.name`` with their birth dates
  ``personal.birthdate`` (as 151 names the departed), their village unlabelled (not her place);
  her costume measurements ``health.fitness``;
- cycling: Kito is a data subject: rider number (body, query, JWT ``jezdarje``, URL path,
  protobuf) and racing licence ``id.user``; name, birth date, sex; his certificate's finding and
  PDF, allergy, medicines and a cold ``health.medical``; height, weight, inseam, pulse and power
  ``health.fitness``; the carpool's starting town ``location.coarse``;
- reserve: her fixes at the nest, the otter slide, the boardwalk and the transect
  ``location.precise`` (the nest's and station's points negatives); the volunteer ID ``id.user``;
- SDKs: Zwezowak's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``BB``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md``; the report.json section of
``/work/shared/DESIGN.md`` (lines 100-140); ``eval_families151.py`` and all its modules whole
(``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``,
``_kit``, ``_sdk``, ``_svc``; the last two copied with renames into this set's ``_sdk.py`` and
``_svc.py``); ``eval_payloads.py`` whole; definitions and signatures only, by grep and short
``sed`` ranges, in ``eval_families6_kit`` (``raw``, ``multipart``, ``pb``), ``_7_kit``
(``enc``), ``_8_kit`` (``report``), ``_10_kit`` (``add``, ``token``), ``_11_kit``/``_15_kit``/
``_16_kit`` (phone, e-mail and MCC/MNC constants), ``_17_kit`` (its import list, constants,
``__all__``, ``push_token``), ``_18_kit`` (``sjwt``), ``_19_kit`` (constants), ``_20_kit``
(``App``, ``ev``, ``opaque``, profile constants), ``_21_kit`` (``at_path``, ``sdk_uid``),
``_22_kit`` (``lines``, ``sdk_uuid``), ``_24_kit`` (``rid``, ``sdk_id``, ``head``, ``claims``,
constants) and the first lines of ``eval_families21.listed_once``; module docstrings of all
``scripts/eval_families*`` files through the keyword grep, and the opening 220-300 characters
of the docstrings of set 210's modules and of ``eval_families32_donor``, ``48_donor``,
``80_donor``, ``175_rakta``, ``189_bi``, ``244``, ``227_jedla``, ``144_lingwa``, ``13_gene``
and ``212_raizes`` (to tell their kinds apart); ``grep -ril`` of ``scripts/`` for the new
names. No classifier, rule, test, decoder, README or anything under ``analysis/`` or
``addons/`` was opened or run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families260_coln
import eval_families260_drustwo
import eval_families260_kolaso
import eval_families260_korjenje
import eval_families260_korki
import eval_families260_praksa
import eval_families260_zwerjeta
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the runs of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families260_coln.colnik(), *eval_families260_coln.colnik_sdks(),
            *eval_families260_korki.korkarnja(), *eval_families260_korki.korkarnja_sdks(),
            *eval_families260_praksa.praksa(), *eval_families260_praksa.praksa_sdks(),
            *eval_families260_drustwo.swetlo(), *eval_families260_drustwo.swetlo_sdks(),
            *eval_families260_korjenje.korjenje(), *eval_families260_korjenje.korjenje_sdks(),
            *eval_families260_kolaso.kolasko(), *eval_families260_kolaso.kolasko_sdks(),
            *eval_families260_zwerjeta.zwerjeta(), *eval_families260_zwerjeta.zwerjeta_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
