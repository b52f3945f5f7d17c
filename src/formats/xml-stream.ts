import { SaxesParser } from 'saxes';
import type { ZipEntry } from '../domain/import/zip-guard';
import { type InflateBudget, streamEntryText } from './zip-entry';

/** What a part reader does with the elements of one XML part, by local name (x:c → c). */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Inflates one zip entry and parses its XML as it arrives: the handlers see the
 * elements in order without a document tree ever being built. Malformed or
 * unfinished XML throws.
 */
export function parseXmlEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, handlers: XmlHandlers): void {
  // Positions only serve error messages, which nobody reads here; not tracking them is faster.
  const parser = new SaxesParser({ position: false });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  const { text, close } = handlers;
  if (text) parser.on('text', text);
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  streamEntryText(bytes, entry, budget, (piece) => parser.write(piece));
  parser.close();
}
