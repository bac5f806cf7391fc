// One XML parser for the tests that read GraphML and GEXF exports back: attributes unprefixed and
// kept as strings, and every element that can repeat always an array, so assertions index it.
import { XMLParser } from 'fast-xml-parser';

const REPEATING = ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'];

export const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATING.includes(name),
});
