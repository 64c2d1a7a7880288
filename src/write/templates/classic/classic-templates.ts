import type { TemplateContent } from '../domain/template.events';
import { CLASSIC_WORDINGS, type ClassicWording } from './classic-wording';

export interface ClassicTemplate {
  readonly templateId: string;
  readonly title: string;
  readonly language: string;
  readonly content: TemplateContent;
}

const CSS = `
@page { size: A4 landscape; margin: 0; }
body { margin: 0; font-family: 'Noto Serif', 'Noto Sans CJK SC', serif; color: #1f2a44; }
.sheet { box-sizing: border-box; width: 297mm; height: 210mm; padding: 14mm; }
.frame { box-sizing: border-box; height: 100%; border: 3px double #8a6d1d; padding: 16mm 20mm;
  display: flex; flex-direction: column; align-items: center; text-align: center; }
.issuer { letter-spacing: 0.3em; text-transform: uppercase; font-size: 11pt; color: #8a6d1d; }
h1 { font-size: 34pt; font-weight: normal; margin: 8mm 0 6mm; }
.lead { font-size: 13pt; font-style: italic; }
.name { font-size: 28pt; margin: 5mm 0; border-bottom: 1px solid #8a6d1d; padding: 0 12mm 2mm; }
.training { font-size: 20pt; font-weight: bold; margin: 4mm 0; }
.date { font-size: 12pt; margin-top: 4mm; }
.footer { margin-top: auto; width: 100%; display: flex; justify-content: space-between;
  font-size: 9pt; color: #4a5570; }
`;

function html(words: ClassicWording): string {
  return `<div class="sheet"><div class="frame">
  <div class="issuer">{{tenant.name}}</div>
  <h1>${words.heading}</h1>
  <div class="lead">${words.certifies}</div>
  <div class="name">{{learner.name}}</div>
  <div class="lead">${words.completed}</div>
  <div class="training">{{training.title}}</div>
  <div class="date">${words.completedOn} {{completion.date}}</div>
  <div class="footer">
    <span>${words.certificateId}: {{certificate.id}}</span>
    <span>${words.verifyAt} {{certificate.verificationUrl}}</span>
  </div>
</div></div>`;
}

/** The classic templates that come with the product, offered to every tenant. */
export const CLASSIC_TEMPLATES: readonly ClassicTemplate[] = CLASSIC_WORDINGS.map((words) => ({
  templateId: `classic-${words.language}`,
  title: words.title,
  language: words.language,
  content: { html: html(words), css: CSS, page: { size: 'A4', orientation: 'landscape' } },
}));
