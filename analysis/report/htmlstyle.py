"""The report page's inline stylesheet: readable on a phone, printable, no external resources.

Inline because the page's Content-Security-Policy allows only inline styles and ``data:`` images
(https://www.w3.org/TR/CSP3/). Verdict and disclosure badges carry a symbol and a word besides
their colour (WCAG 2.1 SC 1.4.1, "Use of Color"); colours are Okabe-Ito.
"""

CSS = """
:root { --ink:#1a1a1a; --muted:#555; --line:#d9d9d9; --bg:#fff; --soft:#f4f6f8;
        --bad:#B34700; --good:#00795A; --warn:#8A6D00; --blue:#0072B2; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 3rem; color: var(--ink);
       background: var(--bg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto,
       "DejaVu Sans", sans-serif; overflow-wrap: break-word; }
header { padding: 1.2rem 0 .6rem; border-bottom: 3px solid var(--ink); }
h1 { font-size: 1.6rem; margin: 0; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem .9rem; }
nav a, a { color: var(--blue); }
.muted, figcaption, .note { color: var(--muted); font-size: .9rem; }
.banner { border: 2px solid var(--warn); background: #FFF8DB; padding: .6rem .9rem;
          margin: 1rem 0; font-weight: 600; }
.headline { font-size: 1.05rem; }
.headline li { margin: .2rem 0; }
.scroll { overflow-x: auto; max-width: 100%; margin: .4rem 0 1rem;
          -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; font-size: .86rem; min-width: 100%; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left;
         vertical-align: top; }
th { background: var(--soft); position: sticky; top: 0; white-space: nowrap; }
td { overflow-wrap: anywhere; min-width: 7em; }
td.num { min-width: 0; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.url, td.val { min-width: 14rem; max-width: 28rem; word-break: break-all;
                 font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8rem; }
tr:target, .claim:target { outline: 3px solid var(--blue); }
figure { margin: 1.2rem 0; page-break-inside: avoid; break-inside: avoid; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
figcaption strong { color: var(--ink); display: block; }
.claim { border: 1px solid var(--line); border-left: 6px solid var(--line);
         padding: .6rem .9rem; margin: .8rem 0; break-inside: avoid; }
.claim.violated { border-left-color: var(--bad); }
.claim.holds { border-left-color: var(--good); }
.claim blockquote { margin: .3rem 0; font-style: italic; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: .25rem;
         font-weight: 700; font-size: .8rem; border: 1px solid currentColor;
         white-space: nowrap; }
.b-violated, .b-contradicted { color: #fff; background: var(--bad); }
.b-holds, .b-disclosed { color: #fff; background: var(--good); }
.b-untested, .b-unknown { color: var(--ink); background: var(--soft); }
.b-vague { color: var(--ink); background: #FFF1B8; }
.b-omitted { color: #fff; background: #6B3FA0; }
.sensitive { color: var(--bad); font-weight: 700; }
.ev { display: inline-block; margin-right: .35rem; }
@media (max-width: 40rem) {
  body { font-size: 14px; padding: 0 .6rem 2rem; }
  h1 { font-size: 1.3rem; }
  table { font-size: .78rem; }
  td.url, td.val { max-width: 16rem; }
}
@media print {
  body { max-width: none; font-size: 10pt; }
  nav { display: none; }
  .scroll { overflow: visible; }
  th { position: static; }
  a { color: var(--ink); text-decoration: none; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""
