import { writeFileSync } from 'node:fs';
import { CLASSIC_TEMPLATES } from '../src/write/templates/classic/classic-templates';
import { certificateHtml } from '../src/rendering/certificate-html';
import { certificateVariables, sampleFacts } from '../src/rendering/render-context';
import { PdfRenderer } from '../src/rendering/pdf-renderer';

const only = process.env.ONLY?.split(',');

it('renders the classic templates', async () => {
  const renderer = new PdfRenderer({
    chromiumPath: '/usr/bin/chromium',
    poolSize: 1,
    timeoutMs: 20000,
    maxHtmlBytes: 2e6,
    maxPdfBytes: 1e7,
  });
  const base = sampleFacts(new Date('2025-03-14T10:00:00Z'));
  const variants = {
    sample: base,
    multi: {
      ...base,
      learner: { ...base.learner, name: 'Ελένη Παπαδοπούλου 王小明 Иван محمد' },
      score: null,
    },
    long: {
      ...base,
      learner: {
        ...base.learner,
        name: 'Maria Fernanda de los Ángeles Gutiérrez-Villanueva y Castellanos',
      },
      training: {
        title:
          'Advanced Occupational Health, Safety and Environmental Management Systems for Multinational Industrial Operations',
        type: 'course',
      },
      tenantName: 'Institut Européen de Formation Professionnelle Continue et Supérieure',
    },
    worst: {
      ...base,
      learner: {
        ...base.learner,
        name: 'Wolfgang Maximilian Wilhelm von Württemberg-Hohenzollern-Sigmaringen',
      },
      training: {
        title:
          'WORKPLACE MANAGEMENT AND LEADERSHIP: ADVANCED OCCUPATIONAL HEALTH & SAFETY FOR MULTINATIONAL INDUSTRIAL OPERATIONS (WMW)',
        type: 'course',
      },
      tenantName:
        'Worldwide Institute of Advanced Professional Management and Leadership Development Worldwide',
      verificationUrl:
        'https://certificates.very-long-subdomain.example-organisation.example/verify/00000000-0000-0000-0000-000000000000',
    },
    cjk: {
      ...base,
      learner: {
        ...base.learner,
        name: '王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明',
      },
      training: {
        title: 'ثقافة السلامة في مكان العمل — 職場安全の基本 — Основы охраны труда',
        type: 'course',
      },
    },
    extreme: {
      ...base,
      learner: { ...base.learner, name: 'Maximiliana Wilhelmina '.repeat(9).slice(0, 200) },
      training: {
        title: 'Advanced Occupational Health and Safety Management '.repeat(4).slice(0, 200),
        type: 'course',
      },
      tenantName:
        'Worldwide Institute of Advanced Professional Management and Leadership Development Worldwide',
      verificationUrl:
        'https://certificates.very-long-subdomain.example-organisation.example/verify/00000000-0000-0000-0000-000000000000',
    },
    unbroken: {
      ...base,
      learner: {
        ...base.learner,
        name: 'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      },
    },
  };
  for (const t of CLASSIC_TEMPLATES) {
    for (const [vname, facts] of Object.entries(variants)) {
      const key = `${t.language}-${vname}`;
      if (only && !only.some((o) => key.startsWith(o))) continue;
      const html = certificateHtml(t.content, certificateVariables(facts, t.language));
      writeFileSync(`/tmp/design/${key}.html`, html);
      const pdf = await renderer.render(html, t.content.page);
      writeFileSync(`/tmp/design/${key}.pdf`, pdf);
    }
    console.log(t.templateId, Buffer.byteLength(t.content.html) + Buffer.byteLength(t.content.css));
  }
  expect(renderer.attemptedRequests).toEqual([]);
  await renderer.close();
}, 120000);
