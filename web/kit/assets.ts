import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The site's static files: one stylesheet (the NL Design System components, our theme, our
 * layout and the @font-face rules) and the two font files, each under a content-hashed name so
 * it can be cached for a year. CDK uploads exactly these to the private assets bucket; locally
 * the site serves them from memory. The manifest (logical name → URL path) goes to the site.
 */
export interface Asset {
  /** URL path, e.g. `/assets/site.3f9a1c2e.css`. */
  path: string;
  contentType: string;
  body: Buffer;
}
export interface AssetBundle {
  assets: Asset[];
  manifest: AssetManifest;
}
export interface AssetManifest {
  css: string;
  /** The draft form's live 50-50 sum (progressive enhancement; every page works without it). */
  fundingJs: string;
  uploadJs: string;
}

export const ASSET_PREFIX = '/assets/';
// The static files live in web/assets/, beside the groups (this module is web/kit/assets.ts).
const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const hashed = (name: string, ext: string, body: Buffer) =>
  `${ASSET_PREFIX}${name}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${ext}`;

export function buildAssets(): AssetBundle {
  const fontDir = path.join(path.dirname(require.resolve('@fontsource/fira-sans/package.json')), 'files');
  const fonts = ([400, 700] as const).map((weight) => {
    const body = readFileSync(path.join(fontDir, `fira-sans-latin-${weight}-normal.woff2`));
    return {
      weight,
      asset: { path: hashed(`fira-sans-${weight}`, 'woff2', body), contentType: 'font/woff2', body },
    };
  });
  const fontFaces = fonts
    .map(
      ({ weight, asset }) =>
        `@font-face{font-family:'Fira Sans';font-style:normal;font-display:swap;font-weight:${weight};src:url(${asset.path}) format('woff2')}`,
    )
    .join('\n');
  const rvo = readFileSync(
    path.join(
      path.dirname(require.resolve('@nl-rvo/component-library-css/package.json')),
      'dist',
      'index.min.css',
    ),
  );
  const css = Buffer.from(
    [
      '/* NL Design System components: @nl-rvo/component-library-css (CC0). Fira Sans: SIL OFL 1.1. */',
      fontFaces,
      rvo.toString('utf8'),
      readFileSync(path.join(here, 'assets', 'theme.css'), 'utf8'),
      readFileSync(path.join(here, 'assets', 'site.css'), 'utf8'),
    ].join('\n'),
  );
  const stylesheet: Asset = {
    path: hashed('site', 'css', css),
    contentType: 'text/css; charset=utf-8',
    body: css,
  };
  const js = readFileSync(path.join(here, 'assets', 'funding-shares.js'));
  const fundingJs: Asset = {
    path: hashed('funding-shares', 'js', js),
    contentType: 'text/javascript; charset=utf-8',
    body: js,
  };
  const upload = readFileSync(path.join(here, 'assets', 'upload-progress.js'));
  const uploadJs: Asset = {
    path: hashed('upload-progress', 'js', upload),
    contentType: 'text/javascript; charset=utf-8',
    body: upload,
  };
  return {
    assets: [stylesheet, fundingJs, uploadJs, ...fonts.map((f) => f.asset)],
    manifest: { css: stylesheet.path, fundingJs: fundingJs.path, uploadJs: uploadJs.path },
  };
}
