import { WEB_TEXT as T } from '../../vi/web-text.ts';
import { type Html, html } from '../html.ts';

/** A Vietnamese error page: what went wrong and the way back. */
export function errorPage(title: string, message: string, back = '/'): Html {
  return html`<h1>${title}</h1>
<div class="error-page" role="alert"><p>${message}</p></div>
<p><a href="${back}">${T.back}</a></p>`;
}
