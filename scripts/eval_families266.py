"""Two-hundred-and-sixty-sixth, BLIND labelled set for the classifier evaluation ("blind263"):
written without reading the classifier code, its rules, the tests, the README or the evaluation
registry, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run by the author on the whole set eight times (all exited 0 except one piped
into ``head``, which stopped on a broken pipe; the last printed 228 exchanges, 1,746 labels;
three app kinds were replaced between the second run and the third, see below, and the later
runs followed docstring edits; the modules had each been imported once before to count their
cases). It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK
shapes in roughly the proportions real captures have (148 first-party calls and 80 SDK calls, 228
exchanges, 1,746 labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements
of the profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes.

Who she is: the profile's person, living in Barangay Tetuan, Zamboanga City (Mindanao, the
Philippines), where Chavacano is spoken, with her Zamboangueno husband Ronaldo ("Ronnie")
Enriquez, with whom she plays table tennis; their son Gabriel ("Gabo", 9) is in Grade 4 and spends
his summer Saturdays at a sepak takraw (sipa) clinic; Ronnie's mother Carmelita ("Lola Mely")
Enriquez lives in Barangay Santa Maria;
their live-in household helper (kasambahay) is Rosalinda ("Linda") Francisco from Ipil; her sister
Emily Doe is in Ohio. She holds an ACR I-Card and a Philippine TIN and teaches English at a
private college. Her US SIM roams on a Philippine network; her local prepaid number
(+63 998...) is her e-wallet's; money is pesos, zone ``Asia/Manila``, post code 7000. All people,
businesses and numbers are fictional; ``eval_families266_kit.py`` holds her places, people and the
apps' businesses.

The seven apps (fictional names, hosts under example.* per RFC 2606, no real company named as a
sender), each with its own API whose keys are Chavacano written in ASCII the way a local developer
would (``contrasena``, ``cumpleanos``, ``ano``), mixed with the English words real APIs keep
(``token``, ``id``, ``password`` in one app, ``email`` kept only as ``correo``, ``landmark``,
``plan``, ``slot``) and the SDKs it embeds:
- ``eval_families266_sueldo.py`` "Sueldito", household-employer payroll for the kasambahay
  (money): ``nombre``, ``apellido``, ``correo``, ``celular``, ``contrasena``,
  ``fecha_nacimiento``, ``direccion``, ``barangay``, ``ciudad``, ``codigo_postal``,
  ``numero_acr``, ``tin``, ``empleador``, ``ayudante`` helper, ``numero_sss``,
  ``numero_philhealth``, ``numero_pagibig``, ``pueblo`` home town, ``sueldo`` salary, ``paga``,
  ``cantidad``, ``contribucion``, ``descuento``, ``neto``, ``recibo`` payslip, ``adelanto``
  advance, ``razon``, ``ausencia``, ``enfermo``, ``nota``, ``trece_mes``, ``firma``, ``mensaje``,
  ``idioma``;
- ``_mujer.py`` "Saludmujer", a women's wellness clinic (her health: Pap smear, HPV vaccine,
  colposcopy referral): ``clave`` password, ``cumpleanos``, ``sexo`` (``mujer``), ``pasaporte``,
  ``paciente`` patient number, ``historia``, ``ultima_regla`` last period, ``ciclo_dias``,
  ``embarazada``, ``anticonceptivo``, ``alergia``, ``remedio`` medicine, ``operacion``,
  ``familia``, ``cita``, ``servicio``, ``resulta``, ``referido``, ``motivo``, ``vacuna``,
  ``dosis``, ``receta``, ``recordatorio``, ``tarjeta_ultimo``, ``con``/``marido``;
- ``_pareja.py`` "Hogarfe", a Catholic couples' ministry household group (her religion):
  ``religion``, ``parroquia``, ``marido``, ``casamiento``, ``miembro``, ``grupo``,
  ``ministerio``, ``reunion``, ``rezo``, ``texto``, ``diezmo``, ``fondo``, ``ensenanza``,
  ``retiro``, ``alojamiento``, ``emergencia``, ``devocion``, ``santuario``, ``rol``,
  ``intencion``, ``ofrenda``, ``pie`` caption, ``encuesta``;
- ``_sipa.py`` "Sipazam", a kids' summer sepak takraw clinic (the child's data): ``bata``
  child, ``psa`` birth-certificate number, ``estatura``, ``peso``, ``talla_camiseta``,
  ``jugador``, ``asma``, ``tipo_sangre``, ``pediatra``, ``cuota``, ``horario``, ``asistencia``,
  ``recoge`` pick-up, ``persona``, ``relacion``, ``sprint_20m_s``, ``salto_cm``,
  ``pulso_reposo``, ``saque_bueno`` good serves, ``asiento``, ``estrellas``;
- ``_fibra.py`` "Fibramar", home fibre internet: ``acr``, ``lugar_casa``, ``cuenta``,
  ``instalacion``, ``contacto``, ``mi_lugar``, ``clave_wifi``, ``factura``, ``monto``,
  ``reclamo``, ``luz_roja``, ``plan_nuevo``, ``amiga``, ``bloquea``;
- ``_paluto.py`` "Palutomar", paluto on the seafood strip (seafood bought by the kilo at a
  stall, cooked by the restaurant next door): ``nombre_completo``, ``landmark``, ``cliente``,
  ``puesto`` stall, ``marisco``, ``kilo``, ``estilo``, ``mesa_para``, ``reserva``, ``monto``,
  ``llegamos``, ``restaurante``, ``pie``, ``dividir``, ``con``, ``comentario``, ``reclamo``,
  ``problema``, ``suki``, ``carga``, ``amigo``, ``buscar``;
- ``_pingpong.py`` "Mesatenis", a table tennis club: ``usuario`` user name, ``mano``,
  ``nivel``, ``mesa``, ``pareja``, ``membresia``, ``miembros``, ``ano_nacimiento``, ``rival``,
  ``puntos``, ``entrenador``, ``clase``, ``lesion``, ``torneo``, ``categoria``,
  ``pareja_dobles``, ``pulso_max``, ``pulso_prom``, ``calorias``, ``entrega``.

New kinds, checked with a file-name and module-docstring grep of ``scripts/eval_families*``
(an ``ast`` extraction of every module's docstring, searched case-insensitively): "zamboanga",
"chavacano", "mindanao", "kasambahay", "househelp", "13th month", "pap smear", "colposcop",
"well-woman", "household group", "sports clinic", "sepak", "takraw", "fiber", "paluto",
"seafood market", "table tennis", "ping pong" and "pilar" matched nothing. Written first and
replaced after a second, context-printing grep (stated honestly): a kids' basketball clinic
("basketball": sets 104, 142 and 197 have leagues and a school tournament, 229 lists "children's
basketball"), an aircon cleaning service ("aircon" matched nothing but "air-con" found set 194's
home air-conditioning service) and an ukay-ukay live-selling app ("ukay" matched nothing but
"thrift" found set 208's second-hand clothing bale app); they became the sepak takraw clinic,
the paluto app and the table tennis club. Near words did match and
the kinds were made different: "domestic worker" (sets 155 and 177: here she is the employer
paying salary, SSS/PhilHealth/Pag-IBIG and the 13th month), "hpv" (134, 136, 208) and
"cervical" (several), so Saludmujer is a screening clinic's app with the result, the referral and
a spotting diary; "couples" (136, 167), "ministry" (8 sets), "parish"/"church" (many; 151's
parish has candles and commemorations), so Hogarfe is a lay couples' household group (meetings
at members' houses, tithes, a marriage retreat, the Fiesta Pilar novena); kids' sports clubs
exist (archery 241, taekwondo, football), none of sepak takraw; "fibre"/"broadband"/"router"
(16, 250 and others), so Fibramar centres on installation, brownout tickets and the home Wi-Fi;
"fish market" (204's pre-orders for a feast), so Palutomar is the buy-and-cook dinner. Other
Philippine sets (104, 142, 183, 192, 199, 242) were avoided by reading the first
lines of their entry docstrings. The SDKs are ten new vendors, built once and called by every app
with its own events: ``_sdk.py`` (analytics "Contadorzam", MMP "Rastreyo", OpenRTB 2.5 ads
"Licitayo", crash reporting "Quebradura") and ``_svc.py`` (flags "Senalito", push "Campanazo",
consent "Aprobayo", payments "Pagocito", maps "Mapaseo", support chat "Asistecha"); their code is
set 151's SDK modules copied with the vendors, hosts, zone, country (``PH``/``PHL``, region
``09``), language and currency changed (a grep of ``scripts/eval_families*`` for the ten names
found none; set 151's ``VUT`` country code, left over from its own template, is ``PHL`` here).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/yo``-style GETs with JWT bearers; payroll: her household-employer
registration, the helper (SSS, PhilHealth and Pag-IBIG numbers, birth date, phone, home town),
the signed contract PDF, the payroll (gzip), the salary paid to the helper's number, the payslip
by number in the path, the SSS contribution (msgpack), a cash advance for the helper's mother's
dengue, a sick day, the 13th month, an attendance queue (JSON Lines), support, a barangay
clearance photo, reports by cookie, preferences (base64 JSON in a form field); clinic: the
history (gzip), a Pap smear booked with a note, the fee, a check-in with her fix (5 decimals),
the queue by cookie, an HPV dose, the result by patient number in the path and its
acknowledgement, a colposcopy referral, an old result PDF, a message to the doctor, a protobuf
spotting diary, prescriptions, a pill reminder (msgpack), a video room, sharing with her husband;
couples' group: groups near her house (3 decimals), joining, a meeting with her fix at the host
couple's house, a prayer request naming her mother-in-law's cataract operation, a tithe, a
teaching series, a retreat, the novena, the Fiesta Pilar procession check-in (6 decimals), the
music rota, the group chat, a photo, her member number in the path, a mass intention for a
departed relative, the calendar with a base64 JSON cookie, a survey naming her and her husband's
religion; sepak takraw: Gabo's enrolment (PSA number, birth date, height, weight), the medical
clearance (gzip) and certificate photo, the fee, the schedule, a court check-in, a pick-up
authorisation for Lola Mely, his evaluation by player number in the path, fitness tests (msgpack),
a message to the coach, a video, a carpool offer with her address, games by cookie, a jersey
order, feedback, an offline check-in queue (JSON Lines, 4 decimals); fibre: the application with
her ACR number and house pin, the ACR photo, installation, the technician ETA with her position as
``lat,lon`` in the query, the modem on her home Wi-Fi (SSID, BSSID, Wi-Fi password), a Wi-Fi
password change, the bill by account number in the path, payment, a no-signal ticket, a protobuf
speed test (public and LAN addresses), a parental schedule, an upgrade (msgpack), a chat quoting
her account, the brownout schedule, a referral, notifications with a base64 JSON cookie; paluto:
the SMS log-in, profile with landmark and pin, favourite stalls, prices, a dinner for six booked
with a note on her mother-in-law's shrimp allergy, an e-wallet payment, the booking in the path,
arrival with her fix, a photo, the bill split naming her husband and mother-in-law, a message, a
rating, a complaint (gzip), a suki card top-up (msgpack), a referral, promos by cookie, a search;
table tennis: sign-up with sex and birth date, free tables, a doubles booking with her husband, a
family membership with Gabo's birth year (msgpack), a payment, her ranking by user name in the
path, a match against a named rival, a check-in with her fix, a serve video, a message about her
wrist, a lesson noting tendinitis, a tournament entry (gzip), a search, her watch's heart rate and
calories (JSON Lines), settings with a base64 JSON cookie, a rubber order delivered home.
SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form
field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and
phone) and a deep link (a URL in a JSON field carrying the player number and her e-mail); OpenRTB
bids (GPS at 2 or 3 decimals or IP geo; once year of birth and gender) and notices; crash
envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent
records and checks; card tokens, confirmations and e-wallet payouts/collections; geocoding (a
clinic's name, the court, the club), reverse geocoding (``lat,lon`` in the path),
routes and telemetry; support messages and uploads.

Negatives are implicit: request, slot, thread, ticket, session, installation-order, live and item
IDs, idempotency keys, PRNs, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices;
the helper's start date, day off and stay-in status; the clinic's ID, point, the vaccine lot, the
doctor's ID; the parish group's ID, the shrine's ID and point, the inviter's member ID; the
court's ID and point, jersey size and number, good serves, the coach's ID, catalogue SKUs and
prices; the ISP's branch, the modem's serial, a household tablet's name and MAC (not the phone's),
plans, speeds and the test server; the restaurant's and stalls' IDs and points, seafood,
kilos, styles and prices per kilo, the suki card's ID; the club's ID and point, tables, league,
scores, playing hand, level, the coach's ID, rubber SKUs and prices.

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory, LAN addresses and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, Wi-Fi passwords, bearer, refresh, session and
video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, barangay, town, region, post code and country ``location.coarse``;
street lines and landmarks describing her house ``contact.address``; amounts, totals, fees,
bills, bookings, payslips and orders ``financial.purchase``; card data, last four digits,
payment-method and card tokens and her bank account ``financial.payment``; another person's full
name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too; positions at 2 decimals ``location.coarse``, at 3 or more
``location.precise``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Linda, Ronnie, Lola Mely, Tito Boy) is not
  ``contact.name`` except where the text is about the child (a message to the coach, a video
  caption); full names always are (the departed Pedro Enriquez too);
- payroll: the helper is a data subject typed by her employer: her SSS, PhilHealth and Pag-IBIG
  numbers ``personal.national_id``, her birth date, phone, name, home town; her salary,
  contributions, deductions, advance and net pay ``financial.purchase`` (no closer type; as 151's
  excise revenue); the household-employer number and her TIN and ACR ``personal.national_id``;
  the helper's sick day ``health.medical``;
- clinic: the patient number (body, JWT, query, path, protobuf) ``health.medical`` (a medical
  record number, as 151's chart); ``embarazada`` ``personal.sensitive|health.medical``
  (TAXONOMY lists pregnancy under sensitive; 151 used only ``health.medical``); the service
  searched and booked, the HPV dose and product, result, referral, diary values
  ``health.medical``; the referred specialist's and her doctor's names ``contact.name``;
- couples' group: religion, parish, church wedding, ministry, meeting kind, fund, teaching
  series, retreat, novena, devotion, rota role, the mass intention's kind and the group's name
  (JWT, push tag) ``personal.sensitive``; the member number ``id.user``; the wedding date, years
  married and number of children unlabelled;
- sepak takraw: Gabo's PSA birth-certificate number ``personal.national_id``; height, weight,
  sprint, jump and resting pulse ``health.fitness``; asthma, inhaler, allergy, blood group and
  fitness to play ``health.medical``; his player number ``id.user``; the medical certificate
  photo ``content.media|health.medical``;
- fibre: her home Wi-Fi (the profile's SSID/BSSID) ``location.wifi``, the Wi-Fi passwords
  ``secret.credential``; the account number ``id.user``; the public IP in the speed test
  ``location.ip``, the LAN address ``device.info``; the modem's serial left unlabelled (not the
  phone's hardware);
- paluto and table tennis: the customer number and user name ``id.user``; the note on her
  mother-in-law's allergy ``content.text|health.medical``, her wrist tendinitis
  ``health.medical``; the watch's heart rate and calories ``health.fitness``; a rival's and her
  husband's names ``contact.name``; the son's birth year ``personal.birthdate``; her e-wallet
  number ``contact.phone``; a screenshot sent to support ``content.media``;
- SDKs: Rastreyo's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``09``) and city ``location.coarse``; Pagocito's wallet payouts carry her bank
  account (``financial.payment``) as in 151's shape.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` whole and the
``report.json`` part of ``/work/shared/DESIGN.md`` (a ``grep -A40``); ``eval_families151.py``
and all its modules whole (``_abano``, ``_building``, ``_dental``, ``_kit``, ``_parish``,
``_qvevri``, ``_school``, ``_sdk``, ``_svan``, ``_svc``) and ``eval_payloads.py`` whole; of the
helper kits only definitions and signatures: a grep of the ``def``/constant lines of
``eval_families6_kit``, ``17_kit``, ``18_kit``, ``19_kit``, ``20_kit``, ``21_kit``, ``22_kit`` and
``24_kit``, ``17_kit``'s import list and its ``chain``/``pbu``/``varints``/``push_token``
sources, ``20_kit``'s constants, ``App``, ``pos``, ``latlng``, ``ev``, ``play_token``,
``opaque``, ``21_kit``'s ``at_path``/``sdk_uid``, ``22_kit``'s ``gql``/``lines``/``sdk_uuid``,
``24_kit``'s ``rid``/``sdk_id``/``head``/``claims``; the values of a few constants (``E164``,
``NATIONAL``, ``EMAIL_UPPER``, ``MCCMNC``, ``CARD2``...) and the signatures of ``multipart``,
``raw``, ``tok``, ``enc``, ``pb`` printed from Python; every ``eval_families*`` module docstring
(extracted to a scratch file and grepped, as above), the first ~1,800 characters of the entry
docstrings of sets 104, 142, 183, 192, 199, 242, 245 and 257, ~900 characters of set 141's
around "_zamch", and ~120-character contexts of every docstring hit for "basketball", "air-con",
"thrift", "garrafon", "gallon", "purified", "notary", "lawyer", "immigration", "archery",
"tyre", "dried fish", "fish market", "sipa", "paddle", "second-hand cloth", "bale" and a few
more (the second grep); a list of the ``eval_families*`` file-name suffixes; a ``grep -l`` of
``scripts/eval_families*`` for the ten vendor names. No classifier, rule, test, decoder or README
was read or run, no ``phonehome`` or git command was run; ``ruff check --select F`` ran on these
files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families266_fibra
import eval_families266_mujer
import eval_families266_paluto
import eval_families266_pareja
import eval_families266_pingpong
import eval_families266_sipa
import eval_families266_sueldo
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
    return [*eval_families266_sueldo.sueldito(), *eval_families266_sueldo.sueldito_sdks(),
            *eval_families266_mujer.saludmujer(), *eval_families266_mujer.saludmujer_sdks(),
            *eval_families266_pareja.hogarfe(), *eval_families266_pareja.hogarfe_sdks(),
            *eval_families266_sipa.sipazam(), *eval_families266_sipa.sipazam_sdks(),
            *eval_families266_fibra.fibramar(), *eval_families266_fibra.fibramar_sdks(),
            *eval_families266_paluto.palutomar(), *eval_families266_paluto.palutomar_sdks(),
            *eval_families266_pingpong.mesatenis(), *eval_families266_pingpong.mesatenis_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
