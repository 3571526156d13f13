"""Two-hundred-and-ninety-first, BLIND labelled set for the classifier evaluation ("blind288"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) ran after the set was written and exited 0 the first time; it was re-run after small edits
(ASCII-folding a few keys, an unused import). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (155 first-party calls and 79 SDK calls, 234 exchanges, 1,693
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Rezekne (Latgale, eastern Latvia) with her Latgalian husband Jezups
Vucans, her US SIM roaming; their son Ontons (11) is in class 5.b of a Rezekne secondary school;
her mother-in-law Monika Vucane keeps the family's small farm in Ozolaine parish, registered to
her. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named
as sender), each with its own API whose keys are Latgalian, ASCII-folded as a local developer
would write them (values and typed text keep the diacritics), mixed with the English words APIs
keep (``token``, ``id``, ``push_token``, ``refresh_token``, ``grant_type``, ``q``):
- ``eval_families291_tilts.py`` "Tilts": a peer-to-peer loan marketplace where she invests (THE
  MONEY APP): ``vuords`` first name, ``pavuords`` surname, ``e_posts`` e-mail, ``tuolrunis``
  phone, ``parole`` password, ``dzimsonys_dina`` birth date, ``personys_kods`` personal code,
  ``pilsoneiba`` citizenship, ``adress``, ``mists`` town, ``pasta_indekss`` post code,
  ``valsts`` country, ``investors``, ``suma`` amount, ``aizdavums`` loan, ``iguldejums``
  investment, ``nudukli`` taxes, ``asv_nudukla_nr`` US tax number, ``paraksts`` signature,
  ``nu_konta`` / ``uz_kontu`` from / to account, ``draugs`` friend, ``vasts`` message,
  ``ireice`` device, ``nutykumi`` events, ``lituotuojs`` user;
- ``_muols.py`` "Muols": a members' ceramics studio in the Daugavpils fortress (wheel throwing,
  black-smoked ware, kiln firing, a craft-fair stall): camelCase ``ePosts``, ``mobTuolrunis``,
  ``parols`` password, ``dzimsonysGods`` birth year, ``dzeivisvita`` residence, ``bidrs``
  member, ``nudarbeiba`` class, ``cena`` price, ``moksa`` payment, ``vita`` place, ``plotums`` /
  ``garums`` latitude / longitude, ``dorbi`` works, ``ceps`` kiln, ``dadzynuosona`` firing,
  ``pasyutejums`` order, ``paleigs`` helper, ``puordusonys`` sales, ``vierteiejums`` rating,
  ``sanemejs`` recipient, ``komentars``;
- ``_bolss.py`` "Bolss": a regional newsroom's voting advice application for the October 2026
  Saeima election (THE SENSITIVE TRAIT: her political opinions; also ethnicity and native
  language in the optional demographics): ``vaicuojums`` question, ``atbilde`` answer
  (``pikreitu`` / ``napikreitu``), ``svors`` weight, ``temys`` topics, ``partija`` party,
  ``vacuma_grupa`` age group, ``dzymums`` sex, ``tauteiba`` ethnicity, ``dzymtuo_voluda`` native
  language, ``izgleiteiba`` education, ``nuovods`` municipality, ``kandidats``, ``iecirkni``
  polling stations, ``atguodynuojums`` reminder, ``sesija`` session, ``kam`` to whom;
- ``_vadars.py`` "Vadars": a food-intolerance and elimination-diet clinic in Daugavpils treating
  her histamine intolerance (THE HEALTH APP): ``polise`` insurance policy, ``karte`` patient
  card, ``simptomi`` symptoms, ``ilgums`` duration, ``zuolis`` / ``zuole`` medicines / medicine,
  ``alergeja``, ``grutniceiba`` pregnancy, ``smeke`` smokes, ``svors`` weight, ``augums``
  height, ``analizes`` lab tests, ``uorsti`` doctors, ``pieraksts`` appointment, ``iemesls``
  reason, ``dinysgruomota`` diary, ``iedins`` food, ``reakceja`` reaction, ``maltiite`` meal,
  ``receptes`` prescriptions, ``aptieka`` pharmacy, ``kompensaceja`` reimbursement, ``rekins``
  invoice;
- ``_ritins.py`` "Ritins": the parent's side of the son's bicycle-rider licence course and exam
  through his school (THE CHILD): ``vacuoki`` parents, ``barns`` / ``barni`` child / children,
  ``skola``, ``klase``, ``redze`` eyesight, ``tests``, ``punkti``, ``eksamens``, ``piekrisona``
  consent, ``trenins`` practice, ``cels`` route, ``apliceiba`` licence, ``piguode`` delivery,
  ``aizbildnis`` guardian, ``velosipeds``, ``ramis`` frame, ``kruosa`` colour;
- ``_atdud.py`` "Atdud": the deposit-return app for bottles and cans at shops' reverse-vending
  machines: ``konts`` account, ``lojalitates_karte``, ``automati`` machines, ``tyvuma`` nearby,
  ``tara`` container, ``svitrkodi`` barcodes, ``kvits`` voucher, ``zidujums`` donation,
  ``izmoksa`` payout, ``viesture`` history, ``zinuot`` report, ``akceja`` drive, ``meklet``;
- ``_lauki.py`` "Lauki": the paying agency's app for the EU single area payment of the family
  farm: ``saimniceiba`` holding, ``sola`` village, ``pogosts`` parish, ``bankys_konts``,
  ``lauks`` field, ``rubeza`` boundary, ``plateiba_ha`` area, ``kulturaugs`` crop,
  ``pieteikums`` application, ``atbolsts`` aid, ``meslojums`` fertiliser, ``lupi`` livestock,
  ``moksajumi`` payments, ``plausona`` mowing, ``pilnvara`` power of attorney,
  ``pilnvarotais`` proxy, ``laiks`` weather.
Novelty (checked on the file names of ``scripts/eval_families*`` and on every module docstring
of those files, extracted with ``ast`` into a scratch file and grepped): "latgal", "daugavpils",
"rezekne"/"rēzekne" matched nothing ("latvia" and "riga" only set 82's Riga set and SDK notes);
"ceramic" only a children's art school with ceramics and "pottery" only extras and prices (no
studio of her own); "voting advice", "election compass", "political compass", "vote match"
nothing ("referendum" only statements that it was checked; canvassing, petitions and voter cards
are other kinds); "food intoleran", "elimination diet", "fodmap" nothing ("histamine" only an
allergen-panel control); "bicycle licen", "cycling licen", "cycling test", "cycling proficiency"
nothing ("bike licen" a motorbike licence); "deposit return", "deposit-return", "reverse
vending" nothing ("bottle deposit" one feature inside a farm-shop app); "crowdlend", "loan
market", "p2p lend", "peer-to-peer" as lending nothing ("lending" only micro-lending and instant
loans as a borrower, "investor" a unit trust); "area payment", "field declaration", "cap
payment" nothing ("subsidy" appears for other farm kinds). No file name contains any of the
seven app names. The SDKs are ten new vendors, built once and called by every app with its own
events: ``_sdk.py`` (analytics "Metrilatga", MMP "Trackazars", OpenRTB 2.5 ads "Bidkukle", crash
reporting "Crashdaugava") and ``_svc.py`` (flags "Flagrazna", push "Pingklocka", consent
"Consentrezne", payments "Coinlats", maps "Mapluban", support chat "Helprosica"); their code is
set 151's ``_sdk.py``/``_svc.py`` copied with the vendors, hosts, zone (Europe/Riga), country
(LV; OpenRTB LVA, region ``REZ``, city Rezekne), locale and currency (EUR) changed (the
docstring grep found none of the ten names). ``eval_families291_kit.py`` holds her places,
people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes, a personal-code log-in with a second factor), ``/muns``-style GETs with JWT bearers;
loans: registration with her personal code, KYC passport scan and selfie, suitability (gzip), a
W-9 with her SSN, a deposit from her IBAN, listings, a loan by ID in the path, an investment,
auto-invest (msgpack), the portfolio by investor number in the path, a secondary-market offer
(protobuf), a withdrawal with an SMS code, the tax statement, a referral of a friend, support,
a base64 JSON preferences cookie; ceramics: membership, the timetable, a class booked and paid,
a check-in with her fix (6 decimals), her pot's photo, a kiln firing (msgpack), the kiln's
readings on her duty (JSON Lines), a clay order, a glaze search, a message to the master potter,
a fair stall with the potter as helper, the fair's sales (gzip), her works by member number in
the path, a review, a ten-class pass as base64 JSON in a form field, a gift card for her husband;
voting advice: the questions, a session, answers as protobuf and JSON (with a comment), topic
weights (msgpack), demographics (gzip), the result by session in the path, a comparison with her
top party in the query, a share with her husband, an account, a candidate search, a question to
a candidate, polling stations near their flat (3 decimals), an SMS reminder, a newsletter, her
result in a base64 JSON cookie; diet clinic: registration with her personal code and policy, the
questionnaire (gzip), a lab PDF, an appointment, payment, a check-in (5 decimals), a protobuf
diary entry, an offline diary queue (JSON Lines), a meal photo, a message to her dietitian,
prescriptions, a video token, a recipe search, sharing with her husband, invoices by card number
in the path, an insurance reimbursement to her IBAN, a pharmacy reservation; bicycle licence:
the parent, the son with his personal code, tests by child number in the path, an attempt, the
exam booked and paid, his photo, the consent signed, a practice ride (JSON Lines fixes and a
msgpack summary), the exam check-in (5 decimals), the licence by number in the path, its
delivery, a teacher message, the bike, notices, a search, the husband as second guardian, events
with a session cookie; deposit return: machines near the flat (3 decimals), a machine status by
ID in the path, a check-in (``lat,lon`` string, 5 decimals), the protobuf machine session,
barcodes (msgpack), a voucher, a donation, a payout, history by account number in the path, a
report with a photo, a school-class drive, a search, a base64 JSON cookie; farm: log-in by
personal code, the holding by number in the path, contacts and account, two field boundaries
(one gzip), the application, a geotagged photo, fertiliser (msgpack), livestock, payments, an
adviser message, mowing (``lat,lon``), an offline field queue (JSON Lines), the organic
certificate PDF, a search, a power of attorney for her husband, the weather at 2 decimals.
SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form
field), offline queues (JSON Lines), base64url beacons; MMP installs, sessions and events (hashed
e-mail and phone); OpenRTB bids (GPS at 2 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and a mobile-wallet payout; geocoding, reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, session, loan, loan-part, class, work, slot, appointment,
thread, group, QR and application IDs, idempotency keys, nonces, timestamps, versions, public
SDK keys, OpenRTB IDs and prices; loan filters (country, rate, term) and interest rates; the
studio's ID, name, point and phone, the kiln and its temperatures (a device that is not hers),
clay SKUs, works' weights, the fair's ID and square; the quiz's question IDs and versions, the
VAA session ID and the result path, the candidate and debate IDs, the polling station's ID and
point; the clinic's ID and point, the lab and pharmacy IDs; the school's ID and yard point, the
class, test IDs and scores, the bike's frame number, make and colour; the reverse-vending
machine's ID, point and firmware, container counts and product barcodes (EANs), the charity's
ID; field names, hectares, crops, fertiliser kilograms, livestock counts, the agency's office
point, the application's reference.

Conventions kept from sets 20-37 and 151 (as set 151 states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs,
push tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session and video
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled
per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, village, parish, municipality, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, prices she pays,
vouchers, invoices, bookings and orders ``financial.purchase``; card data, last four digits,
payment-method IDs and IBANs ``financial.payment``; another person's full name, phone and e-mail
typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Sandra, Jezup, Piter) is not ``contact.name``; the son's full
  name and a name with a surname always are;
- citizenship (``pilsoneiba`` "US"/"ASV"), the passport's issuing country and expiry, education,
  income band, investment experience and goals are left unlabelled (no taxonomy type; not
  ethnicity, not payment data);
- loans: her Latvian personal code, US passport number and SSN ``personal.national_id``; the
  passport scan ``content.media|personal.national_id``; the selfie ``content.media`` only (an
  image, not a faceprint); the investor number ``id.user`` (body, JWT, query, path, protobuf,
  cookie, SDKs); deposits, investments, the auto-invest budget, the secondary-market price and
  withdrawals ``financial.purchase`` (her transactions);
- ceramics: the member number ``id.user``; her sales at the fair and their total
  ``financial.purchase`` (as set 151's wine sales); the master potter typed as her stall helper
  ``contact.name``/``contact.phone``;
- voting advice: every answer, weight and topic weight, the best-matching party and match
  percentage (query, cookie, events, analytics, push tag, share text) ``personal.sensitive``
  (political opinions); ``tauteiba`` and ``dzymtuo_voluda`` (native language, the ethnic marker
  in Latvia) ``personal.sensitive``; the age group ``personal.birthdate``; the comment on Latgalian
  in schools ``content.text|personal.sensitive``; the question to a candidate about the hospital
  ``content.text`` only (a concern, not a stated opinion); the VAA session ID unlabelled;
- diet clinic: the patient card number and insurance policy number ``health.medical`` (as set
  37's member ID and set 151's chart), in body, JWT, query, path and protobuf; symptoms,
  diagnosis, medicines, allergy, pregnancy, smoking, lab values and the diary's foods and
  reactions ``health.medical`` (the elimination diet is the treatment's record); weight and
  height ``health.fitness``; the lab PDF ``content.media|health.medical``; the meal photo
  ``content.media`` only;
- bicycle licence: Ontons is a data subject: his personal code and licence number (body, path)
  ``personal.national_id``, his account in the app ``id.user`` (body, JWT ``barni``, path), name,
  birth date, sex, eyesight ``health.medical``; his photo ``content.media``; the practice ride's
  distance and minutes ``health.fitness``; the practice-ride fixes come from her phone walking
  beside him ``location.precise``; a teacher message with his full name and a hurt leg
  ``content.text|contact.name|health.medical``;
- deposit return: the deposit account and the shop loyalty card ``id.user``; the voucher number
  and amounts ``financial.purchase``; the son's full name in the class drive ``contact.name``;
- farm: the holding number ``id.user``; the farmhouse address ``contact.address`` (her
  property) and its village, parish, municipality, post code ``location.coarse``; the fields'
  corners, the photo's geotag, the mowing point and queued fixes ``location.precise`` (her land,
  her phone); cadastral-style field names unlabelled; the husband's personal code typed by her
  ``personal.national_id``; the message about her mother-in-law's heart surgery
  ``content.text|contact.name|health.medical``; the weather query at 2 decimals
  ``location.coarse``;
- SDKs: Trackazars's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region and city ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3
  or more ``location.precise``; the VAA's analytics and push tags carrying the party
  ``personal.sensitive``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and the report.json section of
``/work/shared/DESIGN.md``; ``eval_families151.py`` and all its modules whole (``_abano``,
``_building``, ``_dental``, ``_parish``, ``_qvevri``, ``_school``, ``_svan``, ``_kit``, ``_sdk``,
``_svc``; ``_sdk.py``/``_svc.py`` copied with renames into this set's) and ``eval_payloads.py``
whole; of the helper kits only definitions and signatures: the import list, constant names,
``def`` lines and ``__all__`` of ``eval_families17_kit.py``; ``App``, ``ev``, ``opaque`` and the
constants of ``eval_families20_kit.py``; ``rid``, ``sdk_id``, ``head``, ``claims``, ``others``
and the constant lines of ``eval_families24_kit.py``; ``at_path`` and ``sdk_uid`` of
``eval_families21_kit.py``; ``gql``, ``lines``, ``sdk_uuid``, ``tracking`` of
``eval_families22_kit.py``; ``raw``, ``encode``, ``multipart``, ``pb`` of
``eval_families6_kit.py``; the constant lines of ``eval_families18_kit.py`` (a ``grep`` of
definitions over these kits, which also listed ``eval_families19_kit.py``'s). The file names of
``scripts/eval_families*`` and the module docstrings of those files (extracted with ``ast`` to a
scratch file, grepped for the candidate kinds and vendor names; matching docstring lines were
read). No classifier, rule, test, decoder, README or other set's code was opened or run
(``ruff check --select F`` ran on these files and removed one unused import).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families291_atdud
import eval_families291_bolss
import eval_families291_lauki
import eval_families291_muols
import eval_families291_ritins
import eval_families291_tilts
import eval_families291_vadars
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
    return [*eval_families291_tilts.tilts(), *eval_families291_tilts.tilts_sdks(),
            *eval_families291_muols.muols(), *eval_families291_muols.muols_sdks(),
            *eval_families291_bolss.bolss(), *eval_families291_bolss.bolss_sdks(),
            *eval_families291_vadars.vadars(), *eval_families291_vadars.vadars_sdks(),
            *eval_families291_ritins.ritins(), *eval_families291_ritins.ritins_sdks(),
            *eval_families291_atdud.atdud(), *eval_families291_atdud.atdud_sdks(),
            *eval_families291_lauki.lauki(), *eval_families291_lauki.lauki_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
