"""Hundred-and-fifty-fifth, BLIND labelled set for the classifier evaluation ("blind152"): written
without reading the classifier code, its rules, the tests or the README, and never run through a
classifier by its author; only ``main`` (the project's decoder path check) was run. It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (157 first-party calls and 77 SDK calls, 234 exchanges,
1,802 labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She (a US citizen with South African permanent residence and an SA ID number, her
US SIM roaming) lives in Summerstrand, Gqeberha (Eastern Cape) with her Xhosa husband Lwazi
Mgijima and their daughter Anele (8); once a month she teaches a block week at a university
campus in Mthatha and stays at her in-laws' homestead in Lutubeni village (Ngqeleni), where her
mother-in-law Nomvula lives; she employs a domestic worker, Nosipho Dyantyi. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each
with its own API in isiXhosa keys (English kept where local developers keep it: ``token``,
``id``, ``lat``/``lng``, OAuth fields) and the SDKs it embeds:

- ``eval_families155_amayeza.py`` "Amayeza": a traditional healer's (igqirha/ixhwele)
  consultation and remedies app in Mthatha (her sleeplessness, her blood pressure, her beliefs);
- ``_amaza.py`` "Amaza": a junior surf-lifesaving ("nippers") club in Summerstrand (Anele's
  data: SA ID number, medical form, fitness tests, carnival entry);
- ``_manyano.py`` "Umanyano": a Methodist women's prayer union (her religion: meetings,
  uniform, contributions, revival trip, bereavement support, Anele's baptism);
- ``_umsebenzi.py`` "Umsebenzi": a family-ceremony planner (Anele's imbeleko at the homestead:
  goat, tent, food, guests from her address book, relatives' contributions, minibus hire);
- ``_umqeshwa.py`` "Umqeshwa": a domestic-worker employer app (contract, wages, UIF, leave; the
  worker's SA ID number and bank account typed by her as employer);
- ``_qubha.py`` "Qubha": an open-water swim series in Algoa Bay (entry, medical certificate,
  tow-float GPS tracker, heart rate, results);
- ``_umhlohli.py`` "Umhlohli": a university staff app (HR profile with SA ID, tax reference
  and bank account, the employment-equity form, marks, travel claims, campus Wi-Fi, library).

isiXhosa key words (each module's docstring lists its own): ``igama`` first name / name,
``ifani`` surname, ``igama_elipheleleyo`` full name, ``imeyile`` e-mail, ``ifowuni`` phone,
``iphasiwedi`` password, ``ikhowudi`` code, ``umhla_wokuzalwa`` birth date, ``isini`` sex
(``ibhinqa`` woman, ``intombazana`` girl), ``inombolo_yesazisi`` ID number, ``idilesi``
address (``umgca`` line, ``ihlomela`` suburb, ``isixeko`` city, ``ilali`` village,
``isithili`` district, ``iphondo`` province, ``ikhowudi_yeposi`` post code), ``ububanzi`` /
``ubude`` latitude / longitude, ``indawo`` place / position, ``umyeni`` husband, ``umntwana``
child, ``umzali`` parent, ``abazali`` parents, ``ubudlelwane`` relation, ``isizalwana``
relative, ``iindwendwe`` guests, ``ikhadi`` card, ``ubhukisho`` booking, ``ungeniso`` entry,
``isixa`` amount, ``ixabiso`` price, ``intlawulo`` payment, ``indlela`` method,
``iakhawunti`` account, ``irhafu`` tax, ``umvuzo`` wage, ``impilo`` health, ``iimpawu``
symptoms, ``amayeza`` medicines, ``iialeji`` allergies, ``uxinzelelo_lwegazi`` blood pressure,
``umbefu`` asthma, ``isifo`` condition, ``ugqirha`` doctor, ``intliziyo`` heart (rate),
``ubunzima`` weight, ``ukholo`` faith, ``izinyanya`` ancestors, ``ibandla`` congregation,
``umthandazo`` prayer, ``ubhaptizo`` baptism, ``ubuhlanga`` population group,
``ukukhubazeka`` disability, ``umyalezo`` message, ``ukukhangela`` / ``ukhangelo`` search,
``isixhobo`` device, ``ulwimi`` language, ``ingingqi_yexesha`` time zone, ``iziganeko``
events, ``umsebenzisi`` user, ``iscreen`` screen. Some words are shared with set 96's isiZulu
(``igama``); no other key list was compared.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes,
an OTP), ``/mna``-style GETs with JWT bearers (claims in isiXhosa or English); healer: her SA ID
number, healers near the campus (3 decimals), a consultation (divination; symptoms and dreams),
her health history (gzip), the payment, a check-in fix, a protobuf beat, remedies (msgpack), a
receipt cookie, a review, a search, a message naming her husband, the receipt by booking number
in the path, a card link (base64 JSON in a form field), a cleansing at the homestead (5
decimals), a side-effect report; nippers: the parent's OAuth grant, Anele's registration (her
SA ID number), her record by club number in the path, the medical form (gzip; medical-aid
number), the pool test, beach attendance (5 decimals), fees, kit, a carnival entry (weight,
height), a bus seat, photo consent, her photo, an absence message, the pick-up person (the
worker's ID number), notices, a search, a certificate PDF, emergency contacts, events with
cookies; manyano: registration (congregation, circuit, full member), uniform, attendance (4
decimals), contributions, a prayer request, trip seats, a bereavement gift, a hymn search, a
hospital visit naming a member's operation, an album photo, a message to the minister, the
member record by number in the path, Anele's baptism, a scripture log, a base64 JSON header;
ceremony: the imbeleko created (homestead at 6 decimals), sellers near at 2 decimals, the goat,
payment by bank account, a tent, catering (msgpack) with a diabetic grandmother's diet, guests
from the address book, SMS invitations (a JSON string), contributions, a minibus from her
street, the plan by ceremony number in the path, the budget (gzip); employer: her SA ID number
and address, the worker (SA ID number, birth date), UIF, the contract PDF, wages (both
accounts), leave by the worker's ID number in the path, a sick note photo, an advance, her tax
reference, the worker's ID copy, a base64 JSON cookie, a timesheet (gzip); swim: entry (seed
time, age group), a medical certificate PDF, a health declaration (gzip), the beach check-in, a
protobuf tracker beat with heart rate, a msgpack fix queue, the finish (time, heart rate,
calories), a training log; staff: the HR profile, the equity form, marks (negatives), an
attendance QR (5 decimals), a travel claim, a fuel slip, parking, the staff-card photo, the
campus Wi-Fi with her phone's MAC, the library, leave naming the imbeleko, the tax certificate,
the payslip by staff number in the path. SDKs: analytics batches (gzip; positions at 2 or 3
decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, events (hashed e-mail and phone) and a deep link (a URL in a JSON field
carrying the ceremony number and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo)
and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and a wallet payment from
a relative's number; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and an upload.

Negatives are implicit: request, check-in, slot, thread, heat, lecture, claim and worker-record
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices;
the healer's ID, name, phone and point; the club's ID, point, squad and the public pool; the
church's ID and point, the trip, the hospital's name; the livestock seller's ID, the goat's
breed and price, tent size, dishes, the bank branch code, the driver's ID; the worker's hours;
the swim series' race ID, buoy line, timing chip and cap; the campus, its rooms, the course, the
class list and other students' numbers and marks, the exam, the library book, a car's plate and
the parking days (no taxonomy type fits a plate; left unlabelled as in set 151).

Conventions kept from sets 20-37 and 151 (as set 151 states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/OTP codes, a Wi-Fi password, bearer,
refresh and session tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and
carrier ``location.carrier``; city, suburb, village, district, province, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, wages, claims,
bookings, entries and orders ``financial.purchase``; card data, last four digits,
payment-method IDs and bank account numbers ``financial.payment``; another person's full name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Lwazi, Nomvula, Nosipho, Anele) is not ``contact.name``
  except where the text is about the child (the absence message) or a prayer request for a
  relative (as set 151's prayer request); full names always are;
- SA ID numbers (hers, Anele's and the worker's; valid Luhn check digits) and
  her SARS tax reference ``personal.national_id``, also in a URL path and in an ID-copy photo
  (``content.media|personal.national_id``);
- healer: her patient card ``id.user``; divination, the faith answer, the ancestors' thanks
  ``personal.sensitive`` (religion/belief); symptoms, remedies prescribed to her, blood pressure
  and allergies ``health.medical``; the description naming dreams of the ancestors
  ``content.text|health.medical|personal.sensitive``;
- nippers: Anele is a data subject: her name, birth date, sex, SA ID number, club number
  (``id.user``, also a JWT list and the URL path), her medical form and medical-aid number
  ``health.medical``, her pool time, weight and height ``health.fitness``; her photo and the
  award PDF ``content.media``; the family doctor's name ``contact.name``;
- manyano: congregation, circuit, full membership, services, funds, hymn search
  (``behavior.search|personal.sensitive``), baptism kind, scripture ``personal.sensitive``; the
  membership number ``id.user``; a fellow member's name and phone ``contact.*``, her operation
  ``health.medical``; the departed member's name ``contact.name``;
- ceremony: the ceremony number ``financial.purchase`` (a booking); imbeleko and the goat's
  purpose ``personal.sensitive``; the homestead's point ``location.precise`` (the family's
  place), 2-decimal search ``location.coarse``; guests read from her address book
  ``contact.name|content.contacts`` / ``contact.phone|content.contacts``; invitation numbers
  ``contact.phone``; relatives' contributions ``financial.purchase``;
- employer: her employer reference ``id.user``; the worker's name, phone, birth date, sex, ID
  number, bank account, sick-note reason (``health.medical``) labelled as data she sends about
  another person; wages and UIF amounts ``financial.purchase``; the contract and payslip PDFs
  ``content.media``;
- swim: swimmer number ``id.user``; entry ``financial.purchase``; seed, finish and training
  times, distances, heart rates, calories and weight ``health.fitness``; age group
  ``personal.birthdate``; her hypertension and medicine ``health.medical``; tracker fixes
  ``location.precise``;
- staff: staff number ``id.user`` (also the OAuth ``username``); population group and
  disability answers ``personal.sensitive``; her staff e-mail ``contact.email``; her phone's MAC
  sent for the campus Wi-Fi ``id.hardware``; a village quoted in text ``content.text|
  location.coarse``; leave naming the imbeleko ``content.text|personal.sensitive``;
- SDKs: Attribukwe's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``EC``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md's path notes (stated honestly): ``eval_payloads.py``;
``eval_families151.py`` and all its modules (the template; its ``_sdk.py``/``_svc.py`` copied by
``sed`` with vendor, host, zone, country, currency and function-prefix renames into this set's
``_sdk.py``/``_svc.py``, the ten names "Metrinqaba", "Attribukwe", "Bidmhlaba", "Crashzizi",
"Flagkhwezi", "Pushqhagi", "Consentvuma", "Coinrandi", "Mapkeiskamma", "Helpncedo" found
nowhere in the earlier sets' docstrings); the constants and function signatures/docstrings of
the helper kits these import (``eval_families6_kit`` ``raw``/``multipart``/``pb``, ``_7_kit``
``enc``/``jsonl``, ``_8_kit`` ``report``, ``_10_kit`` ``add``, ``_11``/``_16``/``_17`` kit
constants, ``_18_kit`` ``sjwt``, ``_20_kit``, ``_21_kit`` ``at_path``, ``_22_kit`` ``lines``,
``_24_kit`` ``head``/``claims``/``rid``/``sdk_id``/``others``); the module docstrings of all
``scripts/eval_families*.py`` (extracted with ``ast`` into a scratch file and grepped for the
app kinds and names). No classifier, rule, test, decoder or the README was read or run; a
throw-away driver in /tmp ran each app module through ``report`` (the same decoder path check
``main`` runs) while writing, then ``main`` and ``ruff check --select F`` were run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families155_amayeza
import eval_families155_amaza
import eval_families155_manyano
import eval_families155_qubha
import eval_families155_umhlohli
import eval_families155_umqeshwa
import eval_families155_umsebenzi
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path was checked against the decoders by ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families155_amayeza.amayeza(), *eval_families155_amayeza.amayeza_sdks(),
            *eval_families155_amaza.amaza(), *eval_families155_amaza.amaza_sdks(),
            *eval_families155_manyano.manyano(), *eval_families155_manyano.manyano_sdks(),
            *eval_families155_umsebenzi.umsebenzi(), *eval_families155_umsebenzi.umsebenzi_sdks(),
            *eval_families155_umqeshwa.umqeshwa(), *eval_families155_umqeshwa.umqeshwa_sdks(),
            *eval_families155_qubha.qubha(), *eval_families155_qubha.qubha_sdks(),
            *eval_families155_umhlohli.umhlohli(), *eval_families155_umhlohli.umhlohli_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
