// Fledge's web page: uploads an archive as a job (POST /api/v1/jobs), follows the job's events, shows the summary
// and offers the result. Plain JavaScript, no libraries. The API key, if the server asks for one, lives only in the
// variable `apiKey` below: never in storage or cookies.
(function () {
  'use strict';

  const API = '/api/v1';
  const TERMINAL = new Set(['succeeded', 'failed', 'cancelled', 'expired']);
  const POLL_MS = 1000;
  const MAX_POLL_FAILURES = 60;

  /** The API key typed by the user, or null. Only in memory. */
  let apiKey = null;
  /** The current run: { xhr, job, abort (AbortController), finished, downloadUrl } or null. */
  let run = null;

  const $ = (id) => document.getElementById(id);
  const form = $('convert-form');
  const archiveInput = $('archive');
  const dropZone = $('drop-zone');
  const chosen = $('archive-chosen');
  let archiveFile = null;

  // ---------- choosing the archive ----------

  function chooseArchive(file) {
    archiveFile = file || null;
    chosen.textContent = archiveFile ? 'Chosen: ' + archiveFile.name + ' (' + formatBytes(archiveFile.size) + ')' : '';
  }

  archiveInput.addEventListener('change', () => chooseArchive(archiveInput.files[0]));

  ['dragenter', 'dragover'].forEach((type) => dropZone.addEventListener(type, (event) => {
    event.preventDefault();
    if (event.dataTransfer) {
      event.dataTransfer.dropEffect = 'copy';
    }
    dropZone.classList.add('dragging');
  }));
  ['dragleave', 'dragend'].forEach((type) => dropZone.addEventListener(type, () => dropZone.classList.remove('dragging')));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    const files = event.dataTransfer ? event.dataTransfer.files : null;
    if (files && files.length > 0) {
      chooseArchive(files[0]);
      archiveInput.focus();
    }
  });
  // A file dropped next to the zone must not make the browser leave the page to show it.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());

  // ---------- options per target ----------

  function selectedTarget() {
    const checked = form.querySelector('input[name="target"]:checked');
    return checked ? checked.value : 'mastodon-archive';
  }

  function showOptionsFor(target) {
    form.querySelectorAll('#options .option').forEach((option) => {
      const applies = option.dataset.targets.split(' ').includes(target);
      option.hidden = !applies;
      option.querySelectorAll('input, select').forEach((control) => { control.disabled = !applies; });
    });
  }

  form.querySelectorAll('input[name="target"]').forEach((radio) =>
    radio.addEventListener('change', () => showOptionsFor(selectedTarget())));
  showOptionsFor(selectedTarget());

  /** The multipart body of POST /api/v1/jobs: target and options first, then the files. */
  function jobForm(target) {
    const data = new FormData();
    data.append('target', target);
    const text = (id) => $(id).value.trim();
    if (target === 'mastodon-archive' || target === 'activitystreams') {
      if (text('actorUrl')) {
        data.append('actorUrl', text('actorUrl'));
      }
      data.append('replies', $('replies').value);
      if ($('visibility').value) {
        data.append('visibility', $('visibility').value);
      }
    } else if (target === 'mastodon-csv') {
      if (text('bridgeDomain')) {
        data.append('bridgeDomain', text('bridgeDomain'));
      }
    } else if (target === 'normalized') {
      if ($('includeDirectMessages').checked) {
        data.append('include', 'directMessages');
      }
    }
    if (target === 'mastodon-csv' && $('accountMap').files.length > 0) {
      data.append('accountMap', $('accountMap').files[0]);
    }
    data.append('archive', archiveFile, archiveFile.name);
    return data;
  }

  // ---------- API key ----------

  function authHeaders(extra) {
    const headers = Object.assign({}, extra || {});
    if (apiKey) {
      headers.Authorization = 'Bearer ' + apiKey;
    }
    return headers;
  }

  /** Shows the key form and resolves with true once a key is entered, false if the user cancels. */
  function askForKey(refused) {
    return new Promise((resolve) => {
      const keyForm = $('key-form');
      const input = $('api-key');
      $('key-error').textContent = refused ? 'The server refused that key. Check it and try again.' : '';
      input.value = '';
      keyForm.hidden = false;
      input.focus();
      const done = (result) => {
        keyForm.hidden = true;
        keyForm.removeEventListener('submit', onSubmit);
        $('key-cancel').removeEventListener('click', onCancel);
        resolve(result);
      };
      const onSubmit = (event) => {
        event.preventDefault();
        const value = input.value.trim();
        if (!value) {
          $('key-error').textContent = 'Type the key first.';
          input.focus();
          return;
        }
        apiKey = value;
        input.value = '';
        done(true);
      };
      const onCancel = () => done(false);
      keyForm.addEventListener('submit', onSubmit);
      $('key-cancel').addEventListener('click', onCancel);
    });
  }

  /** fetch() with the key; on 401 asks for the key and tries again. Resolves with the Response, or null if the user gave up. */
  async function apiFetch(url, options) {
    let refused = false;
    for (;;) {
      const response = await fetch(url, Object.assign({}, options, {
        headers: authHeaders(options && options.headers),
        cache: 'no-store'
      }));
      if (response.status !== 401) {
        return response;
      }
      if (!(await askForKey(refused))) {
        return null;
      }
      refused = true;
    }
  }

  // ---------- the run ----------

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (run && !run.finished) {
      return;
    }
    if (!archiveFile) {
      showError({ title: 'No archive chosen', detail: 'Choose the ZIP file from X first, or drop it on the box.' });
      archiveInput.focus();
      return;
    }
    const target = selectedTarget();
    const actorUrl = $('actorUrl').value.trim();
    if ((target === 'mastodon-archive' || target === 'activitystreams') && actorUrl && !/^https?:\/\/[^/\s]+/i.test(actorUrl)) {
      showError({ title: 'Check the actor URL', detail: 'It must be a full address such as https://social.example/users/alice, or empty.' });
      $('actorUrl').focus();
      return;
    }
    resetPanels();
    run = { xhr: null, job: null, abort: new AbortController(), finished: false, downloadUrl: null };
    setBusy(true);
    $('progress').hidden = false;
    $('progress-heading').focus();
    setStatus('Checking the server…');
    try {
      // A cheap call first, so a server that wants a key asks for it before a large upload, not after.
      const probe = await apiFetch(API, { method: 'GET', signal: run.abort.signal });
      if (probe === null) {
        endRun('Cancelled: no API key was given.');
        return;
      }
      await upload(target);
    } catch (error) {
      if (run && run.abort.signal.aborted) {
        return;
      }
      failRun({ title: 'The server could not be reached', detail: String(error && error.message || error) });
    }
  });

  function upload(target) {
    return new Promise((resolve) => {
      const thisRun = run;
      const xhr = new XMLHttpRequest();
      thisRun.xhr = xhr;
      xhr.open('POST', API + '/jobs');
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      if (apiKey) {
        xhr.setRequestHeader('Authorization', 'Bearer ' + apiKey);
      }
      const total = archiveFile.size;
      setUpload(0, total);
      setStatus('Uploading ' + archiveFile.name + '…');
      xhr.upload.onprogress = (event) => {
        setUpload(event.loaded, event.lengthComputable ? event.total : total);
      };
      xhr.upload.onload = () => {
        setUpload(1, 1);
        $('upload-text').textContent = 'done, ' + formatBytes(total) + ' sent; the server is storing it';
        setStatus('Upload done. Waiting for the server to take the job…');
      };
      xhr.onerror = () => {
        thisRun.xhr = null;
        if (!thisRun.abort.signal.aborted) {
          failRun({ title: 'The upload failed', detail: 'The connection to the server broke. Check your network and try again.' });
        }
        resolve();
      };
      xhr.onabort = () => {
        thisRun.xhr = null;
        resolve();
      };
      xhr.onload = async () => {
        thisRun.xhr = null;
        const body = parseJson(xhr.responseText);
        if (xhr.status === 401) {
          const refusedBefore = apiKey !== null;
          if (await askForKey(refusedBefore)) {
            await upload(target);
          } else {
            endRun('Cancelled: no API key was given.');
          }
          resolve();
          return;
        }
        if (xhr.status !== 202 && xhr.status !== 200 && xhr.status !== 201) {
          failRun(problemOf(body, xhr.status, xhr.statusText, xhr.getResponseHeader('Retry-After')));
          resolve();
          return;
        }
        setUpload(1, 1);
        $('upload-text').textContent = 'done, ' + formatBytes(total) + ' sent';
        const location = xhr.getResponseHeader('Location');
        const job = body && body.id ? body : null;
        if (!job && !location) {
          failRun({ title: 'Unexpected answer', detail: 'The server accepted the upload but did not say where the job is.' });
          resolve();
          return;
        }
        thisRun.jobUrl = job && job.links && job.links.self ? job.links.self : (location || API + '/jobs/' + job.id);
        if (job) {
          showJob(job);
        }
        if (!thisRun.finished) {
          await follow(thisRun, job);
        }
        resolve();
      };
      xhr.send(jobForm(target));
    });
  }

  /** Follows the job's events (fetch + stream reader, so the key can be sent); polls when the stream fails. */
  async function follow(thisRun, job) {
    const eventsUrl = job && job.links && job.links.events ? job.links.events : thisRun.jobUrl + '/events';
    try {
      const response = await apiFetch(eventsUrl, {
        headers: { Accept: 'text/event-stream' },
        signal: thisRun.abort.signal
      });
      if (response === null) {
        endRun('Stopped following the job: no API key was given.');
        return;
      }
      const type = response.headers.get('Content-Type') || '';
      if (response.ok && response.body && type.indexOf('text/event-stream') === 0) {
        await readEvents(response.body, (name, data) => {
          const parsed = parseJson(data);
          if (parsed && parsed.id) {
            showJob(parsed);
          }
        }, () => thisRun.finished);
      } else if (response.body) {
        response.body.cancel().catch(() => {});
      }
    } catch (error) {
      if (thisRun.abort.signal.aborted) {
        return;
      }
      // Fall through to polling.
    }
    let failures = 0;
    while (!thisRun.finished && !thisRun.abort.signal.aborted) {
      await sleep(POLL_MS);
      if (thisRun.finished || thisRun.abort.signal.aborted) {
        return;
      }
      try {
        const response = await apiFetch(thisRun.jobUrl, { signal: thisRun.abort.signal, headers: { Accept: 'application/json' } });
        if (response === null) {
          endRun('Stopped following the job: no API key was given.');
          return;
        }
        const body = parseJson(await response.text());
        if (!response.ok) {
          failRun(problemOf(body, response.status, response.statusText));
          return;
        }
        failures = 0;
        if (body && body.id) {
          showJob(body);
        }
      } catch (error) {
        if (thisRun.abort.signal.aborted) {
          return;
        }
        failures += 1;
        if (failures >= MAX_POLL_FAILURES) {
          failRun({ title: 'Lost contact with the server', detail: 'The server has not answered for a minute. '
            + 'Your job may still finish there; try again later.' });
          return;
        }
        setStatus('Lost contact with the server; trying again…');
      }
    }
  }

  /** Reads a text/event-stream body and calls onEvent(name, data) for each event (the SSE format of HTML's spec). */
  async function readEvents(body, onEvent, stop) {
    const reader = body.getReader();
    const decoder = new TextDecoder('utf-8');
    let buffer = '';
    let name = '';
    let data = [];
    const line = (text) => {
      if (text === '') {
        if (data.length > 0) {
          onEvent(name || 'message', data.join('\n'));
        }
        name = '';
        data = [];
        return;
      }
      if (text.charAt(0) === ':') {
        return;
      }
      const colon = text.indexOf(':');
      const field = colon < 0 ? text : text.slice(0, colon);
      let value = colon < 0 ? '' : text.slice(colon + 1);
      if (value.charAt(0) === ' ') {
        value = value.slice(1);
      }
      if (field === 'event') {
        name = value;
      } else if (field === 'data') {
        data.push(value);
      }
    };
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.search(/\r\n|\r|\n/)) >= 0) {
          const text = buffer.slice(0, end);
          const breakLength = buffer.charAt(end) === '\r' && buffer.charAt(end + 1) === '\n' ? 2 : 1;
          if (buffer.charAt(end) === '\r' && end + 1 === buffer.length) {
            break; // a lone \r at the end may be the first half of \r\n
          }
          buffer = buffer.slice(end + breakLength);
          line(text);
        }
        if (stop()) {
          reader.cancel().catch(() => {});
          return;
        }
      }
      buffer += decoder.decode();
      if (buffer) {
        line(buffer);
      }
    } finally {
      try { reader.releaseLock(); } catch (ignored) { /* already released */ }
    }
  }

  // ---------- showing a job ----------

  function showJob(job) {
    if (!run) {
      return;
    }
    run.job = job;
    if (job.summary) {
      showSummary(job.summary, job.warnings);
    }
    const progress = job.progress;
    switch (job.status) {
      case 'queued':
        setConvert(0, 'waiting for a free slot on the server', 'Conversion');
        setStatus('The job is queued; it starts when the server has a free slot.');
        break;
      case 'running':
        if (progress && progress.phase) {
          const percent = clampPercent(progress.percent);
          const reading = progress.phase === 'reading';
          const label = reading ? 'Reading' : 'Writing';
          setConvert(percent, (reading ? 'reading the archive' : 'writing the result') + ': ' + percent + ' %', label);
          // Screen readers hear the phase and each quarter, not every event.
          const step = progress.phase + ' ' + Math.floor(percent / 25);
          if (run.announced !== step) {
            run.announced = step;
            setStatus((reading ? 'Reading the archive: ' : 'Writing the result: ') + percent + ' %');
          }
        } else {
          setConvert(0, 'starting', 'Conversion');
          setStatus('The conversion has started.');
        }
        break;
      case 'succeeded':
        setConvert(100, 'done', 'Conversion');
        showResult(job);
        break;
      case 'failed':
        failRun(job.error || { title: 'The conversion failed', detail: 'The server gave no reason.' });
        break;
      case 'cancelled':
        endRun('The job was cancelled and its files deleted.');
        break;
      case 'expired':
        endRun('The result has expired and was deleted from the server. Convert the archive again to get it.');
        break;
      default:
        break;
    }
  }

  function showSummary(summary, jobWarnings) {
    $('summary').hidden = false;
    const account = summary.account || {};
    const accountFacts = [];
    const name = [account.displayName, account.screenName ? '@' + account.screenName : null].filter(Boolean).join(' ');
    accountFacts.push(['Account', name || 'not named in the archive']);
    if (summary.range && summary.range.first) {
      accountFacts.push(['Posts from', formatDate(summary.range.first) + ' to ' + formatDate(summary.range.last)]);
    }
    if (summary.generatedAt) {
      accountFacts.push(['Archive made', formatDate(summary.generatedAt)]);
    }
    if (summary.generation) {
      accountFacts.push(['Archive layout', summary.generation]);
    }
    fillFacts($('summary-account'), accountFacts);
    const c = summary.counts || {};
    const counts = [
      ['Posts', c.posts], ['Replies', c.replies], ['Reposts', c.retweets], ['Quotes', c.quotes],
      ['Likes', c.likes], ['Media files', c.mediaFiles], ['Following', c.following], ['Followers', c.followers],
      ['Blocks', c.blocks], ['Mutes', c.mutes], ['Lists', c.lists], ['Direct messages', c.directMessages]
    ].filter((pair) => typeof pair[1] === 'number').map((pair) => [pair[0], pair[1].toLocaleString()]);
    fillFacts($('summary-counts'), counts);
    const warnings = (jobWarnings && jobWarnings.length ? jobWarnings : summary.warnings) || [];
    const list = $('warning-list');
    list.textContent = '';
    warnings.forEach((warning) => {
      const item = document.createElement('li');
      const where = [warning.file, warning.line ? 'line ' + warning.line : null,
        warning.column ? 'column ' + warning.column : null].filter(Boolean).join(', ');
      item.textContent = (where ? where + ': ' : '') + (warning.message || warning.detail || '');
      list.appendChild(item);
    });
    $('summary-warnings').hidden = warnings.length === 0;
  }

  function showResult(job) {
    if (run.finished) {
      return;
    }
    run.finished = true;
    setBusy(false);
    $('progress').hidden = true;
    const done = $('done');
    const link = $('download');
    const fileName = job.result && job.result.fileName ? job.result.fileName : 'fledge-' + job.target;
    const url = job.links && job.links.result ? job.links.result : run.jobUrl + '/result';
    link.textContent = 'Download ' + fileName;
    link.setAttribute('download', fileName);
    link.href = url;
    link.dataset.url = url;
    link.dataset.fileName = fileName;
    const size = job.result && typeof job.result.size === 'number' ? ' (' + formatBytes(job.result.size) + ')' : '';
    link.setAttribute('aria-describedby', 'expiry');
    $('download-status').textContent = 'Converted' + size + '.';
    $('expiry').textContent = job.expiresAt
      ? 'The server deletes this file at ' + formatDateTime(job.expiresAt) + '.'
      : 'The server deletes this file after a while (1 hour by default).';
    done.hidden = false;
    $('done-heading').focus();
  }

  // A plain link downloads without a key; with a key the file is fetched with the header and saved from a blob.
  $('download').addEventListener('click', async (event) => {
    const link = event.currentTarget;
    if (!apiKey || link.dataset.fetched === 'yes') {
      return;
    }
    event.preventDefault();
    $('download-status').textContent = 'Downloading…';
    try {
      const response = await apiFetch(link.dataset.url, {});
      if (response === null) {
        $('download-status').textContent = 'Not downloaded: no API key was given.';
        return;
      }
      if (!response.ok) {
        const problem = problemOf(parseJson(await response.text()), response.status, response.statusText);
        $('download-status').textContent = 'Not downloaded: ' + problemSentence(problem);
        return;
      }
      const blob = await response.blob();
      if (run && run.downloadUrl) {
        URL.revokeObjectURL(run.downloadUrl);
      }
      const objectUrl = URL.createObjectURL(blob);
      if (run) {
        run.downloadUrl = objectUrl;
      }
      const save = document.createElement('a');
      save.href = objectUrl;
      save.download = link.dataset.fileName;
      save.hidden = true;
      document.body.appendChild(save);
      save.click();
      save.remove();
      $('download-status').textContent = 'Downloaded ' + link.dataset.fileName + ' (' + formatBytes(blob.size) + ').';
    } catch (error) {
      $('download-status').textContent = 'Not downloaded: ' + String(error && error.message || error);
    }
  });

  // ---------- cancel, delete, again ----------

  $('cancel-button').addEventListener('click', async () => {
    if (!run || run.finished) {
      return;
    }
    const thisRun = run;
    thisRun.finished = true;
    thisRun.abort.abort();
    if (thisRun.xhr) {
      thisRun.xhr.abort();
      endRun('Upload cancelled. Nothing was kept on the server.');
      return;
    }
    if (thisRun.jobUrl) {
      setStatus('Cancelling…');
      const message = await deleteJob(thisRun.jobUrl);
      endRun(message || 'Cancelled. The server deleted the job\'s files.');
    } else {
      endRun('Cancelled.');
    }
  });

  $('delete-button').addEventListener('click', async () => {
    if (!run || !run.jobUrl) {
      return;
    }
    const message = await deleteJob(run.jobUrl);
    $('done').hidden = true;
    endRun(message || 'Deleted. The converted file is no longer on the server.');
  });

  /** DELETE the job; resolves with an error sentence, or null when it worked. */
  async function deleteJob(url) {
    try {
      const response = await apiFetch(url, { method: 'DELETE' });
      if (response === null) {
        return 'Not deleted: no API key was given. The server deletes the files itself later.';
      }
      if (response.ok || response.status === 404 || response.status === 410) {
        return null;
      }
      const problem = problemOf(parseJson(await response.text()), response.status, response.statusText);
      return 'The server did not confirm the deletion: ' + problemSentence(problem);
    } catch (error) {
      return 'The server could not be reached to delete the job; it deletes the files itself later.';
    }
  }

  $('again-button').addEventListener('click', () => resetAll());
  $('error-retry').addEventListener('click', () => {
    $('error').hidden = true;
    $('convert-button').focus();
  });

  // ---------- panels ----------

  function resetPanels() {
    ['error', 'summary', 'done', 'progress'].forEach((id) => { $(id).hidden = true; });
    $('summary-account').textContent = '';
    $('summary-counts').textContent = '';
    $('warning-list').textContent = '';
    $('download').removeAttribute('href');
    delete $('download').dataset.fetched;
    setUpload(0, 0);
    setConvert(0, 'waiting for the upload', 'Conversion');
    setStatus('');
  }

  function resetAll() {
    if (run && run.downloadUrl) {
      URL.revokeObjectURL(run.downloadUrl);
    }
    run = null;
    resetPanels();
    setBusy(false);
    form.reset();
    chooseArchive(null);
    showOptionsFor(selectedTarget());
    archiveInput.focus();
  }

  function setBusy(busy) {
    $('convert-button').disabled = busy;
    form.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function endRun(message) {
    if (run) {
      run.finished = true;
      run.abort.abort();
    }
    setBusy(false);
    $('progress').hidden = false;
    $('cancel-button').hidden = true;
    setStatus(message);
  }

  function failRun(problem) {
    if (run) {
      run.finished = true;
      run.abort.abort();
    }
    setBusy(false);
    $('progress').hidden = true;
    showError(problem);
  }

  function showError(problem) {
    const body = $('error-body');
    body.textContent = '';
    const title = document.createElement('p');
    title.className = 'problem-title';
    title.textContent = problem.title || 'Something went wrong';
    body.appendChild(title);
    if (problem.detail) {
      const detail = document.createElement('p');
      detail.textContent = problem.detail;
      body.appendChild(detail);
    }
    const where = [problem.file, problem.line ? 'line ' + problem.line : null,
      problem.column ? 'column ' + problem.column : null].filter(Boolean).join(', ');
    if (where) {
      const place = document.createElement('p');
      place.className = 'problem-where';
      place.textContent = 'In the archive: ' + where;
      body.appendChild(place);
    }
    if (problem.option) {
      const option = document.createElement('p');
      option.textContent = 'Check the option "' + problem.option + '".';
      body.appendChild(option);
    }
    const hint = hintFor(problem);
    if (hint) {
      const p = document.createElement('p');
      p.textContent = hint;
      body.appendChild(p);
    }
    $('error').hidden = false;
    $('error-heading').focus();
  }

  /** Plain words for the statuses a person can act on. */
  function hintFor(problem) {
    switch (problem.status) {
      case 413: return 'The archive is larger than this server accepts.';
      case 415: return 'Send the .zip file exactly as X gave it to you.';
      case 503: return problem.retryAfter
        ? 'The server is busy. Try again in ' + problem.retryAfter + ' seconds.'
        : 'The server is busy. Try again in a few minutes.';
      case 507: return 'The server has no room for this archive right now. Try again later.';
      default: return '';
    }
  }

  function problemOf(body, status, statusText, retryAfter) {
    const problem = body && typeof body === 'object' && (body.title || body.detail) ? Object.assign({}, body) : {
      title: 'The server answered ' + status + (statusText ? ' ' + statusText : ''),
      detail: ''
    };
    problem.status = problem.status || status;
    if (retryAfter) {
      problem.retryAfter = retryAfter;
    }
    return problem;
  }

  function problemSentence(problem) {
    return [problem.title, problem.detail].filter(Boolean).join(': ');
  }

  function setUpload(loaded, total) {
    const percent = total > 0 ? Math.floor((loaded / total) * 100) : 0;
    $('upload-bar').value = Math.min(100, percent);
    $('upload-text').textContent = total > 0
      ? Math.min(100, percent) + ' % (' + formatBytes(loaded) + ' of ' + formatBytes(total) + ')'
      : 'waiting';
  }

  function setConvert(percent, text, label) {
    $('convert-bar').value = percent;
    $('convert-text').textContent = text;
    $('convert-label').textContent = label;
  }

  function setStatus(text) {
    $('status').textContent = text;
    $('cancel-button').hidden = !run || run.finished;
  }

  function fillFacts(list, pairs) {
    list.textContent = '';
    pairs.forEach((pair) => {
      const dt = document.createElement('dt');
      dt.textContent = pair[0];
      const dd = document.createElement('dd');
      dd.textContent = pair[1];
      list.appendChild(dt);
      list.appendChild(dd);
    });
  }

  // ---------- small helpers ----------

  function clampPercent(value) {
    const number = Number(value);
    return Number.isFinite(number) ? Math.max(0, Math.min(100, Math.round(number))) : 0;
  }

  function parseJson(text) {
    try {
      return text ? JSON.parse(text) : null;
    } catch (error) {
      return null;
    }
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  function formatBytes(bytes) {
    if (!(bytes >= 0)) {
      return '';
    }
    const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit += 1;
    }
    return (unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)) + ' ' + units[unit];
  }

  function formatDate(iso) {
    const date = new Date(iso);
    return isNaN(date) ? String(iso) : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  }

  function formatDateTime(iso) {
    const date = new Date(iso);
    return isNaN(date) ? String(iso) : date.toLocaleString(undefined, {
      year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit'
    });
  }
})();
