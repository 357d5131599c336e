/**
 * The participant's stream read with fetch, since an EventSource cannot send the secret's header. Only
 * that something happened matters here: each event makes the page read its state again.
 */
import { openStream } from './api';

/** Calls `onEvent` for each event until the stream ends; throws when it cannot be opened or breaks. */
export async function followStream(
  code: string,
  signal: AbortSignal,
  onOpen: () => void,
  onEvent: () => void,
) {
  const reader = await openStream(code, signal);
  onOpen();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    text += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    const blocks = text.split('\n\n');
    text = blocks.pop() ?? '';
    if (blocks.some((block) => /^event:/m.test(block))) onEvent();
  }
}
