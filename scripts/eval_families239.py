"""Two-hundred-and-thirty-ninth, BLIND labelled set for the classifier evaluation ("blind236"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run nine times (each exited 0 with no undecoded labelled path; between the runs
eight first-party calls were added, long lines rewrapped and this docstring written). It is to
be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (149 first-party calls and 81 SDK calls, 230 exchanges, 1,714
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Toulouse (Saint-Cyprien, Occitanie, France) with her husband Bastian
Delpech, a Toulouse-born teacher, her US SIM roaming on a French network (MCC/MNC 208 10 in the
kit); their daughter Lina (2) goes to a registered childminder in the same quarter; her
mother-in-law Odeta Delpech lives in Albi; her sister Rachel Doe lives in Ohio. She is a test
engineer at a (fictional) aerospace supplier in Blagnac. Seven app kinds (fictional names, hosts
under example.* per RFC 2606, no real company named as sender), each with its own API whose keys
are Occitan (Languedocien) as a local developer writes them: ASCII-folded (``naissenca`` for
naissença, ``adreca`` for adreça, ``corriel`` for corrièl), mixed with the English and French
words APIs keep (``token``, ``id``, ``email``, ``iban``, ``refresh_token``, ``numero_secu``,
``CSE``), and the SDKs each embeds:
- ``eval_families239_rosa.py`` "Ròsa", the Toulouse local-currency wallet (MONEY): ``prenom``
  first name, ``nom_familha`` surname, ``corriel`` e-mail, ``telefon`` phone, ``senhal``
  password, ``data_naissenca`` birth date, ``adreca`` address, ``vila`` town, ``codi_postal``,
  ``quartier`` quarter, ``soci`` member, ``cotisacion`` fee, ``escambi`` exchange, ``soma``
  amount, ``compte_bancari`` bank account, ``mandat_sepa``, ``pagament``, ``comercant`` shop,
  ``beneficiari`` payee, ``messatge``, ``nota``, ``latitud``/``longitud``, ``recerca`` search,
  ``vot`` vote, ``istoric`` history, ``favorits``, ``aparelh`` device, ``lenga`` language,
  ``zona_oraria`` time zone, ``eveniments``, ``sortida`` log-out;
- ``_artelh.py`` "Artelh", a private clinic's forefoot-surgery pathway (her HEALTH: hallux
  valgus): ``pacient``, ``nom``, ``prenom``, ``telefon_mobil``, ``naissenca``, ``sexe``
  (``femna``), ``numero_secu`` social-security number, ``mutuala`` insurer, ``numero_aderent``,
  ``metge_traitant`` GP, ``dorsier`` patient file, ``questionari``, ``potingas`` medicines,
  ``alergias``, ``fumaire`` smoker, ``diabet``, ``pes`` weight, ``talha`` height,
  ``radiografia``, ``anestesia``, ``consentiment``, ``signatura``, ``dintrada`` admission,
  ``dejun`` fasting, ``dolor`` pain, ``enfladura`` swelling, ``cicatritz`` scar, ``infirmiera``
  nurse, ``injeccions``, ``sabata`` post-op shoe, ``arrest_trabalh`` sick leave, ``emplegaire``
  employer, ``ordonancas`` prescriptions, ``facturas``, ``teleconsulta``, ``partejar`` share,
  ``acompanhaire`` escort;
- ``_temple.py`` "Salmet", a Reformed Protestant parish in Toulouse (her RELIGION):
  ``pichon_nom`` first name, ``nom_d_ostal`` family name, ``numero_tel``, ``nascuda_lo`` born
  on, ``registre`` members' register, ``confession``, ``batejada``, ``culte``, ``santa_cena``,
  ``ofrena`` offering, ``fons`` fund, ``soma_mesadiera``, ``titular``, ``recaupudas_fiscalas``
  tax receipts, ``numero_fiscal``, ``estudi_biblic``, ``batejament``, ``pairin``/``mairina``
  godparents, ``pregaria``, ``frasa`` text, ``conselh_presbiteral``, ``escrutin``, ``recuelh``
  retreat, ``regim`` diet, ``corala``, ``benevolat``, ``predicacions`` sermons, ``espos``;
- ``_comitat.py`` "Comitat", her employer's works council (money, her family, a union list):
  ``matricula`` employee number, ``corriel_pro``/``corriel_perso``, ``portable`` mobile,
  ``familha``, ``conjunt`` spouse, ``enfants``, ``numero_fiscal``, ``revengut_referencia``
  reference income, ``parts``, ``quocient_familial``, ``chec_vacancas`` holiday vouchers,
  ``soma_faciala``, ``part_salariat``, ``bilhetaria``, ``joguina`` toy, ``present``,
  ``subvencions``, ``garda`` childcare, ``justificatiu`` proof, ``assistenta``, ``esport``,
  ``carta_piscina``, ``eleccions``, ``lista``, ``collegi``, ``liurason`` delivery,
  ``covoiturage`` car-pool, ``partenca``/``arribada``;
- ``_bressol.py`` "Bressòl", the childminder's diary and wage app (THE CHILD): ``drolla`` the
  little girl, ``assistenta`` childminder, ``agrament``, ``contracte``, ``avenant``,
  ``oras_setmana``, ``tarif_orari``, ``entreten``, ``salari_net``, ``iban_prelevament``,
  ``numero_emplegaire``, ``bulletins`` payslips, ``vaccins``, ``metge``, ``arribadas``,
  ``portat_per``, ``autorizacions``, ``potinga``, ``pes_per_dosa``, ``motiu``, ``febre``,
  ``carnet_santat``, ``absencias``, ``congets``, ``luoc`` place, ``atestacions_fiscalas``,
  ``jornal``, ``repais``, ``som`` nap, ``temperatura``;
- ``_boria.py`` "Bòria", a duck farm near Albi (Christmas orders, Albi market pick-up, farm
  table): ``client``, ``carta_fidelitat``, ``punts``, ``produches``, ``fetge_gras``, ``confit``,
  ``comanda``, ``linhas``, ``pretz``, ``quantitat``, ``retirada``, ``mercat``, ``estanh`` stall,
  ``panier``, ``taula``, ``convidats``, ``regim``, ``cadiera_nenon``, ``vesitas``,
  ``atge_enfant``, ``avis``, ``estelas``, ``presents``, ``destinatari``, ``pais``, ``mot``,
  ``reclamacions``, ``alertas/estoc``;
- ``_nadaire.py`` "Nadaire", Toulouse's municipal pools: ``nadaire`` swimmer, ``adreca_mail``,
  ``mobil``, ``data_de_naissenca``, ``comuna``, ``carta``, ``recarga``, ``formula``, ``crenel``
  slot, ``linha`` lane, ``nivel``, ``intrada``, ``portica``, ``nenon`` baby, ``responsable``,
  ``vaccinacions_a_jorn``, ``otitis_recentas``, ``aquagim``, ``abonaments/suspension``,
  ``certificat_medical``, ``nadadas`` swims, ``frequentacion``, ``vestiari``,
  ``objectes_perduts``, ``familha``, ``membres``, ``atestacions``.
New kinds, checked with a script that reads only the module docstrings and file names of
``scripts/eval_families*.py``: "local currency", "complementary currency", "community
currency", "time bank", "monnaie" matched nothing; "hallux", "bunion" nothing (orthopaedic apps:
178's fracture clinic, 232's knee arthroscopy, 163's insoles, made different: a day-surgery
pathway with home nursing and sick leave); "works council", "staff council", "comit", "holiday
voucher", "employee benefit", "perks" nothing; "childminder", "child minder", "home-based
child", "nounou" nothing (nanny apps 53 and 67, crèche 96, nursery 138 differ: she employs a
registered childminder); "duck", "magret", "confit", "goose", "foie" nothing (227 has a farm
shop for a Christmas tree); "swimming pool", "piscine", "aquagym", "lap swim", "baby swim"
nothing (113 has a children's swim school); "protestant", "reformed", "presbyter", "temple"
matched several congregations (132, 181, 204, 213, 220, 224; 87's temple), made different: a
French Reformed parish whose money is members' offerings with tax receipts and whose council is
elected. Rejected because taken: rugby, trade-union apps, thermal spas, multiple sclerosis
(59, 82: written "multiple-sclerosis"), quit-smoking/vaping, canoe, camino, pétanque, skittles,
a party members' app (221), canvassing, pride. "toulouse", "albi", "occitan" matched no set's
setting. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metragal", MMP "Tracaire", OpenRTB 2.5 ads "Bidcigala", crash reporting
"Crashgarona") and ``_svc.py`` (flags "Flagcapitol", push "Pingcampana", consent "Consentoc",
payments "Coinpastel", maps "Mapcanal", support chat "Helptarn"); their code is set 151's SDK
shapes with the vendors, hosts, zone (Europe/Paris), country (FR/FRA), region (OCC), city,
language and currency (EUR) changed; the mobile-money call became an instant transfer to a phone
number. ``eval_families239_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes,
an employee-number log-in), ``/ieu`` GETs with JWT bearers (claims ``corriel``, ``soci``,
``dorsier``, ``membre``, ``parroquia``, ``matricula``, ``corriel_pro``, ``drollas``,
``carta_fidelitat``, ``carta``); currency: joining, the balance, euros exchanged from her IBAN by
SEPA mandate, a QR payment at the bakery with her fix (5 decimals), a protobuf NFC tap at the
bookshop with her fix, a transfer to her husband, shops near the flat (3 decimals), a search,
market-day offline payments (JSON Lines), the fund vote, favourite payees, the fee, history by
member number in the path, a base64 JSON preferences cookie, a message, a refund; clinic: sign-up
with her social-security number and insurer, the questionnaire (gzip), X-rays (PDF), the
anaesthetist slot, consent signature, the fee deposit, admission with her fix, a protobuf pain
diary, scar photos, a message to the secretary, the home nurse, the post-op shoe, sick leave, the
physio prescription, the discharge questionnaire, invoices by file number in the path, a video
room, sharing with her husband; parish: registration, worship with her fix (4 decimals), a
monthly offering by mandate, a one-off offering, the tax receipt, Bible study, Lina's baptism,
a prayer request, the council vote, the retreat, the choir rota, a photo, a message naming her
sister as godmother, volunteering, the register entry by number in the path, sermons, a receipt
by cookie GET; works council: activation, the household (gzip), holiday vouchers, cinema
tickets, a ticket search, Lina's Christmas present, the childcare subsidy with the childminder's
certificate (PDF), the sport subsidy, the union-list vote (msgpack), the catalogue, a delivery
address, a message, a car-pool offer from her quarter (3 decimals), tickets by order in the
query, orders by employee number in the path, a base64 JSON form field, events with a session
cookie; childminder: sign-up, Lina's profile, the contract, the diary, the drop-off with her fix
at the door (6 decimals), a pick-up authorisation for her mother-in-law, a medicine
authorisation, the monthly wage declaration, a contract change, payslips by employer number in
the path, a health-record page photo, a message, an absence (gzip), holidays, the tax
certificate, an offline diary sync (JSON Lines); farm: the catalogue, the Christmas order, its
payment, the market pick-up with her fix, basket changes (msgpack, order number in the path),
points by cookie, the farm table, a farm visit, the farm's Wi-Fi with her fix, a review, a
search, a gift box to her sister, the order by number in the path, a complaint, a protobuf stock
alert carrying her phone; pool: the card top-up, a lane slot, the turnstile by card number in the
path, a check-in (4 decimals), Lina's baby swimming, aqua-fitness, the subscription paused with a
medical certificate (PDF), a protobuf swim log, pools near (2 decimals), occupancy, a locker
code, a lost item with a photo, a review, a message, a search, the works-council certificate,
the family account (base64 JSON in a body field). SDKs: analytics batches (gzip; positions at 2
or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, events (hashed e-mail and phone) and a deep link (a URL in a JSON field
carrying the order and her phone); OpenRTB bids (GPS at 2 decimals or IP geo) and notices; crash
envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent
records and checks; card tokens, confirmations and an instant transfer to her husband's number;
geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages
and an upload.

Negatives are implicit: request, slot, line, thread, payment, appointment, booking-line and
offline IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the shops' IDs, names, phones and points, the exchange desk, an association ID, QR
payloads; the clinic's ID, name, phone and point, the surgeon and his secretary's address (picked
from the app, not typed), the insurer's name, the employer's HR address on the sick-leave form;
the temple's ID and point, candidates' IDs, the retreat and sermons; the employer's site, the
catalogue, products, the toy, ticket products; the childminder's agreement number, hours, hourly
rate and allowance, nap and meal entries; the farm's and market's IDs, names, phone and points,
the stall, product lines and prices, the gift box; the pool's ID, name and point, the lane,
level, turnstile, locker number, class and tariff.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, a locker code, bearer, refresh, session and
video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, quarter, region, post code and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, fares, invoices, bookings and orders
``financial.purchase``; card data, last four digits, payment-method IDs, IBANs and SEPA mandate
references ``financial.payment``; another person's full name, phone, e-mail and address typed
by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Lina, Odeta, Sandrina, Bastian) is not ``contact.name``
  except in Lina's absence note (as set 151's); the child's full name always is;
- currency: the member number ``id.user``; the SEPA mandate reference ``financial.payment``;
  payments, the exchange, the fee, transfers ``financial.purchase``; the fund vote (an
  association's ID) unlabelled;
- clinic: the patient file number (body, JWT ``dorsier``, protobuf, URL path) and the insurer's
  member number ``health.medical`` (medical-record numbers, as set 37's insurance member ID);
  her social-security number ``personal.national_id``; weight, height and the post-op shoe size
  ``health.fitness`` (body measurements); the X-ray PDF and scar photo
  ``content.media|health.medical``; the consent signature image ``content.media``; her GP's name
  typed ``contact.name``; the surgeon's name and secretary's address picked from the app and the
  employer's HR address unlabelled;
- parish: confession, baptism, worship, communion, funds, the Bible-study group, the
  volunteering service, the parish name in a JWT claim, traits and push tags
  ``personal.sensitive`` (religion); offerings and the tax-receipt total ``financial.purchase``;
  the tax number ``personal.national_id``; the register number ``id.user``; the prayer request
  naming her operation ``content.text|personal.sensitive|health.medical``; the retreat diet
  (lactose-free) ``health.medical``;
- works council: the employee number ``id.user``; her work e-mail ``contact.email``; the chosen
  union list in the staff election ``personal.sensitive`` (trade-union support); the reference
  tax income, tax shares and family quotient unlabelled (no taxonomy type fits income); the tax
  number ``personal.national_id``; her husband's birth date and Lina's age band in a push tag
  ``personal.birthdate``; the car-pool start (her flat at 3 decimals) ``location.precise``;
- childminder: Lina is a data subject: her record ID in the app ``id.user`` (body, query, JWT
  ``drollas``, push tag), name, birth date, sex, weight (``health.fitness``), allergy,
  vaccinations, fever, medicine, temperature and ear infection ``health.medical``; the
  childminder's name, phone and street typed by her ``contact.*``, her agreement number a
  negative; the employer number ``id.user``; wages and allowances ``financial.purchase``;
  naps and meals unlabelled; the holiday place "at her grandmother's in Albi"
  ``content.text|location.coarse``;
- farm: the loyalty card ``id.user``; her mother-in-law's coeliac diet typed
  ``content.text|health.medical``; the child's age ``personal.birthdate``; the farm Wi-Fi she
  joined ``location.wifi`` (the farm's point a negative); her sister's US street typed
  ``contact.address``;
- pool: the card ``id.user`` (body, JWT, protobuf, URL path); the swim log's lengths, minutes,
  pulse and metres ``health.fitness``; the baby's vaccination status and recent ear infections
  ``health.medical``; prescription goggles in a lost-item note ``content.text|health.medical``;
  pools near at 2 decimals ``location.coarse``;
- SDKs: Tracaire's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``OCC``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``eval_families151.py`` and all its modules whole (``_abano``,
``_building``, ``_dental``, ``_kit``, ``_parish``, ``_qvevri``, ``_school``, ``_sdk``, ``_svc``,
``_svan``), ``eval_payloads.py`` whole, ``/work/shared/TAXONOMY.md`` and ``DESIGN.md``; of the
helper kits only definitions: ``eval_families6_kit`` (``raw``, ``encode``, ``multipart``,
``pb``), ``eval_families17_kit`` (its docstring, imports and constants, ``check_ci`` and
``report`` as re-exported from ``eval_families8_kit``, whose lines 110-175 were read),
``eval_families20_kit`` (``App``, ``pos``, ``latlng``, ``ev``, ``play_token``, ``opaque``),
``eval_families21_kit`` (``at_path``, ``sdk_uid``), ``eval_families22_kit`` (``gql``,
``lines``, ``sdk_uuid``, ``tracking``), ``eval_families24_kit`` (constants, ``rid``,
``sdk_id``, ``head``, ``claims``, ``others``), ``eval_families21.py`` (``LISTED_ONCE``,
``listed_once``, ``build``), ``eval_families18_kit.sjwt``, the head of
``eval_families7_kit.enc``, and a grep listing the kits' ``def``/constant lines; ``ls`` of
``scripts/``; the docstring-and-file-name greps above (they print fragments of other sets'
docstrings); and one whole-file ``grep -rli`` of ``scripts/`` for the ten vendor names (it
listed no file). No classifier, rule, test, decoder or README was read or run; ``ruff check
--select F`` ran on these files (it removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families239_artelh
import eval_families239_boria
import eval_families239_bressol
import eval_families239_comitat
import eval_families239_nadaire
import eval_families239_rosa
import eval_families239_temple
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
    return [*eval_families239_rosa.rosa(), *eval_families239_rosa.rosa_sdks(),
            *eval_families239_artelh.artelh(), *eval_families239_artelh.artelh_sdks(),
            *eval_families239_temple.salmet(), *eval_families239_temple.salmet_sdks(),
            *eval_families239_comitat.comitat(), *eval_families239_comitat.comitat_sdks(),
            *eval_families239_bressol.bressol(), *eval_families239_bressol.bressol_sdks(),
            *eval_families239_boria.boria(), *eval_families239_boria.boria_sdks(),
            *eval_families239_nadaire.nadaire(), *eval_families239_nadaire.nadaire_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
