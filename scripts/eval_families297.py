"""Two-hundred-and-ninety-seventh, BLIND labelled set for the classifier evaluation ("blind294"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; the decoder path check (``report``) was run while writing,
once on the jagran module alone and then as ``main`` on the whole set, which passed with no
decoder gap on its first full run and again after the docstring was written. It is to be scored
once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this
author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151, whose structure it copies, this set measures ORDINARY traffic: mainstream app-backend and
SDK shapes in roughly the proportions real captures have (155 first-party calls and 74 SDK calls,
229 exchanges, 1,705 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Jammu (Gandhi Nagar, Jammu and Kashmir, India; INR, zone
Asia/Kolkata) with her Dogra husband Rohit Jamwal, her US SIM roaming; their son Kabir (10) is in
class 5 and plays kabaddi after school; her father-in-law, Subedar (retd.) Bachan Singh Jamwal,
and her mother-in-law Kamla Devi live in the family's village near Hiranagar (Kathua district),
where the family grows basmati; her sister Emily lives in Ohio. All people, places and numbers
are fictional. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API and the SDKs it embeds. Their API keys are Dogri
in Latin letters, ASCII-folded as a Jammu developer writes them, mixed with the English words
real APIs keep (``email``, ``token``, ``otp``, ``pan``, ``ifsc``, ``upi_id``, ``folio``, ``sku``)
and English loans where natural (``mobail``, ``fees``, ``kard``); each module's docstring lists
its words:
- ``eval_families297_jagran.py`` "Jagrata" (HER RELIGION): a jagran troupe's booking app (an
  all-night singing of the goddess's praises at the family's house, for a vow): ``naa`` name,
  ``upnaa`` surname, ``mobail``, ``gupt_shabad`` password, ``janam_tarik`` birth date, ``pata``
  address, ``shehar`` town, ``pin``, ``bhakt_nambar`` devotee number, ``kuldevi`` family
  goddess, ``gotar`` lineage, ``sukhna`` vow, ``tarik``/``vela`` date/time, ``thaan`` place,
  ``akshansh``/``deshantar`` latitude/longitude, ``rakam`` amount, ``adaigi`` payment, ``bhet``
  offering, ``mehmaan`` guests, ``sneha`` message, ``khoj`` search, ``raseed`` receipt, ``raay``
  review, ``ijazat`` permission, ``jyot`` the holy flame, ``ghatnavaan`` events;
- ``_kabaddi.py`` "Kauddi Club" (THE CHILD): the son's kabaddi academy: ``khiladi`` player,
  ``bhaar``/``lambai`` weight/height, ``ling`` sex, ``jamaat`` class, ``sanrakshak`` guardian,
  ``praman`` certificate, ``sehat`` health, ``dama`` asthma, ``chot`` injury, ``lahu_varg``
  blood group, ``dakter``, ``haazri`` attendance, ``maidan`` ground, ``muqabla`` tournament,
  ``bhaar_varg`` weight class, ``umar`` age, ``safar`` trip, ``lejaan_aala`` who collects him,
  ``rishta`` relation, ``saman``/``naap`` kit/size, ``pragati`` progress;
- ``_basmati.py`` "Mehakkhet" (MONEY; the family's land): basmati contract farming with an
  exporter: ``kisan`` grower, ``sah_kisan`` co-grower, ``graan`` village, ``tehsil``, ``zila``
  district, ``khet`` field, ``khasra`` land-record number, ``rakba_kanal`` area, ``seema``
  boundary, ``kisam`` variety, ``beej`` seed, ``bijaai`` transplanting, ``chhirkaa`` spraying,
  ``dawai`` pesticide, ``namuna`` sample, ``katai`` harvest, ``nami`` moisture, ``tol``
  weighing, ``parchi`` slip, ``bhaa`` rate, ``agrim`` advance, ``khata`` bank account,
  ``gaddi``/``chalak`` vehicle/driver, ``kendra`` centre;
- ``_sip.py`` "Boondnivesh" (MONEY): a mutual-fund distributor's SIP app: ``niveshak``
  investor, ``pita_da_naa`` father's name, ``vivahik`` marital status, ``kamai`` income band,
  ``pesha`` occupation, ``aadhaar_antim4``, ``nagrikta`` citizenship, ``kar_nivas`` tax
  residence, ``tin``, ``seema`` mandate limit, ``hissa`` share, ``yojna`` scheme, ``nikasi``
  redemption, ``lakshya`` goal, ``dastakhat`` signature;
- ``_yoga.py`` "Tandrusti" (HER HEALTH): a naturopathy and yoga-therapy centre (her lower back
  pain and blood pressure): ``mareez`` patient, ``sawal`` questionnaire, ``bimariyan``
  illnesses, ``dwaiyan`` medicines, ``garbh`` pregnancy, ``peerh`` pain, ``upchar`` treatment,
  ``mitti_lep`` mud pack, ``kati_snaan`` hip bath, ``aasan`` postures, ``minat`` minutes,
  ``vrat`` fasting day, ``khurak`` diet, ``dhadkan`` heart rate, ``kadam`` steps, ``naal``
  shared with;
- ``_canteen.py`` "Kantinkard": an ex-servicemen's canteen card (her father-in-law's; she orders
  and collects): ``kard``, ``sewa_nambar`` service number, ``ohda`` rank, ``kard_dharak`` card
  holder, ``esm_pehchan`` ex-serviceman identity card, ``adhikrit`` authorised person, ``nuh``
  daughter-in-law, ``kota`` quota, ``kul`` total, ``ashrit`` dependant, ``shikayat`` complaint,
  ``khariddari`` purchases;
- ``_lehnga.py`` "Shingaar": a wedding-wear rental shop: ``naap`` measurements, ``chhati``
  bust, ``kamar`` waist, ``kulhe`` hips, ``baanh`` sleeve, ``pehrawa`` outfit, ``kiraya`` rent,
  ``amaanat`` deposit, ``byah`` wedding, ``badlav`` alterations, ``wapsi`` return, ``nuksan``
  damage, ``pasand`` wishlist, ``taare`` stars.
New kinds, checked with a grep of the file names and module docstrings (only those, parsed with
``ast.get_docstring``) of ``scripts/eval_families*``: "jagran", "jagrata", "bhajan", "kabaddi",
"kauddi", "basmati", "contract farming", "mutual fund", "demat", "systematic investment",
"naturopath", "ex-service", "military", "army" (only a fall-armyworm), "regiment", "subedar",
"lehenga", "dress rental" (only a festival app's dress rental in set 269), "shingaar", "jammu",
"kathua", "dogri" and "dogra" matched nothing. Nearest kinds, made different: devotional
singing exists as set 191's naam-kirtan and set 294's Sufi night, pilgrimage and temple apps as
many sets (here a troupe hired to sing at home, with the vow, the family goddess, the flame, the
tent and the langar); paddy exists as set 113's milling cooperative, set 125's drone spraying
and set 191's crop-loss claims (here an exporter's contract with a residue test and a weighing
slip); investment exists as set 235's treasury bills and fixed deposits (here a mutual-fund SIP
with FATCA); yoga appears only as a key of set 186 and a prenatal class in set 38 (here a
naturopathy course); school canteens exist (here a military canteen's smart card); tailors exist
in sets 69, 79, 112 and 141 (here rented wedding wear, with her measurements). Rejected because
earlier sets have them: rabies shots (142), allergy immunotherapy (127, 137), a post-office
savings account (267), gold loans (105), a flour mill (287), a tabla class (123), a harmonium
class (287), tiffin (123), tuition and school vans, henna (143), a thangka painting atelier (186:
so no Basohli miniature class), the LPG and water-tanker apps.
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrikaladi", MMP "Trackrajma", OpenRTB 2.5 ads "Bidtawi", crash
reporting "Crashtrikuta") and ``_svc.py`` (flags "Flagpatnitop", push "Pingbasohli", consent
"Consentmubarak", payments "Coinrupaiya", maps "Mapshivalik", support chat "Helpchenab"); their
code is set 151's SDK modules renamed (vendors, hosts, zone, country ``IN``/``IND``, region
``JK``, city, currency INR; set 151's mobile-money call became a UPI payout/collect). The same
docstring grep found none of the ten names (nor "kaladi", "rajma", "tawi" as a name, "trikuta",
"patnitop", "basohli", "mubarak", "rupaiya", "shivalik", "chenab"). ``eval_families297_kit.py``
holds her places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
codes), ``/mera``-style GETs with JWT bearers; jagran: troupes for the date, a programme, the
booking at her house (her point, the vow, family goddess and lineage), the advance by UPI, the
flame brought by her husband, tent and sound (msgpack), the langar without onion and garlic, the
guest list with an invitation quoting her address, the loudspeaker permission (PDF; her Aadhaar),
the receipt by booking number in the path, a private live stream for her sister, an offering, a
bhajan search, song requests, the start with her fix, photos, a review, points by cookie;
kabaddi: Kabir enrolled (Aadhaar, weight, height), his birth certificate by player number in the
path, the fitness form (gzip), the fee, the timetable, the drop-off check-in, progress by player
number in the path, the tournament entry, the bus consent, an injury report and photo, a message
to the coach, a kit order (msgpack), his grandfather authorised, videos, his card photo, a
search, events with a session cookie; basmati: the grower sign-up (her Aadhaar, her
father-in-law), the field's corners, seed, transplanting with her fix, the spray log (msgpack), a
leaf photo, the residue sample, the harvest, the slot (her husband drives), the weighbridge
check-in, the weighing slip, the payout account (her PAN), payments by grower number in the path,
an advance, an offline sync (JSON Lines); SIP: KYC (gzip; PAN, Aadhaar's last four, her father's
name), selfie and signature images, FATCA (her US SSN), the bank account, an e-mandate, Kabir as
nominee, a fund search, the SIP, a lump sum by UPI (msgpack), the statement by folio in the path,
the portfolio with a base64 JSON cookie, a redemption, a goal, a message, capital gains by PAN;
naturopathy: the intake (gzip), an MRI report (PDF), the plan, the package and payment, a slot,
the check-in, a protobuf diary (blood pressure, pain, weight), a yoga session (msgpack), fasting
days (JSON Lines), a posture video, a message to her therapist, the bill by patient number in the
path, a video room, sharing with her husband, a search, her band's steps, heart rate and sleep;
canteen: the card linked (her Aadhaar, his ESM card), an SMS code to his phone, the quota, a
search, an order (msgpack), its payment, a pick-up, the check-in, purchases by card number in the
path, a car's availability (his PAN), her mother-in-law's dependant card (photo), a complaint, a
bill by cookie, the delivery address with her point (4 decimals), a message naming him; rental:
a search, an outfit, her measurements, a try-on slot and check-in, a try-on photo, the rental,
its payment by UPI, delivery (her address, her husband), the order by number in the path,
alterations (msgpack), jewellery, the return from her house, a damage photo, the deposit refund,
a review, a wishlist shared with her sister. SDKs: analytics batches (gzip; positions at 2 or 3
decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url beacons;
MMP installs, events (hashed e-mail and phone) and a deep link (a URL in a JSON field carrying
the order and her e-mail); OpenRTB bids (GPS at 3 decimals with birth year and gender, or IP
geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and UPI payouts/collects;
geocoding, reverse geocoding (``lat,lon`` in the path) and routes; support messages and uploads.

Negatives are implicit: request, check-in, slot, session, thread, sample, field, trial, wishlist,
satra and order-line IDs, idempotency keys, nonces, UTRs, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the troupe's ID and point, song IDs, dishes; the club's ID and ground,
the tournament, the team; the exporter's centre and its point, the contract, the lab, the
variety, the spray product, quintals, moisture, the rate per quintal, the token; the
distributor's ARN, scheme codes, the NAV date; the centre's ID and point, the package code, the
band's ID; the canteen's ID and point, SKUs and rates, the car model, the counter; the shop's
ID and point, SKUs, the wedding venue; IFSC codes (a branch's public code), the land-record
number (``khasra``: a property record, not a person's), vehicle plates (no taxonomy type).

Conventions kept from set 151 (as its docstring states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS codes, bearer, refresh, session, stream and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, village, tehsil, district, region, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, rents, deposits,
bookings, orders and slips ``financial.purchase``; card data, last four digits, payment-method
IDs, bank accounts, UPI addresses and mandate references ``financial.payment``; another
person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL path
``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Emily, Kabir) is not ``contact.name`` except where the text
  is about the child (the injury note, the coach message, the goal's name, the support
  message with his full name); full names always are;
- jagran: the family goddess, lineage (``gotar``), the temple the flame comes from, the
  offering's fund, "without onion and garlic" (a Navratri observance), the loudspeaker reason,
  the navratri push tag and traits ``personal.sensitive`` (religion); the vow, the invitation,
  the song request and the photo caption ``content.text|personal.sensitive`` (the invitation
  also ``contact.address``); a bhajan search ``behavior.search|personal.sensitive``; song IDs
  unlabelled (catalogue picks, not typed); the devotee number ``id.user``;
- kabaddi: Kabir is a data subject: his Aadhaar ``personal.national_id``, player number
  ``id.user`` (body, JWT ``khiladi``, query, URL path), name, birth date, sex, age
  ``personal.birthdate``, weight, height, weight class and kit sizes ``health.fitness`` (body
  measurements), the fitness form, the injury and its photo ``health.medical``; the birth
  certificate PDF ``content.media`` only; the family doctor's name and phone ``contact.*``; the
  "U-12" age group in a timetable query unlabelled (a squad, not his record);
- basmati: the grower number ``id.user``; her Aadhaar and PAN ``personal.national_id``; the
  field's corners and her fixes in it ``location.precise`` (the family's land), the centre's
  point a negative; village, tehsil and district ``location.coarse``; the seed bought, the
  advance and the slip's total ``financial.purchase`` (her sale, as set 151's excise revenue);
  the rate per quintal a price (negative); the spray note and leaf message ``content.text``;
- SIP: the folio ``id.user``; PAN, the Aadhaar's last four and her US SSN (FATCA ``tin``)
  ``personal.national_id`` (the last four of an ID number kept like a card's last four); her
  father's name ``contact.name``; marital status, income band, occupation, citizenship and tax
  residence unlabelled (no taxonomy type); the selfie and signature ``content.media`` (a photo,
  not a faceprint); the mandate reference (UMRN) ``financial.payment``, its limit unlabelled;
  SIP, lump-sum and redemption amounts ``financial.purchase``; the nominee (Kabir) name and
  birth date, his guardian ``contact.*``;
- naturopathy: the patient number (body, JWT, query, URL path, protobuf) ``health.medical`` (a
  medical record number, as set 151's chart); illnesses, medicines, pregnancy, pain scores,
  blood pressure, therapies ``health.medical``; weight, height, exercise, yoga postures and
  minutes, steps, heart rate and sleep minutes ``health.fitness``; the MRI PDF
  ``content.media|health.medical``, the posture video ``content.media``; vegetarian diet and
  fasting-day food unlabelled; a wish for a woman therapist unlabelled;
- canteen: the card number ``id.user`` (also in a message: ``content.text|contact.name|id.user``);
  her father-in-law's service number ``id.user`` (his personnel ID, the card's key), his ESM
  identity card and PAN ``personal.national_id``, his rank unlabelled; her mother-in-law's
  name and birth date ``contact.name``/``personal.birthdate``; the canteen's point a negative,
  the delivery pin at 4 decimals ``location.precise``;
- rental: her measurements ``health.fitness`` (body measurements), as is the size trait; the
  wedding venue and "husband's cousin" unlabelled; the try-on and damage photos
  ``content.media``;
- SDKs: Trackrajma's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``JK``) and city ``location.coarse``, ``yob``/``gender``
  ``personal.birthdate``/``personal.gender``; positions at 2 decimals ``location.coarse``, at 3
  or more ``location.precise`` (a geocoding bias at 3 decimals from her house precise, at 2
  coarse).

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``DESIGN.md`` (whole);
``eval_payloads.py`` (whole); set 151's entry module and all its modules (``_kit``, ``_sdk``,
``_svc``, ``_abano``, ``_building``, ``_dental``, ``_parish``, ``_qvevri``, ``_school``,
``_svan``), read whole (a few lines in two long outputs were truncated and re-read by line
ranges); ``_sdk.py``/``_svc.py`` copied with renames into this set's. Of the helper kits, only
definitions and signatures: a grep of ``def``/constant lines of ``eval_families6``, ``17``,
``18``, ``19``, ``20``, ``21``, ``22`` and ``24_kit``; ``eval_families6_kit`` lines 20-135
(``raw``, ``encode``, ``multipart``, ``pb``); ``eval_families17_kit``'s docstring, import list and
lines 140-190 (``chain``, ``pbu``, ``varints``, ``push_token``); ``eval_families20_kit`` lines
20-80 (``App``, ``ev``, ``opaque``, ``DOB``, ``FIRST``/``LAST``, ``T0``);
``eval_families24_kit`` lines 60-125 (``WEBVIEW_UA``, ``rid``, ``sdk_id``, ``head``,
``claims``); ``eval_families21_kit``'s ``at_path`` and ``sdk_uid``; ``eval_families22_kit``'s
``gql``, ``lines``, ``sdk_uuid``; ``eval_families8_kit``'s ``report``; a grep of constant
definitions (``E164``, ``NATIONAL``, ``DIGITS``, ``EMAIL_UPPER``, ``MCCMNC``, ``JPEG``,
``CARD2``...) in kits 8-16 and 24; the sources of ``token``/``tok``, ``enc``, ``add`` and
``eval_families21.listed_once`` and the values of the category constants, printed with
``inspect``. Plus the docstring grep above (a small ``ast`` script in the scratch directory
printing, per word, matching file names and about 100 characters of each matching docstring).
No classifier, rule, test, README or decoder was read or run; ``ruff check --select F`` ran on
these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families297_basmati
import eval_families297_canteen
import eval_families297_jagran
import eval_families297_kabaddi
import eval_families297_lehnga
import eval_families297_sip
import eval_families297_yoga
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
    return [*eval_families297_jagran.jagrata(), *eval_families297_jagran.jagrata_sdks(),
            *eval_families297_kabaddi.kauddi(), *eval_families297_kabaddi.kauddi_sdks(),
            *eval_families297_basmati.mehakkhet(), *eval_families297_basmati.mehakkhet_sdks(),
            *eval_families297_sip.boondnivesh(), *eval_families297_sip.boondnivesh_sdks(),
            *eval_families297_yoga.tandrusti(), *eval_families297_yoga.tandrusti_sdks(),
            *eval_families297_canteen.kantinkard(), *eval_families297_canteen.kantinkard_sdks(),
            *eval_families297_lehnga.shingaar(), *eval_families297_lehnga.shingaar_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
