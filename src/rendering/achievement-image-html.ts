import Handlebars from 'handlebars';
import { RENDER_CSP } from './certificate-html';

/** The achievement picture's side in pixels: square, as badge displayers show badges. */
export const ACHIEVEMENT_IMAGE_SIZE = 512;

/** What the picture shows: the training's title, and who issues it (name, and logo if any). */
export interface AchievementPicture {
  readonly title: string;
  readonly issuerName: string;
  /** A `data:image/…;base64,` URI, or absent; anything else is left out. */
  readonly logo?: string | null;
}

/** Long titles get smaller type, so that every title fits the disc in at most five lines. */
function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 24) return 46;
  if (length <= 48) return 38;
  if (length <= 80) return 31;
  if (length <= 130) return 25;
  return 21;
}

const template = Handlebars.create().compile(
  `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{{csp}}}">
<style>
html, body { margin: 0; background: transparent; }
.seal { box-sizing: border-box; width: {{size}}px; height: {{size}}px; border-radius: 50%;
  background: #c9a227; padding: 14px; }
.rim { box-sizing: border-box; width: 100%; height: 100%; border-radius: 50%; background: #1f3a68;
  padding: 12px; }
.disc { box-sizing: border-box; width: 100%; height: 100%; border-radius: 50%; background: #fdfbf5;
  border: 3px solid #ecd06e; display: flex; flex-direction: column; align-items: center;
  justify-content: center; padding: 56px 62px; text-align: center; gap: 14px;
  font-family: "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", sans-serif; color: #1f3a68; }
.logo { max-width: 190px; max-height: 74px; object-fit: contain; }
.title { font-weight: 700; line-height: 1.15; font-size: {{titleSize}}px; overflow-wrap: anywhere;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 5; overflow: hidden; }
.issuer { font-size: 19px; line-height: 1.25; color: #55617a; overflow-wrap: anywhere;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.rule { width: 96px; height: 3px; background: #c9a227; border-radius: 2px; flex: none; }
</style>
</head>
<body><div class="seal"><div class="rim"><div class="disc">
{{#if logo}}<img class="logo" src="{{logo}}" alt="">{{/if}}
<div class="title">{{title}}</div>
<div class="rule"></div>
<div class="issuer">{{issuerName}}</div>
</div></div></div></body>
</html>`,
  { knownHelpersOnly: true, strict: false },
);

/**
 * The achievement's picture as an HTML document for the renderer: a seal with the issuer's logo,
 * the training's title and the issuer's name, every text escaped, nothing loaded from outside.
 */
export function achievementImageHtml(picture: AchievementPicture): string {
  const logo =
    picture.logo && /^data:image\/[a-z+.-]+;base64,/i.test(picture.logo) ? picture.logo : '';
  return template({
    // Written as it is ({{{csp}}}): our own constant, without a double quote. Escaped, its single
    // quotes became entities, which the renderer takes for a possible meta refresh and pays a
    // page reset for.
    csp: RENDER_CSP,
    size: ACHIEVEMENT_IMAGE_SIZE,
    titleSize: titleSize(picture.title),
    title: picture.title,
    issuerName: picture.issuerName,
    logo,
  });
}
