"""Two-hundred-and-fourteenth, BLIND labelled set for the classifier evaluation ("blind211"):
written without reading the classifier code, its rules, the tests, the README or the evaluation
scripts, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end and exits 0 with no decoder gap stated. It is to be scored once, by the
lead, on the final rules (the lead registers it; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151, whose structure it copies, this set measures ORDINARY traffic: mainstream app-backend and
SDK shapes in roughly the proportions real captures have (156 first-party calls and 75 SDK calls,
231 exchanges, 1,767 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Padre Las Casas, across the Cautín river from Temuco
(Araucanía, Chile), with her Mapuche husband Felipe Catrileo Millaman, her US SIM roaming; their
son Antu Catrileo Doe (10) plays in a children's palin school; her mother-in-law Rosa Millaman
Huenchullan lives in the fictional community Lof Trapilwe near Lumaco, where the family has land.
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Mapudungun in the Unificado alphabet, ASCII-folded
as a local developer writes them (ü as u, ñ as n; ``ng`` and ``tr`` kept), mixed with English
(``token``, ``id``, ``email``, ``push_token``) and Chilean Spanish loans (``run``, ``comuna``,
``boleta``, ``ficha``, ``permiso``, ``subsidio``) where real apps have them:
- a palin club ``eval_families214_palin.py`` ("Paliwe": her women's team, Antu's enrolment);
- the lof's rural drinking-water committee ``_ko.py`` ("Kowe": billing, readings, assembly,
  social tariff; the connection is in her mother-in-law's name);
- a piñón (araucaria seed) gatherers' co-operative in the Nahuelbuta range ``_ngulliw.py``
  ("Ngulliwe": season permit, gathering walks, deliveries, payouts);
- the lof's community app ``_lof.py`` ("Trawun": register, indigenous-status certificate by
  marriage, ngillatun contributions, assemblies, a scholarship for Antu);
- an intercultural public family health centre ``_lawen.py`` ("Lawentuwe": her hypertension and
  prediabetes, a lawentuchefe and a machi beside the nurse);
- a ruka builders' co-operative and minga planner ``_ruka.py`` ("Rukatun": the plot, a
  rural-housing subsidy, materials, the mingako with helpers she types);
- a municipal wood-smoke app ``_kutral.py`` ("Kutralwe": episodes, the heater register, the
  replacement programme, complaints, an appeal, certified firewood).
Key words (each module's docstring lists its own): ``uy`` first name, ``kupalme`` surname (lit.
lineage), ``nutramkawe`` phone (neologism, "thing to converse with"), ``ellkadungu`` password
(lit. hidden word), ``llegun_antu`` birth date, ``domo_wentru`` sex (``domo`` woman, ``wentru``
man), ``ruka`` house / street line, ``waria`` town, ``futamapu`` region, ``lof`` community,
``lofche`` community member, ``kupal`` descent, ``feyentun`` belief, ``renma`` household,
``futa`` husband, ``punen`` a mother's child, ``nuke`` mother, ``llalla`` a woman's
mother-in-law, ``tripantu`` age in years, ``che`` user/person, ``inche`` me, ``konun`` log in,
``tripan`` log out, ``tukulpan`` remember, ``kume_dungu`` agreed, ``palife`` player, ``trokin``
team, ``wino`` palin stick, ``ko`` water, ``ko_rakin`` water account, ``ngelay_ko`` no water,
``rakin`` count/number, ``kullin`` amount, ``kullitun`` payment, ``kullinwe`` account,
``ngillan`` purchase, ``ngulliw`` piñón, ``ngulliwfe`` gatherer, ``ngulliwtun`` gathering,
``amulen`` walking (a live beat), ``kume_wino`` back well, ``ngillatun``/``ngillatuwe`` the
ceremony and its field, ``rewe`` ceremonial post, ``kellun`` contribution, ``ufisa`` sheep,
``mudai`` ceremonial drink, ``iyael`` food, ``eluwun`` funeral, ``wenumapu`` the world above,
``werken`` messenger, ``kimeltuchefe`` teacher, ``ulkantufe`` singer, ``kutran`` illness,
``lawen`` medicine/remedy, ``mollfun_newen`` blood pressure, ``kochu_mollfun`` glucose,
``fanen`` weight, ``pewma`` dream, ``umautulan`` "I cannot sleep", ``ngellipun`` prayer,
``trapum`` appointment, ``mingako`` work party, ``kellufe`` helpers, ``mamull`` timber/firewood,
``mapu`` land, ``kutral`` fire, ``kutralwe`` heater, ``wesa_kuruf`` bad air, ``wesadungu``
complaint, ``trawun`` assembly, ``chew`` where, ``pikun``/``puel`` latitude/longitude (lit.
north/east), ``kintun`` search, ``nutram`` message, ``dungu`` text, ``adentun`` photo,
``femun`` events, ``dungun`` language, ``iney`` who (recipient).

Kinds checked new by a file-name and docstring grep of ``scripts/`` (all sets to 213): "palin",
"hurling", "shinty", "lacrosse", "pine nut", "araucaria", "piñon", "mapuche", "temuco", "minga",
"thatch", "self-build", "water committee", "rural water" matched nothing ("forag" only a vendor
name, "work party" a Tuvalu pulaka pit). Near kinds made different: water-outage, delivery and
tank apps exist (sets 96, 126, 138), Kowe is a member-run committee's billing, assembly and
social tariff; a Xhosa healer (155), a Chinese-medicine clinic and chronic-medication pick-up
exist, Lawentuwe is a public primary-care centre running both systems; a firewood co-operative's
delivery app (146), a chimney sweep with a stove subsidy and a cookstove carbon programme exist,
Kutralwe is the city's air-quality regulation side (episodes, register, complaints, an appeal);
an Indigenous territorial government exists (209), Trawun is one lof's register and ceremony
organisation; children's ice-hockey and figure-skating apps exist, palin is neither. The SDKs
are ten new vendors (a grep of ``scripts/`` found none of the names), built once and called by
every app with its own events: ``_sdk.py`` (analytics "Metrikultrun", MMP "Trackchoike", OpenRTB
2.5 ads "Bidmerken", crash reporting "Crashtrapial") and ``_svc.py`` (flags "Flagcopihue", push
"Pingtrutruka", consent "Consentlafken", payments "Coinkullin", maps "Mapnielol", support chat
"Helpcautin"); their code is set 151's call shapes with the vendors, hosts, zone
(America/Santiago), country (CL/CHL, region ``AR``, city Temuco), language (es) and currency
(CLP) changed. ``eval_families214_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/inche`` GETs with JWT bearers, log-outs with refresh tokens; palin: Antu's
enrolment (RUN, weight, height, asthma, inhaler), his medical certificate (PDF), fixtures, his
attendance, a training check-in with her fix (5 decimals), the fee, a stick order (msgpack), a
protobuf match beat (distance, heart rate), her ankle injury, bus seats, a search, a message to
the coach, a team photo, Antu's licence by number in the path, the emergency contact, points by
cookie, a licence link (base64 JSON in a form field); water: joining as the holder's delegate
(her mother-in-law's RUN), the bill by account in the path, payment, a meter photo with the
house's point, a no-water report, a complaint, a vote, the household for the social tariff
(RUNs, an age), the tank, an offline sync (JSON Lines), a leak photo, a message naming her
mother-in-law with her phone, a cut-off notice by cookie, receipts, an automatic debit from her
CuentaRUT-style account, a base64 JSON preferences cookie; piñón: the permit (her husband's RUN
as companion) and its payment, the zone map, a walk check-in, a protobuf beat (steps), an
offline fix queue (msgpack), the delivery, "back well" (5-decimal strings), a bee-sting allergy,
a photo, sales by collector number in the path, the payout account, payouts, the fee receipt
(gzip; her RUN, withholding), a message with her husband's name and phone, a shop order;
community: registration (certificate, "winka" descent, via a Mapuche spouse), the certificate
PDF, the household (descent, RUNs, a ceremonial role), ngillatun contributions, the family's
ramada, attendance at the field (4 decimals), a vote, the quota, a land-title copy, Antu's
scholarship, a message about the machi, a we tripantu photo, a Mapudungun class, the register
entry by number in the path, a receipt by cookie, a search, a funeral contribution; health: the
questionnaire (gzip), a protobuf cuff reading, a home log, slots, a lawentuchefe appointment, a
machi's note of her dream, a check-in (5 decimals), the pharmacy pick-up by her husband, herbal
remedies, HbA1c (PDF), a video room, a message to the nurse, sharing, the record by number in
the path, appointments by cookie; ruka: the project with the plot's corners, the subsidy
(household, savings book), her RUN card photo, materials (msgpack), a payment, the mingako with
three helpers, food (a helper's diabetes), a site check-in, a progress photo, an inspection, an
offline log (JSON Lines), the contract by project number in the path, an invoice by cookie, a
message with her phone, her husband's signature; wood smoke: a no-burning declaration, the
episode at her position (3 decimals), the heater, the replacement application (Antu's asthma),
a photo, sellers near her (4 decimals), a moisture reading, a complaint with her fix and a
neighbour's address, alert sectors, an indoor monitor on the home Wi-Fi (msgpack), a fine
appeal, a firewood order. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits
(base64 JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP installs,
events (hashed e-mail and phone) and a deep link (a URL in a JSON field carrying the permit and
her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and mobile-wallet payments; geocoding, reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, session, fixture, match, walk, sack, slot, appointment, thread,
work-day, inspection-block and order-line IDs, idempotency keys, nonces, timestamps, versions,
public SDK keys, OpenRTB IDs and prices; the palin field's ID, name, phone and point, catalogue
prices of sticks and balls; the water committee's ID, company RUT, tank point, the meter and its
readings, motions and vote choices; the co-operative's depot, its RUT, the zone and its marker,
kilos and the price per kilo; the rewe's point, the land title, the ramada number, the school
and class in the scholarship, the grade average; the health centre's ID and point; the builders'
yard, the timber, colihue and straw prices, the inspector; the firewood seller's ID, its price per
cubic metre, the moisture meter's Bluetooth address and its readings, the indoor PM2.5 values,
the heater's make and year, the fine's number (a case number; no taxonomy type fits).

Conventions kept from set 151 (as sets 20-37 and 132 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session,
client-secret and video-room tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, commune,
sector, community (as a place), region, post code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, permits, deliveries, contracts, bookings and orders
``financial.purchase``; card data, last four digits, payment-method IDs, card tokens and account
numbers ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Antu, Felipe, "tío Héctor", "Don Luis") is not
  ``contact.name`` except with a surname; the child's full name always is;
- Chilean RUNs (hers, her husband's, her son's, her mother-in-law's; dotted, plain or in a
  JWT) ``personal.national_id``; her RUN card photo ``content.media|personal.national_id``;
  the companies' RUTs negatives;
- the RSH bracket (``rsh_tramo``) and FONASA tier (``tramo``) unlabelled (income brackets, no
  taxonomy type); the housing-savings balance in UF unlabelled, the savings book number
  ``financial.payment``;
- palin: the licence numbers ``id.user`` (body, JWT ``palife``/``punen``, query, URL path,
  protobuf, base64 JSON); Antu's and her weight, height, match distance and heart rate
  ``health.fitness``; asthma, inhaler, blood group, the injury ``health.medical``;
- water: the connection account ``id.user`` (body, JWT, path, JSON Lines, cookie); the house's
  point in the lof (the family's home) ``location.precise``; the mother-in-law's age
  ``personal.birthdate``;
- piñón: the collector number ``id.user``; the permit number ``financial.purchase`` (a paid
  permit, as a booking); the withholding on her fee receipt ``financial.purchase``; steps
  ``health.fitness``;
- community: the lof register number ``id.user``; descent (``mapuche``/``winka``), the
  indigenous-status certificate number and PDF, the "via a Mapuche spouse" ground, the
  ngillatun, its roles, offerings and belief, the prayer consent ``personal.sensitive``; the
  lof's name as her membership ``location.coarse|personal.sensitive`` (in the water and ruka
  apps, where it is only a place, ``location.coarse``); the machi message and the funeral text
  ``content.text|personal.sensitive|contact.name``; a search for the ngillatun date
  ``behavior.search|personal.sensitive``;
- health: the clinical record number (body, JWT ``ficha``, URL path, protobuf) ``health.medical``
  (as set 151's chart); blood pressure and glucose ``health.medical`` (a programme's readings),
  pulse and weight ``health.fitness``; ``embarazo: false`` ``health.medical|personal.sensitive``;
  the dream note ``content.text|health.medical|personal.sensitive``; herbal remedies and the
  appointment type (also in the slots query) ``health.medical``;
- ruka: the contract number ``financial.purchase``; the plot's corners and her fix
  ``location.precise`` (the family's land), the yard a negative; the husband's signature image
  ``content.media``; ``discapacidad: false`` ``health.medical``;
- wood smoke: the neighbour's address she reports ``contact.address``; the home SSID/BSSID for
  the monitor ``location.wifi``; the moisture meter's Bluetooth address a negative (a tool's,
  not her phone's);
- SDKs: Trackchoike's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``AR``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; TAXONOMY.md; DESIGN.md's outputs section (the path
notation); ``eval_payloads.py`` (whole); ``eval_families151.py`` and all its modules (whole; the
``_sdk.py``/``_svc.py`` copied with renames by sed); of the helper kits only definitions and
signatures (a grep of ``def``/constants in kits 6, 17-22 and 24, ``head``, ``claims``, ``rid``,
``sdk_id``, ``App``, ``ev``, ``opaque``, ``at_path``, ``sdk_uid``, ``lines``, ``sdk_uuid``,
``raw``, ``multipart``, ``pb`` and ``report``/``check_ci``'s head in ``eval_families8_kit``, and
``eval_families17_kit``'s ``__all__``); the module docstrings of every ``scripts/eval_families*``
file, extracted with ``ast`` and grepped for the kinds and names above. No classifier, rule,
decoder, test, README or evaluation script was read or run; only this set's ``main`` (which runs
the decoders' path check) and ``ruff check --select F`` on these files were run. A listing of
the brief's directory showed other files' names; none was opened.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families214_ko
import eval_families214_kutral
import eval_families214_lawen
import eval_families214_lof
import eval_families214_ngulliw
import eval_families214_palin
import eval_families214_ruka
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# No decoder gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families214_palin.paliwe(), *eval_families214_palin.paliwe_sdks(),
            *eval_families214_ko.kowe(), *eval_families214_ko.kowe_sdks(),
            *eval_families214_ngulliw.ngulliwe(), *eval_families214_ngulliw.ngulliwe_sdks(),
            *eval_families214_lof.trawun(), *eval_families214_lof.trawun_sdks(),
            *eval_families214_lawen.lawentuwe(), *eval_families214_lawen.lawentuwe_sdks(),
            *eval_families214_ruka.rukatun(), *eval_families214_ruka.rukatun_sdks(),
            *eval_families214_kutral.kutralwe(), *eval_families214_kutral.kutralwe_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
