"""Two-hundred-and-seventy-eighth, BLIND labelled set for the classifier evaluation ("blind275"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check, which prints counts) was run four times while writing, each time exiting 0 (the first at
242 exchanges, trimmed to 230 after it; the later runs after docstring edits); ``build()`` was
also imported twice by the author to count first-party and SDK calls and print a few cases'
labels. It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md's report.json
paths: dotted keys, ``[i]`` indices, protobuf field numbers, a header, cookie or query parameter
by its name, ``url`` ``path[i]``). Like sets 20-37 and 151 this set measures ORDINARY traffic:
mainstream app-backend and SDK shapes in roughly the proportions real captures have (151
first-party calls and 79 SDK calls, 230 exchanges, 1,761 labels after ``listed_once`` as ``main``
prints them), mostly ordinary placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes. She lives in Sukhum (Sukhumi, Abkhazia) with
her husband Inal Ketsba, whose Abkhaz family came back from Duzce (Turkey) in 2011 as
repatriates; her US SIM roams on the local network (MCC/MNC 289-67). Their son Astan (10) is in
the fourth form and flies model gliders; weekends are at the family house in Gudauta where her
mother-in-law Nuriye Ketsba lives. All people, firms, apps and numbers are fictional; hosts are
under example.* (RFC 2606); no real company is named as a sender.

The apps' API keys are Abkhaz, ASCII-folded as a local developer would type them (Cyrillic х kh,
ҳ h, ӡ dz, ц/ҵ ts, ч/ҷ ch, ш sh, ж zh, ә and ҩ w, ы y, ԥ p, ҭ t, қ/ҟ q, ҕ gh; palatal and ejective
marks dropped; nouns keep the article ``a-``), mixed with the English words real APIs keep
(``email``, ``token``, ``id``, ``device``, ``events``) and the Russian loans Abkhaz speakers and
their developers use for administrative and trade words (``pasport``, ``vnzh`` residence permit,
``dogovor`` contract, ``schet`` account, ``zakaz`` order, ``zaiavka`` ticket, ``kruzhok``
club). The Abkhaz words were written from the author's own knowledge, with no dictionary at hand;
a speaker may spell or choose some of them differently (notably ``aankylara`` stopping,
``atakhra`` craving, ``an_akhatsa`` mother-in-law). Across the apps: ``akhdz`` name, ``azhwla``
surname, ``atel`` phone, ``azhwamadza`` password (lit. "secret word"), ``aiira_arytskhw`` birth
date, ``aadres`` address, ``aqalaq`` city or town, ``apara`` amount, ``ashwara`` payment,
``ahw`` price, ``achymazara`` illness, ``akhwshw`` medicine, ``ahaqim`` doctor, ``akhwychy``
child, ``akhatsa`` husband, ``atshamta`` message, ``apshaara`` search, ``atyp`` place, ``aamta``
time, ``amsh`` day, ``amza`` month. Seven app kinds that no earlier set has (checked by a grep of
``scripts/`` file names and of every ``scripts/eval_families*`` module docstring, extracted with
``ast``):

- a city polyclinic's smoking-cessation programme ``eval_families278_tatyn.py`` ("Apsyra": her
  own health; ``karta`` programme card, ``asigaret`` cigarettes, ``ashyqwsqwa`` years,
  ``atakhra`` craving, ``atswa`` sleep, ``akhjantara`` weight, ``pol`` sex with ``aphwys``
  woman; "smoking cessation", "quit smoking", "vaping" occur only in a list of words that matched
  nothing);
- a bank's safe-deposit box ``_seif.py`` ("Amadza": money; ``klient``, ``yacheika`` box,
  ``dogovor``, ``kodovoe_slovo`` code word, ``doverennoe_litso`` trusted person, ``ataara``
  visit, ``strakhovka`` insurance, ``asia`` list; "safe deposit", "deposit box", "strongbox"
  matched nothing; pawnshop and gold-buyer vaults exist and differ);
- the state repatriation committee's family file ``_repat.py`` ("Apsadgjyl": a sensitive trait,
  ethnic origin and religion; ``amilat`` nationality in the Soviet sense, ``adin`` religion,
  ``ashjtra`` lineage, ``akhytskhyrta`` place of origin, ``ataatswa`` family, ``faili`` file,
  ``atwylauawra`` citizenship, ``atsere`` event; "repatria", "muhajir", "mahajir", "circassian",
  "adyghe" matched nothing; set 252's Garifuna heritage council is the nearest and differs);
- the children's model-aircraft and ship-model club ``_model.py`` ("Hairplan": the child's data;
  ``svidetelstvo`` birth certificate, ``achkwyn`` boy, ``andu`` grandmother, ``aitslabra``
  competition, ``nabor`` kit, ``agwabziara`` health, ``artsaw`` instructor; "aviamodel", "model
  aircraft", "aircraft model", "modelling club" matched nothing);
- a phone repair shop ``_ekran.py`` ("Ekranmaster"; ``ausbarta`` device, ``defekt`` fault,
  ``ekran_amadza`` screen PIN, ``zaiavka`` ticket, ``podmennyi`` loaner, ``zalog`` deposit,
  ``prilozheniia`` apps; "phone repair" occurs only among words that matched nothing, "screen
  repair" and "cracked screen" matched nothing; set 90's phone trade-in app differs);
- the primate nursery's visits and macaque sponsorship ``_maimun.py`` ("Maimun"; ``abilet``
  ticket, ``aphadza`` count, ``asponsor``, ``amaimun`` monkey, ``apstwy`` animal, ``afatw``
  food, ``aekskursia`` excursion, ``ahamta`` gift; "monkey", "primate", "macaque" name only
  set 206's volunteer census of wild Barbary macaques, "adopt an animal" matched nothing,
  "zoo" only inside "zoom");
- a PVC-window firm's measuring, contract and fitting ``_okno.py`` ("Apendzhyr"; ``apendzhyr``
  window, ``ashwagha`` measurement, ``atbaara``/``aharakyra`` width/height, ``apshtwy`` colour,
  ``anapytsawra`` signature, ``apredoplata`` deposit, ``amontazh`` fitting; "pvc", "plastic
  window", "double glaz", "window install", "glazier" matched nothing; set 215's welded burglar
  bars and a curtain maker's window sizes are the nearest).

Other kinds considered and dropped because the docstring grep found them: mandarin/citrus growers
(sets 173, 252), an ENT clinic (sinus, paediatric), a border e-queue, football season tickets, a
holiday-let host, traffic fines, removals, air-conditioning service; "sanator" matched 25
docstring lines, so no sanatorium was written.
The SDKs are ten new vendors, built once and called by every app with its own events:
``eval_families278_sdk.py`` (analytics "Statamra", MMP "Trackapsny", OpenRTB 2.5 ads "Bidritsa",
crash reporting "Crashgagra") and ``_svc.py`` (flags "Flagnarta", push "Pingbzyb", consent
"Consentkodor", payments "Coinapsar", maps "Mapdurypsh", support chat "Helpakwa"); their code is
set 151's ``_sdk.py``/``_svc.py`` with the vendors, hosts, zone (Europe/Moscow), IP-geo country
and region (GEO, AB; city Sukhumi), language and currency (roubles) changed (the ten names and
their roots matched no file name or docstring). ``eval_families278_kit.py`` holds her places,
people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes, an SMS second factor), ``/sara``-style (``sara``: me) GETs with JWT bearers;
cessation: the intake questionnaire (gzip), the quit plan, prescriptions, a cytisine course paid,
the CO monitor paired, a protobuf CO reading, a msgpack craving queue, a day's check-in (sleep,
weight), a counsellor slot, a check-in with her fix (5 decimals), a message to the counsellor, a
spirometry PDF, her husband as buddy, a slip, a search, the programme card by number in the path,
badges by cookie; box: sign-up with passport and residence permit, free boxes, the rental, rent
from her rouble account, her husband as trusted person (his passport), a passport scan, a visit
and its one-time code, a check-in (6 decimals), the inventory note, insurance, the statement by
contract number in the path, an extension (msgpack), a lost key, a base64 JSON preferences cookie,
support quoting her phone; repatriation: the family file (ethnicity, religion, lineage, village
of origin), her citizenship application, a document scan, the resettlement allowance to her
account, the flat allocation, her Abkhaz course, Astan's Saturday class, the 21 May remembrance
with her fix (4 decimals), ancestors (JSON Lines), a message, the archive request by file number
in the path, a translation, an office check-in, a search, events with a session cookie; club: the
parent's account, Astan enrolled, his health certificate (PDF) and consent, fees, a kit,
attendance by member number in the path, a competition entry and results, a glider photo, a
flight video, a pick-up authorisation for his grandmother, the gate check-in, an absence message,
a drone course, a trip consent, a search; repair: the shop's diagnostic (IMEI, serial, MAC,
Android ID, installed apps, visited network; gzip), the ticket with her screen PIN, crack photos,
the quote, a deposit, a courier pick-up from her flat (her fix), the status by ticket in the path,
the shop Wi-Fi, a counter check-in (4 decimals), a chat, a loaner against her passport, a
data-wipe signature, a warranty claim, receipts by cookie; nursery: tickets for three, payment,
the gate check-in (6 decimals), the enclosure map, a sponsorship and its monthly debit, keeper
updates by sponsorship number in the path, photos, a feeding tour (kiwi allergy), a class
excursion, a donation, a search, a review, the visitor card as a base64 JSON cookie, a message, a
lost item; windows: the measurer's visit to the Gudauta house (5 decimals), her fix at his
arrival, measurements (msgpack), the quote by order number in the path, options, the contract
(signature, passport), the deposit, the fitting, photos, a balcony add-on, the balance by
transfer, a complaint, the warranty, notes (JSON Lines), a review, a base64 JSON cookie. Push
registrations, app events (some gzip) and log-outs or refreshes in every app. SDKs: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline
queues (JSON Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and phone)
and a deep link (a URL in a JSON field carrying the order and her e-mail); OpenRTB bids (GPS at 2
decimals or IP geo); crash envelopes and a session; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and a
wallet refund to her rouble account; geocoding, reverse geocoding (``lat,lon`` in the path),
routes and telemetry; support messages and an upload.

Negatives are implicit: request, slot, visit, thread, queue, note, meeting and object IDs,
idempotency keys, nonces, QR codes, timestamps, versions, public SDK keys, OpenRTB IDs and prices;
the polyclinic's ID, point and phone, the pharmacy's ID, the lent CO monitor's serial and BLE
address, its battery; the bank branch's ID and point, the box number and size; the committee
office's ID and point, course and group IDs, the ancestors' birth years; the creativity station's
ID and point, club, competition, trip and instructor IDs, the model airfield's point, the model's
name, a drone's serial; the shop's ID, point and phone, the loaner's ID, a test zone; the
nursery's ID and point, the macaque's ID and name, its enclosure's point, the school's ID and the
class; the window firm's ID and point, the measurer and crew IDs, window sizes, colours, glass and
balcony length.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, roaming, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/e-mail codes, a bank code word, a one-time
vault code, a screen PIN, bearer, refresh and session tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, district,
town, post code, country and region ``location.coarse``; street lines ``contact.address``;
amounts, totals, fees, prices paid, orders, tickets, contracts, sponsorships ``financial.purchase``;
card data, last four digits, payment-method IDs and account numbers ``financial.payment``;
another person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL
path ``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Inal, Astan, Nuriye, Hasan, Bzyb) is not ``contact.name``
  except where the text is about the child (the absence message names him in full); the child's
  full name always is;
- cessation: the programme card number (body, JWT ``karta``, query, URL path, protobuf ``1``,
  support attributes) ``health.medical`` (a medical record number, as set 151's chart number);
  cigarettes a day, years smoked, the first cigarette's timing, the quit date and method, a
  slip's count, craving levels, CO ppm and COHb, FEV1, the day count and "medicine taken"
  ``health.medical``; sleep hours and weight ``health.fitness``; the spirometry PDF
  ``content.media|health.medical``; a search naming withdrawal symptoms
  ``behavior.search|health.medical``; the lent monitor's serial and BLE MAC are the polyclinic's
  (negatives, not ``id.hardware``);
- box: the client number ``id.user``; the contract ``financial.purchase`` (body, path, MMP,
  support text); the box number a negative; the declared value of the contents is labelled
  ``financial.purchase`` with the premium (debatable: a term of the insurance she buys, not a
  price); the passport scan ``content.media|personal.national_id``; her husband's passport
  ``personal.national_id`` and birth date ``personal.birthdate``; inventory items
  ``content.text``, the one naming the Gudauta house's street line ``content.text|contact.address``;
- repatriation: ``amilat`` (ethnic origin in the Soviet sense) ``personal.sensitive`` for each
  person, her own "amerikaa" too (the field asks ethnic origin); religion, the lineage (clan) and
  the village of origin ``personal.sensitive`` (they state Abkhaz descent; the village is the
  ancestors', not a location of hers); the 21 May remembrance of the exiles ``personal.sensitive``
  with her fix ``location.precise``; the SDK trait ``amilat``, the flag attribute and push tag
  naming the repatriate community ``personal.sensitive``; the Turkish town they left and her
  birthplace ``location.coarse``; ancestors' names ``contact.name``, their birth years
  unlabelled; the file number ``id.user``; the allowance ``financial.purchase`` (money paid to
  her, as set 151's payouts); "Lykhny" typed into the geocoder and the archive search
  ``behavior.search`` only;
- club: Astan is a data subject: his birth certificate number ``personal.national_id``, member
  number ``id.user`` (body, JWT list, path, query, support attributes), name, birth date, sex
  ``personal.gender``; his health certificate ``content.media|health.medical``, its "fit" flag,
  asthma and resin allergy ``health.medical``; the kit order number ``financial.purchase``; the
  glider photo and flight video ``content.media``;
- repair: IMEI, serial and MAC ``id.hardware``; Android ID ``id.device``; the installed packages
  ``device.apps`` (one label after ``listed_once``); the visited PLMN and operator
  ``location.carrier``; the fault description ``content.text``; the shop Wi-Fi she joined
  ``location.wifi``; her passport for the loaner ``personal.national_id``; the drawn signatures
  (repair, windows) ``content.media``;
- nursery: the visitor card ``id.user``; the ticket order and the sponsorship
  ``financial.purchase``; the child's age on a ticket ``personal.birthdate``; the certificate in
  Astan's full name ``contact.name``; the kiwi-allergy note ``content.text|health.medical``;
- windows: the Gudauta house is the family's (her mother-in-law's home, where she spends
  weekends): its street line ``contact.address``, its point and her fix there
  ``location.precise``; the landmark description ``content.text`` only; her typed address sent to
  the geocoder ``contact.address``; the rouble account for the balance ``financial.payment``;
- SDKs: Trackapsny's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country (GEO), region (AB) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` (whole) and DESIGN.md's headings and
its "Outputs" section (the report.json paths); ``eval_families151.py`` and all its modules
(``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``,
``_qvevri``, ``_building``) whole; ``eval_payloads.py`` whole; of the helper kits only
definitions and signatures, by grep: the constants and ``def`` lines of ``eval_families6_kit``
(and the bodies of ``raw``, ``multipart``, ``pb``), ``_17_kit`` (its import list of names),
``_18_kit``, ``_19_kit``, ``_20_kit`` (``App``, ``ev``, ``opaque``), ``_21_kit`` (``at_path``,
``sdk_uid``), ``_22_kit`` (``lines``), ``_24_kit`` (``rid``, ``sdk_id``, ``head``,
``claims``), ``_10_kit`` (``token``, ``add``) and ``eval_families21.listed_once``; a listing
of ``scripts/`` file names; every ``scripts/eval_families*`` module docstring, extracted with
``ast`` into a scratch file and grepped for the candidate words above (with a few matching lines
read to judge the nearest kinds). No classifier, rule, test, decoder or other set's data was read
or run; ``ruff check --select F`` ran on these files (its ``--fix`` removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families278_ekran
import eval_families278_maimun
import eval_families278_model
import eval_families278_okno
import eval_families278_repat
import eval_families278_seif
import eval_families278_tatyn
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
    return [*eval_families278_tatyn.apsyra(), *eval_families278_tatyn.apsyra_sdks(),
            *eval_families278_seif.amadza(), *eval_families278_seif.amadza_sdks(),
            *eval_families278_repat.apsadgjyl(), *eval_families278_repat.apsadgjyl_sdks(),
            *eval_families278_model.hairplan(), *eval_families278_model.hairplan_sdks(),
            *eval_families278_ekran.ekranmaster(), *eval_families278_ekran.ekranmaster_sdks(),
            *eval_families278_maimun.maimun(), *eval_families278_maimun.maimun_sdks(),
            *eval_families278_okno.apendzhyr(), *eval_families278_okno.apendzhyr_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
