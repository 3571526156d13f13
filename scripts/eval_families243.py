"""Two-hundred-and-forty-third, BLIND labelled set for the classifier evaluation ("blind240"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run three times by
the author, each exiting 0 with no gap reported (between runs ``ruff --fix`` removed two unused
imports and this docstring was written). It is to be scored once, by the lead, on the final rules (the
lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151, whose structure it copies, this set measures ORDINARY traffic: mainstream app-backend and SDK
shapes in roughly the proportions real captures have (148 first-party calls and 80 SDK calls,
228 exchanges, 1,672 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Maroua (Far North region, Cameroon) with her Fulbe husband
Bakari Djoda, her US SIM roaming on a Cameroonian network, with a local prepaid line for mobile
money; their daughter Aissatou (8) goes into CE2 at a public school in Domayo; her
mother-in-law Dada Adamou, blind from glaucoma, lives in Garoua; her brother-in-law Souleymane
Djoda keeps the family's cattle at Meskine; her sister Laura is in the US. All fictional. Seven
app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as sender),
each with its own API whose keys are Adamawa Fulfulde in ASCII (the hooked letters folded: b, d,
ng, ny, y; apostrophes dropped) mixed with the English words APIs keep (``email``, ``token``,
``id``, ``lat``/``lng``) and the French loans a Maroua developer would write (``kartal`` card,
``police`` policy, ``abonman``, ``diktee``, ``tiket``); the words are the author's best rendering
of the everyday vocabulary, not checked by a speaker:
- ``eval_families243_miijo.py`` "Miijo Didabo" (health, and a sensitive trait: pregnancy): a
  Garoua centre's medical second-opinion service for her uterine fibroids (``innde``,
  ``yettoore``, ``tilifon``, ``kongol_sirri``, ``nyalnde_jibineede``, ``jinsi``, ``hoddaare``,
  ``saare``, ``kartiye``, ``paaspoor``, ``dosiye``, ``nyawu``, ``alamaaji``, ``muusu``,
  ``lekki``, ``reedu``, ``yiiyam``, ``naamnal``, ``coggu``, ``ceede``, ``njobdi``,
  ``yillaare``, ``nulal``, ``binndi``, ``gorko``, ``dabbitol``, ``kuutorgal``, ``kewuuji``);
- ``_jawdi.py`` "Jawdi Kisal" (money): livestock micro-insurance on the family herd
  (``innde_baaba``, ``limre_tilifol``, ``sirri``, ``jibinannde``, ``kartal_sejour``,
  ``nokku_hoddaare``, ``wuro``, ``diiwal``, ``tokkere``, ``nai``, ``gaynaako``, ``police``,
  ``njobdi_lewru``, ``naamnal``, ``maayde``, ``sabu``, ``natal``, ``yobtaade``, ``ndungu``);
- ``_gite.py`` "Gite Tele": a satellite pay-TV subscription (``innde_galle``, ``kongol_asiri``,
  ``adires``, ``kartal``, ``dekodeer``, ``buke``, ``abonman``, ``lebbi``, ``komand``,
  ``teknisiye``, ``sinyal``, ``kod_sukaabe``, ``yiyde``, ``emisiyo``, ``reklamasiyo``);
- ``_jande.py`` "Jande Ndungu" (the child): the daughter's holiday workbook with dictations
  (``biddo``, ``innde_biddo``, ``kalaas``, ``lekkol``, ``acte_jibineede``, ``jangoowo``,
  ``diktee``, ``jaabawol``, ``hiisa``, ``janngude``, ``sawtu``, ``binndol``, ``jannginoowo``,
  ``kod_galle``);
- ``_deenal.py`` "Deenal Hoggo": the quarter's vigilance committee (``terdo``, ``yimbe_galle``,
  ``duubi``, ``habaru``, ``kewu``, ``nokku``, ``yillaare``, ``hoddoobe``, ``mobto``);
- ``_heddo.py`` "Heddo Deftere" (sensitive traits: disability, religion): a talking-book library
  where her mother-in-law is a reader and she a volunteer narrator (``sirri_konte``,
  ``jokkondiral``, ``janngoowo``, ``bumdo``, ``sabu_bumnde``, ``kartal_handikap``, ``defte``,
  ``neldugol``, ``hedagol``, ``ballal``);
- ``_gimol.py`` "Gimol Diamare": a regional singing contest's fan and voting app
  (``innde_huutoreede``, ``gimoowo``, ``woote``, ``miijo``, ``tiket``, ``nokku_jooddorde``,
  ``naamne``, ``jokkugol``).
New kinds, checked by a grep of the file names and the module docstrings (an ``ast`` dump of all
``scripts/eval_families*.py``) for candidate words: "second opinion", "second-opinion", "medical
tourism"; "livestock insurance", "herd insurance", "cattle insurance"; "pay-tv", "pay tv", "tv
subscription", "set-top", "satellite dish", "channel pack"; "holiday homework", "dictation",
"dictee"; "vigilance", "vigilante", "neighbourhood watch", "community watch"; "talking book",
"braille"; "talent show", "singing contest", "song contest" matched no docstring; "fulfulde",
"maroua", "garoua", "cameroon", "lamido" matched nothing (no earlier Fulfulde or Cameroon set).
Nearest kinds, made different: set 204's library reading challenge (the workbook is dictations,
sums and tracing), set 195's night-guard company and 223's guard (paid services; this is a
residents' committee), set 208's low-vision aids (a children's albinism clinic), set 124's casting
app (performers; this is viewers' votes). Rejected because they existed: a Franco-Arab/Quranic
school (112), home nursing (47, 55), tontines (112, 124...), tree planting (158), a clan
association (138), air-conditioning service (194), tent rental (226), a survey panel (229), a
ram for Tabaski (145), the Sufi brotherhood (172). The SDKs are ten new vendors (a grep of
``scripts/`` for the ten names found none), built once and called by every app with its own
events: ``_sdk.py`` (analytics "Metrinaange", MMP "Trackwuro", OpenRTB 2.5 ads "Bidlaamu", crash
reporting "Crashmbeewa") and ``_svc.py`` (flags "Flagsaare", push "Pingnagge", consent
"Consentkawtal", payments "Ceedepay", maps "Mapladde", support chat "Helpjokkere"); their code is
set 151's with the vendors, hosts, zone (Africa/Douala), country (CM; OpenRTB CMR, region EN,
city Maroua), currency (XAF) and wallet provider changed. ``eval_families243_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes), ``/am``-style GETs with JWT bearers; second opinion: the case opened (gzip), ultrasound
and blood PDFs, a specialist search, the question and its payment, a visit, a check-in at the
centre (6 decimals), a protobuf of the nurse's measurements, a msgpack pain diary, a message to
the specialist, the opinion by case number in the path, a video room, a prescription, sharing
with her husband, her US insurer's claim, invoices by cookie; insurance: the herd and its herder,
the kraal (her fix), the tariff, the policy and premium by mobile money, a herd photo with a
5-decimal fix, a protobuf collar relay, a death claim with photo, claims by policy number in the
path, the payout to her IBAN, a vet visit, the rain forecast (2 decimals), an offline sync (JSON
Lines), an agent message quoting her local number, agencies near her (3 decimals); pay-TV: the
card and decoder, packages, a renewal and payment, the installer's visit (her pin, her
directions), a protobuf signal report, the card's status in the path, a pay-per-view match, the
children's code, viewing history (gzip), the remote pairing (msgpack: home SSID, LAN address), a
complaint with a photo, a gift renewal for her mother-in-law, a search; workbook: the child's
profile, the day's work by learner number in the path, a dictation answer, sums (msgpack), a
reading recording (M4A), a page photo, tracing strokes (gzip), the subscription and payment, a
message to the tutor, the report, a nickname, the child's search, screen-time code; vigilance:
joining with the household, an alert with her fix, a photo, an SOS with a Wi-Fi scan, a protobuf
SOS beat, the incident map, the rota, a patrol check-in (4 decimals), dues, an offline alert queue
(JSON Lines, 5-decimal strings), the chat, a visitor, the member card in the path, a message to
the lawan, a meeting reply, a home geofence (msgpack), a base64 JSON preferences cookie; library:
the reader registered, a request for a Qur'an commentary, the mailing, books by reader number in
the path, listening progress (gzip), a protobuf player relay, her narration (M4A), her volunteer
card, a donation, a home visit with her mother-in-law's pin; contest: votes and payment, a
comment, tickets, a hall check-in (6 decimals), the ticket in the path, a fan photo, a quiz
(msgpack), a follow, a share by e-mail, the vote history by cookie (base64 JSON). SDKs: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline
queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep
link (the card number and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals, or IP geo; one
with birth year and gender) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations
and mobile-money payouts; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and uploads.

Negatives are implicit: request, visit, herd, claim, alert, patrol, order-line, vote, mailing and
session IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the specialist centre's ID, name, phone and point, the specialist's directory ID, the
pharmacy ID; the insurer's agency, the cattle's ear tags, sex, ages and values, the dead cow's
illness and vet certificate, the GPS collar's position, temperature and battery (a device that
is not hers), the tariff's counts; the TV shop's point and phone, the package, the match and
programme IDs, the decoder's LAN address, signal levels and transponder; the school's name and
class, the child's sums and scores, book and lesson IDs; the lawan's house, point and phone, a
motorbike's plate; the library's point and phone, the loaned player's serial and battery, book
IDs; the hall's point, seats, singers' IDs, quiz answers.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, PINs and parental codes, bearer, refresh, session
and video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar
lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, quarter, village, region and country ``location.coarse``; street
lines ``contact.address``; amounts, prices, premiums, dues, fees, orders, tickets and the
policy ``financial.purchase``; card data, payment-method IDs and IBANs ``financial.payment``;
another person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL
path ``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- her local prepaid line (E.164 and as typed) is hers: ``contact.phone``; a first name alone in
  free text is not ``contact.name`` except where the text is about the child; full names are;
- second opinion: the case number (body, JWT, query, path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart); her pregnancy status and wish (``reedu``)
  ``personal.sensitive`` only, and the question that states the wish
  ``content.text|health.medical|personal.sensitive``; her US insurer's member number
  ``health.medical``; her weight in the nurse's protobuf ``health.fitness``; the PDFs
  ``content.media|health.medical``;
- insurance: the policy number ``financial.purchase`` (a contract she bought, also in the path);
  the kraal is the family's place, her fix there ``location.precise``; the collar's position a
  negative; the rain forecast at 2 decimals ``location.coarse``; the region code ``EN``
  ``location.coarse``; the animals' values are not labelled (no type fits);
- pay-TV: the subscriber card ``id.user``; the household decoder's serial ``id.hardware`` (her
  hardware's serial; debatable, it is not the phone); programmes watched ``behavior.usage``;
- workbook: Aissatou is a data subject: name, birth date, ``debbo`` ``personal.gender``, her
  birth-certificate number ``personal.national_id``, learner number and nickname ``id.user``; her
  typed dictation ``content.text``; her reading recording ``content.media`` (not a voiceprint);
  her tracing strokes with millisecond offsets ``behavior.motion``; the tutor message about her
  eyesight ``content.text|contact.name|health.medical``;
- vigilance: the membership number ``id.user``; her residence card ``personal.national_id``; the
  daughter's age ``personal.birthdate``; the home and the neighbours' SSID/BSSID in the SOS scan
  ``location.wifi``; the incident-map box at 2 decimals ``location.coarse``;
- library: her mother-in-law is a data subject: her blindness ``personal.sensitive|health.medical``
  (disability), its cause ``health.medical``, her disability card
  ``personal.national_id|personal.sensitive``, her reader number ``id.user``, her house pin
  ``location.precise``; the request for a Qur'an commentary ``content.text|personal.sensitive``
  (religion); listening minutes ``behavior.usage``; the Fulfulde language preference is not
  labelled (not an ethnicity statement);
- contest: her user name ``id.user``; her age ``personal.birthdate``; the caption naming her
  daughter ``content.text|contact.name`` (about the child);
- SDKs: Trackwuro's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region and city ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3
  or more ``location.precise``; a geocoding query of her mother-in-law's quarter
  ``behavior.search`` (as set 151).

Looked at (stated honestly): TAXONOMY.md and DESIGN.md; ``eval_payloads.py`` whole; set 151 whole
(``eval_families151.py``, ``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_dental``, ``_parish``,
``_school``, ``_svan``, ``_qvevri``, ``_building``), its ``_sdk.py``/``_svc.py`` copied with sed
renames; of the helper kits only definitions and signatures: ``grep`` of ``def``/``class``/
constant lines of ``eval_families6``, ``17``, ``18``, ``19``, ``20``, ``21``, ``22``, ``24_kit``,
the bodies of ``raw``, ``multipart``, ``pb``, ``head``, ``claims``, ``rid``, ``sdk_id``,
``at_path``, ``sdk_uid``, ``lines``, ``sdk_uuid``, ``ev``, ``opaque``, ``App``, ``chain``,
``push_token``, and the re-export list of ``eval_families17_kit``. Bent: a grep for the values
of ``E164``/``NATIONAL``/``JPEG``/``MCCMNC`` used a too-wide glob (``eval_families1*_kit.py``) and
printed about forty constant lines of other sets' kits (100-117: phones, MCC/MNCs, category
aliases); nothing from them was used. The docstring grep printed some 150-character contexts of
other sets' docstrings (for "tabaski", "holiday", "air-condition", "low-vision", "planting",
"Rejected because"). No classifier, rule, test, decoder, README or git command was read or run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families243_deenal
import eval_families243_gimol
import eval_families243_gite
import eval_families243_heddo
import eval_families243_jande
import eval_families243_jawdi
import eval_families243_miijo
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
    return [*eval_families243_miijo.miijo(), *eval_families243_miijo.miijo_sdks(),
            *eval_families243_jawdi.jawdi(), *eval_families243_jawdi.jawdi_sdks(),
            *eval_families243_gite.gite(), *eval_families243_gite.gite_sdks(),
            *eval_families243_jande.jande(), *eval_families243_jande.jande_sdks(),
            *eval_families243_deenal.deenal(), *eval_families243_deenal.deenal_sdks(),
            *eval_families243_heddo.heddo(), *eval_families243_heddo.heddo_sdks(),
            *eval_families243_gimol.gimol(), *eval_families243_gimol.gimol_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
