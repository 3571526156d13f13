"""Two-hundred-and-eighty-sixth, BLIND labelled set for the classifier evaluation ("blind283"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end (it exited 0 the first time; the set was then grown by eleven
exchanges and ``main`` run again). It is to be scored once, by the lead, on the final rules (the
lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (147 first-party calls and 83 SDK calls, 230 exchanges, 1,680
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Limboto (Kabupaten Gorontalo, Indonesia) and works in Gorontalo City
(she teaches English), her US SIM roaming, with her Gorontalo husband Rahmat Pakaya; their
daughter Aisyah (10) is in class 5B of SD Negeri 3 Limboto; her mother-in-law Rukmini Lamato
lives in Gorontalo City; her sister Claire Doe lives in Oregon (all fictional). Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds. The apps' keys are Gorontalo in Latin letters, apostrophes
dropped as a local developer types them (``wala'o`` -> ``walao``), mixed with the Indonesian
words Gorontalo speakers use in offices and apps (often with the Gorontalo final vowel:
``alamati``, ``kelurahani``, ``obati``, ``bayari``) and the English words APIs keep (``token``,
``id``, ``refresh_token``); Gorontalo words used across the apps: ``tanggulo`` name, ``fam``
family name (the local word for a surname), ``lipu`` town, ``bele`` home, ``walao`` child,
``ngalaa`` family, ``doi`` money/amount, ``loiya`` message, ``lulahu`` search, ``dulahu`` day,
``dulahu_lahiri`` birth date, ``hui`` night, ``tawunu`` year, ``tihi`` mosque, ``huhuloa``
seats, ``huyula`` working together, ``bulalo`` lake, ``binte`` corn, ``pangimba`` field,
``ode`` to, ``mela`` red, ``rasipede`` bicycle. The apps:

- a mosque's Walima (Maulid) and jamaah app ``eval_families286_walima.py`` ("Tolangga": her
  religion; ``agama``, ``tihi``, ``jamaah``, ``tolangga`` the family's cake tower,
  ``kolombengi`` cakes, ``dikili`` the night of praise, ``sadaka`` alms, ``zakati`` zakat,
  ``surel``, ``nomoro_hp``, ``sandi``);
- a karawo embroidery workshop's commissions ``_karawo.py`` ("Karawoku": ``pesanan`` order,
  ``motif``, ``warna``, ``ukuran`` with ``lingkar_dada``/``lingkar_pinggang``/
  ``lingkar_pinggul``/``panjang_lengan``/``tinggi``/``berat``, ``uang_muka`` deposit,
  ``ongkosi`` cost, ``kiriman`` parcel);
- a motorcycle consumer-finance app ``_motor.py`` ("Motoripu": money; ``kitas``, ``paspor``,
  ``npwp``, ``karaja`` work, ``penghasilan`` income, ``penjamin`` guarantor with ``nik``,
  ``motoru``, ``dp``, ``tenor``, ``angsurani`` instalment, ``kontrak``, ``va`` virtual
  account, ``patokan`` landmark, ``aplikasi`` installed apps);
- a corn-drying cooperative's booking app ``_binte.py`` ("Pangimba": ``anggota`` member,
  ``pin``, ``pangimba``, ``luasi`` area, ``panen`` harvest, ``pengering`` dryer, ``truk``,
  ``timbangan`` weighbridge, ``kadar_air`` moisture, ``rekening`` bank account, ``pupuk``,
  ``bibit``, ``cuaca`` weather);
- the daughter's primary-school savings book ``_tabungan.py`` ("Doiwalao": the child's data;
  ``nisn``, ``jk`` sex, ``buku`` savings book, ``setoran``, ``penarikan``, ``target``,
  ``jajan`` canteen spending, ``pantangan`` food restriction, ``wali`` guardian);
- a skin clinic's melasma programme ``_kulit.py`` ("Wajahbohu": her own health data;
  ``rekam_medis``, ``panyaki`` complaint, ``obati``, ``alergi``, ``hamili``, ``menyusui``,
  ``jenis_kulit``, ``tindakan``, ``resep``, ``skor_masi``);
- Lake Limboto's water-hyacinth volunteers ``_bulalo.py`` ("Huyula Bulalo": ``relawan``,
  ``golongan_darah``, ``berat``, ``darurat``, ``giliran`` shift, ``perahu``, ``titik``,
  ``jam`` hours).

New to the evaluation (a file-name and module-docstring grep of ``scripts/eval_families*``,
case-insensitive): "karawo", "drawn-thread", "walima", "tolangga", "kolombengi", "maulid",
"leasing", "consumer financ", "motorcycle loan", "sheller", "grain dry", "corn dry",
"school savings", "student savings", "kids' savings", "piggy", "melasma", "chemical peel",
"beauty clinic", "hyacinth", "lake clean", "gorontal", "limboto" matched nothing. Near ones, made
different: "embroider" matched sets 112, 117, 153 and 227 (uniforms, leather, haft; Karawoku is
a drawn-thread commission with measurements and a parcel abroad); "mawlid" sets 172, 238, 265
(Tolangga is the Gorontalo Walima: cake towers, procession slots, dikili attendance, zakat
fitrah, a TPQ class); "maize" sets 108, 134, 187, 195, 224, 229, 232, 261 (seed, market or farm
records; Pangimba books a cooperative's dryer and sheller and sells the dried grain);
"motorbike"/"motorcycle" matched ride, taxi and repair apps, none a credit contract; "skin
clinic"/"dermatolog" sets 34, 140, 145 and others (acne, vitiligo UVB, other conditions);
"flood"/"water level" sets 107, 153, 215 (warnings, levels; Huyula Bulalo is volunteering);
"canteen"/"pocket money" sets 100, 125, 132, 137, 150, 153 (a school app's page or a boarding
school's allowance). Rejected after the grep: bentor/becak (150, 189), arisan (150), posyandu
(247), zakat or mosque apps on their own (131, 137, 143), a bonesetter (156's hilot), a drum band
(136's drum school), an election poll-watcher (she cannot vote there). The SDKs are ten new
vendors, built once and called by every app with its own events: ``_sdk.py`` (analytics
"Hitungalo", MMP "Jejakbinte", OpenRTB 2.5 ads "Bidbilu", crash reporting "Crashlimutu") and
``_svc.py`` (flags "Flagpolopalo", push "Pushsaronde", consent "Setujulo", payments "Bayarilo",
maps "Maptilongka", support chat "Helpwatingo"); their code is set 151's SDK shapes with the
vendors, hosts, function prefixes, zone (Asia/Makassar), country (ID/IDN, region GO), currency
(IDR) and language changed (a ``grep -ril`` of ``scripts/`` for the ten names found none).
``eval_families286_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes, a member PIN), ``/me``-style GETs with JWT bearers (claims: e-mail, phone, jamaah,
mosque, customer, contract list, member, savings book list, record number, volunteer);
mosque: registration with religion and family, the Walima schedule, the tolangga pledge, a
procession slot, dikili attendance with her fix (4 decimals), alms, zakat fitrah, the jamaah
history by number in the path, Aisyah's Qur'an class, a tolangga photo, a message to the imam
naming her mother-in-law's surgery, the cooking roster, prayer times at her house (3 decimals),
a tasbih counter (msgpack), an invitation to her sister, a receipt by cookie; karawo: the
catalogue, the order, her measurements, a motif sketch, the deposit, a workshop visit with her
fix, the order status by number in the path, a fitting slot, a protobuf progress beat, a message,
the parcel to her sister (US address), a cart (msgpack), a review, a search, an invoice by
cookie, a default address (base64 JSON in a form field); finance: the application (KITAS,
passport, tax number, income, her husband's NIK), a device check with installed apps, a selfie
with her KITAS, the home survey with her fix and a landmark, the offer, an e-signature with OTP,
the contract PDF and the BPKB by contract number in the path, the schedule, an instalment by VA,
an early-settlement quote, an insurance claim photo, reminders, a complaint, the branch; corn:
the field's corners, the harvest with her fix, dryer slots and booking, a truck pick-up
(5-decimal strings), the dryer's readings (gzip), the weighbridge ticket in the path, the sale,
the payout account, seed and fertiliser on credit, a cob photo, an offline sync (JSON Lines),
the weather at 2 decimals, a message; savings: linking Aisyah by NISN, the book's entries by
number in the path, a top-up, a goal, a withdrawal with a PIN, a trip, canteen rules with her
peanut allergy, canteen spending, the passbook photo, her profile, a teacher message, the gate
pick-up, the address, a base64 JSON preferences cookie, a statement by cookie, events with a
session cookie; skin clinic: registration with her KITAS and record number, the intake (gzip),
face photos, the programme, a peel booking, the package payment, a check-in, a protobuf diary,
prescriptions, a product order, a message to her doctor, a week-4 photo, the MASI score, a video
room, the invoice by record number in the path, a cream reminder, a search; lake: her safety
card, shifts, a jetty check-in, a patch report with her fix and a photo, a protobuf boat beat, a
msgpack queue of fixes, hours, the certificate by volunteer number in the path, a donation, the
team chat, the lake gauge, a ride offered from her house (3 decimals), a search. Every app also
registers push and sends events (gzip in four). SDKs: analytics batches (gzip; positions at 2 or
3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, events (hashed e-mail and phone) and deep links (a URL in a JSON field
carrying the order and her phone, or her volunteer number); OpenRTB bids (GPS at 2 decimals or IP
geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and mobile-wallet payments;
geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages
and uploads.

Negatives are implicit: request, slot, shift, line, visit, ticket-desk, survey, thread and
appointment IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the mosque's ID when it only names a route or a board, its point and phone; the
workshop's ID and point, motif and product IDs and catalogue prices; the motorcycle's model,
colour and dealer, the branch's ID and point, the surveyor; the dryer's ID and point, its
moisture and temperature readings, the feed mill, price per kilogram, tonnages and sack counts;
the school's ID, class, gate and point, the trip ID; the clinic's ID, room, doctor ID and point,
product IDs; the jetty's ID and point, the boat, the gauge station, area and tonnes pulled.

Conventions kept from set 151 (as its docstring states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, the Android ID,
push tokens ``id.device``; passwords, SMS codes, PINs, bearer, refresh, session and video-room
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; ward, town, district, village, regency, post code, state and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, prices of what she
buys, deposits, bookings, orders, contracts and applications ``financial.purchase``; card data,
last four digits, payment-method IDs, bank accounts, the virtual account and the savings book
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Aisyah, Ibu Ani, Bu Wati, Claire) is not ``contact.name``
  except where the text states the child's health (the canteen note on her peanut allergy);
  the child's full name always is;
- mosque: religion, the mosque ID where it states her membership (registration, JWT, schedule
  query, pledge, push tags, traits), the Walima/dikili/zakat/alms kinds, the TPQ class, the
  madhhab in the prayer-times query and captions or messages about the festival
  ``personal.sensitive``; the jamaah number ``id.user``; the tolangga pledge, alms and zakat
  amounts ``financial.purchase``; the message naming her mother-in-law's cataract surgery
  ``content.text|personal.sensitive|health.medical|contact.name``;
- karawo: her body measurements and weight ``health.fitness``; her husband's shirt size letter
  left unlabelled (a garment size, not a measurement); the customer number ``id.user``; the
  sister's US address ``contact.address`` with her city, state, ZIP and country
  ``location.coarse``;
- finance: her KITAS, passport and tax number and her husband's NIK ``personal.national_id``;
  her monthly income left UNLABELLED (no taxonomy type fits; a careful auditor would note it);
  the installed-app list ``device.apps``; the landmark describing her house
  ``content.text|contact.address``; the application, contract, price, down payment and
  instalment ``financial.purchase``; the VA number ``financial.payment``; the selfie with her
  KITAS and the signature ``content.media`` only (no face template is sent);
- corn: the family's member number ``id.user``; the field's corners and her fixes
  ``location.precise``; the weather query at 2 decimals ``location.coarse``; the dryer's
  readings negatives; the weighbridge ticket and the sale ``financial.purchase`` (her sales, as
  set 151's excise revenue);
- savings: Aisyah is a data subject: her NISN (the national pupil number) ``personal.national_id``,
  name, birth date and sex labelled; her savings book number ``financial.payment`` (body, JWT
  ``buku``, cookies, URL path); deposits, withdrawal, goal and canteen limit
  ``financial.purchase``; her peanut allergy ``health.medical``;
- skin clinic: the record number (body, JWT ``rm``, query, URL path, protobuf)
  ``health.medical``; the face and progress photos ``content.media|health.medical`` (photos, not
  faceprints); the package ID ``financial.purchase``; a search naming melasma
  ``behavior.search|health.medical``;
- lake: the volunteer number ``id.user``; blood group ``health.medical``, weight
  ``health.fitness``; her fixes on the boat and at the jetty ``location.precise``, the jetty's
  point a negative;
- SDKs: Jejakbinte's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``GO``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; a geocoding ``proximity`` at her
  house labelled by its decimals.

Looked at (stated honestly): the brief; TAXONOMY.md; DESIGN.md's report.json section (a grep);
``eval_families151.py`` and all its modules (``_kit``, ``_sdk``, ``_svc``, ``_abano``,
``_building``, ``_dental``, ``_parish``, ``_qvevri``, ``_school``, ``_svan``) whole;
``eval_payloads.py`` whole; from the helper kits only definitions and signatures
(``eval_families6_kit`` ``raw``/``multipart``/``pb``, ``eval_families10_kit`` ``add``/``Acc``,
``eval_families16_kit``/``17_kit`` constant names and ``__all__``, ``18_kit`` ``sjwt`` and
constants, ``19_kit`` constants, ``20_kit`` ``App``/``ev``/``opaque``, ``21_kit``
``at_path``/``sdk_uid``, ``22_kit`` ``lines``/``sdk_uuid``, ``24_kit``
``rid``/``sdk_id``/``head``/``claims`` and constants, ``eval_families21.listed_once``'s head);
module docstrings of ``eval_families*`` through a word grep (a small script printing only the
matching file names) and the openings of ten docstrings (175_rakta, 13_gene, 156_hilot,
136_drum, 150_becak, 247_posyandu, plus 264_lazer, 247_lpd, 140_uvb and 135 for "laser" and
"aesthetic") to judge overlaps; a ``grep -ril`` of ``scripts/`` for the new vendor and app
names (counts only); public web pages found by search for Gorontalo vocabulary (the Wikipedia
article on the language, a blog's Gorontalo word list, a TribunGorontalo article on
disappearing words); the rest of the Gorontalo words are from the author's memory and may be
imperfect. No classifier, rule, test, README or decoder was read or run (``ruff check --select
F --fix`` ran on these files and removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families286_binte
import eval_families286_bulalo
import eval_families286_karawo
import eval_families286_kulit
import eval_families286_motor
import eval_families286_tabungan
import eval_families286_walima
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
    return [*eval_families286_walima.tolangga(), *eval_families286_walima.tolangga_sdks(),
            *eval_families286_karawo.karawoku(), *eval_families286_karawo.karawoku_sdks(),
            *eval_families286_motor.motoripu(), *eval_families286_motor.motoripu_sdks(),
            *eval_families286_binte.pangimba(), *eval_families286_binte.pangimba_sdks(),
            *eval_families286_tabungan.doiwalao(), *eval_families286_tabungan.doiwalao_sdks(),
            *eval_families286_kulit.wajahbohu(), *eval_families286_kulit.wajahbohu_sdks(),
            *eval_families286_bulalo.huyula(), *eval_families286_bulalo.huyula_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
