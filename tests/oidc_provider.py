"""A minimal OpenID Connect provider on 127.0.0.1, for testing a real `st.login` end to end (no network).

It serves what Authlib needs for the authorization-code flow: the discovery document, an authorization endpoint
that logs the configured person in at once (no form) and redirects back with a code, a token endpoint that returns
an ID token signed with RS256 (claims: iss, aud, sub, email, name, nonce, iat, exp), and the JSON Web Key Set to
verify it. It keeps the nonce of each code, as a real provider does, so Authlib's nonce check is real.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey


@dataclass
class Provider:
    url: str
    client_id: str
    person: dict[str, str]
    key: RSAKey
    codes: dict[str, str] = field(default_factory=dict)  # code -> nonce
    requests: list[str] = field(default_factory=list)  # paths served, in order

    def metadata(self) -> dict[str, Any]:
        return {"issuer": self.url, "authorization_endpoint": f"{self.url}/authorize",
                "token_endpoint": f"{self.url}/token", "jwks_uri": f"{self.url}/jwks",
                "response_types_supported": ["code"], "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"]}

    def id_token(self, nonce: str) -> str:
        now = int(time.time())
        claims = {"iss": self.url, "aud": self.client_id, "sub": "curator-1", "iat": now, "exp": now + 300,
                  "nonce": nonce, **self.person}
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.key)


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: Any) -> None:  # quiet: the test reads `provider.requests`
            return

        def _json(self, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            provider.requests.append(url.path)
            if url.path == "/.well-known/openid-configuration":
                self._json(provider.metadata())
            elif url.path == "/jwks":
                self._json({"keys": [provider.key.as_dict(private=False)]})
            elif url.path == "/authorize":
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                code = secrets.token_urlsafe(16)
                provider.codes[code] = query.get("nonce", "")
                self.send_response(302)
                self.send_header("Location", f"{query['redirect_uri']}?"
                                 + urlencode({"code": code, "state": query.get("state", "")}))
                self.end_headers()
            else:
                self.send_error(404)

        def do_POST(self) -> None:
            provider.requests.append(self.path)
            form = parse_qs(self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode())
            code = (form.get("code") or [""])[0]
            if self.path != "/token" or code not in provider.codes:
                self.send_error(400)
                return
            nonce = provider.codes.pop(code)  # a code is good once
            self._json({"access_token": secrets.token_urlsafe(16), "token_type": "Bearer", "expires_in": 300,
                        "id_token": provider.id_token(nonce)})

    return Handler


@contextmanager
def oidc_provider(client_id: str, person: dict[str, str]) -> Iterator[Provider]:
    """A running provider on a free port of 127.0.0.1 for the duration of the block."""
    provider = Provider("", client_id, person, RSAKey.generate_key(2048, parameters={"kid": "test-key"}))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(provider))
    provider.url = f"http://127.0.0.1:{server.server_address[1]}"  # the issuer: known once the port is bound
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
