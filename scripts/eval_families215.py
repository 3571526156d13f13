"""Two-hundred-and-fifteenth, BLIND labelled set for the classifier evaluation ("blind212"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; only ``main`` (the project's decoder path check) was run:
a first run of one app, then the whole set (one path the decoders do not produce, form keys
``omiti[0]``/``omiti[1]``, renamed ``omiti_1``/``omiti_2``), then clean after trimming five SDK
calls.
It is to be scored once, by the lead, on the final rules (the lead registers it; this author
did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes
in roughly the proportions real captures have (150 first-party calls and 85 SDK calls, 235
exchanges, 1,756 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``), with everyday look-alikes. She
lives in Oshakati East (Oshana region, northern Namibia) with her Namibian husband Tangeni
Shikongo, works in Ondangwa and holds a Namibian ID card as a permanent resident, her US SIM
roaming; their daughter Ndapandula (7); the husband's family homestead is at Onheleiwa near
Outapi, where his grandmother (meekulu) Selma Nangombe and his sister Hilma live. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API whose keys are Oshiwambo (Oshindonga with some Oshikwanyama forms, mixed with English
``token``, ``id``, ``lat``/``lon``, ``screen`` as local developers do; the spellings are this
author's best knowledge and may be imperfect):
- ``eval_families215_oshiyela.py`` "Oshiyela": a welding workshop's orders (burglar bars, a gate
  and a tank stand delivered to the homestead);
- ``_kapana.py`` "Ombelela": pre-orders at a kapana (street-grilled meat) stand in the open market;
- ``_ohango.py`` "Ohango": a family wedding's contributions register kept by her as treasurer;
- ``_omwiiyambi.py`` "Omwiiyambi": a home-based care volunteer programme (meekulu's visits: her
  health data, her ID, her pension collected by proxy);
- ``_oohi.py`` "Oohi": a seasonal oshana (flood-pan) fishing permit and catch log;
- ``_uuzalo.py`` "Uuzalo": second-hand clothes bales bought wholesale and resold at her stall;
- ``_ondjila.py`` "Ondjila": a lift club commuting between Oshakati and Ondangwa.
Key words used (module docstrings repeat them): ``edhina`` name, ``edhina_lyofamili`` surname,
``imeili`` e-mail, ``ongodi`` phone, ``oshiholekwa`` password, ``okoodi`` code,
``esiku_lyevalo`` birth date, ``onomola_yomukanda`` ID number, ``onomola_yoshifendela`` tax
number, ``egumbo`` home/street line, ``ondoolopa`` town, ``oshitopolwa`` region, ``omukunda``
village, ``ehala`` place, ``omulongithi`` user, ``oshilongitho`` device, ``elaka`` language,
``eindilo`` order, ``oshimaliwa`` amount, ``ondando`` price, ``efuto`` payment, ``okaunda``
account, ``okakalata`` card, ``ostola`` shop/stand/stall, ``etumwalaka`` message,
``edhiladhilo`` comment, ``okukonga`` search, ``uuwanawa`` rating, ``enyenyeto`` complaint,
``ethano`` photo, ``iiningwanima`` events, ``omagano`` gift, ``omutaambi`` receiver,
``omusamane`` husband, ``omupambele`` relative, ``aayenda`` guests, ``ekwafo`` contribution,
``eengombe`` cattle, ``ongeleka`` church, ``aaihokani`` the couple, ``omwiiyambi`` volunteer,
``omukulupe`` elder, ``etalelepo`` visit, ``uundjolowele`` health, ``uuvu`` illness,
``ondhindi_yohonde`` blood pressure, ``osukila`` blood sugar, ``omiti`` medicines, ``oshipute``
wound, ``ondjambi_yuukulupe`` old-age pension, ``epitikilo`` permit, ``ohi``/``oohi`` fish,
``omeya`` water, ``oonguwo`` clothes, ``ombanda`` bale, ``omulandithi`` seller, ``omulandi``
buyer, ``omuhingi`` driver, ``oshipundi`` seat, ``olweendo`` trip, ``iilonga`` work, ``omweelo``
gate, ``ekende`` window, ``uunene`` size, ``omwedhi`` month. A file-name and docstring grep of
``scripts/`` for the kinds: "welding", "burglar bar", "kapana", "ohango", "home-based",
"lift club", "catfish", "second-hand clothes", "mitumba", "namibia", "oshakati" and
"oshiwambo" matched nothing; close kinds made different (stated in the modules): wedding planners
(many sets; here a family treasurer's contributions book), elder-care and hospice visit logs
(sets 52, 170; here a family volunteer in a community programme), fish farms (149, 192, 195;
here a wild-fishing permit), taxis (100, 104, 107...; here a fixed lift club), a hammer mill in
set 108 (not used). The SDKs are ten new vendors, built once and called by every app:
``_sdk.py`` (analytics "Omiyalu", MMP "Trackondjila", OpenRTB 2.5 ads "Bidoshana", crash
reporting "Crashepuko") and ``_svc.py`` (flags "Flagomweelo", push "Pingongodi", consent
"Consentitaala", payments "Coinandando" incl. e-wallet transfers, maps "Maposhana", support chat
"Helpekwatho"); their code is set 151's with vendors, hosts, zone (Africa/Windhoek), country
(NA/NAM, region ``ON``), city and currency (NAD) changed (a grep found none of the ten names).
``eval_families215_kit.py`` holds her places, people and the businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/ngame`` GETs with JWT bearers, profile edits, orders and payments (cards,
e-wallet to phone numbers, bank accounts), uploads (photos, a PDF statement, a thumbprint image),
searches, messages, complaints, reviews, protobuf beats (workshop job, care visit, fishing trip,
lift trip), msgpack bodies (extras, cart, visit queue, catches), JSON Lines syncs, base64 JSON in
form fields and cookies, values in URL paths (an order, a loyalty card, a register, a client
number, a permit, a seller, a member), cookies, gzip events. SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON), offline queues, base64url beacons; MMP
installs, sessions, events with hashed e-mail and phone, deep links; OpenRTB bids and notices;
crash envelopes and sessions; flags; push subscribers; consent records and checks; card tokens,
confirmations and e-wallet transfers; geocoding, reverse geocoding, routes, telemetry; support
messages and uploads.

Negatives are implicit: request, trip, visit, slot, line, item and sale IDs, idempotency keys,
nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the workshop's ID, name,
phone and point; the kapana stand's ID, phone and point, other stands' IDs, menu items and their
prices; the wedding register's ID, the pastor's title and name (a public office), the tent
hirer; the care office's ID and point, the hospital's name; the landing site, the pan's name,
the net's tag, water levels; the depot's ID, phone and point, bales' IDs, weights and list
prices, the stall number, a car's plate (no taxonomy type fits); the lift club's ID, the
driver's internal ID, the drop-off point, a point on the B1.

Conventions kept from set 151 (restated): model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory, LAN addresses and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, e-wallet PINs, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; village, town, suburb, region and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, orders and sales ``financial.purchase``; card
data, last four digits, payment-method IDs and bank accounts ``financial.payment``; another
person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL path
``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too; positions at 2 decimals ``location.coarse``, 3 or more
``location.precise``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- Namibian ID numbers (hers, meekulu's) and her tax number ``personal.national_id``; no public
  check-digit rule is known to this author: the 11 digits start with the birth date (YYMMDD),
  the rest is shaped only;
- the homestead near Outapi (delivery point, wedding venue, care visits) is her family's home:
  ``location.precise``; the welders' arrival fix likewise;
- Ohango: the congregation and the couple's church preparation ``personal.sensitive``
  (religion); the guest list imported from her phonebook ``content.contacts`` (names and
  numbers); a guest's diabetes diet ``health.medical``; an aunt's Adventist diet
  ``personal.sensitive``; her register number ``id.user``; the bank statement PDF
  ``content.media|financial.payment``;
- Omwiiyambi: meekulu is a data subject: her client number (body, JWT ``clients``, URL path,
  protobuf) ``health.medical`` (a care record number, as set 151's dental chart), her name, birth
  date, gender, ID and village; vitals, medicines, the wound photo and the referral text
  ``health.medical``; her weight ``health.fitness``; the pension amount ``financial.purchase``;
  the thumbprint consent image ``content.media`` only;
- Oohi: the permit number ``id.user``; the daughter's age ``personal.birthdate``; her fixes at
  the pan ``location.precise``, the landing site a negative;
- Uuzalo: the seller number ``id.user``; her sales and purchases in the tax summary
  ``financial.purchase``; a buyer typed by her ``contact.*``;
- Ondjila: her workplace's name ``location.coarse`` (it places her daily); the pick-up by her
  gate ``location.precise``; her arrival fix near the drop-off ``location.precise`` (her phone);
  a sick day (flu) and asthma ``health.medical``;
- a first name alone in free text (Tangeni, Efraim) is not ``contact.name``; "Meekulu Selma
  Nangombe" and full names are;
- SDKs: Trackondjila's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region and city ``location.coarse``.

What I looked at (stated honestly): TAXONOMY.md, DESIGN.md, ``eval_payloads.py``, set 151's top
module, ``_kit.py``, ``_sdk.py``, ``_svc.py`` (copied with sed renames), ``_abano.py``,
``_school.py`` and ``_svan.py``; a grep of the helper kits' ``def``/constant lines and the
sources of ``raw``, ``multipart``, ``pb``, ``lines``, ``at_path``, ``head``, ``claims``, ``App``;
file-name and docstring keyword greps of ``scripts/`` (counts and file names) for the app kinds
and the new names. No classifier, rule, test, decoder, README or eval script was read or run;
``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families215_kapana
import eval_families215_ohango
import eval_families215_omwiiyambi
import eval_families215_ondjila
import eval_families215_oohi
import eval_families215_oshiyela
import eval_families215_uuzalo
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked with ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families215_oshiyela.oshiyela(), *eval_families215_oshiyela.oshiyela_sdks(),
            *eval_families215_kapana.ombelela(), *eval_families215_kapana.ombelela_sdks(),
            *eval_families215_ohango.ohango(), *eval_families215_ohango.ohango_sdks(),
            *eval_families215_omwiiyambi.omwiiyambi(),
            *eval_families215_omwiiyambi.omwiiyambi_sdks(),
            *eval_families215_oohi.oohi(), *eval_families215_oohi.oohi_sdks(),
            *eval_families215_uuzalo.uuzalo(), *eval_families215_uuzalo.uuzalo_sdks(),
            *eval_families215_ondjila.ondjila(), *eval_families215_ondjila.ondjila_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
