#!/usr/bin/env node
// The peer of the benchmark: opens an X archive with the npm package `twitter-archive-reader` (its fastest mode,
// LAZY_JSON_PARSE off) and prints what it read, as one JSON line. bench/run.sh times the whole process.
//
//   PEER_DIR=/tmp/peers/tar node bench/peer-count.mjs archive.zip
//
// The package is loaded from $PEER_DIR, where bench/run.sh runs `npm install twitter-archive-reader@7.3.3`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const input = process.argv[2];
if (!input) {
  process.stderr.write('usage: node peer-count.mjs <archive.zip>\n');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(process.env.PEER_DIR || '/tmp/peers/tar'), 'package.json'));
const mod = require('twitter-archive-reader');
const TwitterArchive = mod.TwitterArchive || mod.default;
TwitterArchive.settings.LAZY_JSON_PARSE = false;

const started = performance.now();
const archive = new TwitterArchive(path.resolve(input));
await archive.ready();
const tweets = archive.tweets.all;
let retweets = 0;
for (const t of tweets) if (t.retweeted_status) retweets++;
process.stdout.write(JSON.stringify({
  tweets: tweets.length,
  retweets,
  likes: archive.favorites.length,
  dm_messages: archive.messages.count,
  parse_ms: Math.round(performance.now() - started),
  rss_mb: Math.round(process.memoryUsage().rss / 1048576),
}) + '\n');
