// snippetgen site: with this script the code examples become ARIA tabs (the WAI-ARIA tabs
// pattern with automatic activation: Left/Right, Home/End) with a copy button each, and the
// index's filter appears. Without it, every example is shown one after another and every code
// is listed. No request leaves the page.
(function () {
  'use strict';

  var STORE = 'snippetgen-tab';

  function remember(id) {
    try { window.localStorage.setItem(STORE, id); } catch (e) { /* storage may be off */ }
  }

  function remembered() {
    try { return window.localStorage.getItem(STORE); } catch (e) { return null; }
  }

  function setUpTabs(root) {
    var list = root.querySelector('[role="tablist"]');
    if (!list) return;
    var tabs = Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));
    var panels = tabs.map(function (tab) { return document.getElementById(tab.getAttribute('aria-controls')); });
    if (!tabs.length || panels.some(function (panel) { return !panel; })) return;

    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        var on = i === index;
        tab.setAttribute('aria-selected', on ? 'true' : 'false');
        tab.tabIndex = on ? 0 : -1;
        panels[i].classList.toggle('inactive', !on);
      });
      if (focus) tabs[index].focus();
    }

    panels.forEach(function (panel, i) {
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tabs[i].id);
      addCopyButton(panel);
    });
    tabs.forEach(function (tab, i) {
      tab.addEventListener('click', function () {
        select(i, false);
        remember(tab.getAttribute('aria-controls'));
      });
    });
    list.addEventListener('keydown', function (event) {
      var current = tabs.indexOf(document.activeElement);
      if (current < 0) return;
      var next = null;
      if (event.key === 'ArrowRight') next = (current + 1) % tabs.length;
      else if (event.key === 'ArrowLeft') next = (current - 1 + tabs.length) % tabs.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = tabs.length - 1;
      if (next === null) return;
      event.preventDefault();
      select(next, true);
      remember(tabs[next].getAttribute('aria-controls'));
    });

    var wanted = window.location.hash.slice(1) || remembered();
    var start = panels.map(function (panel) { return panel.id; }).indexOf(wanted);
    if (start < 0) start = panels.findIndex(function (panel) { return panel.hasAttribute('data-selected'); });
    select(start < 0 ? 0 : start, false);
    list.hidden = false;
    root.classList.add('tabs-on');
  }

  var status = null;

  function announce(text) {
    if (!status) {
      status = document.createElement('p');
      status.className = 'visually-hidden';
      status.setAttribute('role', 'status');
      document.body.appendChild(status);
    }
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function addCopyButton(panel) {
    var code = panel.querySelector('pre code');
    var pre = panel.querySelector('pre');
    if (!code || !pre) return;
    var name = panel.getAttribute('data-name') || 'this';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy the ' + name + ' example');
    button.addEventListener('click', function () {
      var text = code.textContent;
      var done = function () {
        button.textContent = 'Copied';
        announce('Copied the ' + name + ' example');
        window.setTimeout(function () { button.textContent = 'Copy'; }, 2000);
      };
      var fallback = function () {
        var range = document.createRange();
        range.selectNodeContents(code);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        announce('Selected the ' + name + ' example: press Ctrl+C to copy it');
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, fallback);
      } else {
        fallback();
      }
    });
    pre.parentNode.insertBefore(button, pre);
  }

  function setUpFilter() {
    var input = document.getElementById('filter');
    if (!input) return;
    var items = Array.prototype.slice.call(document.querySelectorAll('[data-search]'));
    var groups = Array.prototype.slice.call(document.querySelectorAll('[data-group]'));
    var status = document.getElementById('filter-status');
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.getAttribute('data-search');
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        item.hidden = !match;
        if (match) shown += 1;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector('[data-search]:not([hidden])');
        // The class's link in the list above goes with its group.
        var link = document.querySelector('.classes a[href="#' + group.id + '"]');
        if (link) link.parentNode.hidden = group.hidden;
      });
      if (status) {
        status.textContent = words.length ? shown + ' of ' + items.length + ' codes match' : '';
      }
    }
    input.addEventListener('input', apply);
    input.closest('.filter').hidden = false;
    if (input.value) apply();
  }

  function start() {
    Array.prototype.slice.call(document.querySelectorAll('[data-tabs]')).forEach(setUpTabs);
    setUpFilter();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
