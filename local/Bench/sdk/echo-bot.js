// The reference turn for `bench-sdk`: botbuilder-js's CloudAdapter with an echo bot, validating
// Bot Connector tokens from the local host's dev issuer (OpenID metadata, keys, endorsements)
// and replying through the fake Connector with a static bearer token instead of an Entra login.
// botbuilder is installed by the benchmark into a scratch folder and found through NODE_PATH.
'use strict';
const http = require('http');
const { CloudAdapter, ActivityHandler } = require('botbuilder');
const { BotFrameworkAuthenticationFactory, ServiceClientCredentialsFactory, AuthenticationConfiguration } = require('botframework-connector');

const appId = process.env.BENCH_APP_ID;
const port = Number(process.env.BENCH_PORT);

class StaticCredentialsFactory extends ServiceClientCredentialsFactory {
  async isValidAppId(id) { return id === appId; }
  async isAuthenticationDisabled() { return false; }
  async createCredentials() {
    return { signRequest: async (request) => { request.headers.set('Authorization', 'Bearer bench-sdk-token'); return request; } };
  }
}

const auth = BotFrameworkAuthenticationFactory.create(
  'https://botframework.local',              // channelService: not the public or government cloud
  false,                                     // validateAuthority
  'https://login.local/bench',               // toChannelFromBotLoginUrl (unused: the credentials are static)
  'https://api.botframework.com',            // toChannelFromBotOAuthScope
  process.env.BENCH_ISSUER,                  // toBotFromChannelTokenIssuer
  'https://token.local/bench',               // oAuthUrl (unused)
  process.env.BENCH_OPENID_URL,              // toBotFromChannelOpenIdMetadataUrl
  process.env.BENCH_OPENID_URL,              // toBotFromEmulatorOpenIdMetadataUrl
  'urn:botframework:bench',                  // callerId
  new StaticCredentialsFactory(),
  new AuthenticationConfiguration());
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => { console.error(error); };

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`echo: ${context.activity.text}`);
  await next();
});

// Node's own http server, with the small Response surface CloudAdapter.process expects.
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try { req.body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { req.body = undefined; }
    const response = {
      socket: res.socket,
      status: (code) => { res.statusCode = code; },
      header: (name, value) => res.setHeader(name, value),
      send: (body) => { if (typeof body === 'object') { res.setHeader('Content-Type', 'application/json'); res.write(JSON.stringify(body)); } else res.write(String(body)); },
      end: () => res.end(),
    };
    await adapter.process(req, response, (context) => bot.run(context));
  });
}).listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
