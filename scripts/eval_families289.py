"""Two-hundred-and-eighty-ninth, BLIND labelled set for the classifier evaluation ("blind286"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run at the
end and exited 0 on each of its runs (the first before the docstring was written). It is to
be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (151 first-party calls and 77 SDK calls, 228
exchanges, 1,712 labels after ``listed_once`` as ``main`` prints them, on 1,684 labelled paths),
mostly ordinary placements of the profile's values (``eval_payloads.profile()``, the one every
set uses), with everyday look-alikes. She lives in Sylhet (Bangladesh) with her Sylheti husband
Tanvir Chowdhury, who grew up in London and came back, her US SIM roaming; their daughter Ayesha
(8) is in class 3; her mother-in-law Rokeya Begum lives in the family's village house (the
"bari") in Kadamhata, Rajnagar, Moulvibazar, owned by her husband and his brother Kamrul
Chowdhury in London; the family also has agar trees in Barlekha, Moulvibazar. All fictional.
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API and the SDKs it embeds; the API keys are Sylheti written in ASCII
as a Sylhet developer would (Sylheti sound shifts where they are everyday: ``fodobi`` for
podobi, ``gas`` for gach, ``fukur`` for pukur, ``zaga`` for jaga, ``sobi`` for chobi, ``furi``
girl, ``beti`` woman, ``hori`` mother-in-law), mixed with the English words APIs keep
(``email``, ``token``, ``otp``, ``id``, ``wifi``) and loans (``serial``, ``bukin``, ``ordar``,
``delivari``, ``shaikel``):

- a waz-mahfil (Islamic lecture gathering) events app ``eval_families289_mahfil.py``
  ("Mahfilnama": her religion): ``nam`` first name, ``fodobi`` surname, ``mubail`` mobile,
  ``gufon_shobdo`` password, ``jonmor_tarik`` birth date, ``shoor`` town, ``elaka`` area,
  ``linga`` sex (``beti``), ``mazhab`` school of law, ``islam_grohon`` the year she took
  Islam, ``sodossho_nombor`` member number, ``aashon`` seats, ``manush`` people, ``hajira``
  attendance, ``namaz``, ``chanda`` donation, ``tohbil`` fund, ``foriman`` amount, ``proshno``
  question, ``wayez`` speaker, ``dua`` prayer request, ``zikir``, ``jatri`` passenger,
  ``uthar_zaga`` boarding place, ``bhara`` fare, ``likha`` text, ``khobor`` message, ``tukano``
  search, ``zontro`` device, ``ghotona`` events, ``okkhangsho``/``droghimangsho`` lat/lon;
- a post-chikungunya joint-pain clinic ``_chikun.py`` ("Joraram": her own health data):
  ``fon_nombor``, ``gufon_nombor`` PIN, ``jonmo_din`` birth date, ``tikana`` street line,
  ``rogi_nombor`` patient number, ``lokkhon`` symptoms, ``jor`` fever, ``girar_bish`` joint
  pain, ``fula`` swelling, ``dawai`` medicine, ``daktor``, ``serial`` appointment, ``karon``
  reason, ``fi`` fee, ``rokto_porikkha`` blood test, ``riport``, ``fotu`` photo, ``kodom``
  steps, ``prapok`` recipient, ``kar_shathe`` shared with, ``montobbo`` remark, ``tara`` stars;
- the daughter's recitation (abritti) and drawing academy ``_abritti.py`` ("Kobitaghor": the
  child's data): ``obhibabok`` guardian, ``shishu`` child, ``shomporko`` relation,
  ``jonmo_tarik``, ``jonmo_nibondhon`` birth registration number, ``chatro_nombor`` student
  number, ``klas``, ``mashik_fi`` monthly fee, ``elarji`` allergy, ``wallet_nombor``, ``sobi``
  drawing, ``shironam`` title, ``kobita`` poem, ``protijogita`` competition, ``nite_ashbe``
  collector, ``folafol`` results, ``post_kod``;
- a tea resort near Sreemangal ``_chabagan.py`` ("Chabagan Nibash"): ``mehman`` guest,
  ``passport_nombor``, ``boyosh`` age, ``kamra`` room, ``bukin`` booking, ``ashar_din`` /
  ``jawar_din``, ``mot`` total, ``gaari`` car, ``hata`` walk, ``shorir`` health note,
  ``khana`` meals, ``bishesh`` special request, ``dam`` price, ``harano`` lost item;
- an agarwood grower's app ``_agor.py`` ("Agorbagan": money, her sales and payouts): ``e_tin``
  tax ID, ``grower`` account, ``shoho_malik`` co-owner, ``gaw`` village, ``upozila``, ``zila``,
  ``dag_nombor`` plot, ``bagan`` garden, ``shima`` boundary, ``gas`` tree, ``gaser_nombor``,
  ``perek`` inoculation nails, ``bikri`` sale, ``karkhana`` distillery, ``ozon_kg``,
  ``mot_dam``, ``taka_tola`` payout, ``hiseb_nombor`` account number, ``anumoti`` permit,
  ``atar`` oil;
- a Londoni family's village-house app ``_bari.py`` ("Bari Dekha": money, the caretaker's wage,
  repairs, land tax): ``bari`` the house's account, ``kaz`` role, ``malik`` owners,
  ``faharadar`` caretaker, ``nid``, ``mojuri`` wage, ``dekha`` visit, ``meramot`` repair,
  ``mistri`` mason, ``khajna`` land tax, ``khotian`` record, ``fukur`` pond, ``lij`` lease,
  ``kam`` task, ``khoroch`` expenses, ``mehman`` guest;
- a winter pitha pre-order app ``_pitha.py`` ("Pithaghor"): ``kreta`` buyer, ``ranna_ghor``
  kitchen, ``pitha``, ``kota`` quantity, ``ordar``, ``delivari``, ``prapok`` recipient,
  ``tofa`` gift, ``tofar_likha`` gift note, ``nite_ashlam`` picked up, ``jhuri`` cart,
  ``bondhu`` friend.

The kinds are new by a grep of the file names and module docstrings of ``scripts/
eval_families*`` (docstrings extracted with ``ast``): "mahfil", "haor", "agarwood",
"londoni", "property manag", "pitha", "rice cake", "chikungunya", "abritti", "elocution",
"drawing competition", "tea resort", "sylhet", "moulvibazar" matched nothing; "waz" only
inside other words, "lecture" a university staff app and recorded lessons, "agor" one key
(``yagorg``), "caretaker" only farm and plot caretakers, "tea estate" a leaf-weighing worker
app, "rheumat"/"arthritis" exist (so Joraram is built around a post-chikungunya follow-up:
serials, a pain diary, a CRP/RA/CHIKV blood report, a pharmacy order), "dance class"/"art
class" exist (Kobitaghor is recitation first), "resort" and "stay" apps exist (a tea garden's
bungalows and its walk here), "dargah" nothing, "shrine", "sufi", "urs", "mazar" and
"qurbani"/"sacrifice" found a Sufi shrine and a zikr circle and sacrifice shares (why the
religious app is a lecture gathering, not a shrine), "remittance", "ledger", "flood", "tuition",
"school van", "trampoline" and "homeopath" exist (avoided). The SDKs are ten new vendors, built
once and called by every app with its own events: ``_sdk.py`` (analytics "Metricsurma", MMP
"Trackkushiyara", OpenRTB 2.5 ads "Bidjaflong", crash reporting "Crashmadhab") and ``_svc.py``
(flags "Flagshatkora", push "Pingtilagor", consent "Consenthaor", payments "Payshapla", maps
"Mapjaintia", support chat "Helpchunga"); their code is set 151's with vendors, hosts,
function prefixes, zone (Asia/Dhaka), country (BD/BGD), region and currency (BDT) changed (a
``grep -ril`` count over ``scripts/`` found none of the ten names; "pingnaga" was dropped for
matching). ``eval_families289_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS, OTP
and e-mail codes, a PIN), ``/amar``-style GETs with JWT bearers; mahfil: mahfils near her flat
(3 decimals), the programme, women's-enclosure seats for three, the attendance with her fix (5
decimals), a donation to the madrasa fund, a question to the speaker about her mother-in-law's
fasting with diabetes, a prayer request, the live audio (a stream token in the query), a search,
zikr counts (msgpack), a protobuf listening beat, a bus seat for her mother-in-law, a photo, a
receipt by cookie, donations by member number in the path; clinic: the symptom questionnaire
(gzip), doctors, a serial and its fee, a check-in (4 decimals), a blood report (PDF), a protobuf
pain diary, a photo of the swollen ankle, a message to her doctor, prescriptions, the bill by
patient number in the path, a video room, a pharmacy order, steps (msgpack), sharing with her
husband, feedback, a report by cookie; academy: the sign-up with the child, batches, enrolment
(nut allergy), the fee by mobile wallet, attendance by student number in the path, a gate
pick-up (5 decimals), a drawing and a recitation recording, a competition entry, the family's
driver authorised, a sore-throat note, notices, a search, results, feedback, a practice log
(JSON Lines), a base64 JSON preferences cookie, the address; resort: the stay with her passport
and the family, the payment, a car from the station, check-in (Wi-Fi joined), the garden walk
with her joint pain, a protobuf walk beat, a msgpack fix queue, seven-layer tea and dinner (her
daughter's nut allergy), laundry, a review, the stay by number in the path, a photo, bicycles, a
desk message quoting her phone, a lost cap, an invoice by cookie; agarwood: grower sign-up (tax
ID, husband co-owner), the garden's corners, a tree inspection with her fix, a note (msgpack), a
tree photo, prices, a sale, a pick-up, the payout account and payouts, the transport permit
(gzip), a sync (JSON Lines), sales by grower number in the path, a message naming her husband,
an attar order, a rain alert at 2 decimals; bari: joining, the owners (her brother-in-law in
London), the caretaker (his NID), his wage to his wallet, a visit with her fix, a leak photo, a
repair quote, the land tax (gzip), the electricity bill, the pond lease, the family chat, a task
about her mother-in-law's insulin, the accounts by the house's number in the path, expenses
(msgpack), a visit by her brother-in-law, the house router for a camera, a base64 JSON cookie;
pitha: makers near her flat, a menu, a pre-order (less sugar for a diabetic), a wallet payment,
a gift box to her mother-in-law, the pick-up (4 decimals), a review, a search, the order by
number in the path, the cart (msgpack), saved addresses as base64 JSON in a form field with her
home at 4 decimals, a message quoting her phone, a complaint photo, a friend invited, points by
cookie. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a
form field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed
e-mail and phone) and a deep link (the stay and her e-mail); OpenRTB bids (GPS at 2 or 3
decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and
mobile-wallet payouts (hers, the caretaker's); geocoding, reverse geocoding (``lat,lon`` in the
path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, check-in, seat-booking, attendance, serial, thread, walk,
repair, transaction and order-line IDs, idempotency keys, nonces, timestamps, versions, public
SDK keys, OpenRTB IDs and prices; the mahfil ground's ID, point and the speaker and bus IDs; the
clinic's ID and point, the doctor and lab IDs, the serial's queue number; the academy's ID,
point, gate, batches and poem IDs (a poem picked from a list is a selection, unlabelled); the
resort's ID and point, the lake on the map, dishes and their counts; the distillery's ID,
grades, weights, per-kilo prices, tree numbers, nails, a lorry's plate; the bari's plot
(``dag_nombor``), record (``khotian``) and mouza, the electricity meter, the mason, the camera;
the pitha kitchen's ID and point, its menu and prices.

Conventions kept from set 151 (as its docstring states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names and practice minutes ``behavior.usage``;
SDK and install IDs, push tokens ``id.device``; passwords, PINs, SMS/OTP/e-mail codes, bearer,
refresh, session, stream and video-room tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, area,
village, upazila, district, post code, a station or bus stand she boards at and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares, wages,
bookings, stays, sales and orders ``financial.purchase``; card data, last four digits,
payment-method IDs, card tokens and bank account numbers ``financial.payment``; another
person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL path
``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Ayesha, Kamrul, Amma, a "Bhabi") is never ``contact.name``;
  a full name always is, in text too;
- mahfil: ``mazhab`` (also as a JWT claim and an SDK trait), ``islam_grohon``, the prayer
  attended, the donation fund, zikr names, the question, the prayer request and a caption
  saying she went ``personal.sensitive`` (religion); the mahfil's ID in her bookings is not
  labelled, nor the women's enclosure (``shamiana``: a seating section); the member number
  ``id.user``; the question about her mother-in-law's diabetes names her in full:
  ``content.text|personal.sensitive|health.medical|contact.name``; listening seconds in the
  protobuf beat ``behavior.usage``;
- clinic: the patient number (body, JWT ``rogi``, query, URL path, protobuf)
  ``health.medical`` (a medical record number, as set 151's chart); symptoms, onset, fever days,
  pain scores, stiffness minutes, the reason for the serial, tests, medicines (also in the
  pharmacy order), the body site ``health.medical``; the report PDF and the ankle photo
  ``content.media|health.medical``; daily steps ``health.fitness``; her US passport
  ``personal.national_id``;
- academy: Ayesha is a data subject: her birth registration number ``personal.national_id``,
  student number ``id.user`` (body, query, JWT ``chatro``, cookie, JSON Lines, URL path), name,
  birth date, sex, allergy ``health.medical``; her drawing and her recitation recording
  ``content.media`` only (a recording, not a voiceprint); the drawing's title ``content.text``;
  a note that she has a sore throat and fever ``content.text|health.medical``; her mobile-
  wallet number (a second, local SIM) ``contact.phone``;
- resort: her passport ``personal.national_id``; the child's age ``personal.birthdate``; the
  resort's Wi-Fi she joins ``location.wifi``; her walk fixes ``location.precise``, the lake a
  negative; notes stating her joint pain or her daughter's nut allergy
  ``content.text|health.medical``;
- agarwood: the grower number ``id.user``; her e-TIN ``personal.national_id``; the garden's
  corners and her fix among the trees ``location.precise`` (the family's land), the
  distillery's point a negative; the sale and its totals ``financial.purchase`` (her sales, as
  set 151's winery revenue); the rain alert's point at 2 decimals ``location.coarse``; the
  geocoding proximity at 3 decimals near her fix ``location.precise``;
- bari: the house's account ``id.user`` (the family's account she signs into); the bari's street
  line ``contact.address`` and village, upazila and district ``location.coarse`` (a family
  address she gives); her fix at the bari ``location.precise``; the caretaker's national ID
  ``personal.national_id`` (another person's, typed by her), his name and wallet number
  ``contact.*``; the pond lessee's full name and phone ``contact.*``; the house's router SSID
  and BSSID ``location.wifi``; household expenses and the land tax ``financial.purchase``; the
  task naming her mother-in-law's insulin ``content.text|health.medical|contact.name``;
- pitha: the gift recipient (her mother-in-law) name, phone, street line ``contact.*``, village
  and upazila ``location.coarse``; "less sugar, my mother-in-law has diabetes"
  ``content.text|health.medical``; the pick-up fix near the kitchen ``location.precise`` (hers),
  the kitchen's point a negative;
- SDKs: Trackkushiyara's ``country`` ``location.coarse`` and ``roaming`` ``device.info``;
  OpenRTB geo country (``BGD``), region (``G``) and city ``location.coarse``; positions at 2
  decimals ``location.coarse``, at 3 or more ``location.precise``; support texts quoting an
  order or amount ``content.text|financial.purchase``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``/work/shared/DESIGN.md``
whole; ``eval_families151.py`` and all its modules (``_kit``, ``_sdk``, ``_svc``, ``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``) whole;
``eval_payloads.py`` whole; the head of ``/work/.library/env/README.md``; lines 1-124 of
``eval_families17_kit.py`` (its docstring and imports) and grep listings of the ``def`` and
constant lines of kits 6, 17, 18, 19, 20, 21, 22 and 24; the values of a few kit-17 constants
and the sources of ``pb``, ``multipart``, ``raw``, ``tok``, ``enc``, ``add``, ``jsonl``,
``App``, ``ev``, ``opaque``, ``at_path``, ``sdk_uid``, ``lines``, ``sdk_uuid``, ``rid``,
``sdk_id``, ``head``, ``claims``, ``sjwt``, ``listed_once`` and ``report`` printed with
``inspect``; the module docstrings of every ``scripts/eval_families*`` file, extracted to a
scratch file and grepped by the words above (the matching docstring lines printed for
"tea estate", "mazar", "madrasa", "homeopath", "land record", "bangla", "dhaka", "bengali",
"attar", "perfume", "sacrific", "eid al", "oud", "tea", "houseboat", "caretaker", "arsenic",
"land tax", "akika", "sufi", "qirat", "home sample", "shrine", "faraid", "absentee",
"diaspora", "calligraph", "script class", "sharia", "takaful", "tiffin", "piles",
"haemorrhoid", "embankment", "auto-rickshaw", "cng", "agor", "lecture", "bayan", "waz",
"trampoline", "elocution", "lontara", "election"); ``grep -ril`` counts over ``scripts/`` for
the vendor and app names; and one ``grep -io`` for "pitha" over ``scripts/eval_families*``
that printed a 30-character fragment of code from ``eval_families191_bihu.py`` and
``eval_families280_agong.py`` (beyond the docstring grep: a slip, stated). No classifier,
rule, test, decoder or README was read or run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families289_abritti
import eval_families289_agor
import eval_families289_bari
import eval_families289_chabagan
import eval_families289_chikun
import eval_families289_mahfil
import eval_families289_pitha
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
    return [*eval_families289_mahfil.mahfilnama(), *eval_families289_mahfil.mahfilnama_sdks(),
            *eval_families289_chikun.joraram(), *eval_families289_chikun.joraram_sdks(),
            *eval_families289_abritti.kobitaghor(), *eval_families289_abritti.kobitaghor_sdks(),
            *eval_families289_chabagan.chabagan(), *eval_families289_chabagan.chabagan_sdks(),
            *eval_families289_agor.agorbagan(), *eval_families289_agor.agorbagan_sdks(),
            *eval_families289_bari.baridekha(), *eval_families289_bari.baridekha_sdks(),
            *eval_families289_pitha.pithaghor(), *eval_families289_pitha.pithaghor_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
