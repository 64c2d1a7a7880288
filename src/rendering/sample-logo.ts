/** The sample issuer's logo in previews: an open book on a teal disc, as an SVG `data:` URI. */
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120">' +
  '<circle cx="60" cy="60" r="58" fill="#2f5d62"/>' +
  '<circle cx="60" cy="60" r="50" fill="none" stroke="#f4efe1" stroke-width="2"/>' +
  '<path d="M28 42q16-7 30 2v40q-14-8-30-2zM92 42q-16-7-30 2v40q14-8 30-2z" fill="#f4efe1"/>' +
  '</svg>';

export const SAMPLE_LOGO = `data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}`;
