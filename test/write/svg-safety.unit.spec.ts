import { SAMPLE_LOGO } from '../../src/rendering/sample-logo';
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
      ['a reference with spaces around it', svg('<use href=" #c "/>')],
      ['an attribute whose value merely reads href', svg('<rect class="href"/>')],
      ['text that ends like a comment, right before one', svg('<text>a</text>--><!-- c -->')],
      [
        'an animation of a colour',
        svg('<rect><animate attributeName="fill" values="red;blue" dur="2s"/></rect>'),
      ],
      ['the sample logo of previews', Buffer.from(SAMPLE_LOGO.split(',')[1]!, 'base64').toString()],
      [
        "an editor's export, with its comment, style sheet and attributes",
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->\n' +
          '<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px" viewBox="0 0 100 100" style="enable-background:new 0 0 100 100;" xml:space="preserve">\n' +
          '<style type="text/css">\n\t.st0{fill:#FFFFFF;}\n\t.st1{fill:url(#SVGID_1_);stroke:#1D1D1B;stroke-width:2;stroke-miterlimit:10;}\n</style>\n' +
          '<linearGradient id="SVGID_1_" gradientUnits="userSpaceOnUse" x1="0" y1="50" x2="100" y2="50"><stop offset="0" style="stop-color:#E30613"/><stop offset="1" style="stop-color:#312783"/></linearGradient>\n' +
          '<path class="st1" d="M50,5C25.1,5,5,25.1,5,50s20.1,45,45,45s45-20.1,45-45S74.9,5,50,5z"/>\n' +
          '<g data-name="Layer 2"><text transform="matrix(1 0 0 1 20 55)" class="st0" style="font-family:\'Helvetica Neue\', Arial; font-size:12px;">ACME</text></g>\n</svg>',
      ],
      [
        'a design tool export with clip paths, filters and animation',
        '<svg width="100" height="100" viewBox="0 0 100 100" fill="none" xmlns="http://www.w3.org/2000/svg">' +
          '<g clip-path="url(#clip0_1_2)" filter="url(#f)"><path d="M0 0h100v100H0z" fill="#D9D9D9"/>' +
          '<circle cx="50" cy="50" r="10"><animateTransform attributeName="transform" type="rotate" from="0 50 50" to="360 50 50" dur="4s" repeatCount="indefinite"/></circle></g>' +
          '<defs><filter id="f" x="0" y="0" width="100" height="100" filterUnits="userSpaceOnUse" color-interpolation-filters="sRGB"><feGaussianBlur stdDeviation="2" result="blur"/><feOffset dx="1" dy="1"/><feBlend in="SourceGraphic" in2="blur" mode="normal"/></filter>' +
          '<clipPath id="clip0_1_2"><rect width="100" height="100" fill="white" transform="translate(0 0) rotate(0)"/></clipPath></defs></svg>',
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
      ['a javascript: link', svg('<use href="javascript:alert(1)"/>'), 'javascript: URL'],
      [
        'a javascript: link behind character references',
        svg('<use href="&#106;ava&#x73;cript:alert(1)"/>'),
        'javascript: URL',
      ],
      [
        'a javascript: link split by a tab',
        svg('<use href="java&#9;script:alert(1)"/>'),
        'javascript: URL',
      ],
      ['a link', svg('<a href="#c"><rect/></a>'), '<a> element'],
      [
        'javascript: in an animation value',
        svg('<a><set attributeName="title" to="javascript:alert(1)"/></a>'),
        'javascript: URL',
      ],
      [
        'an animation that swaps in a reference',
        svg('<rect><set attributeName="xlink:href" to="https://evil.example"/></rect>'),
        'animates a reference (xlink:href)',
      ],
      [
        'an external image',
        svg('<image href="https://evil.example/track.png"/>'),
        '<image> element',
      ],
      [
        'an embedded raster image (an image is never a fragment of the logo)',
        svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="5" height="5"/>'),
        '<image> element',
      ],
      [
        'an external reference',
        svg('<use href="https://evil.example/track.svg#a"/>'),
        'external resource (href)',
      ],
      [
        'an external reference by xlink:href',
        svg('<use xlink:href="//evil.example/x.svg#a"/>'),
        'external resource (xlink:href)',
      ],
      [
        'a relative reference to another file',
        svg('<use href="sprites.svg#logo"/>'),
        'external resource (href)',
      ],
      [
        'a nested SVG data URI (it is not checked itself)',
        svg('<use href="data:image/svg+xml;base64,PHN2Zy8+"/>'),
        'external resource (href)',
      ],
      ['a link to a web page', svg('<a href="https://acme.example"><rect/></a>'), '<a> element'],
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
        svg('<rect><set attributeName=" href " to="https://evil.example"/></rect>'),
        'animates a reference ( href )',
      ],
      [
        'an external reference that merely contains a data: URI',
        svg('<use href="https://evil.example/data:image/png;base64,iVBORw0KGgo="/>'),
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

  /** Each way past the earlier checker the security review found, and its neighbours. */
  describe('refuses what the earlier checker let through', () => {
    it.each([
      [
        'CSS image-set() in a style attribute',
        svg('<rect style="fill:image-set(\'https://evil.example/x.png\' 1x)"/>'),
        'CSS function a logo may not (image-set())',
      ],
      [
        'CSS -webkit-image-set() in a style element',
        svg('<style>.a{fill:-webkit-image-set("https://evil.example/x.png" 1x)}</style>'),
        'CSS function a logo may not (-webkit-image-set())',
      ],
      [
        'CSS image-set() in a presentation attribute',
        svg('<rect fill="image-set(\'//evil.example/x\' 1x)"/>'),
        'CSS function a logo may not (image-set())',
      ],
      [
        'an XHTML <img> with srcset',
        svg('<img xmlns="http://www.w3.org/1999/xhtml" srcset="https://evil.example/x.png 1x"/>'),
        '<img> element',
      ],
      [
        'an XHTML element behind a prefix',
        svg('<h:img xmlns:h="http://www.w3.org/1999/xhtml" srcset="https://evil.example/x 1x"/>'),
        '<img> element',
      ],
      [
        'srcset on an SVG element',
        svg('<rect srcset="https://evil.example/x.png 1x"/>'),
        'attribute a logo may not have (srcset)',
      ],
      [
        'a background attribute',
        svg('<g background="https://evil.example/x.png"><rect/></g>'),
        'attribute a logo may not have (background)',
      ],
      [
        'CSS background in a style attribute',
        svg('<rect style="background:red"/>'),
        'CSS property a logo may not (background)',
      ],
      [
        'CSS background-image in a style element',
        svg('<style>.a{background-image:linear-gradient(red,blue)}</style>'),
        'CSS function a logo may not (linear-gradient())',
      ],
      [
        'CSS cursor in a style element',
        svg('<style>svg{cursor:pointer}</style>'),
        'CSS property a logo may not (cursor)',
      ],
      ['a CSS at-rule', svg('<style>@font-face{font-family:x}</style>'), 'CSS at-rule'],
      [
        'a CSS escape hiding a function',
        svg('<style>.a{fill:\\69mage-set("x" 1x)}</style>'),
        'CSS escape',
      ],
      ['a CSS comment', svg('<style>.a{fill:red/**/}</style>'), 'CSS comment'],
      ['CSS that is not rules', svg('<style>.a{fill:red</style>'), 'cannot read'],
      [
        'a selector that is not one',
        svg('<style>.a[x="y"]{fill:red}</style>'),
        'CSS selector this checker cannot read',
      ],
      [
        'a comment an HTML parser ends early (--!>)',
        svg('<!-- --!><img src=x onerror=alert(1)> -->'),
        'comment holding',
      ],
      [
        'a comment an HTML parser ends at once (<!-->)',
        svg('<!--><img src=x onerror=alert(1)>-->'),
        'comment holding',
      ],
      ['a comment holding markup', svg('<!-- <a> -->'), 'comment holding'],
      [
        'CDATA in <title>, where an HTML parser reads markup',
        svg('<title><![CDATA[</title><img src=x onerror=alert(1)>]]></title>'),
        'CDATA section outside <style>',
      ],
      [
        'CDATA holding markup in <style>',
        svg('<style><![CDATA[</style><img src=x onerror=alert(1)>]]></style>'),
        'CDATA section holding <',
      ],
      [
        'an element inside <title>',
        svg('<title><style>.a{fill:red}</style></title>'),
        'inside <title>, which holds text only',
      ],
      [
        'an element inside <desc>',
        svg('<desc><g/></desc>'),
        'inside <desc>, which holds text only',
      ],
      [
        'a processing instruction inside the document',
        svg('<?php echo 1 ?>'),
        'processing instruction',
      ],
      [
        'an XHTML default namespace on an inner element',
        svg('<g xmlns="http://www.w3.org/1999/xhtml"><rect/></g>'),
        'namespace a logo may not use',
      ],
      ['an element in other case', svg('<Script>alert(1)</Script>'), '<script> element'],
      [
        'an editor attribute behind a prefix',
        svg('<g inkscape:label="Layer 1"/>'),
        'attribute a logo may not have (inkscape:label)',
      ],
      [
        'an event handler behind a prefix',
        svg('<rect xlink:onload="alert(1)"/>'),
        'event handler (xlink:onload)',
      ],
      [
        'an animation of an attribute that is not drawn',
        svg('<rect><set attributeName="style" to="fill:red"/></rect>'),
        'animates an attribute it may not (style)',
      ],
      [
        'a second root element',
        `${svg('')}<svg xmlns="http://www.w3.org/2000/svg"/>`,
        'more than one root element',
      ],
      ['an element left open', svg('<g>'), 'is not well-formed'],
      ['end tags out of order', svg('<g><rect></g></rect>'), 'is not well-formed'],
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
    // XML forbids that text there; the checker must still end (and cannot read it as CSS).
    expect(unsafeSvgReason(svg('<style>a]]><![CDATA[ b ]]></style>'))).toBe(
      'the SVG has CSS this checker cannot read',
    );
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

  it('reads a 40 KB logo nested deep, and hostile ones of that size, in little time', () => {
    const nested =
      '<g transform="translate(1 1)" fill="url(#g)">'.repeat(850) +
      '<path d="M0 0L1 1"/>' +
      '</g>'.repeat(850);
    const logos = [
      svg(nested),
      svg(`<rect ${'a="1" '.repeat(7000)}`),
      svg(`<style>${' '.repeat(40_000)}</style>`),
      svg(`<style>.a{fill:${'a'.repeat(40_000)}(</style>`),
      svg(`<rect style="fill:url(${'"'.repeat(20_000)}"/>`),
      svg(`<rect fill="${'a-'.repeat(20_000)}"/>`),
      svg(`<!--${'-x'.repeat(20_000)}>`),
      svg(`<text>${'&#'.repeat(20_000)}</text>`),
    ];
    expect(logos[0]!.length).toBeGreaterThan(40_000);
    const started = performance.now();
    const reasons = logos.map(unsafeSvgReason);
    // Generous: a catastrophic regular expression takes seconds or hours on these.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(reasons).toEqual([
      null,
      'the SVG is not well-formed',
      null,
      'the SVG has CSS this checker cannot read',
      'the SVG is not well-formed',
      null,
      'the SVG has an unterminated comment',
      null,
    ]);
  });

  it('reads a character reference beyond Unicode as U+FFFD, as browsers do, instead of failing', () => {
    for (const reference of ['&#x110000;', '&#1114112;', '&#x10FFFF;'])
      expect(unsafeSvgReason(svg(`<use href="${reference}"/>`))).toBe(
        'the SVG refers to an external resource (href)',
      );
    expect(unsafeSvgReason(svg('<use href="#&#x110000;"/>'))).toBeNull();
  });
});
