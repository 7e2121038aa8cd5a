"""Users, API tokens and web sessions of the analyst server, as ``Store`` methods.

Owns: ``AccountsMixin`` (mixed into ``Store``). It stores what it is given: password
hashes (hashing is ``rasid.api.users``'s job, so the store needs no crypto library) and
sha256 digests of tokens. A token or session id itself is never stored, so reading the
database does not let anyone act as a user.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from contextlib import AbstractContextManager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasid.errors import StoreError
from rasid.store.schema import ROLES, api_tokens, users, web_sessions

__all__ = ["AccountsMixin", "token_digest"]


def token_digest(token: str) -> str:
    """What the database keeps of a secret token: its sha256, hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _user_dict(row: Any) -> dict[str, Any]:
    return {"id": row.id, "username": row.username, "role": row.role,
            "created_at": row.created_at.isoformat()}


class AccountsMixin:
    """User accounts; relies on ``Store._write`` / ``Store._read``."""

    def _write(self, what: str) -> AbstractContextManager[Connection]:  # pragma: no cover - Store's
        raise NotImplementedError

    def _read(self, what: str) -> AbstractContextManager[Connection]:  # pragma: no cover - Store's
        raise NotImplementedError

    def add_user(self, username: str, password_hash: str, role: str) -> dict[str, Any]:
        """Create a user, or replace the password and role of an existing one."""
        if role not in ROLES:
            raise StoreError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
        if not username or not username.strip():
            raise StoreError("a user needs a name")
        with self._write(f"saving user {username!r}") as conn:
            row = conn.execute(sa.select(users.c.id).where(users.c.username == username)).first()
            if row is None:
                conn.execute(sa.insert(users).values(username=username, password_hash=password_hash,
                                                     role=role, created_at=_utcnow()))
            else:
                conn.execute(sa.update(users).where(users.c.id == row.id)
                             .values(password_hash=password_hash, role=role))
            return _user_dict(conn.execute(sa.select(users).where(users.c.username == username)).one())

    def users(self) -> list[dict[str, Any]]:
        """Every user (without password hashes), by name."""
        with self._read("listing users") as conn:
            return [_user_dict(row) for row in conn.execute(sa.select(users).order_by(users.c.username))]

    def user_credentials(self, username: str) -> tuple[dict[str, Any], str] | None:
        """A user and their password hash, for checking a login; ``None`` if unknown."""
        with self._read("reading a user") as conn:
            row = conn.execute(sa.select(users).where(users.c.username == username)).first()
        return (_user_dict(row), row.password_hash) if row is not None else None

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        """Replace a stored hash (e.g. re-hashed with stronger parameters)."""
        with self._write("updating a password hash") as conn:
            conn.execute(sa.update(users).where(users.c.id == user_id).values(password_hash=password_hash))

    def add_api_token(self, user_id: int, token: str, label: str | None = None) -> None:
        """Remember a new API token of a user (only its digest is stored)."""
        with self._write("saving an API token") as conn:
            conn.execute(sa.insert(api_tokens).values(user_id=user_id, token_hash=token_digest(token),
                                                      label=label, created_at=_utcnow()))

    def user_for_token(self, token: str) -> dict[str, Any] | None:
        """The user an API token belongs to, or ``None``."""
        query = (sa.select(users).join(api_tokens, api_tokens.c.user_id == users.c.id)
                 .where(api_tokens.c.token_hash == token_digest(token)))
        with self._read("checking an API token") as conn:
            row = conn.execute(query).first()
        return _user_dict(row) if row is not None else None

    def add_session(self, user_id: int, session_id: str, csrf_token: str, lifetime: dt.timedelta) -> None:
        """Start a web session; expired sessions are swept at the same time."""
        now = _utcnow()
        with self._write("starting a session") as conn:
            conn.execute(sa.delete(web_sessions).where(web_sessions.c.expires_at < now))
            conn.execute(sa.insert(web_sessions).values(
                user_id=user_id, token_hash=token_digest(session_id), csrf_token=csrf_token,
                created_at=now, expires_at=now + lifetime))

    def session(self, session_id: str) -> tuple[dict[str, Any], str] | None:
        """The user and CSRF token of a live session, or ``None`` (unknown or expired)."""
        query = (sa.select(users, web_sessions.c.csrf_token)
                 .join(web_sessions, web_sessions.c.user_id == users.c.id)
                 .where(web_sessions.c.token_hash == token_digest(session_id),
                        web_sessions.c.expires_at >= _utcnow()))
        with self._read("checking a session") as conn:
            row = conn.execute(query).first()
        return (_user_dict(row), row.csrf_token) if row is not None else None

    def end_session(self, session_id: str) -> None:
        """Forget a session (logout)."""
        with self._write("ending a session") as conn:
            conn.execute(sa.delete(web_sessions).where(web_sessions.c.token_hash == token_digest(session_id)))
