"""Two-hundred-and-eighth, BLIND labelled set for the classifier evaluation ("blind205"): written
without reading the classifier code, its rules, the tests, the README or the evaluation scripts,
and never run through a classifier by its author; ``main`` (the project's decoder path check) is
the only thing run on it. It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (158 first-party calls and 72 SDK calls, 230 exchanges,
1,726 labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Mzuzu (Northern Region, Malawi; country MW, kwacha MWK, +265
numbers, zone Africa/Blantyre) with her Malawian husband Mphatso Mkandawire, her US SIM roaming
on a visited network (``65010``) and a local wallet line of her own (+265 991 55 01 48); their
daughter Lusekero is eight; her husband's nephew Wongani Mhango (11, who has albinism) lives with
them for school; her mother-in-law Enelesi and sister-in-law Tiyamike live in Karonga; she teaches
an adult literacy circle in Rumphi. Seven app kinds (fictional names, hosts under example.* per
RFC 2606, no real company named as sender), each with its own API in Chitumbuka keys (ASCII
spelling, ``w`` for ``ŵ``; a local developer's mix with English ``id``, ``token``, ``user``,
``device``, ``lat``/``lng``) and the SDKs it embeds:
- ``eval_families208_mulinda.py`` "Mulindizi": a hospital guardian's app (her mother-in-law's
  hip fracture at a Mzuzu referral hospital);
- ``_chikumba.py`` "Chikumba Chiwemi": an albinism skin-and-eye programme (the nephew);
- ``_kaunjika.py`` "Kaunjika Bale": second-hand clothing bales for her market stall (she sells);
- ``_bawo.py`` "Bawo Ladder": a bawo (mancala) club's ladder (the daughter in the junior class);
- ``_kale.py`` "Makani gha Kale": oral-history recordings of her husband's grandmother in Karonga;
- ``_wazga.py`` "Wazga": an adult-literacy circle's facilitator app (she types learners' data);
- ``_kalipentala.py`` "Kalipentala": a carpenter's made-to-order furniture.
Common Chitumbuka keys (each app's docstring lists all of its own): ``zina`` name, ``zina_la_fuko``
surname (lit. clan name), ``imelo`` e-mail, ``foni`` phone, ``mazgu_ghachisisi`` password (lit.
secret words), ``zuwa_lakubabika`` birth date, ``chiphaso`` ID document number, ``keyala``
address, ``msumba`` town, ``chigawa`` area/region, ``muzi`` village, ``boma`` district, ``jenda``
gender (``mwanakazi`` woman, ``mwanalume`` man, ``msungwana`` girl, ``mnyamata`` boy), ``vyaka``
age, ``ubale`` relationship, ``lembeska`` register, ``njira`` log in, ``fuma`` log out, ``ine``
me, ``uthenga`` message, ``penja`` search, ``makani`` news/stories, ``ndalama`` amount,
``malipiro`` payment, ``risiti`` receipt, ``oda`` order, ``zuwa`` date, ``nyengo`` time/zone,
``chiyowoyero`` language, ``chithuzi``/``vithuzi`` photo(s), ``malo`` place, ``umoyo`` health,
``ulwari`` illness, ``munkhwala`` medicine, ``mpingo`` church, ``fuko`` clan, ``mtundu`` kind or
people, ``vyakuchitika`` events. The spelling is the author's best rendering of Chitumbuka, not
checked by a speaker. New kinds (a docstring-only grep of ``scripts/eval_families*.py``, sets up
to 207: "hospital guardian", "visiting hour", "albin", "kaunjika", "used cloth", "bawo",
"mancala", "oral history", "literacy", "carpent", "joiner" found nothing; Malawi appears only in
set 134 (Lilongwe, Chichewa: cookstoves, groundnuts, an under-five clinic, HPV kits, kabaza, an
Adventist church, goats), none of which is reused). Close cousins made different: set 116's
sunscreen shop (Chikumba is a clinic programme for a child), set 133's wax-print bales (new
cloth; Kaunjika opens and grades used-clothing bales), chess apps (online play; Bawo is a club
ladder over the board), school and tutoring apps (a parent or a pupil; in Wazga she teaches
adults), furniture shops and removals (Kalipentala is made-to-order joinery). The SDKs are ten
new vendors built once (set 151's call shapes with renames, Malawi's country, zone, currency and
region): ``_sdk.py`` (analytics "Metrinyika", MMP "Trackvipya", OpenRTB 2.5 ads "Bidchilumba",
crash reporting "Crashrukuru") and ``_svc.py`` (flags "Flagzombwe", push "Pingnkhata", consent
"Consentlikoma", payments "Coinsongwe", maps "Mapkatoto", support chat "Helpusisya"; a grep of
``scripts/`` file names and docstrings found none of the ten). ``eval_families208_kit.py`` holds
her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes),
``/ine`` GETs with JWT bearers, token refreshes or log-outs in most apps; guardian: the patient
added (her national ID, birth date, hospital number, fracture, operation, church), updates by
hospital number in the path, the guardian pass by number in the path, a shelter bed and its
mobile-money payment, a kitchen slot with a soft-diet note, the arrival with her fix, a
protobuf gate scan, medicines (msgpack), her husband's blood-donor pledge (his blood group),
today's updates by cookie,
a message to the nurses, a chaplain's prayer request, a search, the discharge plan, the bus home
with her sister-in-law, a prescription photo; albinism: the child (name, birth date, age, sex,
member number, type, low vision), a skin check (gzip), a lesion photo, history by member number in
the path, sunscreen, an eye test, a school letter, an appointment, a check-in, a UV alert (2
decimals), a protobuf sun diary, a msgpack lotion log, emergency contacts, a fee, a photo-release
consent; kaunjika: sign-up with her residence permit and taxpayer number, bales reserved and
ordered, payment, the receipt by order number in the path, the bale-opening video, grading, sales,
a JSON Lines sync, the stall opened with her fix, a msgpack till, a protobuf depot gate pass, the
market levy, a complaint, the payout account, a customer's reserved suit; bawo: results, moves
(msgpack), a protobuf clock, a club check-in, dues and the receipt by player number in the path, a
tournament, the daughter's class (her asthma), a chat, a board photo, a nickname, bus seats, an
invitation; oral history: the narrator (age, village, clan, people), the recording (audio with
her fix), the transcript (gzip; religion, bride wealth), the thumbprint consent, stories by
contributor number in the path, a photo (4 decimals), a protobuf recorder beat, msgpack segments,
the family tree (names, birth years, clan), the honorarium to the narrator's phone; literacy:
learners (names, ages, sexes, phones, a disability), attendance with her fix, marks, a reading
recording, the report (gzip), the allowance and its page by facilitator number in the path,
travel, a protobuf sync, a msgpack note (a pregnancy), a message (a learner's malaria), a
certificate; carpenter: the order (her address and house point), room photos and status by order
number in the path, the deposit, a measuring visit (her husband receives), msgpack measurements, a
protobuf delivery confirmation, instalments (her bank account), a review, a guarantee claim.
SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form
field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and
phone) and a deep link (a URL in a JSON field with her e-mail); OpenRTB bids (GPS at 2 or 3
decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and
mobile-money payouts; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and uploads.

Negatives are implicit: request, slot, appointment, thread, match, story, segment, learner,
bale, item, check-in and order-line IDs, idempotency keys, nonces, timestamps, versions, public
SDK keys, OpenRTB IDs and prices; the hospital's ID, name, point, ward and bed; the clinic's and
school's IDs and points, the class; the depot's and market's IDs and points, the stall number,
bale grades, weights, item prices and counts; the club's ID and point, opponents' player numbers
(another member's public ladder number), moves, points and clocks; the narrator's list ID, topics,
the map's box; the circle's ID and point, learners' internal IDs, marks; the workshop's ID and
point, items, woods, measurements; the tournament hall's point.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and storage, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and client
secrets ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, area, village, district, region and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, fares, levies, dues, bookings and orders
``financial.purchase``; card data, payment-method IDs and bank accounts ``financial.payment``;
another person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL
path ``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name`` except where the text is about the child
  or a learner's health (``Wongani wali na chilonda``, ``Yakobe Msiska ...``); full names always;
- wallet numbers (``wallet``, ``msisdn``) are ``contact.phone`` (the number is the phone);
- guardian: her guardian pass ``id.user``; the patient's hospital number ``health.medical`` (a
  medical record number, as set 151's chart); the patient's national ID ``personal.national_id``;
  the denomination on the admission form and the chaplain request ``personal.sensitive``; the
  husband's blood group ``health.medical``;
- albinism: the member number ``health.medical`` (a patient record in a condition programme);
  the albinism type, lesions, sunburn, eye results, the lotion and the sun-diary minutes
  ``health.medical``; the low-vision disability ``personal.sensitive|health.medical``;
- kaunjika: the trader account ``id.user``; her residence permit and taxpayer number (TPIN)
  ``personal.national_id``; the stall number a negative (the market's public stall);
- bawo: the player number and the nickname ``id.user``; the child's asthma ``health.medical``;
- oral history: clan (``fuko``) and people (``mtundu``) ``personal.sensitive`` (ethnic origin),
  the recording's language unlabelled; the narrator's age and the tree's birth years
  ``personal.birthdate``; the audio and the thumbprint image ``content.media`` (no voiceprint:
  not ``biometric.voice``); the family home's point ``location.precise`` (hers, as set 151's
  vineyard);
- literacy: learners' names, ages, sexes and phones ``contact.*``/``personal.*`` (typed by her);
  a learner's pregnancy ``personal.sensitive|health.medical``;
- Malawi's national ID is eight letters and digits with no published check digit; the husband's
  and mother-in-law's are invented in that shape.

Looked at (stated honestly): /work/shared/TAXONOMY.md and DESIGN.md (its first 200 lines: the
path notation and report fields; a grep of the rest for "notation" found nothing);
``eval_payloads.py``; set 151's ten files (copied in structure;
its ``_sdk.py``/``_svc.py`` copied with renames into this set's); the definitions of the helpers
called (``head``, ``claims``, ``rid``, ``sdk_id``, ``App``, ``ev``, ``opaque``, ``at_path``,
``lines``, ``pb``, ``raw``, ``multipart``, ``listed_once``, ``report``; the constants exported by
``eval_families17_kit``); module docstrings of every ``scripts/eval_families*.py`` extracted with
``ast`` and grepped for the kinds and names above. No classifier, rule, test, decoder, README or
evaluation script was read; only this set's ``main`` (the decoder path check), the same check
(``check_ci``) on single modules while writing, and ``ruff check --select F`` were run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families208_bawo
import eval_families208_chikumba
import eval_families208_kale
import eval_families208_kalipentala
import eval_families208_kaunjika
import eval_families208_mulinda
import eval_families208_wazga
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders by ``main`` before it was handed back; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families208_mulinda.mulindizi(), *eval_families208_mulinda.mulindizi_sdks(),
            *eval_families208_chikumba.chikumba(), *eval_families208_chikumba.chikumba_sdks(),
            *eval_families208_kaunjika.kaunjika(), *eval_families208_kaunjika.kaunjika_sdks(),
            *eval_families208_bawo.bawo(), *eval_families208_bawo.bawo_sdks(),
            *eval_families208_kale.kale(), *eval_families208_kale.kale_sdks(),
            *eval_families208_wazga.wazga(), *eval_families208_wazga.wazga_sdks(),
            *eval_families208_kalipentala.kalipentala(),
            *eval_families208_kalipentala.kalipentala_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
