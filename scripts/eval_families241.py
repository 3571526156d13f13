"""Two-hundred-and-forty-first, BLIND labelled set for the classifier evaluation ("blind238"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run by the
author (the first run named six labelled paths the decoders do not produce, all the QR strings of
fiscal receipts, which the decoders open as query strings: the labels were moved to their sum
``s``; the later runs exit 0). It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (152 first-party calls and 79 SDK calls, 231 exchanges, 1,728
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Ufa (Bashkortostan, Russia) with her Bashkir husband Ilshat
Yulmukhametov, her US SIM roaming on a Russian network; their son Arslan (10) is in the fourth
class and shoots in a children's archery club; her mother-in-law Gulshat Yulmukhametova lives in
Sterlitamak, where the family spends most weekends; her sister Laura Doe lives in the US. All
fictional. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company
named as sender), each with its own API whose keys are Bashkir in Latin letters, ASCII-folded as a
local developer writes them (a/ae for the Bashkir a-schwa folded to a, o and u for the rounded
front vowels, q for the uvular k, g for the voiced uvular, h for the Bashkir h, z and s for the
two Bashkir dental fricatives, sh/ch/zh/kh for the Cyrillic digraphs, y for the hard i), mixed
with the English and Russian words real APIs keep (``token``, ``id``, ``push_token``, OAuth
fields, ``model``, ``os``, ``inn``, ``snils``, ``bron``, ``zakaz``...):
a three-day family rafting trip on the Agidel (Belaya) ``eval_families241_hal.py`` ("Agidel
Hal"), a hirudotherapy (medical leech) clinic for her varicose veins ``_holok.py`` ("Holok": her
health data), a citizens' movement defending a limestone shihan near Sterlitamak from a quarry
``_tau.py`` ("Tauhaqlau": her political opinion), the son's children's archery club
``_uqsy.py`` ("Uqsy": the child's data), a cashback and loyalty-card wallet ``_kirehum.py``
("Kirehum": her money), an escape-room quest chain in Ufa and Sterlitamak ``_kvest.py``
("Tabyshmaq") and an indoor karting track ``_kart.py`` ("Yarysh"). Each module's docstring lists
its key words and their meanings. The shared vocabulary: ``isem`` first name (or a full name),
``familiya`` surname, ``tulyq_isem`` full name, ``elektron_pochta`` / ``el_pochta`` / ``pochta``
e-mail, ``karazle_telefon`` (cellular) / ``kesa_telefony`` (pocket) / ``telefon`` phone,
``serhuz`` password (``parol`` in the clinic, ``yashyryn_huz`` "secret word" in the quest app),
``kod`` code, ``tyugan_kon`` / ``tyugan_data`` birth date, ``enes`` sex (``qatyn`` woman,
``malay`` boy), ``torgan_yer`` / ``adres`` street line, ``qala`` town (``Ofo`` Ufa in Bashkir),
``pochta_indeksy`` / ``indeks`` post code, ``pasport``, ``ir`` husband, ``bala`` child, ``yash``
age, ``qayna`` mother-in-law, ``olasay`` grandmother, ``asay`` mother, ``auyrlyq`` weight,
``buy`` height, ``haulyq`` health, ``auyryular`` illnesses, ``daryu(lar)`` medicine(s),
``allergiya``, ``qan_basymy`` blood pressure, ``auyrly`` pregnant, ``auyrtyu`` pain,
``uryn`` place, ``kinlek`` / ``ozonloq`` latitude / longitude, ``teuallek`` accuracy, ``hum``
amount in roubles, ``hak`` price, ``tulau`` payment, ``songy_dort`` / ``karta_songy_dort`` last
four, ``isap`` bank account, ``bron`` booking, ``zakaz`` order, ``khabar`` / ``khat`` message,
``fiker`` comment, ``baha`` rating, ``ezlau`` search, ``hurat`` photo, ``yazyu`` caption,
``qultamga`` signature, ``rizalyq`` consent, ``qullanyusy`` user, ``qorolma`` device, ``tel``
language, ``waqyt_bulkate`` time zone, ``waqigalar`` events (``ekran`` screen), ``terkaleu``
registration, ``ineu`` log-in, ``sygyu`` log-out, ``min`` "me".

Novelty (a grep of the file names and of the module docstrings of ``scripts/eval_families*``,
dumped to a scratch file): "raft" as a word, "rafting", "whitewater", "river trip", "leech",
"hirudo", "shihan", "limestone", "archery", "cashback", "escape", "quests", "karting",
"bashkir", "sterlitamak", "agidel" and "ufa" as a word matched nothing. Near neighbours checked
and avoided or made different: set 171 (Naberezhnye Chelny, Tatarstan: Sabantuy, a youth hockey
school, a union perks desk, a dacha partnership, a hydrofoil and Bolgar pilgrimage, ice fishing,
traffic fines) is the nearest setting, so none of its kinds and few of its Tatar keys are reused
(its ``sersuz``, ``kesa_telefoni``, ``ozinliq`` are spelt here as Bashkir ``serhuz``,
``kesa_telefony`` / ``karazle_telefon``, ``ozonloq``); kymyz (sets 117, 196), sanatoria (137,
169, 171), ticks (184), tyre storage (229), genealogy (several sets), canoes/kayaks (90, 116 and
others), protests (sets 62, 66, 82, 181, 204, 220; activism in 206) and petitions (many sets)
exist, so the political app is a standing camp's volunteer roster with a petition among its
calls, not a petition site; wrestling and hockey for the child exist (171 and others), so the son
shoots a bow; microfinance, pawn shops, credit cooperatives and salary advances exist, so the
money app is a cashback wallet (receipt QR codes, categories, withdrawals).

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Isaplytics", MMP "Burzytrack", OpenRTB 2.5 ads "Toratbid", crash
reporting "Shulgacrash") and ``_svc.py`` (flags "Yamanflag", push "Iremping", consent "Rizalyq",
payments "Tulaupay", maps "Uraltamap", support chat "Bulyshdesk"); their code is set 151's SDK
shapes with the vendors, hosts, zone (Asia/Yekaterinburg), country (RU; OpenRTB ``RUS``, region
``BA``, city Ufa), currency (RUB) and the mobile-money provider changed (a ``grep -ril`` of
``scripts/`` found none of the ten names). ``eval_families241_kit.py`` holds her places, people
and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/min``-style GETs with JWT bearers; rafting: trips, the booking for the three of
them, a payment, the group's registration with the rescue service (her US passport and residence
permit, her mother-in-law as emergency contact), the health form (gzip; weights for life jackets,
the son's bee-sting allergy and autoinjector), the checklist by booking number in the path, a bus
transfer, a camp check-in (6 decimals), a protobuf raft beat, a msgpack fix queue, a river photo,
a rating, a search, a message to the instructor quoting her phone, gear hire, receipts by cookie;
clinic: sign-up with her SNILS and state policy, SMS code, the questionnaire (gzip), a vein
ultrasound PDF, lab results by card number in the query, the appointment, a consent signature, a
payment, a check-in (5 decimals), a protobuf session record (leech count, site, pain), a msgpack
diary, a photo of the bites, a message to the doctor, compression stockings (calf and height,
delivery address), sharing with her husband, invoices by card number in the path, the
tax-deduction certificate with her INN; movement: volunteer sign-up, the petition signed, a camp
shift, a check-in (6 decimals), a protobuf camp beat, a rally RSVP with her husband, a donation
to the legal fund, an appeal to the republic's head, a photo of quarry trucks with her fix (5
decimals), a camp chat, a ride offered, a dust reading from a sensor that is not hers, shifts by
volunteer number in the path, a question to the lawyer about a police report, a base64 JSON
preferences cookie; archery: the parent's OAuth log-in, linking the son by birth certificate, his
registration (SNILS), the sports-medicine certificate (gzip) and scan, trainings by member number
in the path, the monthly fee, a tournament entry, a bow hired, a pick-up authorisation for his
grandmother, the door check-in (5 decimals), a message to the coach (his sore throat), results, a
tournament photo, the club kit (his height), accident insurance, the address, events with a
session cookie; cashback: her card linked (masked number, last four, token, holder), categories,
a receipt QR, a protobuf receipt batch, an offline receipt queue (JSON Lines), shops near her flat
(3 decimals in the query), a loyalty card added and opened by number in the path, a withdrawal
to her account, her INN, an invitation to her sister, a card check (base64 JSON in a form field),
an estimate (msgpack), a dispute; quests: rooms near her mother-in-law's (2 decimals), a booking
naming the players, a payment, a promo code, the parent's waiver for her son (signature image),
a check-in (6 decimals), a hint, the team photo, a rating, a search, a gift certificate for her
husband, the booking by number in the path, a leaderboard nickname; karting: sign-up with her
weight, height and driving licence, heats, a booking for her and her son, the briefing, the
waiver (health declaration, signature), a check-in (4 decimals) with the track's Wi-Fi, a
protobuf live-timing subscription, results by racer card in the path, a season pass, a video
clip, a message giving the son's height, the son's birthday party, a nickname. SDKs: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline
queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep
link (a URL in a JSON field carrying the trip and her e-mail); OpenRTB bids (GPS at 2 or 3
decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and a
fast-payment (SBP) payout; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and an upload.

Negatives are implicit: request, check-in, raft, slot, appointment, thread, game, heat, scan and
order-line IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the rafting base's ID, point and phone, the route, the instructor and camp IDs; the
clinic's ID and point, the doctor's ID, the room; the shihan's ID and summit, the map's bounding
box, the dust sensor's ID, point and readings (not her device), the car model of the ride;
the archery hall's ID and point, the group, the school and class, the bow's specification, the
medical certificate's own number; shop IDs and points, the bank's BIC, the fiscal drive and
document numbers and signatures inside receipt QR strings, promo codes, cashback percentages; the
quest venue's ID and point, rooms, the team name; the track's ID and point, kart numbers, lap
time in seconds, briefing answers.

Conventions kept from sets 20-37 and 151 (as set 151 states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, district, region, post code and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, bookings, passes, policies bought and orders
``financial.purchase``; card data, masked numbers, last four digits, payment-method and card
tokens and bank accounts ``financial.payment``; another person's full name, phone and e-mail
typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too; positions
at 2 decimals ``location.coarse``, at 3 or more ``location.precise``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Arslan, Azat, Ilshat, Laura) is not ``contact.name`` except
  where the text is about the child's health (the message to the coach); full names always are;
- the Russian residence permit, US passport, driving licence, INN and SNILS (hers and the son's)
  and the son's birth certificate ``personal.national_id``; her state health insurance (OMS)
  policy ``health.medical`` (an insurance member number, as sets 37 and 151);
- the clinic's medical card number (body, JWT ``karta``, query, URL path, protobuf)
  ``health.medical``; conditions, medicines, allergies, pain, bleeding, itching, temperature,
  the number of sessions and leeches and the bite site ``health.medical``; "not pregnant" (a
  boolean and in the karting declaration) ``health.medical`` only, as set 151's ``orsuloba``;
  the vein ultrasound, lab PDF, certificate scan and bite photo ``content.media|health.medical``;
  the consent and waiver signature images ``content.media``; calf circumference, height and
  weight ``health.fitness`` (also in the message giving the son's height);
- movement: membership, the petition (its slug says "against the quarry"), the signature flag, the
  camp shift's kind, the rally's ID and the placard flag, the legal fund, push and analytics tags
  ``personal.sensitive`` (political opinion); the appeal, the joining reason, the photo caption
  and the question to the lawyer ``content.text|personal.sensitive``; the camp chat message (a
  rota question) ``content.text`` only; her husband named as coming to the rally
  ``contact.name`` only; the volunteer number ``id.user``;
- the son is a data subject: birth certificate and SNILS, member number (body, query, JWT
  ``balalar``, URL path), name, birth date, sex, age, the tournament age class ``U12``
  ``personal.birthdate`` (an age band), his health group, eyesight and allergy
  ``health.medical``; his school and class are left unlabelled (institutions, as set 151's);
- cashback: a receipt QR string is opened by the decoders as a query string and its sum ``s``
  is labelled ``financial.purchase`` (the fiscal IDs beside it are negatives); the chosen
  categories (pharmacy, children's goods, cafes) unlabelled; the loyalty card number ``id.user``
  (her account at the chain, as set 151's bath card); the card holder ``JANE DOE``
  ``contact.name``;
- leaderboard and rating nicknames ``id.user``; a team name unlabelled; the track's Wi-Fi she
  joins ``location.wifi``;
- places: her mother-in-law's flat (a route start, a 2-decimal search bias) is the family's
  place, labelled by precision; businesses' and the hill's points are negatives;
- SDKs: Burzytrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``BA``) and city ``location.coarse``.

Looked at (stated honestly): set 151 whole (``eval_families151.py`` and its ``_kit``, ``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_sdk`` and
``_svc`` modules; the last two copied with renames into this set's ``_sdk.py``/``_svc.py``),
``eval_payloads.py`` whole, ``/work/shared/TAXONOMY.md`` and ``/work/shared/DESIGN.md``; from
the helper kits only definitions and signatures: a listing of the top-level names of
``eval_families6_kit``, ``17_kit``, ``18_kit``, ``19_kit``, ``20_kit``, ``21_kit``, ``22_kit``
and ``24_kit``, the bodies of ``raw``, ``multipart``, ``pb`` (6), ``App``, ``ev``, ``opaque``
(20), ``at_path``, ``sdk_uid`` (21), ``lines``, ``sdk_uuid`` (22), ``rid``, ``sdk_id``,
``head``, ``claims`` (24) and ``sjwt`` (18), the import list of ``17_kit``, and a grep for where
``report``, ``listed_once``, ``Acc``, ``add``, ``enc``, ``jsonl`` and the category constants are
defined (``7_kit``, ``8_kit``, ``10_kit``, ``15_kit``, ``16_kit``, ``eval_families21.py``).
Other sets: only the file-name list and a dump of every ``eval_families*`` module docstring,
searched for candidate words, with short excerpts read around the hits (the first part of set
171's entry docstring, the openings of ``117_kymyz``, ``196_sylgy``, ``137_arasan`` and
``169_duz``, and one-line contexts of hits in sets 184, 206 and 229); ``grep -ril`` counts of the
vendor and app names over ``scripts/``. No classifier, rule, test, decoder or README was read or
run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families241_hal
import eval_families241_holok
import eval_families241_kart
import eval_families241_kirehum
import eval_families241_kvest
import eval_families241_tau
import eval_families241_uqsy
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
    return [*eval_families241_hal.agidelhal(), *eval_families241_hal.agidelhal_sdks(),
            *eval_families241_holok.holok(), *eval_families241_holok.holok_sdks(),
            *eval_families241_tau.tauhaqlau(), *eval_families241_tau.tauhaqlau_sdks(),
            *eval_families241_uqsy.uqsy(), *eval_families241_uqsy.uqsy_sdks(),
            *eval_families241_kirehum.kirehum(), *eval_families241_kirehum.kirehum_sdks(),
            *eval_families241_kvest.tabyshmaq(), *eval_families241_kvest.tabyshmaq_sdks(),
            *eval_families241_kart.yarysh(), *eval_families241_kart.yarysh_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
