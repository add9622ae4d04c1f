/**
 * A fake AnkiConnect (API version 6) on 127.0.0.1, a free port: requestPermission, createDeck, modelFieldNames,
 * canAddNotes, addNotes. Like AnkiConnect's default configuration it answers browser-extension origins with a
 * matching Access-Control-Allow-Origin and refuses web pages' origins with 403.
 */
import http from 'node:http';
import { listenOnLoopback } from './loopback';

export interface AnkiRequest {
  action: string;
  version: number;
  params: Record<string, unknown>;
  origin: string | undefined;
  contentType: string | undefined;
}

export interface FakeNote {
  deckName: string;
  modelName: string;
  fields: Record<string, string>;
  tags: string[];
}

export interface FakeAnki {
  url: string;
  requests: AnkiRequest[];
  notes: FakeNote[];
  close(): Promise<void>;
}

const MODELS: Record<string, string[]> = {
  Basic: ['Front', 'Back'],
  Tarjuman: ['Arabic', 'Vowelled', 'Transliteration', 'English', 'Root', 'Sentence', 'Source URL'],
};

export async function startFakeAnki(): Promise<FakeAnki> {
  const requests: AnkiRequest[] = [];
  const notes: FakeNote[] = [];
  const decks = new Set(['Default']);
  const isDuplicate = (n: FakeNote) =>
    notes.some(
      (o) => o.deckName === n.deckName && o.modelName === n.modelName && Object.values(o.fields)[0] === Object.values(n.fields)[0],
    );

  const server = http.createServer((req, res) => {
    const origin = req.headers.origin;
    const allowed = origin === undefined || /^(chrome|moz)-extension:\/\//.test(origin) || origin === 'http://localhost';
    const cors: Record<string, string> = allowed && origin ? { 'access-control-allow-origin': origin } : {};
    if (!allowed) {
      res.writeHead(403, { 'access-control-allow-origin': 'http://localhost' });
      res.end();
      return;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(200, { ...cors, 'access-control-allow-headers': '*', 'access-control-allow-methods': 'POST' });
      res.end();
      return;
    }
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const reply = (result: unknown, error: string | null = null) => {
        res.writeHead(200, { ...cors, 'content-type': 'application/json' });
        res.end(JSON.stringify({ result, error }));
      };
      if (!body) {
        res.writeHead(200, { ...cors, 'content-type': 'text/plain' });
        res.end('AnkiConnect v.6');
        return;
      }
      let r: { action?: string; version?: number; params?: Record<string, unknown> };
      try {
        r = JSON.parse(body);
      } catch {
        return reply(null, 'invalid JSON');
      }
      const params = r.params ?? {};
      requests.push({ action: String(r.action), version: Number(r.version), params, origin, contentType: req.headers['content-type'] });
      if (r.version !== 6) return reply(null, 'unsupported version');
      const list = (params.notes ?? []) as FakeNote[];
      switch (r.action) {
        case 'requestPermission':
          return reply({ permission: 'granted', requireApikey: false, version: 6 });
        case 'createDeck':
          decks.add(String(params.deck));
          return reply(decks.size);
        case 'modelFieldNames': {
          const fields = MODELS[String(params.modelName)];
          return fields ? reply(fields) : reply(null, `model was not found: ${String(params.modelName)}`);
        }
        case 'canAddNotes':
          return reply(list.map((n) => decks.has(n.deckName) && !!MODELS[n.modelName] && !isDuplicate(n)));
        case 'addNotes':
          return reply(
            list.map((n) => {
              if (isDuplicate(n)) return null;
              notes.push(n);
              return 1_700_000_000_000 + notes.length;
            }),
          );
        default:
          return reply(null, 'unsupported action');
      }
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, close, requests, notes };
}
