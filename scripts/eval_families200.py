"""Two-hundredth, BLIND labelled set for the classifier evaluation ("blind197"): written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run four
times: the first covered only the meshrep app (it passed); the second flagged the 128
per-element labels of the proctoring face template (``chiray_izi[i]``, paths the decoders do not
produce), so the template is labelled once as the array (``chiray_izi``); the third and the
fourth (after this docstring was written) passed (exit 0). It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (159 first-party calls and 77 SDK calls, 236 exchanges, 1,751
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Almaty (Kazakhstan) with her Uyghur husband Dilmurat Sabitov, her US
SIM roaming on a Kazakh network; their son Erkin (10) is in the fifth grade, their daughter
Mehriban was born on 24 November 2025. Her parents-in-law live in Zharkent (the family house
and its pigeon loft), her husband's cousin Nurmemet Hashimov in Chundzha (the Uyghur district).
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Uyghur in Latin letters (Uyghur Latin Yeziqi,
ASCII-folded as a local developer types them: e for e-acute, o/u for o/u-umlaut, gh, kh as x,
ch, sh, ng; mixed with English where real apps use it: ``token``, ``id``, ``push_token``,
``refresh_token``, OAuth fields, ``ssid``/``bssid``, ``iban``, ``iin``, and the Russian loan
``remont``), and the SDKs it embeds:
- ``eval_families200_meshrep.py`` "Meshrepchi": a Uyghur meshrep club (monthly gatherings with
  muqam, dances, poems, a potluck; the family's ethnicity);
- ``_kepter.py`` "Kepterwaz": a pigeon fanciers' club (the family loft in the Zharkent yard,
  registered in her name);
- ``_nowet.py`` "Nowet": a public-service-centre e-queue and application tracker (her residence
  permit renewal, the son's ID card, the newborn's birth registration, the address registration);
- ``_aqiqe.py`` "Aqiqe": the newborn's aqiqa and cradle feast (azan and naming, the sheep, the
  meat's distribution, the feast; the family's religion, the baby's data);
- ``_olimpiada.py`` "Olimpiadchi": the son's maths-olympiad centre (the child's data, a proctored
  round with a face template);
- ``_emitish.py`` "Emitish": a lactation consultancy and breast-pump rental (her own health);
- ``_remont.py`` "Remontchi": a flat-renovation contractor (contract, stage payments, door code).
Novelty (docstrings of every ``scripts/eval_families*.py`` extracted with ``ast`` and searched;
their code not read): "meshrep", "pigeon", "e-queue", "public service cent", "aqiq", "besik",
"olympiad", "breast pump", "lactation", "muqam", "rawap", "uyghur" matched nothing; "renovation"
matched no app. Neighbours made different: set 152's Aromanian society (ethnic affiliation) is a
society's register, Meshrepchi is a gathering club's tickets, recordings and hosting; sets 154
and 169 have a civil registry and an agency's residence filing, Nowet is the state centre's
queue and tracker; set 137 (also Almaty) has a Kurban sacrifice share, set 153 a circumcision
feast and set 169 a memorial feast, Aqiqe is a birth rite; set 157 has a maternity's postnatal
follow-up, Emitish is a consultancy with a rented pump; sets 144 and 40 have a repair ticket and
a contractor's estimate inside lease and insurance apps, Remontchi is the contractor's own app.
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrikrawap", MMP "Trackdolan", OpenRTB 2.5 ads "Bidsapayi", crash
reporting "Crashmuqam") and ``_svc.py`` (flags "Flagdoppa", push "Pinglaghman", consent
"Consentsamsa", payments "Coinyambu", maps "Mapalatau", support chat "Helpchaydan"); their code
is set 151's SDK modules with the vendors, hosts, zone (Asia/Almaty), country (KZ, KAZ), region
(``75``, Almaty city), city and currency (KZT) changed and a Kaspi-style wallet (``kz_wallet``)
for the mobile-money call (a docstring and file-name grep found none of the ten names).
``eval_families200_kit.py`` holds her places, people and the apps' businesses.

Key words shared by the APIs (each module's docstring lists its own): ``isim`` first name,
``familiye`` surname, ``elxet`` e-mail, ``yanfon`` mobile,
``mexpiy_nomur`` password, ``kod`` code, ``tughulghan_kun`` birth date, ``jinsi`` sex (``ayal``
woman, ``oghul`` boy, ``qiz`` girl), ``iin`` IIN, ``pasport_nomuri`` passport number,
``turalghu_ijazet`` residence permit, ``adres`` street line, ``sheher`` city, ``nahiye``
district, ``wilayet`` region, ``pochta_indeksi`` post code, ``eri`` her husband, ``oghli`` son,
``qizi`` daughter, ``bowaq`` baby, ``kenglik``/``uzunluq`` latitude/longitude, ``eniqliq``
accuracy, ``orun`` place, ``summa`` amount, ``tolem`` payment, ``heq`` fee, ``baha`` price,
``pul_birliki`` currency, ``karta_axirqi_4`` card's last four, ``metod`` payment method,
``buyrutma`` order, ``bron`` booking, ``bilet`` ticket, ``uchur`` message,
``tapshuruwalghuchi`` recipient, ``pikir`` comment, ``bahalash`` rating, ``izdesh``/``soz``
search, ``resim`` photo, ``awaz`` audio, ``salametlik`` health, ``dorilar`` medicines,
``allergiye`` allergy, ``eghirliq`` weight, ``boy`` length/height, ``din`` religion, ``mezhep``
school of law, ``mescit`` mosque, ``milliti`` ethnicity, ``ezaliq_nomuri`` membership number,
``ishletkuchi`` user, ``uskune`` device, ``til`` language, ``waqit_rayoni`` time zone,
``hadisiler`` events, ``ekran`` screen, ``tizimlitish`` sign-up, ``kirish`` log-in, ``chiqish``
log-out, ``men`` me, ``kirish_belgisi`` check-in.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/men`` GETs with JWT bearers in every app, push registrations, events (gzip JSON or plain),
cookie-authenticated GETs, one URL-path value per app; meshrep: meshreps near her flat (3
decimals), a seat booked and paid, a check-in at the hall (her fix), a protobuf stage beat, the
husband's muqam recording (M4A), a poem, hosting the next meshrep at home, a donation to the
Uyghur-language school fund, a potluck (msgpack), a review, a search, a message naming the cousin
with his phone, the card by member number in the path, a gift ticket for her sister, a card link
(base64 JSON in a form field); pigeons: sign-up with the loft's address and point, the birds, a
show entry, a pair bought, a lost-bird alert from the yard, a bird's photo, a protobuf toss beat
(the club's release point and her fix), a feed order (msgpack), vaccinations, dues, the loft
camera joining the in-laws' Wi-Fi; e-queue: centres near her (2 decimals), a ticket, the
application (her IIN, passport, permit; her husband's IIN), scans (JPEG parts), the fee, the
status by application number in the path, a check-in, a protobuf queue beat, the son's ID card,
the newborn's registration, the address registration naming the landlord with his IIN, a
signing-key password, a base64 JSON preferences cookie; aqiqa: the baby (Muslim name, birth
weight and length), the azan and naming, the sheep, the meat's distribution list, the cradle
feast, its guests (msgpack), the invitation's text, the baby's photo, the sadaqa, a prayer
request, prayer times near home (2 decimals), a check-in at the mosque (4 decimals), the order
by number in the path, sharing with her mother-in-law (base64 JSON in a form field); olympiad:
the son enrolled (his IIN), fees, mock answers (gzip), the proctoring face template, a protobuf
proctor beat, results by pupil number in the path, the health note (glasses, peanut allergy),
the city round, a diploma (PDF), a pick-up check-in and authorisation, a typed solution;
lactation: the questionnaire (gzip), a home visit, the pump's deposit and rental, a protobuf
pumping session, a feeding log (msgpack), the baby's weigh-in, a photo for the consultant, a
video room, medicines, the account by client number in the path, the pump's return (her IBAN);
renovation: the flat (her point, the door code), a measuring visit, the floor plan, the design
package, the contract signed (PNG signature, her IIN), a stage payment (her IBAN), a materials
order (msgpack), her approval at the site (her fix), a protobuf progress beat, a progress photo,
a complaint, the door code quoted to the foreman, acts by contract number in the path, a notice
to the neighbours, the thermostat on the home Wi-Fi. SDKs: analytics batches (gzip; positions at
2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), a base64url
beacon; MMP installs, sessions, events (hashed e-mail and phone) and a deep link (a URL in a
JSON field carrying the loft number and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP
geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and a wallet payment;
geocoding, reverse geocoding (``lat,lon`` in the path) and routes; support messages and an
upload.

Negatives are implicit: request, check-in, slot, session, thread, line and lesson IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
meshrep's ID, the hall's ID and point, the song's title and instrument; the pigeons' rings,
breeds, colours, hatch years and their own sex (``jinsi`` ``erkek``/``chishi`` of a bird, not a
person), the club's release point and show, the vaccine and its batch, another fancier's ID, the
pair's rings, feed items and their prices; the centre's ID and point, the queue ticket and its
position, the service code, the lease reference, the certificate ID and document hash; the
mosque's ID in a catalogue query and its point, the imam's ID, the banquet hall's ID and point,
the menu, the sheep's breed, the hair's weight and silver price; the olympiad centre's ID and
point, the school and class, groups, the mock test and its answers, the template model's name
and match score; the studio's ID and point, consultants' IDs, the pump's serial, model,
Bluetooth address and firmware; the firm's ID, the flat's floor and area, the package, material
items and unit prices, the building's ID, the thermostat's ID.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, a signing-key password, a door code, bearer,
refresh, session and video-room tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, district,
village, region, post code, birthplace city and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, invoices, bookings, orders and contracts
``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Rizwangul, Nurmemet, Emily) is not ``contact.name`` except
  where the text is about a child (the aqiqa intention, the teacher message about Erkin); the
  children's full names always are;
- meshrep: the husband's ``milliti`` (Uyghur) and the Uyghur-language school fund
  ``personal.sensitive`` (ethnic origin); the membership number ``id.user``; the husband's muqam
  recording ``content.media`` (no voiceprint: a song, not an identification feature);
- pigeons: the loft number ``id.user``; the loft's address and point are the family's home
  (``contact.address`` / ``location.precise``); the in-laws' Wi-Fi ``location.wifi``;
- e-queue: every IIN (hers, her husband's, the children's, the landlord's; all with valid check
  digits), her passport and residence-permit numbers ``personal.national_id``; scans
  ``content.media|personal.national_id``; the application number ``id.user`` (a case key, as
  set 14's receipt number); the service requested is a catalogue code, left unlabelled;
- aqiqa: religion (``din``, ``mezhep``, the mosque in her profile, JWT and push tag, the rites,
  the sadaqa's purpose) ``personal.sensitive``; the baby's Muslim name
  ``personal.sensitive|contact.name``; birth weight and length ``health.fitness``;
- olympiad: Erkin is a data subject (names, birth date, sex, IIN, pupil number ``id.user`` in
  body, query, JWT ``oqughuchilar``, URL path); the face template is one ``biometric.face``
  field (the array); glasses, allergy and a note on medicines ``health.medical``; the diploma
  PDF ``content.media``;
- lactation: the client number (body, JWT ``xeridar``, query, URL path, protobuf)
  ``health.medical`` (a medical record number, as set 151's chart); pumped volumes, feeds,
  sides and minutes ``health.medical``; the baby's weigh-in ``health.fitness``; the photo for
  the consultant ``content.media|health.medical``;
- renovation: the door code (body and quoted in a message) ``secret.credential``; the contract
  number (body, query, protobuf, URL path) ``financial.purchase``; the signature image
  ``content.media``; her home SSID/BSSID ``location.wifi``, its LAN address ``device.info``;
- SDKs: Trackdolan's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``75``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md (stated honestly): ``eval_payloads.py`` (``Case``, ``case``,
``resolve``, ``profile``); ``eval_families151.py`` and all its modules (the template; its
``_sdk.py`` and ``_svc.py`` were copied with ``sed`` renames into this set's); from the helpers
set 151 imports, the header block of ``eval_families17_kit.py`` (its re-exported names),
``eval_families20_kit.py`` (``App``, ``ev``, ``opaque``, ``FIRST``, ``DOB``), the functions
``rid``, ``sdk_id``, ``head``, ``claims``, ``others`` of ``eval_families24_kit.py``,
``at_path`` of ``eval_families21_kit.py``, ``raw``, ``multipart``, ``pb`` of
``eval_families6_kit.py``, ``lines``/``sdk_uuid`` of ``eval_families22_kit.py``, ``sjwt`` of
``eval_families18_kit.py`` and a grep of constant names in the kits (``E164``, ``NATIONAL``,
``JPEG``, ``M4A``, ``PDF``); the category constants' values were printed once from
``eval_families16_kit``. For novelty, the module docstrings of every ``scripts/eval_families*.py``
were extracted with ``ast`` and searched (and the top docstrings of sets 81, 137, 169, 171 and 196
and of ``136_border`` read), never their code. DESIGN.md was not re-read (paths follow set
151's conventions). No classifier, rule, test, README or decoder was read or run; ``ruff check
--select F`` ran on these files (its ``--fix`` removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families200_aqiqe
import eval_families200_emitish
import eval_families200_kepter
import eval_families200_meshrep
import eval_families200_nowet
import eval_families200_olimpiada
import eval_families200_remont
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
    return [*eval_families200_meshrep.meshrepchi(), *eval_families200_meshrep.meshrepchi_sdks(),
            *eval_families200_kepter.kepterwaz(), *eval_families200_kepter.kepterwaz_sdks(),
            *eval_families200_nowet.nowet(), *eval_families200_nowet.nowet_sdks(),
            *eval_families200_aqiqe.aqiqe(), *eval_families200_aqiqe.aqiqe_sdks(),
            *eval_families200_olimpiada.olimpiadchi(), *eval_families200_olimpiada.olimpiadchi_sdks(),
            *eval_families200_emitish.emitish(), *eval_families200_emitish.emitish_sdks(),
            *eval_families200_remont.remontchi(), *eval_families200_remont.remontchi_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
