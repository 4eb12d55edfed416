/** Fills a catalogue message's `{name}` placeholders; an unknown placeholder stays as written. */
import type { MessageParams } from './catalogue';

export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
