"""Two-hundred-and-twenty-seventh, BLIND labelled set for the classifier evaluation ("blind224"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run after the set was complete and again after each later edit (every full run exited
0; one run piped into ``head`` died of a broken pipe). It is to be scored once, by the lead, on
the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths as set 151
uses them). Like sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend
and SDK shapes in roughly the proportions real captures have (150 first-party calls and 80 SDK
calls, 230 exchanges, 1,738 labels after ``listed_once`` as ``main`` prints them), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. She lives in Kartuzy (Kashubia, Pomerania, Poland) with her
Kashubian husband Paweł Formela, her US SIM roaming; their daughter Maja (9) is in the third class
of a primary school in Kartuzy; her mother-in-law Teresa Formela lives in Chmielno (all
fictional). Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company
named as sender), each with its own API and the SDKs it embeds; the APIs' keys are Kashubian,
ASCII-folded as a local developer writes them (ë, ò, ô, ù, ã dropped to plain letters), mixed
with the English words real APIs keep (``email``, ``token``, ``id``, ``push_token``, ``wifi``,
``refresh_token``) and Polish-shared loans (``pesel``, ``konto``, ``telefon``):

- ``eval_families227_mors.py`` "Mòrsczi Brzezno", a winter sea-swimming ("walrus") club that
  meets at the Brzeźno pier in Gdańsk: ``miono`` first name, ``nozwesko`` (nôzwëskò) surname,
  ``parola`` password, ``dzen_urodzenio`` (dzéń ùrodzeniô) birth date, ``plec`` sex (``bialka``
  woman), ``gard`` town, ``karta_czlonka`` membership card, ``kontakt_pomoc`` emergency contact,
  ``chlop`` husband, ``choroba_serca`` heart disease, ``cesnienie_krwi`` blood pressure,
  ``lekarstwa`` medicines, ``ciaza`` pregnancy, ``kapiel`` dip, ``polozenie`` position,
  ``szerzo``/``dlegosc`` latitude/longitude, ``mol`` (môl) place, ``sklodka`` (skłôdka) dues,
  ``sema`` (sëma) amount, ``minute_w_wodze`` minutes in the water, ``tetno`` pulse, ``odjimk``
  (òdjimk) photo, ``bestelenk`` (bestelënk) order, ``dowoz`` delivery, ``adresa`` street line,
  ``wiadomosc`` message, ``jazek`` (jãzëk) language, ``wedarzenia`` events, ``brekownik``
  (brëkòwnik) user;
- ``_bursztin.py`` "Bursztinka", a Gdańsk amber workshop's raw-amber buying app (money: she picks
  amber on the beach at Stogi after storms and sells it): ``sprzedawca`` seller, ``komorka``
  (kòmórka) mobile, ``dokument``/``rodzaj``/``numer``, ``konto`` account, ``znalezisko`` find,
  ``grame`` grams, ``partia`` lot, ``wycena`` valuation, ``oferta`` offer, ``wyplata`` payout,
  ``tytul`` transfer title, ``wizyta`` visit, ``godzena`` (gòdzëna) hour, ``datum`` date,
  ``atest`` certificate, ``podatk`` (pòdatk) tax, ``przechod`` revenue, ``polecenie`` referral,
  ``szukoj`` (szukôj) search, ``uwoga`` (ùwôga) remark;
- ``_szopka.py`` "Betlejka", a Catholic parish's living-nativity play (cast, costumes,
  rehearsals, volunteers, the children's Advent dawn Masses; her religion): ``parafio``
  (parafiô) parish, ``wyznanie`` denomination, ``wolontariusz`` volunteer, ``obsada`` cast,
  ``rola`` role, ``przedstawienie`` performance, ``kostium``, ``miare`` (miarë) measurements,
  ``wzrost`` height, ``obwod`` girth, ``proba`` (prôba) rehearsal, ``roraty`` the dawn Mass,
  ``msza`` Mass, ``zmiana`` shift, ``darenk`` (darënk) gift/collection, ``cel`` purpose,
  ``lest`` (lëst) letter, ``dojazd`` ride, ``kierowca`` driver, ``intencjo`` Mass intention,
  ``pokwitowanie`` receipt;
- ``_zogle.py`` "Żôglëk", the daughter's Optimist sailing school on Lake Klasztorné (the child's
  data): ``zeglorz`` (żéglôrz) sailor, ``dzecko`` child, ``rodzic`` parent, ``grupa``,
  ``astma``, ``uczulenia`` allergies, ``plywanie`` swimming, ``woga`` (wôga) weight,
  ``zaswiadczenie`` certificate, ``obecnosc`` attendance, ``przeczena`` (przëczëna) reason,
  ``oboz`` camp, ``zaliczka`` deposit, ``kamizelka`` life jacket, ``dieta``, ``odbior`` pick-up,
  ``upowaznienie`` authorisation, ``pokrewienstwo`` relation (``starka`` grandmother),
  ``trener`` coach, ``wynajem`` hire, ``zgoda`` consent, ``podpis`` signature, ``kod_pocztowi``;
- ``_krzepko.py`` "Krzepkô", a pelvic-floor physiotherapy practice in Wrzeszcz with a Bluetooth
  biofeedback trainer (her own health; camelCase Kashubian keys): ``pacjent`` patient file,
  ``ankieta`` questionnaire, ``porode`` (pòrodë) births, ``cesarsczi`` caesarean,
  ``nietrzimanie`` incontinence, ``iciqWenik`` score, ``bolenie`` (bòlenié) pain,
  ``skierowanie`` referral, ``rozpoznanie`` diagnosis, ``termin`` slot, ``placenk`` (płacënk)
  payment, ``ostatneSztere`` last four, ``sesjo`` session, ``cesnienie`` pressure,
  ``trzimanie_s`` hold, ``dzennik`` (dzénnik) diary, ``ilosc_ml`` volume, ``wyciek`` leak,
  ``cwiczenia`` exercises, ``zwrot`` reimbursement, ``polisa`` policy, ``udostepnienie``
  sharing, ``dochtor`` (dochtór) doctor;
- ``_haft.py`` "Wzorzëk", a Kashubian embroidery school's course app in Żukowo: ``student``,
  ``kurs``, ``poziom`` level, ``raty``/``rata`` instalments, ``zestaw`` kit, ``pozycje`` lines,
  ``cena`` price, ``odbiorca`` recipient, ``kod`` post code, ``lekcjo`` lesson, ``praca`` work,
  ``wzor`` (wzór) pattern, ``wyhaftowac`` to embroider, ``farwe`` (farwë) colours, ``wystawa``
  exhibition, ``tytul`` title, ``ocena`` rating, ``komentorz`` comment, ``certifikat``,
  ``zyczenia`` wishes, ``sztecze`` stitches, ``rachunk`` bill;
- ``_jedla.py`` "Jedlëna", a Christmas-tree plantation near Òstrzëce (tag a tree in the rows,
  cut it or have it delivered): ``rejestracjo`` registration, ``gatunk`` species, ``wiolgosc``
  (wiôlgòsc) size, ``znak`` tag, ``rzad`` row, ``blisko`` near, ``dodatczi`` extras, ``wies``
  village, ``punkte`` points, ``komentorz``, ``po-godach`` after Christmas (Gòdë).

The words were varied across the apps (``telefon``/``komorka``, ``wiadomosc``/``lest``/
``tekst``, ``szukanie``/``szukoj``/``q``, ``kod``/``kod_pocztowi``, ``sema``/``cena``/
``przechod``); several (``pesel``, ``konto``, ``karta``, ``numer``, ``adresa``'s stem) are
shared with Polish, as a Kashubian developer's would be; sets 26, 35 and 44 have Polish keys and
none of their files was opened. Why the seven are new (a file-name and docstring grep of
``scripts/eval_families*``, the docstrings extracted with ``ast`` into a scratch file): "walrus",
"winter swim", "ice swim", "cold plunge", "amber" (outside SDK vendor names and "chamber"),
"nativity", "passion play", "mystery play", "sailing school", "optimist", "dinghy", "pelvic
floor", "incontinence", "kegel", "christmas tree", "spruce" and "kashub" matched nothing;
"embroider" matched only tailoring and uniform apps (sets 112, 117, 153). Neighbours made
different (each module's docstring says how): set 155's summer open-water race series; set
207's minority-language association (a first draft of this set had a Kashubian association's
members' app as the sensitive-trait app; it was dropped for that overlap before ``main`` was
run on the final set, and the nativity play written instead); the many parish apps (101, 124,
130, 151...) and set 191's festival carol troupe; sets 62, 66, 82 (adults' sailing), 148 (a
youth canoe programme) and 116 (an outrigger club); the ``_physio`` file, set 221's osteopathy
clinic and set 34's HRV biofeedback; sets 114 (lace), 120 (knitting) and 166 (quilting). The
SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrigryf", MMP "Trackoliwa", OpenRTB 2.5 ads "Bidmotlawa", crash
reporting "Crashhel") and ``_svc.py`` (flags "Flagwdzydze", push "Pinglebsko", consent
"Consentradunia", payments "Payszelag", maps "Mapwiezyca", support chat "Helpgdunsk"); their
code is set 151's SDK shapes with the vendors, hosts, zone (Europe/Warsaw), country (PL/POL,
region 22), currency (PLN) and payout (a BLIK-style phone payout) changed (a case-insensitive
grep of ``scripts/`` found none of the ten names). ``eval_families227_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/ja``-style GETs with JWT bearers; walrus club: the health declaration (gzip), the ECG
certificate (PDF), the dips, a dip booked with her husband, dues, a check-in on the beach (6
decimals), a protobuf dip beat, the dip's result (msgpack), a group photo, points by cookie, the
season challenge, a search, a club-shop order with delivery and its status by order number in
the path, a chat message quoting her phone, accident insurance with her PESEL, a log-out; amber:
seller sign-up (PESEL, residence card, IBAN), the price list, a find with her fix, a lot with a
photo, a valuation, the offer, a visit and a check-in at the workshop, a certificate, the payout,
payouts, the yearly statement (gzip), an offline sync of finds (JSON Lines, 5 decimals), lots by
seller number in the path, a message, a referral of her mother-in-law, a search, a bank link
(base64 JSON in a form field); nativity: registration (parish, denomination), the cast, the
family's roles, costume measurements (gzip), rehearsals, a check-in in the parish hall, Maja's
dawn-Mass stickers, a volunteer shift, a collection, a rehearsal photo, a letter to the curate,
a ride (their home at 3 decimals), the programme, a Mass intention, her shifts by volunteer
number in the path, a carol search, a receipt by cookie GET; sailing: enrolling Maja (PESEL,
birth date, sex), her health form (gzip), the sports certificate (PDF), her card photo, her plan
by sailor number in the path, training times, an absence (a fever), the season's payment, the
camp deposit, a pick-up authorisation for her grandmother, the pick-up check-in (5 decimals), a
letter to the coach, theory results, a club boat hired, a search, consents, the address, events
with a session cookie; pelvic floor: sign-up (PESEL), an SMS code, the questionnaire (gzip), the
referral (PDF), slots, a visit booked and paid, a check-in, pairing the trainer, a protobuf
trainer session, a pressure series (msgpack), the bladder diary, a message to her
physiotherapist, the plan, a video room, the insurer's reimbursement (her IBAN), invoices by
patient number in the path, sharing with her gynaecologist, a search; embroidery: sign-up (her
phone as typed), courses, an enrolment, an instalment, a kit order with delivery, a lesson
video, a check-in at the studio, a photo of her work, a pattern with Maja's name, an exhibition
entry, a review, a search, the group chat, the certificate by student number in the path, a
gift voucher for her mother-in-law, an offline progress sync (JSON Lines), the bill by cookie
(a base64 JSON preferences cookie); tree farm: plantations near her flat (3 decimals), the
catalogue, a tree tagged with her fix in the rows, its payment, a check-in at the gate, a
protobuf visit beat, extras (msgpack), delivery home (her husband to call), a tree for her
mother-in-law (her address), the tree by tag in the path, a review, a search, the potted tree's
collection, points by cookie, the farm shop's Wi-Fi, a log-out. SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep link (a URL
in a JSON field carrying the course and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP
geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header);
push subscribers; consent records and checks; card tokens, confirmations and a phone payout;
geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages
and an upload.

Negatives are implicit: request, dip, lot, rehearsal, shift, slot, visit, session, lesson, work and
thread IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the pier's ID, name and point, the water and air temperatures, wind and the club's
thermometer (readings of a device that is not hers), the shop's catalogue prices; the amber
workshop's ID, name, phone and point, grams, pieces, colours, the price per gram, the transfer
title; the parish hall's ID and the church's point in the check-in, the play's roles and costume
codes, the performance IDs; the yacht club's ID, point, slipway, group, the club boat's sail
number; the practice's ID and point, the room, the trainer's model, firmware, sampling rate and its
own temperature; the studio's ID and point, kit catalogue prices, thread colours (hex), the
parcel-locker fallback ID; the plantation's ID, name, phone and point, the row, species, size,
extras' prices, voucher codes.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and
video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, county, village, region, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, instalments,
bookings and orders ``financial.purchase``; card data, last four digits, payment-method IDs and
IBANs ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Paweł, Maja) is not ``contact.name`` except where the text is
  about the child (the absence note, the letters to the coach and the curate) or names a person
  with a surname; the child's full name always is;
- pregnancy answers (walrus, pelvic floor) ``health.medical|personal.sensitive`` (TAXONOMY lists
  pregnancy as sensitive; set 151 labelled its pregnancy answer medical only);
- walrus: ``karta_czlonka`` ``id.user``; the declaration's answers ``health.medical``; the ECG
  PDF ``content.media|health.medical``; minutes in the water, pulse, dips done and the season's
  dip goal ``health.fitness``; her PESEL ``personal.national_id``;
- amber: the seller number ``id.user``; PESEL and residence card ``personal.national_id``; her
  finds' positions ``location.precise`` (where she was); her sale, payout and yearly revenue
  ``financial.purchase`` (her sales, as set 151's excise revenue), the certificate fee too;
- nativity (religion): the parish ID (body, query, JWT), denomination, dawn-Mass attendance,
  the collection's purpose and push tag ``personal.sensitive``; the caption and letter naming
  church and Mass ``content.text|personal.sensitive``; the Mass intention for her late
  father-in-law ``content.text|personal.sensitive|contact.name``; the roles unlabelled; heights
  and girth ``health.fitness``; Maja's age ``personal.birthdate``; her volunteer
  number ``id.user``;
- sailing: Maja is a data subject: PESEL ``personal.national_id``, sailor number ``id.user``
  (body, query, JWT ``dzece``, URL path), name, birth date, sex; asthma, allergy, medicine and
  diet ``health.medical``; swimming ability, weight, height and the life jacket's weight band
  ``health.fitness``; the sports certificate ``content.media|health.medical``;
- pelvic floor: the patient file number (body, JWT, query, URL path, protobuf, msgpack) and the
  insurance policy number ``health.medical`` (medical record numbers, as sets 37 and 151); the
  trainer's pressure readings, holds, the bladder diary's volumes and leaks, the ICD code
  ``health.medical``; her running ``health.fitness``; her search for exercises after childbirth
  ``behavior.search|health.medical``;
- embroidery: the student number ``id.user``; Maja's full name to be embroidered
  ``content.text|contact.name``; a chat line naming Kartuzy ``content.text|location.coarse``;
- tree farm: the tree tag ``financial.purchase`` (an order: body, protobuf, URL path); her fix
  in the rows and at the gate ``location.precise``; her mother-in-law's street typed by her
  ``contact.address``, the village ``location.coarse``; the farm shop's Wi-Fi she joined
  ``location.wifi``;
- SDKs: Trackoliwa's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``22``, Pomorskie) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``scripts/eval_families151.py`` and all its modules whole
(``_abano``, ``_building``, ``_dental``, ``_kit``, ``_parish``, ``_qvevri``, ``_school``,
``_sdk``, ``_svc``, ``_svan``; ``_sdk``/``_svc`` copied with renames by ``sed``) and
``scripts/eval_payloads.py`` whole; definitions and signatures only: the import block of
``eval_families17_kit``, its ``def`` lines, ``App``/``ev``/``opaque``/constants of
``eval_families20_kit``, ``rid``/``sdk_id``/``head``/``claims``/card constants of
``eval_families24_kit``, ``at_path``/``sdk_uid`` of ``eval_families21_kit``, ``lines``/
``sdk_uuid`` of ``eval_families22_kit``, ``raw``/``multipart``/``pb`` of ``eval_families6_kit``,
``token``/``add`` of ``eval_families10_kit``, ``report`` of ``eval_families8_kit``,
``LISTED_ONCE``/``listed_once`` of ``eval_families21.py``; a ``grep`` for constant and ``def``
lines across ``scripts/eval_families*_kit.py`` to find those definitions (it also printed the
category-id constant lines and birth-date strings of other sets' kits, e.g. 101-194: a bend of
the brief's "only the kits 151 imports"); TAXONOMY.md whole; DESIGN.md only a ``grep`` for
"report.json" (line numbers; not re-read, paths follow set 151's conventions); the file names of
``scripts/`` and every ``eval_families*`` module docstring (extracted to a scratch file, grepped
with excerpts, and the first lines of the docstrings of sets 204 ``_pwoatol``, 62 and 82
``_sail``, 114 ``_lace``, 120 ``_knit``, 166 ``_tivaevae``, 39 ``_pendant``, 105 ``_sole``, 207
``_marilenghe`` and 184 ``_pajo`` printed); a case-insensitive ``grep -l`` count over
``scripts/`` for the ten vendor names and their stems. No classifier, rule, test, decoder or
``phonehome`` command was read or run (``ruff check --select F`` ran on these files).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families227_bursztin
import eval_families227_haft
import eval_families227_jedla
import eval_families227_krzepko
import eval_families227_mors
import eval_families227_szopka
import eval_families227_zogle
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
    return [*eval_families227_mors.morsczi(), *eval_families227_mors.morsczi_sdks(),
            *eval_families227_bursztin.bursztinka(), *eval_families227_bursztin.bursztinka_sdks(),
            *eval_families227_szopka.betlejka(), *eval_families227_szopka.betlejka_sdks(),
            *eval_families227_zogle.zoglek(), *eval_families227_zogle.zoglek_sdks(),
            *eval_families227_krzepko.krzepko(), *eval_families227_krzepko.krzepko_sdks(),
            *eval_families227_haft.wzorzek(), *eval_families227_haft.wzorzek_sdks(),
            *eval_families227_jedla.jedlena(), *eval_families227_jedla.jedlena_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
