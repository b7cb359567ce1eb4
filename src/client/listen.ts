// Reads an element aloud with speechSynthesis, only if the device has a
// voice for the content's language. Phone links are read from their
// data-spoken, which spells the number digit by digit.
import { pickVoice, speechChunks } from '../lib/speech.ts';

/** Reads the chapter aloud when the page has a Listen button and the device a voice. */
export function startListen(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-listen]');
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;

  if (button && synth) {
    const target = document.querySelector<HTMLElement>(button.dataset.listen!);
    const lang = target?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    let voice: SpeechSynthesisVoice | undefined;

    const findVoice = () => {
      voice = pickVoice(synth.getVoices(), lang);
      button.hidden = !voice || !target;
    };
    findVoice();
    synth.addEventListener?.('voiceschanged', findVoice);

    const textOf = (element: HTMLElement): string => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll('.no-print, [data-listen], nav, script, style')
        .forEach((e) => e.remove());
      copy.querySelectorAll<HTMLAnchorElement>('a[data-spoken]').forEach((a) => {
        a.textContent = ` ${a.dataset.spoken} `;
      });
      // Block elements end a sentence for the voice.
      copy.querySelectorAll('h1, h2, h3, li, p').forEach((e) => e.append('. '));
      return copy.textContent ?? '';
    };

    // The label says what a press does ("Stop reading" while reading); an
    // aria-pressed state as well would say the same thing twice.
    const setPlaying = (playing: boolean) => {
      button.textContent = playing ? button.dataset.stop! : button.dataset.start!;
    };

    button.addEventListener('click', () => {
      if (synth.speaking) {
        synth.cancel();
        setPlaying(false);
        return;
      }
      if (!voice || !target) return;
      const chunks = speechChunks(textOf(target));
      chunks.forEach((chunk, i) => {
        const utterance = new SpeechSynthesisUtterance(chunk);
        utterance.voice = voice!;
        utterance.lang = voice!.lang;
        if (i === chunks.length - 1) utterance.addEventListener('end', () => setPlaying(false));
        synth.speak(utterance);
      });
      setPlaying(true);
    });
  }
}
