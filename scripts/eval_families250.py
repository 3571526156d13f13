"""Two-hundred-and-fiftieth, BLIND labelled set for the classifier evaluation ("blind247"): written
without reading the classifier code, its rules, the decoders, the tests or the README, and never
run through a classifier by its author; only ``main`` (the project's decoder path check, which runs
no classifier) and ``ruff check --select F`` were run on it (``main`` was run several times on the
whole set, each exiting 0: the first at 236 exchanges, then six SDK calls were dropped towards
the brief's proportions, the later runs after docstring edits and line wrapping only; each
module's own builders were also run alone while writing, and the first of those runs stopped on
a proceeding number with slashes used as a URL path segment, fixed by the API's dashed form).
It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes
in roughly the proportions real captures have (153 first-party calls and 78 SDK calls, 231
exchanges, 1,718 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Vladikavkaz (North Ossetia-Alania, Russia) with her Ossetian
husband Taimuraz Bagaev, her US SIM roaming on a Russian network; their son Batraz (9) goes to
school in Vladikavkaz and trains at a freestyle-wrestling school; Taimuraz's mother Zalina
Bagaeva lives in Beslan, where the family goes most Sundays; his uncle Kazbek Bagaev is the
elder at family feasts; her sister Emily Doe lives in Ohio. She has a Russian residence permit,
an INN, a SNILS and a compulsory health-insurance policy, and teaches at a language school. All
people are fictional. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no
real company named as sender), each with its own API and the SDKs it embeds. The API keys are
Ossetian (Iron) in Latin letters, ASCII-folded as a local developer would type them (ae for the
ash letter, y for the Cyrillic hard i, kh for the velar fricative, q for its ejective, k for the
ejective k, ts, ch, dz, dzh), mixed with the English words real APIs keep (``token``, ``id``,
``push_token``, ``refresh_token``, ``ssid``, OAuth fields, ``model``, ``os``) and the Russian
loans a Vladikavkaz developer keeps (``registratsi``, ``zakaz``, ``bron``, ``pasport``,
``vnzh``, ``inn``, ``snils``, ``polis``, ``dogovor``, ``tarif``, ``litsenzi``, ``abonement``,
``kurer``, ``indeks``, ``chek``, ``schet``). The words are the author's best rendering of
everyday Iron, not checked by a speaker; a few are coinages (``uaerkh``/``daerg`` latitude /
longitude from "width"/"length", ``raestaedzhy_zonae`` time zone, ``faeraez`` device, lit.
"means", ``arkhaiaeg`` user, lit. "participant"). Shared vocabulary: ``nom`` first name (or full
name), ``myggag`` surname, ``raiguyry_bon`` birth date, ``raiguyry_bynat`` birthplace,
``el_post`` e-mail, ``telefon``, ``susaeg_dzyrd`` password (lit. "secret word"), ``kod`` code,
``pol`` sex (``sylgoimag`` woman, ``laeppu`` boy), ``tsaeraenbynat`` residence (street line),
``goraet`` town (``Dzaeudzhykhaeu`` Vladikavkaz), ``moi`` husband, ``aemkai`` spouse,
``syvaellon`` child, ``fyrt`` son, ``mad`` mother, ``aefsin`` mother-in-law, ``kaemaen``
recipient (lit. "to whom"), ``aekhtsa`` money / amount, ``arg`` price, ``fidyd`` payment,
``kartae_kaeron`` card's last digits, ``khai`` instalment, ``niz`` illness, ``khos`` medicine,
``ryst`` pain, ``dokhtyr`` doctor, ``uaez`` weight, ``baerzaend`` height, ``kar`` age,
``fystaeg`` message, ``quydy`` remark, ``qast`` complaint, ``aguyrd`` search, ``kam`` photo /
scan, ``kukhaevaerd`` signature, ``bynat`` place, ``bon`` day, ``raestaeg`` time, ``sakhat``
hour, ``nymaets`` count, ``dzaumaettae`` items, ``aevzag`` language, ``tsautae`` events,
``ekran`` screen, ``bakhizyn``/``rakhizyn`` log in / log out (lit. "go in"/"go out"). The apps:
- ``eval_families250_khaes.py`` "Khaestae" (money): a court-enforcement debts app (look up
  proceedings, pay them, check a travel restriction): ``khaes``/``khaestae`` debt(s), ``qalon``
  tax, ``shtraf`` fine, ``ip`` proceeding, ``uin`` payment identifier, ``araen`` border,
  ``balts`` trip, ``kvitantsi`` receipt, ``spravka``;
- ``_dur.py`` "Dur" (health: her own): a urology centre's patient app, her kidney stone broken up
  by shock-wave lithotripsy: ``dur`` stone, ``medkart``, ``anketa``, ``dzuapptae`` answers,
  ``niztae``, ``khostae``, ``allergi``, ``tamako`` smoking, ``syvaerdzhyn`` pregnant, ``tug``
  blood, ``fars`` side, ``procedura``, ``analiz``, ``rezultattae``, ``don_litr`` water a day,
  ``khaerinag`` food, ``bolnichny`` sick leave, ``kuyst`` work;
- ``_khaebys.py`` "Khaebys" (the child): the son's freestyle-wrestling school: ``litsenzi``
  athlete licence, ``svidetelstvo`` birth certificate, ``kaestaer`` group, ``kategori`` weight
  class, ``dopusk`` medical clearance, ``turnir``, ``tsaef`` injury, ``trener``, ``adaeimag``
  person collecting him, ``kuyri`` week;
- ``_kom.py`` "Kom" (a sensitive trait: her family's traditional Ossetian faith): picnic gazebos
  with grills in the Kurtatin gorge, booked for a ``kuyvd`` (a prayer-feast): ``besedkae``,
  ``adaem`` people, ``khuyz`` kind, ``khistaer`` elder, ``fys`` ram, ``nysan`` purpose,
  ``chiritae`` pies, ``aertae_chiri`` the three pies, ``sug`` firewood, ``dzuar`` shrine,
  ``ferokh`` lost, ``baelltae`` points, ``transfer``;
- ``_taelmac.py`` "Taelmac": a translation and notary bureau for her US documents:
  ``gaekhkhaett`` document, ``taelmats``, ``notarius``, ``apostil``, ``translit``, ``diplom``,
  ``migratsi``;
- ``_suadon.py`` "Suadon": mineral-spring water delivery (19-litre bottles, a cooler):
  ``aelkhaenaeg`` buyer (her account), ``don`` water, ``avg`` bottle, ``kuler``, ``zalog``
  deposit, ``podpiska``, ``duar_kod`` door code, ``podezd``, ``uaelaejyn`` floor;
- ``_net.py`` "Dzaudnet": the home internet and TV provider: ``dogovor`` contract, ``balans``,
  ``tarif``, ``router``, ``kanal``, ``master`` technician, ``avari`` outage, ``trafik``,
  ``promokod``, ``syvaellon_nom`` the child's name for parental control.
Novelty (a file-name listing of ``scripts/eval_families*`` and an AST dump of every
``scripts/eval_families*.py`` module docstring, grepped case-insensitively): "bailiff", "fssp",
"enforcement proceed", "court debt", "debt check", "alimony" nothing; "lithotrip", "ESWL",
"shock wave" nothing ("kidney stone" a hydration log and a water-filter reason, "urolog" in
trackers and a clinic's referral); "freestyle wrestling", "wrestling school", "wrestling club"
nothing ("wrestl" only a Senegalese laamb ticket app; set 140 has a children's judo club and set
226 a taekwondo dojang: the nearest kinds, stated here, a child's combat-sport club; this one is
built around weight classes, a weigh-in, a tournament licence and a sports-medical clearance);
"gazebo", "besedk", "kuvd" nothing, "picnic" only in other authors' lists of checked words (a BBQ
pit as one step of an estate app; set 245 has a traditional-faith community app, so Kom is a
leisure booking app in which the faith shows only through the feast booked); "translation
bureau", "translation agency" nothing (a translators' marketplace where the user was the
translator; an apostille and a certified translation as steps elsewhere); "mineral water",
"water cooler", "19-litre" nothing (emergency water deliveries and a smart tank exist);
"internet provider" nothing ("broadband"/"isp" only a speed-test label, "fibre" alpaca and abaca
fibre). "ossetia", "ossetian", "vladikavkaz", "beslan" matched nothing; the Russian-region
neighbours (sets 238 Magas, 241 Ufa, 245 Novocheboksarsk: their opening paragraphs were read to
avoid their kinds and keys) have a teip council, a qard fund, an accordion studio, CNG
stations, a plastic-surgery clinic, a tower reserve, rafting, a leech clinic, a citizens'
movement, archery, a cashback wallet, an escape room, karting, a joint-surgery quota, flat
insurance and a traditional-faith community; none of those kinds is repeated. The SDKs are ten
new vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Nartmetric", MMP "Uastrack", OpenRTB 2.5 ads "Bidkuvd", crash reporting "Crashdon") and
``_svc.py`` (flags "Flagzaeli", push "Pingfydzhyn", consent "Consentirystan", payments
"Coinaekhtsa", maps "Mapdargavs", support chat "Helpnykhas"); their code is set 151's SDK shapes
with the vendors, hosts, zone, country, currency and language changed (and set 151's leftover
OpenRTB country "VUT" made "RUS"); the names matched neither the docstring dump nor a grep of
``scripts/``. ``eval_families250_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes,
a contract-number log-in), ``/mae`` GETs with JWT bearers; debts: a search by name and birth
date, her debts by INN, a proceeding by number in the path, its payment by UIN, a receipt photo,
the travel-restriction check (her passport, a flight), her husband's debts looked up, a tax debt,
a traffic fine by vehicle papers, alerts, a complaint, a no-debt certificate, an instalment
request (her account), a saved-search queue (msgpack), a bank link (base64 JSON in a form),
receipts by cookie; urology: the questionnaire (gzip), a CT report (PDF), urologists, a
consultation booked and paid, the lithotripsy, the consent signature, a check-in (5 decimals), a
protobuf pain diary, urine values, a message to the urologist, prescriptions, a video room, the
stone analysis by card number in the path, a drinking plan, sharing with her husband, a
sick-leave request; wrestling: the son's registration, his clearance (PDF), the monthly pass,
the timetable, attendance by licence in the path, a weigh-in (msgpack), a tournament entry in
Beslan, bus seats, her check-in at the hall, a pick-up authorisation for her mother-in-law, a
message to the coach, the licence photo, an injury, results, a kit order, a search, notices by
cookie; gorge: gazebos near her flat (3 decimals), the booking for the kuyvd, payment, the ram
and the pies (msgpack), her check-in at the glade, the base's Wi-Fi, the minibus from her street,
a protobuf presence beat, firewood, an offline queue (JSON Lines, 4 decimals and the shrine's
public point), photos, a review, a search, the receipt by booking number in the path, a lost
thermos, points by cookie; bureau: prices, the order, three scans, the Cyrillic spelling of her
name and her birthplace, payment, a notary slot, her check-in (a ``lat,lon`` string), a message
quoting her residence permit, the order by number in the path, an FBI record for an apostille,
courier delivery, the migration form (gzip), a search, the invoice by cookie, a base64 JSON
preferences cookie; water: the catalogue, an order with a pin at her door (6 decimals), payment,
the cooler, a subscription, a delivery to her mother-in-law in Beslan (her pin, 5 decimals), the
courier's track, empties, a draft (msgpack), a rating, a complaint photo, a search, points by
cookie, the spring's certificate, the door code; internet: the online contract, the balance by
contract in the path, payment, a tariff, the router's Wi-Fi name and key, a speed test, an
outage with her fix, a technician visit, a TV package, parental control, traffic, a protobuf
router reading, the router's client list (JSON Lines), a support message, a search, a promo
code, the signed contract (PDF), bills by cookie. SDKs: analytics batches (gzip; positions at 2
or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), a base64url
beacon; MMP installs, sessions, events (hashed e-mail and phone) and a deep link (a URL in a
JSON field carrying the son's licence); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and
notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and an SBP-style transfer;
geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages
and uploads.

Negatives are implicit: request, slot, booking-line, bout, draft, image and thread IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
bailiffs' office ID, a region code, a flight number and airport, a vehicle's papers and plate
(no taxonomy type fits; left unlabelled); the centre's ID and point, a doctor's ID, a cabinet, a
laboratory ID; the hall's and the Beslan arena's IDs and points, the coach's ID, a scale, SKUs
and kit prices; the gorge base's ID and point, the gazebo, the shrine's public point, pies and
ram prices per item, sacks; the bureau's ID, a notary's ID, a university, the state of the
record, the marriage's city; the depot, the catalogue's prices, the cooler's model and serial,
a batch number, the entrance and floor, the courier's ID; a tariff, TV channels, the speed test's
numbers and server, a referral code, the household's other devices (their MACs and LAN
addresses) and the router's signal.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, a door code, a Wi-Fi key, bearer, refresh, session and
video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, district, village, region, post code, birthplace and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, invoices,
bookings and orders ``financial.purchase``; card data, last four digits, payment-method IDs and
bank accounts ``financial.payment``; another person's full name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact,
a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- debts: a proceeding number and a payment's UIN ``financial.purchase`` (an invoice-like record
  of what she owes and pays; the taxonomy has no debt type), in the body and as the dashed form
  in the URL path; her INN, residence permit and passport ``personal.national_id``; her
  husband's names and birth date typed into a search ``contact.name``/``personal.birthdate``
  (the search field itself is not ``behavior.search`` there, since the fields are a form); the
  saved searches naming him ``behavior.search|contact.name``; the flight and destination left
  unlabelled;
- urology: the medical card number (body, JWT ``medkart``, query, URL path, protobuf ``1``)
  ``health.medical`` (a medical record number, as set 151's chart); her insurance policy and
  SNILS ``personal.national_id``; the consultation's kind, the procedure, side, stone size, urine
  values, the drinking plan and diet ``health.medical``; the CT and urine PDFs
  ``content.media|health.medical``; the consent signature image ``content.media``;
- wrestling: Batraz is a data subject: his names, birth date, sex (``laeppu``), birth
  certificate ``personal.national_id``, athlete licence ``id.user`` (body, query, JWT
  ``syvaellon``, URL path, a deep link), weight, height and weight class ``health.fitness``, age
  ``personal.birthdate``, clearance, asthma and injury ``health.medical``; a message about him
  by first name ``content.text|health.medical|contact.name``; his licence photo
  ``content.media``;
- gorge: the kind of gathering ``kuyvd``, the ram's purpose, the "three pies" flag and the texts
  that name the feast or the shrine ``personal.sensitive`` (religion: the traditional Ossetian
  faith), with ``content.text`` where typed; the elder's name ``contact.name``; her glade fixes
  ``location.precise`` (including the offline queue's 4-decimal fix and a telemetry fix by the
  shrine), the shrine's and the base's public points negatives; the base's Wi-Fi she joined
  ``location.wifi``;
- bureau: the Cyrillic spelling of her name ``contact.name``, her birthplace ``location.coarse``;
  the scans ``content.media`` (their numbers in the meta ``personal.national_id``); the husband
  and the son in the migration form ``contact.name`` and the son's birth date
  ``personal.birthdate``;
- water: the buyer account ``id.user``; the pin at her mother-in-law's gate in Beslan
  ``location.precise`` (a person's home at 5 decimals, sent by her) and the address line
  ``contact.address``; the door code ``secret.credential``;
- internet: the contract number ``id.user``; the router's SSID and BSSID ``location.wifi`` (also
  in the protobuf reading), its Wi-Fi key ``secret.credential``; her public address in the speed
  test ``location.ip``; the phone's own MAC in the client list ``id.hardware`` (the other
  devices negatives); the son's first name for parental control ``contact.name``;
- SDKs: Uastrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``SE``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``/work/shared/DESIGN.md``;
``eval_families151.py`` and all its modules whole (``_abano``, ``_parish``, ``_dental``,
``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_kit``, ``_sdk``, ``_svc``; its ``_sdk``
and ``_svc`` copied with renames into this set's); ``eval_payloads.py`` whole; of the helper
kits only definitions and signatures: the module-level names and ``__all__`` of
``eval_families17_kit`` (and the values of its category constants, printed by importing it),
``App``/``ev``/``opaque`` and the constants of ``eval_families20_kit``, ``at_path`` and
``sdk_uid`` of ``eval_families21_kit``, ``lines``/``sdk_uuid`` of ``eval_families22_kit``,
``rid``/``sdk_id``/``head``/``claims`` of ``eval_families24_kit``, ``raw``/``multipart``/``pb``
of ``eval_families6_kit``, the module-level names of ``eval_families18_kit``/``19_kit``, the
``token``/``add`` helpers of ``eval_families10_kit`` (found while looking for ``tok``/``add``)
and ``listed_once`` of ``eval_families21.py``; the listing of ``scripts/eval_families*`` file
names and a dump of every such module's docstring (grepped for the candidate words above; the
opening paragraphs of sets 238, 241 and 245 read); a content grep of ``scripts/`` for the ten
vendor names (to check they are new). No classifier, rule, decoder, test, the README or the
evaluation scripts were opened or run; no ``phonehome`` command and no git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families250_dur
import eval_families250_khaebys
import eval_families250_khaes
import eval_families250_kom
import eval_families250_net
import eval_families250_suadon
import eval_families250_taelmac
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
    return [*eval_families250_khaes.khaestae(), *eval_families250_khaes.khaestae_sdks(),
            *eval_families250_dur.dur(), *eval_families250_dur.dur_sdks(),
            *eval_families250_khaebys.khaebys(), *eval_families250_khaebys.khaebys_sdks(),
            *eval_families250_kom.kom(), *eval_families250_kom.kom_sdks(),
            *eval_families250_taelmac.taelmac(), *eval_families250_taelmac.taelmac_sdks(),
            *eval_families250_suadon.suadon(), *eval_families250_suadon.suadon_sdks(),
            *eval_families250_net.dzaudnet(), *eval_families250_net.dzaudnet_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
