/*
 * Resumable evidence upload for a plain HTML form (progressive enhancement; docs/evidence.md, "In the browser").
 *
 * Without this script the form posts as it is written (the page's own multipart action). With it, and with
 * lib/tus-js-client/tus.min.js loaded first, every form marked data-evidence-upload sends its file over the tus
 * protocol to /api/uploads instead: in chunks, with progress, retrying with growing delays, waiting for the network to
 * come back, and resuming an upload this browser started earlier (found by a fingerprint of the record and the file).
 * When the last chunk is in, the server has recorded the evidence file and this shows its id and the SHA-256 the
 * server computed as the bytes arrived.
 *
 * The markup it relies on, and nothing else:
 *   <form data-evidence-upload data-owner-type="Fir" data-owner-id="{guid}"
 *         [data-endpoint="/api/uploads"] [data-chunk-size="16777216"]
 *         [data-antiforgery-header="RequestVerificationToken"] [data-antiforgery-token="..."]>
 *     <input type="file" ...>                      the file (the first file input of the form)
 *     [<textarea|input name="description">]        optional description
 *     [<input type="hidden" name="__RequestVerificationToken">]  the anti-forgery token, if not in the data attribute
 *     [<progress data-upload-progress>] [<output data-upload-status>] [<button type="button" data-upload-cancel>]
 *   </form>
 * Missing progress/status elements are added at the end of the form. On success the form receives the event
 * "evidence-upload:done" with detail { id, sha256, location }; on a final failure "evidence-upload:failed" with
 * detail { status, code, message }.
 * Written for old browsers: ES2015, no modules, no optional chaining.
 */
(function () {
  'use strict';

  var RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000];
  var DEFAULT_CHUNK = 16 * 1024 * 1024;

  function text(element, message) {
    if (element) {
      element.textContent = message;
    }
  }

  function ensure(form, selector, tag, attribute) {
    var element = form.querySelector(selector);
    if (!element) {
      element = document.createElement(tag);
      element.setAttribute(attribute, '');
      form.appendChild(element);
    }
    return element;
  }

  function antiforgery(form) {
    var token = form.getAttribute('data-antiforgery-token');
    if (!token) {
      var input = form.querySelector('input[name="__RequestVerificationToken"]');
      token = input ? input.value : null;
    }
    return token;
  }

  /** The server's ProblemDetails, when the failure came with an answer. */
  function problem(error) {
    var response = error && error.originalResponse;
    var result = { status: response ? response.getStatus() : 0, code: null, message: error ? String(error.message || error) : '' };
    if (response) {
      try {
        var body = JSON.parse(response.getBody());
        result.code = body.code || null;
        result.message = body.detail || body.title || result.message;
      } catch (e) {
        // Not JSON (HEAD answers have no body).
      }
    }
    return result;
  }

  function percent(sent, total) {
    return total > 0 ? Math.floor((sent / total) * 100) : 0;
  }

  function online() {
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  }

  /** tus-js-client's own rule: retry a broken connection, a server error, 409 and 423, never another 4xx, and not offline. */
  function retryable(error) {
    var status = error && error.originalResponse ? error.originalResponse.getStatus() : 0;
    return (status < 400 || status >= 500 || status === 409 || status === 423) && online();
  }

  function enhance(form) {
    var input = form.querySelector('input[type="file"]');
    if (!input || !window.tus || !window.tus.isSupported) {
      return; // the form keeps working as a plain multipart form
    }

    var progress = ensure(form, '[data-upload-progress]', 'progress', 'data-upload-progress');
    var status = ensure(form, '[data-upload-status]', 'output', 'data-upload-status');
    var cancel = form.querySelector('[data-upload-cancel]');
    status.setAttribute('aria-live', 'polite');
    progress.max = 100;
    progress.value = 0;
    var current = null;

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = input.files && input.files[0];
      if (!file || current) {
        return;
      }

      var ownerType = form.getAttribute('data-owner-type');
      var ownerId = form.getAttribute('data-owner-id');
      var description = form.querySelector('[name="description"]');
      var header = form.getAttribute('data-antiforgery-header') || 'RequestVerificationToken';
      var token = antiforgery(form);
      var submit = form.querySelector('[type="submit"]');
      if (submit) {
        submit.disabled = true;
      }

      var metadata = { ownerType: ownerType, ownerId: ownerId, filename: file.name };
      if (description && description.value) {
        metadata.description = description.value;
      }

      // What the officer is told while the link is broken: how far the file had come, and what happens next.
      var sentSoFar = 0;
      function brokenOff(next) {
        return 'The connection broke off at ' + percent(sentSoFar, file.size) + ' % (' + sentSoFar + ' of ' + file.size +
          ' bytes sent); ' + next;
      }

      var upload = new window.tus.Upload(file, {
        endpoint: form.getAttribute('data-endpoint') || '/api/uploads',
        chunkSize: Number(form.getAttribute('data-chunk-size')) || DEFAULT_CHUNK,
        retryDelays: RETRY_DELAYS,
        metadata: metadata,
        // The same file for the same record resumes; for another record it is another upload.
        fingerprint: function (f) {
          return Promise.resolve(['cybercase', ownerType, ownerId, f.name, f.size, f.lastModified].join('/'));
        },
        removeFingerprintOnSuccess: true,
        onBeforeRequest: function (request) {
          if (token) {
            request.setHeader(header, token);
          }
        },
        onShouldRetry: function (error, attempt, options) {
          if (!retryable(error)) {
            return false;
          }

          // The retry asks the server how much it kept (HEAD) and sends only the rest.
          var delay = options.retryDelays[attempt];
          text(status, brokenOff(delay > 0 ? 'trying again in ' + Math.round(delay / 1000) + ' s, from where the server stopped.'
            : 'trying again now, from where the server stopped.'));
          return true;
        },
        onProgress: function (sent, total) {
          sentSoFar = sent;
          progress.value = percent(sent, total);
          text(status, percent(sent, total) + ' % (' + sent + ' of ' + total + ' bytes)');
        },
        onSuccess: function (payload) {
          var response = payload && payload.lastResponse;
          var id = response ? response.getHeader('Evidence-Id') : null;
          var sha256 = response ? response.getHeader('Evidence-Sha256') : null;
          progress.value = 100;
          text(status, 'Stored as evidence ' + id + ', SHA-256 ' + sha256 + ' (computed by the server).');
          current = null;
          if (submit) {
            submit.disabled = false;
          }
          form.dispatchEvent(new CustomEvent('evidence-upload:done', {
            bubbles: true,
            detail: { id: id, sha256: sha256, location: response ? response.getHeader('Content-Location') : null }
          }));
        },
        onError: function (error) {
          var failure = problem(error);
          if (!navigator.onLine) {
            // Offline: wait for the network instead of giving up; the upload resumes from the server's offset.
            text(status, brokenOff('the network is gone. The upload continues by itself when it is back, from where the server stopped.'));
            window.addEventListener('online', function resume() {
              window.removeEventListener('online', resume);
              upload.start();
            });
            return;
          }
          // The fingerprint stays in this browser: pressing Upload again with the same file resumes from the server's offset.
          text(status, 'The upload failed: ' + failure.message + (retryable(error) && sentSoFar > 0
            ? ' Choose Upload again (the same file) to continue from where the server stopped.' : ''));
          current = null;
          if (submit) {
            submit.disabled = false;
          }
          form.dispatchEvent(new CustomEvent('evidence-upload:failed', { bubbles: true, detail: failure }));
        }
      });
      current = upload;

      upload.findPreviousUploads().then(function (previous) {
        if (previous.length > 0) {
          upload.resumeFromPreviousUpload(previous[0]);
          text(status, 'Resuming the earlier upload of this file...');
        }
        upload.start();
      });
    });

    if (cancel) {
      cancel.addEventListener('click', function () {
        if (current) {
          // Termination: the server removes the bytes received so far.
          current.abort(true);
          current = null;
          progress.value = 0;
          text(status, 'Upload cancelled.');
          var submit = form.querySelector('[type="submit"]');
          if (submit) {
            submit.disabled = false;
          }
        }
      });
    }
  }

  function start() {
    var forms = document.querySelectorAll('form[data-evidence-upload]');
    for (var i = 0; i < forms.length; i++) {
      enhance(forms[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
