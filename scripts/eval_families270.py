"""Two-hundred-and-seventieth, BLIND labelled set for the classifier evaluation ("blind267"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run several
times at the end (after all modules were written and after each docstring edit), exiting 0 each time
(before that, the same ``report`` ran once on the first two app modules alone
through a scratch script under /tmp, also exit 0). It is to be scored once, by the lead, on the
final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (150 first-party calls and 81 SDK calls, 231 exchanges, 1,707
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Kayes (Mali; the Legal Segou quarter) with her Soninke husband Hamedy
Bathily, her US SIM roaming (a Malian network in Kayes, a Mauritanian one in Selibaby); their
son Sidi (8) is in CE2 at a public school. The husband's family compound is in Selibaby
(Guidimakha, Mauritania), where his father Diadie Bathily (72), a retired factory worker back
from France, lives with the husband's sister Kadia; the family's millet field lies north of the
town; she runs a small bazin-cloth shop at Kayes's big market. All people, apps and businesses
are fictional (hosts under example.* per RFC 2606, no real company named as a sender). The apps'
API keys are Soninke as this author knows it, ASCII-folded (``x`` kept for the uvular fricative,
``ny`` for the palatal nasal, no tones or long-vowel marks beyond doubled letters), mixed with the
English words real APIs keep (``token``, ``id``, ``lat``/``lon``, ``refresh_token``, ``q``,
``events``) and the French loans Kayes and Selibaby developers would write in Soninke spelling
(``telefoni``, ``imeeli``, ``adiresi``, ``kartiye``, ``lanpo``, ``butiki``, ``sarete``,
``fiti``, ``operasiyon``, ``dosiye``, ``awoka``, ``pansiyon``); a few words are Arabic loans
shared across the Sahel (``sirru`` secret, ``sababu`` reason, ``sikaye`` complaint, ``jamaa``
gathering, ``asli`` origin, ``dawa`` medicine). The Soninke words were not checked by a speaker.
Shared words across the apps: ``toxo`` (first) name, ``kabila_toxo`` surname (clan name),
``naysansi_kiye`` birth date (loan + ``kiye`` day), ``yugo``/``yaxare`` man/woman (sex),
``lemine``/``lemunu`` child/children, ``debe`` town, ``jamaane`` country, ``ka`` compound,
``kille`` street, ``dingira`` place, ``xaalisi`` money/amount, ``sara`` payment, ``xobe`` buy
(order), ``gagande`` sales, ``xibaare`` message/news, ``safande`` written note, ``waxati`` time,
``xaso`` month, ``ji`` water, ``yiile`` millet, ``te`` field, ``seede`` witness/certificate,
``kalla_yugo`` father-in-law, ``sere`` person/user, ``xanne`` language, ``aparey`` device. Seven
app kinds, each with its own API and the SDKs it embeds (each module's docstring lists its keys):

- ``eval_families270_lemine.py`` "Lemineso": a hospital children's surgery ward's parent app
  (Sidi's appendicectomy: the child's data and health): ``dosiye`` hospital number, ``maladi``,
  ``operasiyon``, ``dawa``, ``tampe``, ``eva`` pain score, ``kilo``, ``wisiti``, ``acte``;
- ``_ji.py`` "Jiisarete": donkey-cart water delivery in Selibaby (ouguiya): ``kiliyan``
  customer, ``fiti`` barrels, ``litiri``, ``faale`` donkey, ``sarete`` cart, ``abonman``,
  ``kanu_moxu`` household;
- ``_lanpo.py`` "Lanpo Xaaso": the commune of Kayes's business tax (patente) for her shop (money):
  ``lanpo``/``lanpo_nimero`` tax / taxpayer number, ``nif``, ``butiki``, ``patanti``, ``avi``
  tax notice, ``lisansi``/``enseni`` sign-board permit, ``marse`` market ticket;
- ``_fedde.py`` "Feddebaane": an association against descent-based slavery (a sensitive trait:
  political opinion and, in its legal-aid records, social/ethnic origin): ``manbaru`` member,
  ``seksiyon`` section, ``kotizasiyon`` dues, ``marsi`` march, ``petisiyon``, ``seede``
  testimony, ``awoka`` lawyer, ``asli`` origin, ``woti`` vote, ``nyiinye`` land;
- ``_sotoreli.py`` "Sotoreli": desert-locust sighting reports from the family field to the
  plant-protection base: ``raporotere``/``raporo`` reporter/report, ``sotoreli`` locusts,
  ``hektari``, ``kompansasiyon``, ``formasiyon``, ``pestisid``;
- ``_kolon.py`` "Kolonbe": a hand-dug well for the Selibaby compound: ``kolon`` well, ``devi``,
  ``kontra``, ``santiye`` site, ``buse`` rings, ``metere`` depth, ``avans``, ``tranche``,
  ``garanti``;
- ``_pansiyon.py`` "Bireseede": the yearly pension life certificate she files for her
  father-in-law with his foreign pension fund (money; another data subject): ``benefisiyer``,
  ``nni``, ``nss``, ``pansiyon_nimero``, ``bire`` alive, ``kayiti`` document, ``banki``,
  ``peyeman``, ``domisil`` home visit.

New kinds (an ``ast`` dump of the module docstrings of ``scripts/eval_families*.py`` plus the
``ls`` of file names, grepped case-insensitively): "donkey", "water cart", "charrette",
"patente", "business licence", "trading licence", "market tax", "slavery", "anti-slavery",
"emancipat", "equal rights", "locust", "hand-dug", "well digg", "puisatier", "life
certificate", "certificat de vie", "appendic", "appendectomy", "paediatric surg" found nothing;
nor did "Kayes", "Selibaby", "Guidimakha", "Mauritania", "Soninke", "ouguiya". Close cousins,
made different: set 126's cyclone emergency water delivery (here a carter's everyday barrels by
donkey cart); set 26's tax filing, an Indonesian vehicle-tax set and a property tax (here a
municipal patente and sign-board permit for a shop); "human rights" (a set on religious
expulsions), protests and petitions in many sets (here membership of an association against
descent-based slavery, with its legal aid); set 170's well testing and boreholes named as places
(here a well dug by hand, contracted and paid in instalments); set 152's second-pillar pension
fund member app (here a returned migrant's life certificate filed by a proxy); hospital and
day-surgery apps exist (a hernia, gallbladder, tonsils), none an appendicectomy ward's parent
app. Rejected after the grep because they exist: a hometown association (set 265's kafo), a
grain mill, a ram for Tabaski (145), exchange bureaus, a gold-buying centre, scouts, a
bone-setter (hilot), a fracture clinic, cataract and hepatitis clinics, bush taxis, pirogue
crossings, market-stall rentals, a griot, bogolan, a cereal bank (157, Mali).

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Tunkalytics", MMP "Jamaanetrack", OpenRTB 2.5 ads "Debebid", crash
reporting "Wurocrash") and ``_svc.py`` (flags "Kiyeflags", push "Xibaarpush", consent
"Seedeconsent", payments "Xaalipay", maps "Killemaps", support chat "Baafechat"); their code is
set 151's ``_sdk.py``/``_svc.py`` copied with the vendors, hosts, functions' prefixes, zone
(Africa/Bamako), country (ML/MLI), city (Kayes), currency (XOF; MRU passed by the Mauritanian
apps) and user agents changed, and ``xl_wallet`` given currency, account and provider
parameters (a docstring and file-name grep found none of the ten names nor any app name).
``eval_families270_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes, a
PIN), ``/ndi`` ("me") GETs with JWT bearers, refresh and log-out tokens; ward: the parent, Sidi
linked by his birth-certificate number, his file by hospital number in the path, the admission,
the consent signature, medicines, a protobuf post-op diary, a wound photo, a message to the
surgeon, visitor passes, the deposit, the invoice by cookie GET, a check-in (5 decimals), meals
(msgpack), the discharge summary (gzip), the follow-up, a school absence certificate, a search;
water: SMS code, the customer with the compound's pin, carts near (3 decimals), an order, the
order by number in the path, payment, a subscription, the delivery confirmed (6 decimals), a
dirty-water photo, a message to the carter, a rating, the household, an offline queue (JSON
Lines), an order for a naming ceremony, receipts by customer number in the path; tax: the shop,
the patente by taxpayer number in the path, the turnover declaration (gzip; monthly sales), card
and wallet payments, the inspector's visit with her fix at the counter, the sign-board photo, the
tax certificate (PDF), a complaint, the permit (msgpack), a market ticket, a message naming her
husband with his phone, a password change; association: joining as an ally, the member card by
number in the path, dues, meetings, the march check-in (4 decimals), a petition, a testimony
naming a neighbour, a legal-aid request with his origin, a march photo, a donation, an internal
vote, news by cookie, a chat, a volunteer form (msgpack); locusts: the field's corners, a
sighting (6 decimals), a photo (5), a protobuf beat, an offline queue (JSON Lines), alerts and
weather at 2 decimals, reports by reporter number in the path, a crop-loss claim paid to her
husband's wallet, a spraying report with her symptoms, map tiles by cookie, her compound's
address; well: a quote with the yard's pin, the site by contract number in the path, the
contract with her passport, a deposit, a progress photo, a check-in, materials (msgpack), a water
test (the well's readings), an instalment by her sister-in-law's wallet, a review, a warranty in
her father-in-law's name; pension: her father-in-law added (NNI, social-security number, pension
reference), his certificate by reference in the path, his photo holding his ID, the signed form
(PDF), the desk appointment and her check-in (5 decimals), his IBAN, payments, a message about
his stroke, a home visit (the compound at 5 decimals, his hemiplegia), a scan (msgpack), the
tax-residence form (gzip). SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits
(base64 JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP installs,
sessions, events (hashed e-mail and phone) and a deep link (a URL in a JSON field carrying her
member number and e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash
envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers (positions
at 2 decimals); consent records and checks; card tokens, confirmations and mobile-money
collections (a relative's wallet number); geocoding, reverse geocoding (``lat,lon`` in the path),
routes and telemetry; support messages and uploads.

Negatives are implicit: request, thread, delivery, sighting, field, quote, well, affair, meeting
and order-line IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs
and prices; the hospital's ID, name, phone and point, ward and room; the carter's ID, name and
phone, the donkey, the standpipe's ID and point, barrels and litres; the town hall's ID, the
shop's ID, name, register (RCCM) number, street and listed point, the inspector, the sign's
size, the market pitch; the association's rally square, election and candidate IDs, the
petition's ID; the plant-protection base, the sighting's stage, density, heading and damage
share, map tile numbers, the spraying team and product; the diggers' ID, name, phone and yard's
point, soil, rings, depth, cement and the well water's nitrate, turbidity and pH readings (a
well's, not a person's); the pension desk's ID and point, the agent, the bank's name, the
document kind.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, PINs, SMS codes, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, quarter, region and country ``location.coarse``; street and compound
lines ``contact.address``; amounts, totals, fees, dues, taxes, invoices, orders and contracts
``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Samba the carter, Kadia) is not ``contact.name`` except where
  the text is about the child (the message to the surgeon); full names always are;
- ward: Sidi is a data subject: his birth-certificate (civil register) number
  ``personal.national_id``; his hospital number (body, JWT ``lemunu``, query, URL path, protobuf)
  and his health-insurance number ``health.medical`` (a medical record number, as sets 37 and
  151); diagnosis, temperature, pain score, allergies "none", medicines, diet and the absence
  certificate's reason ``health.medical``; his weight ``health.fitness``; the wound photo
  ``content.media|health.medical``; the consent signature ``content.media``;
- water: her customer number ``id.user``; the compound's pin (3, 5, 6 decimals)
  ``location.precise``; a mobile-money wallet of her sister-in-law ``contact.phone`` only;
- tax: her tax ID (NIF) as a sole trader ``personal.national_id``; the taxpayer account
  ``id.user``; her shop's name, register number, street and listed point are a business's
  (negatives), her fix at the counter ``location.precise``; her declared monthly sales and
  turnover, the patente, the tax notice and permits ``financial.purchase`` (as set 151's excise
  revenue);
- association: membership fields (section, ally status, role, march, petition, fund, the vote
  cast, push tags, analytics traits) ``personal.sensitive`` (political opinion); the neighbour's
  descent (``asli``) and the legal-aid reason ``personal.sensitive`` (social/ethnic origin); the
  member number ``id.user``; a search on the law ``behavior.search`` only;
- locusts: the reporter number ``id.user``; the family field's corners and her fixes in it
  ``location.precise``; alerts and weather at 2 decimals ``location.coarse``; the crop-loss
  payout ``financial.purchase``; her eye irritation after spraying ``content.text|health.medical``;
- well: the contract number ``financial.purchase``; her passport ``personal.national_id``; the
  well in their yard ``location.precise``;
- pension: her father-in-law is a data subject: his NNI and social-security number
  ``personal.national_id``, his pension reference ``id.user``, birth date, phone, IBAN
  ``financial.payment``, his stroke and hemiplegia ``health.medical``; his yearly pension
  ``financial.purchase`` (no income type exists; the set's amounts convention); the photo of him
  holding his ID ``content.media`` (a photo, no face template sent);
- SDKs: Jamaanetrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country and city ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3 or
  more ``location.precise``; Tunkalytics' ``context.carrier`` ``location.carrier``.

Looked at (stated honestly): ``eval_families151.py`` and all its modules (``_kit``, ``_sdk``,
``_svc``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``) whole; ``eval_payloads.py`` whole; TAXONOMY.md whole; DESIGN.md's lines from
``report.json`` to the end of the file (a ``grep -A60``); the first 124 lines of
``eval_families17_kit.py`` (its docstring and import list) and a grep of its top-level names; the
signatures and docstrings (printed with ``inspect``) of ``pb``, ``multipart``, ``add``, ``enc``,
``tok``, ``report``, ``check_ci``, ``raw``, ``App``, ``ev``, ``opaque``, ``head``, ``claims``,
``rid``, ``sdk_id``, ``at_path``, ``sdk_uid``, ``lines``, ``sdk_uuid``, ``sjwt`` and the values
of ``FIRST``, ``LAST``, ``DOB``, ``T0``, ``EMAIL_MIXED``, ``E164``, ``NATIONAL``,
``EMAIL_UPPER``, ``CARD2``, ``CARD2_EXP``, ``CARD2_CVC``, ``WEBVIEW_UA``, ``SENS``, ``MED``,
``TEXT``; the file names in ``scripts/`` and an ``ast`` dump of every ``eval_families*`` module
docstring, grepped for the candidate words and names above with short context lines printed (in
doing so the opening paragraphs of set 157's and set 265's entry docstrings were printed whole, to
see their West African app kinds and key words: Bambara ``gundo``/``jamu`` and Mandinka words
were then avoided) and the first 400 characters of ``eval_families26_tax.py`` (its
docstring, to see what that tax app is). Outside the repository: public web pages found by
search for Soninke words (a
counting page, a Soninke-French lexicon page of soninkara.com, a Wikipedia mirror on the
language's spelling) and a public-code string search for "soninke". No classifier, rule, test or
decoder was read or run beyond ``main``'s own check; ``ruff check --select F`` ran on these files
(one unused import removed by hand).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families270_fedde
import eval_families270_ji
import eval_families270_kolon
import eval_families270_lanpo
import eval_families270_lemine
import eval_families270_pansiyon
import eval_families270_sotoreli
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
    return [*eval_families270_lemine.lemineso(), *eval_families270_lemine.lemineso_sdks(),
            *eval_families270_ji.jiisarete(), *eval_families270_ji.jiisarete_sdks(),
            *eval_families270_lanpo.lanpoxaaso(), *eval_families270_lanpo.lanpoxaaso_sdks(),
            *eval_families270_fedde.feddebaane(), *eval_families270_fedde.feddebaane_sdks(),
            *eval_families270_sotoreli.sotoreli(), *eval_families270_sotoreli.sotoreli_sdks(),
            *eval_families270_kolon.kolonbe(), *eval_families270_kolon.kolonbe_sdks(),
            *eval_families270_pansiyon.bireseede(), *eval_families270_pansiyon.bireseede_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
