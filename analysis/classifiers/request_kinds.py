"""What kind of request a field sits in, for the registry's overrides: a log-in (the e-mail
address a user logs in with), an OAuth 2.0 authorization or token request (RFC 6749 §4, RFC 7636),
and which categories count in a host name."""

from __future__ import annotations

from analysis.decoders import Decoded

# keys of what a user logs in with: an e-mail address there is one (not a "handle" or a
# "screen_name": a fediverse account's "name@instance", nor a Kerberos "principal", QA62)
LOGIN_KEYS = frozenset({"username", "login", "loginid", "loginname", "userid", "user",
                        "account", "accountname", "signin", "signinname", "logonname",
                        "userlogin", "identifier"})


def login_path(path: str) -> bool:
    return path.rpartition(".")[2].partition("[")[0].replace("_", "").lower() in LOGIN_KEYS


HOST_KINDS = frozenset({"id.advertising", "id.device", "id.hardware", "id.sim", "id.user",
                        "contact.email", "contact.phone"})
OAUTH_KEYS = frozenset({"grant_type", "response_type", "redirect_uri", "code_challenge",
                        "code_verifier", "client_secret", "client_assertion",  # and Cognito's:
                        "AuthFlow", "ConfirmationCode", "SecretHash"})


def oauth_request(decoded: Decoded) -> bool:
    """The request is an OAuth 2.0 authorization or token request (RFC 6749 §4, RFC 7636)."""
    return any(leaf.key in OAUTH_KEYS for leaf in decoded.leaves)
