"""Hundred-and-sixty-third, BLIND labelled set for the classifier evaluation ("blind160"):
written without reading the classifier code, its rules, its decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check) was
run while writing (every labelled path was produced from the first full run; no gap is stated).
It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (165 first-party calls and 70 SDK calls, 235 exchanges, 1,795
labels after ``listed_once`` as ``main`` prints them, on 1,769 labelled paths), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Frankfurt am Main (Bornheim) with her Eritrean husband Filmon
Ghebremedhin, their son Abel Filmon (5, autistic) and their baby daughter Selam Filmon (born
October 2025, christened at 80 days); the family spends December and January in Asmara at her
mother-in-law Saba Woldemichael's house in Geza Banda. Her phone keeps its US SIM (the
profile's), roaming (a visited PLMN 657-01 in Asmara, 262-03 in Frankfurt). Every app's own API
is written in Tigrinya in Latin letters (an Eritrean informal romanisation: ``x`` for the
ejective ts, ``q`` for the ejective k) mixed with English where developers keep it (``token``,
``id``, ``push_token``, ``refresh_token``, ``iban``, ``ssid``). Shared key words: ``sim`` first
name, ``sim_abbo`` father's name (the surname), ``sim_mlue`` full name, ``imeyl`` e-mail,
``kuxri_silki`` phone number, ``hbue_qal`` password (lit. "hidden word"), ``elet_wldet`` birth
date, ``amet_wldet`` birth year, ``xota`` sex (``anesti`` woman, ``tebaetay`` man, ``wedi`` boy,
``gual`` girl), ``menberi`` residence (street line), ``ketema`` city, ``kebabi`` neighbourhood,
``zoba`` region, ``post_kuxri`` post code, ``hagher`` country, ``menenet_kuxri`` identity-card
number, ``beal_bet`` spouse, ``wlad`` child, ``adey`` mother, ``zmd`` relation, ``tezaz`` order,
``meten`` amount, ``genzeb`` currency, ``mkfal`` payment, ``dhrat_4`` last four digits,
``qbelti`` receipt, ``bota`` place, ``kekros``/``kentros`` latitude/longitude, ``xuxet``
accuracy, ``melekti`` message, ``reyto`` comment, ``dereja`` rating/rank, ``dleya`` search,
``teqebali`` recipient, ``nab`` to, ``teteqami`` user, ``mesarhi`` device, ``qanqa`` language,
``seatawi_kilil`` time zone, ``fxametat`` events, ``gexi`` page/screen, ``seat`` hour/slot,
``elet`` date, ``werhi`` month, ``semun`` week, ``temezgeb`` register, ``ito`` log in, ``ane``
me, ``wxia`` log out, ``ateto`` arrived/check-in, ``qreta`` complaint, ``hiyab`` gift, ``ayni``
kind, ``mknyat`` reason, ``hmam`` illness, ``medhanit`` medicine, ``ktam`` signature, ``seali``
photo, ``tarik`` history, ``obj`` IDs in English; each module lists its own words.

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender): an Asmara art-deco cinema's tickets, bar and member card ``eval_families163_ekranna.py``
("Ekranna"), a self-guided modernist-architecture audio walk through Asmara ``_hidmo.py``
("Hidmowalk"), a neighbourhood fair-price shop's household ration card in Asmara ``_kuponay.py``
("Kuponay": her mother-in-law's household, national IDs), a Frankfurt orthopaedic workshop's
custom insoles for her plantar fasciitis ``_egri.py`` ("Egrifit": her own health data, her
German health-insurance number), an early-intervention centre's parent app for Abel's autism
therapy ``_mehzo.py`` ("Mehzo": the child's data), an online biriscola card game ``_birisko.py``
("Birisko": contacts, installed apps, coins, ads) and an Eritrean community association's hall,
Saturday Tigrinya school and tombola ``_gezana.py`` ("Gezana": ethnic origin, religion, the
children). A docstring grep of ``scripts/eval_families*.py`` found no cinema, movie, theatre,
architecture, walking-tour, autism, early-intervention, card-game, tombola, community-hall,
Frankfurt, Asmara or Eritrea set; set 115 (Mekelle) used romanised Tigrinya keys (``shim``,
``qutsri_silki``, ``mehlefi_qal``, ``ilete_lidet``, ``adrasha``, ``kiflit`` ...) and none of
those spellings is reused except the unavoidable ``ketema``. Three kinds were near earlier ones
and are made different (each module says how): set 22's museum audio guide (here an outdoor GPS
walk), sets 59 and 102's insoles/foot care (here a workshop's passive insoles from a scan), set
139's subsidised gas quota and set 96's LPG refill (here a monthly food-staples ration card with
the household's members). The SDKs are ten new vendors, built once and called by every app with
its own events: ``_sdk.py`` (analytics "Zignimetric", MMP "Himbashatrack", OpenRTB 2.5 ads
"Bidshiro", crash reporting "Crashtsebhi") and ``_svc.py`` (flags "Flagkitcha", push
"Pingjebena", consent "Consentmesob", payments "Paysowa", maps "Mapnefasit", support chat
"Helpgaat"); their code is set 151's SDK shapes with the vendors, hosts, zone, country,
currency, region and visited network changed per app (Asmara: Africa/Asmara, ER/ERI, ERN, ``MA``;
Frankfurt: Europe/Berlin, DE/DEU, EUR, ``HE``); a grep of the docstrings found none of the ten
names. ``eval_families163_kit.py`` holds her places, people, documents and the businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/ane`` GETs with JWT bearers (custom claims), profile data, payments (card
tokens, a SEPA mandate with her IBAN, a Play purchase token), uploads (multipart photos, a
prescription, a diagnostic PDF, a home video, a voice message), searches, messages, complaints,
gzip event batches, protobuf beats (cinema showing, walk, gait plate, card table), msgpack bodies
(bar order, walk fixes, ration receipts, pain diary, child's words, card moves, hall check-ins),
JSON Lines (walk sync, analytics queue), values in URL paths (order, card, pass, household, file
and member numbers), query strings, cookies (sessions, install IDs, base64 JSON consent), headers
(base64 JSON flag context), base64 JSON in form fields, a deep link URL in a JSON field. SDKs:
analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field),
offline queues (JSON Lines), a base64url beacon; MMP installs, events (hashed e-mail and phone),
a deep link carrying the walk pass and her e-mail; OpenRTB bids (GPS at 3 decimals or IP geo,
year of birth and gender in the game) and notices; crash envelopes and sessions; flag
evaluations; push subscribers; consent records and checks; card tokens, confirmations and a
SEPA payout; geocoding, reverse geocoding, routes and map telemetry; support messages and
uploads.

Negatives are implicit: request, seat-hold, QR, walk, scan, gait-session, table, slot, session,
event and object IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs
and prices; films, showings, seat numbers and the bar's items (under a ``sim`` "name" key: a
product, not a person); the cinema's ID, name, phone, address and point; the walk's stops
(public landmarks) and their points, the route; the shop's ID, name, phone and point, the quota
quantities, the queue turn; the workshop's ID, point, the insurer's name, the prescriber's
practice phone, the shoe size, the insole material; the centre's ID and point, the day-care's
ID, the diagnosing centre's ID, the therapist's ID; other players' IDs, the card moves, in-game
coins (not money), tombola ticket numbers; the hall's ID and point, the guest count, the menu;
the languages spoken at home and the audio-track language (content choices, not the device's).

Conventions kept from set 151 (as sets 20-37 and 132 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted/emulator flags, network type, battery, free memory
or storage, LAN addresses and User-Agents ``device.info``; event and screen names, session
lengths ``behavior.usage``; SDK and install IDs, push tokens ``id.device``; passwords, SMS/e-mail
codes, bearer, refresh, session and video-room tokens, client secrets ``secret.credential``, JWT
claims at ``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, neighbourhood,
region, post code and country ``location.coarse``; street lines (and a house number)
``contact.address``; amounts, totals, fees, invoices, bookings, passes, orders and receipts
``financial.purchase``; card data, last four digits, payment-method IDs, purchase tokens, a SEPA
mandate reference and IBANs ``financial.payment``; another person's full name, phone and e-mail
typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too; positions
at 2 decimals ``location.coarse``, at 3 or more ``location.precise``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Filmon, Saba, Senait) is not ``contact.name`` except where the
  text states the child's health (Mehzo's video note and message, the Saturday-school absence);
  the children's full names always are;
- identity numbers: Saba's and Filmon's Eritrean national IDs, her Eritrean residence card
  ``personal.national_id`` (also as a JWT claim); the household card's photo
  ``content.media|personal.national_id``; Eritrea publishes no check-digit scheme, so the numbers
  are plain digits; her and Abel's German health-insurance numbers (KVNR, check digit computed)
  ``health.medical`` (set 37's insurance member ID convention), as is Abel's file number at the
  centre (body, JWT ``deqi``, query, URL path);
- cinema: ``kard_abal`` ``id.user``; the cinema Wi-Fi she joins ``location.wifi``; Abel's child
  ticket (name, birth date) ``contact.name``/``personal.birthdate``;
- walk: her fixes (6, 5 and 4 decimals, protobuf, msgpack, JSON Lines, photo meta)
  ``location.precise``, the stops negatives; routes near the house at 3 decimals
  ``location.precise``; the heel-pain request ``content.text|health.medical``;
- ration card: ``kard_beteseb`` ``id.user``; members' sex and birth dates; the baby's age in
  months ``personal.birthdate``; Saba's diabetes ``health.medical``; the doctor's letter
  ``content.media|health.medical``;
- insoles: foot length, width and arch height, weight, height, standing hours, steps, cadence and
  step length ``health.fitness``; the plantar pressure map (labelled once at its path),
  pronation, pain scores, medicines, ICD code and diagnosis ``health.medical``; the prescription
  photo ``content.media|health.medical``;
- therapy: diagnosis, goals, behaviours, minutes, sleep, new words, diet, allergy, melatonin and
  the therapy kind ``health.medical``; the diagnostic PDF and the home video
  ``content.media|health.medical``; the day-care teacher's and therapist's names and e-mails
  ``contact.*``; the fare reimbursement ``financial.purchase``;
- card game: her player name ``id.user`` (also as OAuth username); the hashed address book
  ``content.contacts`` (one finding); the anti-cheat app list ``device.apps``; the avatar and
  voice message ``content.media``; a player search ``behavior.search``;
- community: ethnic group, religion, church, the community's name (JWT ``mahber``, traits), the
  christening, the church fund and push tags ``personal.sensitive``; the membership number and
  Abel's pupil number ``id.user``; Abel's support need ``health.medical``; guests' names
  ``contact.name`` (per element);
- SDKs: Himbashatrack's ``country`` ``location.coarse``, ``roaming`` ``device.info`` and
  ``visited_plmn`` ``location.carrier``; OpenRTB geo country, region and city
  ``location.coarse``.

Looked at beyond TAXONOMY.md and DESIGN.md's findings/path paragraph (stated honestly):
``eval_payloads.py`` in full; ``eval_families151.py`` and all ten of its modules in full (the
template; ``_sdk.py``/``_svc.py`` copied with renames and per-app place values); the kits'
constant and function names by grep and the sources of ``head``, ``claims``, ``rid``,
``sdk_id``, ``App``, ``ev``, ``opaque``, ``raw``, ``multipart``, ``pb``, ``token``, ``add``,
``sjwt``, ``lines``, ``listed_once`` and ``report`` (the eighth kit's: it calls ``check_ci``,
whose body was not read); the docstrings of every ``scripts/eval_families*.py`` extracted with
``ast`` and grepped for the app kinds, the Tigrinya spellings and the vendor names. No
classifier, rule, decoder, test, README or evaluation script was read or run; no git command was
run. Ran: ``main`` of this set, ``ruff check --select F`` (``--fix`` removed unused imports) and a
one-off Python computation of the KVNR and IBAN check digits.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families163_birisko
import eval_families163_egri
import eval_families163_ekranna
import eval_families163_gezana
import eval_families163_hidmo
import eval_families163_kuponay
import eval_families163_mehzo
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked by ``main`` while writing: every labelled path is produced; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [
        *eval_families163_ekranna.ekranna(),
        *eval_families163_ekranna.ekranna_sdks(),
        *eval_families163_hidmo.hidmowalk(),
        *eval_families163_hidmo.hidmowalk_sdks(),
        *eval_families163_kuponay.kuponay(),
        *eval_families163_kuponay.kuponay_sdks(),
        *eval_families163_egri.egrifit(),
        *eval_families163_egri.egrifit_sdks(),
        *eval_families163_mehzo.mehzo(),
        *eval_families163_mehzo.mehzo_sdks(),
        *eval_families163_birisko.birisko(),
        *eval_families163_birisko.birisko_sdks(),
        *eval_families163_gezana.gezana(),
        *eval_families163_gezana.gezana_sdks(),
    ]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
