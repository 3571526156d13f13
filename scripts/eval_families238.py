"""Two-hundred-and-thirty-eighth, BLIND labelled set for the classifier evaluation ("blind235"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end several times, each full run exiting 0 with the same counts (the
later runs after docstring edits only; one run piped into ``head`` ended on a broken pipe). It
is to be scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (155 first-party calls and 75 SDK calls, 230 exchanges, 1,715
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Magas (Ingushetia, Russia) with her Ingush husband Bekhan Vargoyev,
her US SIM roaming on a Russian network; their daughter Zalina (8) goes to school in Magas and
to an accordion studio in Nazran; her mother-in-law Fatima Vargoyeva lives in Nazran, her
husband's cousin Isa Vargoyev stands guarantor for her loan, her sister Emily is in Ohio (all
fictional; the Vargoy teip is invented). Seven app kinds (fictional names, hosts under example.*
per RFC 2606, no real company named as sender), each with its own API and the SDKs it embeds.
The API keys are Ingush in Latin letters, ASCII-folded as a local developer would type them
(palochka and apostrophes dropped), mixed with the English words APIs keep (``token``,
``email``, ``id``...) and the Russian loans local developers use (``familie``, ``telefon``,
``registratsi``, ``zakaz``, ``bron``, ``propusk``, ``dogovor``, ``schet``, ``vnzh``, ``inn``,
``snils``, ``otsenka``); set 172's Chechen keys (``tse``, ``qayla_dosh``, ``vina_de``,
``ghala``) were not reused:
- ``eval_families238_taip.py`` "Tukhum": her husband's teip's (clan's) council and mutual-aid
  app (her sensitive trait: ethnic origin/lineage). Keys: ``tsi`` name, ``familie`` surname,
  ``el_pochta`` e-mail, ``kayla_dosh`` password, ``vaennai_di`` birth date, ``pol`` sex
  (``sesag`` woman, ``yoi`` girl), ``taip`` clan, ``gar`` branch, ``yurt`` village, ``vov``
  tower, ``qam`` nation, ``dezal`` family, ``mar`` husband, ``ber`` child, ``mar_nana``
  mother-in-law, ``chlen`` member, ``gulam`` gathering, ``gho`` help, ``dukhal`` amount,
  ``khaam`` message, ``surt`` photo, ``lekhar`` search, ``metta`` place, ``khan`` time,
  ``tezet`` mourning gathering, ``dosh`` word/remark, ``khyasha`` guests, ``dai_nakh``
  ancestors, ``aravala`` log-out (lit. "go out").
- ``_qard.py`` "Dekhar": a qard hasan (interest-free loan) fund (money). Keys: ``dai_tsi``
  patronymic, ``kod`` code, ``adres``/``uram``/``gala``/``indeks`` address, street, town, post
  code, ``bolkh`` work, ``alapa`` salary, ``dekhar`` loan, ``butt`` months, ``yukhadalar``
  repayment, ``poruchitel`` guarantor, ``dogovor`` contract, ``schet`` account, ``karta``
  card, ``bolo4`` last four, ``tsamogash`` illness, ``fond`` fund, ``zaemshchik`` borrower.
- ``_pondar.py`` "Kekhat Pondar": the daughter's accordion and folk-dance studio (the child's
  data; an English camelCase API with ``ber``, ``deshar`` lesson, ``khekharkho`` teacher,
  ``yish`` tune, ``lovzar`` dance, ``lakhal`` height, ``dozal`` weight, ``makh`` price).
- ``_metan.py`` "Metan": a CNG (methane) filling-station chain (``mashen`` car, ``nomer``
  plate, ``ballon`` cylinder, ``poverka`` re-test, ``zapravka`` station, ``kolonka`` pump,
  ``kub`` cubic metres, ``dalar`` payment, ``chek`` receipt, ``vaditel`` driver, ``yukhe``
  near, ``set`` network).
- ``_merazh.py`` "Merazh": a facial plastic surgery clinic, her septorhinoplasty (her own health
  data; English camelCase with ``tsamogash``, ``molkha`` medicine, ``lor`` doctor, ``lazar``
  pain, ``khaam``).
- ``_vov.py`` "Vovgala": a tower-complex reserve's tickets, guides and border-zone pass
  (``propusk`` pass, ``bilet`` ticket, ``bron`` booking, ``pasport``, ``vnzh``,
  ``svidetelstvo`` birth certificate, ``gid`` guide, ``mott`` language, ``nik`` road, ``shu``
  years, ``sag`` persons).
- ``_chapilg.py`` "Chapilg": home cooks' chapilgash and pastry pre-orders, delivered to her
  mother-in-law's mawlid (``khacha`` food, ``zakaz`` order, ``dostavka`` delivery,
  ``korzina`` cart, ``kulinar`` cook, ``tsa`` house, ``rayon`` district).
New kinds, checked by a grep of ``scripts/eval_families*`` file names and of every module's
docstring (extracted with ``ast`` to a scratch file): "teip", "tukhum", "clan council",
"kalym", "qard", "interest-free loan", "accordion", "garmon", "cng", "methane", "gas station",
"rhinoplast", "plastic surg", "home cook", "flatbread", "chapilgash", "ingush", "magas"
matched nothing. Near kinds, made different: set 172 (Chechen, Grozny) has a murabaha
appliance shop and a zikr circle, so Dekhar is a lending fund and the sensitive app is a clan's
roll, not a religious one; genealogy apps exist (a Tahitian church's, a land co-heirs' file),
Tukhum is a living clan's council (households, gatherings, fund, tezet); children's music
schools exist (95, 111 and single-instrument variants), Kekhat Pondar is an accordion and
ensemble studio (costume, rented instrument, recordings); a sinus operation (FESS) exists,
Merazh is a plastic surgeon's septorhinoplasty with a simulation; border and mountain permits
exist (Albanian huts, the Pamir-Alay, a Caspian border zone), Vovgala is a heritage reserve's
ticketing with the pass as a side form; food marketplaces exist (8, 32, 66), Chapilg is home
bakers' pre-orders for a gathering. The SDKs are ten new vendors, built once and called by every
app with its own events: ``_sdk.py`` (analytics "Metrigala", MMP "Trackvov", OpenRTB 2.5 ads
"Bidlovzar", crash reporting "Crashmotta") and ``_svc.py`` (flags "Flagdosh", push
"Pingkhaam", consent "Consentbart", payments "Coinakhcha", maps "Mapmetta", support chat
"Helpgho"); their code is set 151's ``_sdk.py``/``_svc.py`` with the vendors, hosts, function
prefixes, zone (Europe/Moscow), country (RU/RUS, region ``IN``, city Nazran), locale and
currency (RUB) changed, and the SBP fast-payment system for the mobile payout (a docstring grep
and a ``grep -rli`` of ``scripts/`` found none of the ten names). ``eval_families238_kit.py``
holds her places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/so``- and ``/me``-style GETs with JWT bearers; teip: registration with clan and branch, the
household by number in the path, the family with the child's nation, the branch's tree (query),
the ancestral village's tower page (village in the path), a gathering's check-in (5 decimals), a
fund contribution, a tezet with the condolence formula, a message naming the cousin, an archive
photo, a search, the genealogy (msgpack), a wedding answer, help asked for the mother-in-law's
knee operation, announcements by cookie, a base64 JSON preferences cookie, push, events, a
log-out; fund: the calculator, the application (address, residence permit, INN, SNILS, work and
salary), a scan of her permit, the guarantor with his passport, the schedule, the contract PDF
by number in the path, the SMS signature, the payout account, a repayment, history by cookie, a
deferral for illness, a sadaqa, an offline draft queue (JSON Lines), an identity form (base64
JSON in a form field), a visit to the office (4 decimals), a message quoting her e-mail; studio:
the child's enrolment (SNILS), timetable, a lesson booked and paid, an absence (ear infection),
a practice recording (audio), a protobuf practice log, a rented accordion, costume measurements,
concert tickets (the order in the path), a pick-up by the grandmother, the door check-in
(5 decimals), a teacher message, a concert photo with consent, a search, homework ticks
(msgpack), events with a session cookie; CNG: stations near her flat (3 decimals), the car and
cylinder, the husband as a driver, a pump started with her fix (6 decimals), the payment, the
receipt in the path, a protobuf fill beat, a cylinder re-test, points by cookie, history, an
offline fill log with positions (msgpack), a review, a search, a car wash, receipts synced (JSON
Lines), a complaint, a base64 JSON cookie; clinic: the questionnaire (gzip), pre-op face photos,
the simulation, a CT PDF, a consultation, a deposit, lab tests, results by card number in the
path, the consent signature, a check-in (5 decimals), a protobuf recovery diary, a message to
the surgeon, prescriptions, a video room, the splint removal, sharing with her husband, the
invoice by cookie, instalments (her rouble account); towers: the border-zone pass for the three
of them (her passport and permit, her husband's passport, the child's birth certificate), the
pass in the path, the towers, tickets (the child's age), the payment, a guide, a taxi from her
door (address, 4-decimal point), the border post check-in (5 decimals), a protobuf walk beat, a
msgpack fix queue, a photo, a review, a search, the QR by booking in the path, an emergency
contact naming the child's asthma, the receipt by cookie; home cooks: her saved address with her
fix, cooks near her flat (3 decimals), a menu, a msgpack cart, the order to her mother-in-law's
house (name, phone, address, district, point) with the mawlid note, the payment, a dietary
note, the order in the path, the courier polled, a tip, a review, a search, favourites by
cookie, a complaint photo, a promo code. SDKs: analytics batches (gzip; positions at 2 or 3
decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, events (hashed e-mail and phone) and a deep link (a URL in a JSON field
carrying the booking and her e-mail); OpenRTB bids (GPS at 2 decimals or IP geo) and notices;
crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers;
consent records and checks; card tokens, confirmations and an SBP payout; geocoding, reverse
geocoding (``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, slot, gathering, tezet, lesson, thread, walk, pump-session,
appointment and coupon IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the council house's ID and point, the wedding's ID, ancestors' birth
years; the fund's ID, phone and point, the bank's BIK and name, the calculator's inputs; the
studio's ID and point, the teacher's ID, tune IDs, tempo and practice minutes, the instrument's
number, the concert's ID; the station's ID, name and point, pump IDs, cubic metres, the price
per cube, odometer readings, the car's make, plate and cylinder number (no taxonomy type fits a
car; left unlabelled), the re-test point; the clinic's ID and point, the lab and doctor IDs; the
border post's and the towers' IDs and points, the guide's ID, the zone and route; the cook's ID,
dish IDs, dish names under ``tsi`` (a name key holding no person's name), quantities and
catalogue prices, the promo code.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, roaming, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs,
push tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, district, region, post code and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, prices, fees, tips, bookings and orders
``financial.purchase``; card data, last four digits, payment-method IDs and bank accounts
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Zalina, Madina, Fatima without surname) is not
  ``contact.name`` except where the text is about the child (absence note, teacher message, the
  towers photo caption); full names always are;
- teip: the clan, branch and ancestral village (body, query, JWT ``taip``, URL path
  ``targim``, cookie, msgpack, SDK traits and tags), the child's ``qam`` (nation), the clan
  fund's name and an archive caption and a search naming them ``personal.sensitive`` (ethnic
  origin and lineage); the condolence formula ``content.text|personal.sensitive`` (a religious
  formula, as condolence prayers in earlier sets); ancestors' names ``contact.name`` (the dead,
  as set 151's departed); the household number ``id.user``; help asked for the mother-in-law's
  knee ``content.text|health.medical|contact.name`` and its amount ``financial.purchase``;
- fund: the loan contract number (body, query, path, MMP params) ``financial.payment`` (a loan
  account, as an earlier gold-loan set); loan amounts and repayments ``financial.purchase``
  (amounts convention; no taxonomy type for credit); employer and salary unlabelled (no taxonomy
  type); the calculator's inputs unlabelled (a public tool, nothing applied for); the residence
  permit scan ``content.media|personal.national_id``; the guarantor's passport typed by her
  ``personal.national_id``; the sadaqa fund ``personal.sensitive`` (religion); the salary
  certificate PDF ``content.media`` only; the borrower number ``id.user``;
- studio: Zalina is a data subject: SNILS ``personal.national_id``, pupil number ``id.user``
  (body, query, JWT ``beri``, protobuf), name, birth date, sex; her costume measurements
  ``health.fitness`` (body measurements); the ear infection ``health.medical``; her recording
  and the concert photo ``content.media``; the ticket order in the path ``financial.purchase``;
- CNG: the bonus card ``id.user``; her positions at the pump and on the road
  ``location.precise``; the car's make, plate and cylinder unlabelled; the visited network's
  MCC/MNC ``location.carrier``, roaming ``device.info``;
- clinic: the medical card number (body, JWT ``card``, query, URL path, protobuf)
  ``health.medical`` (a medical record number, as set 151's chart); the pre-op face photos and
  the CT ``content.media|health.medical`` (not ``biometric.face``: photos, not templates); the
  consent signature ``content.media``; lab tests ordered, procedures, nose changes, pain and
  bruising ``health.medical``;
- towers: the border-zone pass number (body, JWT ``propusk``, URL path) ``personal.national_id``
  (a government permit issued on her identity documents); passports, her residence permit and
  the child's birth certificate ``personal.national_id``; the child's age
  ``personal.birthdate``; the taxi's pick-up point at 4 decimals ``location.precise``; the
  child's asthma in an emergency note ``content.text|health.medical``;
- home cooks: the mother-in-law's house (street ``contact.address``, district and town
  ``location.coarse``, point at 5 decimals ``location.precise``: the family's place she typed);
  the mawlid note ``content.text|personal.sensitive`` (religion); a guest's diabetes
  ``content.text|health.medical``; the order number ``financial.purchase``;
- SDKs: Trackvov's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``IN``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/tmp/s23/briefs/blind235.md`` (the brief); ``eval_families151.py``
and all its modules whole (``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``,
``_qvevri``, ``_building``, ``_kit``, ``_sdk``, ``_svc``; the last two copied with renames into
this set's ``_sdk.py``/``_svc.py``) and ``eval_payloads.py`` whole; ``/work/shared/TAXONOMY.md``
and the report.json section of ``/work/shared/DESIGN.md``; of the helper kits: lines 1-124 and
140-190 and ``__all__`` of ``eval_families17_kit.py`` (imports and constants), the values of
its constants and the signatures and docstrings of ``pb``, ``multipart``, ``raw``, ``enc``,
``add``, ``tok``, ``ev``, ``opaque``, ``at_path``, ``sdk_uid``, ``lines``, ``sdk_uuid``,
``claims``, ``rid``, ``head``, ``sdk_id``, ``sjwt`` (printed with ``inspect``), the sources of
``App``, ``head``, ``claims``, ``rid``, ``ev``, ``opaque``, ``at_path`` and
``eval_families17_kit.report``; every ``scripts/eval_families*`` module docstring (extracted to
a scratch file and grepped for the candidate words, with a few matching lines read for context,
e.g. set 172's Chechen docstrings); a ``grep -rli`` over ``scripts/`` for the ten vendor and
seven app names (file counts only). ``git status`` in the checkout showed modified file names
(some under ``analysis/``); none of them was opened. No classifier, rule, test or decoder was
read or run beyond ``main`` (``ruff check --select F`` ran on these files).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families238_chapilg
import eval_families238_merazh
import eval_families238_metan
import eval_families238_pondar
import eval_families238_qard
import eval_families238_taip
import eval_families238_vov
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
    return [*eval_families238_taip.tukhum(), *eval_families238_taip.tukhum_sdks(),
            *eval_families238_qard.dekhar(), *eval_families238_qard.dekhar_sdks(),
            *eval_families238_pondar.kekhat_pondar(), *eval_families238_pondar.kekhat_pondar_sdks(),
            *eval_families238_metan.metan(), *eval_families238_metan.metan_sdks(),
            *eval_families238_merazh.merazh(), *eval_families238_merazh.merazh_sdks(),
            *eval_families238_vov.vovgala(), *eval_families238_vov.vovgala_sdks(),
            *eval_families238_chapilg.chapilg(), *eval_families238_chapilg.chapilg_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
