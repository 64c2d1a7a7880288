import { unsafeSvgReason } from '../../src/write/issuers/domain/svg-safety';

const svg = (inner: string, attributes = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;

describe('The SVG logo checker', () => {
  describe('accepts a logo that only draws', () => {
    it.each([
      [
        'shapes and text',
        svg('<circle cx="5" cy="5" r="4" fill="#c00"/><text x="1" y="9">A &amp; B</text>'),
      ],
      [
        'gradients, clip paths and <use> of its own fragments',
        svg(
          '<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>' +
            '<clipPath id="c"><rect width="5" height="5"/></clipPath></defs>' +
            '<rect fill="url(#g)" clip-path="url( \'#c\' )" width="10" height="10"/>' +
            '<use href="#c"/><use xlink:href="#g"/>',
        ),
      ],
      [
        'an embedded PNG',
        svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="5" height="5"/>'),
      ],
      [
        'a style element with internal references',
        svg('<style>.a{fill:url(#g)}</style><g class="a"/>'),
      ],
      [
        'comments and CDATA',
        svg('<!-- made by hand --><style><![CDATA[ .a { opacity: .5 } ]]></style>'),
      ],
      [
        'no XML declaration, single quotes',
        "<svg xmlns='http://www.w3.org/2000/svg'><path d='M0 0L1 1'/></svg>",
      ],
      [
        'internal references written with character references',
        svg('<rect fill="url(&#35;g)"/><use href="&#x23;c"/><text>&lt;&#x110000;&#0;</text>'),
      ],
      [
        'a comment and CDATA with markup in them',
        svg('<!-- <a> --><style><![CDATA[ a < b ]]></style>'),
      ],
      ['a reference with spaces around it', svg('<use href=" #c "/>')],
      ['an attribute whose value merely reads href', svg('<rect class="href"/>')],
      ['comments and CDATA that end with a <', svg('<!-- 1 <--><style><![CDATA[ a <]]></style>')],
      ['text that ends like a comment, right before one', svg('<text>a</text>--><!-- c -->')],
      [
        'an animation of a colour',
        svg('<rect><animate attributeName="fill" values="red;blue" dur="2s"/></rect>'),
      ],
    ])('%s', (_, logo) => {
      expect(unsafeSvgReason(logo)).toBeNull();
    });
  });

  describe('refuses', () => {
    it.each([
      ['a script', svg('<script>alert(1)</script>'), '<script> element'],
      [
        'a script with a namespace prefix',
        svg('<svg:script>alert(1)</svg:script>'),
        '<script> element',
      ],
      ['a script in upper case', svg('<SCRIPT>alert(1)</SCRIPT>'), '<script> element'],
      ['an event handler', svg('<rect onload="alert(1)"/>'), 'event handler (onload)'],
      ['an event handler on the root', svg('', ' onclick="alert(1)"'), 'event handler (onclick)'],
      [
        'an event handler in upper case',
        svg('<rect ONMOUSEOVER="alert(1)"/>'),
        'event handler (ONMOUSEOVER)',
      ],
      [
        'a javascript: link',
        svg('<a href="javascript:alert(1)"><rect/></a>'),
        'external resource (href)',
      ],
      [
        'a javascript: link behind character references',
        svg('<a href="&#106;ava&#x73;cript:alert(1)"><rect/></a>'),
        'external resource (href)',
      ],
      [
        'a javascript: link split by a tab',
        svg('<a href="java&#9;script:alert(1)"><rect/></a>'),
        'external resource (href)',
      ],
      [
        'javascript: in an animation value',
        svg('<a><set attributeName="title" to="javascript:alert(1)"/></a>'),
        'javascript: URL',
      ],
      [
        'an animation that swaps in a reference',
        svg('<a><set attributeName="xlink:href" to="https://evil.example"/></a>'),
        'animates a reference (xlink:href)',
      ],
      [
        'an external image',
        svg('<image href="https://evil.example/track.png"/>'),
        'external resource (href)',
      ],
      [
        'an external image by xlink:href',
        svg('<image xlink:href="//evil.example/x.png"/>'),
        'external resource (xlink:href)',
      ],
      [
        'a relative reference to another file',
        svg('<use href="sprites.svg#logo"/>'),
        'external resource (href)',
      ],
      [
        'a nested SVG data URI (it is not checked itself)',
        svg('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>'),
        'external resource (href)',
      ],
      [
        'a link to a web page',
        svg('<a href="https://acme.example"><rect/></a>'),
        'external resource (href)',
      ],
      [
        'an external url() in a presentation attribute',
        svg('<rect fill="url(https://evil.example/#g)"/>'),
        'external resource (url(https://evil.example/#g))',
      ],
      [
        'an external url() in a style attribute',
        svg('<rect style="background:url(//evil.example/x)"/>'),
        'external resource (url(//evil.example/x))',
      ],
      [
        'an external url() hidden by CSS escapes',
        svg('<style>.a{background:\\75rl(https://evil.example/x)}</style>'),
        'external resource (url(https://evil.example/x))',
      ],
      [
        'an external url() in a style element',
        svg('<style>@font-face{src:url("https://evil.example/f.woff")}</style>'),
        'external resource (url(https://evil.example/f.woff))',
      ],
      [
        'a style sheet import',
        svg('<style>@import "https://evil.example/s.css";</style>'),
        'imports a style sheet',
      ],
      ['a CSS expression', svg('<rect style="width:expression(alert(1))"/>'), 'CSS expression'],
      [
        'foreignObject',
        svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
        '<foreignobject> element',
      ],
      ['an iframe', svg('<iframe src="https://evil.example"/>'), '<iframe> element'],
      [
        'a DOCTYPE with entities',
        `<!DOCTYPE svg [<!ENTITY x "y">]>${svg('<text>&x;</text>')}`,
        'declares a DOCTYPE or entities',
      ],
      [
        'a style sheet processing instruction',
        `<?xml-stylesheet href="https://evil.example/s.css"?>${svg('')}`,
        'contains a processing instruction',
      ],
      ['an unquoted attribute (not well-formed)', svg('<rect width=5/>'), 'is not well-formed'],
      ['a stray <', svg('<text>1 < 2</text>'), 'is not well-formed'],
      ['an unterminated comment', svg('<!-- <script>alert(1)</script>'), 'unterminated comment'],
      [
        'a document whose root is not <svg>',
        '<html><svg xmlns="http://www.w3.org/2000/svg"/></html>',
        'is not an SVG document (its root is not <svg>)',
      ],
      ['text that is not markup at all', 'hello', 'is not an SVG document (its root is not <svg>)'],
      [
        'javascript: behind decimal and hex references, in an animation value',
        svg('<a><set attributeName="title" to="&#106;ava&#x73;cript:alert(1)"/></a>'),
        'javascript: URL',
      ],
      ['vbscript:', svg('<a><set attributeName="title" to="vbscript:x"/></a>'), 'javascript: URL'],
      [
        'javascript: split by a tab reference',
        svg('<a><set attributeName="title" to="java&#9;script:x"/></a>'),
        'javascript: URL',
      ],
      [
        'javascript: split by a DEL',
        svg('<a><set attributeName="title" to="java&#127;script:x"/></a>'),
        'javascript: URL',
      ],
      [
        'javascript: split by a line separator',
        svg('<a><set attributeName="title" to="java&#x2028;script:x"/></a>'),
        'javascript: URL',
      ],
      [
        'an external url() behind a named reference',
        svg('<rect style="fill:url(&quot;//evil.example/x&quot;)"/>'),
        'external resource (url(//evil.example/x))',
      ],
      [
        'an animation that swaps in a reference by its plain name',
        svg('<a><set attributeName=" href " to="https://evil.example"/></a>'),
        'animates a reference ( href )',
      ],
      [
        'an external reference that merely contains a data: URI',
        svg('<image href="https://evil.example/data:image/png;base64,iVBORw0KGgo="/>'),
        'external resource (href)',
      ],
      [
        'an external url() after an internal one',
        svg('<rect style="fill:url(#g);stroke:url(https://evil.example/x)"/>'),
        'external resource (url(https://evil.example/x))',
      ],
      [
        'an external url() left unclosed',
        svg('<rect style="fill:url(https://evil.example/x"/>'),
        'external resource (url(https://evil.example/x))',
      ],
      [
        'javascript: behind a reference without its semicolon',
        svg('<a><set attributeName="title" to="&#106avascript:x"/></a>'),
        'javascript: URL',
      ],
      [
        'javascript: split by a control character',
        svg('<a><set attributeName="title" to="java&#1;script:x"/></a>'),
        'javascript: URL',
      ],
      [
        'an external url() hidden by a CSS escape of a letter',
        svg('<style>.a{background:u\\rl(https://evil.example/x)}</style>'),
        'external resource (url(https://evil.example/x))',
      ],
      [
        'an unterminated CDATA section',
        svg('<style><![CDATA[ .a{} </style>'),
        'unterminated CDATA',
      ],
      ['an end tag that is not well-formed', svg('<g></ g>'), 'is not well-formed'],
    ])('%s', (_, logo, reason) => {
      expect(unsafeSvgReason(logo)).toContain(reason);
    });
  });

  it('quotes at most a short piece of the logo in its reason', () => {
    const long = svg(`<rect fill="url(https://evil.example/${'x'.repeat(100_000)})"/>`);
    const reason = unsafeSvgReason(long)!;
    expect(reason.length).toBeLessThan(150);
    expect(reason).toBe(
      `the SVG refers to an external resource (url(${`https://evil.example/${'x'.repeat(100_000)}`.slice(0, 60)}…))`,
    );
  });

  it('finds the end of a CDATA section after its start, even with "]]>" just before it', () => {
    // XML forbids that text there; the checker must still end (and finds nothing to refuse).
    expect(unsafeSvgReason(svg('<style>a]]><![CDATA[ b ]]></style>'))).toBeNull();
  });

  it('quotes a reference of exactly 60 characters whole, and cuts a longer one', () => {
    const target = `https://evil.example/${'x'.repeat(60 - 'https://evil.example/'.length)}`;
    expect(target).toHaveLength(60);
    expect(unsafeSvgReason(svg(`<rect fill="url(${target})"/>`))).toBe(
      `the SVG refers to an external resource (url(${target}))`,
    );
    expect(unsafeSvgReason(svg(`<rect fill="url(${target}y)"/>`))).toBe(
      `the SVG refers to an external resource (url(${target}…))`,
    );
  });

  it('reads a character reference beyond Unicode as U+FFFD, as browsers do, instead of failing', () => {
    for (const reference of ['&#x110000;', '&#1114112;', '&#x10FFFF;'])
      expect(unsafeSvgReason(svg(`<use href="${reference}"/>`))).toBe(
        'the SVG refers to an external resource (href)',
      );
    expect(unsafeSvgReason(svg('<use href="#&#x110000;"/>'))).toBeNull();
  });
});
