// ESLint's recommended rules on the app's own page scripts (assets/map); vendored code
// (assets/vendor) is upstream's and is not linted. Run by tests/test_code_habits.py.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["assets/vendor/**", "build/**", "dist/**", ".venv/**", "node_modules/**"] },
  js.configs.recommended,
  {
    files: ["assets/map/**/*.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: {
        ...globals.browser,
        L: "readonly",            // Leaflet (assets/vendor/leaflet)
        QWebChannel: "readonly",  // Qt's qwebchannel.js, in the window only
        qt: "readonly",
        ms: "readonly",           // milsymbol
      },
    },
  },
  // The editor runs after the map script, on the page the map made.
  { files: ["assets/map/briefing_editor.js"], languageOptions: { globals: { BriefingMap: "readonly" } } },
];
