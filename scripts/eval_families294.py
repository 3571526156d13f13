"""Two-hundred-and-ninety-fourth, BLIND labelled set for the classifier evaluation ("blind291"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run several times while writing (every run exited 0; between runs exchanges were
added to reach the brief's size and one app module was replaced twice, see "Newness"). It is to
be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (153 first-party calls and 77 SDK calls, 230 exchanges, 1,685
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She has lived two years on the Makran coast of Balochistan (Pakistan) with her Baloch
husband Nasir Dashti, in the Mulla Band quarter of Gwadar, her US SIM roaming; his family's date
orchard and its karez are in Kalatuk village outside Turbat (Kech district), where her
mother-in-law Banuk Dashti lives; his brother Hammal works in Muscat; their son Balach (4) was
born with a cleft lip and palate. She holds a Pakistan Origin Card (a foreign spouse's card) and
a US passport. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API and the SDKs it embeds; every API's keys are
Balochi in Latin letters, ASCII-folded as a Makrani developer would write them, mixed with the
English words real APIs keep (``email``, ``token``, ``id``, ``otp``, ``iban``, ``events``) and
Urdu/English loans Balochi uses (``numbar``, ``mobail``, ``telefon``, ``bukking``, ``fees``):
- a Turbat date-market seller app ``eval_families294_hurmag.py`` ("Hurmagbazar"; money: she
  sells the orchard's dates; ``nam`` first name, ``logi_nam`` surname, ``mobail`` mobile,
  ``ramz`` password, ``pedaishi_roch`` birth date, ``shanakhti_kard`` ID card, ``halk``
  village, ``zila`` district, ``mard`` husband, ``bag`` orchard, ``mach``/``nar_mach``
  palms/male palms, ``kism`` variety, ``chinag`` picking, ``hushkag`` drying, ``baha`` price,
  ``zar`` amount, ``adaigi`` payment, ``sauda`` deal, ``kharidar`` buyer, ``hisab``
  account, ``kolo`` message, ``gap`` remark, ``arz``/``tool`` latitude/longitude, ``jagah``
  place, ``shohaz`` search, ``bikrokar`` seller);
- a karez water-turn app ``_karez.py`` ("Karezbahr": ``bahr`` share, ``bahrdar``
  shareholder, ``nobat`` turn, ``sangat`` neighbour, ``bandish`` blockage, ``chanda`` levy,
  ``saf_kanag`` desilting, ``diwan`` council, ``shikayat`` complaint, ``yatgiri`` reminder,
  ``log`` household, ``telefon`` phone);
- the son's cleft lip and palate programme ``_khandag.py`` ("Khandag": the child's data and
  his health; ``chuk`` child, ``jins`` sex, ``b_form`` his registration number,
  ``mareez_numbar`` patient number, ``rishta`` relation, ``nadrahi`` condition, ``darman``
  medicine, ``gosh`` ear, ``wazn``/``burzi`` weight/height, ``awaz`` recording,
  ``dastkhat`` signature, ``kharch`` travel expense, ``pith`` father);
- a Zikri community's app ``_zikr.py`` ("Zikrdiwan": her religion; ``mazhab`` religion,
  ``zikrana``, ``hazri`` attendance, ``ziyarat`` pilgrimage, ``chaugan``, ``sawari`` seats,
  ``nazr`` vow offering, ``khairat`` alms, ``dua`` prayer request, ``fateha`` remembrance,
  ``murtag`` the departed, ``mamber`` member number);
- a Lady Health Worker programme's household app ``_lhw.py`` ("Drahilog": her own health;
  ``log_numbar`` household number, ``logwaja`` head of household, ``logay_pata`` address,
  ``mahalla`` quarter, ``khun_dabao`` blood pressure, ``khun`` haemoglobin, ``lapi``
  pregnant, ``fasila`` birth spacing, ``tika`` vaccination, ``tap`` fever, ``ladag``
  referral);
- a Gwadar ice factory's order app ``_barp.py`` ("Barpjah": block ice for the fishing launch
  her husband co-owns and for the household water coolers; ``barp`` ice, ``sil`` block,
  ``bojig`` boat, ``gaadi`` delivery truck, ``chiz`` item, ``mosum`` season,
  ``akhiri_char`` last four, ``wakht`` slot);
- a Balochi music school's student app ``_suroz.py`` ("Surozwanag": ``wanindag`` student,
  ``ustad`` teacher, ``sabak`` lesson, ``saz`` instrument, ``kiraya`` rent, ``mahfil``
  concert, ``mehman`` guests, ``shair`` verse, ``sanad`` certificate, ``mashq`` practice).
Newness (a file-name and module-docstring grep of ``scripts/eval_families*``: the docstrings of
every set were extracted to a scratch file and grepped case-insensitively): "date palm", "date
farm", "date orchard", "hurmag", "karez", "kariz", "cleft", "harelip", "zikri", "koh-e-murad",
"lady health", "ice factory", "block ice", "suroz", "dambura", "balochi",
"baloch", "gwadar", "turbat" and "makran" matched nothing. Near kinds looked at and made
different: "qanat" matched only an app's name (Qanatli); "zikr" matched set 172's Sufi women's
zikr circle (Gudermes), so Zikrdiwan is the Zikri community's own (zikrana, chaugan,
Koh-e-Murad); "palm" matched a palm-oil cooperative (set 124), not dates; "polio" matched a polio
campaign's parent side (Swat), so Drahilog is the Lady Health Worker's monthly household visits
(birth spacing, haemoglobin, growth, ORS, chlorine). One kind is NOT new and is stated so:
"music lesson" matched many sets (Carnatic vocal lessons, a jaw harp, music lessons, a choir,
a classical-music school and bands in sets 95, 97, 105, 135, 150); Surozwanag is made
different only by its instrument and school (a Balochi suroz), so it is a variant of music
lessons, not a new kind.
"ice block" matched only "device block"; "ice plant" only "juice plants"; set 193 rents cold-room
space for fishermen's crates, a different kind from an ice factory's orders. Dropped after the
grep: an air-conditioner repair app (written first, then replaced when a wider grep for
"air-condition" found set 194's air-conditioning service and an aircon cleaning service), a
cable-TV operator (written second, then replaced when "set-top", "pay-tv" and "internet
provider" found a satellite pay-TV app and a fibre-and-TV provider), a fishing launch's
crew-share ledger (a seabob plant's boat-owner portal and a trawler crew roster exist), a
heat-health app (a Karachi heatwave app, "Lu Khabar", exists), a water tanker (sets 126, 138),
embroidery commissions (karawo, Kashubian) and a kidney-stone log. The SDKs are ten new
vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Kechmetric", MMP "Makrantrack", OpenRTB 2.5 ads "Bidhingol", crash reporting "Crashastola")
and ``_svc.py`` (flags "Flagpasni", push "Pingjiwani", consent "Consentormara", payments
"Paydasht", maps "Mapbatil", support chat "Helpsurbandar"); their code is set 151's
``_sdk.py``/``_svc.py`` copied with the vendors, hosts, zone (Asia/Karachi), country (PK/PAK,
region BA, city Gwadar), currency (PKR) and referrer changed (a grep of ``scripts/`` found none
of the ten names nor the seven app names).
``eval_families294_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes,
a job completion OTP), ``/mani``-style GETs with JWT bearers; dates: the orchard's corners, a
pollination crew, the harvest with her fix in the rows, a drying note (msgpack), a lot with a
photo, bids, a deal, the truck with its driver, her payout IBAN, payouts, mandi rates, a search,
the market-fee return (gzip; her tax number), an offline sync (JSON Lines), sales by seller
number in the path, a message to a buyer quoting her husband; karez: joining by share number,
turns by share number in the path, the week's schedule, a swap with a neighbour, a blockage
photo with her fix, the levy, desilting, the mother well's flow, her gate (4-decimal strings), a
protobuf turn beat, a msgpack queue of fixes, the council RSVP, a complaint, the ledger by cookie,
a search, a message quoting her phone, the household's shareholders, reminders; cleft: the
parent, linking Balach by B-form, his history (gzip), post-op photos, a speech slot, his speech
recording (M4A), a protobuf practice diary, a hearing-test PDF, a travel grant (her IBAN), the
camp check-in (5 decimals), a message to the therapist, the bone-graft consent signature, growth,
medicines, his record by patient number in the path, sharing with her husband, a feeding
question, events with a session cookie; Zikri: membership, times, attendance (4 decimals),
pilgrimage seats for the three of them, a chaugan RSVP, a vow offering, alms, a prayer request, a
remembrance, an album photo, her zikr recording, a message naming her sister, the member card in
the path, receipts by cookie, the rota, a search; LHW: the household register (her card, the
son's B-form), the household in the path, a visit confirmed, her implant, iron tablets, his
growth and vaccination card, a referral, the health-house check-in (3 decimals), his fever, ORS,
a protobuf from her blood-pressure cuff, her mother-in-law's diabetes, chlorine tablets, a
message, a rating; ice: the launch registered with her husband, an order with her home fix, a
photo of the melted hold, payment, the truck, its arrival (5 decimals), the delivery code,
extras, an order for her mother-in-law's house, a season contract, a review, the order's status
and the truck by order number in the path, a search, a complaint, the bill by a base64 JSON
cookie; music: courses, enrolment, fee, a lesson, a practice recording, a msgpack
practice log, the check-in (5 decimals; the school's Wi-Fi joined), a rented and then bought
suroz, concert seats for her
husband and sister, a message, the student in the path, a verse, a lesson video, a search, the
certificate by cookie. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits
(base64 JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP installs,
events (hashed e-mail and phone) and a deep link (a URL in a JSON field carrying the booking and
her phone); OpenRTB bids (GPS at 3 decimals, IP geo, year of birth and gender) and notices; crash
envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent
records and checks; card tokens, confirmations and mobile-wallet transfers; geocoding, reverse
geocoding (``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, lot, bid, turn, slot, visit, thread, lesson, seat, rental and
nonce IDs, idempotency keys, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
mandi's ID, name, phone and point, catalogue and mandi rates, palm counts, kilograms, drying
temperature and humidity, the truck's plate, the buyer's ID; the karez's ID and mother well's
point, its flow and gauge, the council's ID; the camp's ID and point, the therapist's ID, the
queue token; the zikrana's ID as a place, its point, Koh-e-Murad's point, the bus and elder IDs;
the health house's ID and point, the health worker's ID, the video; the ice factory's ID, the
truck's ID and position, the launch's name, registration and hold size, the harbour, block
counts, extras and their prices; the school's ID and point, the teacher's and course IDs, the
instrument's ID.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS codes, an OTP, bearer, refresh and session
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, quarter, district, village and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, fares, bookings, deals, rentals and receipts
``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Nasir's aunts, Balach in a message) is not ``contact.name``
  except where the text is about the child's health (the therapist message, the fever note);
  the child's full name always is; the truck driver and the neighbour she types are
  ``contact.name`` (and phone);
- dates: the seller number ``id.user``; her Pakistan Origin Card and tax number
  ``personal.national_id``; the orchard's corners and her fix in the rows ``location.precise``
  (the family's land), the mandi's point a negative; the deal number, deal amount, advance and
  season total ``financial.purchase`` (her sales, as set 151's excise revenue); the lot's asking
  price per kilogram a negative (a catalogue price);
- karez: the share number ``id.user``; her gate, the blockage and the channel queue
  ``location.precise`` (her family's channel and her own phone), the mother well a negative; the
  levy and the labour ``financial.purchase``;
- cleft: Balach is a data subject: his B-form ``personal.national_id``, name, birth date, sex;
  his programme patient number (body, JWT ``chuk``, query, URL path, protobuf)
  ``health.medical`` (a medical record number, as set 151's dental chart); his condition,
  operations and their dates, ear, teeth, the practice diary's sounds and minutes
  ``health.medical``; his weight and height ``health.fitness``; his photos, speech recording
  and the hearing PDF ``content.media|health.medical``; the consent signature image
  ``content.media``;
- Zikri: religion, zikrana, joining date, zikr, pilgrimage, chaugan, funds, push tags and the
  JWT's zikrana ``personal.sensitive``; her zikr recording ``content.media|personal.sensitive``;
  a religious search term ``behavior.search|personal.sensitive``; the vow naming her son's
  speech ``content.text|personal.sensitive|health.medical``; the departed's names
  ``contact.name``; the member number ``id.user``;
- LHW: the household number ``id.user``; pregnancy status (false) ``health.medical|
  personal.sensitive`` (pregnancy is in both descriptions); her blood pressure, haemoglobin,
  implant, tablets, symptoms ``health.medical``; her weight and cuff pulse ``health.fitness``;
  the son's MUAC, weight, height ``health.fitness``, his vaccines, fever and stools
  ``health.medical``; the mother-in-law's diabetes, sugar and medicine ``health.medical`` with
  her name and phone; the health-house check-in at 3 decimals ``location.precise``;
- ice: the order numbers, amounts and season contract ``financial.purchase``; her home fix (6
  and 5 decimals) ``location.precise``; the mother-in-law's house line ``contact.address``,
  village and town ``location.coarse``, with her name and phone; the husband as co-owner
  ``contact.name``; the launch's registration unlabelled (a boat, no taxonomy type); the
  delivery code ``secret.credential``;
- music: the school's guest Wi-Fi she joins ``location.wifi`` (as set 151's bath Wi-Fi);
- music: the student number ``id.user``; her verse, practice note and message ``content.text``;
  the practice minutes unlabelled;
- SDKs: Makrantrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``BA``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md``; ``/work/shared/DESIGN.md`` from the
``report.json`` section to its end; ``eval_families151.py`` and all its modules whole (``_kit``,
``_sdk``, ``_svc``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``); ``eval_payloads.py`` whole; of the helper kits only definitions and signatures:
a grep of the top-level ``def``/constant lines of ``eval_families6_kit``, ``17_kit``, ``18_kit``,
``19_kit``, ``20_kit``, ``21_kit``, ``22_kit`` and ``24_kit``, the bodies of ``raw``,
``multipart``, ``App``, ``ev``, ``opaque``, ``head``, ``claims``, ``rid``, ``sdk_id``,
``at_path``, ``sdk_uid``, ``lines``, ``sdk_uuid``, ``tok``, ``add``, ``sjwt``, the docstring,
import list and ``__all__`` of ``eval_families17_kit`` and the values of a few of its constants
(printed from Python: ``E164``, ``NATIONAL``, ``EMAIL_UPPER``, ``M4A``, ``JPEG``, category ids,
``CARD2``); the extracted module docstrings of every ``scripts/eval_families*`` file (grepped
for the candidate words above, with the matching lines printed); a count-only grep of
``scripts/`` for the ten vendor and seven app names. No classifier, rule, test, decoder or other
set's data was read or run (``ruff check --select F`` ran on these files).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families294_barp
import eval_families294_hurmag
import eval_families294_karez
import eval_families294_khandag
import eval_families294_lhw
import eval_families294_suroz
import eval_families294_zikr
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
    return [*eval_families294_hurmag.hurmagbazar(), *eval_families294_hurmag.hurmagbazar_sdks(),
            *eval_families294_karez.karezbahr(), *eval_families294_karez.karezbahr_sdks(),
            *eval_families294_khandag.khandag(), *eval_families294_khandag.khandag_sdks(),
            *eval_families294_zikr.zikrdiwan(), *eval_families294_zikr.zikrdiwan_sdks(),
            *eval_families294_lhw.drahilog(), *eval_families294_lhw.drahilog_sdks(),
            *eval_families294_barp.barpjah(), *eval_families294_barp.barpjah_sdks(),
            *eval_families294_suroz.surozwanag(), *eval_families294_suroz.surozwanag_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
