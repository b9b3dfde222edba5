// The site's only script, loaded as an ES module from base.html (the Content Security
// Policy allows no inline script). Browsers that run modules get GOV.UK Frontend's
// enhancements; any other browser gets the plain HTML, which works on its own.

import { initAll } from "./vendor/govuk-frontend.min.js";

// GOV.UK's page template sets this class with an inline script. Setting it here, before
// initAll() (which checks for it), keeps every component's JavaScript-only parts, such
// as the menu button, hidden until the code that drives them is running. Any browser
// running this module supports modules, so no further check is needed.
document.body.classList.add("govuk-frontend-supported");

initAll();
