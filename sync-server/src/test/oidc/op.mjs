// A real OpenID Connect provider for the sync server's tests: node op.mjs PORT REDIRECT_URI...
// devInteractions gives a login form that accepts any user name (and any password); the user name becomes
// the subject, preferred_username and (capitalised) name. Prints "ready" once it listens.
import Provider from 'oidc-provider';

const [port, ...redirectUris] = process.argv.slice(2);
const oidc = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: 'codehabit',
    client_secret: 'codehabit-test-secret',
    redirect_uris: redirectUris,
  }],
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({
      sub: id,
      email: `${id}@example.test`,
      preferred_username: id,
      name: id.charAt(0).toUpperCase() + id.slice(1),
    }),
  }),
  claims: { openid: ['sub'], email: ['email'], profile: ['preferred_username', 'name'] },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
});
oidc.listen(Number(port), '127.0.0.1', () => console.log('ready'));
