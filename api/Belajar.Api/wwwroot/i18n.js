// The pages' language: Bahasa Indonesia by default, English by a switch; the choice is kept in localStorage ("belajar.lang").
// A page adds its two dictionaries (I18n.add({ id: {...}, en: {...} })) and calls I18n.start(). Elements name their text by key:
//   data-i18n="key"              the element's text
//   data-i18n-label="key"        its aria-label
//   data-i18n-placeholder="key"  its placeholder
//   data-i18n-title="key"        its title
// A button with data-lang-switch toggles the language. Scripts read a message with I18n.t("key", { name: value }) and re-render
// on I18n.onChange(render). Written for old browsers too (no optional chaining, no newer DOM methods).
"use strict";
var I18n = (function () {
  var KEY = "belajar.lang";
  var dictionaries = { id: {}, en: {} };
  var listeners = [];
  var current = read();

  function read() {
    try { return window.localStorage.getItem(KEY) === "en" ? "en" : "id"; } catch (e) { return "id"; }
  }

  function add(pair) {
    ["id", "en"].forEach(function (lang) {
      var source = pair[lang] || {};
      Object.keys(source).forEach(function (key) { dictionaries[lang][key] = source[key]; });
    });
  }

  // The message of `key` in the current language (Indonesian when English lacks it), with {name} replaced from `values`.
  function t(key, values) {
    var text = dictionaries[current][key];
    if (text === undefined) { text = dictionaries.id[key]; }
    if (text === undefined) { text = key; }
    return String(text).replace(/\{(\w+)\}/g, function (whole, name) {
      return values && values[name] !== undefined && values[name] !== null ? String(values[name]) : whole;
    });
  }

  function each(root, selector, apply) {
    var nodes = root.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i++) { apply(nodes[i]); }
  }

  // Puts the current language's texts into `root` (the whole document by default).
  function apply(root) {
    root = root || document;
    document.documentElement.setAttribute("lang", current);
    each(root, "[data-i18n]", function (node) { node.textContent = t(node.getAttribute("data-i18n")); });
    each(root, "[data-i18n-label]", function (node) { node.setAttribute("aria-label", t(node.getAttribute("data-i18n-label"))); });
    each(root, "[data-i18n-placeholder]", function (node) { node.setAttribute("placeholder", t(node.getAttribute("data-i18n-placeholder"))); });
    each(root, "[data-i18n-title]", function (node) { node.setAttribute("title", t(node.getAttribute("data-i18n-title"))); });
    each(document, "[data-lang-switch]", function (node) {
      // the switch names the other language in that language, and says so to screen readers
      var other = current === "id" ? "en" : "id";
      node.textContent = other === "en" ? "English" : "Bahasa Indonesia";
      node.setAttribute("lang", other);
      node.setAttribute("aria-label", other === "en" ? "Switch to English" : "Ganti ke Bahasa Indonesia");
    });
  }

  function set(lang) {
    current = lang === "en" ? "en" : "id";
    try { window.localStorage.setItem(KEY, current); } catch (e) { /* private mode: the choice lasts for this page */ }
    apply(document);
    listeners.forEach(function (listener) { listener(current); });
  }

  // Applies the texts and wires the switch; call once the page's dictionaries are added.
  function start() {
    apply(document);
    each(document, "[data-lang-switch]", function (node) {
      node.addEventListener("click", function () { set(current === "id" ? "en" : "id"); });
    });
  }

  return {
    add: add,
    t: t,
    apply: apply,
    set: set,
    start: start,
    lang: function () { return current; },
    // the locale for numbers and dates
    locale: function () { return current === "en" ? "en-GB" : "id-ID"; },
    onChange: function (listener) { listeners.push(listener); }
  };
})();
