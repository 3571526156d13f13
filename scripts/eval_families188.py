"""Hundred-and-eighty-eighth, BLIND labelled set for the classifier evaluation ("blind185"):
written without reading the classifier code, its rules, its decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check,
which runs no classifier) was run on the full set five times at the end (every labelled path
was produced on the first run; later runs followed label edits for consistency and the
docstring, one died of a broken pipe into ``head``). It is to
be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
sets 20-37 and 151 (its template) this set measures ORDINARY traffic: mainstream app-backend
and SDK shapes in roughly the proportions real captures have (158 first-party calls and 75 SDK
calls, 233 exchanges, 1,691 labelled fields after ``listed_once``; ``main`` prints 1,710, one
per id of a joined label), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She spends
the year on Fale islet, Fakaofo (Tokelau), in the family house of her Tokelauan husband Petelo
Toloa (+690 mobile), her US SIM roaming; their son Kele (10) studies with a New Zealand
correspondence school from the atoll's learning hub; her mother-in-law Lusia lives on
Nukunonu; her sister-in-law Malia Toloa lives in Lower Hutt (+64). The family trust needs New
Zealand IRD numbers: hers, her husband's, Malia's and Kele's, each with a valid mod-11 check
digit (``eval_families188_kit.ird_ok`` asserts them). Money is NZD, the zone
``Pacific/Fakaofo``, the country TK.

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Tokelauan (gagana Tokelau) written as a local
developer would, without macrons, mixed with the English real apps keep (``id``, ``token``,
``lat``/``lng``, ``ssid``, ``ird``, ``nsn``, ``refresh_token``), and the SDKs it embeds:
- ``eval_families188_pemita.py`` "Pemita Tokelau": the entry and residence permit with its
  medical clearance and the biosecurity declaration at the Fale landing (her passport, her
  husband's and son's NZ passports, Tokelauan descent, her asthma);
- ``_inati.py`` "Inati": Fale village's fish-share register (the ``inati`` division of a
  communal catch by household), with fishing-trip check-outs;
- ``_malamalama.py`` "Malamalama": the atoll's solar microgrid household account (allowance,
  priority supply for the son's nebuliser, outages, the meter gateway on the home Wi-Fi);
- ``_koloa.py`` "Fale Koloa": the village co-op store's pre-orders for the next supply ship on
  household credit;
- ``_vai.py`` "Vai Ola": the village's drought water ration (ration card, tank queue, an extra
  ration for the mother-in-law's diabetic foot wound);
- ``_kaiga.py`` "Tupe Kaiga": the Toloa family trust's house fund run from Lower Hutt (IRD
  numbers, a face template at the identity check, contributions, votes);
- ``_aoga.py`` "Te Aoga Mamao": the son's NZ correspondence school (the child's data: NSN,
  ethnicity, dyslexia and glue ear, a reading recording, immunisations).
Newness (a docstring and file-name grep of ``scripts/eval_families*.py``): "Tokelau",
"Fakaofo", "Nukunonu", "inati", "microgrid", "entry permit", "biosecurity", "desalination",
"rainwater", "community store", "co-op store", "family trust", "Lower Hutt" matched nothing.
Neighbours and how these differ are in each module's docstring: set 148's ship passage and
cargo (here a co-op's pre-orders), set 118's shared whitebait catch (here a village register),
sets 88/101/106/108/115/128's prepaid power, solar lamps and generators (here a microgrid
account), sets 126/138/170/183's water tankers, tank sensor, well and refill station (here a
drought ration queue), rotating savings groups (here a family trust's fund), set 68's US home
school (here a NZ correspondence school from an atoll). Earlier Pacific sets (116, 126, 132,
135, 148, 159, 166, 179, 181, 185) were avoided: set 179's NZ tax refund, set 118's gout log,
set 135's rheumatic heart disease and set 159's ciguatera report were considered and dropped.

Tokelauan keys (shared by the apps; each module lists its own): ``igoa`` name,
``igoa_muamua`` first name, ``igoa_kaiga`` surname, ``imeli`` e-mail, ``numela_telefoni`` /
``telefoni`` phone number, ``upu_lilo`` password (lit. "secret word"), ``numela_fakamaonia``
verification code, ``aho_fanau`` birth date, ``itupa`` sex (``fafine`` woman, ``tama`` boy),
``tauhaga`` age / year, ``tuatuhi`` address, ``fale`` house / address line, ``nuku`` village,
``fenua`` atoll, ``atunuku`` country, ``taulaga`` town, ``avaga`` spouse, ``tamaliki``
children, ``tamaitiiti`` child, ``matua`` parent, ``kaiga`` household / family, ``tagata``
people / members, ``tagata_tokelau`` Tokelauan descent, ``ekalehia`` congregation,
``tuhifolau`` passport, ``pemita`` permit, ``maki`` illness, ``vailakau`` medicines, ``fomai``
doctor, ``tui`` immunisations, ``alelegi`` allergies, ``maitaga`` pregnant, ``mata`` face,
``tupe`` money / amount, ``aofaiga`` total, ``tau`` price, ``totogi`` payment, ``auala_totogi``
payment method, ``fika_fakamuli`` last digits, ``kaute`` account, ``faletupe`` bank account,
``lihiti`` receipt, ``oka`` order, ``koloa`` goods, ``mea`` item, ``vaega`` share / part,
``ika`` fish, ``vaka`` boat, ``vakatele`` ship voyage, ``malaga`` trip, ``ava`` reef passage,
``uafu`` landing, ``uila`` electricity, ``numela_uila`` grid connection, ``vai`` water,
``kata_vai`` ration card, ``lita`` litres, ``taika`` tank, ``tulaga`` position, ``tonu_m``
accuracy in metres, ``fekau`` message, ``fakamatalaga`` description / statement, ``mafuaga``
reason, ``hakili`` search, ``ata`` photo, ``leo`` voice recording, ``tuhi`` document,
``lehona`` lesson, ``galuega`` work / assignment / roster, ``tali`` answers / who collected,
``faiakoga`` teacher, ``fono`` meeting, ``palota`` vote, ``hui`` member, ``kia`` to, ``mai``
from, ``aho`` date, ``itula`` time, ``mahina`` month, ``masini`` device, ``gagana`` language,
``fakaaoga`` user, ``mea_tutupu`` events, ``itulau`` page / screen, ``ulufale`` log in,
``ulufafo`` log out, ``oku`` mine (the ``/me`` call).

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Motumetrics", MMP "Vakatribute", OpenRTB 2.5 ads "Atubid", crash
reporting "Crashkupega") and ``_svc.py`` (flags "Flagfetu", push "Pingmatagi", consent
"Consentfala", payments "Payuga", maps "Mapmotu", support chat "Helpfeke"); their code is set
151's SDK shapes with the vendors, hosts, zone (``Pacific/Fakaofo``), country (TK, TKL),
currency (NZD) and city changed (a grep of ``scripts/`` found none of the ten names).
``eval_families188_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/oku`` GETs with JWT bearers (claims: permit, household, connection, credit
account, ration card, member, the son's NSN in a list); permit: the application, the son, a
chest X-ray PDF, the medical questionnaire (gzip), the police certificate, a photo, the fee,
the status by permit number in the path, the arrival with her fix, the biosecurity declaration
(msgpack), a protobuf card check, the card by cookie, a message quoting her passport, an
extension, the referee in Lower Hutt; inati: the household with ages and congregation, the
share by household number in the path, a catch with her fix, a trip check-out, a protobuf beat,
a msgpack fix queue, "back safe" (5-decimal strings), the son collecting, a gift to an elder,
her husband's work exemption (doctor's note PDF), the roster, a photo, surplus fish bought, the
atoll's weather; microgrid: usage by connection number in the path, appliances, priority
supply, the bill, an outage with her fix, readings (msgpack), the gateway's Wi-Fi and LAN
address, a protobuf meter beat, a technician visit, an invoice, credit sent to Nukunonu;
store: the catalogue, a search, the pre-order and an amendment (msgpack), the balance by account
in the path, a payment from her NZ account, her sister-in-law paying, a special order of the
son's inhaler, the wharf pick-up, a delivery with her fix, a refund, a protobuf shelf scan;
water: the ration card with members' ages, the extra ration (doctor's note), a slot, the
collection with her fix, a protobuf record, the home tank with her fix, complaints, a delivery,
history by card in the path, a msgpack queue, a rain gauge at 4 decimals; trust: IRD numbers
(body, query), the passport scan, a 128-float face template, beneficiaries, contributions by
member number in the path, a proposal, a vote, minutes (PDF), a video meeting, the house site's
point, receipts (msgpack); school: the enrolment, learning support, a report PDF, lessons by NSN
in the path, a reading recording (m4a), a drawing, the hub check-in, a protobuf progress beat,
typed answers (msgpack), the health form (gzip), the posting address. Per app push
registration, an event log (gzip) and a cookie-authenticated GET. SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and phone) and a deep
link (a URL in a JSON field carrying the order and her e-mail); OpenRTB bids (GPS at 2 or 3
decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and a
wallet top-up; reverse geocoding (``lat,lon`` in the path), a route and telemetry; support
messages and an upload.

Negatives are implicit: request, trip, share, slot, order-line, lesson, proposal, vote, check
and meeting IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs
and prices; the permit desk's ID, name, phone and point; the landing's ID and point; the
supply ship's voyage; the village office's ID; the reef passage's point; another household's
number; the boat's ID, fish kinds and counts; the power station's ID, appliances and watts, kWh
readings, the tariff; the store's ID, point, catalogue items and their prices, a product
barcode; the tanks' ID and point, litres, the tank level, rainfall; the trust's ID, a builder's
name, item lists; the hub's ID and point, the school year and lesson IDs; a passport's or
certificate's issuing country and her nationality (``tagatanuku``, as set 151's ``country``),
the son's home languages (``gagana_fale``), a liveness score.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs,
push tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session and video
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled
per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; village, atoll, town and country ``location.coarse``; street / house
lines ``contact.address``; amounts, totals, fees, bills, invoices, orders and receipts
``financial.purchase``; card data, last four digits, payment-method IDs and bank accounts
``financial.payment``; another person's full name, phone, e-mail and address typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Petelo, Malia, Lusia, a teacher's "Whaea Anna") is not
  ``contact.name`` except where the text is about the child (Kele); full names always are;
- IRD numbers (hers, her husband's, her sister-in-law's, the son's; dashed or bare), passports
  (hers, her husband's, the son's) and her Tokelau residence permit number
  ``personal.national_id`` (body, JWT claim, protobuf, URL path, text, analytics traits);
- Tokelauan descent (``tagata_tokelau``: true or "Tokelauan, European") and the congregation
  (``ekalehia``) ``personal.sensitive``; the son's NSN ``id.user`` (a sector student number,
  as set 151's pupil number), his birth date, age, sex, name, immunisations, allergy, asthma,
  dyslexia and glue ear labelled (he is a data subject);
- health: her asthma, medicines, chest X-ray and TB/hepatitis answers, the husband's back
  strain, the mother-in-law's foot ulcer, the son's nebuliser ``health.medical``; doctors'
  notes and the X-ray PDF ``content.media|health.medical``; her US doctor's name typed
  ``contact.name``;
- members' ages (``tauhaga``) ``personal.birthdate``; the household, connection, credit
  account, ration card and trust member numbers ``id.user``;
- the face template (128 floats) ``biometric.face`` once at its path; the passport scan and
  photos ``content.media``; the reading recording ``content.media`` (not a voiceprint);
- her fixes at the landing, reef, lagoon, tank, hub, home (5 or 6 decimals, 4 for the rain
  gauge) and the family's house site ``location.precise``; the meter gateway's SSID/BSSID
  ``location.wifi``; an atoll named in a weather, curtailment or tariff query and the
  mother-in-law's atoll ``location.coarse``;
- SDKs: Vakatribute's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country and city ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3
  or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md's path notes (stated honestly): ``eval_payloads.py``;
set 151's top module and all its modules (``_kit``, ``_sdk``, ``_svc`` copied with renames into
this set's ``_sdk.py``/``_svc.py``; the seven app modules as the template); the constants,
signatures and small helpers of ``eval_families6_kit`` (``raw``, ``multipart``, ``pb``),
``eval_families8_kit`` (``report``), ``eval_families17_kit`` (its import list and
``__all__``), ``eval_families18_kit``, ``eval_families19_kit``, ``eval_families20_kit``,
``eval_families21_kit``, ``eval_families21`` (``listed_once`` and its ``LISTED_ONCE``),
``eval_families22_kit`` and ``eval_families24_kit``; docstring and file-name greps of
``scripts/eval_families*.py`` for the app kinds, vendor names and places (with short excerpts
of the docstrings of sets 118, 126, 132, 135, 138, 147, 148, 159, 166, 170, 173, 179, 181,
183, 185 and 186). No classifier, rule, test, decoder or README was read or run; ``ruff check
--select F`` ran on these files (``--fix`` removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families188_aoga
import eval_families188_inati
import eval_families188_kaiga
import eval_families188_koloa
import eval_families188_malamalama
import eval_families188_pemita
import eval_families188_vai
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path was found by ``main`` (the decoders' path check); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families188_pemita.pemita(), *eval_families188_pemita.pemita_sdks(),
            *eval_families188_inati.inati(), *eval_families188_inati.inati_sdks(),
            *eval_families188_malamalama.malamalama(),
            *eval_families188_malamalama.malamalama_sdks(),
            *eval_families188_koloa.falekoloa(), *eval_families188_koloa.falekoloa_sdks(),
            *eval_families188_vai.vaiola(), *eval_families188_vai.vaiola_sdks(),
            *eval_families188_kaiga.tupekaiga(), *eval_families188_kaiga.tupekaiga_sdks(),
            *eval_families188_aoga.aogamamao(), *eval_families188_aoga.aogamamao_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
