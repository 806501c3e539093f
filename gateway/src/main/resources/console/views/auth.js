// Log in and sign up.
import {field, h, replace} from '../dom.js';
import {flash, logIn, signUp} from '../api.js';
import {failure} from '../messages.js';

export function login(main, {query}) {
  const email = h('input', {type: 'email', name: 'email', autocomplete: 'username', required: true});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true});
  const submit = h('button', {type: 'submit', class: 'primary'}, 'Log in');
  const form = h('form', {id: 'login-form', onsubmit: async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const user = await logIn(email.value.trim(), password.value);
      flash.set(`Welcome, ${user.name}.`);
      location.hash = query.get('next') || '#/catalog';
    } catch (error) {
      failure(error);
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  }}, field('E-mail', email), field('Password', password), submit);
  replace(main, h('h1', {}, 'Log in'), form,
      h('p', {}, 'No account yet? ', h('a', {href: '#/signup'}, 'Sign up.')));
  email.focus();
}

export function signup(main) {
  const name = h('input', {type: 'text', name: 'name', autocomplete: 'name', required: true, maxlength: 200});
  const email = h('input', {type: 'email', name: 'email', autocomplete: 'email', required: true});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'new-password', required: true,
    minlength: 8});
  const submit = h('button', {type: 'submit', class: 'primary'}, 'Sign up');
  const form = h('form', {id: 'signup-form', onsubmit: async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      await signUp(name.value.trim(), email.value.trim(), password.value);
      const user = await logIn(email.value.trim(), password.value);
      flash.set(`Welcome, ${user.name}. Your account is ready.`);
      location.hash = '#/catalog';
    } catch (error) {
      failure(error);
    } finally {
      submit.disabled = false;
    }
  }}, field('Name', name), field('E-mail', email), field('Password', password, 'At least 8 characters.'), submit);
  replace(main, h('h1', {}, 'Sign up'), form,
      h('p', {}, 'Have an account? ', h('a', {href: '#/login'}, 'Log in.')));
  name.focus();
}
