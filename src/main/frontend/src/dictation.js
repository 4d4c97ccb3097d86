// «Профсоюзный диктант» (templates/dictation/questions.html): each choice is saved as it is made, by a small POST
// with the portal's CSRF header; the time left comes from the server (the page, then each save's answer) and is
// counted down here, with a warning at 5 and at 1 minute. The server's clock decides: a save after the deadline is
// refused with a message, which this shows. Without this script the «Завершить» form still sends every choice.
const form = document.querySelector('[data-dictation-form]');
const RETRY_MS = 3000;

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token && header) {
    headers[header.content] = token.content;
  }
  return headers;
}

function minutesText(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes} мин. ${String(rest).padStart(2, '0')} с` : `${rest} с`;
}

if (form) {
  const url = form.getAttribute('data-answers-url');
  const timer = document.querySelector('[data-dictation-timer]');
  const timeLeft = document.querySelector('[data-dictation-time-left]');
  const alertBox = document.querySelector('[data-dictation-alert]');
  let deadline = Date.now() + Number(timer.getAttribute('data-seconds-left')) * 1000;
  const warned = new Set();
  let over = false;
  const pending = new Map();

  const say = (text) => {
    alertBox.textContent = text;
  };

  const stop = (message) => {
    over = true;
    say(message);
    form.querySelectorAll('input').forEach((input) => {
      input.disabled = true;
    });
    // the server has the last word: the page then shows where the attempt stands
    window.setTimeout(() => window.location.reload(), 4000);
  };

  const tick = () => {
    const seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    timeLeft.textContent = minutesText(seconds);
    for (const minutes of [5, 1]) {
      if (seconds <= minutes * 60 && seconds > 0 && !warned.has(minutes)) {
        warned.add(minutes);
        timer.classList.add('dictation-timer--warning');
        say(minutes === 5 ? 'Осталось 5 минут.' : 'Осталась 1 минута: выбранные ответы уже сохранены, нажмите «Завершить».');
      }
    }
    if (seconds === 0 && !over) {
      stop('Время на участие вышло. Сохранённые ответы засчитаны.');
      return;
    }
    window.setTimeout(tick, 1000);
  };

  const save = async (fieldset) => {
    const question = Number(fieldset.getAttribute('data-question'));
    const options = [...fieldset.querySelectorAll('input:checked')].map((input) => Number(input.value));
    const status = fieldset.querySelector('[data-dictation-saved]');
    pending.set(question, options);
    status.textContent = 'Сохраняем…';
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: csrfHeaders(),
        body: JSON.stringify({ question, options })
      });
      if (response.redirected || response.status === 401 || response.status === 403) {
        // signed out meanwhile: the login page, then back here
        window.location.reload();
        return;
      }
      const answer = await response.json();
      if (pending.get(question) !== options) {
        return; // a later choice for this question is on its way
      }
      pending.delete(question);
      if (response.ok) {
        status.textContent = 'Ответ сохранён.';
        deadline = Date.now() + answer.secondsLeft * 1000;
      } else if (response.status === 409) {
        status.textContent = '';
        stop(answer.message);
      } else {
        status.textContent = answer.message || 'Ответ не сохранён. Обновите страницу.';
      }
    } catch (offline) {
      status.textContent = 'Нет связи: ответ не сохранён. Повторим через несколько секунд — не закрывайте страницу.';
      window.setTimeout(() => {
        if (pending.get(question) === options && !over) {
          save(fieldset);
        }
      }, RETRY_MS);
    }
  };

  form.addEventListener('change', (event) => {
    const fieldset = event.target.closest('[data-question]');
    if (fieldset && !over) {
      save(fieldset);
    }
  });
  tick();
}
