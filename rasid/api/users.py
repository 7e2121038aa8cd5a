"""User accounts of the analyst server: password hashing, API tokens, sessions.

Owns: ``hash_password`` / ``verify_password`` (argon2id via argon2-cffi), ``add_user``
(what ``rasid users add`` calls), ``authenticate``, ``new_api_token`` and
``new_session``. The store keeps only hashes and token digests
(``rasid.store.accounts``).
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from rasid.errors import InputError
from rasid.store import ROLES, Store

__all__ = ["MIN_PASSWORD_LENGTH", "SESSION_LIFETIME", "add_user", "authenticate", "hash_password",
           "new_api_token", "new_session", "verify_password"]

MIN_PASSWORD_LENGTH = 8
SESSION_LIFETIME = dt.timedelta(hours=12)
_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
# Checked against when the user is unknown, so a login takes as long either way and
# response time does not reveal which user names exist.
_DUMMY_HASH = _HASHER.hash("not a password of anyone")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def add_user(store: Store, username: str, password: str, role: str) -> dict[str, Any]:
    """Create a user (or reset an existing one's password and role)."""
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return store.add_user(username.strip(), hash_password(password), role)


def authenticate(store: Store, username: str, password: str) -> dict[str, Any] | None:
    """The user whose name and password these are, or ``None``."""
    found = store.user_credentials(username)
    if found is None:
        verify_password(_DUMMY_HASH, password)
        return None
    user, password_hash = found
    if not verify_password(password_hash, password):
        return None
    if _HASHER.check_needs_rehash(password_hash):
        store.set_password_hash(user["id"], hash_password(password))
    return user


def new_api_token(store: Store, username: str, label: str | None = None) -> str:
    """Make an API token for a user; the token is returned once and stored only as a digest."""
    found = store.user_credentials(username)
    if found is None:
        raise InputError(f"no user named {username!r}")
    token = "rasid_" + secrets.token_urlsafe(32)
    store.add_api_token(found[0]["id"], token, label)
    return token


def new_session(store: Store, user: dict[str, Any]) -> tuple[str, str]:
    """Start a web session for a user; return (session id for the cookie, CSRF token)."""
    session_id = secrets.token_urlsafe(32)
    csrf_token = secrets.token_urlsafe(32)
    store.add_session(user["id"], session_id, csrf_token, SESSION_LIFETIME)
    return session_id, csrf_token
