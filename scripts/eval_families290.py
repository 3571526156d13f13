"""Two-hundred-and-ninetieth, BLIND labelled set for the classifier evaluation ("blind287"):
written without reading the classifier code, its rules, the tests, the README or the evaluation
scripts, and never run through a classifier by its author; ``main`` (the project's decoder path
check, which prints counts) was run five times at the end, each exiting 0 (later runs after three
exchanges were added to reach the intended size and after one text was corrected). It is to be scored once, by the lead, on
the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (150 first-party calls and 80 SDK calls, 230 exchanges, 1,687
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Tunceli (Dersim), eastern Turkey, with her husband Hidir Aslantepe, a
Zaza-speaking teacher whose Alevi family comes from Ovacik (Pulur); her US SIM roams. Their
daughter Zelal (8) is in the third class of a primary school in Tunceli and is treated for short
stature at a children's growth clinic in Bingol (Cewlig), where her brother-in-law Sait
Aslantepe lives; her mother-in-law Gulizar lives in the family's village house in Ovacik. All
people, firms, apps and numbers are fictional; hosts are under example.* (RFC 2606); no real
company is named as a sender.

The apps' API keys are Zazaki (Kirmancki), ASCII-folded as a local developer would type them
(i/ı, e/ê, i/î, u/û, c/ç, s/ş folded), mixed with the English words real APIs keep (``token``,
``id``, ``push_token``, ``refresh_token``, ``lat``/``lng``) and the Turkish loans Zazaki
speakers use every day (``adres``, ``telefon``, ``parola``/``sifre``, ``taksit``, ``senet``,
``kefil``, ``randevu``, ``siparis``, ``kargo``). Seven app kinds, each with its own API and the
SDKs it embeds:
- ``eval_families290_cemxane.py`` "Cemxane", the Alevi cem house of his family (her religion:
  ``name``, ``peyname`` surname, ``e_poste``, ``telefon``, ``parola``, ``tarixe_biyayisi``
  birth date, ``ocax`` holy lineage, ``talib_no`` member number, ``merde`` husband, ``dewe``
  village, ``amayis`` attendance, ``lokma`` offering meal, ``niyaz`` offering, ``qurban``
  sacrifice, ``roca_xiziri`` Xizir fast, ``dede``, ``ziyaret`` visit, ``kena`` daughter,
  ``cinsiyet`` sex, ``semah``, ``jiare`` sacred place, ``rayiwani`` travellers, ``bexs``
  donation, ``pere`` money, ``miqdar`` amount, ``miriyayi`` the departed, ``weseyi`` the living,
  ``nuste`` text, ``cigerayis`` search, ``resim`` photo, ``hedise`` events, ``karber`` user,
  ``cihaz`` device, ``cikewtis`` log-in, ``vejiyayis`` log-out);
- ``_xali.py`` "Xalisute", carpet washing with door pick-up (``name_peyname``, ``mobil``,
  ``kod``, ``adres``, ``mehle`` neighbourhood, ``qat`` floor, ``suke`` town, ``xali`` carpet,
  ``tike`` pieces, ``metrekare``, ``leke`` stain, ``qimet`` price, ``yekun`` total, ``girotis``
  pick-up, ``teslim`` delivery, ``pere_dayis`` payment, ``kart_peyen4`` last four, ``puan``,
  ``fikir`` remark, ``cinar`` neighbour, ``hewa`` weather);
- ``_senet.py`` "Taksitxane", a Bingol furniture and appliance store selling on promissory notes
  (money: ``musteri_no`` customer number, ``namey_pi`` father's name, ``numreya_kimlige`` ID
  number, ``sifre`` password, ``adrese_keye`` home address, ``wilayet`` province, ``kefil``
  guarantor, ``mal`` goods, ``pesin`` down payment, ``taksit`` instalments, ``asmane`` monthly,
  ``senet``/``senetan`` note(s), ``roja_dayisi`` due date, ``mendo`` remaining, ``hesabe_banka``
  bank account, ``wayir`` holder, ``imza`` signature, ``garanti`` warranty, ``dikan`` shop);
- ``_bejn.py`` "Berzbejn", the children's growth clinic (the child's health: ``maye`` mother,
  ``numreya_newesi`` patient number, ``berzi`` height, ``girani`` weight, ``berziya_maye`` /
  ``berziya_pi`` the parents' heights, ``emre_estiye`` bone age, ``teshis`` diagnosis,
  ``derman`` medicine, ``doz`` dose, ``derzi`` injection, ``ca_derzi`` injection site,
  ``tahlil`` lab test, ``mekteb`` school, ``ki_ra`` to whom);
- ``_fal.py`` "Fincan", coffee-cup fortune reading (``nameyo_veng`` nickname, ``burc`` star
  sign, ``hale_zewaci`` marital status, ``kar`` work, ``fincan`` cup, ``tabaq`` saucer,
  ``pers`` question, ``waste`` wish, ``hewn`` dream, ``deng`` voice, ``falci`` reader,
  ``krediye`` credits, ``hediye`` gift, ``saeta_biyayisi`` birth hour);
- ``_lihef.py`` "Lihefci", a wool quilt and mattress carding workshop (``lihef`` quilt,
  ``dosek`` mattress, ``ris`` wool, ``ebat`` size, ``qumas`` fabric, ``reng`` colour,
  ``dirvayis`` sewing, ``keye_de`` at home, ``wayira_keye`` the householder, ``posta_kod``,
  ``welat`` country, ``taslax`` draft);
- ``_resim.py`` "Resimxane", old-photo restoration and prints (``kihan`` old, ``serre`` year,
  ``tamir`` repair, ``cap`` print, ``cerceve`` frame, ``kargo`` shipping, ``eyalet`` state,
  ``posta`` post code, ``albume`` album, ``izin`` permission).
New kinds (a file-name and module-docstring grep of ``scripts/eval_families*``, 3,069 files:
"alevi", "cemevi", "semah", "musahip", "lokma", "xizir", "muharrem", "carpet wash", "rug wash",
"promissory", "senet", "growth hormone", "somatropin", "short stature", "growth clinic",
"coffee cup", "hallac", "wool quilt", "photo restor", "coloriz"/"colouriz" matched nothing;
"zazaki", "tunceli", "dersim", "munzur" nothing, "zaza" only set 107's Malagasy preschool
"Zazakely"; "tekke" set 140's dervish lodge, "fortune" set 216's feng-shui consultant,
"carpet" sets weaving or selling rugs, "quilt" sets 166 and 227's crafts, "instalment" many sets
as a payment option. Rejected as already had: beekeeping, rotating savings, rafting, trout,
transhumance, winter roads, snow ploughing, tick bites, rabies, FMF, circumcision, dairy,
Kurdish audiobooks, mother-tongue classes, traditional councils, boarding schools.)
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Zomalytics", MMP "Pulurtrack", OpenRTB 2.5 ads "Bidmunzur", crash
reporting "Crashpertag") and ``_svc.py`` (flags "Flaghozat", push "Pingmazgird", consent
"Consentpilemur", payments "Pereway", maps "Mapcewlig", support chat "Helpembaz"); their code is
set 151's SDK shapes with the vendors, hosts, zone (Europe/Istanbul), country (TR, OpenRTB TUR,
region TR-62, city Tunceli), locale and currency (TRY) changed (a grep of ``scripts/`` found
none of the ten names). ``eval_families290_kit.py`` holds her places, people and the apps'
businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, SMS codes), ``/mi``-style GETs with
JWT bearers; cem house: registration with her lineage, the cem calendar, attendance with her fix
(4 decimals), a lokma offering, a sacrifice share, the Xizir fast calendar, a dede's home visit
(her address), Zelal's semah class, a pilgrimage to the Munzur springs, a donation, a
commemoration meal (departed and living named), a message to the dede naming her mother-in-law's
ritual sibling's death, an album photo, the member card by number in the path, a receipt by
cookie, a search, an RSVP; carpets: the address, prices, the order (three rugs), a stain photo,
the pick-up slot (her husband's phone), her door-step fix (5 decimals), the order by number in
the path, an offline basket (msgpack), payment, a message to the driver quoting her phone,
delivery, a rating, a neighbour referred (name, phone), a search, a coupon by cookie; store: the
sign-up (her residence-permit number, her father's name), the catalogue, the basket, a credit
check consent, the contract and its six notes, the guarantor (her brother-in-law's ID number),
the signature image, a store check-in (6 decimals), the contract by number in the path, the
down payment and an instalment, the auto-debit IBAN, delivery and installation, a protobuf
schedule acknowledgement, warranty registration, a message, an offline sync (JSON Lines), a
search; growth clinic: linking Zelal by national ID, the parents' heights, the growth chart by
patient number in the path, a home height and weight, the wrist X-ray, lab results, the plan, an
appointment, a check-in (5 decimals), a protobuf injection log, a msgpack dose queue, a bruise
photo, a message to the doctor, a pen refill with its co-payment, a video room, a school letter;
fortune: her birth data for the star sign, three cup photos, a question naming her husband, a
dream, a voice question (m4a), credits bought, credits gifted to her sister, the reading by
number in the path, a rating, a base64 JSON preferences cookie, a search, the daily horoscope, a
read-sync (JSON Lines); quilts: the address, the job with wool weights, a fabric photo, a home
visit at her mother-in-law's village house (the house's point), her arrival fix (4-decimal
strings), the job by number in the path, extra wool (msgpack), payment, a message naming her
mother-in-law, delivery, a rating, an offline sync (JSON Lines), a base64 JSON draft in a form
field, a search, a receipt by cookie; photos: three scans (JPEG), the restoration order,
captions naming his grandparents, a proof approved, the order by number in the path, prints and
a frame, payment, a shipping label to her sister in Ohio, a pick-up with her fix (6 decimals),
a message, an album shared with her husband, her address, a search, a receipt by cookie; every
app: push registration and events (several gzip). SDKs: analytics batches (gzip; positions at 2
or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, events (hashed e-mail and phone) and deep links (a URL in a JSON field
carrying the reading and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo; one with
year of birth and gender) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations
and a mobile-wallet collection; geocoding (a typed address; a clinic's name), reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and uploads (a PDF, a JPEG).

Negatives are implicit: request, attendance, cem, gathering, slot, appointment, video-room,
scan, album, cup, line and object IDs, idempotency keys, nonces, timestamps, versions, public SDK
keys, OpenRTB IDs and prices; the cem house's ID, name, phone and point, the dede's and bus IDs,
the lineage's price list; the washing plant's ID and point, carpet kinds and square metres, the
coupon code; the store's ID and point, catalogue codes, names and prices, the appliance's serial
number; the clinic's ID and point, the doctor's ID, the pen lot, the school's name and class;
the readers' IDs, the credit package, the store receipt; the workshop's ID and point, the
carder's ID, sizes and wool kilos; the photo shop's ID and point, years of the photos, print sizes
and frames; her marital status, work and birthplace city in the fortune app (no taxonomy type fits; left
unlabelled).

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, neighbourhood, village, province, state, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, prices she pays, credits,
orders, jobs, contracts and notes ``financial.purchase``; card data, last four digits,
payment-method IDs, card tokens and IBANs ``financial.payment``; another person's full name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Zelal, Hidir, Emily, Sevda) is not ``contact.name`` except
  where a surname or number is with it or the text tells about a named relative (the message
  naming "Gulizar" and the quilt message naming "Vistewra mı Gulizar"); the child's full name
  always is;
- cem house: lineage (``ocax``), the cem house she belongs to (body, query, JWT claim, traits,
  push tags), services, ritual-sibling flag, offerings, sacrifice, fast, semah class, sacred
  place, donation fund and commemoration kind ``personal.sensitive`` (religion); commemorated
  names (living and departed) ``contact.name``; the member number ``id.user``; a lokma intention
  for her daughter's health ``content.text|personal.sensitive`` (no health fact stated);
- carpets and quilts: the customer IDs built from the user ID ``id.user``; the mother-in-law's
  village house point ``location.precise`` (the family's home, as set 151's vineyard), the
  workshop and plant points negatives;
- store: her foreigner ID number and the guarantor's ID number ``personal.national_id``; her
  father's name ``contact.name``; the contract number ``financial.purchase`` (body, JWT, path,
  protobuf); each note's amount ``financial.purchase``; the signature image ``content.media``;
  the credit-check consent's ID number labelled, the consent flag not;
- growth clinic: Zelal is a data subject: her national ID ``personal.national_id``, name, birth
  date, sex; her patient number ``health.medical`` (a medical record number, as set 151's chart
  number; body, JWT ``doman``, URL path, protobuf); height and weight (hers and the parents')
  ``health.fitness`` (body measurements, the taxonomy's words) while bone age, diagnosis,
  medicine, dose, injection site and lab test names ``health.medical``; the X-ray and bruise
  photos and the lab PDF ``content.media|health.medical``;
- fortune: the star sign (derived from the birth date, body, cookie, traits, tags) and the birth
  hour ``personal.birthdate``; the cup, saucer and voice files ``content.media``; the reading
  number ``financial.purchase`` (credits spent); the dream and question ``content.text`` (the
  question with her husband's full name also ``contact.name``); marital status unlabelled;
- photos: the scans ``content.media``; the grandparents named in a caption
  ``content.text|contact.name``; her sister's US street ``contact.address`` with city, state, post
  code and country ``location.coarse``;
- SDKs: Pulurtrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; the Mapcewlig search for the clinic's
  name ``behavior.search``, for her typed street line ``contact.address``.

Looked at (stated honestly): ``eval_families151.py`` and all its modules whole (``_abano``,
``_building``, ``_dental``, ``_kit``, ``_parish``, ``_qvevri``, ``_school``, ``_sdk``, ``_svan``,
``_svc``; ``_sdk``/``_svc`` copied with renames into this set's), ``eval_payloads.py`` whole,
TAXONOMY.md and DESIGN.md's report.json section; the head (imports and constants) of
``eval_families17_kit.py`` and the signatures, docstrings and constants printed by Python
introspection of ``eval_families17_kit``, ``_18_kit`` (``sjwt``), ``_19_kit`` (``EMAIL_MIXED``),
``_20_kit`` (``App``, ``ev``, ``opaque``, ``FIRST``, ``LAST``, ``DOB``, ``T0``), ``_21_kit``
(``at_path`` source, ``sdk_uid``), ``_22_kit`` (``lines``, ``sdk_uuid``), ``_24_kit``
(``head``, ``claims``, ``rid``, ``sdk_id``, the card constants) and ``_6_kit`` (``raw``), and
the line numbers of ``App``'s methods; the module docstrings of all ``scripts/eval_families*``
files, extracted to a scratch file and grepped for the candidate words (with a few excerpts of
the docstrings of sets 106, 107, 149, 158, 187, 196, 212, 234, 277, 278, 282 and 284 printed
to judge overlaps), and
a ``grep -ril`` count of ``scripts/`` for the new vendor and app names. No classifier, rule,
test, decoder or other set's data was read or run (``ruff check --select F`` ran on these files
and removed three unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families290_bejn
import eval_families290_cemxane
import eval_families290_fal
import eval_families290_lihef
import eval_families290_resim
import eval_families290_senet
import eval_families290_xali
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
    return [*eval_families290_cemxane.cemxane(), *eval_families290_cemxane.cemxane_sdks(),
            *eval_families290_xali.xalisute(), *eval_families290_xali.xalisute_sdks(),
            *eval_families290_senet.taksitxane(), *eval_families290_senet.taksitxane_sdks(),
            *eval_families290_bejn.berzbejn(), *eval_families290_bejn.berzbejn_sdks(),
            *eval_families290_fal.fincan(), *eval_families290_fal.fincan_sdks(),
            *eval_families290_lihef.lihefci(), *eval_families290_lihef.lihefci_sdks(),
            *eval_families290_resim.resimxane(), *eval_families290_resim.resimxane_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
