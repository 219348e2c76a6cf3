/**
 * The page's one stylesheet and one script, served from memory (/static/app.css, /static/app.js):
 * no build chain, no files to find. The script only helps (drag and drop, the chosen files'
 * count); every form works without it.
 */
export const APP_CSS = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --bg: #f5f7fa; --brand: #9b1c1c;
  --ok: #2e7d32; --track: #1565c0; --late: #b26a00; --bad: #c62828; --none: #9aa5b1; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 "Liberation Sans", Arial, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); }
header.top { background: var(--brand); color: #fff; }
header.top .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1.5rem; padding: .6rem 1rem; }
header.top .name { font-weight: bold; font-size: 1.05rem; margin-right: auto; }
header.top nav a { color: #fff; text-decoration: none; padding: .3rem .1rem; border-bottom: 2px solid transparent; margin-right: 1rem; }
header.top nav a.active { border-bottom-color: #fff; font-weight: bold; }
.wrap { max-width: 1280px; margin: 0 auto; }
main.wrap { padding: 1rem; }
h1 { font-size: 1.45rem; margin: .2rem 0 .6rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
p.muted, .muted { color: var(--muted); }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: .6rem 0; }
.row { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: flex-end; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: .6rem; margin: .6rem 0; }
.stat { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--none); border-radius: 6px; padding: .5rem .8rem; }
.stat b { display: block; font-size: 1.5rem; }
.stat.on_time { border-left-color: var(--ok); } .stat.late { border-left-color: var(--late); }
.stat.rejected { border-left-color: var(--bad); } .stat.rate { border-left-color: var(--brand); }
.table-scroll { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
th { background: #eef2f7; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.group td { background: #f8fafc; font-weight: 600; color: var(--muted); }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .85rem; white-space: nowrap; color: #fff; background: var(--none); }
.badge.on_time, .badge.accepted, .badge.superseded, .badge.achieved { background: var(--ok); }
.badge.late { background: var(--late); } .badge.on_track { background: var(--track); }
.badge.rejected, .badge.unreadable, .badge.behind, .badge.error { background: var(--bad); }
.badge.duplicate, .badge.missing, .badge.no_data, .badge.info { background: var(--none); }
.badge.carried, .badge.held { background: var(--late); }
.badge.archived { background: var(--none); }
.badge.warning { background: var(--late); }
.bar { display: block; max-width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; margin: .3rem 0; }
.legend i { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .3rem; vertical-align: -1px; }
.progress-org { display: grid; grid-template-columns: minmax(9rem, 16rem) 1fr; gap: .3rem 1rem; align-items: center; }
form.upload .drop { border: 2px dashed #9fb3c8; border-radius: 8px; padding: 1.6rem 1rem; text-align: center; background: #fff; margin: .6rem 0; }
form.upload .drop.over { background: #e8f1fb; border-color: var(--track); }
label { display: block; font-weight: 600; margin-bottom: .2rem; }
input, select, button { font: inherit; }
select, input[type=password] { padding: .35rem .5rem; border: 1px solid #9fb3c8; border-radius: 4px; background: #fff; }
button, a.button { display: inline-block; background: var(--brand); color: #fff; border: 0; border-radius: 4px; padding: .5rem 1.1rem; cursor: pointer; text-decoration: none; }
a { color: #0b5cad; }
.file-result { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--none); border-radius: 6px; margin: .7rem 0; padding: .6rem .8rem; }
.file-result.accepted, .file-result.superseded { border-left-color: var(--ok); }
.file-result.rejected, .file-result.unreadable { border-left-color: var(--bad); }
.file-result h3 { font-size: 1rem; margin: 0 0 .3rem; overflow-wrap: anywhere; }
.findings td:nth-child(4), .findings td:nth-child(5) { min-width: 14rem; }
td.ratio { white-space: nowrap; }
details.file-findings { margin: .5rem 0; }
details.file-findings summary { cursor: pointer; }
.meter { height: 14px; background: #e4e7eb; border-radius: 7px; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--track); }
.notice { background: #fff8e1; border: 1px solid #f0d48a; border-radius: 6px; padding: .6rem .8rem; }
.error-page { background: #fff; border: 1px solid #f5c2c2; border-left: 5px solid var(--bad); border-radius: 6px; padding: 1rem; }
ul.plain { list-style: none; padding: 0; margin: .3rem 0; }
ul.plain li { padding: .25rem 0; }
ul.plain.card { padding: .5rem 1rem; }
td { overflow-wrap: anywhere; }
td.nowrap { white-space: nowrap; overflow-wrap: normal; }
td.ratio .bar { display: inline-block; vertical-align: middle; }
footer { color: var(--muted); font-size: .85rem; padding: 1rem; }
@media (max-width: 700px) {
  body { font-size: 15px; }
  header.top .name { width: 100%; }
  main.wrap { padding: .6rem; }
  .progress-org { grid-template-columns: 1fr; }
  table.stack thead { display: none; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { border-bottom: 2px solid var(--line); padding: .3rem 0; }
  table.stack td { border: 0; padding: .15rem .6rem; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 600; }
  table.stack td.num { text-align: left; }
  table.stack td:empty { display: none; }
}
`;

export const APP_JS = `
(function () {
  var form = document.querySelector('form.upload');
  if (!form) return;
  var drop = form.querySelector('.drop');
  var input = form.querySelector('input[name=tep]');
  var note = form.querySelector('.drop .chosen');
  function show(n) { if (note) note.textContent = n > 0 ? (note.dataset.text || '').replace('{n}', n) : ''; }
  form.addEventListener('change', function (e) { if (e.target && e.target.files) show(e.target.files.length); });
  if (!drop || !input || typeof DataTransfer === 'undefined') return;
  ['dragenter', 'dragover'].forEach(function (t) { drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); }); });
  ['dragleave', 'drop'].forEach(function (t) { drop.addEventListener(t, function () { drop.classList.remove('over'); }); });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    input.files = e.dataTransfer.files;
    show(input.files.length);
  });
})();
`;
