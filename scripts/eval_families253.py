"""Two-hundred-and-fifty-third, BLIND labelled set for the classifier evaluation ("blind250"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run on it at the end and exits 0. It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md's report.json
paths). Like sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and
SDK shapes in roughly the proportions real captures have (149 first-party calls and 82 SDK
calls, 231 exchanges, 1,707 labels after ``listed_once`` as ``main`` prints them), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. She lives in Ramsey (Rhumsaa) on the Isle of Man with her Manx
husband Orry Kinvig, her US SIM roaming on the island's network (MCC/MNC 234/58); their daughter
Aalin (11) is at the grammar school and in the youth theatre; her mother-in-law Breesha Kinvig
lives in Douglas (Doolish), her brother Mark in Ohio. She volunteers as a road-race marshal,
works part-time in Douglas and has fibromyalgia. All of them are fictional. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each
with its own API and the SDKs it embeds; their keys are Manx Gaelic as a local developer writes
it (ASCII-folded: ``chellvane`` for çhellvane, ``chengey`` for çhengey; snake_case or camelCase
by app), mixed with the English words real APIs keep (``token``, ``id``, ``email`` in some,
``sort_code``, ``iban``, ``legs``, ``checkout``) and loans where natural (``post``, ``tank``,
``litryn``, ``gleashtan``):

- a road-race marshals' app ``eval_families253_marshal.py`` ("Arrey Raad": ``ennym_bashtee``
  first name, ``sloinney`` surname, ``post_l`` e-mail, ``chellvane_laue`` mobile,
  ``fockle_arrey`` password (lit. watchword), ``laa_ruggyree`` birth date, ``enmys`` address,
  ``balley`` town, ``coad_post`` postcode, ``earroo_arreyder`` marshal number,
  ``earroo_arrey_ashoonagh`` national insurance number, ``sheshey`` spouse, ``gleashtan`` car,
  ``lheead``/``lhiurid`` latitude/longitude (breadth/length), ``kiartys`` accuracy, ``boayl``
  place, ``taghyrt`` incident, ``bratagh`` flag, ``raa`` remark, ``jalloo`` photo, ``slaynt``
  health, ``chingys`` illness, ``lheeys`` medicine, ``bee`` food, ``alleragh`` allergy,
  ``chaghteraght`` message, ``stayd`` state, ``ymmydeyr`` user, ``taghyrtyn`` events, ``greie``
  device, ``cryss_traa`` time zone, ``lieen`` network (lit. net): the visited MCC/MNC
  ``location.carrier``);
- a pain and hydrotherapy clinic ``_pain.py`` ("Aashagh": her own health data; camelCase
  ``ennymBashtee``, ``postL``, ``laaRuggyree``, ``earrooArreyAshoonagh``, ``ferLhee`` doctor,
  ``oyr`` reason, ``earrooPatient``, ``coad`` code, ``pian`` pain, ``skeeys`` fatigue,
  ``cadley`` sleep, ``imnea`` worry, ``ardjyn`` body regions, ``cooney`` help, ``kesmadyn``
  steps, ``bwoalleyCree`` heart rate, ``sym`` amount, ``shirrey`` search, ``obbyr`` work);
- a heating-oil delivery and tank-gauge app ``_oil.py`` ("Chiass": money by direct debit;
  ``ennym_slane`` full name, ``fockle_follit`` password (lit. hidden word), ``straid`` street,
  ``skeerey`` parish, ``coontey`` account, ``litryn`` litres, ``eeckey`` payment,
  ``kiare_jerree`` last four, ``sym_mee`` monthly amount, ``laa_livrey`` delivery day,
  ``noteyn_livrey`` delivery notes, ``coad_giat`` gate code, ``ennym_coontey`` account holder,
  ``earroo_coontey`` account number, ``eash_lhiannoo`` child's age, ``feme_chiass`` needs heat);
- a Quaker meeting ``_quaker.py`` ("Caarjyn", friends: her religion; ``ennym``, ``credjue``
  faith, ``stayd`` attender or member, ``chaglym`` meeting, ``ooashley`` worship, ``earroo``
  list number, ``lhiannoo`` child, ``chaglym_paitchyn`` children's meeting, ``fund``, ``mee``
  month);
- a community share offer for a Ramsey pub ``_shares.py`` ("Ayrnyn", shares: the money app;
  ``pashpoyrt`` passport, ``ashoonys`` nationality, ``earroo_keesh`` tax number, ``cheer_keesh``
  tax country, ``cheer_vaghee`` country of residence, ``sheeanys`` signature, ``ayrnyn`` shares,
  ``price_ayrn``, ``aght_eeck`` how paid, ``skillyn`` skills);
- the youth theatre's pantomime ``_panto.py`` ("Cloie", play: the child's data; camelCase
  ``earrooCloieder`` member number, ``ayrAyns`` parent, ``yrjid`` height, ``cleeau`` chest,
  ``mean`` waist, ``towseCass`` shoe size, ``jallooyn`` photos, ``scoill`` school);
- a Douglas ladies' darts league ``_darts.py`` ("Dartyn": ``far_ennym`` nickname, ``skimmee``
  team, ``cloieder`` player, ``cloie`` match, ``laaghyn`` days, ``sythyn`` darts thrown,
  ``keeagh`` guests).

Kinds checked new by a grep of the file names and module docstrings of ``scripts/eval_families*``
(nothing else of other sets was opened): "isle of man", "manx", "douglas", "ramsey" matched
nothing; "marshal" matched the Marshallese set and a fiesta volunteer-marshal app, "motorcycle"
and "motorbike" taxis, loans, rentals and a smart helmet, "road race" a cyclo club's race, and
"motorsport", "motor race", "grandstand" nothing (so marshalling closed-road motor races is new);
"fibromyalgia", "hydrotherapy", "pain clinic" and "chronic pain" nothing ("pain diary" matched a
lupus app and others; an INR clinic and allergy/pollen apps exist, so were not chosen); "heating
oil" only a list of words another set found nothing for, "oil tank", "oil delivery", "oil
boiler" nothing; "quaker" only a hospice's ``faith: Quaker`` field, "meeting for worship" and
"friends meeting" nothing (parishes, mosques, temples and fellowships exist); "community share",
"community shares" and "share offer" nothing ("credit union", "savings club", "co-operative"
matched, so those were not chosen); "panto", "youth theatre", "drama club" nothing ("audition"
matched a child talent app and a casting-call app); "darts", "dartboard", "darts league" nothing
(skittles, dominoes, curling, netball, basketball and quiz leagues exist). Rejected after the
grep: a junior surf-lifesaving club, wildlife sightings, a heritage-language nest.

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Coontagh", MMP "Trackvannin", OpenRTB 2.5 ads "Bidloaghtan", crash
reporting "Crashcurragh") and ``_svc.py`` (flags "Flagsnaefell", push "Pingkipper", consent
"Consentlaxey", payments "Eeckpay", maps "Mapbarrule", support chat "Helpmooar"); their code is
set 151's SDK modules copied with the vendors, hosts, zone (Europe/Isle_of_Man), country (IM,
IMN), locale, currency (GBP) and function prefixes changed (a grep of ``scripts/`` found none
of the ten names before). ``eval_families253_kit.py`` holds her places, people and the apps'
businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/mish``/``/mee``-style GETs with JWT bearers; marshals: registration with her NI
number and her husband as emergency contact, availability, the post's roster, a sign-on with
her fix (6 decimals), a protobuf beat, an incident report about a rider's injury, its photo, the
offline flag log (JSON Lines, one fix at 4 decimals), her own health note, the road-closure pass,
the lunch pack (msgpack), hours by marshal number in the path, a message quoting her husband's
number, sign-off home (4-decimal strings), training, the card by cookie; clinic: sign-up with the
GP's referral, the FIQR questionnaire (gzip), a pain map (PNG), hydrotherapy slots and booking,
a check-in (5 decimals), a protobuf flare diary, band steps and heart rate (msgpack), a message
to her physiotherapist, prescriptions and a repeat, a video room, sharing with her husband,
letters by patient number in the path, a pacing plan, a private session paid, a leaflet search,
the next appointment by cookie; oil: the account with the tank's position (6 decimals), prices
by postcode district, an order with a gate code, its payment, the direct-debit plan (sort code,
account number), gauge readings (msgpack), the gauge on the home Wi-Fi, the gauge's history by
its serial in the path, a boiler service for her husband, the priority register (her illness,
the child's age), the receipt by order number in the path, tracking, an offline sync (JSON
Lines), a complaint, a search, a base64 JSON preferences cookie; Quaker meeting: sign-up as an
attender, worship attended with her fix (4 decimals), a membership request naming two visitors,
notices, Aalin in the children's meeting, a contribution, a request to hold her mother-in-law in
the Light (her operation), a peace vigil, a library search, the lunch rota, a newsletter photo, a
message to the clerk, her list entry by number in the path, a receipt by cookie, a room booking,
her address for the printed list; shares: registration with her NI number, the offer, the
identity check (passport number and image), the US tax self-certification (her SSN), the
application, its bank transfer, gift shares for Aalin, the interest IBAN, a nominee, the
certificate by shareholder number in the path, the AGM vote and proxy, the annual tax statement
(gzip), a volunteer offer, a search, a message quoting the application number; theatre: the
parent's log-in, Aalin's registration, her health form (gzip), an audition and its video,
rehearsals, costume measurements, the photo consent, the stage-door sign-in (5 decimals) with
her grandmother collecting, her mother as chaperone, tickets and payment, a lift share (3-decimal
strings), a message to the director, the schedule by member number in the path, lines recorded
(audio), a script search, an absence (a chest infection), a base64 JSON cookie; darts:
registration with her nickname, fixtures, availability, a result, the scoresheet photo, a
check-in at the away pub (6 decimals), subs, the table, the team chat, a player search by her
mother-in-law's name, live throws (msgpack), a transfer request, her stats by player number in
the path, raffle tickets, the presentation night, notices by cookie. SDKs: analytics batches
(gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep link (a URL
in a JSON field carrying the application number and her e-mail); OpenRTB bids (GPS at 2 decimals
with her birth year and gender, or IP geo) and notices; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON header); push subscribers (positions at 2 or 3 decimals); consent
records and checks; card tokens and confirmations; geocoding, reverse geocoding (``lat,lon`` in
the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, sign-on, incident, slot, appointment, thread, mandate, booking,
rota, match and leg IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; race control's ID, name, point and phone, the marshal post's ID and
published point, a rider's race number, flags, the training score, the car's plate (no taxonomy
type fits; left unlabelled, as set 151); the clinic's ID, point and pool, the band's ID and
firmware, the pharmacy's ID; the depot's ID, the price per litre, the tank's size, the gauge's
serial, model, readings, temperature, signal and LAN address (a device that is not the phone),
the lorry, the boiler; the meeting house's point, the vigil and room IDs, the soup; the
pub's ID, the price per share, share counts, AGM resolutions and votes, skills, her nationality
``ashoonys`` (no taxonomy type; see below); the theatre hall's point, the school's ID, the part,
song, costume, performance, seats and price per seat; the league's teams, venues (names and
points), other players' IDs, scores, checkouts and darts thrown.

Conventions kept from sets 20-37 and 151 (as set 151 states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/e-mail codes, a gate code, bearer,
refresh, session and video-room tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, parish, post
code, postcode district and country ``location.coarse``; street lines ``contact.address``;
amounts, totals, fees, subs, orders, bookings, applications, share purchases and tickets
``financial.purchase``; card data, last four digits, payment-method IDs, sort codes, account
numbers and IBANs ``financial.payment``; another person's full name, phone and e-mail typed by
the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health
fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Orry, Aalin, Breesha when no surname) is not
  ``contact.name`` except where the text is about the child (the gift note, the message to the
  director) — as set 151; full names always are;
- marshals: the marshal number ``id.user``; her NI number ``personal.national_id``; the
  incident text about a rider's wrist ``content.text|health.medical`` (another person's health,
  typed by her); her fibromyalgia, medicine and stool ``health.medical``; the lunch pack's
  peanut allergy ``health.medical`` (vegetarian unlabelled); the post's published point a
  negative, her fixes there ``location.precise``;
- clinic: the patient number (body, JWT, query, URL path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart); pain, fatigue, sleep and worry scores, body
  regions, medicines, the referral reason, the hoist ``health.medical``; band steps, heart rate
  and sleep minutes ``health.fitness``; the pain-map PNG and the GP letter PDF
  ``content.media|health.medical``; the private session's description
  ``financial.purchase|health.medical``; a leaflet search that states her condition
  ``behavior.search|health.medical``; the GP's and the physiotherapist's names
  ``contact.name`` (people she names);
- oil: the fuel account ``id.user``; the tank's position ``location.precise`` (their garden);
  the gate code ``secret.credential`` (also in the delivery note: ``content.text|
  secret.credential``); her home SSID/BSSID ``location.wifi`` and her phone's LAN address
  ``device.info`` (the gauge's address a negative); the priority-register reason
  ``content.text|health.medical`` and ``feme_chiass`` ``health.medical``; the child's age
  ``personal.birthdate``; the monthly budget ``financial.purchase``;
- Quaker meeting: faith, standing, meeting, worship, children's meeting, the fund, push and
  analytics tags ``personal.sensitive`` (religion); the peace vigil note
  ``content.text|personal.sensitive`` (religious witness and a political opinion alike); the
  library search ``behavior.search|personal.sensitive``; the two visitors' names
  ``contact.name``; the hold-in-the-Light request ``content.text|personal.sensitive|
  health.medical|contact.name``; the list number ``id.user``;
- shares: the shareholder number ``id.user``; NI number, passport number and US SSN
  ``personal.national_id``; the passport image ``content.media|personal.national_id``; the
  country of residence ``location.coarse``; nationality left unlabelled (no taxonomy type;
  it is not ethnic origin); the tax-statement interest ``financial.purchase``; the daughter's
  name and birth date (gift shares) ``contact.name``/``personal.birthdate``;
- theatre: Aalin is a data subject: member number ``id.user`` (body, query, JWT
  ``cloiederyn``, URL path, cookie), name, birth date, sex, health form, absence reason
  ``health.medical``; costume measurements ``health.fitness`` (body measurements); her
  audition video and recorded lines ``content.media`` only; the lift-share point (their house
  at 3 decimals) ``location.precise``;
- darts: player number and nickname ``id.user``; a player search by a full name
  ``behavior.search|contact.name``; scores and other players' IDs negatives;
- SDKs: Trackvannin's ``country`` ``location.coarse`` and ``roaming`` ``device.info``;
  OpenRTB geo country (``IMN``), region and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``DESIGN.md`` whole;
``eval_families151.py`` and all its modules (``_kit``, ``_sdk``, ``_svc``, ``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``) whole;
``eval_payloads.py`` whole; of the helper kits only definitions and signatures: a grep of the
``def``/constant lines of ``eval_families6_kit`` and ``_17_kit`` to ``_24_kit``, the import list
and ``__all__`` of ``_17_kit``, the defining lines of the constants it re-exports (``E164``,
``NATIONAL``, ``EMAIL_UPPER``, ``MCCMNC``, ``JPEG``, ``MP4``, ``M4A``...) in ``_7_kit`` to
``_16_kit`` and ``_25_kit``, and the bodies of ``raw``, ``multipart``, ``pb`` (``_6_kit``),
``enc``, ``jsonl`` (``_7_kit``), ``report`` (``_8_kit``), ``token`` (``_10_kit``),
``sim_block`` (``_13_kit``), lines 20-80 of ``_20_kit`` (``App``, ``pos``, ``ev``, ``opaque``),
``at_path``, ``sdk_uid`` (``_21_kit``), ``lines``, ``sdk_uuid`` (``_22_kit``), ``rid``,
``sdk_id``, ``head``, ``claims`` (``_24_kit``) and ``listed_once`` with ``LISTED_ONCE`` in
``eval_families21.py`` (whose excerpt showed the head of its ``raw_build``); the module
docstrings of ``scripts/eval_families*`` extracted to a scratch file and grepped for the
candidate words above, and a grep of ``scripts/`` (file counts only) for the ten vendor names
and the app names. No classifier, rule, test, README or decoder was read or run; no git command
was run. ``main`` and ``ruff check --select F`` ran on these files (while writing, a scratch
script under /tmp called the same ``report`` on the set's modules one group at a time).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families253_darts
import eval_families253_marshal
import eval_families253_oil
import eval_families253_pain
import eval_families253_panto
import eval_families253_quaker
import eval_families253_shares
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
    return [*eval_families253_marshal.arrey(), *eval_families253_marshal.arrey_sdks(),
            *eval_families253_pain.aashagh(), *eval_families253_pain.aashagh_sdks(),
            *eval_families253_oil.chiass(), *eval_families253_oil.chiass_sdks(),
            *eval_families253_quaker.caarjyn(), *eval_families253_quaker.caarjyn_sdks(),
            *eval_families253_shares.ayrnyn(), *eval_families253_shares.ayrnyn_sdks(),
            *eval_families253_panto.cloie(), *eval_families253_panto.cloie_sdks(),
            *eval_families253_darts.dartyn(), *eval_families253_darts.dartyn_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
