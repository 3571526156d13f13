"""Hundred-and-seventy-third, BLIND labelled set for the classifier evaluation ("blind170"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check)
was run at the end: three full runs exited 0 (between them only labels, texts and this
docstring were edited); one run piped into ``head`` stopped on a BrokenPipeError, not a check. It is to
be scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (158 first-party calls and 79 SDK calls, 237 exchanges, 1,751
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She (Jane Doe) lives in Huejutla de Reyes (Hidalgo, in the Huasteca, Mexico) with
her Nahua husband Aurelio Bautista Hernandez; their daughter Xochitl (8) is in the third grade of
a bilingual Nahuatl-Spanish primary school; her mother-in-law Cirila Hernandez Martinez lives in
the family's village, Tecomate near Chicontepec (Veracruz), where the family keeps an orange
orchard and a grave. Her US SIM roams on a Mexican network; the zone is America/Mexico_City.
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Huasteca Nahuatl in the modern orthography (``k``,
``s``, ``w``, ``ts``, ``ch``, ``tl``, ``x``, saltillo written ``j``, single ``l`` as in
``tlajtoli``, ``tonali``) mixed, as a local developer writes them, with English (``id``,
``token``, ``device``, ``refresh_token``, ``lat``/``lon``) and Spanish loans in Nahuatl spelling
(``korreo``, ``selular``, ``kodigo``, ``tomin``, ``misa``, ``ficha``, ``sindikato``); coinages are
marked as such. Common words: ``tokaitl`` given name, ``kaltokaitl`` family name (coinage, "house
name"), ``korreo`` e-mail, ``selular`` mobile, ``ichtakatlajtoli`` password (coinage, "secret
word"), ``tlakatilis_tonali`` birth date, ``tlakasiwa`` sex (coinage, "man-woman"; value
``siwatl`` woman), ``chantli`` home (street line), ``kalpoli`` barrio, ``altepetl`` town or
village, ``weyaltepetl`` state (coinage), ``namiktli`` spouse, ``konetl`` child, ``monantli``
mother-in-law (``nomonan`` my mother-in-law in texts), ``xiwitl`` year(s), ``tomin`` money/amount,
``tlaxtlawili`` payment, ``tlakowali`` order/booking/purchase, ``patiyotl`` price, ``tonali``
day/date, ``kampa`` where, ``tlanawatili`` message, ``tlatemoli`` search, ``tlajtoli``
words/comment/language, ``ixkopinali`` photo, ``tlachiwali`` events (lit. "things done"),
``nejwatl`` "me", ``kalaki`` enter (sign-up), ``kisa`` leave (log-out), ``akin`` who/to whom,
``kena``/``amo`` yes/no. Each app module's docstring lists its own words:

- ``eval_families173_xantolo.py`` "Mikailwitl": the family's Xantolo (Day of the Dead) altar and
  comparsa app (``mijkatsitsij`` the revered dead, ``tlamanali`` offering, ``mitotiketl`` dancer,
  ``tiopan`` parish, ``masewali`` Nahua person, ``tlatlatsojtili`` prayer request);
- ``_kolotl.py`` "Kolotl": a health posts' bites-and-stings first-aid app (``tlakuajli`` bite or
  sting, ``kolotl`` scorpion, ``kowatl`` snake, ``tlaneskayotl`` symptom, ``pajtli`` medicine,
  ``kokolistli`` illness, ``estli`` blood group, ``tikonepia`` pregnant?);
- ``_alaxox.py`` "Alaxox": an orange spot market where she sells the family orchard's lots
  (``alaxoxmili`` orchard, ``tlakowketl`` buyer, ``tlanamakaketl`` seller, ``trato`` deal,
  ``tonelada`` tonne, ``kamion`` truck);
- ``_tekitl.py`` "Tekitl": the village's communal work (faena/tequio) and assembly app
  (``tekitl`` communal work, ``tlanechikoli`` assembly, ``tlapepenali`` vote,
  ``kaltlaixpiyali`` household census, ``tlajpiyali`` patrol, ``tlali_amatl`` parcel paper);
- ``_amoxtli.py`` "Amoxtli": the school library's bilingual children's reading club
  (``amoxtli`` book, ``tlapowali`` reading, ``momachtijketl`` pupil, ``nawatlajtoli`` Nahuatl
  speech, ``tlananquilili`` answer, ``tlachiyalistli`` eyesight);
- ``_wapanko.py`` "Wapanko": booking a trio huasteco for her mother-in-law's birthday fiesta
  (``tlatsotsonkej`` musicians, ``kuikatl`` song, ``ilwitl`` fiesta, ``tlakamej`` guests,
  ``kualiyotl`` rating);
- ``_wifitlan.py`` "Wifitlan": a community Wi-Fi network's vouchers, antennas and parental filter
  (``ficha`` voucher, ``tepostli`` device, ``tlatsakuili`` blocked, ``sitios`` sites visited).

New kinds: a docstring grep of ``scripts/eval_families*.py`` for "xantolo", "day of the dead",
"altar", "comparsa", "snakebite", "scorpion", "antivenom", "faena", "ejido", "communal land",
"tianguis", "huapango", "mariachi", "community network", "orange grow", "packer", "bilingual",
"nahuatl", "huasteca" found nothing. Close earlier kinds, made different (each module says how):
funeral/memorial/cemetery apps (sets 45, 85, 126, 156; Mikailwitl is a yearly festival's altar
and masked dance), a squash grower's export compliance and a sugar-cane weighbridge (sets 135,
122; Alaxox is a spot auction of lots), a phonics app (set 32; Amoxtli is a library club with a
community story archive), single Wi-Fi voucher calls in travel apps (sets 95, 103). Set 46 is
also in Mexico (Mexico City lending; Spanish keys): none of its kinds or keys is reused. The SDKs
are ten new vendors, built once and called by every app with its own events: ``_sdk.py``
(analytics "Tallymilpa", MMP "Trackzacahuil", OpenRTB 2.5 ads "Bidhuapango", crash reporting
"Crashchaca") and ``_svc.py`` (flags "Flagtamal", push "Pingxanto", consent "Consentcedro",
payments "Payjobo", maps "Mapchicon", support chat "Helpcafetal"); their code is set 151's SDK
shapes with the vendors, hosts, function prefixes, zone, country (``MX``/``MEX``, region
``HID``, city Huejutla de Reyes) and currency (MXN) changed (a grep of ``scripts/`` found none of
the ten names). ``eval_families173_kit.py`` holds her places, people, identity numbers and the
apps' businesses (its docstring lists them).

Identity numbers are computed with their check digits: her CURP (a foreign resident's, state
``NE``) ``DOXJ910517MNEXXN09``, the daughter's ``BADX170308MHGTXCA1``, the husband's
``BAHA881102HVZTRR01``, the mother-in-law's ``HEMC590614MVZRRR03`` (RENAPO: weights 18..2 over
``0-9A-NÑO-Z``, check ``(10 - sum mod 10) mod 10``); her RFC ``DOXJ910517K76`` (SAT mod 11); her
CLABE ``013180001234567898`` (weights 3, 7, 1); her resident card number is free-form.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes), ``/nejwatl`` GETs with JWT bearers (claims: e-mail, phone, CURP, seller and member
numbers, the pupil list, the parish), refresh tokens at log-out; Xantolo: the dead to commemorate
(names, causes of death), the offerings, an altar photo, her husband in the comparsa, a mass for
the dead, a vigil slot, the grave visit with her fix, zacahuil ordered (msgpack) and paid, a
search, the mayordomo, a receipt by cookie, a donation, the calendar, a prayer request for her
mother-in-law, sharing with her sister, a dance video, the order by number in the path; stings:
the family's registration (three CURPs, blood groups, allergies), antivenom near the house (3
decimals), the daughter's scorpion sting with her fix, a photo, a video consult with the health
promoter, an ambulance, the health-post check-in, the child's vitals (protobuf), a symptom diary
(gzip), the mother-in-law's medicines, the vaccination card, a snake sighting, the insurance
number, consent, emergency contacts, the record by cookie; oranges: seller sign-up (RFC, CURP,
the husband's CURP), the orchard's corners, a lot, photos, bids, the deal, the cutting day with
her fix, the truck (msgpack), the weighbridge ticket by deal number in the path, a CFDI request
(gzip, her RFC), the payout CLABE, a fly trap in the orchard, a price search, a message quoting
her husband's number, an offline sync (JSON Lines), the statement by seller number in the path;
village: registration (CURP, resident card, the husband's CURP), faena attendance with her fix, a
fine, the agenda, a road vote, the agente municipal election vote, the minutes' signature, water
turns, the patrol rota, a complaint, a landslide photo with her fix, the chat, the household
census (gzip), a residence certificate, the husband's union membership, receipts by cookie;
reading club: the daughter linked (CURP, home language), books, the reading log by reader number
in the path, two read-aloud recordings, a quiz answer, a loan, badges, a teacher message, a
reading session (protobuf), a drawing, eyesight and reading support, consent, the gate pick-up
with her fix, a search, the grandmother's story recorded, the fee, the address, events with a
session cookie; trio: trios near her (2 decimals), the booking (address, 5-decimal fix, the
occasion), the deposit, songs, the guest list (msgpack), a chat quoting her number, a video, a
review, a rain date, the receipt by booking number in the path, a tip, a search; Wi-Fi: hotspots
near her (3 decimals), a voucher bought and redeemed (her MAC, the hotspot joined, LAN address),
usage (protobuf), a shop top-up, a voucher for her mother-in-law, the household's devices
(msgpack; three MACs), a speed test (public IP), an outage with her fix, her home router, an
antenna installation, the daughter's tablet filter and its visited sites. SDKs: analytics
batches (gzip; positions at 2 or 3 decimals; one with the advertising ID), traits (base64 JSON
in a form field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed
e-mail and phone) and a deep link (a URL in a JSON field carrying the booking and her e-mail);
OpenRTB bids (GPS at 2 or 3 decimals or IP geo; one with year of birth and gender) and notices;
crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers;
consent records and checks; card tokens, confirmations and mobile-wallet transfers (her CLABE);
geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages and
uploads.

Negatives are implicit: request, report, slot, vigil, faena, lot, offer, trap, ticket, thread,
voucher-plan and book IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the cemetery's ID and gate point, the grave's plot code, the comparsa and mask IDs, the
offering items and their counts; the health post's ID, name, phone and point, the first-aid
guide's topic and language; the packing house's ID, name, RFC and point, the asking price per
tonne, tonnes, trees, hectares, brix, crates, the truck's plates and driver ID; the village
hall's ID, the road-vote choice, the parcel certificate number (no taxonomy type fits a land
title; left unlabelled), the water section; the school's ID, point and gate, grade and group, the
reading-content language; the trio's ID, name, phone and leader, the song titles (public songs),
the hall searched on the map; the hotspot's ID and point, the speed-test server, the gateway, the
corner shop and its payment reference.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language setting, Accept-Language, time zone, rooted flags, network type, battery, free memory,
LAN addresses and User-Agents ``device.info``; event and screen names and session lengths
``behavior.usage``; SDK and install IDs, push tokens ``id.device``; passwords, SMS codes, bearer,
refresh, session and video-room tokens, a client secret and a Wi-Fi voucher code that logs the
device on ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled
per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, barrio, village, municipality, state, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fines, dues,
deposits, tips, orders, bookings and deals ``financial.purchase``; card data, last four digits,
payment-method IDs and CLABEs ``financial.payment``; another person's full name, phone and e-mail
typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Petra, Laura, Rufino, Xochitl in a gift note) is not
  ``contact.name`` except where the text is about the child (the video consult); a name with a
  surname always is, and so is a first name in a name field;
- the CURPs (hers, her husband's, the daughter's, the mother-in-law's), her RFC and her resident
  card ``personal.national_id`` wherever they are (body, JWT, query, protobuf);
- Xantolo: the parish (ID, name), the mass, the mayordomia fund, push tags and captions about the
  altar ``personal.sensitive`` (religion); the husband's ``masewali`` flag
  ``personal.sensitive`` (ethnic origin); the dead's names ``contact.name``, their causes of
  death ``health.medical``, dates of death unlabelled (no type fits);
- stings: the sting kind, symptoms, vital signs, blood groups, allergies, medicines, vaccinations,
  the pregnancy answer and the insurance affiliation number ``health.medical``; the scorpion and
  snake photos ``content.media`` only;
- oranges: the seller number ``id.user``; the orchard's corners, her fix at the cutting and the
  fly trap's point ``location.precise`` (the family's land), the packing house's point a negative;
  the deal and its total ``financial.purchase`` (her sale, as set 151's wine revenue), the
  asking price per tonne a negative (a listing's price);
- village: the member number ``id.user``; the vote for the agente municipal ``personal.sensitive``
  (a political opinion) while the road vote is not; the household members' language (Nahuatl)
  ``personal.sensitive`` (ethnic origin) and their birth years ``personal.birthdate``; the
  husband's union ``personal.sensitive`` (trade-union membership), its dues
  ``financial.purchase``; the minutes' signature image ``content.media``;
- reading club: the daughter is a data subject: her CURP, reader number (body, query, JWT
  ``momachtijketl``, protobuf, URL path) ``id.user``, name, birth date, sex; her home language
  ``personal.sensitive``; her eyesight and reading support ``health.medical``; her recordings,
  drawing and the grandmother's story ``content.media``; her typed quiz answer ``content.text``;
  the reading session's seconds ``behavior.usage``;
- Wi-Fi: the account ``id.user``; her phone's, her husband's and the tablet's MACs
  ``id.hardware``; the hotspot she joins and her home router ``location.wifi``; the daughter's
  age ``personal.birthdate``; the filter's visited URLs ``behavior.browsing``; the public IP in
  the speed test ``location.ip``;
- SDKs: Trackzacahuil's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``HID``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and the brief (stated honestly): ``eval_payloads.py``;
``eval_families151.py`` and all its modules (the template; ``_sdk.py``/``_svc.py`` copied with
renames by ``sed``); from the helper kits only what was needed to call them: the constant and
function names of ``eval_families17_kit`` (listed with ``dir()``), the signatures and a few
bodies in ``eval_families20_kit`` (``App``, ``ev``, ``opaque``), ``_21_kit`` (``at_path``),
``_22_kit`` (``lines``), ``_24_kit`` (``head``, ``claims``, ``rid``, ``sdk_id``) and
``report`` in ``eval_families8_kit`` (to read its exit code); the first lines of the docstrings
of ``eval_families170.py``, ``46``, ``118_orchard``, ``127_tsiran``, ``156_nitso``,
``103_huts``, ``135_squash`` and ``32_kids``, and greps of ``scripts/eval_families*.py`` for the
kinds and names. DESIGN.md was not opened (paths follow set 151's stated conventions). No
classifier, rule, test, decoder, README or eval script was read or run; only this set's ``main``
and ``ruff check --select F`` on these files (its ``--fix`` removed two unused imports)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families173_alaxox
import eval_families173_amoxtli
import eval_families173_kolotl
import eval_families173_tekitl
import eval_families173_wapanko
import eval_families173_wifitlan
import eval_families173_xantolo
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders only by the run of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families173_xantolo.mikailwitl(), *eval_families173_xantolo.mikailwitl_sdks(),
            *eval_families173_kolotl.kolotl(), *eval_families173_kolotl.kolotl_sdks(),
            *eval_families173_alaxox.alaxox(), *eval_families173_alaxox.alaxox_sdks(),
            *eval_families173_tekitl.tekitl(), *eval_families173_tekitl.tekitl_sdks(),
            *eval_families173_amoxtli.amoxtli(), *eval_families173_amoxtli.amoxtli_sdks(),
            *eval_families173_wapanko.wapanko(), *eval_families173_wapanko.wapanko_sdks(),
            *eval_families173_wifitlan.wifitlan(), *eval_families173_wifitlan.wifitlan_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
