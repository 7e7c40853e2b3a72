#!/usr/bin/env node
// The `isnad` command: the bundled command line and language server (built by `npm install`).
require("../dist/isnad.js");
