"""Two-hundred-and-sixty-ninth, BLIND labelled set for the classifier evaluation ("blind266"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run four
times at the end, each exiting 0 with no unproduced path and the same counts (the first before
``ruff --select F --fix`` removed seven unused imports, the later ones after docstring edits
and one changed word in a label's value). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (152 first-party calls and 78 SDK calls, 230 exchanges, 1,687
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Kyzyl (Tuva, Russia) with her Tuvan husband Aldyn-Ool Mongush, who
carves chonar-dash (agalmatolite soapstone) figurines; her US SIM roams on a Russian network;
their son Ertine (10, born 2015-11-04) is in the fourth class and in the kazhyk (ankle-bone
shooting) section of a youth sports school; the husband's mother Choduraa Mongush lives in her
house in Chadan (Dzun-Khemchik district), where the family spends summers; her own sister Laura
is in Vermont (all fictional). Money is in RUB, phones are +7, the zone is Asia/Krasnoyarsk.

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Tuvan as a local developer writes them, folded to
ASCII (ö/ü to o/u, ng for the velar nasal, h for the Tuvan kh, zh/ch/sh), mixed with the English
words real APIs keep (``token``, ``id``, ``user``, ``events``, ``refresh_token``) and Russian
loans where a Kyzyl developer would use them (``familiya``, ``pasport``, ``inn``, ``schet``,
``zakaz``, ``kvartira``, ``spravka``); each module's docstring lists its keys:
- ``eval_families269_arzhaan.py`` "Karasug": a healing-spring (arzhaan) camp's stay app (health):
  ``ady``, ``familiya``, ``el_shuudang`` e-mail, ``chazhyt_sos`` password, ``toruttungen_hunu``
  birth date, ``er_kys`` sex, ``churttaar_cheri`` residence, ``hooray`` town, ``kozhuun``,
  ``oms_polis``, ``aalchylar`` guests, ``bron``, ``ortek`` price, ``tolevir`` payment, ``kadyk``
  health, ``aaryglar`` illnesses, ``emner`` medicines, ``han_bazyyshkyny`` blood pressure,
  ``shirota``/``dolgota``, ``turar_cher``, ``unelel``, ``demdeglel``, ``dileeshkin``, ``medee``,
  ``hereksel`` device, ``dyl``, ``azhyglakchy`` user, ``boluushkunnar`` events;
- ``_kazhyk.py`` "Kazhykchy": the son's kazhyk section (the child): ``ada_iye`` parent, ``oglu``
  son, ``familiyazy``, ``torutken_hun``/``torutken_chyl``, ``snils``, ``svidetelstvo``,
  ``kelgen`` attendance, ``chok`` absence, ``chyldagaan`` reason, ``marylda`` contest,
  ``har_bolugu`` age group, ``kadyk_bolugu`` health group, ``bashky`` coach, ``chuve`` item;
- ``_chonar.py`` "Chonardash": the husband's carvings shop she runs as self-employed (money):
  ``sadykchy`` seller, ``uzchu`` craftsman, ``budurug`` product, ``dengzi`` weight, ``chorudar``
  sender, ``chedirilge`` delivery, ``schet``/``bik`` account, ``tolevirler`` payouts, ``chek``,
  ``vid_na_zhitelstvo`` residence permit;
- ``_deputat.py`` "Kyygyr": the city deputy's reception and appeals (politics): ``songgukchu``
  constituent, ``kyygyryg`` appeal, ``okrug``, ``sozuglel`` text, ``priem``, ``detkikchi``
  supporter, ``partiya``, ``bodal`` opinion, ``aityryg``/``harygy`` question/answer,
  ``huleeshkin`` donation;
- ``_shagaa.py`` "Shagaa Bayyrlal": the city's lunar New Year festival app (religion in the
  dawn offering and a lama's reading): ``bayyrlal``, ``bilet``, ``tyva_hep`` dress, ``holezi``
  rent, ``razmer``/``boy``/``hoyun`` size/height/chest, ``san_salyry`` offering, ``olchei``
  blessing, ``nom`` reading, ``huree`` temple, ``kizhiler`` people;
- ``_chistek.py`` "Chistek": a sea-buckthorn pickers' cooperative (payouts for berries):
  ``chyykchy`` picker, ``uchastok`` plot, ``chistek`` berries, ``sumka`` bag, ``karta``,
  ``kene`` tick, ``pasport``;
- ``_septeer.py`` "Septeer": an appliance-repair and handyman call-out marketplace:
  ``septelge`` repair order, ``tehnika`` appliance, ``buzulgan`` fault, ``kudumchu``,
  ``kvartira``, ``podezd``, ``domofon``, ``chai_aksha`` tip, ``garantiya``, ``dyn`` sound.
The kinds are new: a file-name and module-docstring grep of ``scripts/eval_families*`` (the
docstrings extracted with ``ast`` into a scratch file, then searched) found nothing for
"arzhaan", "mineral spring", "healing spring", "hot spring", "kazhyk", "knucklebone",
"shagai", "bone game", "soapstone", "agalmatolite", "figurine", "deputy", "city council",
"councillor", "shagaa", "lunar new year", "sangy", "sea-buckthorn", "buckthorn",
"appliance repair", "handyman", "kyzyl", "chadan", "yenisei"; near kinds were made different
(sanatoria in sets 137-264: Karasug is a spring camp with a course of baths and water to take
home; party and petition apps in 221-258: Kyygyr is an elected deputy's constituency desk;
berry/foraging apps in 126-245: Chistek is a cooperative's picker card, weigh-ins and payouts;
plumber and electrician apps in 57 and 60: Septeer is a general repair marketplace; craft
sellers exist, none carvings; set 264 (Buryatia) has a shaman ritual, a datsan and a
sanatorium, so Shagaa is a city festival app whose religious part is one offering and one
reading). Earlier Tuvan-looking hits were Tuvalu (set 179); sets 93 and 141 (Mongolia) have
TB DOT, herding, throat singing, Naadam and a residents' app, all avoided. The SDKs are ten new
vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Ulugmetric", MMP "Trackhem", OpenRTB 2.5 ads "Bidsarlyk", crash reporting "Crashtaiga") and
``_svc.py`` (flags "Flagkhemchik", push "Pingsayan", consent "Consentkhol", payments
"Payyenisei", maps "Mapubsu", support chat "Helpkhovu"); their code is set 151's SDK shapes with
the vendors, hosts, zone, country, region, city, currency and versions changed (a grep of
``scripts/`` found none of the ten names, nor the seven app names, nor "Mongush").
``eval_families269_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, SMS and e-mail codes), ``/men``
and ``/meni`` GETs with JWT bearers; spring: springs near the Chadan house (2 decimals), a cabin
for the three of them (the son's age), the payment, the health questionnaire (gzip: gastritis,
kidney stones, omeprazole, blood pressure, her health-insurance policy), the doctor's referral
PDF, a check-in with her fix, a protobuf stay beat, the course of baths (msgpack), a wallet by
cookie, a review and a search that state her illness, water to take home, a shared car, the
receipt by stay number in the path, a message to the camp doctor, her mother-in-law as
emergency contact; kazhyk: the parent's SMS log-in, ``/men`` with an ``ooldar`` claim, enrolment
(birth certificate, SNILS), the sports-doctor certificate PDF with the health group, the
schedule by section number in the path, attendance, an absence (a cold), the fee, a tournament
entry (birth year), bones bought, the pick-up check-in (5 decimals), a message to the coach,
results, a tournament photo, a photo consent, a carpool naming her husband, sports insurance,
a search, notices, events with a session cookie; carvings: seller sign-up (INN, residence
permit, husband as craftsman), SMS code, the tax status by INN in the query, a product and its
photo, the workshop pick-up point (her shed, 6 decimals), a label, a courier, the payout
account, payouts, a tax receipt (gzip), a stock note (msgpack), an offline sync (JSON Lines),
sales by seller number in the path, a buyer message, a fair stall, statistics by cookie;
deputy: sign-up (birth year, address, constituency), e-mail code, the constituency by street and
house number, an appeal with her fix and a photo, its status, a reception slot, a collective
appeal signed, supporter registration, an election poll answer and her reason, a meeting RSVP,
news, a campaign donation, a message about her mother-in-law's pension, a search, a newsletter,
a flyer shift, a base64 JSON preferences cookie; festival: SMS log-in, profile, programme,
tickets and payment, dress rental with her and her son's sizes, the dawn-offering registration
and her check-in (4 decimals), a lama's reading naming the family, the year-animal reading
(birth dates), a greeting card to her sister, a contest photo, a vote, the fair near her flat
(3 decimals), a search, a lost item quoting her phone, favourites (msgpack), tickets by cookie;
berries: sign-up (her US passport, the Chadan house), log-in, plots (2 decimals), a plot with
her mother-in-law, a check-in in the thicket, a protobuf beat, a msgpack fix queue, the
weigh-in, payouts by phone and to a card, the price board, the season by picker number in the
path, a photo, a tick bite, a message, the truck, oil bought, a JSON Lines sync; repair: SMS
log-in, her address with the intercom code and point, an order, a photo and a sound recording of
the fault, the estimate by order number in the path, the arrival, her fix at the entrance, the
payment, a tip, a review, a warranty claim (msgpack), a chat quoting her husband's phone, a job
at the Chadan house with her mother-in-law as contact, a base64 JSON promo cookie, a receipt by
e-mail. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a
form field), offline queues (JSON Lines), a base64url beacon; MMP installs, events (hashed
e-mail and phone) and a deep link (the ticket order and her phone); OpenRTB bids (GPS at 2 or 3
decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and
fast-payment payouts to her phone; geocoding (one of her street line), reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, check-in, booking-line, slot, note, plot, weigh-in, claim,
chat and photo IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs
and prices; the spring camp's ID, name, point and cabin, the polyclinic's name; the sports
school's ID, point, group and team; the product, its price, weight and size, the market's
point, the bank code, the buyer's ID; the deputy's office, the appeal's registration number,
the poll's question ID, street names of a flyer shift; the concert seats, the square's and the
temple's points, the contest's photo ID; the collection point's ID and point, kilograms,
bags and price per kilogram; the appliance's model, the master's ID, the promo code.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/e-mail codes, the intercom code, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, district, region and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, fares, bookings, stays and orders
``financial.purchase``; card data, last four digits, payment-method IDs, card tokens and her
account ``financial.payment``; another person's full name and phone typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name`` (Laura in a greeting, Sergei the
  master) except where the text is about the child (the absence note, the tournament caption)
  or names a person with a surname or patronymic; the child's full name always is;
- spring: the compulsory health-insurance (OMS) policy number ``health.medical`` (as set 37's
  insurance member ID and set 151's chart number), not ``personal.national_id``; the son's age
  ``personal.birthdate``; the bath course's indication ``health.medical``; a search for a spring
  for stomach pain ``behavior.search|health.medical``;
- kazhyk: the son is a data subject: SNILS and birth certificate ``personal.national_id``,
  section number ``id.user`` (body, query, JWT ``ooldar``, URL path), name, birth date, birth
  year, sex; the health group and fitness-to-train flag ``health.medical``; the sports
  insurance policy number ``financial.purchase``;
- carvings: the seller number ``id.user``; her INN and residence permit
  ``personal.national_id``; the shed behind the block ``location.precise`` (the family's),
  the market point a negative; the product photo ``content.media`` (her household's work); the
  tax receipt's amount ``financial.purchase`` (her sales, as set 151's excise revenue);
- deputy: the constituent number ``id.user``; the constituency number ``location.coarse``
  (derived from her address); a street name and a house number sent apart ``contact.address``
  each; the appeal's registration number a negative (a case number); the movement named as the
  one she supports, her supporter flag and role, the poll answer, the campaign fund and the
  flyer shift ``personal.sensitive`` (political opinion), her reason in the poll
  ``content.text|personal.sensitive``; the road appeal and the collective appeal are civic
  requests, not political opinions (``content.text`` and her name and address only);
- festival: the dawn offering, the lama's reading and the year-animal reading's kind
  ``personal.sensitive`` (religion, as set 151's parish), the blessing she typed
  ``content.text|personal.sensitive``; the family's names for the reading ``contact.name``;
  dress sizes, heights and chest ``health.fitness`` (body measurements), the son's too;
- berries: the picker card ``id.user``; her US passport ``personal.national_id``; kilograms and
  the price per kilogram negatives, the amounts paid her ``financial.purchase``; the tick bite
  ``content.text|health.medical``;
- repair: the sound recording of the washing machine and its photo ``content.media`` (media she
  made, though not of a person); the intercom code ``secret.credential`` (as set 151); the typed
  geocoding query of her street line ``contact.address``;
- SDKs: Trackhem's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``TY``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; the fast-payment payout's
  ``msisdn`` ``contact.phone``.

Looked at (stated honestly): the brief; TAXONOMY.md; set 151 whole (``eval_families151.py`` and
all nine of its modules) and ``eval_payloads.py`` whole; from the helper kits only definitions
and signatures: the constants and ``push_token`` of ``eval_families17_kit`` (and its import
list), ``App``/``ev``/``opaque``/``DOB``/``T0`` of ``eval_families20_kit``, ``at_path``/``sdk_uid``
of ``eval_families21_kit``, ``lines``/``sdk_uuid`` of ``eval_families22_kit``, ``rid``/
``sdk_id``/``head``/``claims`` and the card constants of ``eval_families24_kit``, ``sjwt`` of
``eval_families18_kit``, ``EMAIL_MIXED`` of ``eval_families19_kit``, ``raw``/``multipart``/
``pb``/``E164`` of ``eval_families6_kit``, and ``report`` of ``eval_families8_kit`` (to know
what ``main`` prints); the list of ``scripts/`` file names and the module docstrings of
``scripts/eval_families*.py`` (extracted to a scratch file and searched for the candidate words
above, with short excerpts around hits for "greeting", "dedication", "broadcast",
"checkpoint", "border", "hay" and the heads of the docstrings of sets 93, 141, 179 and 264);
a name-only ``grep -ril`` count over ``scripts/`` for the new vendor and app names. An earlier
count-only ``grep -il`` over whole ``eval_families*.py`` files for candidate words was run once
before switching to docstrings only (it printed file counts, no content). No classifier, rule,
test, decoder or README was read or run; DESIGN.md was not re-read (paths follow set 151's
stated conventions); ``ruff check --select F`` ran on these files (and ``--fix`` removed unused
imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families269_arzhaan
import eval_families269_chistek
import eval_families269_chonar
import eval_families269_deputat
import eval_families269_kazhyk
import eval_families269_septeer
import eval_families269_shagaa
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
    return [*eval_families269_arzhaan.karasug(), *eval_families269_arzhaan.karasug_sdks(),
            *eval_families269_kazhyk.kazhykchy(), *eval_families269_kazhyk.kazhykchy_sdks(),
            *eval_families269_chonar.chonardash(), *eval_families269_chonar.chonardash_sdks(),
            *eval_families269_deputat.kyygyr(), *eval_families269_deputat.kyygyr_sdks(),
            *eval_families269_shagaa.shagaa(), *eval_families269_shagaa.shagaa_sdks(),
            *eval_families269_chistek.chistek(), *eval_families269_chistek.chistek_sdks(),
            *eval_families269_septeer.septeer(), *eval_families269_septeer.septeer_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
