"""Two-hundred-and-eighty-fourth, BLIND labelled set for the classifier evaluation ("blind281"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end (the first run exited 0 and stated no gap; ``ruff check --select F``
then removed five unused imports, long lines were wrapped and ``main`` was run again). It is to
be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (151 first-party calls and 80 SDK calls, 231 exchanges, 1,718
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Kengis, a village outside Pajala in the Torne valley (Norrbotten,
Sweden), with her Tornedalian husband Mikael Alatalo, her US SIM roaming on a Swedish network;
their daughter Elsa (10) plays floorball in Pajala; her mother-in-law Aino Alatalo lives in
Hietaniemi (Övertorneå), where the summer meeting is held; her sister Megan is in Ohio (all
fictional). Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company
named as sender), each with its own API and the SDKs it embeds. Their keys are Meänkieli (Torne
valley Finnish) written as a local developer would: ASCII-folded (ä→a, ö→o), the words shared
with Finnish where Meänkieli uses them, the Swedish loans the valley says (``telefooni``,
``mopiili``, ``atressi``, ``korgi``, ``kvitti``, ``skoteri``, ``licenssi``, ``systeri``,
``toktori``), the Meänkieli pronoun ``mie`` for ``/mie`` (the "me" endpoint), English ``id``,
``token``, ``email`` where real APIs keep them; the words for name, phone, password, birth date,
address and place vary between the apps:

- ``eval_families284_poro.py`` "Porokirja": a concession reindeer-herding co-operative (money:
  the slaughter settlement to her account, the co-operative's fee). Keys: ``nimi``,
  ``sukunimi``, ``eposti``, ``telefooni``, ``salasana``, ``syntymapaiva``, ``henkilonumero``,
  ``atressi``, ``kyla``, ``kunta``, ``puoliso``, ``merkki`` earmark, ``porot``, ``vasat``,
  ``erotus`` round-up, ``aitaus`` corral, ``teurastus``, ``tilitys`` settlement, ``summa``,
  ``maksu``, ``pankkitili``, ``petovahinko``, ``korvaus``, ``ruokinta``, ``jakala`` lichen,
  ``panta`` collar, ``leveys``/``pituus``, ``tarkkuus``, ``viesti``, ``kuva``, ``haku``,
  ``laite``, ``kieli``, ``aikavyohyke``, ``tapahtumat``;
- ``_seurat.py`` "Seuratupa": a Laestadian prayer-house association (her religion). Keys:
  ``etunimi``, ``sukunimi``, ``puhelin``, ``salasana``, ``syntymaaika``, ``osote``,
  ``paikkakunta``, ``jasenNumero``, ``yhistys``, ``liike`` movement, ``seurat`` services,
  ``saarnaaja``, ``kolehti``, ``lahjoitus``, ``kesaseurat`` summer meeting, ``majoitus``,
  ``ateriat``, ``erityisruokavalio``, ``anteeksianto`` absolution, ``rukouspyynto``,
  ``pyhakoulu`` Sunday school, ``tervehdys``, ``kimppakyyti`` carpool;
- ``_tupa.py`` "Terveystupa": the village's unmanned health room with a video link to the
  district nurse (her own health). Keys: ``nimi``, ``sukunimi``, ``mopiili``,
  ``henkilonumero``, ``syntymapaiva``, ``atressi``, ``potilas``, ``aika``, ``ovikoodi``,
  ``mittaus``, ``verenpaine`` (``ylapaine``/``alapaine``), ``syke``, ``paino``, ``sokeri``,
  ``laakkeet``, ``taudit``, ``allergiat``, ``oireet``, ``systeri``, ``resepti``,
  ``apteekkiasiamies``, ``lahiomainen`` next of kin, ``videopuhelu``;
- ``_kelkka.py`` "Kelkkaura": the snowmobile club's trail pass, trips and river-ice safety
  check. Keys: ``etunimi``, ``sukunimi``, ``telefooni``, ``salasana``, ``syntymavuosi``,
  ``osote``, ``jasen``, ``uralupa`` trail pass, ``skoteri``, ``rekisterinumero``, ``hinta``,
  ``reitti``, ``kota`` hut, ``jaalla`` on the ice, ``jaanPaksuus``, ``paluuViimeistaan``,
  ``hatayhteys`` emergency contact, ``matka``, ``talkoot``, ``loytotavarat``;
- ``_tie.py`` "Tiekunta": the private road association (money: the road fee, a ploughing
  payout). Keys: ``nimi``, ``mopiili``, ``kiinteisto`` property designation, ``omistajat``,
  ``osuus``, ``yksikot``, ``tiemaksu``, ``lasku``, ``tilinomistaja``, ``pankkitili``,
  ``auraus``, ``hiekoitus``, ``portti``, ``koodi``, ``kokous``, ``aanestys``, ``valtakirja``
  proxy, ``silta``, ``vaurio``, ``poytakirja`` minutes, ``raskaskuljetus``;
- ``_puoti.py`` "Kyläpuoti": the unmanned village shop (door, self-scan, age check, monthly
  invoice, pharmacy-agent parcels). Keys: ``etunimi``, ``sukunimi``, ``telefooni``,
  ``syntymaaika``, ``henkilonumero``, ``atressi``, ``asiakas``, ``ovi``, ``korgi`` basket,
  ``tuote``, ``yhteensa``, ``kvitti``, ``kuukausilasku``, ``ikaraja``, ``toive``,
  ``noutopaketit``, ``noutokoodi``, ``reklamaatio``, ``talous`` household;
- ``_sahly.py`` "Sählykenttä": Elsa's floorball club (the child's data). Keys: ``huoltaja``,
  ``nimi``, ``sukunimi``, ``puhelin``, ``pelaaja``, ``syntymaaika``, ``henkilonumero``,
  ``sukupuoli`` (``tyttö``), ``licenssi``, ``joukkue``, ``treeni``, ``lasna``,
  ``poissaolot``, ``syy``, ``kyyti``, ``jasenmaksu``, ``terveyskortti``, ``astma``,
  ``allergia``, ``hatanumero``, ``pelipaidat``, ``kuvalupa``, ``kioskivuorot``.

Checked as new with a file-name and module-docstring grep of ``scripts/eval_families*``
(a script over the names and ``ast`` docstrings only): "reindeer", "earmark", "laestad",
"lestad", "health room", "virtual care", "virtual health", "self-measure", "telemonitor",
"unmanned", "village shop", "village store", "road association", "private road", "road
maint", "floorball", "bandy", "trail pass", "trail card", "snowmobile club", "skoter",
"meänkieli", "tornedal", "norrbotten", "övertorneå" matched nothing. Neighbours found and kept
apart: "snowmobile" only as freight (217, sealift) and a bear patrol's transport (217, 277);
"herd" in many sets (cattle, horses, bison, sheep, alpacas), none reindeer; "prayer house" in
set 251 (a lineage's) and camp meetings in sets 134 and 201 (a church's feature, a conference's
tents) — Seuratupa is a lay revival movement's prayer house with its stream and absolution;
"self-scan" in set 273's co-operative supermarket; "pajala" only as an Indonesian word in set
251. Dropped because the grep found them: a berry receiving point (184), a heritage-language
nest (159, 230), school buses (many), a hunting licence (15, 33), a minority-language
association (207), a sauna (80), salmon fishing (120), home care and chimney sweeps (282). The
SDKs are ten new vendors, built once and called by every app with its own events: ``_sdk.py``
(analytics "Laskuporo", MMP "Jalkiraito", OpenRTB 2.5 ads "Bidlakka", crash reporting
"Kaamoscrash") and ``_svc.py`` (flags "Flagjanka", push "Pingrevontuli", consent
"Consentkota", payments "Kruunupay", maps "Mapvaara", support chat "Helptupa"); their code is
set 151's ``_sdk.py``/``_svc.py`` copied with the vendors, hosts, zone (Europe/Stockholm),
country (SE/SWE, region BD, city Pajala), locale and currency (SEK) changed (a grep of
``scripts/`` found none of the ten names). ``eval_families284_kit.py`` holds her places, people
and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/mie`` GETs with JWT bearers; reindeer: her earmark by number in the path, the
herd list, the round-up registration with her fix at the corral (6 decimals), calves marked
(msgpack), the settlement, a slaughter notice, the payout account, a predator-loss claim with a
photo, feeding, the collars' positions, a protobuf corral beat, a message to the herd leader, a
search, fees and their payment, an offline count sync (JSON Lines), a log-out; prayer house:
registration with the movement and congregation, the service calendar, attendance with her fix (4
decimals), a listening stream, the collection, a roof donation, summer-meeting lodging for the
family (her husband's coeliac diet), meals paid, an absolution request, a prayer request for her
mother-in-law's cancer treatment, Elsa's Sunday school, a hymn search, a greeting read at the
service, a carpool, the member entry by number in the path, a receipt by cookie GET; health
room: the questionnaire (gzip), free times, a booking, the fee, the door opened with her fix (5
decimals) and a door code, blood pressure from the room's cuff (protobuf), scales and glucose
readings, home readings (msgpack), a video call, symptoms, a message to the nurse, a
prescription renewal, an ECG PDF, her next of kin, the record by personal number in the path, a
lab referral, a visit summary by cookie GET; snowmobile: the season pass bought and paid and
read by number in the path, the grooming status, a route plan (3 decimals from home), a trip
with her fix, protobuf beats, a msgpack fix queue, "on the ice" with her husband as emergency
contact, "home" (5-decimal strings), an ice report with a photo, a hut's guest book, volunteer
work, a lost item, a search, a trip summary, a message to the board, the card by cookie GET;
road: joining with the property designation, an e-mail code, the fee by member account in the
path, its payment, the ploughing payout account, a ploughing request from home (4 decimals),
gritting, the gate code, a bridge-damage report (her fix, a photo), the meeting, a vote with her
mother-in-law's proxy, the minutes (PDF), the owners list, road work, a timber-lorry permit, a
message to the board naming her husband with his phone, a base64 JSON property cookie; shop:
sign-up with her personal number, an e-mail code, the card linked (base64 JSON in a form
field), the door opened with her fix (6 decimals), a protobuf self-scan basket, the checkout,
an age check, the receipt by number in the path, the monthly invoice, opening hours, searches, a
wish naming her husband's coeliac disease, a parcel and a pharmacy-agent parcel, a complaint, a
basket sync (JSON Lines), the household; floorball: the guardian's sign-up, Elsa registered
with her personal number and sex, her licence by number in the path, the health card (gzip),
fees, training and attendance, an absence (a fever), an away-game carpool, the hall check-in (5
decimals), the jersey, photo consent, a kiosk shift with her mother-in-law, the team chat, a
search, a cup registration, a goal photo, the address, events with a session cookie. SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field),
offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone)
and a deep link (a URL in a JSON field carrying the pass and her e-mail); OpenRTB bids (GPS at 2
decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and a
bank-account payout; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and an upload.

Negatives are implicit: request, booking, session, thread, trip, basket, shift and object IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
co-operative's ID and name, the corral's ID and point, the round-up ID, the calves' colours,
the slaughterhouse, kilograms and price per kilo, the feeding amounts and cost, another
owner's earmark in the count sync, a carcass's map pin, the reindeer's GPS collars (their
positions and batteries: devices that are not hers); the prayer house's ID and point, the
summer meeting's site, service and preacher IDs; the health room's ID and point, the health
centre, the room's scales and cuff firmware, measurement IDs; the club's area, the hut's ID and
point, the trail numbers, the snowmobile's model, year and registration plate (no taxonomy type
fits; left unlabelled), ice thickness; the road's ID, her property's share and units, the
bridge's point, the gate's name, the meeting and agenda IDs, the haulier and axle load; the
shop's ID, door and point, barcodes (EAN), catalogue prices and quantities, the strong-beer age
limit, an offer ID; the sports hall's ID and point, the team, training and game IDs, other
children's licence numbers on the carpool list, the jersey size and number.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs,
push tokens ``id.device``; passwords, SMS/e-mail codes, a door code, a gate code, a parcel
pick-up code, bearer, refresh, session, stream and video tokens ``secret.credential``, JWT claims
at ``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; village,
municipality, region, post code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, prices she pays, invoices, receipts, settlements,
bookings, orders and the trail pass ``financial.purchase``; card data, last four digits,
payment-method IDs and IBANs ``financial.payment``; another person's full name, phone and
e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that
states a health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Mikael, Aino, Elsa) is not ``contact.name`` except where the
  text is about the child (her absence, her asthma note) or names a person with a surname; the
  child's full name always is; her surname alone on Elsa's jersey (``paitaan_nimi``) is;
- her Swedish personal identity number and her US passport ``personal.national_id`` (body, JWT
  ``pnr``, protobuf, URL path: the health room's patient ID is the personal number);
- reindeer: her own earmark ``id.user`` (body, JWT, query, path, protobuf, traits); the
  settlement number and the slaughter value ``financial.purchase`` (her sales, as set 132's copra
  and set 151's excise revenue); a predator-loss compensation claimed ``financial.purchase``; her
  husband's name as the calves' marker ``contact.name``;
- prayer house: the movement, the association (ID and name), services, the collection's
  service, the donation's purpose, the summer meeting, Sunday school group, the absolution and
  push tags ``personal.sensitive`` (religion); her member number ``id.user``; her husband's
  coeliac diet ``health.medical``; the prayer request about her mother-in-law's cancer
  ``content.text|personal.sensitive|health.medical`` (first name only: no ``contact.name``);
  a hymn search ``behavior.search|personal.sensitive``; the child's age at the meeting
  ``personal.birthdate``;
- health room: readings from the room's devices of HER body (blood pressure, pulse, weight,
  height, glucose, oxygen), medicines, illnesses, allergies, symptoms, the lab tests and the ECG
  reading ``health.medical``; the ECG PDF ``content.media|health.medical``; the room's door code
  ``secret.credential``; the nurse typed by her ``contact.*``;
- snowmobile: the trail pass ``financial.purchase`` (JWT, body, path, deep link); the club
  membership ``id.user``; her trail, ice and home fixes ``location.precise``, the hut a
  negative; the route's start at 3 decimals from her house ``location.precise``; the plate
  unlabelled;
- road: the property designation ``contact.address`` (it names their house's land unit, and
  her mother-in-law's typed in a proxy likewise); the member account ``id.user``; the ploughing
  payout amount ``financial.purchase``; her fixes at home and at the bridge ``location.precise``,
  the bridge a negative;
- shop: the customer number ``id.user``; the card's expiry ``financial.payment``; the basket's
  total ``financial.purchase``, item barcodes and prices negatives; a parcel's tracking number
  ``financial.purchase`` (an order); the age check's birth date ``personal.birthdate``; a search
  for gluten-free bread ``behavior.search|health.medical``;
- floorball: Elsa is a data subject: personal number ``personal.national_id``, licence number
  ``id.user`` (body, query, JWT ``pelaajat``, URL path), name, birth date, sex, asthma, inhaler,
  allergy and adrenaline pen ``health.medical``; the phone she gives as Elsa's emergency number
  ``contact.phone``; other children's licence numbers negatives;
- SDKs: Jalkiraito's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``BD``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``DESIGN.md`` were NOT opened
(ids and path notation follow set 151's stated conventions and the ids the kits define);
``eval_families151.py`` and all its modules (``_kit``, ``_abano``, ``_parish``, ``_dental``,
``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_sdk``, ``_svc``) whole, and
``eval_payloads.py`` whole; the helper kits only through the interpreter: the values of the
category constants and profile transforms of ``eval_families17_kit``, ``eval_families19_kit``
(``EMAIL_MIXED``), ``eval_families20_kit`` (``FIRST``, ``LAST``, ``DOB``, ``T0``) and
``eval_families24_kit`` (``CARD2*``), the signatures of the helpers this set calls, the sources
of ``head``, ``claims``, ``ev`` and ``App``, and the head of ``eval_families17_kit.py`` (its
docstring and re-export list); the module docstrings of all ``scripts/eval_families*.py`` only
through the grep script above (the hits' surrounding text printed for "hunting", "language
nest", "cloudberr", "pajala", "snowmobile", "moose", "school transport", "minority",
"revival", "camp meeting", "remote care", "herd", "school bus", "prayer house", "unmanned",
"self-scan"); a plain ``grep -ril`` of ``scripts/`` counted files containing the ten vendor
names and "alatalo", "kengis", "tarendo" (all zero). No classifier, rule, test, decoder or
README was read or run, and no git command was run."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families284_kelkka
import eval_families284_poro
import eval_families284_puoti
import eval_families284_sahly
import eval_families284_seurat
import eval_families284_tie
import eval_families284_tupa
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
    return [*eval_families284_poro.porokirja(), *eval_families284_poro.porokirja_sdks(),
            *eval_families284_seurat.seuratupa(), *eval_families284_seurat.seuratupa_sdks(),
            *eval_families284_tupa.terveystupa(), *eval_families284_tupa.terveystupa_sdks(),
            *eval_families284_kelkka.kelkkaura(), *eval_families284_kelkka.kelkkaura_sdks(),
            *eval_families284_tie.tiekunta(), *eval_families284_tie.tiekunta_sdks(),
            *eval_families284_puoti.kylapuoti(), *eval_families284_puoti.kylapuoti_sdks(),
            *eval_families284_sahly.sahlykentta(), *eval_families284_sahly.sahlykentta_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
