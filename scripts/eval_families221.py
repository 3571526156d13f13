"""Two-hundred-and-twenty-first, BLIND labelled set for the classifier evaluation ("blind218"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end, six times, each exiting 0 with the same counts (between runs only
unused imports were removed, the agency's ID and CIF added as negatives to its fee payment, long
lines wrapped and this docstring edited), and while writing, a scratch script built each
module's cases and printed their counts (no decoder, no classifier). It is to be scored once, by
the lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did
not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md's report.json
paths). Like sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK
shapes in roughly the proportions real captures have (151 first-party calls and 80 SDK calls,
231 exchanges, 1,699 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Gijón (Asturias, Spain), in La Arena, with her Asturian
husband Pelayo Álvarez Cueto, her US SIM roaming; she is a self-employed English teacher in Gijón
and Oviedo. Their son Nel Álvarez Doe (7) is in the second year of a public primary school; her
father-in-law Celestino (a retired miner) throws skittles with her; her mother-in-law Cova uses
a wheelchair; her sister Megan lives in the US. All people, numbers and businesses are
fictional; hosts are under example.* (RFC 2606); no real company is named as a sender.

The seven apps (each with its own API, keys in Asturian as a local developer writes them, mostly
ASCII-folded, mixed with the English words real APIs keep: ``token``, ``id``, ``email``,
``password``, ``refresh_token``...; each module's docstring lists its key words):
- a padel club's court booking ``eval_families221_padel.py`` ("Pistina", snake_case: ``nome``,
  ``apellidos``, ``correu``, ``movil``, ``contrasena``, ``fecha_nacencia``, ``sexu``/``muyer``,
  ``direicion``, ``conceyu``, ``codigu_postal``, ``socia``, ``pista``, ``reserva``,
  ``preciu``, ``importe``, ``pagu``, ``caberos_cuatro``, ``llatitu``/``llonxitu``, ``gueta``,
  ``mensaxe``/``testu``, ``pareya``, ``lesion``, ``semeya``, ``convidada``, ``preseu``);
- an Asturian skittles (bolos cuatreada) league ``_bolos.py`` ("Cuatreada", camelCase:
  ``telefonu``, ``claveAccesu``, ``nacencia``, ``documentu``, ``llicencia``, ``pena``,
  ``certificauMedicu``, ``cuota``, ``titular``, ``alliniacion``, ``xugadores``, ``tirades``,
  ``acta``, ``bebies``, ``reservaBolera``, ``clasificacion``, ``espicha``, ``alerxies``,
  ``reclamacion``);
- a filing agency for the self-employed ``_xestoria.py`` ("Xestina": MONEY: ``nie``, ``naf``,
  ``domiciliu_fiscal``, ``provincia``, ``cliente``, ``factura``, ``base_imponible``,
  ``cuota_iva``, ``retencion``, ``gastu``, ``conceutu``, ``trimestre``, ``resultau``,
  ``renta``, ``conxunta``, ``fios``, ``donativos``, ``certificau``, ``poder``, ``firma``,
  ``honorarios``);
- a local political party's members' app ``_partiu.py`` ("Marymonte", fictional party Mar y
  Monte Asturies: her POLITICS; keys keep their accents: ``apellíos``, ``teléfonu``,
  ``direición``, ``códigu_postal``, ``agrupación``, ``afiliada``, ``asamblea``, ``votu``,
  ``candidatura``, ``campaña``, ``turnu``, ``encuesta``/``rempuestes``, ``firmante``,
  ``iniciativa``, ``foru``, ``buzoneo``, ``pie``, ``presentación``, ``acompañante``,
  ``manifestación``, ``temes``);
- an osteopathy clinic ``_osteo.py`` ("Llombu": her HEALTH: ``mutua``, ``numberu_socia``,
  ``historia``, ``dolor``, ``intensida``, ``irradia``, ``diagnosticu``, ``melecines``,
  ``embarazu``, ``resonancia``, ``tratamientu``, ``bonu``, ``diariu``, ``exercicios``,
  ``autorizacion``, ``pasos``, ``pulsu_reposu``, ``compartir``);
- a children's eye clinic's amblyopia therapy ``_gueyu.py`` ("Gueyin": the CHILD, camelCase:
  ``fiu``, ``relacion``, ``tarxetaSanitaria``, ``pacienteNumberu``, ``colexu``, ``graduacion``,
  ``parche``, ``hores``, ``gueyuTapau``, ``xuegu``, ``contraste``, ``melecina``, ``gotes``,
  ``agudeza``, ``gafes``, ``montura``, ``tutora``, ``copagu``, ``premios``);
- the Oviedo opera and zarzuela season ``_llirica.py`` ("Llirica": ``abonada``, ``temporada``,
  ``funcion``, ``abonu``, ``butaques``, ``pidiu``, ``accesibilida``, ``silla_ruedes``,
  ``acompanante``, ``destinataria``, ``ambigu``, ``valoracion``, ``comentariu``, ``cambiu``,
  ``donativu``, ``certificau_fiscal``, ``nenu``/``eda``; English ``password``, ``seat_map``,
  ``wallet``).
New kinds, checked by a grep of the file names and module docstrings of ``scripts/eval_families*``
(a script reading only the docstrings, printing matching file names): "padel" 0; "skittle",
"bowling", "bolos" 0; "gestor", "autonom", "tax advis" 0 ("tax return" 6 and "self-employed" 6:
a filing agency that keeps an autónoma's books and files her VAT, instalments and joint return
is made different); "political party" 0 ("party member" 1, set 198; "politic" 31, mostly
political opinions in passing; no party members' app among the kinds seen); "osteopath",
"osteo", "chiropract" 0 ("physio" 14: Llombu is an osteopathy clinic with insurer
authorisations and a pain diary); "amblyop", "orthopt", "eye patch" 0; "opera house",
"opera season", "zarzuela" 0 ("theatre" 9, "season ticket" 8 with football and rail). Also
checked and avoided: cider/sidra/llagar (sets 84, 186, 203), camino/pilgrim (84, 111),
bagpipe/gaita (111), surf, fishing, mortgage, dialysis, language course, rural house.

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Cuntaplus", MMP "Atribuxa", OpenRTB 2.5 ads "Pujastur", crash reporting
"Fallucu") and ``_svc.py`` (flags "Banderina", push "Avisin", consent "Consientu", payments
"Pagalin", maps "Mapiella", support chat "Charrina"); their code is set 151's SDK shapes copied
with the vendors, hosts, zone (Europe/Madrid), country (ES/ESP, region AS, city Gijón),
currency (EUR), function prefixes and versions changed; the mobile-money call became an instant
phone-number transfer (``pg_instant``). A grep of ``scripts/`` for the ten names found none.
``eval_families221_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/mio`` GETs with JWT bearers, refreshes and log-outs; padel: free courts, a
booking and its payment, a check-in with her fix (6 decimals), a partner search, a match result,
a chat message, a lesson (msgpack), an elbow-injury note, a mixed tournament with her husband,
an hours pack by cookie, the receipt by booking number in the path, a profile photo, an offline
score queue (JSON Lines), a cancellation, a friend invited; skittles: sign-up with her NIE, the
medical certificate (PDF), the licence fee by direct debit (IBAN), the calendar, a line-up with
her father-in-law, throws with her fix (5 decimals), the score sheet photo, a team message, bar
drinks (msgpack), a lane booking, the ranking, the feast RSVP naming her son's allergy, her file
by a base64 JSON cookie, a search, a complaint, an offline throws queue; filing agency: sign-up
with NIE and social-security number, invoices issued (PDF; to an academy and to a pupil's mother
with her NIF), an expense ticket photo, the quarterly VAT return (gzip), the income-tax
instalment, the joint annual return (husband's and son's DNI, the son's birth date, the party
membership fee as a donation), the social-security fee by number in the query, her digital
certificate (PKCS#12) and its password, a power-of-attorney signature, a question to the adviser
quoting a purchase, a video appointment, notices by client number in the path, the agency's fee,
a bank feed link (base64 JSON in a form field), documents by cookie; party: joining (branch, fee,
IBAN), an assembly attendance with her fix (4 decimals), a primaries vote, a fee change, a
campaign donation, a stall shift with her fix (5 decimals), a policy survey, a neighbour's
petition signature (her name and DNI), a forum post, a leafleting track (msgpack, 6 decimals), a
stall photo, a delegate candidacy, the branch dinner, the card by number in the path, topics in
a base64 JSON cookie, a search, bus seats to a march; osteopathy: sign-up with the insurer's
number, the pain questionnaire (gzip), an MRI report (PDF), slots, a booking, a session pack, a
check-in (5 decimals), a protobuf pain diary, exercises (msgpack), a posture photo, a message to
the osteopath, the insurer's authorisation, invoices by clinical history number in the path, a
video consult, steps and resting pulse, a consent signature, sharing with her husband; eye
clinic: the parent's account, linking the son (DNI, health card, patient number), the
prescription, patching hours, a game session (msgpack), drops, a home acuity test, glasses
ordered, a review booked, a check-in (6 decimals), a photo of him with the patch, a message to
the orthoptist, a school report (PDF) with his teacher's e-mail, the co-payment, rewards, an
offline session queue (JSON Lines), reports by patient number in the path; opera: the programme,
a seat map, the subscription for two and its payment, a wheelchair space, gala tickets for her
sister, the wallet pass by order number in the path, a door scan (5 decimals), a bar pre-order
(msgpack), a review, a search, an exchange, a donation with her NIE, a child's ticket, a base64
JSON preferences cookie. Every app: push registration and events (some gzip). SDKs: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline
queues (JSON Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and
phone) and a deep link (a URL in a JSON field with the order and her e-mail); OpenRTB bids (GPS
at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations
and an instant transfer; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and an upload.

Negatives are implicit: request, check-in, slot, match, appointment, thread, ballot, route,
scan and session IDs, idempotency keys, nonces, a ballot's server seal, timestamps, versions,
public SDK keys, OpenRTB IDs and prices; the padel club's ID, point and courts, other players'
user IDs, set scores, playing level; the bolera's ID and point, the team, other players'
licence numbers, pins per throw, the match result, drink prices; the agency's and the academy's
and a supplier's CIFs (companies' tax IDs), the IAE activity code, invoice numbers, the referral
number; the party's office point, the stall's name, leaflet counts; the clinic's ID, point and
room, exercise IDs and repetitions, the insurer's code; the eye clinic's ID and point, the
school's ID and year, the frame, the game's level, points and coins; the theatre's ID, point,
door, performances, seats and bar prices.

Conventions kept from sets 20-37, 132 and 151: model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session and video-room tokens, the
payment client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar
lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, district, province, post code and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, prices paid, invoices, bookings and
orders ``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Celestino, Megan) is not ``contact.name``, except where the
  text is about the child (Nel's allergy, his patch); the child's full name always is;
- her NIE, social-security number (NAF), US passport, her husband's and son's DNI and a
  neighbour's or a pupil's mother's NIF ``personal.national_id``; companies' CIFs are negatives;
- padel: the member card ``id.user``; the elbow injury and its note ``health.medical``; the
  playing level and set scores unlabelled (no taxonomy type fits sports results);
- skittles: the licence ``id.user``; the medical certificate PDF ``content.media|
  health.medical``, its fitness flag and date ``health.medical``; pins per throw unlabelled;
- filing agency: the client file ``id.user``; her invoiced sales, VAT, withholding, income,
  instalments and the agency's fee ``financial.purchase`` (as set 151's excise revenue); item
  descriptions unlabelled; the party and "membership fee" in the tax return's donations
  ``personal.sensitive`` (they reveal her politics), the amount ``financial.purchase``; the
  PKCS#12 certificate file and its password ``secret.credential``; invoice and ticket files
  ``content.media`` only; the counterparty's phone in the instant transfer (a pupil's mother
  paying her) ``contact.phone``; her husband's payslip sent to support ``content.media`` only;
- party: the branch, assembly kind, slate voted, campaign, survey answers, petition, topics,
  march and the texts about them ``personal.sensitive`` (political opinion); the membership
  number ``id.user`` (as 151's parish register); the neighbour who signs ``contact.name`` and
  ``personal.national_id``; the leafleting track ``location.precise`` (her walk);
- osteopathy: the clinical history number (body, JWT, protobuf, URL path) and the insurer's
  member number ``health.medical`` (medical records, as 151's chart and set 37's member ID);
  steps and resting pulse ``health.fitness``; the posture photo and MRI report
  ``content.media|health.medical``; the consent signature ``content.media``;
- eye clinic: the son is a data subject: name, birth date, sex (``neñu``), DNI, health card
  number (``health.medical``, as a medical-record number), his patient number
  ``health.medical``; patching hours, game minutes and contrast, drops, acuity and prescription
  ``health.medical``; the game's level, points and coins unlabelled; his photo with the patch
  ``content.media|health.medical``;
- opera: the subscriber number ``id.user``; the wheelchair flag ``personal.sensitive``
  (disability) and the note about it ``content.text|personal.sensitive``; the child's age
  ``personal.birthdate``; seats unlabelled (the order carries the purchase);
- SDKs: Atribuxa's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``AS``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; a geocoding ``proximity`` near her home
  at 3 decimals ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` whole; of DESIGN.md its
headings and the Outputs section (report.json paths); ``eval_families151.py`` and all its
modules whole (``_kit``,
``_sdk``, ``_svc``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``; ``_sdk``/``_svc`` were copied with renames into this set's); ``eval_payloads.py``
whole; of the helper kits only definitions and signatures: the top-level names of
``eval_families6_kit``, ``_17_kit`` (its import list and ``__all__``), ``_18_kit``,
``_19_kit``, ``_20_kit``, ``_21_kit``, ``_22_kit``, ``_24_kit``, and the bodies of ``raw``,
``multipart``, ``lines``, ``sdk_uuid``, ``at_path``, ``sdk_uid``, ``head``, ``claims``,
``sjwt``, ``App``, ``ev`` and ``opaque``; the file-name and module-docstring greps of
``scripts/eval_families*`` above (matching file names only) and a content grep of ``scripts/``
for the ten vendor names (counts only). No classifier, rule, test, decoder, README or other set's
data was opened; no classifier or ``phonehome`` command was run; ``ruff check --select F`` ran on
these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families221_bolos
import eval_families221_gueyu
import eval_families221_llirica
import eval_families221_osteo
import eval_families221_padel
import eval_families221_partiu
import eval_families221_xestoria
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
    return [*eval_families221_padel.pistina(), *eval_families221_padel.pistina_sdks(),
            *eval_families221_bolos.cuatreada(), *eval_families221_bolos.cuatreada_sdks(),
            *eval_families221_xestoria.xestina(), *eval_families221_xestoria.xestina_sdks(),
            *eval_families221_partiu.marymonte(), *eval_families221_partiu.marymonte_sdks(),
            *eval_families221_osteo.llombu(), *eval_families221_osteo.llombu_sdks(),
            *eval_families221_gueyu.gueyin(), *eval_families221_gueyu.gueyin_sdks(),
            *eval_families221_llirica.llirica(), *eval_families221_llirica.llirica_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
