"""Hundred-and-seventy-second, BLIND labelled set for the classifier evaluation ("blind169"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; only ``main`` (the project's decoder path check) and
``ruff check --select F`` were run on it. It is to be scored once, by the lead, on the final rules
(the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (153 first-party calls and 79 SDK calls, 232 exchanges, 1,781 labels
after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She lives in
Gudermes (Chechnya, Russia) in her husband's family's house on a Russian residence permit, her US
SIM roaming; her husband Ruslan Elmurzaev, their daughter Amina (8), her father-in-law Said-Emin
(a below-knee amputee after diabetic foot disease), her mother-in-law Zarema in Grozny, her
sister Emily in the US. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no
real company named as sender), each with its own API whose keys are Chechen in the common Latin
transliteration (diacritics and palochka dropped; Russian loans where local developers use them:
``famili``, ``telefon``, ``pol``, ``bron``, ``zakaz``, ``bilet``, ``prava``, ``vnzh``; English
for ``email``, ``token``, ``id``), and the SDKs it embeds:
- a Sufi brotherhood's women's zikr-circle app ``eval_families172_zikar.py`` ("Zikar Gulam":
  her religion);
- a prosthetics and orthotics workshop ``_kogash.py`` ("Kogash": her father-in-law's limb, his
  health, disability and SNILS; she is the carer account);
- a murabaha (interest-free instalment) appliance shop ``_dakosh.py`` ("Dakosh": her INN, SNILS,
  residence permit, her husband's passport as guarantor, her bank account);
- a modest-wear shop with a headscarf try-on ``_kortali.py`` ("Kortali": face landmarks, body
  measurements);
- a water park ``_khin.py`` ("Khin Dune": Amina's height and asthma, an NFC wristband);
- a car rental ``_mashen.py`` ("Mashen Lo": licences, telematics of her drive home);
- a dry cleaner with courier pick-up ``_tsanyar.py`` ("Tsanyar").
The key words (each module's docstring lists its own): ``tse`` first name, ``famili`` surname,
``telefon`` phone, ``qayla_dosh`` password (lit. "secret word"), ``kod`` code, ``vina_de`` birth
date, ``pol`` sex (``zuda`` woman, ``yo`` girl), ``mar`` husband, ``marda`` father-in-law, ``nana``
mother, ``ber`` child, ``gergara`` relative, ``adres`` address, ``ghala`` city, ``yurt`` town,
``kosht`` district, ``indeks`` post code, ``mettig`` place, ``shoralla``/``dokhalla``
latitude/longitude, ``khan`` time, ``de`` day, ``akhcha`` money, ``makh`` price, ``makh_bar``
payment, ``errig`` total, ``dukhalla`` quantity, ``dakosh`` instalments (lit. "parts"), ``tesh``
guarantor (lit. "witness"), ``yal`` wage, ``bolkhan_mettig`` workplace, ``kuyg`` signature,
``sagha`` alms, ``niyat`` intention, ``lamaz`` prayer, ``dua`` supplication, ``zikar`` zikr,
``gulam`` gathering, ``vird`` brotherhood, ``din`` religion, ``mogushalla`` health, ``tsamgar``
illness, ``lazar`` pain, ``kog`` leg, ``baram`` measure, ``lakkhalla`` height, ``dozalla`` weight,
``yukhan_tadamash`` face points, ``kortali`` headscarf, ``bedar`` clothes, ``tammagha`` stain,
``surt`` picture, ``yoza`` text, ``khaam`` message, ``tergam`` review, ``jaloba`` complaint,
``sovghat`` gift, ``dalar``
recipient, ``lakhar`` search, ``lelorkho`` user, ``ghirs`` device, ``mott`` language,
``khan_zona`` time zone, ``khilamash`` events, ``ekran`` screen, ``chuvalar``/``arvalar``
log-in/log-out, ``dayazdar`` registration, ``san`` my. The SDKs are ten new vendors, built once
and called by every app with its own events: ``_sdk.py`` (analytics "Terakhstat", MMP
"Argunlink", OpenRTB 2.5 ads "Bidsunzha", crash reporting "Crashterek") and ``_svc.py`` (flags
"Flagkezenoy", push "Pingshatoy", consent "Consentvedeno", payments "Akhchapay", maps
"Maptebulos", support chat "Helpgalnash"); their code is set 151's SDK shapes with the vendors,
hosts, zone (Europe/Moscow), country (RU/RUS, region CE, city Grozny) and currency (RUB) changed (a
grep of ``scripts/`` found none of the ten names). ``eval_families172_kit.py`` holds her places,
people, the businesses and the ID generators (SNILS, 12-digit INN and the account control key
computed with their check rules).

App kinds are new by a file-name and docstring grep of ``scripts/``: "zikr", "sufi", "prosthe",
"orthotic", "murabaha", "hijab", "headscarf", "aquapark", "water park", "car rental", "dry clean"
matched nothing. Near kinds made different: sets 131/137/143 (mosque, sacrifice, waqf) and 171
(shrine visits), so Zikar Gulam is a brotherhood's women's circle (attendance, tasbih counts,
recitations for the teacher); try-on apps (10, 17, 43, 154, 162) and tailors (112, 141), so
Kortali sells ready-made modest wear and drapes headscarves; laundry (56) and wash (21) apps, so
Tsanyar is garment dry cleaning with stain notes; garages/car washes (42, 45, 144), so Mashen Lo
is a rental. These earlier files were not opened.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant and a code
exchange, SMS codes), ``/san`` GETs with JWT bearers; zikr: gatherings near home (3 decimals),
attendance with her fix, a protobuf tasbih sync, alms with an intention, prayer times (2
decimals), a supplication for her mother-in-law, shrine-bus seats, a recitation (audio), a
message to the teacher, Amina's Qur'an class, a Mawlid contribution, the membership by number in
the path, a receipt by cookie; prosthetics: the patient record, the social fund claim (gzip), the
IPRA PDF, casting, stump measurements, a 3-D scan, gait IMU samples, a check-in, a protobuf liner
diary, socket settings (msgpack), a message to the prosthetist, transport, orders by patient card
in the path, a video fitting; murabaha: search, cart, the application (gzip), scans, the contract
signed by code, payments, the auto-debit account, the schedule by contract in the path, delivery
(5 decimals), installation, warranty (msgpack), an offline browse log (JSON Lines), support;
modest wear: measurements, a try-on with 68 landmarks, a selfie, the order by number in the path,
a gift, a return (msgpack), a base64 JSON preferences cookie; water park: tickets with the
child's height, the wristband, a check-in, a protobuf tap, a locker PIN, the child's asthma, a
contest photo, the ticket by number in the path, a season pass photo, a gift certificate; car
rental: the licence scan, the booking with a second driver, deposit, pick-up photos, unlock with
a digital key, telematics (protobuf, msgpack), fuel, roadside help, the car's Wi-Fi, return, the
invoice by booking in the path; dry cleaning: a pick-up order, a stain photo, the courier by order
in the path, a counter drop-off, stain notes (msgpack), her mother-in-law's address, a tip, notes
(JSON Lines), cookies. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits
(base64 JSON form field), offline queues (JSON Lines), base64url beacons; MMP installs, events
(hashed e-mail and phone) and deep links (a URL in a JSON field carrying an order and her
e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and an SBP payout; geocoding, reverse geocoding (``lat,lon`` in
the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, gathering, booking-line, slot, session, chat, car, locker,
kiosk, gate, SKU and tovar IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the zikr hall's ID and point; the workshop's ID, phone and point, the
liner and scanner IDs; the showroom, catalogue items and prices, the bank's BIK, the appliance's
serial number (not the phone's), her employer and wage (no taxonomy type fits: left
unlabelled); the pick-up point; the park's ID and point, ticket kinds, the women's-session flag
(not in itself a statement of religion); the airport desk and office, the car's mileage and fuel,
a flight number; the cleaner's ID, phone and point; catalogue sizes (``razmer``).

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, a locker PIN, a car's digital key, OAuth codes and
verifiers, bearer, refresh, session and video-room tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, district, town,
region, post code and country ``location.coarse``; street lines ``contact.address``; amounts,
totals, fees, tips, tickets, bookings, contracts and orders ``financial.purchase``; card data,
last four digits, payment-method IDs, card tokens and account numbers ``financial.payment``;
another person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL
path ``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name``; a full name always is;
- zikr: brotherhood (``vird``), religion, zikr form, madhab, funds, lessons, Mawlid, tasbih counts
  and push tags ``personal.sensitive``; the membership number ``id.user``; the recitation audio
  ``content.media`` only; a search for a women's zikr ``behavior.search|personal.sensitive``;
- prosthetics: the patient card (body, JWT, URL path) ``health.medical`` (a medical record
  number, as set 151's chart); the disability group and the wheelchair need
  ``personal.sensitive|health.medical``; stump measurements, socket settings, pain, diagnoses
  ``health.medical``; his height, weight and foot size ``health.fitness``; gait IMU samples
  ``behavior.motion``; the IPRA PDF and the 3-D stump scan ``content.media|health.medical``; his
  SNILS and passport ``personal.national_id``;
- murabaha: INN, SNILS, residence permit, the guarantor's passport ``personal.national_id``; the
  residence-permit scan ``content.media|personal.national_id``; the selfie ``content.media``;
  the contract number ``financial.purchase``;
- modest wear: the headscarf style (``khimar``) and a review or search naming prayer
  ``personal.sensitive``; a note on her pregnancy ``content.text|personal.sensitive``; body
  measurements ``health.fitness``; the 68-point landmark array ``biometric.face`` (one field);
- water park: Amina's name, birth date, height (``health.fitness``) and asthma
  (``health.medical``); the NFC wristband UID issued to her ``id.user``;
- car rental: licences ``personal.national_id``; the child's age ``personal.birthdate``; the
  car's telematics and her unlock/return fixes ``location.precise``; the car's hotspot she joins
  ``location.wifi`` and her address on it ``device.info``;
- SDKs: Argunlink's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``CE``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): /work/shared/TAXONOMY.md; DESIGN.md's path notation (lines
~100-135); ``eval_payloads.py``; ``eval_families151.py`` and all its modules (this set's
template; ``_sdk.py``/``_svc.py`` copied with renames by ``sed``); the definitions and constants
used from ``eval_families6_kit`` (``raw``, ``multipart``, ``pb``), ``_8_kit`` (``report``),
``_10_kit`` (``token``), ``_16_kit`` (``landmarks``), ``_17_kit`` (exported names and a few
values), ``_18_kit`` (``sjwt``), ``_19_kit`` (constants), ``_20_kit`` (``App``, ``ev``), ``_21_kit``
(``at_path``), ``_22_kit`` (``lines``), ``_24_kit`` (``head``, ``claims``, ``rid``, ``sdk_id``,
card constants) and ``eval_families21.listed_once``; ``grep -il`` over ``scripts/eval_families*.py``
for the kinds and names above (only file names printed; whole files searched, docstrings and code
alike) and the first 12 lines (docstring) of ``eval_families165_khobro.py`` (a "dhikr" hit).
Partial builds of the set's own modules were passed to ``report`` while writing. No classifier,
rule, decoder, test, README or eval script was read or run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families172_dakosh
import eval_families172_khin
import eval_families172_kogash
import eval_families172_kortali
import eval_families172_mashen
import eval_families172_tsanyar
import eval_families172_zikar
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path was checked by ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families172_zikar.zikargulam(), *eval_families172_zikar.zikargulam_sdks(),
            *eval_families172_kogash.kogash(), *eval_families172_kogash.kogash_sdks(),
            *eval_families172_dakosh.dakosh(), *eval_families172_dakosh.dakosh_sdks(),
            *eval_families172_kortali.kortali(), *eval_families172_kortali.kortali_sdks(),
            *eval_families172_khin.khindune(), *eval_families172_khin.khindune_sdks(),
            *eval_families172_mashen.mashenlo(), *eval_families172_mashen.mashenlo_sdks(),
            *eval_families172_tsanyar.tsanyar(), *eval_families172_tsanyar.tsanyar_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
