// Builds the site's static front end into static/ (run with `npm run build`):
//
//   frontend/scss/main.scss            -> static/css/main.css (compressed, no source map)
//   govuk-frontend.min.js (+ its map)  -> static/js/vendor/
//   frontend/js/app.js                 -> static/js/app.js (an ES module; .js so that
//                                         Django hashes the names it imports)
//   GOV.UK Frontend images that the compiled CSS refers to -> static/govuk/assets/images/
//
// Only images the CSS actually references are copied, and never the GDS Transport fonts
// or GOV.UK's crown and crest: those identify GOV.UK itself, not a council.
// The build fails if the CSS refers to an asset it may not or cannot ship, because
// Django's manifest static storage would otherwise fail later, at collectstatic.

import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import * as sass from "sass";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const govukDist = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const staticDir = join(root, "static");

// The URL prefix main.scss gives GOV.UK Frontend for its assets, and where those files live.
const govukAssetsUrl = "/static/govuk/assets/";
const govukAssetsDir = join(staticDir, "govuk", "assets");

// GOV.UK's identity: never shipped, whatever the CSS asks for.
const withheld = [/^fonts\//, /crest/, /crown/, /^images\/govuk-/, /^images\/favicon/];

const started = performance.now();

async function copy(from, to) {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
  console.log(`  ${relative(root, to)}`);
}

async function buildCss() {
  const source = join(root, "frontend", "scss", "main.scss");
  const target = join(staticDir, "css", "main.css");
  const result = await sass.compileAsync(source, {
    style: "compressed",
    sourceMap: false,
    importers: [new sass.NodePackageImporter(root)],
    // GOV.UK Frontend's own deprecation notices are for its maintainers, not for us.
    quietDeps: true,
  });
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, result.css + "\n");
  console.log(`  ${relative(root, target)} (${Math.round(result.css.length / 1024)} KiB)`);
  return result.css;
}

async function copyReferencedAssets(css) {
  await rm(govukAssetsDir, { recursive: true, force: true });
  await mkdir(govukAssetsDir, { recursive: true });

  const urls = new Set();
  for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    const url = match[1];
    if (url.startsWith("data:")) continue;
    if (!url.startsWith(govukAssetsUrl)) {
      throw new Error(`main.css refers to ${url}, outside ${govukAssetsUrl}: nothing copies it.`);
    }
    urls.add(url.slice(govukAssetsUrl.length));
  }
  for (const asset of urls) {
    if (withheld.some((pattern) => pattern.test(asset))) {
      throw new Error(
        `main.css refers to GOV.UK's ${asset}, which a council site must not use. ` +
          "Add it to the withheld list in frontend/scss/_asset-urls.scss.",
      );
    }
    await copy(join(govukDist, "assets", asset), join(govukAssetsDir, asset));
  }
  if (urls.size === 0) console.log(`  (main.css refers to no GOV.UK images)`);
}

async function copyScripts() {
  const vendorDir = join(staticDir, "js", "vendor");
  await rm(vendorDir, { recursive: true, force: true });
  // The source map travels with the script: Django's manifest storage rewrites the
  // sourceMappingURL comment and fails at collectstatic if the map is missing.
  for (const name of ["govuk-frontend.min.js", "govuk-frontend.min.js.map"]) {
    await copy(join(govukDist, name), join(vendorDir, name));
  }
  const app = join(root, "frontend", "js", "app.js");
  await copy(app, join(staticDir, "js", basename(app)));
}

try {
  const css = await buildCss();
  await copyReferencedAssets(css);
  await copyScripts();
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(error.message ?? error);
  process.exitCode = 1;
}
