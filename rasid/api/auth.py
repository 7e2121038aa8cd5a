"""Who is calling, and may they: API tokens, session cookies, CSRF and roles.

Owns: the security schemes shown in the OpenAPI document (``Authorization: Bearer``
token, ``rasid_session`` cookie), ``Caller``, the ``viewer`` / ``reviewer`` / ``admin``
dependencies, and the login, logout and "who am I" routes.

Scripts send ``Authorization: Bearer <token>`` (tokens from ``rasid users token``).
The web UI logs in and gets an HttpOnly, SameSite=Strict session cookie plus a CSRF
token; every request that changes something and is authenticated by the cookie must
repeat that token in the ``X-CSRF-Token`` header (a forged cross-site form cannot read
it). Token-authenticated requests need no CSRF token: browsers never add that header
on their own.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from rasid.api.errors import ERROR_RESPONSES, ApiError
from rasid.api.users import SESSION_LIFETIME, authenticate, new_session
from rasid.store import ROLES, Store

__all__ = ["CSRF_HEADER", "SESSION_COOKIE", "Caller", "admin", "reviewer", "router", "store_of", "viewer"]

SESSION_COOKIE = "rasid_session"
CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

bearer_scheme = HTTPBearer(auto_error=False, description="An API token from `rasid users token NAME`.")
cookie_scheme = APIKeyCookie(name=SESSION_COOKIE, auto_error=False,
                             description="The web UI's session; changes also need the X-CSRF-Token header.")


def store_of(request: Request) -> Store:
    """The app's one Store (single writer for SQLite)."""
    return request.app.state.store  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Caller:
    """The authenticated user of a request and how they proved it."""

    user: dict[str, Any]
    via: Literal["token", "session"]
    csrf_token: str | None = None

    @property
    def name(self) -> str:
        return str(self.user["username"])

    def may(self, role: str) -> bool:
        return ROLES.index(self.user["role"]) >= ROLES.index(role)


def _caller(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    session_id: Annotated[str | None, Depends(cookie_scheme)],
) -> Caller:
    store = store_of(request)
    if bearer is not None:
        user = store.user_for_token(bearer.credentials)
        if user is None:
            raise ApiError(401, "the API token is not valid")
        return Caller(user, "token")
    if session_id:
        found = store.session(session_id)
        if found is not None:
            user, csrf_token = found
            caller = Caller(user, "session", csrf_token)
            if request.method not in _SAFE_METHODS:
                sent = request.headers.get(CSRF_HEADER, "")
                if not secrets.compare_digest(sent.encode(), csrf_token.encode()):
                    raise ApiError(403, "missing or wrong CSRF token", code="csrf_failed")
            return caller
    raise ApiError(401, "log in or send an API token")


def _requires(role: str) -> Callable[[Caller], Caller]:
    def check(caller: Annotated[Caller, Depends(_caller)]) -> Caller:
        if not caller.may(role):
            raise ApiError(403, f"this needs the {role} role; {caller.name} is a {caller.user['role']}")
        return caller
    check.__name__ = f"requires_{role}"
    return check


viewer = _requires("viewer")
reviewer = _requires("reviewer")
admin = _requires("admin")


# --- routes -----------------------------------------------------------------------------

router = APIRouter(prefix="/api/auth", tags=["auth"], responses=ERROR_RESPONSES)


class UserOut(BaseModel):
    id: int
    username: str
    role: Literal["viewer", "reviewer", "admin"]
    created_at: str


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


class SessionOut(BaseModel):
    user: UserOut
    csrf_token: str | None = Field(description=f"Send it as {CSRF_HEADER} on POST/PATCH/DELETE.")


@router.post("/login", response_model=SessionOut)
def login(body: LoginRequest, request: Request, response: Response) -> dict[str, Any]:
    """Check a user name and password; set the session cookie; return the CSRF token."""
    store = store_of(request)
    user = authenticate(store, body.username, body.password)
    if user is None:
        raise ApiError(401, "wrong user name or password", code="bad_credentials")
    session_id, csrf_token = new_session(store, user)
    response.set_cookie(
        SESSION_COOKIE, session_id, max_age=int(SESSION_LIFETIME.total_seconds()), httponly=True,
        samesite="strict", secure=bool(request.app.state.settings.secure_cookies), path="/",
    )
    return {"user": user, "csrf_token": csrf_token}


@router.post("/logout", status_code=204, response_class=Response)
def logout(request: Request, caller: Annotated[Caller, Depends(viewer)]) -> Response:
    """End the session (a no-op for API tokens, which are revoked by deleting them)."""
    session_id = request.cookies.get(SESSION_COOKIE)
    if caller.via == "session" and session_id:
        store_of(request).end_session(session_id)
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/me", response_model=SessionOut)
def me(caller: Annotated[Caller, Depends(viewer)]) -> dict[str, Any]:
    """The calling user, and the session's CSRF token when logged in with a cookie."""
    return {"user": caller.user, "csrf_token": caller.csrf_token}
