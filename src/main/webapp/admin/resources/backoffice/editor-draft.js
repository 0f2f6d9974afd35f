/*
 * Keeps the editor's unsaved text in this browser (local storage), a second after each change, so that a closed tab,
 * a crash or a lost session costs at most that second. Opening the editor again hands a kept text to the server
 * (glossaRestoreDraft), which puts it back into the form; if the translation was saved by someone else since the text
 * was typed, it shows the conflict panel instead of letting the next save overwrite their version.
 * The copy is forgotten once the form holds exactly what is stored (after a save, or after taking their version).
 */
(function () {
  'use strict';

  var FIELDS = ['title', 'summary', 'body', 'slug', 'location'];
  var DELAY_MS = 1000;
  var pending = null;

  function keeper() {
    return document.querySelector('[data-draft-key]');
  }

  function field(name) {
    return document.getElementById('edit:' + name);
  }

  function typed() {
    var text = {};
    FIELDS.forEach(function (name) {
      var input = field(name);
      if (input) {
        text[name] = input.value;
      }
    });
    return text;
  }

  function sameText(a, b) {
    return FIELDS.every(function (name) {
      return (a[name] || '') === (b[name] || '');
    });
  }

  function stored(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key));
    } catch (e) {
      return null;
    }
  }

  function say(text) {
    var status = document.getElementById('draft-status');
    if (status && status.textContent !== text) {
      status.textContent = text;
    }
  }

  /** A message of the page (its pattern in {@code attribute}) with the time {@code when} in the UI's language. */
  function at(element, attribute, when) {
    var time = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      hour: '2-digit',
      minute: '2-digit'
    }).format(new Date(when));
    return element.getAttribute(attribute).replace('{time}', time);
  }

  function keep() {
    pending = null;
    var element = keeper();
    if (!element || !element.getAttribute('data-draft-key')) {
      return;
    }
    var draft = typed();
    draft.basedOn = element.getAttribute('data-based-on') || '';
    draft.keptAt = Date.now();
    try {
      window.localStorage.setItem(element.getAttribute('data-draft-key'), JSON.stringify(draft));
      say(at(element, 'data-kept', draft.keptAt));
    } catch (e) {
      // Storage full or switched off: the text is only in the form, as without this script.
    }
  }

  function keepSoon() {
    if (pending === null) {
      pending = window.setTimeout(keep, DELAY_MS);
    }
  }

  function keepNow() {
    if (pending !== null) {
      window.clearTimeout(pending);
      keep();
    }
  }

  /** After the server rendered the form: forget a copy it now stores, else keep the form's text. */
  function rendered() {
    var element = keeper();
    if (!element || element.hasAttribute('data-seen')) {
      return;
    }
    element.setAttribute('data-seen', '');
    var key = element.getAttribute('data-draft-key');
    if (element.getAttribute('data-clean') === 'true') {
      if (pending !== null) {
        window.clearTimeout(pending);
        pending = null;
      }
      window.localStorage.removeItem(key);
      var saved = Number(element.getAttribute('data-last-saved'));
      say(saved ? at(element, 'data-saved', saved) : '');
    } else if (stored(key)) {
      keepSoon();
    }
  }

  function restore() {
    var element = keeper();
    if (!element) {
      return;
    }
    element.setAttribute('data-seen', '');
    var key = element.getAttribute('data-draft-key');
    var draft = stored(key);
    if (!draft) {
      return;
    }
    if (sameText(draft, typed())) {
      window.localStorage.removeItem(key);
      return;
    }
    var parameters = FIELDS.filter(function (name) {
      return typeof draft[name] === 'string';
    }).map(function (name) {
      return {name: name, value: draft[name]};
    });
    parameters.push({name: 'basedOn', value: draft.basedOn || ''});
    window.glossaRestoreDraft(parameters);
  }

  document.addEventListener('input', function (event) {
    if (event.target && event.target.id && event.target.id.indexOf('edit:') === 0) {
      keepSoon();
    }
  });
  window.addEventListener('pagehide', keepNow);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      keepNow();
    }
  });
  /**
   * Runs once PrimeFaces has given the form its CSP nonce (a hidden input it adds after the page loaded): an ajax
   * request without it is refused.
   */
  function whenFormReady(action, attempts) {
    var form = document.getElementById('edit');
    var nonce = form && form.elements['primefaces.nonce'];
    if ((nonce && nonce.value) || attempts <= 0) {
      action();
    } else {
      window.setTimeout(function () {
        whenFormReady(action, attempts - 1);
      }, 50);
    }
  }

  window.addEventListener('load', function () {
    whenFormReady(restore, 200);
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', rendered);
    }
  });
})();
