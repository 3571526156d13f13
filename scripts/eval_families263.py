"""Two-hundred-and-sixty-third, BLIND labelled set for the classifier evaluation ("blind260"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check)
was run at the end (``ruff check --select F --fix`` first removed unused imports; ``main``
exited 0 on its first run, no decoder gap found, and again after long lines were wrapped). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (152 first-party calls and 78 SDK calls, 230 exchanges, 1,806
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes.

Who she is: the profile's person, an American living in Chioggia (Veneto, Italy; country IT,
euros, zone Europe/Rome, +39 numbers), her US SIM roaming on an Italian network. Her (fictional)
family: her Chioggian husband Marco Boscolo; their son Nicolò (10), who rows in a children's
Venetian-rowing school; her mother-in-law Graziella Tiozzo in the old town; her sister Laura Doe
in Ohio. She commutes by bus to an office in Mestre (a freight forwarder) and rides the last
stretch from the station. Her Italian tax code (codice fiscale) and residence card as an EU
citizen's spouse are ``personal.national_id``. ``eval_families263_kit.py`` holds her places,
people and the apps' businesses (its docstring lists them).

The seven apps (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Venetian as a Chioggia or Mestre developer writes
them, ASCII-folded (no ``ł``, no accents in keys), mixed with the English words real APIs keep
(``email``, ``token``, ``id``, ``refresh_token``, ``ssid``, ``iban``, ``pin``, ``privacy``) and
Italian loans where local developers keep them (``codese_fiscal`` for codice fiscale, ``cap``,
``comun``, ``tipo``, ``motivo``):
- ``eval_families263_sabia.py`` "Sabiadoro": the sand-therapy cure (``sabiature``) at a
  Sottomarina beach centre on a GP's referral: HER HEALTH (knee arthrosis, low back pain, her
  varicose veins, blood pressure, medicines, a nickel allergy, an ECG, a pain diary, her pulse in
  the session beat) and the medical-expense export for her tax return;
- ``_boni.py`` "Bonmagnar": the electronic meal-voucher card (``buoni pasto``) her employer tops
  up: HER MONEY (the card number, its token, a device token for a phone wallet, the PIN, lunches
  paid by QR and NFC, a grocery order paid with vouchers, a split with a colleague);
- ``_libaro.py`` "Pensier Libaro": a humanist (atheist and agnostic) association's members' app:
  HER BELIEFS (``convinsion`` ``atea``, a de-baptism request to her childhood parish, the opt-out
  of Catholic religion class for her son, a petition on crucifixes in classrooms, a secular
  funeral wish) and her living will (health choices);
- ``_voga.py`` "Vogafioi": the children's Venetian-rowing school's parent app: THE CHILD'S DATA
  (Nicolò's name, birth date, sex, tax code, federation card, medical certificate, asthma and
  pollen allergy, weight and height, absences, pick-ups);
- ``_cavana.py`` "Cavanin": a boatyard's haul-out and winter storage for the family's lagoon boat
  (a ``topa``);
- ``_balestra.py`` "Balestrin": a historical palio's crossbow company (range slots, practice,
  scores, costume measurements, the parade, the tavern shift, the company dinner);
- ``_bici.py`` "Bicistasion": the guarded, badge-opened bike park at Mestre station (the yearly
  pass, the bike, doors opened with her fix, access logs, a theft report).

Venetian key words used (meaning): ``nome`` / ``cognome`` name / surname, ``celulare`` /
``telefono`` mobile / phone, ``ciave`` password (lit. "key"), ``data_de_nassita`` birth date,
``sesso`` sex (``dona`` woman, ``putelo`` boy), ``codese_fiscal`` tax code, ``indirisso`` street
line, ``comun`` town, ``cap`` post code, ``mario`` husband, ``fio`` / ``fioi`` son / children,
``nona`` grandmother, ``fameja`` family, ``medego`` doctor, ``cartela`` patient card,
``inpegnativa`` referral, ``diagnosi``, ``malatie`` / ``malatia`` illness, ``medexine``
medicines, ``alergie``, ``pression`` blood pressure, ``gravidansa`` pregnancy, ``dolor`` pain,
``zenocio`` knee, ``schena`` back, ``peso`` / ``altessa`` weight / height, ``mixure``
measurements (``peto``, ``vita``, ``fianchi``, ``scarpe``), ``inporto`` amount, ``pagamento``
payment, ``caparra`` deposit, ``quota`` fee, ``totale``, ``presio`` price, ``prenotasion``
booking, ``ricevuda`` receipt, ``fature`` invoices, ``numaro_carta`` card number,
``ultime_quatro`` last four, ``intestatario`` account holder, ``boni`` vouchers, ``saldo``
balance, ``movimenti`` transactions, ``esercente`` merchant, ``matricola`` employee number,
``tesara`` membership card, ``abonamento`` pass, ``convinsion`` conviction, ``batizo`` baptism,
``parochia`` parish, ``sbatezo`` de-baptism, ``fiducia`` trustee, ``volonta`` wishes, ``sielta``
choice, ``petision``, ``sircolo`` circle, ``posission`` position, ``zorno`` day, ``mexe`` month,
``setimana`` week, ``mesajo`` message, ``testo`` / ``nota`` text / note, ``serca`` search,
``visin`` near, ``aparecio`` device, ``lengua`` language, ``fuxo_orario`` time zone,
``doparador`` user, ``eventi`` events, ``schermo`` screen, ``barca`` boat, ``targa``
registration, ``alaggio`` / ``varo`` haul-out / launch, ``rimesajo`` storage, ``cancel`` gate,
``telajo`` frame, ``porta`` door, ``stalo`` rack, ``entrada`` / ``uscia`` in / out, ``coa``
queue, ``spedision`` delivery.

New kinds (checked by extracting the module docstrings of every ``scripts/eval_families*.py``
with ``ast`` into a scratch file and grepping it, and grepping the file names): "sand therap",
"psammo", "sabbiat", "osteoarth", "chioggia", "venet", "venezia", "sottomarina", "meal voucher",
"meal card", "buoni", "ticket restaurant", "benefit card", "humanist", "atheis", "secular",
"de-baptis", "apostas", "living will", "advance directive", "rowing school", "rowing club",
"voga", "boatyard", "boat yard", "haul-out", "winter storage", "antifoul", "crossbow", "palio",
"reenact", "pageant", "bike park" (one hit: a mountain-bike word list), "bicycle storage", "bike
locker", "velostazione" matched no app. Neighbours made different: set 151's sulphur baths and
other spa/thermal kinds are a bathhouse, Sabiadoro a prescribed sand cure on a beach; set 144's
anticoagulation clinic and the rheumatology/gout logs are other conditions; savings clubs,
wallets and loyalty cards exist, no employer's meal-voucher card; political parties (sets 221 and
another), a trade union and a petition app (set 13) and many parishes exist, no atheist or
humanist association; set 227 has a children's Optimist sailing school and set 149 a rowing-boat
hire, Vogafioi is a standing-rowing school; set 154 has a mooring association and other sets an
outboard workshop and a boat builder, Cavanin is a haul-out and storage yard; set 238 has
medieval towers and some sets processions with costume sizes, none a crossbow company; bike
shares and an e-bike lease exist, no guarded station bike park. Ten new SDK vendors, built once
and called by every app with its own events: ``_sdk.py`` (analytics "Metricicheti", MMP
"Trackforcola", OpenRTB 2.5 ads "Bidbigoli", crash reporting "Crashcaigo") and ``_svc.py``
(flags "Flagspriss", push "Pingcampanon", consent "Consentbricola", payments "Coinzechin", maps
"Mapbarena", support chat "Helpfritola"); their code is set 151's ``_sdk.py``/``_svc.py`` with
the vendors, hosts, function prefixes, zone, country (IT; OpenRTB ``ITA``, region ``34``),
locale and currency changed (a ``grep -rli`` of ``scripts/`` found none of the ten names).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes, a
card PIN), ``/mi``-style GETs with JWT bearers (claims ``cartela``, ``matricola``, ``carta``,
``tesara``, ``sircolo``, ``fioi``, ``cliente``, ``abonamento``), refresh tokens at log-out; sand
cure: the referral PDF (its NRE number, diagnosis, exemption code), the questionnaire (gzip), an
ECG PDF, the schedule, the twelve-session cycle booked, the co-payment, the check-in at the pits
with her fix, a protobuf session beat (her pulse, her fix), a pain diary (msgpack), a message to
the centre's doctor, an umbrella, a search, the centre's Wi-Fi, the receipt by booking number in
the path, the medical-expense export (her tax code), her husband as a delegate, a base64 JSON
preferences cookie; vouchers: activation (card number, tax code, employee number), the PIN, the
balance (masked card), transactions by the card's token in the path, a QR payment at a bar with
her fix (4 decimals), merchants near her office (3 decimals), a search, a favourite, a NFC tap
(protobuf), an offline payment queue (msgpack), a card block, a replacement card's delivery, a
grocery order, a split with a colleague, a wallet token (device PAN and expiry), a message;
humanist: joining, the fee, the de-baptism request and its signed letter (PDF), the living will
(gzip), the son's opt-out of religion class, events near her (2 decimals), seats at a talk, the
check-in (5 decimals), a petition signed (its slug in the URL path), a donation, a forum post, a
photo, a search, her funeral wishes, the card by number in the path, a base64 JSON cookie of
topics; rowing: the parent, the son's enrolment, his sports certificate (PDF), his health form
(gzip), the calendar, attendance by his federation card in the path, an absence note, a pick-up
authorisation for his grandmother, the pontoon check-in, the fee, a regatta entry, the car-pool
(msgpack), a photo, a message to the coach, the kit order, photo consent, emergency contacts, a
search, events with a session cookie; boatyard: sign-up (tax code), an SMS code, the boat (owner:
her husband), the haul-out, the storage contract (a signature image), jobs (msgpack), a deposit,
a SEPA mandate (her IBAN), hull photos, her arrival with her fix, the gate code, the yard's
Wi-Fi, a sensor sync (protobuf), a checklist (JSON Lines), the launch, fuel, invoices by client
number in the path, a message quoting her husband's name and number, an invoice by cookie GET;
crossbow: joining, costume measurements, the range slot and check-in, a protobuf practice beat,
scores (msgpack), a contest, parade roles (her husband, the son's age), the costume deposit, a
tavern shift, the dinner (her shellfish allergy), a photo, a guest ticket for her sister, the
chat, a search, the card by number in the path, a receipt by cookie GET; bike park: sign-up (tax
code, residence card), the pass and its payment, the bike (photo; brand, model, frame), a door
opened with her fix (5 decimals) and a one-time door token, a protobuf access beat, an access
queue (msgpack), a rack, an e-bike charge, a theft report, a badge reissue, the access log (JSON
Lines), the pass by number in the path, a message, a search, a base64 JSON session cookie. SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field),
offline queues (JSON Lines); MMP installs, sessions, events (hashed e-mail and phone) and a deep
link (a URL in a JSON field carrying her company card and e-mail); OpenRTB bids (GPS at 2 or 3
decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and a
mobile-wallet payment; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and an upload.

Negatives are implicit: request, check-in, session, slot, thread, operation, mandate, boat and
line IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the beach centre's ID, name, phone, point, pits and umbrella numbers, the centre doctor's
inbox; the employer's ID and VAT number, the bar's ID, name, phone and point, the QR's content,
catalogue SKUs and prices; the circle's ID and meeting-room point, the event and the school's
IDs; the club's ID and pontoon point, the regatta, boat and kit items; the yard's ID and point,
the crane, the shed place, jobs' codes and prices, litres and the litre price, the yard sensor's
ID and readings (not her device), the family boat's name, kind, registration, length and engine
(a vehicle's particulars: no type fits, as set 151's car plate); the range's ID and point, the
club crossbow, target, distance and scores, the costume's code; the bike park's ID, doors and
their point, the rack, the charging socket and kWh, the bike's brand, model, colour and frame
number (left unlabelled like the boat).

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, a card PIN, SMS codes, the gate code, a
one-time door token, bearer, refresh and session tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town (also
``Cioza``), district, province, post code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, deposits, bookings, contracts and orders
``financial.purchase``; card data, last four digits, card and payment-method tokens, a wallet's
device PAN and expiry, and IBANs ``financial.payment``; another person's full name, phone and
e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that
states a health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Marco, Elisa, Laura, Toni) is not ``contact.name`` except
  where the text is about the child (his absence, his wrist, the forum post about him); full
  names always are;
- her tax code and residence card ``personal.national_id`` wherever sent (sign-ups, the
  voucher card, the living will, the medical-expense export, the SEPA mandate); the son's tax
  code too;
- sand cure: the patient card ``cartela`` (body, JWT claim, protobuf, cookie, support attribute)
  ``health.medical`` (a medical record number, as set 151's chart); the referral's NRE number
  and exemption code, the diagnosis, the cycle's name ("sabiature 12 sedute", also as an
  analytics property and a push tag), answers, medicines, allergies, pain scores
  ``health.medical``; her pulse in the beat, weight and height ``health.fitness``; the referral
  and ECG PDFs ``content.media|health.medical``; a search naming arthrosis
  ``behavior.search|health.medical``; the centre's Wi-Fi she joins ``location.wifi``; her GP
  (typed) ``contact.*``;
- vouchers: the card number, its issuer token (body, JWT claim, URL path, protobuf), the masked
  card and the wallet token ``financial.payment``; the employee number ``id.user``; each
  voucher spend ``financial.purchase`` (the vouchers are her money); the merchant's QR and
  catalogue prices negatives;
- humanist: conviction, circle (body, JWT claim, trait, push tag, forum), baptism date, parish and
  confession, the de-baptism letter, the religion-class choice, campaign and topics, funeral kind
  and cremation ``personal.sensitive`` (religion or belief; the petition slug, in the path too,
  political opinion); the living-will choices ``health.medical``; her husband as trustee
  ``contact.*``; events near her at 2 decimals ``location.coarse``;
- rowing: Nicolò is a data subject: name, birth date, sex (``putelo``), tax code, federation
  card ``id.user`` (body, JWT ``fioi``, URL path, support attribute), the certificate PDF
  ``content.media|health.medical``, asthma, pollen allergy, inhaler, the absence reason
  ``health.medical``, weight and height ``health.fitness``; kit sizes unlabelled;
- boatyard: the client account ``id.user``; the storage contract and haul-out booking
  ``financial.purchase``; the signature image ``content.media``; the yard's Wi-Fi she joins
  ``location.wifi``; the boat's registration unlabelled (a vehicle, as a plate);
- crossbow: the company card ``id.user``; costume measurements (height, chest, waist, hips,
  shoe size) ``health.fitness`` (body measurements, as set 151's costume waist and height);
  scores unlabelled; the son's age ``personal.birthdate``; the dinner allergy
  ``health.medical``;
- bike park: the pass number ``id.user``; the one-time door token ``secret.credential``; the
  BLE transport flag in the beat ``device.info``; the frame number unlabelled;
- SDKs: Trackforcola's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; her office's point (her place of work)
  ``location.precise`` in routes, telemetry and a geocoder bias.

Looked at (stated honestly): the brief; TAXONOMY.md; DESIGN.md from its ``report.json`` section
to its end; ``eval_payloads.py`` whole; set 151's top module, kit, ``_sdk.py``, ``_svc.py`` and
all seven app modules whole (copied in shape; ``_sdk.py``/``_svc.py`` copied with renames);
definitions and signatures of the helper kits it imports (``eval_families6_kit`` ``raw``,
``multipart``, ``pb``; ``eval_families7_kit`` ``enc``; ``eval_families8_kit`` ``report``;
``eval_families10_kit`` ``add``; ``eval_families17_kit``'s re-export list; ``eval_families18_kit``
``sjwt``; ``eval_families19_kit``, ``20_kit``, ``21_kit``, ``22_kit``, ``24_kit`` constants and
function heads). One grep for constant definitions ran over every ``eval_families*_kit.py`` and so
printed a few constant lines (category-id tuples) of later sets' kits (108-194) and three
docstring fragments of kits 165, 182 and 189; nothing else of theirs was read. The docstring and
file-name greps above printed matching sentences of other sets' docstrings. No classifier, rule,
test, decoder or ``analysis/`` file was read or run, no git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families263_balestra
import eval_families263_bici
import eval_families263_boni
import eval_families263_cavana
import eval_families263_libaro
import eval_families263_sabia
import eval_families263_voga
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
    return [*eval_families263_sabia.sabiadoro(), *eval_families263_sabia.sabiadoro_sdks(),
            *eval_families263_boni.bonmagnar(), *eval_families263_boni.bonmagnar_sdks(),
            *eval_families263_libaro.libaro(), *eval_families263_libaro.libaro_sdks(),
            *eval_families263_voga.vogafioi(), *eval_families263_voga.vogafioi_sdks(),
            *eval_families263_cavana.cavanin(), *eval_families263_cavana.cavanin_sdks(),
            *eval_families263_balestra.balestrin(), *eval_families263_balestra.balestrin_sdks(),
            *eval_families263_bici.bicistasion(), *eval_families263_bici.bicistasion_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
