"""Three-hundred-and-second, BLIND labelled set for the classifier evaluation ("blind299"):
written without reading the classifier code, its rules, the tests, the README or any other set's
data beyond set 151 and a file-name and docstring grep, and never run through a classifier by
its author; ``main`` (the project's decoder path check) was run four times at the end and
exited 0 each time (the first run before four first-party and two SDK calls were added, the
last after the final code edit; only this sentence changed after it). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (150 first-party calls and 78 SDK calls, 228 exchanges, 1,747
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She has lived for three years in Pauri town (Pauri Garhwal, Uttarakhand, India) with
her Garhwali husband Manoj Singh Negi, a teacher, her US SIM roaming; their daughter Kavya (9) is
in class 4; Manoj's mother Kamla Devi Negi lives in the family's ancestral village Chamdhar above
Srinagar Garhwal, his younger brother Rakesh in Dehradun, her sister Laura in Vermont (all
fictional). Seven app kinds (fictional names, hosts under example.com/.net/.org per RFC 2606, no
real company named as sender), each with its own API whose keys are Garhwali, ASCII-folded as a
local developer writes Devanagari in Latin letters, mixed with the English words real APIs keep
(``email``, ``token``, ``id``, ``otp``, ``upi``, ``lat``/``lng``...) and Hindi loans where a
Garhwali speaker uses them; each module's docstring lists its words:
- ``eval_families302_jagar.py`` "Ghadyalu": the family deity's jagar (the night rite with a
  bard, dhol and damau, in which the deity "dances" in a family member) that she organises in
  Chamdhar: her religion by marriage (``naun`` name, ``thar`` surname, ``mobail``, ``kunji``
  password, ``jalam_tithi`` birth date, ``gaun`` village, ``patti``, ``jila`` district,
  ``kul_devta`` family deity, ``gotra``, ``gharwalu`` husband, ``jagariya`` bard, ``dholi``,
  ``raat`` nights, ``thau`` place, ``rakam`` amount, ``bhugtan`` payment, ``chanda``
  contribution, ``samagri`` ritual materials, ``pashwa`` the person the deity dances in,
  ``sandesu`` message, ``khoj`` search, ``rasid`` receipt, ``bhog``, ``paun`` guests, ``gadi``
  vehicle, ``bhadu`` fare, ``ghatna`` events, ``mi`` me);
- ``_pirul.py`` "Pirulu": pine-needle (pirul) collection sold by the kilo to a briquette unit,
  paid to her bank or UPI: the money app (``phonNambar``, ``aadhaarNambar``, ``panNambar``,
  ``bankKhata``, ``khataDhaarak`` holder, ``jalamTithi``, ``mohalla``, ``bora`` sack, ``taul``
  weight, ``dar`` rate, ``kamai`` earnings, ``mero_thau`` my place, ``saathi`` partner,
  ``sadak_kinar`` roadside, ``aag`` fire, ``kulain_ban`` pine forest, ``parchi`` slip);
- ``_guldar.py`` "Guldar Sajag": leopard sightings, dusk alerts, the children's evening escort
  from tuition (the child's data) and a goat-kill compensation claim (``gupt_shabd`` password,
  ``dikhyun`` seen, ``bagat`` time, ``ginti`` count, ``guldar_thau`` the leopard's place,
  ``nauni`` daughter, ``kaksha`` class, ``tyushan``, ``pahunchi`` arrived, ``bakhru`` goat,
  ``goth`` cattle shed, ``maryun`` killed, ``muavza`` compensation, ``pinjra`` cage trap,
  ``chetavni`` alert, ``vishay`` topics);
- ``_ban.py`` "Ban Panchait": the village forest council (van panchayat): grass lots, firewood
  permits, fines, meetings, a proposal vote, the fire line (``sadasyaNambar`` member number,
  ``chabi`` password, ``parivar`` household, ``mukhiya`` head, ``rishta`` relation, ``ghaas``
  grass, ``hissa`` lot, ``lakdu`` firewood, ``karan`` reason, ``shulk`` fee, ``jurmanu`` fine,
  ``sabha`` meeting, ``hajiri`` attendance, ``prastav`` proposal, ``mat`` vote, ``paali`` rota,
  ``swasthya`` health, ``shikayat`` complaint, ``seema`` boundary, ``bindu`` points, ``pauda``
  sapling, ``thikanu`` address);
- ``_ankhi.py`` "Ankhi Jyot": a charitable eye camp in Srinagar: her own eyes (the health app)
  and her mother-in-law's cataract referral (``umar`` age, ``ling`` sex (``janani`` woman),
  ``panjikaran`` registration, ``nazar`` sight, ``chasmu`` glasses, ``nambar`` power,
  ``dain``/``bain`` right/left, ``khujli`` itching, ``paani_aand`` watering, ``kapal_pida``
  headache, ``shugar`` diabetes, ``dawai`` medicine, ``motiyabind`` cataract, ``mariz`` patient,
  ``yaad`` reminders, ``rai`` feedback, ``daam`` price);
- ``_ramlila.py`` "Talim": the Pauri Ramlila committee, where Kavya plays in the vanar sena (the
  child's data: ``abhibhavak`` guardian, ``kalakar`` performer, ``patra`` role, ``sahmati``
  consent, ``hastakshar`` signature, ``vesh`` costume, ``naap`` measurements (``lambai``,
  ``kamar``, ``chhati``, ``mund``), ``talim`` rehearsal, ``rang_allarji`` face-paint allergy,
  ``paas``, ``lijaan_wala`` who picks up, ``samvad`` dialogue, ``sewa`` volunteering);
- ``_padhai.py`` "Dur Padhai": a hill university's distance-education portal (her MA in Garhwali
  folk culture: ``vidyarthi`` student, ``namankanNambar`` enrolment, ``patiKoNaun`` husband's
  name, ``gupatShabd`` password, ``rashtriyata`` nationality, ``ociNambar``, ``lekh``
  assignment, ``kshetraKarya`` fieldwork, ``gayak`` singer, ``anumati`` permission, ``kendra``
  centre, ``parikshaKendra``, ``pravesh_patra`` admit card, ``parinam`` result, ``charcha``
  forum, ``salahkar`` counsellor, ``tippani`` notes, ``pustakalay`` library).
The words were varied across apps (password ``kunji``/``gupt_shabd``/``chabi``/``gupatShabd``,
phone ``mobail``/``phon``/``phonNambar``) as different local developers would.

Checked new (stated honestly): the module docstrings of all ``scripts/eval_families*.py`` (read
with ``ast`` into a scratch file) and the file names were grepped. Nothing matched "jagar",
"pirul", "pine needle", "guldar", "leopard", "van panchayat", "forest council", "community
forest", "eye camp", "ramlila", "talim", "distance education", "distance learning",
"correspondence course", "garhwal", "garhwali", "pauri", "srinagar", "uttarakhand", nor the app
names. Near kinds, made different: Hindu temple and rite apps exist (a Marathi set's kuldaivat
and gotra, a shraddha priest booked home, a temple with kuldevta): Ghadyalu books no priest or
temple, it is a family-run village night rite with a bard and drummers, kin contributions and
the deity's dancers; set 217 has a polar-bear patrol app and another set (Hatibatori) an
elephant crop-loss claim: Guldar Sajag is a town-edge leopard with children's escort rosters and
a livestock kill; eye clinics (set 113 glaucoma, a LASIK set): Ankhi Jyot is a one-day screening
camp with glasses made and referrals; theatre and rehearsal apps (sets 68-101): Talim is a
religious folk drama's committee with the child as performer; "briquette" matched a stove
subsidy set (vouchers bought), here she sells the raw needles. Candidates dropped because they
existed: tent hire (237, 226), helicopter booking (116), a home-collection lab, shared taxis,
posyandu growth monitoring, a walking school bus (273), an ex-servicemen's canteen (297), a
service centre with AePS (287), postal savings (267), coaching mock tests. The SDKs are ten new
vendors (none of the ten names, nor "buran", "kafal", "phyonli", "gadhera", "mandua", "baanj",
"ghughuti", "dabal", "jhangora", matched a docstring or file name), built once and called by
every app with its own events: ``_sdk.py`` (analytics "Metriburans", MMP "Trackafal", OpenRTB
2.5 ads "Bidphyonli", crash reporting "Crashgadhera") and ``_svc.py`` (flags "Flagmandua", push
"Pingbaanj", consent "Consentghughuti", payments "Coindabal", maps "Mapdhar", support chat
"Helpjhangora"); their code is set 151's ``_sdk.py``/``_svc.py`` with the vendors, hosts, zone
(Asia/Kolkata), country (IN/IND, region UT, city Pauri), locale (en_IN) and currency (INR)
changed, set 151's mobile-money payout replaced by a UPI payout/collect (``cb_upi``), and set
151's OpenRTB country "VUT" (a leftover of its source set) corrected to "IND".
``eval_families302_kit.py`` holds her places, people, documents and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS OTPs),
``/mi``-style GETs with JWT bearers (claims: e-mail, family, member, enrolment, performer,
patient registration, the family deity); jagar: bards for the village's dates, the booking with
the courtyard's fix, a UPI advance, kin contributions, ritual materials (msgpack), a courtyard
check-in (5 decimals), the deity's dancers, a recording (M4A), a photo, a message to the bard
quoting her phone, a search, the receipt by booking number in the path, the bhog (gzip), the
drummers' jeep, a session cookie, a refresh; pine needles: Aadhaar and bank sign-up, an OTP,
rates, a collection log with her fix on the slope, a protobuf weighing slip, a sacks photo, a
roadside pick-up (msgpack, 5 decimals), an offline weighing queue (JSON Lines), payouts by
collector number in the path, the payout account (account, IFSC, UPI ID), the statement, her
mother-in-law as partner (her Aadhaar), a fire report (4 decimals), the PAN declaration (gzip),
a KYC link (base64 JSON in a form field), earnings by cookie; leopard: alerts near home (3
decimals in the query), a sighting with her fix and the animal's pin, its photo, the escort
roster (the child, her husband), an escort check-in at the house, the goat-kill claim (Aadhaar,
bank), the vet's post-mortem (PDF) and the shed photo, the claim by number in the path, a
cage-trap request, alert topics, a message naming her husband with his phone, alert
acknowledgements (msgpack), a base64 JSON preferences cookie, a list and a search; forest
council: joining with the household (her husband's Aadhaar), grass lots, a lot drawn and paid,
a firewood permit for her brother-in-law's wedding, the meeting attendance (4 decimals), a
vote, the guard rota, the fire-line volunteer form (her asthma), a fine, a complaint, the
boundary walk (gzip track), a protobuf patrol beat, saplings with a photo, the minutes, the
member record by number in the path, an attendance sync (JSON Lines); eye camp: registration
(Aadhaar, the camp registration number), an OTP, the token, the questionnaire (gzip), the camp
check-in, her old prescription (photo), a protobuf self-test, glasses with her powers, the UPI
payment, delivery to the house, her mother-in-law's referral and bus seats, a message to the
optometrist, drop reminders (msgpack), the follow-up, the registration by number in the path, a
search, feedback, events with a session cookie; Ramlila: the guardian's sign-up, Kavya
registered (her Aadhaar, performer number), a consent signature, costume measurements, the
schedule by performer number in the path, the rehearsal check-in with her fix, a face-paint
allergy, a UPI donation, family passes, a pick-up authorisation for the uncle, a message to the
director, the child's photo and dialogue practice (M4A), the kitchen rota, an attendance sync
(JSON Lines), a search, a cookie GET; distance education: registration (OCI card, husband's
name), the fee (card), an OAuth grant, courses, an assignment (PDF), a field recording with the
singer's name and phone, the centre check-in (5 decimals), the exam form, the admit card by
enrolment number in the path, results, a library search, a forum post, a counsellor message and
slot, an ID photo, a protobuf lecture-progress beat, notes (msgpack), a transcript for her
sister, a log-out with cookies. SDKs: analytics batches (gzip; positions at 2 or 3 decimals),
traits (base64 JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP
installs, events (hashed e-mail and phone) and a deep link (a URL in a JSON field carrying her
enrolment number and e-mail); OpenRTB bids (GPS at 3 decimals or IP geo; one with birth year and
gender) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header);
push subscribers; consent records and checks; card tokens, confirmations and UPI payouts and
collect requests; geocoding, reverse geocoding (``lat,lon`` in the path), a route and telemetry;
support messages and uploads.

Negatives are implicit: request, check-in, slot, token, lot, slip, roster, alert, thread, note,
class and order-line IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the village shrine's ID and point, the bard's ID, ritual materials and
their quantities, guest counts; the briquette unit's ID and point, the rate, the truck, the
forest block, kilograms; the range office's ID, the leopard's pin (also reverse-geocoded by
Mapdhar), the tuition centre, the vet's ID, the animal's age; the council's ID, block, the
meeting place, the proposal, the fine's ID and reason, the guard rota; the camp's ID and point,
the token number, the frame, the bus, the hospital; the Ramlila ground's ID and point, the role,
the costume and shoe size, the scene; the study centre's ID and point, course and paper codes,
the exam centre, the lecture.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, OTPs, bearer, refresh and session tokens, payment client secrets
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, quarter (mohalla), village, patti, district, PIN code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares, bookings,
orders, claims and earnings ``financial.purchase``; card data, last four digits, payment-method
IDs, bank accounts, IFSC codes and UPI IDs ``financial.payment``; another person's full name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Kavya, Manoj, Rakesh) is not ``contact.name`` except where
  the text is about the child (the face-paint note, the director message) or names a person
  with a surname or a number; the child's full name always is;
- jagar: the family deity, its name, the jagar's kind, the gotra (a Hindu lineage), the deity
  named for each dancer, a push tag and the captions naming the deity ``personal.sensitive``
  (religion); kin's contribution amounts unlabelled (others' money, not her purchase) while
  their names and phones are ``contact.*``; her own contribution ``financial.purchase``; the
  courtyard in Chamdhar is the family's (precise), the shrine's point a negative; a message
  naming the village also ``location.coarse``;
- pine needles: her earnings (slip amounts, payouts, declared income) ``financial.purchase``
  (her sales, as set 151's excise revenue); kilograms unlabelled; the collector number
  ``id.user``; her Aadhaar and PAN and her mother-in-law's Aadhaar ``personal.national_id``; the
  IFSC labelled ``financial.payment`` with the account it routes to (debatable: it names only a
  branch); the roadside pick-up point near her slope ``location.precise``;
- leopard: the leopard's pin is an animal's place and a negative, although it is about 230 m
  from her fix on the path (debatable); her fix on the path and the goat shed behind the house
  precise; the claim number and amount ``financial.purchase``; the vet's post-mortem PDF and the shed
  photo ``content.media`` only (an animal's health is not ``health.medical``); the child's age
  ``personal.birthdate``;
- forest council: her "yes" on a forest-management proposal unlabelled (a civic vote, not a
  political opinion); the fine's amount ``financial.purchase``, its reason unlabelled; her
  asthma ``health.medical``; her husband's Aadhaar ``personal.national_id``; an absence note
  naming her mother-in-law's illness in the village ``content.text|health.medical|
  location.coarse``;
- eye camp: the camp registration number (body, JWT ``panjikaran``, URL path, protobuf)
  ``health.medical`` (a patient record number, as set 151's chart); powers, acuity, symptoms,
  drops and the follow-up's reason ``health.medical``; the old prescription photo
  ``content.media|health.medical``; her mother-in-law's cataract and diabetes
  ``health.medical`` and her age ``personal.birthdate``; a flag attribute naming the cataract
  programme ``health.medical`` (as set 151's implants);
- Ramlila: no ``personal.sensitive`` for taking part (Pauri's Ramlila is a town festival
  performed and watched across faiths; a child's part states no belief: debatable); the child's
  measurements ``health.fitness`` (body measurements); the face-paint allergy and a rehearsal
  missed for fever ``health.medical``; the performer number ``id.user`` (body, JWT ``kalakar``,
  URL path, cookie, push tag); the child's Aadhaar ``personal.national_id``; the consent
  signature image and the dialogue recording ``content.media`` (a recording, not a voiceprint);
- distance education: the enrolment number ``id.user``; the OCI card ``personal.national_id``;
  the nationality ``USA`` unlabelled (citizenship, not ethnic origin); the field recording and
  ID photo ``content.media``; the singer's name and phone typed by her ``contact.*``; the
  recording note naming her in-laws' family deity ``content.text|personal.sensitive``; lecture
  seconds watched ``behavior.usage``;
- SDKs: Trackafal's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``UT``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; Coindabal's UPI ID, account and IFSC
  ``financial.payment``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``/work/shared/DESIGN.md``;
``eval_families151.py`` and all its modules whole (``_abano``, ``_parish``, ``_dental``,
``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_kit``, ``_sdk``, ``_svc``);
``eval_payloads.py`` whole; of the helper kits only definitions and signatures: the head of
``eval_families17_kit.py`` (its docstring and import list, lines 1-141), a grep of its
definitions and its ``__all__``; ``eval_families6_kit.py`` (``raw``, ``encode``,
``multipart``'s head, ``pb``); ``eval_families20_kit.py`` (constants, ``App``, ``pos``,
``latlng``, ``ev``, ``opaque``); ``eval_families21_kit.py`` (``at_path``, ``sdk_uid``,
``channel``); ``eval_families22_kit.py`` (``gql``, ``lines``, ``sdk_uuid``, ``tracking``);
``eval_families24_kit.py`` (``rid``, ``sdk_id``, ``head``, ``claims``, ``others``);
``eval_families8_kit.py`` (``check_ci``, ``report``); ``eval_families7_kit.py`` (``jsonl``,
the head of ``xml``); ``eval_families21.py`` lines 1-60 (its docstring and the start of its
conventions) and ``listed_once``/``build``; a grep for where names such as ``E164``,
``EMAIL_MIXED``, ``CARD2``, ``JPEG``, ``M4A`` are defined (it printed single definition lines
of kits 6-24 and of kits 80, 108, 115, 116, 117). The module docstrings of every
``scripts/eval_families*.py`` were extracted with ``ast`` into a scratch file and grepped for
the candidate words above, and short excerpts around the hits were read (among them sets 87,
105, 113, 116, 187, 196, 202, 206, 212, 217, 226, 231, 236, 237, 264, 267, 273, 287 and 297's
docstrings). No classifier, rule, test, decoder or other set's code was read or run;
``ruff check --select F`` ran on these files (``--fix`` removed two unused imports); besides
``main``, the set was built once in a Python shell to count first-party and SDK calls and to
print its labels for review.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families302_ankhi
import eval_families302_ban
import eval_families302_guldar
import eval_families302_jagar
import eval_families302_padhai
import eval_families302_pirul
import eval_families302_ramlila
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
    return [*eval_families302_jagar.ghadyalu(), *eval_families302_jagar.ghadyalu_sdks(),
            *eval_families302_pirul.pirulu(), *eval_families302_pirul.pirulu_sdks(),
            *eval_families302_guldar.guldarsajag(), *eval_families302_guldar.guldarsajag_sdks(),
            *eval_families302_ban.banpanchait(), *eval_families302_ban.banpanchait_sdks(),
            *eval_families302_ankhi.ankhijyot(), *eval_families302_ankhi.ankhijyot_sdks(),
            *eval_families302_ramlila.talim(), *eval_families302_ramlila.talim_sdks(),
            *eval_families302_padhai.durpadhai(), *eval_families302_padhai.durpadhai_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
