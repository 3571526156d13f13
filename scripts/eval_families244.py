"""Two-hundred-and-forty-fourth, BLIND labelled set for the classifier evaluation ("blind241"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run five times at the end, each exiting 0 (1,733 labels until the kovil ID in the
yard check-in was labelled, 1,734 after; ``ruff check --select F`` ran before it and removed two
unused imports, a third was put to use). It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (150 first-party calls and 80 SDK calls, 230 exchanges, 1,734
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She spends the year in Curepipe (Mauritius) with her Tamil-Mauritian husband Rajen
Veerasamy, her US SIM roaming; their son Kiran (6) was born in Mauritius (his NIC number was given
at birth); her mother-in-law Devi lives in Cassis, Port Louis; her husband's cousin Priya Moorgen
is her carrom partner; her husband's brother Vikash marries Anisha Govinden in March. Seven app
kinds (fictional names, hosts under example.* per RFC 2606, no real company named as sender), each
with its own API and the SDKs it embeds; the APIs' keys are Kreol Morisien as a local developer
writes it (the 2011 orthography, ASCII, no accents), mixed with the English words real APIs keep
(``token``, ``id``, ``ssid``, ``refresh_token``, ``push_token``, ``grant_type``):
- a Port Louis kovil's Thaipoosam Cavadee app ``eval_families244_kavadi.py`` ("Vel Pousam": her
  religion; snake_case: ``prenon`` first name, ``non_fami`` surname, ``imel`` e-mail, ``portab``
  mobile, ``modpas`` password, ``dat_nesans`` birth date, ``ladres`` street line, ``lavil``
  town, ``sex`` (``fam``), ``mari`` husband, ``zanfan`` child, ``relizion``, ``ve`` vow,
  ``karem`` fast, ``lans`` skewers, ``ofrann`` offering, ``don`` donation, ``montan`` amount,
  ``peyman`` payment, ``lintansion`` intention, ``prosesion``, ``pozision``,
  ``latitid``/``lonzitid``, ``mesaz`` message, ``pousari`` priest, ``rod`` search, ``lasante``
  health, ``maladi_ker`` heart disease, ``ansint`` pregnant, ``medikaman`` medicine, ``aparey``
  device, ``itilizater`` user, ``levennman`` events, ``ekran`` screen, ``fuzo_orer`` time zone);
- a wedding gift-list and money-pot app ``_kado.py`` ("Kolekt Kado": money; camelCase:
  ``nonFami``, ``nimeroTelefonn`` phone, ``modPas``, ``datNesans``, ``kado`` gift, ``lalis``
  list, ``kontribision``, ``kagnot`` pot, ``objektif`` target, ``envite`` invitees,
  ``destinater`` recipient, ``ladresLivrezon`` delivery address, ``rambourseman`` refund,
  ``rezon`` reason, ``kontBank`` bank account, ``titiler`` holder, ``vireman`` transfer,
  ``pane`` basket, ``deNou`` "from us");
- a physiotherapy clinic's facial-palsy programme ``_figir.py`` ("Figirbon": her own health
  data; ``pasian`` patient, ``permi_rezidans`` residence permit, ``lasirans`` insurance,
  ``dosye`` patient file, ``maladi``, ``sintom`` symptoms, ``kote`` side, ``konmanse`` onset,
  ``tansion`` blood pressure, ``figir`` face, ``lizie`` eye, ``gout_lizie`` eye drops,
  ``bann_lanwit`` night taping, ``ekzersis`` exercises, ``randevou`` appointment, ``tes`` test,
  ``dokter``, ``sertifika`` certificate, ``patron`` employer, ``zour_konze`` days off,
  ``partaz`` share, ``fakti`` invoice);
- the Curepipe toy library ``_zouzou.py`` ("Lakaz Zouzou": the child's data; lowerCamel:
  ``paran`` parent, ``nic``, ``kartFamiy`` family card, ``kartZanfan`` child card, ``zouzou``
  toy, ``prete`` lend, ``remet`` return, ``lamann`` fine, ``sesionZwe`` play session,
  ``alerzi`` allergy, ``akonpagnater`` accompanying adult, ``lafet`` party, ``laz`` age,
  ``dwaFoto`` photo consent, ``siyatir`` signature, ``rekipere`` pick-up, ``dimounn`` person,
  ``lalisEnvi`` wish list, ``kreasion`` creation);
- the Plaines Wilhems carrom league ``_karom.py`` ("Karom Lig"; short snake_case: ``zwer``
  player, ``tel``, ``dat_nes``, ``permi``, ``lisans`` licence, ``lekip`` team, ``partner``,
  ``mats`` match, ``skor``, ``bord`` board, ``kotizasion`` fee, ``tournwa`` tournament,
  ``kategori``, ``lasal`` hall, ``ranplasan`` substitute, ``komand`` order, ``livrezon``
  delivery, ``kod_postal``, ``klasman`` ranking);
- a Tamarin dolphin-watching boat ``_dofin.py`` ("Dofin Lagon"; camelCase with English:
  ``telefonn``, ``sorti`` outing, ``bato`` boat, ``pasaze`` passengers, ``paspor`` passport,
  ``rezervasion`` booking, ``depo`` deposit, ``malLamer`` seasickness, ``nota`` note, ``ramase``
  pick-up, ``jete`` jetty, ``obzervasion`` sightings, ``legann`` caption, ``zafer`` gear,
  ``pwentir`` shoe size, ``sanze`` change, ``letan`` weather, ``komanter`` review);
- a litchi orchard's pick-your-own and boxes ``_letchi.py`` ("Letchi Dibwa"; ``non`` full
  name, ``distrik`` district, ``kliyan`` customer, ``bwat`` box, ``pake`` bundle, ``keyi``
  pick, ``granmoun`` adults, ``pese`` weighing, ``pwa_kg`` weight, ``pleint`` complaint,
  ``pwin`` points, ``swiv`` track, ``walet`` wallet).
New kinds, checked with a grep of the file names and the module docstrings (extracted with
``ast``) of all ``scripts/eval_families*.py``: "cavad", "kavadi", "thaipusam", "kovil",
"teemeedee", "firewalk" matched nothing (Hindu temple, puja and festival-volunteer apps exist in
sets 87 and others: Vel Pousam is a cavadee vow registration, not a puja booking); "group gift",
"kitty", "money pot", "cagnotte", "gift registry", "wedding list" nothing (wedding and savings
apps exist; none a gift list with a pot); "palsy", "bell's palsy" nothing (physiotherapy,
dental and surgical apps exist; none a facial-palsy programme); "toy library", "ludot"
nothing; "carrom", "board game" nothing; "dolphin", "boat tour" nothing ("whale watch" only in a
list of grepped words, "catamaran" one line of a charter app, "boat trip" one line of another
app); "lychee", "litchi" nothing ("fruit" matches a kiwifruit-picking roster, a work app).
Words checked and dropped because earlier sets have them: stockbroking ("trading app", set with
"Tickerly"), day surgery, gold-savings plans, nippers, amblyopia, school vans, tuition, gas
refills, hire purchase, cervical screening, martial arts, street food, sugar cane, trade unions.
"Mauritius", "Curepipe", "Port Louis", "Kreol", "Morisien" matched nothing. The SDKs are ten new
vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Tallydodo", MMP "Trakmorne", OpenRTB 2.5 ads "Bidpayanke", crash reporting "Crashtamarin") and
``_svc.py`` (flags "Flagfilao", push "Pingravann", consent "Consentlagon", payments "Payroupi",
maps "Mappouce", support chat "Helpalouda"); their code is set 151's SDK shapes with the vendors,
hosts, zone (``Indian/Mauritius``), country (MU/MUS, region ``PW``, city Curepipe), language and
currency (MUR) changed (a docstring and file-name grep found none of the ten names).
``eval_families244_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/mwa``-style GETs with JWT bearers; kovil: registration (religion, kovil,
husband), the cavadee vow with its health declaration, the son's milk-pot vow, the husband's
fire-walk, a donation with an intention about her mother-in-law's eye operation, offerings
(msgpack), the procession timetable, a search, a protobuf beat in the procession (5 decimals),
the yard check-in (4 decimals), the annadanam meal, a photo, a message to the priest naming the
son, the devotee card by number in the path, a receipt by cookie GET, push, gzip events, a
log-out; gifts: the list by its code in the path, the catalogue, a contribution with a message,
its payment, a pot she organises, invitations (cousin, mother-in-law), a reminder, delivery to
the couple's flat (the groom, a copy to the bride), the RSVP (the son's age), a basket (msgpack),
a refund, the payout to her IBAN, the receipt by contribution number in the path, a search, a
base64 JSON preferences cookie, an offline queue (JSON Lines); palsy: the questionnaire (gzip),
face photos, a protobuf exercise log, an eye-care diary (msgpack), bookings, an EMG test with the
referring neurologist, check-in (5 decimals), payment with the insurer's share, a sick-note PDF,
a message to the physiotherapist, reminders, a video room, sharing with her husband, invoices by
file number in the path, an offline exercise queue (JSON Lines), a search; toy library: the
family's membership with the son's NIC, the catalogue, a search, loans, a reservation, a return,
a fine, the renewal, a play session (his allergy), the check-in (5 decimals), his creation's
photo, photo consent, a pick-up authorisation for his grandmother, an absence message (his
fever), the birthday party (his coming age), the family card in the path, loans by a base64 JSON
cookie, a wish list (msgpack); carrom: licence sign-up with her residence permit, team, fee,
fixtures, scores (msgpack, JSON Lines), a protobuf live board, the hall check-in (3 decimals),
the hall's Wi-Fi, the ranking by licence in the path, the ladies' open, the chat, a photo, a
substitute, an order delivered home, a player search by name, an invoice by cookie, a refresh;
boat: the outings, the booking with her passport and the family, the deposit, the waiver's
signature, health notes, a pick-up from home (5 decimals), the jetty check-in, a protobuf beat
from the boat, offline sightings with her fixes (JSON Lines), photos, the photo pack, gear
sizes, a reschedule, a message quoting her phone, a review, the booking in the path, an invoice
by cookie; litchis: a box for her mother-in-law (her address), payment by wallet number, a
picking slot, the gate check-in (6 decimals), the weighing (msgpack), a gift box for the cousin,
a complaint with a photo, a review, the order in the path, points by cookie, her address with
the house's point (4 decimals), delivery tracking, a search, an offline picking log (JSON Lines).
SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form
field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and
phone) and a deep link (a URL in a JSON field carrying the booking and her e-mail); OpenRTB bids
(GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations
(JSON; base64 JSON header); push subscribers; consent records and checks; card tokens,
confirmations and mobile-wallet payouts; geocoding (a business's name; her mother-in-law's
street line), reverse geocoding (``lat,lon`` in the path), routes and telemetry; support
messages and an upload.

Negatives are implicit: request, presence, loan, match, order-line, session and booking-line
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
kovil's phone and point, the festival and
procession IDs, offering items and prices, the priest's inbox ID; the couple's list code (theirs,
printed on the invitation; in the path and in bodies), catalogue items and prices, the table;
the clinic's ID, point and room, the employer's name; the toy library's ID and point, toy IDs,
age-range filters of the catalogue, the party room; the hall's ID and point, the club, team,
division, referee and board scores (nobody's personal data), SKUs; the jetty's ID and point, the
boat and outing IDs, the skipper's published sighting area, swimmer counts, mask sizes; the
orchard's ID and gate point, the courier van's position, kilograms, prices per kilogram, rows
and trees.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session
and video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar
lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, district, post code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, fines, deposits, bookings, contributions, pots and
orders ``financial.purchase``; card data, last four digits, payment-method and card-token IDs
and IBANs ``financial.payment``; another person's full name, phone, e-mail and street line typed
by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Rajen, Kiran, Vikash, Anisha, Priya) is not ``contact.name``
  except where the text is about the child (his fever) or names a person with a surname; the
  child's full name always is; the ``deNou`` signature ("Jane, Rajen Veerasamy ek Kiran")
  ``contact.name``;
- kovil: religion, kovil ID and name (in her registration, JWT, queries, the yard check-in,
  traits, push tags), vow
  kind, skewer count, fast dates and length, the son's milk-pot vow, the husband's fire-walk,
  "vow fulfilled", the fund and the vow event's kind ``personal.sensitive``; the health
  declaration's answers ``health.medical``; the donation's intention
  ``content.text|personal.sensitive|health.medical``; a search for the cavadee's time
  ``behavior.search|personal.sensitive``; the devotee card ``id.user``; the annadanam meal is
  not labelled as religion (a bought meal);
- gifts: the contribution and pot numbers and the pot's target ``financial.purchase``; the
  payout IBAN ``financial.payment``; the couple's list code a negative; the groom, the bride,
  the cousin, the mother-in-law typed ``contact.*`` and the couple's flat ``contact.address``;
- palsy: the patient file number (body, JWT, protobuf, JSON Lines, URL path) and the insurance
  member number ``health.medical`` (a medical record number, as set 37's insurance member ID);
  exercise names and symmetry scores, eye drops, taping, days off, the sick-note PDF and face
  photos ``health.medical`` (photos and PDFs also ``content.media``); a search for exercises
  ``behavior.search|health.medical``; the referring neurologist typed ``contact.name``; face
  photos are not ``biometric.face`` (pictures, no landmarks or templates);
- toy library: Kiran is a data subject: his NIC ``personal.national_id``, child card
  ``id.user`` (body, JWT ``zanfan``, cookie, msgpack), name, birth date, sex; his latex allergy
  and fever ``health.medical``; the age he turns at the party ``personal.birthdate``; the
  catalogue's age range (5-7) is a filter, unlabelled; his creation's photo ``content.media``;
- carrom: the licence ``id.user``; her residence permit ``personal.national_id``; the ladies'
  category ``personal.gender``; her hall fix at 3 decimals ``location.precise`` and the hall's
  Wi-Fi she joins ``location.wifi`` (its point a negative); a player search by a full name
  ``behavior.search|contact.name``; scores unlabelled;
- boat: her passport ``personal.national_id``; the son's age ``personal.birthdate``; shoe sizes
  ``health.fitness`` (body measurements); seasickness and the husband's asthma note
  ``health.medical``; the waiver's signature image ``content.media``; her fixes on the boat and
  at the jetty ``location.precise``, the sighting area a negative;
- litchis: the customer number ``id.user``; the wallet number (her phone) ``contact.phone``,
  not ``financial.payment``; her mother-in-law's street line ``contact.address`` also as
  geocoded text; the courier's position a negative;
- SDKs: Trakmorne's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``PW``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``eval_families151.py`` and all its modules whole (``_kit``,
``_sdk``, ``_svc``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``; ``_sdk``/``_svc`` copied with sed renames into this set's ``_sdk.py``/``_svc.py``),
``eval_payloads.py`` whole, ``/work/shared/TAXONOMY.md`` and the report.json section of
``/work/shared/DESIGN.md``; of the helper kits only definitions and signatures (a grep of
``def``/constant lines of ``eval_families6_kit``, ``17_kit`` (its imports and ``__all__``),
``18_kit``, ``19_kit``, ``20_kit``, ``21_kit``, ``22_kit``, ``24_kit``, the bodies of ``raw``,
``multipart``, ``pb``, ``App``, ``ev``, ``opaque``, ``at_path``, ``sdk_uid``, ``lines``,
``sdk_uuid``, ``rid``, ``sdk_id``, ``head``, ``claims``, ``sjwt``, ``eval_families10_kit``'s
``token``/``add`` and ``eval_families21.listed_once``); the module docstrings of all
``scripts/eval_families*.py`` (extracted with ``ast`` to a scratch file and grepped for the
candidate words, with a few matching lines read). No classifier, rule, test, decoder or README
was read or run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families244_dofin
import eval_families244_figir
import eval_families244_kado
import eval_families244_karom
import eval_families244_kavadi
import eval_families244_letchi
import eval_families244_zouzou
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
    return [*eval_families244_kavadi.velpousam(), *eval_families244_kavadi.velpousam_sdks(),
            *eval_families244_kado.kolektkado(), *eval_families244_kado.kolektkado_sdks(),
            *eval_families244_figir.figirbon(), *eval_families244_figir.figirbon_sdks(),
            *eval_families244_zouzou.lakazzouzou(), *eval_families244_zouzou.lakazzouzou_sdks(),
            *eval_families244_karom.karomlig(), *eval_families244_karom.karomlig_sdks(),
            *eval_families244_dofin.dofinlagon(), *eval_families244_dofin.dofinlagon_sdks(),
            *eval_families244_letchi.letchidibwa(), *eval_families244_letchi.letchidibwa_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
