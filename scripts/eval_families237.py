"""Two-hundred-and-thirty-seventh, BLIND labelled set for the classifier evaluation ("blind234"):
written without reading the classifier code, its rules, its decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check)
was run four times at the end (each exited 0 and listed no missing path; the second after
three exchanges were added, the last two after this docstring and two labels were changed). It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not, and committed nothing).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (156 first-party calls and 75 SDK calls, 231 exchanges, 1,664
labelled fields after ``listed_once``; ``main`` prints 1,684, one per id of a joined label),
mostly ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. She lives between Suva (a rented house in Samabula) and Ahau on
Rotuma, the home village of her Rotuman husband Tarterani Fatiaki; her US SIM roams on a
fictional Fijian network (542-07); their son Jiare (10) is in Year 5 at a Suva primary school;
her mother-in-law Mereani Fatiaki (71) lives in the family house at Ahau and is losing her sight;
her husband's cousin Vilsoni Inia lives in Nasinu; her sister Emily is in Ohio. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds. The apps' keys are Rotuman, ASCII-folded as a Suva developer
would type them (glottal stops, dots, umlauts and macrons dropped: ``'ai`` is ``ai``, ``fäeag``
``faeag``), mixed with the English words APIs keep (``token``, ``id``, ``email`` beside ``imel``,
``score``, ``loan``, ``grant_type``) and English loans in Rotuman spelling (``telefon``, ``imel``,
``pasport``, ``laisen``, ``tenti``, ``jea``, ``tepol``, ``jenereta``, ``sikul``, ``projek``,
``vitio``, ``sain``, ``akaun``, ``fika_bukin``); the keys differ in shape between apps (snake_case,
camelCase, words joined without a separator). The author is not a Rotuman speaker: the words
come from what he knew and from a few public excerpts (a Rotuman educational resource's contents
and Lord's Prayer, a linguistics-olympiad problem, an audio-lesson script, a language-week
booklet: ``asa`` name, ``fäeag`` word, ``hanua`` land/home, ``famori`` people, ``rotu``
religion, ``fika`` number, ``ran`` day, ``hual`` month, ``fau`` year, ``av`` time, ``ut``
place, ``tēla'ā`` food, ``tạnu`` water, ``'ai`` tree, ``'olo`` to cut, ``mafa`` eye, ``huga``
heart, ``rū`` ache, ``rogrog`` news/account, ``jaja`` picture, ``itu`` district, ``rī`` house,
``ö'höni`` mother, ``sạsiạg'ạki`` cousin, ``garue`` work, ``lelei`` good, ``hanisi`` kindness,
``kato'aga`` feast); some are coinages or Polynesian words he could not confirm as Rotuman and
says so: ``faeag_nusura`` password ("door word", a coinage), ``ran_fanau`` birth date
(``fanau`` is the Polynesian word), ``asa_mua`` first name and ``asa_kainaga`` surname (the
kin group's name), ``ut_noho`` address ("place of living"), ``mahaki`` illness and ``vai``
medicine (Tongan/Fijian-like), ``totogi`` payment (Samoan-like), ``tala`` amount (the loan
"dollar"), ``hoag`` spouse, ``le`` child, ``tala_mua`` deposit, ``rae`` search ("look").

The seven apps:
- a credit bureau's consumer app ``eval_families237_fika.py`` ("Fikalelei": her credit file, a
  dispute of a loan she never took, a freeze, a lender's access; money);
- a cardiac rehabilitation programme ``_huga.py`` ("Hugalelei": her own heart attack from a
  coronary artery dissection, twelve weeks at the Suva unit; health, and the hospital form's
  ethnicity and religion);
- the primary schools' science fair ``_sains.py`` ("Raerae": Jiare's project on Ahau's rainwater
  tanks; the child's data);
- a tent, chair and generator hire app ``_tenti.py`` ("Katenti": the kato'aga for Jiare's tenth
  birthday at the Samabula house);
- a disability concession card and carer app ``_hanisi.py`` ("Hanisi Card": she applies as the
  carer of her mother-in-law at Ahau; a sensitive trait, disability, and her health);
- a driving-licence test booking app ``_laisen.py`` ("Laisenfiti": converting her New York
  licence, eye test, medical declaration, practical test);
- a tree-felling service ``_ai.py`` ("Oloai": the mango tree over their Suva roof).
Each module's docstring lists its keys. Newness (a file-name and docstring grep of every
``scripts/eval_families*`` file, docstrings extracted with ``ast`` to a scratch file): "credit
score", "credit bureau" (only set 38's rent reporting "to the credit bureaus", a tenant app),
"cardiac rehab", "heart attack", "pulmonary", "science fair", "party hire", "equipment hire",
"marquee", "generator hire", "disability card", "visually impaired", "white cane", "driving test",
"tree felling", "arborist", "rotuman", "rotuma day" matched nothing; "credit report" matched only
set 15's remittance/rent part, "chair hire" only set 219's docstring, "tent hire" only set 215's
wedding contributions register, "bouncy" set 224's children's party hall (a hall with packages,
not equipment delivered to a yard), "driving school" sets 63 and 83 (lessons, not the
authority's tests), "concession" sets 10, 14, 65, 85, 154, 197 (none a disability card),
"cardiac" set 68's ward and set 164's dive waiver. Set 122 is also Fiji (a Methodist tithe app, a
diabetic foot clinic, a market stall, sevens, cyclone evacuation, cane, remittances) and used
the network 542-05: none of its kinds is repeated and this set roams on 542-07. The SDKs are ten
new vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Metrifara", MMP "Trackhanua", OpenRTB 2.5 ads "Bidkato", crash reporting "Crashmamasa") and
``_svc.py`` (flags "Flagtefui", push "Pingmaka", consent "Consentlelei", payments "Coinsene",
maps "Mapitu", support chat "Helpnoaia"); their code is set 151's, copied with the vendors,
hosts, versions, zone (Pacific/Fiji), country (FJ/FJI), OpenRTB region and city (C, Suva) and
currency (FJD) changed (a grep of ``scripts/`` found none of the ten names).
``eval_families237_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes), ``/ou``-style GETs with JWT bearers, refresh and log-out forms; credit: the sign-up with
her passport, residence permit and tax number, the identity quiz (her old New York address and
phone), a passport photo (multipart), the report and score history, a dispute naming the loan
account with a statement photo, a freeze PIN, a lender's access, alert preferences (protobuf),
the premium plan paid, the PDF by member number in the path, her work (employer and income
unlabelled), a message quoting her tax number, a receipt by cookie, a lender search, a base64
JSON preferences form field; rehab: registration (ethnicity, religion, record number), the
intake (gzip), the echo report (PDF), the programme by record number in the query, a check-in
with her fix (5 decimals), a protobuf heart-rate beat, a seawall walk (6 decimals), home blood
pressures (msgpack), symptoms, a refill, a message to the nurse, measurements, the emergency
contact, sharing with her husband and her GP, a quiz, a research consent, the discharge letter by
record number in the path, a watch import (gzip), a summary by cookie; fair: the parent's
sign-up, Jiare's entry, the project, tank readings (JSON Lines) with the family's tank at 5
decimals, a photo and a video, consent, the fee, the project by pupil number in the path, the
safety form (his asthma), the cousin who collects him, feedback, a message, a search, a
check-in at the hall (4 decimals), a vote, a base64 JSON draft, a certificate by cookie; hire:
the catalogue, availability, a quote with the yard's point (6 decimals) and address, the
booking, the deposit, a yard photo, the delivery, gate notes with the gate code, the site
contact, add-ons (msgpack), a change, the waiver, the booking by number in the path, an invoice
by cookie, a review, a search, a base64 JSON preferences cookie; card: the carer's sign-up
(her residence permit), the applicant (her mother-in-law's name, birth date, phone, tax number,
Ahau address), the disability, the doctor's certificate (PDF), her photo, the eye test, a home
visit at the Ahau house (5 decimals), the card by number in the path, concessions, a ferry
concession for the two of them, the carer link, an assistive-device request, the allowance
account (her account), a message, offices near Ahau (2 decimals), a reminder, a base64 JSON
draft, the status by cookie; licence: the overseas licence number, the eye test, the medical
declaration (her heart attack and medicines), photo and signature (multipart), the fee, slots,
the theory result, practice progress (protobuf), the practical test booked, a check-in (4
decimals), the result by booking number in the path, the delivery address, a message, a receipt
by cookie; trees: a quote request with the tree's point (6 decimals), two photos, the quote, the
deposit, the council permit, the neighbour's notice, the schedule, access notes with a padlock
code, the crew's ETA, firewood (msgpack), a sign-off signature (base64 PNG), an offline sync
(JSON Lines), the job by number in the path, an invoice by cookie, a review, a tip, a search.
Every app registers push and sends its own events. SDKs: analytics batches (gzip; positions at 2
or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, sessions, events (hashed e-mail and phone) and deep links (a URL in a JSON
field carrying the hire booking and her phone); OpenRTB bids (GPS at 2 or 3 decimals or IP geo)
and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens and confirmations; geocoding (her typed
address), reverse geocoding (``lat,lon`` in the path), routes and map telemetry (her drive to the
test centre); support messages and uploads.

Negatives are implicit: request, dispute, quiz, session, slot, quote, thread, application,
project and object IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB
IDs and prices; the bureau's lender IDs and a lender's name, the plan name; the rehab unit's ID
and point, the BP cuff's ID, the pharmacy ID, the module IDs and quiz answers; the school's ID,
the fair hall's ID and point, the church's and the school's tanks at Ahau and every reading of
the borrowed test kit (pH, turbidity); the hire depot's ID, catalogue SKUs and unit prices, tent
sizes, chair counts, the generator's kVA and litres; the government station's ID, the ship's
sailing ID and ports, the assistive devices' SKUs, the clinic's name; the test centre's ID and
point, slots, the practice pack's scores; the arborist's yard, the council permit number, the
crew's truck ID and its positions, the tree's height and kind.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, a freeze PIN, a gate code, a padlock code, bearer,
refresh and session tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and
carrier ``location.carrier``; town, area, village, district, island and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares, deposits,
tips, bookings, jobs and invoices ``financial.purchase``; card data, last four digits,
payment-method IDs and bank or loan accounts ``financial.payment``; another person's full name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Jiare, Salote, Tarterani in a note) is not ``contact.name``;
  a full name in a message is (Mereani Fatiaki, the son's full name);
- credit: the member number ``id.user``; passport, residence permit, tax number and the
  passport photo ``personal.national_id`` (the photo also ``content.media``); the disputed loan
  account ``financial.payment``, its amount and the amount a lender may lend
  ``financial.purchase``; employer, job and monthly income unlabelled (no taxonomy type fits);
  her old New York address and phone in the quiz ``contact.address``/``contact.phone``;
- rehab: the hospital record number (body, JWT ``fikaPuk``, query, URL path, protobuf)
  ``health.medical`` (a medical record number, as set 151's chart); the ethnicity the form asks
  (``famori``) and her religion (``rotu``) ``personal.sensitive``; heart rate, steps, minutes,
  weight, waist and the session's effort ``health.fitness``; blood pressure, medicines,
  symptoms, the diagnosis and ejection fraction ``health.medical``; the seawall track
  ``location.precise``; her doctor's and her GP's names ``contact.name``;
- fair: Jiare is a data subject: name, birth date, sex ``contact.name``/``personal.birthdate``/
  ``personal.gender``, pupil number ``id.user`` (body, query, JWT ``le``, URL path, base64
  JSON); his asthma and inhaler ``health.medical``; the photo and the video ``content.media``;
  the family's tank point ``location.precise``, the other tanks negatives;
- hire: the customer account ``id.user``; the yard's point ``location.precise``; the gate code
  in the note ``content.text|secret.credential``; the waiver's typed name ``contact.name``;
- card: her mother-in-law is a data subject: name, birth date, sex, phone, tax number and Ahau
  address labelled as hers would be; the disability (kind, aids, mobility, companion)
  ``personal.sensitive``, its cause ``personal.sensitive|health.medical``, the eye test and her
  diabetes ``health.medical``; the card number (body and URL path) ``personal.sensitive`` (the
  number of a disability card states a disability, as a chart number states a condition); the
  carer account ``id.user``; the allowance ``financial.purchase`` and the account it is paid to
  ``financial.payment``; the Ahau house point ``location.precise`` (she stays there);
- licence: her New York licence number ``personal.national_id``; the applicant number
  ``id.user``; the issuing state unlabelled (not where she is); the practical test booking
  ``financial.purchase``; the heart attack and medicines declared ``health.medical``; the photo
  and the signature image ``content.media``; the drive's fixes ``location.precise``;
- trees: the tree's point and the typed address ``location.precise``/``contact.address``; the
  job number ``financial.purchase``; the padlock code in the note
  ``content.text|secret.credential``; the neighbour's name and phone typed by her
  ``contact.*``; the base64 signature ``content.media``; the crew's positions negatives;
- SDKs: Trackhanua's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``C``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): TAXONOMY.md and DESIGN.md whole; ``eval_families151.py`` and all its
modules whole (``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_parish``, ``_dental``, ``_school``,
``_svan``, ``_qvevri``, ``_building``); ``eval_payloads.py`` whole; the definitions and signatures
this set uses in ``eval_families6_kit`` (``raw``, ``multipart``, ``pb``), ``eval_families17_kit``
(its docstring, import list and ``def`` lines), ``eval_families20_kit`` (constants, ``App``,
``ev``, ``opaque``), ``eval_families21_kit`` (``at_path``, ``sdk_uid``), ``eval_families22_kit``
(``lines``, ``sdk_uuid``), ``eval_families24_kit`` (``rid``, ``sdk_id``, ``head``, ``claims``,
``__all__``), ``eval_families21.listed_once`` and ``eval_families10_kit.MP4``; grep hits for the
constants ``E164``, ``NATIONAL``, ``DIGITS``, ``EMAIL_MIXED``, ``EMAIL_UPPER``, ``JPEG``,
``STREET``, ``CARD2``, ``MCCMNC`` across the kits. For newness: file names of
``scripts/eval_families*`` and their module docstrings (extracted with ``ast`` into a scratch
file, then grepped for the words above, with excerpts of up to ~250 characters around hits,
the opening 2,500 characters of set 122's docstring, 1,200 of set 181's and 300-600 of the
docstrings of ``_tajimol``, ``_ohango``, ``_hire``, ``_prep``, ``_cast``, ``_rent`` and
``15_money``). Rotuman words from public web excerpts through the search tool (no registry, no
download). No classifier, rule, decoder, test, README, ``analysis/`` or ``addons/`` file, nor
``eval_classifiers.py``, ``eval_sets.py`` or ``corpus_classify.py`` was opened, grepped or run;
``ruff check --select F`` ran on these files (and removed two unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families237_ai
import eval_families237_fika
import eval_families237_hanisi
import eval_families237_huga
import eval_families237_laisen
import eval_families237_sains
import eval_families237_tenti
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
    return [*eval_families237_fika.fikalelei(), *eval_families237_fika.fikalelei_sdks(),
            *eval_families237_huga.hugalelei(), *eval_families237_huga.hugalelei_sdks(),
            *eval_families237_sains.raerae(), *eval_families237_sains.raerae_sdks(),
            *eval_families237_tenti.katenti(), *eval_families237_tenti.katenti_sdks(),
            *eval_families237_hanisi.hanisi(), *eval_families237_hanisi.hanisi_sdks(),
            *eval_families237_laisen.laisenfiti(), *eval_families237_laisen.laisenfiti_sdks(),
            *eval_families237_ai.oloai(), *eval_families237_ai.oloai_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
