"""Two-hundred-and-seventy-ninth, BLIND labelled set for the classifier evaluation ("blind276"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run seven times while writing (every run exited 0 with no missing path: the first after
``ruff --fix`` removed two unused imports, the later ones after calls were added, keys
ASCII-folded and this docstring written). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (150 first-party calls and 79 SDK calls, 229 exchanges, 1,707
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Sendim (municipality of Miranda do Douro, Trás-os-Montes, Portugal)
with her husband Amadeu Raposo Pires, whose family keeps Mirandesa cows and almond trees, her US
SIM roaming; their daughter Aurora (8) goes to school in Sendim and to the children's stick-dance
school; her mother-in-law Custódia Pires lives down the street; her sister Megan Doe is in Oregon
(all fictional). Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API and the SDKs it embeds. Every API's keys are
Mirandese as a local developer writes them, ASCII-folded (``c`` for ``ç``, no accents), with the
English words real APIs keep (``token``, ``id``, ``email`` in JWT claims, OAuth fields,
``refresh_token``, ``iban``, ``nif``) and the common words: ``nome`` first name, ``apelhido``
surname, ``correio`` e-mail, ``telemobel`` mobile, ``palabra_passe`` password,
``data_nacimiento`` birth date, ``morada`` street line, ``pobo`` village, ``cunceilho``
municipality, ``codigo_postal``, ``titulo_residencia`` residence card, ``sexo`` (``mulhier``),
``balor`` amount, ``pagamiento`` payment, ``precio`` price, ``mensaige``/``testo`` message,
``busca`` search, ``fotografie`` photo, ``lugar`` place, ``aparelho`` device, ``lhengua``
language, ``fuso`` zone, ``eibentos`` events, ``outelizador`` user, ``salir`` log out:
- ``eval_families279_baca.py`` "Lhibro de la Baca", the Mirandesa cattle breeders' herd-book
  (``lhibro`` herd-book number, ``cotitular``, ``baca``, ``bitelo``, ``brinco`` ear tag,
  ``mai``/``pai``, ``parto``, ``lhameiro`` meadow, ``lemite`` boundary, ``curral`` barn,
  ``quota``, ``premio``, ``canal`` carcass);
- ``_lhobo.py`` "Lhobo i Gado", wolf-damage claims to the nature agency (``ataque``, ``spece``,
  ``precison``, ``testemunha``, ``andemnizacon`` compensation, ``processo`` case, ``perros``
  guard dogs, ``cerca``, ``abistamientos`` sightings, ``decumientos``);
- ``_uolho.py`` "Uolho Claro", a keratoconus clinic (her health data: ``ficha`` record,
  ``numaro_utente``, ``uolho`` ``squierdo``/``dreito``, ``duencas``, ``melezinas``,
  ``alergias``, ``grabidez``, ``topografie``, ``cunsulta``, ``cunsentimiento``, ``assinatura``,
  ``lentes``, ``seguro``, ``prestacones``);
- ``_almendra.py`` "Almendral", the almond growers' cooperative (money: ``socio``, ``pumar``,
  ``arbles``, ``antrega``, ``liquidacon``, ``adiantamiento``, ``amprestamo``, ``retencon``,
  ``jeada`` frost insurance, ``bales`` vouchers, ``capital_social``);
- ``_paulitos.py`` "Paulitos", the children's stick-dance (pauliteiros) school (the child's data:
  ``ancarregado``, ``aluno``, ``numaro_aluno``, ``cc``, ``salude``, ``ansaio``, ``lhaco``,
  ``traje``, ``altura_cm``, ``biaije``, ``outorizacon``, ``recolha``, ``abo``, ``faltas``);
- ``_cumpasso.py`` "Cumpasso", the parish's Easter visitation and roll (her religion: ``casa``,
  ``religion``, ``bautismo``, ``bejita``, ``recebe_cruc``, ``folar``, ``antencon``,
  ``defuntos``/``bibos``, ``cunfisson``, ``catequese``, ``madrina``, ``percisson``);
- ``_carrinha.py`` "La Carrinha", the travelling grocer's van (``cuonta`` tab, ``paraige`` stop,
  ``ancomenda``, ``fiado``, ``abisos``, ``lhista_cumpras``, ``peixe``, ``assinaturas``).
New kinds, checked by a case-insensitive grep of the file names of ``scripts/eval_families*``
and of their module docstrings (extracted with ``ast`` to a scratch file; only they were
searched, with short excerpts around the hits): "wolf", "wolves", "predation", "predator",
"almond", "keratoconus", "scleral", "cross-linking", "pauliteiro", "stick-dance", "compasso",
"easter visit", "visitation", "grocery van", "travelling shop", "mobile shop", "bread van",
"herd-book", "Mirandese", "Mirandesa", "Miranda", "Sendim", "Tras-os-Montes", "Braganca",
"lhaco" matched nothing.
Near kinds, made different: "stick dance" is a key word in set 185; children's dance troupes
(228, 235) and dance schools exist, so Paulitos is a stick-dance school; cattle apps exist
(107 market, 130 herd and vaccinations, 169 a horse stud book), so Lhibro is a breed herd-book
with a PDO carcass premium; set 191 has an elephant crop-damage claim, here livestock killed by
wolves; set 152 has a refractive-surgery clinic with a corneal topography and 154 an optician,
here a keratoconus follow-up; set 168 has a chestnut cooperative and 83/222 olive ones, here
almonds and the member's money; house blessings of other faiths (125, 140, 202), a Santo Nino
confraternity (142) and a Holy Week brotherhood (232) exist, here the Easter cross's
house-to-house visit; "grocer" matched delivery apps and set 170's trading post. Rejected after
the grep because they existed: a bagpipe school (111), a farmers' union (268), a fire brigade
(162), a citizens' movement (241), communal ovens (254), school buses, a Sephardic nationality
file (212), a sanctuary's novena (168) and ex-votos (165). The SDKs are ten new vendors, built
once and called by every app with its own events: ``_sdk.py`` (analytics "Contarielha", MMP
"Rastolho", OpenRTB 2.5 ads "Lheilonix", crash reporting "Quebradeiro") and ``_svc.py`` (flags
"Bandeirelha", push "Campanhico", consent "Cunsentro", payments "Moedalha", maps "Mapuolho",
support chat "Ajudielha"); their code is set 151's SDK shapes with the vendors, hosts, zone
(Europe/Lisbon), country (PT/PRT), region and city, locale and currency (EUR) changed (the
docstring and file-name grep found none of the ten names). ``eval_families279_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/miu``-style GETs with JWT bearers (claims ``correio``, ``lhibro``, ``nif``,
``ficha``, ``socio``, ``alunos``, ``casa``, ``cuonta``); herd-book: the holding by number in the
path, a calf registered with her fix at the barn, a DNA sample (msgpack), the meadow's boundary, a
classification visit, a protobuf grazing beat, dues, the DOP carcass premium (her IBAN), a calf
photo, a message to the technician, a search, the vet's visit, a heifer's sale, the statement by
cookie; wolf: the attack with her fix at the carcass (6 decimals), photos with a 5-decimal point,
the carcass collection (a ``lat,lon`` string), inspection slots, an offline queue (JSON Lines),
her husband as witness, the compensation claim (gzip; IBAN and tax number), its status by case
and NIF in the query, the guard-dog subsidy, an electric fence's line, a sighting at 4 decimals,
the vet report, a message quoting her phone; eye clinic: sign-up with her residence card and
health-service number, the history (gzip), a corneal map PDF, the plan, a deposit, surgery,
consent, a check-in, a protobuf post-op diary, an eye photo, a message to the doctor,
prescriptions, a video room, scleral lenses, lens insurance, sharing with her husband, invoices by
record number in the path, instalments (her IBAN); cooperative: sign-up with her NIF and capital
share, the orchard with her fix, a delivery ticket (msgpack), the weighing, the settlement by
member number in the path, the payout account, an advance, a loan simulation (base64 JSON in a
form field), frost insurance, the withholding certificate by NIF, vouchers in the farm shop, an
offline sync (JSON Lines), market prices, a shares statement by cookie, a message naming her
IBAN's last digits; stick dance: Aurora enrolled (citizen card), the health form (gzip), fees,
the costume with her height, rehearsals, attendance by pupil number in the path, an absence note,
the hall check-in, a festival trip consent, a pick-up authorisation for her grandmother, a
teacher message, photo consent, a performance photo, a lost-sticks notice, a search, the address,
events with a session cookie; parish: the roll (religion, baptism), the Easter visit slot with the
house's point (5 decimals), the folar, Mass intentions naming the departed and the living, a
confession slot, Aurora's catechism (baptised, godmother), the procession rota, Easter Vigil
attendance at 4 decimals, a donation, a prayer request, an album photo, a message to the priest
naming the godmother with her phone, the household by roll number in the path, a receipt by
cookie, the family; grocer van: stops, the van's position (the grocer's), an alert with her
position at 3 decimals, an order (msgpack), a bread subscription, an order for her mother-in-law
(her street line, a no-salt note for blood pressure), the tab by number in the path, a tab
payment, the stop check-in, a shopping list (JSON Lines), a fish pre-order, a complaint, a
search, a review, a base64 JSON preferences cookie, sharing the tab with her sister. SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field),
offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone);
OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON header); push subscribers; consent records and checks; card
tokens, confirmations and a mobile-wallet payout; geocoding, reverse geocoding (``lat,lon`` in
the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, attack, ticket, order, slot, consultation, thread and kit IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
breeders' association's ID, the cows' and calf's ear tags, the sire, the slaughterhouse, carcass
weights and grades, the heifer's buyer holding and the movement guide; the agency's ID and
office point, the wolf claim's case number and vet-report ID, the guard dog's chip; the clinic's
ID and point, the operating room, the lens parameters' catalogue; the cooperative's warehouse,
the delivery ticket, kilos, moisture, a truck plate, catalogue prices of the farm shop; the
dance hall's ID and point, groups, costume sizes, the trip; the church's ID and point, the priest
ID, the festa; the grocer's stops and their points, the van's position, item prices.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; village, municipality, region, post code and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, premiums, advances, settlements and
orders ``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Amadeu, Megan, Senhor Zé) is not ``contact.name`` except
  where the text is about the child (absence note, caption, teacher message) or names a person
  with a condition (the prayer request for Custódia); full names always are;
- her residence card and her NIF ``personal.national_id`` (also as a JWT claim and in queries);
  the daughter's citizen card number too;
- herd-book: the holding's herd-book number ``id.user`` (she is co-holder; body, JWT, URL path,
  protobuf); the family's barn and meadow corners ``location.precise`` (the family's land);
  animals' data (ear tags, weights, coat, parentage) unlabelled; the DOP premium and the
  heifer's price ``financial.purchase``;
- wolf: the claim's case number unlabelled (a case ID, like an attack ID), the compensation
  amount and the subsidy asked ``financial.purchase`` (money paid to her, as set 151's sales);
  her fixes at the carcass (6, 5 and 4 decimals) ``location.precise``;
- eye clinic: the record number (body, JWT ``ficha``, query, URL path, protobuf) and the
  health-service user number ``health.medical`` (a medical record / member number, as set 37's
  insurance member ID); diagnoses, corneal values, eye side, treatment, lens prescriptions,
  drops, pain, redness, pregnancy ``health.medical``; the corneal maps and the eye photo
  ``content.media|health.medical``; the consent signature image ``content.media``;
- cooperative: the member number ``id.user``; the capital share, settlements, advance, loan
  amount and her declared annual income ``financial.purchase`` (money, no closer type);
- stick dance: Aurora is a data subject: her citizen card ``personal.national_id``, pupil number
  ``id.user`` (body, query, JWT ``alunos``, URL path), name, birth date, sex, health form
  (asthma, bee-sting allergy, inhaler, blood group) ``health.medical``, her height
  ``health.fitness``; costume sizes unlabelled;
- parish: religion, baptism date and parish, the visit with the cross, the folar and donation
  funds, intention kind, confession, catechism year, baptised flag, the Vigil, communion and the
  push tag ``personal.sensitive``; the commemorated (departed and living) and the godmother
  ``contact.name``; the household roll number ``id.user``; the mother-in-law's chemotherapy in a
  prayer request ``content.text|personal.sensitive|health.medical|contact.name``;
- grocer: the tab ``id.user``; her mother-in-law's street line ``contact.address``; the no-salt
  note for her blood pressure ``content.text|health.medical``; shopping-list items she typed
  ``content.text``; her position for the "van near" alert at 3 decimals ``location.precise``;
- SDKs: Rastolho's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``04``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` whole; DESIGN.md's lines from the
``report.json`` section to its end (a ``grep -A80``, which also printed the command-line,
truthfulness and data sections); set 151 whole (entry module and all ten modules) and
``eval_payloads.py`` whole; of the helper kits only definitions and signatures: the import list
of ``eval_families17_kit``, the ``def``/constant lines of the 6, 17, 18, 19, 20, 21, 22 and 24
kits, the bodies of ``raw``, ``multipart``, ``pb`` (6), lines 20-80 of the 20 kit (``App``,
``ev``, ``opaque``, ``DOB``, ``FIRST``/``LAST``, ``T0``), ``at_path``/``sdk_uid`` (21),
``lines``/``sdk_uuid`` (22), ``rid``/``sdk_id``/``head``/``claims`` (24), ``sjwt`` (18),
``token``/``add`` (10), the head of ``enc`` (7), ``report`` (8). A ``grep -n`` for constant
names (``E164``, ``NATIONAL``, ``SENS``, ...) over ``eval_families1*_kit.py`` also printed about
25 one-line constant definitions of other sets' kits (108, 114-118, 124, 126-132, 138, 148, 158,
187); nothing else of them was opened. The docstring extraction described above (all module
docstrings, grepped, with excerpts of the hits). No classifier, rule, test or decoder was read or
run (``ruff check --select F`` ran on these files and removed two unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families279_almendra
import eval_families279_baca
import eval_families279_carrinha
import eval_families279_cumpasso
import eval_families279_lhobo
import eval_families279_paulitos
import eval_families279_uolho
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
    return [*eval_families279_baca.lhibro(), *eval_families279_baca.lhibro_sdks(),
            *eval_families279_lhobo.lhobo(), *eval_families279_lhobo.lhobo_sdks(),
            *eval_families279_uolho.uolho(), *eval_families279_uolho.uolho_sdks(),
            *eval_families279_almendra.almendral(), *eval_families279_almendra.almendral_sdks(),
            *eval_families279_paulitos.paulitos(), *eval_families279_paulitos.paulitos_sdks(),
            *eval_families279_cumpasso.cumpasso(), *eval_families279_cumpasso.cumpasso_sdks(),
            *eval_families279_carrinha.carrinha(), *eval_families279_carrinha.carrinha_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
