import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { logo } from './support/logo.js';
import { componentDocs } from './support/helpers.js';

interface PageArgs {
  practitioner: string;
}

/** A made-up practitioner's site with all three widgets, pasted in as the README shows. */
const page = (a: PageArgs) => html`<div class="ser-page">
  <header class="ser-page-header">
    ${logo()}
    <div>
      <p class="ser-page-title">Harbour Light Bodywork</p>
      <p>CranioSacral Therapy and SomatoEmotional Release with ${a.practitioner}</p>
    </div>
    <nav aria-label="Site">
      <ul>
        <li><a href="#about">About</a></li>
        <li><a href="#visit">Your visit</a></li>
        <li><a href="#reflect">Reflect</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <h1>SomatoEmotional Release</h1>
    <p>
      I see clients in a quiet room by the harbour, on weekdays and Saturday mornings. Sessions last an hour or ninety
      minutes. Below you can read what this work is, how a visit goes, and a private checklist you may find useful
      afterwards.
    </p>
    <ser-provider
      practitioner=${a.practitioner}
      booking-url="https://example.com/book"
      support-url="mailto:hello@example.com"
    >
      <section id="about" aria-labelledby="about-h">
        <h2 id="about-h" class="ser-page-kicker">About this work</h2>
        <ser-explainer-card heading-level="3"></ser-explainer-card>
      </section>
      <section id="visit" aria-labelledby="visit-h">
        <h2 id="visit-h">Your visit</h2>
        <ser-what-to-expect heading-level="3"></ser-what-to-expect>
      </section>
      <section id="reflect" aria-labelledby="reflect-h">
        <h2 id="reflect-h">Notice how you feel</h2>
        <p>Some clients like to note what they felt. Use this if it helps: it stays on your device.</p>
        <ser-emotion-checklist heading-level="3" allow-other></ser-emotion-checklist>
      </section>
    </ser-provider>
  </main>
  <footer>
    <p>Harbour Light Bodywork · 12 Quay Street · Sessions by appointment · <a href="mailto:hello@example.com">hello@example.com</a></p>
  </footer>
</div>`;

const meta: Meta<PageArgs> = {
  title: 'Pages/Practitioner page',
  render: page,
  args: { practitioner: 'Maya' },
  argTypes: {
    practitioner: { control: 'text', description: "The practitioner's name (`<ser-provider practitioner>`)." },
  },
  parameters: componentDocs(
    'All three widgets on a realistic page, inside one `<ser-provider>` that sets the name and links. ' +
      "Use the toolbar to switch theme, language and direction, as a visitor's settings would.",
  ),
};
export default meta;
type Story = StoryObj<PageArgs>;

/** The whole page, as a visitor on a laptop sees it. */
export const Desktop: Story = {};

/** The same page on a small phone: the toolbar's viewport tool is set to a 320 px phone. */
export const Phone: Story = { globals: { viewport: { value: 'mobile1', isRotated: false } } };
