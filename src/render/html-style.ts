// The page's inline CSS and its one small script. Nothing is fetched: system fonts, no images.
// Colours come in pairs (light, dark) chosen by prefers-color-scheme; the page reads the same
// without the script (which only adds the highlighting of an entity's mentions on a click).

import { ENTITY_TYPES, type EntityType } from '../types.js';

/** Background of entity mentions by type: [light, dark]. */
export const ENTITY_COLOURS: Record<EntityType, [string, string]> = {
  PERSON: ['#fbd5db', '#6b2a36'],
  ORGANIZATION: ['#cfe0fc', '#1f3d6b'],
  LOCATION: ['#cdeed6', '#1f5233'],
  NATIONALITY: ['#e4dcfb', '#45346f'],
  EVENT: ['#fde0c2', '#6a4216'],
  MISC: ['#e2e4e9', '#454b57'],
  HANDLE: ['#c8f1f6', '#17535c'],
  HASHTAG: ['#f9d3ec', '#62224d'],
  URL: ['#e6efc4', '#465417'],
};

const entityRules = ENTITY_TYPES.map(
  (t) => `.ent[data-type="${t}"],.chip[data-type="${t}"]{--ent:${ENTITY_COLOURS[t][0]}}\n` + `@media (prefers-color-scheme:dark){.ent[data-type="${t}"],.chip[data-type="${t}"]{--ent:${ENTITY_COLOURS[t][1]}}}`,
).join('\n');

export const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1d21;--muted:#5d6470;--line:#d9dce1;--quote:#fff1b8;--quote-label:#8a6d00;--date:#0b7a75;--event:#c2410c;--sel:#1d4ed8;--tip-bg:#1b1d21;--tip-fg:#fff;--card:#f6f7f9}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--fg:#e6e8eb;--muted:#a0a7b2;--line:#363a42;--quote:#4a3f12;--quote-label:#f5d36b;--date:#4fd1c5;--event:#fb923c;--sel:#93c5fd;--tip-bg:#e6e8eb;--tip-fg:#16181c;--card:#1f2228}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:78rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
h1{font-size:1.4rem;margin:.2rem 0 .6rem}
h2{font-size:1.25rem;margin:1.5rem 0 .4rem}
h3{font-size:1rem;margin:1.2rem 0 .4rem}
a{color:inherit}
.meta{color:var(--muted);font-size:.9rem;margin:.2rem 0 .8rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .8rem;font-size:.85rem;margin:.4rem 0 1rem;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:.3rem}
.toc{font-size:.95rem}
.toc~.doc{border-top:1px solid var(--line);padding-top:.5rem}
.doc-body{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem}
@media (min-width:64rem){.doc-body{grid-template-columns:minmax(0,1fr) 24rem}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:1.9;max-width:46rem}
mark{color:inherit;background:none;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.ent{background:var(--ent);border-radius:.25em;padding:0 .12em;cursor:pointer}
.ent.sel{outline:2px solid var(--sel);outline-offset:1px}
.quote{background:var(--quote);padding:.1em 0}
.quote[data-said]:not([data-part])::before{content:attr(data-said);white-space:nowrap;font-size:.68em;font-weight:600;text-transform:uppercase;letter-spacing:.03em;color:var(--quote-label);margin-right:.3em;vertical-align:.15em}
.date{text-decoration:underline 2px var(--date);text-underline-offset:.28em;position:relative}
.date:hover::after,.date:focus::after{content:attr(data-tip);position:absolute;left:0;top:1.7em;z-index:3;white-space:nowrap;font-size:.78rem;line-height:1.3;font-weight:400;padding:.2em .45em;border-radius:.3em;background:var(--tip-bg);color:var(--tip-fg);pointer-events:none}
.date:focus{outline:2px solid var(--date);outline-offset:1px}
.event{font-weight:650;border-bottom:2px dotted var(--event)}
.chip{display:inline-block;min-width:1.1em;height:1.1em;border-radius:.25em;background:var(--ent);vertical-align:-.15em}
.swatch-quote{background:var(--quote)}
.swatch-date{text-decoration:underline 2px var(--date);text-underline-offset:.28em}
.swatch-event{font-weight:650;border-bottom:2px dotted var(--event)}
aside section{margin-bottom:1rem}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{text-align:left;vertical-align:top;padding:.25rem .35rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
td.type{white-space:nowrap;font-size:.8rem}
th{font-weight:600;color:var(--muted);white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.sel td{background:var(--card)}
tr:target td{background:var(--card)}
.ent-name{background:none;border:0;padding:0;font:inherit;color:inherit;text-align:left;cursor:pointer;text-decoration:underline dotted}
.small{color:var(--muted);font-size:.85em}
.quotes ul{margin:.2rem 0 .6rem;padding-left:1.1rem;font-size:.92rem}
.quotes li{margin:.2rem 0}
.timeline-box{overflow-x:auto}
svg.timeline{display:block;min-width:18rem;font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
svg .axis{stroke:var(--muted);stroke-width:1}
svg .tick{stroke:var(--line);stroke-width:1}
svg .tick-label,svg .axis-break{fill:var(--muted)}
svg .tl-label{fill:var(--fg)}
svg .tl-bar{fill:var(--date)}
svg .tl-dot{fill:var(--event)}
svg a:hover .tl-label,svg a:focus .tl-label{text-decoration:underline}
.panel{position:fixed;right:1rem;bottom:1rem;max-width:22rem;background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.6rem .8rem;font-size:.9rem;box-shadow:0 4px 16px rgba(0,0,0,.2);z-index:5}
.panel[hidden]{display:none}
.panel button{float:right;background:none;border:0;color:inherit;font-size:1.1rem;cursor:pointer}
.error{color:var(--event)}
:target{scroll-margin-top:4rem}
mark:target{outline:2px solid var(--sel)}
@media print{.panel{display:none}body{font-size:11pt}.doc-body{grid-template-columns:1fr}.date:hover::after{content:none}mark,.chip{-webkit-print-color-adjust:exact;print-color-adjust:exact}.doc{break-before:page}.doc:first-of-type{break-before:auto}}
${entityRules}
`;

/**
 * The script: a click (or Enter) on an entity mention or on its name in the list marks all its
 * mentions and shows its aliases and roles (read from its row in the list) in a small panel.
 */
export const SCRIPT = `
(function(){
var panel=document.getElementById('panel'),body=document.getElementById('panel-body');
function pick(id){
  var on=document.querySelectorAll('.sel');
  for(var i=0;i<on.length;i++)on[i].classList.remove('sel');
  if(!id){panel.hidden=true;return;}
  var ms=document.querySelectorAll('[data-entity="'+id+'"]');
  for(var j=0;j<ms.length;j++)ms[j].classList.add('sel');
  var row=document.getElementById(id);
  if(row){row.classList.add('sel');body.textContent='';
    var cells=row.querySelectorAll('[data-field]');
    for(var k=0;k<cells.length;k++){var p=document.createElement('div');var b=document.createElement('b');b.textContent=cells[k].getAttribute('data-field')+': ';p.appendChild(b);p.appendChild(document.createTextNode(cells[k].textContent));body.appendChild(p);}
    panel.hidden=false;}
}
function target(e){var t=e.target;while(t&&t!==document){if(t.getAttribute&&t.getAttribute('data-entity')!==null)return t.getAttribute('data-entity');t=t.parentNode;}return null;}
document.addEventListener('click',function(e){if(e.target.id==='panel-close'){pick(null);return;}var id=target(e);if(id){e.preventDefault();pick(id);}});
document.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){var id=target(e);if(id){e.preventDefault();pick(id);}}if(e.key==='Escape')pick(null);});
})();
`;
