"""Hundred-and-eighty-fourth, BLIND labelled set for the classifier evaluation ("blind181"):
written without reading the classifier code, its rules, its decoders, the tests or the README,
and never run through a classifier by its author; only ``main`` (the project's decoder path
check) and ``ruff check --select F`` were run on it. It is to be scored once, by the lead, on the
final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (156 first-party calls and 75 SDK calls, 231 exchanges, 1,790
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Petrozavodsk (Petroskoi, Republic of Karelia, Russia) on a Russian
residence permit with her Karelian husband Nikolai Makarov and their son Ilja (8), her US SIM
roaming; weekends are at her mother-in-law Valentina Makarova's house in Olonets (Anuksenlinnu).
Her husband's sister Anna Hamalainen lives in Joensuu (Finland) with her Finnish husband Jari and
their daughter Aino (HETUs, +358, EUR). Seven app kinds (fictional names, hosts under example.*
per RFC 2606, no real company named as sender), each with its own API whose keys are Livvi
(Olonets) Karelian as a local developer writes them in ASCII (a for a-umlaut, o for o-umlaut, sh /
zh / ch for s-, z-, c-caron; Russian loans where local usage has them: ``telefon``, ``snils``,
``polis``, ``broni``, ``chekku``, ``spravku``, ``zapisi``, ``privivku``; English for ``token``,
``id``, ``user``, ``events``, OAuth fields), and the SDKs it embeds:
- the Karelian people's society's member app ``eval_families184_liitto.py`` ("Liitto": her and
  her husband's nationality, the son's camp in Joensuu with HETUs);
- a Petrozavodsk - Joensuu coach with border-queue slots ``_raja.py`` ("Rajakyydi": passports,
  her Schengen visa and residence permit, her sister-in-law's HETU and IBAN);
- a wild-berry receiving-point app for self-employed pickers ``_marju.py`` ("Marjukas": her INN,
  her bog, her rouble account);
- a tick-bite and TBE app ``_punkki.py`` ("Punkkiabu": SNILS, OMS policies, the son's bite,
  tests, vaccines, symptoms);
- a husky kennel's sled rides and dog sponsorship ``_regi.py`` ("Koirareki": riders' weights,
  the son's asthma, the sled track);
- a cross-country ski marathon ``_suksi.py`` ("Suksikilbu": the medical certificate, heart rate,
  a face embedding for race photos, the son's kids' race);
- a folklore archive's crowd recordings ``_pajo.py`` ("Pajoarhiivu": her mother-in-law as a
  singer: her nationality, faith, voice).
Each module's docstring lists its key words and their meanings. The shared vocabulary: ``nimi``
first name (or a full name), ``sugunimi`` surname, ``e_posti`` e-mail, ``telefon`` phone,
``salasana`` password, ``koodu`` code, ``roinduspaivy`` birth date, ``roinduvuozi`` birth year,
``sugupuoli`` sex (``naine`` woman, ``mies`` man), ``adressu`` street line, ``linnu`` town,
``kyla`` village, ``indeksu`` post code, ``tazavaldu`` republic, ``rahvahus`` nationality,
``usko`` faith, ``muzhikku`` husband, ``poigu`` son, ``lapsi`` child, ``sugulaine`` relative,
``kohtu`` place, ``leveys`` / ``pitkys`` latitude / longitude, ``summu`` amount, ``hindu`` price,
``maksu`` payment, ``kartu`` card (Punkkiabu: patient card), ``schottu`` bank account,
``broni`` booking, ``biletu`` ticket, ``tervehys`` health, ``viesti`` message, ``tekstu`` text,
``kuva`` photo, ``eccimine`` search, ``arvostelu`` review, ``tahtet`` stars, ``laite`` device,
``sobytiet`` events, ``ekran`` screen, ``lahtie`` log out, ``kirjuttavu`` log in,
``rekisteroindy`` sign up, ``mina`` me. A grep of ``scripts/`` file names and docstrings found
no earlier Karelia, Petrozavodsk, Olonets, Joensuu, Livvi, husky, tick-borne, ski-marathon or
wild-berry set, and none of the twelve app and vendor names; sets 159 (an immersion pre-school),
136 and 119 (a border traders' app and a car pool), 132 and 168 (copra buying, mushroom permits),
84 (foster dogs), 135 (a church family tree) and 139 (a folklore troupe) are the nearest
kinds, made
different as each module's docstring says. The SDKs are ten new vendors, built once and called
by every app with its own events: ``_sdk.py`` (analytics "Luguri", MMP "Jalgimo", OpenRTB 2.5
ads "Torgubid", crash reporting "Kaatumo") and ``_svc.py`` (flags "Lipukas", push "Kelloine",
consent "Lubakas", payments "Dengukas", maps "Kartoi", support chat "Abuvo"); their code is set
151's SDK shapes with the vendors, hosts, zone (Europe/Moscow), country (RU / RUS, region
``KR``), currency (RUB, SBP wallet) and card (a Mir card) changed, plus the visited network's
MCC/MNC (``25001``) in Jalgimo's device block. ``eval_families184_kit.py`` holds her places,
people, documents and the apps' businesses (its docstring lists them). Check digits are real:
SNILS ``143-572-918 71`` and the son's ``172-409-385 68`` (mod 101), her INN ``100148273651``
(two mod-11 digits), the HETUs ``140886-246L``, ``220384-157B``, ``030615A318W`` (mod 31), the
Mir card (Luhn), the Finnish IBAN (mod 97), the rouble account's key against its BIK, the
berry buyer's 10-digit INN (a business: a negative).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and e-mail
codes), ``/mina`` GETs with JWT bearers whose claims carry member, passenger, picker, patient-card,
athlete and collector numbers; society: nationality, the member card by number in the path, fees, a
course with a recorded reading, the camp with HETUs, a newspaper to the flat, a family tree,
concert tickets, a festival photo; coach: a trip search, passports and a visa, the ticket by number
in the path, a border slot, her queue position (protobuf), customs, a live ping queue (msgpack),
who meets them, a return paid by the aunt (HETU, IBAN, EUR), a lost bag, the coach's Wi-Fi;
berries: prices, points near the house (3 decimals), a delivery, the tax receipt, her bog, an
offline forest sync (msgpack), a protobuf safety beat, a safety plan, a payout to her account,
history by picker number in the path, weather at 2 decimals; ticks: the son's SNILS and OMS, a bite
in the garden (5 decimals), a tick photo, a lab test, immunoglobulin with his weight, vaccines, a
symptom diary (gzip), a protobuf daily check, a video room, a check-in at the lab, tick insurance,
documents by patient card in the path, a result PDF; sled: a family ride with weights and the son's
asthma, a waiver signature, arrival, the track (msgpack), sponsorship, a gift card for her sister,
the ride by number in the path, a pick-up at the flat (its street and point); ski: an entry, a
medical certificate PDF, the kids' race, the bib and chip, a protobuf live beat, the watch upload
(gzip: heart rate, pace, track), results by bib in the path, a face-embedding photo search, a
diploma; folklore: the singer's profile and consent, a song recording (m4a), a transcription, a
lament's notes, recordings by collector number in the path, a field sync (msgpack), a dialect pin,
tags (JSON Lines). Every app: push registration, events (some gzip), a cookie GET with a session
and the install ID; three end with a log-out. SDKs: analytics batches (gzip; positions at 2 or 3
decimals; one with the GAID), traits (base64 JSON in a form field), offline queues (JSON Lines),
base64url pixel beacons; MMP installs, sessions, events (hashed e-mail and phone) and deep links (a
URL in a JSON field carrying a ticket or ride and her e-mail); OpenRTB bids (GPS at 2 decimals or
IP geo; one with yob and gender) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations and
an SBP payout; geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry;
support messages and uploads.

Negatives are implicit: request, slot, sample, recording, singer, reissu, shuttle and object
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices;
the society's office, the concert hall's point, the bus stations and the border post's point,
the receiving point's ID, name, phone, point and its company's INN, catalogue berry prices per
kilo and weights, the BIK, the lab's ID and point, the kennel's ID and point, the dog, the
stadium's point, the timing chip (a rented tag), the photo IDs, the archive's ID and point, the
song's title, a bog's nickname, seat numbers, luggage weight, T-shirt sizes.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session and video-room
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, district, village, region, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares, invoices,
bookings, tickets, entries and orders ``financial.purchase``; card data, last four digits,
payment-method and card tokens, bank accounts and IBANs ``financial.payment``; another person's
full name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too; positions at 2 decimals ``location.coarse``, at 3 or more
``location.precise`` when they are hers (a business's point is a negative).

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Ilja, Emily, Anna) is not ``contact.name`` unless the text is
  about the child's health or names a person with a surname; the child's full name always is;
- nationality (``rahvahus``: ``karjalaine``, ``livvikoi``, ``amerikkalaine``), faith (``usko``)
  and an Orthodox memorial service in a lament's note ``personal.sensitive``;
- SNILS, INN, HETU, passports (hers, her husband's, the son's), her residence permit and her
  Schengen visa number ``personal.national_id``; the OMS policy numbers and the lab's patient
  card number (body, JWT ``kartu``, protobuf, URL path) ``health.medical`` (as set 37's insurance
  member ID and set 151's chart number); the tick-insurance policy number ``financial.purchase``;
- member, passenger, picker, athlete, collector numbers and the race bib (body, query, JWT,
  protobuf, URL path, a message quoting it) ``id.user``;
- the son is a data subject: his name, birth date, age, sex, SNILS, OMS, weight
  (``health.fitness``), bite site, symptoms and vaccines (``health.medical``);
- riders' weights, heart rate, pace, calories and the race time ``health.fitness``; the medical
  certificate PDF and the lab result PDF ``content.media|health.medical``; the waiver and consent
  signatures, photos and the m4a recordings ``content.media``;
- the face-search vector (128 floats computed on the phone) ``biometric.face`` as one field;
- the route search's from/to ``behavior.search``; geocoding text ``behavior.search``;
- her berry sales (delivery totals, the docket, the tax and payout amounts) ``financial.purchase``
  (as set 132's copra sales);
- the coach's Wi-Fi she joins ``location.wifi``;
- SDKs: Jalgimo's ``country`` ``location.coarse``, ``roaming`` ``device.info``, home and visited
  PLMN ``location.carrier``; OpenRTB geo country, region (``KR``) and city ``location.coarse``.

Looked at (stated honestly): /work/shared/TAXONOMY.md and DESIGN.md; ``eval_payloads.py``; set
151's top module and all its modules (its ``_sdk.py``/``_svc.py`` copied with renames by
``sed``); the signatures and constants I call in ``eval_families6_kit`` (``raw``,
``multipart``, ``pb``), ``_17_kit`` (its ``__all__`` and a few constants), ``_18_kit``
(``sjwt``), ``_19_kit``, ``_20_kit`` (``App``, ``ev``, ``opaque``), ``_21_kit`` (``at_path``,
``sdk_uid``), ``_22_kit`` (``lines``, ``sdk_uuid``), ``_24_kit`` (``head``, ``claims``,
``rid``, ``sdk_id``) and ``eval_families21.listed_once`` (read after the first run of ``main``
flagged the face vector's per-element labels, which it does not collapse); the first lines of
the docstrings of sets 171 and 172 (Russian sets, to avoid their kinds) and of 84, 103, 119,
132, 136, 159, 168 (and one grep hit in 139), and file-name/docstring greps of
``scripts/``. No classifier, rule, test, decoder or README was read or run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families184_liitto
import eval_families184_marju
import eval_families184_pajo
import eval_families184_punkki
import eval_families184_raja
import eval_families184_regi
import eval_families184_suksi
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path is one the decoders produce (``main`` exits 0); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families184_liitto.liitto(), *eval_families184_liitto.liitto_sdks(),
            *eval_families184_raja.rajakyydi(), *eval_families184_raja.rajakyydi_sdks(),
            *eval_families184_marju.marjukas(), *eval_families184_marju.marjukas_sdks(),
            *eval_families184_punkki.punkkiabu(), *eval_families184_punkki.punkkiabu_sdks(),
            *eval_families184_regi.koirareki(), *eval_families184_regi.koirareki_sdks(),
            *eval_families184_suksi.suksikilbu(), *eval_families184_suksi.suksikilbu_sdks(),
            *eval_families184_pajo.pajoarhiivu(), *eval_families184_pajo.pajoarhiivu_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
