"""Two-hundred-and-fifty-ninth, BLIND labelled set for the classifier evaluation ("blind256"):
written without reading the classifier code, its rules, the tests, the README or the evaluation
scripts, and never run through a classifier by its author; only ``main`` (the project's decoder
path check, via ``report``) was run, and it exited 0 on its first whole run (per-module
builds ran before it; only unused imports, long lines and this docstring were changed after
it). It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (155 first-party calls and 83 SDK calls, 238 exchanges, 1,733
labels as ``main`` prints them after ``listed_once``; 1,716 labelled paths, a joined label
counting once per id in ``report``), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She lives in
Hilo (Kaumana, Hawaii Island) with her husband Kainoa Kamakau, a Hilo boy, and their daughter
Malia (10); her mainland SIM is on a partner network on the island. Kainoa's mother Lorraine
("Tutu") lives in Kailua-Kona, where she serves three evenings a week at a Keauhou restaurant and
sleeps at Tutu's; her sister Sarah visits from Ohio. Seven app kinds (fictional names, hosts under
example.* per RFC 2606, no real company named as sender), each with its own API and the SDKs it
embeds; every API's keys are Hawaii Pidgin as a local developer writes them (ASCII, no okina or
kahako), mixed with the English real APIs keep (``email``, ``token``, ``id``, ``zip``) and
Hawaiian loans Pidgin uses (``keiki``, ``tutu``, ``wahine``, ``kane``, ``pau``, ``hapai``,
``pilikia``, ``luna``, ``makana``, ``kokua``), the everyday words varied from app to app:
an urgent-care walk-in queue and telehealth app ``eval_families259_wikiwiki.py`` ("Wikiwiki
Clinic", her own health data: ``nem`` first name, ``las_nem`` surname, ``fone`` phone,
``sekret_wod`` password, ``birfday`` birth date, ``kane_o_wahine`` sex (``wahine``),
``wea_you_stay`` address, ``insurance_kine`` plan, ``memba_numbah`` member ID, ``wat_stay_sore``
complaint, ``pain_how_much``, ``medisin``, ``allergic_to``, ``hapai`` pregnant, ``fevah``,
``odda_pilikia`` other trouble, ``pitcha`` photo, ``pay_um`` / ``hamuch`` payment and amount,
``wea_you_at`` where she is, ``talk_story`` message, ``wok_note`` work note, ``look_fo`` search,
``wat_wen_happen`` events), the county's junior-lifeguard programme ``_guard.py`` ("Keiki Guard",
the child's data: ``fone_numbah``, ``pass_wod``, ``wea_stay``, ``da_town``, ``keiki_nem``,
``bawn`` birth date, ``how_old``, ``boy_o_girl``, ``sick_kine``, ``no_can_eat``, ``swim_time``,
``tread_watah``, ``pickup_who``, ``emergency_who``, ``mesej``, ``no_can_come`` absence,
``kokua`` volunteering), the circuit court's juror portal ``_jury.py`` ("Kahea Jury", the
sensitive trait: ``summons_numbah``, ``juror_numbah``, ``bawn_day``, ``laisens`` licence,
``social_las_4``, ``wat_you`` race or ethnicity (the local "what you?"), ``hana`` job, ``luna``
boss, ``kode``, ``no_can`` excuse, ``bumbye`` later date, ``kokua_need`` accommodation,
``pay_to``), her restaurant's tip-pool, shift and pay app ``_tips.py`` ("Tip Hui", money:
``wokka_numbah`` employee number, ``social`` SSN, ``shif``, ``clock_in``, ``pau_hana``
clock-out, ``cash_tips`` / ``card_tips``, ``tip_out``, ``kala_now`` instant pay-out, ``fee``,
``grinds`` staff meal, ``swap_shif``, ``sick_day``), a Hamakua zipline tour ``_zip.py``
("Zippah": ``fam_nem`` surname, ``da_sekret`` password, ``bafday``, ``da_gang`` party,
``how_heavy`` weight, ``wen`` / ``wat_time``, ``book_um`` booking, ``back_pilikia``,
``heart_pilikia``, ``recent_owie`` injury, ``shaka`` rating, ``wat_you_tink`` review,
``makana`` gift), a Keaukaha surfboard shaper's custom orders ``_shaper.py`` ("Papa Shapes":
``cell`` phone, ``sekret`` password, ``how_tall``, ``how_long_surf``, ``wea_you_surf`` home
break, ``board_kine``, ``color_kine``, ``ding``, ``ship_to``) and an inter-island car-shipping
app ``_barge.py`` ("Kaa Barge": ``sekret_kode`` password, ``da_ride`` vehicle, ``paid_fo_um``
price paid, ``from_wea`` / ``go_wea`` ports, ``who_drop_off`` / ``who_pick_up``,
``gas_how_much``, ``owie`` damage, ``track_um`` tracking). The kinds are new: a grep of the
file names and of the module docstrings (extracted with ``ast``) of ``scripts/eval_families*``
found "urgent care", "lifeguard", "juror", "jury duty", "jury summons", "tip pool", "tip-out",
"gratuit", "zipline", "zip line", "surfboard", "shaper", "car shipping" and "vehicle shipping"
in none ("urgent" is only a CGM's urgent low, "jury" only inside "injury", "walk-in" two unrelated
apps (sets 91 and 160), "telehealth" a part of sickle-cell, clinic and other health apps; ship
and cargo apps (sets 148, 217) carry passengers and goods, not a car; set 116, the earlier
Hawaii set, has surf school, canoe regatta, reef sunscreen, kidney stone, hula halau, lei and
volcano helicopter apps, none reused; sets 207 (dial-a-ride), 251 (vehicle tax), 76 (cat shelter),
226 (invasive species), 138 (water tank) and 18 (cannabis delivery) made me drop those candidates).
The SDKs are ten new vendors, built once and called by every app with its own events: ``_sdk.py``
(analytics "Metricopihi", MMP "Trackmoku", OpenRTB 2.5 ads "Bidpueo", crash reporting
"Crashnene") and ``_svc.py`` (flags "Flagpikake", push "Pingkoa", consent "Okaylehua",
payments "Paylilikoi", maps "Mapmauka", support chat "Helpshaka"); their code is set 151's SDK
shapes with the vendors, hosts, zone (Pacific/Honolulu), country (US; OpenRTB "USA", where 151
had kept 132's "VUT"), region (HI), city (Hilo), currency (USD), units and language changed (a
grep of the docstrings found none of the ten names). ``eval_families259_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mailed codes, an employer activation code), ``/me``-style GETs with JWT bearers (claims: chart
number, the child's programme number in a list, juror number, employee number, name, phone);
clinic: the plan and its card photo, clinics near her house (3 decimals), the wait, joining the
line, a check-in with her fix (5 decimals), the intake (gzip), an ankle photo, the copay, a
protobuf line beat, a video room, a message to the doctor, the visit summary by chart number in
the path, a work note, a prescription, a search, a proxy for her husband, receipts by cookie;
lifeguards: the child's registration, medical form (gzip), swim test, the signed waiver, the fee,
pick-up people (Tutu, Kainoa), the emergency contact, a beach check-in, progress by the child's
number in the path, a message to the coach, an absence, a team photo, a competition entry
(msgpack), a volunteer shift, a search, an offline sync (JSON Lines); jury: registration, the
questionnaire (gzip), the schedule, a postponement, a medical excuse (PDF), a courthouse
check-in, parking, mileage to her account, attendance by juror number in the path, messages, a
letter to her manager, the panel acknowledgement (msgpack), direct deposit, an accommodation,
courts near her (2 decimals), the daily status by cookie; tips: the W-4 (gzip), direct deposit,
the schedule, a clock-in with her fix and the staff Wi-Fi, clock-out, the tip declaration, a
protobuf shift beat, a swap, a sick day, pay stubs by employee number in the path, an instant
pay-out, a staff meal, an offline punch queue (JSON Lines), availability, a message to the
manager, the W-2 by cookie; zipline: the booking for three with weights, payment, the health
waiver (gzip), signatures, the minor's waiver, a check-in at the base (6 decimals), the booking by
number in the path, photos (msgpack), a review, a gift voucher for her sister, a referral (base64
JSON in a form field); shaper: her surfer profile, the order, an inspiration photo, the deposit,
the order by number in the path, instalments, the pick-up with her fix, a ding photo and quote
(msgpack), a keiki-board wait list, a board shipped to Tutu, a base64 JSON preferences cookie;
barge: a quote, the booking, registration and licence uploads, payment, cover, the drop-off
checklist (gzip), damage photos, tracking by shipment number in the path, a yard check-in, a
pick-up authorisation, a claim, an offline yard queue (JSON Lines); push registrations and events
(gzip, cookies) everywhere. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits
(base64 JSON in a form field), offline queues (JSON Lines), a base64url beacon; MMP installs,
sessions, events (hashed e-mail and phone) and a deep link (a URL in a JSON field carrying the
booking and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash
envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent
records and checks; card tokens, confirmations and an instant pay-out to her account; geocoding,
reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, visit, shift, thread, check-in, pick-up, repair, claim IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
clinic's ID, name, phone and point, the plan's name and group number, the pharmacy's ID, the
doctor's inbox ID; the beach park's ID, tower and point, the coach's inbox, the school's name,
competition IDs, the shirt size; the courthouse's ID and point, the panel and seat, the parking
lot, a car's plate; the restaurant's ID, name and point, a co-worker's employee ID, the
credit union's routing number, filing status and dependants count, the menu item; the zipline
outfit's ID and point, tours, slots, lines and clips, a promo code, voucher codes; the shaper's
ID and point, models and board dimensions, the home break's name; the harbor yards' IDs and
points, the sailing, lane, odometer and keys, the truck's make, model, year, colour and VIN (no
taxonomy type fits; left unlabelled like set 151's plate).

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS/e-mail/activation codes, bearer, refresh, session, video-room
and client-secret tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar
lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, state, ZIP and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, copays, deposits, bookings, orders and shipments
``financial.purchase``; card data, last four digits, payment-method IDs, card tokens and account
numbers ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Malia, Dana, Kainoa when no surname) is not ``contact.name``
  except where the text is about the child (the message about her asthma, the absence note); the
  child's full name always is;
- clinic: the chart number (body, JWT ``chart``, protobuf, URL path, support attributes) and the
  health-plan member ID ``health.medical`` (set 151's chart, set 37's member ID); complaint,
  duration, pain score, medicines, allergies, pregnancy, fever, the body part and the work-note
  reason ``health.medical``; the ankle photo ``content.media|health.medical``, the plan card's
  photo ``content.media`` only; the employer on the work note a negative;
- lifeguards: Malia is a data subject: her name, birth date, age (``personal.birthdate``), sex,
  programme number ``id.user`` (body, JWT ``keiki``, URL path, JSON Lines, support attributes);
  her swim time and tread-water minutes ``health.fitness``; her asthma, inhaler, shellfish allergy,
  ear tubes and the sick day ``health.medical``; her paediatrician's name and phone typed by her
  ``contact.*``;
- jury: the summons and juror numbers ``id.user``; the race/ethnicity answer and the Hispanic
  flag ``personal.sensitive``; her licence number and SSN last four ``personal.national_id``;
  citizenship, the felony answer, years in the county, job and employer unlabelled (no taxonomy
  type; an auditor under other rules might mark citizenship or criminal history); the mileage
  ``financial.purchase`` (a payment to her, as set 151's payouts), her account
  ``financial.payment``, the routing number a negative; her manager's name and e-mail typed by her
  ``contact.*``; the medical excuse PDF ``content.media|health.medical``;
- tips: the employee number ``id.user``; her SSN ``personal.national_id``; her table sales, tips,
  tip-outs, the staff-meal deduction, the instant pay-out and its fee ``financial.purchase`` (her
  earnings and deductions, by set 151's convention for payouts and revenue; debatable); the staff
  Wi-Fi she joins ``location.wifi``; the sick-day reason ``health.medical``;
- zipline: the riders' weights ``health.fitness`` (as set 151's riders), the child's age
  ``personal.birthdate``; the waiver's answers ``health.medical`` (the recent injury also
  ``content.text``);
- shaper: her weight and height ``health.fitness``; her home break's name unlabelled (a public
  place); Tutu's street line ``contact.address``, her town and ZIP ``location.coarse``, name and
  phone ``contact.*``; the child's name, age and weight as in the other apps;
- barge: what she paid for the truck ``financial.purchase``; her husband's licence number typed
  by her ``personal.national_id``; the cousin's name and phone ``contact.*``; the registration PDF
  and the licence photo ``content.media``;
- her own fixes at the clinic, the beach, the courthouse, the restaurant, the zipline base, the
  shop and the yard ``location.precise`` (3 to 6 decimals), the places' own points negatives;
  Tutu's house, where she sleeps on work nights, is hers (``location.precise`` in routes);
- SDKs: Trackmoku's ``country`` ``location.coarse`` and ``roaming`` ``device.info`` (a mainland
  SIM on an island partner network); OpenRTB geo country, region (``HI``) and city
  ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3 or more
  ``location.precise``; a geocoder query she typed ``behavior.search``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` (whole) and the
``report.json`` part of ``/work/shared/DESIGN.md`` (lines 100-140); ``eval_families151.py`` and
all its modules whole (``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``, ``_kit``, ``_sdk``, ``_svc``; ``_sdk``/``_svc`` copied with renames into this
set's); ``eval_payloads.py`` whole; of the helper kits only definitions: the head of
``eval_families17_kit.py`` (its imports and constants, ``push_token``), ``raw``, ``multipart``
and ``pb`` in ``eval_families6_kit.py``, ``enc`` in ``eval_families7_kit.py``, ``Acc``/``add``
in ``eval_families10_kit.py``, ``App``, ``ev``, ``opaque`` and the constants of
``eval_families20_kit.py``, ``at_path``/``sdk_uid`` of ``eval_families21_kit.py``,
``lines``/``sdk_uuid`` of ``eval_families22_kit.py``, ``rid``, ``sdk_id``, ``head``, ``claims``
and the card constants of ``eval_families24_kit.py``, ``listed_once`` of ``eval_families21.py``,
and the matching lines of a grep for constant names (``E164``, ``NATIONAL``, ``JPEG``...) across
the kits, which also showed one ``NATIONAL_ID`` line each of ``eval_families132_kit.py`` and
``eval_families148_kit.py``; a listing of ``scripts/`` file names and the ``ast``-extracted
module docstrings of every ``eval_families*`` file (grepped for the kinds and names above, with a
few lines of context around the hits, e.g. sets 116, 76, 138, 207, 226, 251). No classifier,
rule, test, decoder, README or evaluation script was read or run; ``ruff check --select F`` ran
on these files (and removed two unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families259_barge
import eval_families259_guard
import eval_families259_jury
import eval_families259_shaper
import eval_families259_tips
import eval_families259_wikiwiki
import eval_families259_zip
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
    return [*eval_families259_wikiwiki.wikiwiki(), *eval_families259_wikiwiki.wikiwiki_sdks(),
            *eval_families259_guard.keikiguard(), *eval_families259_guard.keikiguard_sdks(),
            *eval_families259_jury.kahea(), *eval_families259_jury.kahea_sdks(),
            *eval_families259_tips.tiphui(), *eval_families259_tips.tiphui_sdks(),
            *eval_families259_zip.zippah(), *eval_families259_zip.zippah_sdks(),
            *eval_families259_shaper.papashapes(), *eval_families259_shaper.papashapes_sdks(),
            *eval_families259_barge.kaabarge(), *eval_families259_barge.kaabarge_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
