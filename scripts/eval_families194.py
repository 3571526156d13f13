"""Hundred-and-ninety-fourth, BLIND labelled set for the classifier evaluation ("blind191"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check) was
run while writing (every run exited 0; the first attempt stopped on an ImportError in this set's
own ``_svc.py``, fixed before the next). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (158 first-party calls and 75 SDK calls, 233 exchanges, 1,712
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She (Jane Doe) lives in Merida (Yucatan, Mexico), colonia Garcia Gineres, with her
Yucatec Maya husband Javier Canul Pech; their daughter Ximena Canul Doe (8) goes to school there;
her mother-in-law Rosa Pech Dzib lives in Valladolid (barrio Sisal); her sister-in-law Leticia
Canul Pech's daughter Valeria Pech Canul turns fifteen; her late father-in-law is Anastasio Canul
May. Her US SIM roams on a Mexican network; the zone is America/Merida, the currency MXN. Seven
app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Yucatec Maya (maaya t'aan) written as a local
developer writes keys in ASCII: apostrophes (glottal stops) and accents dropped, doubled vowels
kept (``k'aaba'`` -> ``kaaba``, ``ts'íib`` -> ``tsiib``), mixed with English (``id``, ``token``,
``refresh_token``, ``lat``/``lon``, ``push_token``) and with the Spanish words Yucatecan apps keep
(``curp``, ``rfc``, ``clabe``, ``misa``, ``factura`` as ``faktura``, ``correo`` as ``koreo``,
``telefono``, ``kolonia``, ``expediente``); coinages are marked in each module. Common words:
``kaaba`` name, ``yaax_kaaba`` first name, ``tsook_kaaba`` surname, ``koreo`` e-mail,
``telefono`` phone, ``taakab_taan`` password (coinage, "hidden word"), ``kodigo`` code,
``kiinil_siijil`` birth date, ``xiib_koolel`` sex (coinage; ``koolel`` woman), ``otoch`` home
(street line), ``kaaj`` town, ``luumil`` state, ``cp`` post code, ``icham`` husband, ``paal``
child, ``na`` mother, ``laaktsil`` family, ``jaab`` year(s)/age, ``kiin`` day/date, ``kaat``
order/booking (lit. "ask"), ``tojol`` price, ``taakin`` money/amount, ``bool`` payment,
``tsook_kantul`` last four, ``tuux_yaan`` where she is, ``kuchul`` arrive (check-in), ``oochel``
photo, ``tsiib`` writing/text, ``tsikbal`` chat/message, ``kaxan`` search, ``tuukul`` opinion
(review), ``toj_oolal`` health, ``tsaak`` medicine, ``aalil`` weight, ``chowakil`` height,
``nuukul`` device, ``maak`` person/user, ``beetil`` doings (events; coinage), ``teen`` me (the
``/me`` route), ``tsiibtal`` write oneself in (sign-up), ``ookol`` enter (log-in), ``jookol``
leave (log-out). The modules:

- ``eval_families194_tsonoot.py`` "Tsonoot Kaaj": an ejido cooperative's cenote tickets, waiver
  and swim app near Valladolid (``tsonoot`` cenote, ``chaleko`` life vest, ``suum`` rope,
  ``saat`` lost, ``yaan_u_paal`` pregnant, ``puksikal`` heart);
- ``_cheen.py`` "Cheen": septic-tank pumping and cistern cleaning (``cheen`` well/cistern,
  ``koop`` pit, ``taamil`` depth, ``uulab`` the neighbour referred);
- ``_iik.py`` "Keel Iik": a home air-conditioning service app with a smart controller
  (``keel_iik`` the unit, ``chokojil`` setpoint, ``nats`` near, the geofence);
- ``_tsiib.py`` "Tsiib Faktura": CFDI e-invoicing and RESICO declarations for her English
  tutoring (``faktura``, ``jmaan`` buyer, ``xkoon`` seller, ``xook`` lessons, ``ya`` quantity);
- ``_gremio.py`` "Kiichpam Gremio": a Valladolid fiesta guild (gremio) of the Candelaria (``sosio``
  member, ``xiimbal`` procession, ``kuj_naj`` church, ``promesa`` vow, ``payalchi`` prayer,
  ``kiimen`` departed, ``ookot`` dance);
- ``_xv.py`` "Holajun Jaab": the niece's quinceañera planned at a hacienda, she the godmother
  (``xchuupal`` girl, ``chambelan``, ``nook`` dress, ``nojochil`` size, ``uulab`` guests,
  ``paax`` music);
- ``_kikel.py`` "Kiikel Bej": a vein clinic's patient app for her varicose veins (``kiikel``
  blood, ``ook`` leg, ``kiinam`` pain, ``medias`` stockings, ``xiimbal`` steps).

New kinds (a docstring grep of every ``scripts/eval_families*.py`` module, sets 1-191 included, for
"cenote", "septic", "cistern", "air con", "invoicing", "gremio", "quince", "varicose", "vein",
"yucat", "merida", "valladolid" and "maya"): "cenote", "septic", "air con", "invoicing", "gremio",
"varicose" and "vein" matched nothing, "quince" only SDK vendor names, "cistern" only set 170's
well-water testing programme (Cheen pumps a septic pit and cleans a cistern); thermostats (sets 11,
23, 64) are devices, Keel Iik is an installer's service app; set 184's self-employed receipt sits
in a berry buying point and set 50's e-invoice in an order, Tsiib Faktura is an issuer's invoicing
app; fiesta apps (set 139's preste sponsor, 173's Xantolo altar) and parishes (151 and others) are
not a guild's membership, dues and procession roster; weddings (100, 123) and a birthday (162) are
not a fifteenth birthday from a godparent's side; swim schools (113, 148) are not a cenote
cooperative. Mexico was the setting of sets 46 (Mexico City loans) and 173 (the Huasteca, Nahuatl
keys); no set was in Yucatan or used Maya keys. The SDKs are ten new vendors, built once and called
by every app with its own events: ``_sdk.py`` (analytics "Metrikiin", MMP "Trackuukum", OpenRTB 2.5
ads "Bidkuutz", crash reporting "Crashchaak") and ``_svc.py`` (flags "Flagpixan", push
"Pingsaasil", consent "Consentyaax", payments "Paytaakin", maps "Mapxiimbal", support chat
"Helpaantaj"); their code is set 151's SDK shapes with the vendors, hosts, zone, country
(``MX``/``MEX``, region ``YUC``, city Merida), currency and account changed (a grep of ``scripts/``
file names and docstrings found none of the ten names). ``eval_families194_kit.py`` holds her
places, people, the businesses and the Mexican numbers (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes, an invite code), ``/teen`` GETs with JWT bearers; cenote: tickets for the family
(ages; her resident card for the locals' price), payment, a health waiver, life vests by weight,
the rappel (weight, height, asthma), a check-in with her fix, a protobuf turnstile scan, lockers
and snacks (msgpack), the palapa's Wi-Fi, photos, a lost item, a review, a search, a message about
her mother-in-law's wheelchair, the receipt by order number in the path, a session cookie GET;
septic: the address with her fix and the water account, the pit survey, a quote, the order (a
gate code in the note), a SPEI payment from her CLABE, a cistern cleaning (msgpack), a tank photo,
the truck by order in the path, a chat quoting her phone, a protobuf receipt, the e-invoice
request (her RFC), a neighbour referred, an overflow report; air conditioning: the home, units,
pairing on the home Wi-Fi (SSID, BSSID, the Wi-Fi password, the LAN address), a schedule, a
protobuf telemetry frame, a visit naming her husband, the technician by order in the path, the
electricity service number with kWh (gzip), a filter order for the daughter's dust allergy
(msgpack), the warranty, a geofence (her fix and the house); invoicing: her RFC and CURP, the
e.firma certificate, key and password, her tax-status PDF, two clients (a school: negatives; a
student: his name, RFC, e-mail and post code), two invoices, a cancellation, the folio's PDF, her
RFC in the path, sending, a payment with both CLABEs, the bank link, the declaration (gzip), the
agenda (msgpack), a sync (JSON Lines); gremio: sign-up with baptism, parish and guild, dues to a
fund, the procession day as banner bearer, a check-in (4 decimals), a protobuf procession beat,
her vow for her daughter's operation, a Mass for the departed, a prayer for her mother-in-law's
diabetes, vaquería tickets (msgpack), the ramillete photo, the family (the daughter's CURP and
first communion), a rosary search, receipts by member number in the path; XV: the niece's
profile (CURP, birth date, age, her mother), the hacienda, the dress with the girl's
measurements, chambelanes (msgpack, minors), guests (JSON Lines), a waltz video, the cake, the
payment, the Mass (the girl's baptism date), the bus from her mother-in-law's house, a check-in (5
decimals), songs, the girl's shellfish allergy, the booking in the path; veins: sign-up (CURP,
policy), an SMS code, the intake (gzip), leg photos, the Doppler PDF, the plan, a deposit, a
session, a check-in, a protobuf diary, stockings by measurement (msgpack), a message to the
angiologist, steps, sharing with her husband, invoices by chart number in the path, a claim (her
RFC, diagnosis), a video-room token. SDKs: analytics batches (gzip; positions at 2 or 3
decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), a base64url pixel;
MMP installs, events (hashed e-mail and phone) and deep links (a URL in a JSON field carrying the
member number and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo; year of birth and
gender once) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON
header); push subscribers; consent records and checks; card tokens, confirmations and a wallet
payout; geocoding (her typed address, business names), reverse geocoding (``lat,lon`` in the
path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, check-in, appointment, slot, draft and visit IDs, idempotency
keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the cenote's ID,
name, phone and point, lockers, turnstile, snack prices; the septic company's yard point, pit
sizes, litres, the truck; the AC shop's ID, the units' serials and BTU, the controller's own MAC
and LAN address in a crash message, setpoints and kWh; the language school's name, RFC (a
company's), regimen, post code and billing e-mail, invoice folios, unit prices, tax-use codes; the
church's ID and point, the novena, the vaquería's ID; the hacienda's ID, name, phone and point,
guest counts, table numbers, cake flavours, the dress colour; the clinic's ID, name and point,
the insurer's name, rooms.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/e-mail codes, a gate code, an invite code,
the Wi-Fi password, bearer, refresh, session and video-room tokens, the e.firma private key
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, colonia, state, post code and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, bookings and orders ``financial.purchase``;
card data, last four digits, payment-method IDs and CLABEs ``financial.payment``; another
person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL path
``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Ricardo, Valeria, Ximena) is not ``contact.name`` except where
  the text is about a child (the niece's allergy); the daughter's and niece's full names always
  are;
- Mexican numbers carry valid check digits (computed in the kit): CURPs (hers, the daughter's,
  the niece's), RFCs (hers, the student's) ``personal.national_id``, another person's RFC too;
  her temporary-resident card ``personal.national_id``; the school's company RFC a negative; the
  e.firma certificate file ``personal.national_id`` (it carries her RFC and CURP), its key and
  password ``secret.credential``; her tax-status PDF ``content.media|personal.national_id``;
- utility and service accounts (the septic contract, the water account, the electricity service
  number, the gremio member number) ``id.user``, as set 151's flat account;
- invoiced totals, the ISR withheld and the declaration's income and tax ``financial.purchase``
  (her sales, as set 151's excise revenue); the student's CLABE ``financial.payment``;
- cenote: ages in the party ``personal.birthdate``; life-vest and rappel weights and height
  ``health.fitness``; the waiver's answers ``health.medical``; the wheelchair message
  ``content.text|contact.name|health.medical|personal.sensitive`` (disability); the palapa Wi-Fi
  she joins ``location.wifi`` (its point a negative);
- AC: the home SSID/BSSID ``location.wifi`` (the profile's), the daughter's dust allergy note
  ``content.text|health.medical``, the house's point in the geofence ``location.precise``;
- gremio: guild, parish, baptism date and parish, fund, Mass kind, banner bearing, first
  communion, push tag and analytics property ``personal.sensitive`` (religion); the departed's
  name ``contact.name``; the vow and the prayer ``content.text|personal.sensitive|
  health.medical|contact.name``; a rosary search ``behavior.search|personal.sensitive``;
- XV: the niece is a data subject (name, CURP, birth date, age, measurements ``health.fitness``,
  baptism date ``personal.sensitive``); the chambelanes' names and ages and their parents'
  phones labelled (minors typed by her); the invitation PDF and rehearsal video
  ``content.media``;
- veins: the chart number (body, JWT ``expediente``, query, URL path, protobuf) and the policy
  number ``health.medical`` (as set 151's chart and set 37's member ID); leg photos and the
  Doppler PDF ``content.media|health.medical``; weight, height, circumferences and steps
  ``health.fitness``; hours standing ``health.medical`` (a stated risk factor);
- SDKs: Trackuukum's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``YUC``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md's path paragraph (stated honestly):
``eval_payloads.py``; ``eval_families151.py`` and all its modules (kit, sdk, svc, abano, school,
svan, qvevri, dental; parish and building were not opened) as the template; of the helper kits
only what was needed to call them: the constants and function signatures of
``eval_families6_kit`` (``raw``, ``multipart``, ``pb`` bodies), ``eval_families17_kit`` (its
import list), ``eval_families20_kit`` (``App``, ``ev``, ``opaque``), ``eval_families21_kit``
(``at_path``), ``eval_families22_kit`` (``lines``), ``eval_families24_kit`` (``rid``, ``sdk_id``,
``head``, ``claims``), the names in ``eval_families16_kit``/``18_kit``/``19_kit`` and
``eval_families21.py``'s ``LISTED_ONCE``/``listed_once`` lines as a grep printed them (the
set's contents not read); the module docstrings of every
``scripts/eval_families*.py`` (extracted with ``ast`` into a text file and grepped for the app
kinds and vendor names; sets 46 and 173's top docstrings read further). No classifier, rule, test,
decoder or README was read or run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families194_cheen
import eval_families194_gremio
import eval_families194_iik
import eval_families194_kikel
import eval_families194_tsiib
import eval_families194_tsonoot
import eval_families194_xv
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path was produced by the decoders when ``main`` ran; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families194_tsonoot.tsonoot(), *eval_families194_tsonoot.tsonoot_sdks(),
            *eval_families194_cheen.cheen(), *eval_families194_cheen.cheen_sdks(),
            *eval_families194_iik.keeliik(), *eval_families194_iik.keeliik_sdks(),
            *eval_families194_tsiib.tsiibfaktura(), *eval_families194_tsiib.tsiibfaktura_sdks(),
            *eval_families194_gremio.kiichpam(), *eval_families194_gremio.kiichpam_sdks(),
            *eval_families194_xv.holajun(), *eval_families194_xv.holajun_sdks(),
            *eval_families194_kikel.kiikelbej(), *eval_families194_kikel.kiikelbej_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
