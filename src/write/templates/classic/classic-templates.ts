import type { TemplateContent } from '../../../events/template.events';
import { CLASSIC_WORDINGS, type ClassicWording } from '../../../rendering/classic-wording';

export interface ClassicTemplate {
  readonly templateId: string;
  readonly title: string;
  readonly language: string;
  readonly content: TemplateContent;
}

/*
 * A classic diploma on one A4 landscape page: a guilloché border, a gold seal, navy type.
 * Everything is inline (CSS and SVG) and set in the installed Noto fonts, with fallbacks so
 * names in any script get real glyphs. The SVG ornaments are computed here once.
 */

const NAVY = '#1c2b4a';
const GOLD = '#b08d3c';
const GOLD_LIGHT = '#d8bd72';
const INK = '#5b6275';

/** The installed faces for names and titles in other scripts, each with the ranges it serves. */
const SCRIPTS: readonly { fonts: readonly string[]; ranges: string }[] = [
  {
    fonts: ['Noto Serif CJK SC', 'Noto Sans CJK SC'],
    ranges:
      'U+1100-11FF, U+2E80-9FFF, U+A960-A97F, U+AC00-D7FF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF, U+20000-3FFFF',
  },
  {
    fonts: ['Noto Naskh Arabic', 'Noto Sans Arabic'],
    ranges: 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF',
  },
  { fonts: ['Noto Serif Hebrew'], ranges: 'U+0590-05FF, U+FB1D-FB4F' },
  { fonts: ['Noto Serif Devanagari'], ranges: 'U+0900-097F, U+A8E0-A8FF' },
  { fonts: ['Noto Serif Thai'], ranges: 'U+0E00-0E7F' },
];

/** fontconfig's full names of a family's two installed weights (CJK's regular has no suffix). */
const fullName = (font: string, weight: 400 | 700) =>
  weight === 700 ? `${font} Bold` : font.includes('CJK') ? font : `${font} Regular`;

/**
 * One family of those faces, each loaded only when a name or title holds a character of its
 * ranges: listed as families instead, every face was opened for every page (the CJK one alone
 * took a render from about 0.8 s to 2.5 s, though no Latin name needs it).
 */
const SCRIPT_FACES = SCRIPTS.flatMap(({ fonts, ranges }) =>
  ([400, 700] as const).map(
    (weight) =>
      `@font-face { font-family: 'Certificate Scripts'; font-weight: ${weight}; ` +
      `src: ${fonts.map((font) => `local('${fullName(font, weight)}')`).join(', ')}; ` +
      `unicode-range: ${ranges}; }`,
  ),
).join('\n');

/** Fallbacks for learner names and titles in other scripts. */
const FALLBACKS = `'Certificate Scripts', 'Noto Sans', serif`;

// The page in millimetres: the band runs between 9 and 16 mm from the edge.
const BAND_OUT = 9;
const BAND = 7;
const BAND_IN = BAND_OUT + BAND;
const ACROSS = 297 - 2 * BAND_IN;
const DOWN = 210 - 2 * BAND_IN;

const n = (value: number): string => String(Math.round(value * 100) / 100);

/** A wave along y = mid from x = start to past `length`, as smooth quadratic curves. */
function wave(
  period: number,
  length: number,
  mid: number,
  amplitude: number,
  start: number,
): string {
  const half = period / 2;
  let d = `M${n(start)},${n(mid)}q${n(half / 2)},${n(-2 * amplitude)} ${n(half)},0`;
  for (let x = start + half; x < length; x += half) d += `t${n(half)},0`;
  return d;
}

/**
 * A guilloché band drawn along x from 0 to `length` (vector paths: Chromium would print an SVG
 * pattern as a bitmap): interlaced waves of two amplitudes, an integral number of periods.
 */
function band(id: string, length: number): string {
  const period = length / Math.round(length / BAND);
  const mid = BAND / 2;
  const along = (amplitude: number, shifts: number[]) =>
    shifts.map((shift) => wave(period, length, mid, amplitude, shift - period)).join('');
  return (
    `<clipPath id="${id}c"><rect width="${n(length)}" height="${BAND}"/></clipPath>` +
    `<g id="${id}" fill="none" stroke="${GOLD_LIGHT}" clip-path="url(#${id}c)">` +
    `<path d="${along(BAND * 0.37, [0, period / 4, period / 2, (3 * period) / 4])}" stroke-width=".2"/>` +
    `<path d="${along(BAND * 0.17, [period / 8, (5 * period) / 8])}" stroke-width=".14" opacity=".8"/></g>`
  );
}

/** Rotated copies of an ellipse: the rosette of engraved documents. */
function rosette(id: string, rx: number, ry: number, count: number, attributes: string): string {
  let copies = '';
  for (let i = 1; i < count; i++)
    copies += `<use href="#${id}" transform="rotate(${n((180 * i) / count)})"/>`;
  return `<g ${attributes}><ellipse id="${id}" rx="${n(rx)}" ry="${n(ry)}"/>${copies}</g>`;
}

/** A star polygon around the origin: the serrated edge of a seal, or a small star. */
function star(points: number, outer: number, inner: number): string {
  const corners: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI * i) / points - Math.PI / 2;
    corners.push(`${n(radius * Math.cos(angle))},${n(radius * Math.sin(angle))}`);
  }
  return corners.join(' ');
}

function corner(x: number, y: number): string {
  const cx = x + BAND / 2;
  const cy = y + BAND / 2;
  return `<g transform="translate(${n(cx)} ${n(cy)})"><rect x="-3.5" y="-3.5" width="7" height="7" fill="${NAVY}"/><use href="#flower"/></g>`;
}

/** The inner rule, with its corners cut inwards by quarter circles. */
function innerRule(inset: number, radius: number): string {
  const [l, t, r, b] = [inset, inset, 297 - inset, 210 - inset];
  const q = n(radius);
  return (
    `M${n(l + radius)},${n(t)}H${n(r - radius)}A${q} ${q} 0 0 0 ${n(r)},${n(t + radius)}` +
    `V${n(b - radius)}A${q} ${q} 0 0 0 ${n(r - radius)},${n(b)}` +
    `H${n(l + radius)}A${q} ${q} 0 0 0 ${n(l)},${n(b - radius)}` +
    `V${n(t + radius)}A${q} ${q} 0 0 0 ${n(l + radius)},${n(t)}Z`
  );
}

const FRAME = `<svg class="frame" viewBox="0 0 297 210" aria-hidden="true">
<defs>
${band('bx', ACROSS)}${band('by', DOWN)}
<g id="flower" fill="${GOLD_LIGHT}"><circle r="2.75" fill="none" stroke="${GOLD_LIGHT}" stroke-width=".22"/><polygon points="${star(4, 2.2, 0.55)}" transform="rotate(45)" opacity=".7"/><polygon points="${star(4, 3.1, 0.7)}"/></g>
</defs>
${rosette('wm', 62, 24, 18, `transform="translate(148.5 103)" fill="none" stroke="${GOLD}" stroke-width=".2" opacity=".13"`)}
<rect x="${BAND_OUT - 1.6}" y="${BAND_OUT - 1.6}" width="${297 - 2 * BAND_OUT + 3.2}" height="${210 - 2 * BAND_OUT + 3.2}" fill="none" stroke="${NAVY}" stroke-width=".45"/>
<path d="M${BAND_OUT},${BAND_OUT}h${297 - 2 * BAND_OUT}v${210 - 2 * BAND_OUT}h-${297 - 2 * BAND_OUT}zM${BAND_IN},${BAND_IN}v${DOWN}h${ACROSS}v-${DOWN}z" fill="${NAVY}" fill-rule="evenodd"/>
<use href="#bx" transform="translate(${BAND_IN} ${BAND_OUT})"/>
<use href="#bx" transform="translate(${BAND_IN} ${210 - BAND_IN})"/>
<use href="#by" transform="translate(${BAND_IN} ${BAND_IN}) rotate(90)"/>
<use href="#by" transform="translate(${297 - BAND_OUT} ${BAND_IN}) rotate(90)"/>
<path d="M${BAND_OUT + 0.5},${BAND_OUT + 0.5}h${297 - 2 * BAND_OUT - 1}v${210 - 2 * BAND_OUT - 1}h-${297 - 2 * BAND_OUT - 1}zM${BAND_IN - 0.5},${BAND_IN - 0.5}v${DOWN + 1}h${ACROSS + 1}v-${DOWN + 1}z" fill="none" stroke="${GOLD}" stroke-width=".3"/>
${corner(BAND_OUT, BAND_OUT)}${corner(297 - BAND_IN, BAND_OUT)}${corner(BAND_OUT, 210 - BAND_IN)}${corner(297 - BAND_IN, 210 - BAND_IN)}
<path d="${innerRule(BAND_IN + 2.2, 6)}" fill="none" stroke="${GOLD}" stroke-width=".6"/>
<path d="${innerRule(BAND_IN + 3.4, 5.4)}" fill="none" stroke="${NAVY}" stroke-width=".2"/>
</svg>`;

const DIVIDER = `<svg class="divider" viewBox="-40 -3 80 6" aria-hidden="true"><path d="M-38,0H-6M6,0H38" stroke="${GOLD}" stroke-width=".35"/><path d="M-4.5,0L0,-2.6L4.5,0L0,2.6Z" fill="${GOLD}"/><circle cx="-7.5" r=".7" fill="${GOLD}"/><circle cx="7.5" r=".7" fill="${GOLD}"/></svg>`;

/** The seal: serrated gold edge, navy ring with the heading in capitals, a rosette inside. */
function seal(words: ClassicWording): string {
  const ring = words.heading.toLocaleUpperCase(words.language);
  // The heading runs over the top 240° of the ring, in a size that lets it fit.
  const radius = 12.9;
  const arc = radius * ((4 * Math.PI) / 3) * 0.8;
  const size = Math.min(2.7, arc / (ring.length * 0.82));
  const end = `${n(radius * Math.cos(Math.PI / 6))},${n(radius / 2)}`;
  const tail = (side: number) =>
    `<path d="M${side * 4},8L${side * 13},27L${side * 9.5},25.2L${side * 7},29L${side * -2},10Z" fill="${NAVY}" stroke="${GOLD}" stroke-width=".35"/>`;
  return `<svg class="seal" viewBox="-22 -22 44 52" aria-hidden="true">
<defs><radialGradient id="sg" cx=".38" cy=".32" r=".75"><stop offset="0" stop-color="#f0dc9c"/><stop offset=".55" stop-color="${GOLD}"/><stop offset="1" stop-color="#8a6a24"/></radialGradient>
<path id="ringpath" d="M-${end}A${radius},${radius} 0 1 1 ${end}"/></defs>
${tail(-1)}${tail(1)}
<polygon points="${star(56, 20.5, 19.1)}" fill="url(#sg)"/>
<circle r="17.4" fill="${NAVY}"/>
<circle r="16.7" fill="none" stroke="${GOLD_LIGHT}" stroke-width=".3"/>
<circle r="10.6" fill="none" stroke="${GOLD_LIGHT}" stroke-width=".3"/>
<text class="ring" font-size="${n(size)}"><textPath href="#ringpath" startOffset="50%" text-anchor="middle">${ring}</textPath></text>
<g fill="${GOLD_LIGHT}"><polygon transform="translate(0 14.6)" points="${star(5, 1.5, 0.6)}"/><polygon transform="rotate(22) translate(0 14.6)" points="${star(5, 1.1, 0.45)}"/><polygon transform="rotate(-22) translate(0 14.6)" points="${star(5, 1.1, 0.45)}"/></g>
${rosette('sr', 9.2, 3.4, 12, `fill="none" stroke="${GOLD_LIGHT}" stroke-width=".22"`)}
<circle r="3.4" fill="${NAVY}" stroke="${GOLD_LIGHT}" stroke-width=".3"/>
<polygon points="${star(5, 2.6, 1.05)}" fill="url(#sg)"/>
</svg>`;
}

/*
 * Long names shrink to fit, without JavaScript: a hidden copy of the text at PROBE size sits
 * beside a container that takes the rest of the line, so 100cqi inside it is the line's width
 * less the copy's. tan(atan2(a, b)) divides those lengths into the ratio that scales the text.
 */
const PROBE = 5;

const CSS = `
${SCRIPT_FACES}
@page { size: A4 landscape; margin: 0; }
@property --line { syntax: '<length>'; inherits: true; initial-value: 0px; }
@property --rest { syntax: '<length>'; inherits: true; initial-value: 0px; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Serif', ${FALLBACKS}; color: ${NAVY}; font-synthesis: none;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: 297mm; height: 210mm; overflow: hidden; background: #fdfbf4; }
.frame { position: absolute; inset: 0; width: 297mm; height: 210mm; }
.content { position: absolute; top: 24mm; bottom: 21mm; left: 30mm; right: 30mm;
  display: flex; flex-direction: column; align-items: center; text-align: center; }
.content > * { flex-shrink: 0; }
.content p { margin: 0; }
.issuer { font-size: 10.5pt; letter-spacing: .22em; text-transform: uppercase; color: ${GOLD};
  font-weight: 600; max-width: 215mm; line-height: 1.35; text-wrap: balance;
  overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical;
  -webkit-line-clamp: 2; overflow: hidden; }
h1 { font-family: 'Noto Serif Display', 'Noto Serif', ${FALLBACKS}; font-weight: 400;
  font-size: 30pt; line-height: 1.1; letter-spacing: .09em; text-transform: uppercase;
  margin: 3mm 0 1mm; }
.divider { width: 62mm; height: 4.6mm; }
/* Top right, inside the inner rule, out of the flow: the body keeps all its room. */
.number { position: absolute; top: 22mm; right: 26mm; margin: 0; font-size: 7.5pt;
  letter-spacing: .14em; text-transform: uppercase; color: ${INK}; white-space: nowrap; }
.number b { font-weight: 600; color: ${NAVY}; letter-spacing: .08em; }
.body { flex: 1 1 0; min-height: 0; width: 100%; display: flex; flex-direction: column;
  align-items: center; justify-content: space-evenly; padding: 1.5mm 0; }
.body > * { flex-shrink: 0; width: 100%; display: flex; flex-direction: column;
  align-items: center; gap: 2.4mm; }
.body > .certify { gap: 7.5mm; }
.lead { font-size: 13pt; line-height: 1.4; font-style: italic; color: ${INK}; }
.fit { display: flex; width: 100%; container-type: inline-size; }
.fit > .room { flex: 1 1 0; min-width: 0; container-type: inline-size; --line: 100cqi; }
.fit > .probe { flex: none; height: 0; overflow: hidden; visibility: hidden; white-space: nowrap;
  font-size: ${PROBE}pt; }
.fit > .room > * { --rest: 100cqi; width: var(--line);
  --ratio: tan(atan2(var(--line), var(--line) - var(--rest))); }
.name-fit { font-family: 'Noto Serif Display', 'Noto Serif', ${FALLBACKS}; font-style: italic; }
.name-fit .line { font-size: 30pt; font-size: clamp(19pt, ${PROBE}pt * var(--ratio) * .9, 34pt); }
.name { display: inline-block; box-sizing: border-box; max-width: 100%; min-width: 125mm;
  padding: 0 10mm 1.6mm; line-height: 1.2; border-bottom: .35mm solid ${GOLD}; }
.name span { text-wrap: balance; overflow-wrap: anywhere; display: -webkit-box;
  -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
.title-fit { font-weight: 700; }
.title-fit .line { box-sizing: border-box; padding: 0 12mm; line-height: 1.28;
  font-size: 17pt; font-size: clamp(12.5pt, ${PROBE}pt * var(--ratio) * 2.3, 21pt);
  text-wrap: balance; overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical;
  -webkit-line-clamp: 4; overflow: hidden; }
.score { font-size: 11pt; font-style: italic; color: ${INK}; }
.logo { display: block; height: 14mm; max-width: 60mm; object-fit: contain; margin-bottom: 2.5mm; }
.attest { width: 100%; display: grid; grid-template-columns: 24mm 1fr 40mm 1fr 24mm;
  align-items: end; column-gap: 5mm; }
.line-block { justify-self: center; width: 100%; max-width: 66mm; }
.qr { display: flex; flex-direction: column; align-items: center; }
.qr img { display: block; width: 22mm; height: 22mm; outline: .25mm solid ${GOLD_LIGHT}; }
.qr .caption { margin-top: .8mm; font-size: 5.5pt; letter-spacing: .12em; text-transform: uppercase;
  color: ${INK}; white-space: nowrap; }
.line-block .value { font-size: 12pt; line-height: 1.25; margin-bottom: 1.6mm; text-wrap: balance;
  overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical;
  -webkit-line-clamp: 3; overflow: hidden; }
.line-block .caption { border-top: .3mm solid ${NAVY}; padding-top: 1.3mm; font-size: 7.5pt;
  letter-spacing: .16em; text-transform: uppercase; color: ${INK}; }
.seal { width: 40mm; height: 47.3mm; margin-bottom: -4mm; }
.ring { font-family: 'Noto Serif', serif; font-weight: 700; letter-spacing: .1em; fill: ${GOLD_LIGHT}; }
.footer { margin-top: 5.5mm; font-size: 7.5pt; color: ${INK}; letter-spacing: .02em; line-height: 1.4;
  max-width: 230mm; overflow-wrap: anywhere; }
.footer b { font-weight: 600; color: ${NAVY}; }
.footer .sep { color: ${GOLD}; padding: 0 2.5mm; }
`;

/** Text that shrinks to fit its line (see PROBE); `inner` wraps the visible copy. */
function fit(kind: string, variable: string, inner: (text: string) => string): string {
  return `<div class="fit ${kind}-fit"><div class="room"><div class="line">${inner(variable)}</div></div><span class="probe" aria-hidden="true">${variable}</span></div>`;
}

function html(words: ClassicWording): string {
  return `<div class="sheet">
${FRAME}
<p class="number">${words.certificateNumber} <b>{{certificate.number}}</b></p>
<div class="content">
  {{#if tenant.logo}}<img class="logo" src="{{tenant.logo}}" alt="">{{/if}}
  <div class="issuer">{{tenant.name}}</div>
  <h1>${words.heading}</h1>
  ${DIVIDER}
  <div class="body">
    <div class="certify"><p class="lead">${words.certifies}</p>
    ${fit('name', '{{learner.name}}', (text) => `<p class="name"><span>${text}</span></p>`)}</div>
    <div><p class="lead">${words.completed}</p>
    ${fit('title', '{{training.title}}', (text) => text)}
    {{#if completion.score}}<p class="score">${words.scoreBefore} {{completion.score}}${words.scoreAfter}</p>{{/if}}
    {{#if certificate.validUntil}}<p class="score">${words.validUntil} {{certificate.validUntil}}</p>{{/if}}</div>
  </div>
  <div class="attest">
    <div class="flank"></div>
    <div class="line-block"><div class="value">{{completion.date}}</div><div class="caption">${words.completedOn}</div></div>
    ${seal(words)}
    <div class="line-block"><div class="value">{{tenant.name}}</div><div class="caption">${words.signature}</div></div>
    <div class="flank qr"><img src="{{certificate.qrCode}}" alt="{{certificate.verificationUrl}}"><div class="caption">${words.scanToVerify}</div></div>
  </div>
  <div class="footer">${words.certificateId}: <b>{{certificate.id}}</b><span class="sep">◆</span>${words.verifyAt} <b>{{certificate.verificationUrl}}</b></div>
</div>
</div>`;
}

/** The classic templates that come with the product, offered to every tenant. */
export const CLASSIC_TEMPLATES: readonly ClassicTemplate[] = CLASSIC_WORDINGS.map((words) => ({
  templateId: `classic-${words.language}`,
  title: words.title,
  language: words.language,
  content: { html: html(words), css: CSS, page: { size: 'A4', orientation: 'landscape' } },
}));
